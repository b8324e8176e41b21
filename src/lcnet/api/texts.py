"""The library's report of a text: typed figures, each with its record of the JSON
contract. `lcnet check --format json` builds its records here too (TextFigure.judged,
TextReport.entry), so the library and the command line cannot differ."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lcnet.check import judging, texts
    from lcnet.check.timeline import Timeline

FLAGGED = ("stale", "wrong", "bound_violated")


@dataclass(frozen=True)
class TextFigure:
    """A GNLC figure found in a text, judged at the text's date."""

    text: str
    metric: str
    value: int
    qualifier: str
    verdict: str
    reason: str
    line: int
    column: int
    end_line: int
    end_column: int
    expected: int | None  # the accepted figure at the date, when there is one
    sources: tuple[str, ...]  # the ids of the sources that establish it
    replacement: str | None  # the phrase to write instead, for a flagged figure
    record: dict[str, Any] = field(repr=False, compare=False)

    @classmethod
    def judged(cls, timeline: Timeline, item: texts.TextFigure) -> TextFigure:
        """The figure the core judged, with its record."""
        from lcnet.render.texts import figure_record

        record = figure_record(timeline, item)
        expected = record["expected"] or {}
        return cls(
            text=record["text"],
            metric=record["metric"],
            value=record["value"],
            qualifier=record["qualifier"],
            verdict=record["verdict"],
            reason=record["reason"],
            line=record["line"],
            column=record["column"],
            end_line=record["end_line"],
            end_column=record["end_column"],
            expected=expected.get("value"),
            sources=tuple(source["id"] for source in record["sources"]),
            replacement=record["replacement"],
            record=record,
        )

    def to_dict(self) -> dict[str, Any]:
        """The figure's record of `lcnet check --format json` ("figures")."""
        return dict(self.record)


@dataclass(frozen=True)
class TextReport:
    """What lcnet found in one text."""

    path: str
    date: str | None
    date_origin: str | None
    language: str | None  # as the text declares it
    figures: list[TextFigure]
    record: dict[str, Any] = field(repr=False, compare=False)
    # The findings `lcnet check` reports for the text (records of its JSON "findings",
    # suppressed ones marked resolved): stale figures, unreadable dates, unread
    # languages, malformed suppressions.
    findings: list[dict[str, Any]] = field(default_factory=list, repr=False, compare=False)
    # The core's judged figures by (line, column), for rewriting (lcnet.check.rewrite).
    core: dict[tuple[int, int], Any] = field(default_factory=dict, repr=False, compare=False)

    @staticmethod
    def entry(judged: judging.TextReport) -> dict[str, Any]:
        """A text's entry of "texts" in `lcnet check --format json`."""
        from lcnet.render.texts import text_record

        return text_record(judged)

    @property
    def flagged(self) -> list[TextFigure]:
        """The figures that are stale, wrong, or beyond a bound."""
        return [f for f in self.figures if f.verdict in FLAGGED]

    def to_dict(self) -> dict[str, Any]:
        """This text's part of `lcnet check --format json`: its entry of "texts" and
        its entries of "figures"."""
        return {"text": dict(self.record), "figures": [f.to_dict() for f in self.figures]}


__all__ = ["TextFigure", "TextReport"]
