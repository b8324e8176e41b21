"""`lcnet check PATH...` reported as the texts are read, so that memory stays flat.

Each figure and finding goes through one gate (its fingerprint, --baseline, --show, the
counts of the summary) and on to the output format's sink as soon as it is found: JSON
Lines, GitHub annotations and SARIF results are written at once, and JSON writes its
"figures" array as it goes (lcnet.render.formats). The table and the HTML report
collect what they show and write it at the end.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from lcnet.check.baseline import Baseline, fingerprint
from lcnet.check.findings import Finding, Severity
from lcnet.check.texts import TextFigure, figure_findings, unread_findings
from lcnet.cli.check_texts import TextReport
from lcnet.exitcodes import ExitCode

if TYPE_CHECKING:
    from lcnet.check.timeline import Timeline
    from lcnet.cli.check import CheckOptions
    from lcnet.cli.check_texts import TextEvent
    from lcnet.cli.runtime import Runtime
    from lcnet.render.findings import Summary
    from lcnet.render.formats.checking import Sink
    from lcnet.store import OpenedStore


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


class TextStream:
    """The gate between the judged texts and the output format."""

    def __init__(
        self,
        runtime: Runtime,
        options: CheckOptions,
        timeline: Timeline,
        sink: Sink,
        baseline: Baseline | None,
    ) -> None:
        self.runtime, self.options, self.timeline, self.sink = runtime, options, timeline, sink
        self.baseline = baseline
        self.fail_on = (
            None if options.fail_on.value == "never" else Severity.parse(options.fail_on)
        )
        self.minimum = Severity.parse(options.minimum())
        self.tally = Tally()
        self.ranks: Counter[str] = Counter()  # fingerprints seen in the current text
        self.known = 0  # findings --baseline left out
        self.counted: list[Finding] | None = [] if options.write_baseline else None
        self.undated: list[str] = []

    @classmethod
    def open(
        cls, runtime: Runtime, opened: OpenedStore, options: CheckOptions, timeline: Timeline
    ) -> TextStream:
        from lcnet.cli.check import destination
        from lcnet.render.formats import renderer

        baseline = None
        if options.baseline is not None:
            from lcnet.cli.baselines import load_baseline

            baseline = load_baseline(runtime, options.baseline)
        sink = renderer(options.output).text_sink(destination(runtime, opened))
        return cls(runtime, options, timeline, sink, baseline)

    def take(self, event: TextEvent) -> None:
        if isinstance(event, TextFigure):
            self._figure(event)
        elif isinstance(event, Finding):
            self._admit(event)
        elif isinstance(event, TextReport):
            self._text(event)

    def _figure(self, item: TextFigure) -> None:
        from lcnet.api.texts import TextFigure as Figure

        today = self.runtime.today
        admitted = [self._admit(f) for f in figure_findings([item], self.timeline, today)]
        if any(a is None for a in admitted):
            return  # its finding is in the baseline: the figure is known, not new
        self.sink.figure(Figure.judged(self.timeline, item).to_dict())

    def _admit(self, item: Finding) -> Finding | None:
        """The finding with its fingerprint, counted and shown; None when --baseline
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
        if item.severity >= self.minimum and (self.options.show_all or not item.resolved):
            self.sink.finding(item)
        return item

    def _text(self, report: TextReport) -> None:
        for item in unread_findings(report.path, report.parts):
            self._admit(item)
        if report.date_origin and report.date_origin.startswith("today"):
            self.undated.append(report.path)
        self.sink.text(report)
        self.ranks.clear()

    def close(self) -> int:
        if self.counted is not None and self.options.write_baseline is not None:
            from lcnet.cli.baselines import write_baseline

            write_baseline(self.runtime, self.options.write_baseline, self.counted)
        if self.options.baseline is not None:
            noun = "finding" if self.known == 1 else "findings"
            self.runtime.message(
                f"baseline {self.options.baseline}: {self.known} known {noun} left out"
            )
        summary = self.tally.summary(self.fail_on)
        self.sink.close(summary, self.fail_on)
        return ExitCode.FINDINGS if summary.failed else ExitCode.OK
