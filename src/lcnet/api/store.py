"""An opened fact store and what the library asks of it (lcnet.open_store)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from lcnet.api.records import (
    AcceptedFigure,
    MemberCity,
    RecordedClaim,
    SourceTally,
    StoreFinding,
)
from lcnet.api.texts import TextFigure, TextReport
from lcnet.dates import PartialDate
from lcnet.errors import UsageError
from lcnet.render.formats import SCHEMA_VERSION

if TYPE_CHECKING:
    from lcnet.check.judging import TextEvent
    from lcnet.check.timeline import Timeline
    from lcnet.extract import Gazetteer
    from lcnet.store import OpenedStore

API_VERSION = SCHEMA_VERSION  # the JSON schema version the dicts follow (README, "Machine output")
KINDS = ("text", "markdown", "html")
E = TypeVar("E", bound=StrEnum)


class LcnetUsageError(UsageError, ValueError):
    """A call the API cannot answer as asked: a bad date, kind, language, metric or
    country (a ValueError, and lcnet's UsageError)."""


class Store:
    """An opened fact store with its "today". Use `open_store()`."""

    def __init__(self, path: Path | None, today: date) -> None:
        self._path = path
        self.today = today
        self._opened: OpenedStore | None = None
        self._timeline: Timeline | None = None
        self._places: Gazetteer | None = None

    def __reduce__(self) -> tuple[Any, tuple[Path | None, date]]:
        """A store travels as its path and today, and is read once per process however
        many tasks bring it (each partition of a scan does)."""
        return _store_in_this_process, (self._path, self.today)

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

    @property
    def places(self) -> Gazetteer:
        """The member cities by every name they go by (read lists of cities with)."""
        if self._places is None:
            from lcnet.check.texts import gazetteer

            self._places = gazetteer(self.opened.facts)
        return self._places

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
        from lcnet.check.judging import judged_text
        from lcnet.check.reading import string_documents
        from lcnet.extract.lang import CODES

        if kind not in KINDS:
            raise LcnetUsageError(f"kind {kind!r}: expected one of {', '.join(KINDS)}")
        if language is not None and language not in CODES:
            raise LcnetUsageError(f"language {language!r}: lcnet reads {', '.join(CODES)}")
        given = _partial_date(date)
        documents = string_documents(text, kind)
        return self._report(
            judged_text(self.timeline, path, documents, given, self.places, language)
        )

    def check_file(self, path: str | Path, date: date | str | None = None) -> TextReport:
        """A file's figures, read as `lcnet check PATH` reads it (its kind from its name:
        .md, .html, else plain text). A file that is not UTF-8 or cannot be read gives
        a report whose findings say where and why."""
        from lcnet.check.judging import judged_texts

        given = _partial_date(date)
        return self._report(judged_texts(self.timeline, [str(path)], given, self.places))

    def _report(self, events: Iterable[TextEvent]) -> TextReport:
        """The library's report of one text's events (lcnet.check.judging)."""
        from lcnet.check.findings import Finding
        from lcnet.check.judging import Skipped
        from lcnet.check.texts import TextFigure as Judged
        from lcnet.check.texts import figure_findings, unread_findings
        from lcnet.render.findings import finding_record

        judged: list[Judged] = []
        found: list[Finding] = []
        for event in events:
            if isinstance(event, Judged):
                judged.append(event)
            elif isinstance(event, Finding):
                found.append(event)
            elif isinstance(event, Skipped):
                raise LcnetUsageError(f"{event.path}: not a regular file ({event.kind})")
            else:
                text = event
        found += unread_findings(text.path, text.parts)
        found += figure_findings(judged, self.timeline, self.today)
        return TextReport(
            path=text.path,
            date=str(text.date) if text.date else None,
            date_origin=text.date_origin,
            language=text.language,
            figures=[TextFigure.judged(self.timeline, item) for item in judged],
            record=TextReport.entry(text),
            findings=[finding_record(f) for f in found],
            core={(item.mention.line, item.mention.column): item for item in judged},
        )

    def figures(
        self, as_of: date | str | None = None, metric: str | None = None
    ) -> list[AcceptedFigure]:
        """The accepted figures (as `lcnet figures` lists them): those that held on
        `as_of`, or every period; of one metric or subject ("country_cities:VN"), or all."""
        from lcnet.query.figures import select_figures
        from lcnet.render.figures import entry_record

        day = _partial_date(as_of)
        try:
            entries = select_figures(
                self.timeline, [metric] if metric else [], day.first_day if day else None, None
            )
        except UsageError as error:
            raise LcnetUsageError(str(error).replace("--metric ", "metric ")) from None
        return [AcceptedFigure.of(entry_record(self.timeline, entry)) for entry in entries]

    def cities(
        self,
        country: str | None = None,
        as_of: date | str | None = None,
        name: str | None = None,
        joined: int | None = None,
    ) -> list[MemberCity]:
        """Member cities (as `lcnet cities` lists them), with its filters: a country (a
        code or a name), the members on a day, a part of a name, the year they joined."""
        from lcnet.query.cities import CityQuery, select_cities
        from lcnet.render.cities import city_record

        opened = self.opened
        try:
            code = opened.countries.resolve(country) if country else None
        except UsageError as error:
            raise LcnetUsageError(str(error)) from None
        day = _partial_date(as_of)
        query = CityQuery(code, None, joined, name, day.first_day if day else None)
        selection = select_cities(opened.facts, query, self.today)
        return [
            MemberCity.of(city_record(opened.facts, opened.countries, row))
            for row in selection.rows
        ]

    def claims(
        self,
        verdict: str | None = None,
        metric: str | None = None,
        source: str | None = None,
        as_of: date | str | None = None,
    ) -> list[RecordedClaim]:
        """The recorded claims with their verdicts (as `lcnet claims` lists them): of one
        verdict, one metric, one source; those published by `as_of`."""
        from lcnet.check.verdicts import Verdict
        from lcnet.model import Metric
        from lcnet.query.claims import ClaimQuery, judged_claims
        from lcnet.render.claims import claim_record

        verdicts = frozenset([_member(Verdict, verdict, "verdict")] if verdict else [])
        metrics = frozenset([_member(Metric, metric, "metric")] if metric else [])
        if source is not None and source not in self.opened.facts.source_by_id:
            raise LcnetUsageError(f"source {source!r}: no such source in the store")
        day = _partial_date(as_of)
        query = ClaimQuery(verdicts, metrics, source, day.last_day if day else None)
        rows = judged_claims(self.timeline, query)
        return [RecordedClaim.of(claim_record(self.timeline, row)) for row in rows]

    def sources(
        self,
        publisher: str | None = None,
        kind: str | None = None,
        language: str | None = None,
        published_from: date | str | None = None,
        published_to: date | str | None = None,
    ) -> list[SourceTally]:
        """The sources (as `lcnet sources` lists them) with their claims counted: by a
        part of the publisher's name, a kind, a language, published within a range."""
        from lcnet.model import SourceKind
        from lcnet.query.sources import SourceQuery, source_rows
        from lcnet.render.sources import source_record

        first, last = _partial_date(published_from), _partial_date(published_to)
        query = SourceQuery(
            publisher,
            _member(SourceKind, kind, "kind") if kind else None,
            language,
            first.first_day if first else None,
            last.last_day if last else None,
        )
        return [SourceTally.of(source_record(row)) for row in source_rows(self.timeline, query)]

    def findings(self) -> list[StoreFinding]:
        """The store's own findings (as `lcnet check` reports them, resolved ones too)."""
        from lcnet.check.reconcile import reconcile
        from lcnet.render.findings import finding_record

        _, found = reconcile(self.opened.facts, self.today)
        return [StoreFinding.of(finding_record(f)) for f in found]


_IN_THIS_PROCESS: dict[tuple[Path | None, date], Store] = {}


def _store_in_this_process(path: Path | None, today: date) -> Store:
    """The store unpickled here before with this path and today, else a new one."""
    key = (path, today)
    if key not in _IN_THIS_PROCESS:
        _IN_THIS_PROCESS[key] = Store(path, today)
    return _IN_THIS_PROCESS[key]


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


def _member(enum: type[E], name: str, what: str) -> E:
    try:
        return enum(name)
    except ValueError:
        known = ", ".join(member.value for member in enum)
        raise LcnetUsageError(f"{what} {name!r}: use one of {known}") from None


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


__all__ = ["API_VERSION", "KINDS", "LcnetUsageError", "Store", "open_store"]
