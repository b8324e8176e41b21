"""`lcnet check PATH...` as the texts are judged, so that memory stays flat.

Each figure and finding goes through one gate (its fingerprint, the baseline, the
lowest level shown, the counts of the summary) and on to the output format's sink as
soon as it is found (lcnet.render.formats: JSON Lines, GitHub annotations and SARIF
results are written at once; JSON writes its "figures" array as it goes; the table and
the HTML report collect what they show and write it at the end).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from lcnet.check.baseline import Baseline, fingerprint
from lcnet.check.findings import Finding, Severity
from lcnet.check.judging import TextReport
from lcnet.check.texts import TextFigure, figure_findings, unread_findings

if TYPE_CHECKING:
    from lcnet.api.store import Store
    from lcnet.check.judging import TextEvent
    from lcnet.render.findings import Summary
    from lcnet.render.formats.checking import Sink


class Tally:
    """The summary's counts, kept as findings pass (lcnet.render.findings.summarise)."""

    def __init__(self) -> None:
        self.by: Counter[Severity] = Counter()
        self.resolved = 0

    def add(self, item: Finding) -> None:
        if item.resolved:
            self.resolved += 1
        else:
            self.by[item.severity] += 1

    def summary(self, fail_on: Severity | None) -> Summary:
        from lcnet.render.findings import Summary

        failed = fail_on is not None and any(n for s, n in self.by.items() if s >= fail_on)
        errors, warnings = self.by[Severity.ERROR], self.by[Severity.WARNING]
        return Summary(errors, warnings, self.by[Severity.NOTE], self.resolved, failed)


class TextCheck:
    """The gate between the judged texts (lcnet.check.judging's events) and a sink."""

    def __init__(
        self,
        store: Store,
        sink: Sink,
        fail_on: Severity | None,
        minimum: Severity,
        show_all: bool,
        baseline: Baseline | None,
        count: bool,
    ) -> None:
        self.store, self.sink, self.fail_on = store, sink, fail_on
        self.minimum, self.show_all, self.baseline = minimum, show_all, baseline
        self.tally = Tally()
        self.ranks: Counter[str] = Counter()  # fingerprints seen in the current text
        self.known = 0  # findings the baseline knew, left out
        self.counted: list[Finding] | None = [] if count else None  # for a new baseline
        self.undated: list[str] = []  # texts judged at today's figures, for want of a date

    def take(self, event: TextEvent) -> None:
        if isinstance(event, TextFigure):
            self._figure(event)
        elif isinstance(event, Finding):
            self._admit(event)
        elif isinstance(event, TextReport):
            self._text(event)

    def _figure(self, item: TextFigure) -> None:
        from lcnet.api.texts import TextFigure as Figure

        timeline = self.store.timeline
        admitted = [self._admit(f) for f in figure_findings([item], timeline, self.store.today)]
        if any(a is None for a in admitted):
            return  # its finding is in the baseline: the figure is known, not new
        self.sink.figure(Figure.judged(timeline, item).to_dict())

    def _admit(self, item: Finding) -> Finding | None:
        """The finding with its fingerprint, counted and shown; None when the baseline
        knows it."""
        mark = fingerprint(item)
        self.ranks[mark] += 1
        rank = self.ranks[mark]
        item = item._replace(fingerprint=mark if rank == 1 else f"{mark}-{rank}")
        if self.counted is not None and not item.resolved:
            self.counted.append(item)
        if self.baseline is not None and not item.resolved and not self.baseline.is_new(item):
            self.known += 1
            return None
        self.tally.add(item)
        if item.severity >= self.minimum and (self.show_all or not item.resolved):
            self.sink.finding(item)
        return item

    def _text(self, report: TextReport) -> None:
        for item in unread_findings(report.path, report.parts):
            self._admit(item)
        if report.date_origin and report.date_origin.startswith("today"):
            self.undated.append(report.path)
        self.sink.text(report)
        self.ranks.clear()

    def close(self) -> Summary:
        """The summary, once the sink has written the end of its document with it."""
        summary = self.tally.summary(self.fail_on)
        self.sink.close(summary, self.fail_on)
        return summary


__all__ = ["Tally", "TextCheck"]
