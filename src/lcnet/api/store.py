"""An opened fact store and what the library asks of it (lcnet.open_store)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from lcnet.dates import PartialDate
from lcnet.errors import UsageError
from lcnet.render.formats import SCHEMA_VERSION

if TYPE_CHECKING:
    from lcnet.api.checking import TextCheck
    from lcnet.api.contents import StoreContents
    from lcnet.api.records import (
        AcceptedFigure,
        Announcement,
        MemberCity,
        RecordedClaim,
        SourceTally,
        StoreFinding,
    )
    from lcnet.api.reports import (
        CitiesReport,
        ClaimsReport,
        FiguresReport,
        GrowthReport,
        RecordReport,
        SourcesReport,
        StoreCheck,
    )
    from lcnet.api.texts import TextReport
    from lcnet.check.baseline import Baseline
    from lcnet.check.findings import Finding, Severity
    from lcnet.check.judging import TextEvent
    from lcnet.check.reading import Limits, Meter
    from lcnet.check.timeline import Timeline
    from lcnet.check.verdicts import Verdict
    from lcnet.extract import Gazetteer
    from lcnet.model import Metric, Region, SourceKind
    from lcnet.render.formats.checking import Sink
    from lcnet.store import OpenedStore

API_VERSION = SCHEMA_VERSION  # the JSON schema version the dicts follow (README, "Machine output")
KINDS = ("text", "markdown", "html")
E = TypeVar("E", bound=StrEnum)


class LcnetUsageError(UsageError, ValueError):
    """A call the API cannot answer as asked: a bad date, kind, language, metric or
    country (a ValueError, and lcnet's UsageError)."""


class Store:
    """An opened fact store with its "today". Use `open_store()`.

    Each command of lcnet has its report here (`cities_report`, `figures_report`,
    `claims_report`, `sources_report`, `growth_report`, `record_report`,
    `store_check`), taking its filters as typed values (dates, codes, enums); the
    command line calls them. The plain methods (`cities()`, `figures()`, ...) read
    their arguments from strings too and return the same reports' typed items."""

    def __init__(self, path: Path | None, today: date) -> None:
        self._path = path
        self.today = today
        self._opened: OpenedStore | None = None
        self._timeline: Timeline | None = None
        self._places: Gazetteer | None = None
        self._findings: list[Finding] | None = None

    @classmethod
    def of(cls, opened: OpenedStore, today: date) -> Store:
        """A store the caller opened already (the command line: found by --store,
        $LCNET_STORE or the working directory, through lcnet's cache)."""
        store = cls(opened.location.path, today)
        store._opened = opened
        return store

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

    @property
    def reconciled(self) -> list[Finding]:
        """The store's own findings (its sums, conflicts, what sources said), resolved
        ones too; reconciled once."""
        if self._findings is None:
            from lcnet.check.reconcile import reconcile

            self._timeline, self._findings = reconcile(self.opened.facts, self.today)
        return self._findings

    def contents(self) -> StoreContents:
        """How many records of each kind the store holds (`lcnet validate`): it was
        read and validated when it was opened."""
        from lcnet.api.contents import StoreContents

        facts = self.opened.facts
        return StoreContents(
            len(facts.sources),
            len(facts.claims),
            len(facts.intakes),
            len(facts.cities),
            len(facts.countries),
            len(facts.resolutions),
        )

    def has_source(self, source_id: str) -> bool:
        return source_id in self.opened.facts.source_by_id

    # ------------------------------------------------------------ each command's report

    def cities_report(
        self,
        country: str | None = None,
        region: Region | None = None,
        joined: int | None = None,
        name: str | None = None,
        as_of: date | None = None,
    ) -> CitiesReport:
        """`lcnet cities`: the member cities of a country (its code, see `country()`),
        of a region, admitted in a year, whose name holds `name`; members on `as_of`,
        else those known today."""
        from lcnet.api.reports import cities_report
        from lcnet.query.cities import CityQuery

        query = CityQuery(country, region, joined, name, as_of)
        return cities_report(self.opened, self.today, query)

    def country(self, text: str) -> str:
        """The ISO 3166-1 alpha-2 code of a country's code or name ("VNM", "Viet Nam");
        a usage error suggests the nearest when there is none."""
        try:
            return self.opened.countries.resolve(text)
        except LcnetUsageError:
            raise
        except UsageError as error:
            raise LcnetUsageError(str(error)) from None

    def figures_report(
        self, metrics: Sequence[str] = (), day: date | None = None, year: int | None = None
    ) -> FiguresReport:
        """`lcnet figures`: of some metrics or subjects ("country_cities:VN"), or all;
        those that held on `day`, that belong to `year`, or every period."""
        from lcnet.api.reports import figures_report

        return figures_report(self.opened, self.timeline, list(metrics), day, year)

    def claims_report(
        self,
        verdicts: Collection[Verdict] = (),
        metrics: Collection[Metric] = (),
        source: str | None = None,
        as_of: date | None = None,
    ) -> ClaimsReport:
        """`lcnet claims`: the recorded claims with these verdicts, of these metrics (any,
        when none is given), of one source, published by `as_of`; judged."""
        from lcnet.api.reports import claims_report
        from lcnet.query.claims import ClaimQuery

        query = ClaimQuery(frozenset(verdicts), frozenset(metrics), source, as_of)
        return claims_report(self.opened, self.timeline, query)

    def sources_report(
        self,
        publisher: str | None = None,
        kind: SourceKind | None = None,
        language: str | None = None,
        published_from: date | None = None,
        published_to: date | None = None,
    ) -> SourcesReport:
        """`lcnet sources`: the sources by a part of the publisher's name, a kind, a
        language, published within a range; their claims counted."""
        from lcnet.api.reports import sources_report
        from lcnet.query.sources import SourceQuery

        query = SourceQuery(publisher, kind, language, published_from, published_to)
        return sources_report(self.opened, self.timeline, query)

    def growth_report(self) -> GrowthReport:
        """`lcnet growth`: the network's size after each announcement."""
        from lcnet.api.reports import growth_report

        return growth_report(self.opened, self.today.isoformat())

    def record_report(self, record_id: str) -> RecordReport:
        """`lcnet show ID`: the record and what is linked to it; a usage error names the
        nearest ids when there is none."""
        from lcnet.api.reports import record_report

        findings = self.reconciled
        return record_report(self.opened, self.timeline, findings, record_id)

    def store_check(
        self,
        fail_on: Severity | None = None,
        minimum: Severity | None = None,
        show_all: bool = False,
        baseline: Baseline | None = None,
    ) -> StoreCheck:
        """`lcnet check` on the store: its findings at or above `minimum` (all by
        default), resolved ones with `show_all`, less those `baseline` knows; the
        summary fails on a finding at or above `fail_on`."""
        from lcnet.api.reports import store_check
        from lcnet.check.findings import Severity

        today = self.today.isoformat()
        shown_from = Severity.NOTE if minimum is None else minimum
        return store_check(
            self.opened, today, self.reconciled, fail_on, shown_from, show_all, baseline
        )

    # ---------------------------------------------------------------- texts

    def text_check(
        self,
        sink: Sink,
        fail_on: Severity | None = None,
        minimum: Severity | None = None,
        show_all: bool = False,
        baseline: Baseline | None = None,
        count: bool = False,
    ) -> TextCheck:
        """`lcnet check PATH...`: a gate that takes the events of judging texts (from
        `judged_files()`) and writes each figure and finding to `sink` (a format's, from
        lcnet.render.formats) as soon as it is found, less those `baseline` knows, those
        below `minimum`, and resolved ones unless `show_all`. With `count`, it keeps
        every finding that counts, for a new baseline."""
        from lcnet.api.checking import TextCheck
        from lcnet.check.findings import Severity

        shown_from = Severity.NOTE if minimum is None else minimum
        return TextCheck(self, sink, fail_on, shown_from, show_all, baseline, count)

    def judged_files(
        self,
        paths: Sequence[str],
        date: PartialDate | None = None,
        limits: Limits | None = None,
        meter: Meter | None = None,
    ) -> Iterator[TextEvent]:
        """The events of judging the files `paths` ("-": stdin) in order, as `lcnet
        check` reads them: each figure, finding and text as soon as it is known."""
        from lcnet.check.judging import judged_texts
        from lcnet.check.reading import DEFAULT_LIMITS

        chosen = DEFAULT_LIMITS if limits is None else limits
        return judged_texts(self.timeline, list(paths), date, self.places, chosen, meter)

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
        from lcnet.api.texts import TextFigure, TextReport
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

    # ------------------------------------------- the reports' items, from plain arguments

    def figures(
        self, as_of: date | str | None = None, metric: str | None = None
    ) -> list[AcceptedFigure]:
        """The accepted figures (as `lcnet figures` lists them): those that held on
        `as_of` (a day, or the last day of a month or year), or every period; of one
        metric or subject ("country_cities:VN"), or all."""
        day = _partial_date(as_of)
        try:
            report = self.figures_report([metric] if metric else [], _last(day))
        except UsageError as error:
            raise LcnetUsageError(str(error).replace("--metric ", "metric ")) from None
        return report.periods

    def cities(
        self,
        country: str | None = None,
        as_of: date | str | None = None,
        name: str | None = None,
        joined: int | None = None,
        region: str | None = None,
    ) -> list[MemberCity]:
        """Member cities (as `lcnet cities` lists them), with its filters: a country (a
        code or a name), the members on a day (or the last day of a month or year), a
        part of a name, the year they joined, a UNESCO region ("asia-pacific")."""
        from lcnet.model import Region

        code = self.country(country) if country else None
        area = _member(Region, region, "region") if region else None
        day = _last(_partial_date(as_of))
        return self.cities_report(code, area, joined, name, day).cities

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

        verdicts = [_member(Verdict, verdict, "verdict")] if verdict else []
        metrics = [_member(Metric, metric, "metric")] if metric else []
        if source is not None and not self.has_source(source):
            raise LcnetUsageError(f"source {source!r}: no such source in the store")
        day = _last(_partial_date(as_of))
        return self.claims_report(verdicts, metrics, source, day).claims

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

        first, last = _partial_date(published_from), _partial_date(published_to)
        return self.sources_report(
            publisher,
            _member(SourceKind, kind, "kind") if kind else None,
            language,
            first.first_day if first else None,
            _last(last),
        ).sources

    def growth(self) -> list[Announcement]:
        """The network's announcements (as `lcnet growth` lists them), each with the
        number of members and countries after it."""
        return self.growth_report().announcements

    def findings(self) -> list[StoreFinding]:
        """The store's own findings (as `lcnet check` reports them, resolved ones too)."""
        return self.store_check(show_all=True).findings


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


def _last(day: PartialDate | None) -> date | None:
    """The last day a date names: as of 2024 is as of 31 Dec 2024, as `--as-of` reads it."""
    return day.last_day if day else None


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
