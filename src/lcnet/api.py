"""lcnet as a library: typed answers for scripts and notebooks.

    >>> import lcnet
    >>> store = lcnet.open_store(today="2026-12-05")
    >>> report = store.check_text("The GNLC now counts 356 member cities.", date="2026-01")
    >>> [(f.value, f.verdict, f.expected) for f in report.figures]
    [(356, 'stale', 425)]

Every result converts to exactly the records of the JSON contract (`to_dict()`): the
command line builds its JSON from the same functions, so the two cannot differ. An
opened store is picklable: it travels to worker processes as its path and "today", and
is read again there (from lcnet's cache, when it has one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lcnet.dates import PartialDate

if TYPE_CHECKING:
    from lcnet.check.timeline import Timeline
    from lcnet.extract import Gazetteer
    from lcnet.store import OpenedStore

API_VERSION = 1  # the JSON schema version the dicts follow (README, "Machine output")
KINDS = ("text", "markdown", "html")


class LcnetUsageError(ValueError):
    """A call the API cannot answer as asked: a bad date, kind or language."""


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

    def to_dict(self) -> dict[str, Any]:
        """The figure's record of `lcnet check --format json`."""
        return dict(self.record)


@dataclass(frozen=True)
class TextReport:
    """What lcnet found in one text."""

    path: str
    date: str | None
    date_origin: str | None
    figures: list[TextFigure]
    record: dict[str, Any] = field(repr=False, compare=False)
    # The findings `lcnet check` reports for the text (records of its JSON "findings",
    # suppressed ones marked resolved): stale figures, unreadable dates, unread
    # languages, malformed suppressions.
    findings: list[dict[str, Any]] = field(default_factory=list, repr=False, compare=False)
    # The core's judged figures by (line, column), for rewriting (lcnet.check.rewrite).
    core: dict[tuple[int, int], Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def flagged(self) -> list[TextFigure]:
        return [f for f in self.figures if f.verdict in ("stale", "wrong", "bound_violated")]

    def to_dict(self) -> dict[str, Any]:
        """This text's part of `lcnet check --format json`: its entry of "texts" and
        its entries of "figures"."""
        return {"text": dict(self.record), "figures": [f.to_dict() for f in self.figures]}


class Store:
    """An opened fact store with its "today". Use `open_store()`."""

    def __init__(self, path: Path | None, today: date) -> None:
        self._path = path
        self.today = today
        self._opened: OpenedStore | None = None
        self._timeline: Timeline | None = None
        self._places: Gazetteer | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self._path, "today": self.today}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"], state["today"])  # type: ignore[misc]

    def __repr__(self) -> str:
        return f"lcnet.Store({str(self.path)!r}, today={self.today.isoformat()!r})"

    @property
    def path(self) -> Path:
        return self.opened.location.path

    @property
    def opened(self) -> OpenedStore:
        if self._opened is None:
            from lcnet.store import StoreLocation, open_store
            from lcnet.store.locate import Origin, shipped_store

            if self._path is None:
                location = StoreLocation(shipped_store(), Origin.SHIPPED)
            else:
                location = StoreLocation(self._path, Origin.OPTION)
            self._opened = open_store(location, str(location.path), self.today, None)
        return self._opened

    @property
    def timeline(self) -> Timeline:
        if self._timeline is None:
            from lcnet.check.timeline import Timeline

            self._timeline = Timeline(self.opened.facts, self.today)
        return self._timeline

    def check_text(
        self,
        text: str,
        date: date | str | None = None,
        kind: str = "text",
        language: str | None = None,
        path: str = "<text>",
    ) -> TextReport:
        """The GNLC figures of `text`, judged at `date` (else the date the text states,
        else today). `kind`: "text", "markdown" or "html"; `language`: an ISO 639-1
        code lcnet reads, to skip detection."""
        from lcnet.check.texts import gazetteer, judge_mention, text_date
        from lcnet.extract import find_mentions, language_parts, read_document
        from lcnet.extract.lang import CODES
        from lcnet.render.texts import figure_record, text_record

        if kind not in KINDS:
            raise LcnetUsageError(f"kind {kind!r}: expected one of {', '.join(KINDS)}")
        if language is not None and language not in CODES:
            raise LcnetUsageError(f"language {language!r}: lcnet reads {', '.join(CODES)}")
        given = _partial_date(date)
        document = read_document(text, kind)
        when = text_date(document, given, self.today)
        if self._places is None:
            self._places = gazetteer(self.opened.facts)
        parts = language_parts(document, language)
        judged = [
            judge_mention(self.timeline, path, mention, when)
            for mention in find_mentions(
                document, language, parts=parts, places=self._places, written=when.value
            )
        ]
        from lcnet.cli.check_texts import TextReport as Report  # the record's shape

        summary = Report(
            path, when.value, when.origin, document.language, judged, [], tuple(parts)
        )
        records = [figure_record(self.timeline, item) for item in judged]
        figures = [_figure(item, record) for item, record in zip(judged, records, strict=True)]
        findings = self._findings(path, document, parts, judged)
        core = {(item.mention.line, item.mention.column): item for item in judged}
        summary_record = text_record(summary)
        return TextReport(
            path, str(when.value), when.origin, figures, summary_record, findings, core
        )

    def _findings(
        self, path: str, document: Any, parts: Sequence[Any], judged: Sequence[Any]
    ) -> list[dict[str, Any]]:
        from lcnet.check.texts import figure_findings, problem_findings, unread_findings
        from lcnet.render.findings import finding_record

        found = [
            *problem_findings(path, document.problems),
            *unread_findings(path, parts),
            *figure_findings(judged, self.timeline, self.today),
        ]
        return [finding_record(f) for f in found]

    def check_file(self, path: str | Path, date: date | str | None = None) -> TextReport:
        """A file's figures, its kind from its name (.md, .html, else plain text)."""
        from lcnet.extract import kind_of

        file = Path(path)
        return self.check_text(
            file.read_text(encoding="utf-8"), date, kind_of(str(file)), path=str(path)
        )

    def figures(
        self, as_of: date | str | None = None, metric: str | None = None
    ) -> list[dict[str, Any]]:
        """The accepted figures (records of `lcnet figures --format json`): those that
        held on `as_of`, or every period; of one metric or subject, or all."""
        from lcnet.cli.figures import select
        from lcnet.render.figures import entry_record

        day = _partial_date(as_of)
        entries = select(
            self.timeline, [metric] if metric else [], day.first_day if day else None, None
        )
        return [entry_record(self.timeline, entry) for entry in entries]

    def cities(
        self,
        country: str | None = None,
        as_of: date | str | None = None,
        name: str | None = None,
        joined: int | None = None,
    ) -> list[dict[str, Any]]:
        """Member cities (records of `lcnet cities --format json`), with its filters."""
        from lcnet.query.cities import CityQuery, select_cities
        from lcnet.render.cities import city_record

        opened = self.opened
        code = opened.countries.resolve(country) if country else None
        day = _partial_date(as_of)
        query = CityQuery(code, None, joined, name, day.first_day if day else None)
        selection = select_cities(opened.facts, query, self.today)
        return [city_record(opened.facts, opened.countries, row) for row in selection.rows]

    def findings(self) -> list[dict[str, Any]]:
        """The store's own findings (records of `lcnet check --format json`)."""
        from lcnet.check.reconcile import reconcile
        from lcnet.render.findings import finding_record

        _, found = reconcile(self.opened.facts, self.today)
        return [finding_record(f) for f in found]


def open_store(path: str | Path | None = None, today: date | str | None = None) -> Store:
    """Open a fact store: the one shipped with lcnet by default, or the directory `path`.
    `today`: a date or "YYYY-MM-DD"; None reads the clock, at this call only."""
    day = _day(today)
    root = None if path is None else Path(path).expanduser()
    if root is not None and not root.is_dir():
        raise LcnetUsageError(f"{path}: no such directory; point it at a fact store")
    return Store(root, day)


def _day(value: date | str | None) -> date:
    if value is None:
        return date.today()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise LcnetUsageError(f"today {value!r}: write YYYY-MM-DD") from None


def _partial_date(value: date | str | None) -> PartialDate | None:
    if value is None:
        return None
    if isinstance(value, date):
        return PartialDate.of(value)
    from lcnet.dates import DateError

    try:
        return PartialDate.parse(value)
    except DateError as error:
        raise LcnetUsageError(str(error)) from None


def _figure(item: Any, record: dict[str, Any]) -> TextFigure:
    expected = record.get("expected") or {}
    return TextFigure(
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
        sources=tuple(s["id"] for s in record.get("sources", [])),
        replacement=record.get("replacement"),
        record=record,
    )


__all__ = [
    "API_VERSION",
    "LcnetUsageError",
    "Store",
    "TextFigure",
    "TextReport",
    "open_store",
]
