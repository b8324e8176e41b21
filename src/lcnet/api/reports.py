"""Each command's answer as a typed report, built here once for the library and the
command line alike.

A report keeps the Listing its command renders (lcnet.render.formats): the records of
the JSON contract, the document's envelope and fields, and the command's own views
(its table, chart, SVG, ClaimReview document). `to_dict()` is that JSON document, the
one `lcnet COMMAND --format json` writes; the typed items (MemberCity, AcceptedFigure,
...) are made from the same records when asked for. The classes are plain (no
dataclass), so that a command that only writes its records pays nothing for them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TextIO, overload

if TYPE_CHECKING:
    from lcnet.api.records import (
        AcceptedFigure,
        Announcement,
        MemberCity,
        RecordedClaim,
        SourceTally,
        StoreFinding,
    )
    from lcnet.check.baseline import Baseline
    from lcnet.check.findings import Finding, Severity
    from lcnet.check.timeline import Timeline
    from lcnet.query.cities import CityQuery
    from lcnet.query.claims import ClaimQuery
    from lcnet.query.sources import SourceQuery
    from lcnet.render.findings import Summary
    from lcnet.render.formats.interface import Listing
    from lcnet.store import OpenedStore

Record = dict[str, Any]


class Report:
    """A command's answer: the Listing its formats render, and its JSON document."""

    __slots__ = ("listing",)

    def __init__(self, listing: Listing) -> None:
        self.listing = listing

    @property
    def records(self) -> list[Record]:
        """The records of the JSON contract, as the command lists them."""
        return [dict(r) for r in self.listing.records]

    def to_dict(self) -> Record:
        """The JSON document of `lcnet COMMAND --format json`."""
        return self.listing.document()

    def __repr__(self) -> str:
        return f"<lcnet {self.listing.kind} report: {len(self.listing.records)} records>"


class CitiesReport(Report):
    """`lcnet cities`: the member cities the query selects, and how complete the list is."""

    __slots__ = ()

    @property
    def cities(self) -> list[MemberCity]:
        from lcnet.api.records import MemberCity

        return [MemberCity.of(r) for r in self.listing.records]

    @property
    def coverage(self) -> Record | None:
        """How many the store lists of those the sources expect (None: no count to
        compare with); its "message" says when the list is short."""
        coverage: Record | None = self.listing.head["coverage"]
        return coverage

    @property
    def note(self) -> str | None:
        """The coverage's message, when the list is short or incomplete."""
        return self.coverage["message"] if self.coverage else None


class FiguresReport(Report):
    """`lcnet figures`: the accepted figure of each period."""

    __slots__ = ()

    @property
    def periods(self) -> list[AcceptedFigure]:
        from lcnet.api.records import AcceptedFigure

        return [AcceptedFigure.of(r) for r in self.listing.records]


class ClaimsReport(Report):
    """`lcnet claims`: recorded claims with their verdicts."""

    __slots__ = ()

    @property
    def claims(self) -> list[RecordedClaim]:
        from lcnet.api.records import RecordedClaim

        return [RecordedClaim.of(r) for r in self.listing.records]


class SourcesReport(Report):
    """`lcnet sources`: the sources with their claims counted."""

    __slots__ = ()

    @property
    def sources(self) -> list[SourceTally]:
        from lcnet.api.records import SourceTally

        return [SourceTally.of(r) for r in self.listing.records]


class GrowthReport(Report):
    """`lcnet growth`: the network's size after each announcement."""

    __slots__ = ()

    @property
    def announcements(self) -> list[Announcement]:
        from lcnet.api.records import Announcement

        return [Announcement.of(r) for r in self.listing.records]


class RecordReport(Report):
    """`lcnet show ID`: a record with what is linked to it."""

    __slots__ = ()

    @property
    def kind(self) -> str:
        """ "source", "claim", "city", "intake", "resolution" or "finding"."""
        kind: str = self.listing.head["kind"]
        return kind

    @property
    def id(self) -> str:
        key: str = self.listing.head["id"]
        return key


class StoreCheck(Report):
    """`lcnet check` on the store: the findings shown, the summary, the exit."""

    __slots__ = ("counted", "fail_on", "known", "summary", "visible")

    def __init__(
        self,
        listing: Listing,
        visible: list[Finding],
        summary: Summary,
        fail_on: Severity | None,
        counted: list[Finding],
        known: int,
    ) -> None:
        super().__init__(listing)
        self.visible = visible  # the core's findings shown, with their fingerprints
        self.summary = summary
        self.fail_on = fail_on
        self.counted = counted  # every finding, numbered: what --write-baseline writes
        self.known = known  # findings the baseline knew, left out

    @property
    def findings(self) -> list[StoreFinding]:
        from lcnet.api.records import StoreFinding

        return [StoreFinding.of(r) for r in self.listing.records]

    @property
    def failed(self) -> bool:
        return self.summary.failed


def head(kind: str, opened: OpenedStore, today: str, fields: Record | None = None) -> Record:
    """The envelope of every JSON document, and the command's fields."""
    from lcnet.render.jsonout import envelope, store_record

    return envelope(kind, store_record(opened), today) | (fields or {})


def cities_report(opened: OpenedStore, today: Any, query: CityQuery) -> CitiesReport:
    from lcnet.query.cities import select_cities
    from lcnet.render import cities as view
    from lcnet.render.formats.interface import Listing

    facts, countries = opened.facts, opened.countries
    country_name = countries.name(query.country) if query.country else None
    selection = select_cities(facts, query, today, country_name)
    records = [view.city_record(facts, countries, row) for row in selection.rows]
    coverage = view.coverage_record(selection.coverage)

    def table(stream: TextIO) -> None:
        from lcnet.render.table_cities import print_cities

        print_cities(stream, selection, records, query, countries)

    fields = {"query": view.query_record(selection, query), "coverage": coverage}
    document = head("cities", opened, today.isoformat(), fields)
    listing = Listing("cities", records, document, "cities", table, view.CSV_COLUMNS, view.csv_row)
    return CitiesReport(listing)


def figures_report(
    opened: OpenedStore, timeline: Timeline, metrics: list[str], day: Any, year: int | None
) -> FiguresReport:
    from lcnet.query.figures import select_figures
    from lcnet.render import figures as view
    from lcnet.render.formats.interface import Listing

    entries = select_figures(timeline, metrics, day, year)
    chosen = {e.subject for e in entries} if metrics else None
    records = [view.entry_record(timeline, e) for e in entries]
    if day is not None:
        title = f"Figures that held on {day}"
    elif year is not None:
        title = f"Figures that belong to {year}"
    else:
        title = "Accepted figures, period by period"

    def table(stream: TextIO) -> None:
        from lcnet.render.table_figures import print_figures

        print_figures(stream, title, records)

    def svg() -> str:
        from lcnet.render.svg import figure_charts, stacked

        return stacked(figure_charts(timeline, chosen))

    document = head("figures", opened, timeline.today.isoformat())
    listing = Listing(
        "figures", records, document, "periods", table, view.CSV_COLUMNS, view.csv_row, svg=svg
    )
    return FiguresReport(listing)


def claims_report(opened: OpenedStore, timeline: Timeline, query: ClaimQuery) -> ClaimsReport:
    from lcnet.query.claims import judged_claims
    from lcnet.render import claims as view
    from lcnet.render.formats.interface import Listing

    rows = judged_claims(timeline, query)
    records = [view.claim_record(timeline, row) for row in rows]

    def table(stream: TextIO) -> None:
        from lcnet.render.table_claims import print_claims

        print_claims(stream, records)

    def claimreview() -> Record:
        from lcnet.render.claimreview import claim_reviews

        return claim_reviews(timeline, rows)

    document = head("claims", opened, timeline.today.isoformat())
    listing = Listing(
        "claims",
        records,
        document,
        "claims",
        table,
        view.CSV_COLUMNS,
        view.csv_row,
        claimreview=claimreview,
    )
    return ClaimsReport(listing)


def sources_report(opened: OpenedStore, timeline: Timeline, query: SourceQuery) -> SourcesReport:
    from lcnet.query.sources import source_rows
    from lcnet.render.formats.interface import Listing
    from lcnet.render.sources import CSV_COLUMNS, source_record

    records = [source_record(row) for row in source_rows(timeline, query)]

    def table(stream: TextIO) -> None:
        from lcnet.render.table_sources import print_sources

        print_sources(stream, records)

    document = head("sources", opened, timeline.today.isoformat())
    listing = Listing("sources", records, document, "sources", table, CSV_COLUMNS)
    return SourcesReport(listing)


def growth_report(opened: OpenedStore, today: str) -> GrowthReport:
    from lcnet.query.growth import network_growth
    from lcnet.render.formats.interface import Listing
    from lcnet.render.growth import growth_record

    points = network_growth(opened.facts)

    def chart(stream: TextIO) -> None:
        from lcnet.render.chart import print_growth

        print_growth(stream, points)

    def svg() -> str:
        from lcnet.render.svg import growth_chart

        return growth_chart(points).svg()

    records = [growth_record(p) for p in points]
    document = head("growth", opened, today)
    # the points of a chart: offered as JSON and SVG, not one per line
    listing = Listing(
        "growth", records, document, "announcements", chart=chart, svg=svg, lines=False
    )
    return GrowthReport(listing)


def record_report(
    opened: OpenedStore, timeline: Timeline, findings: list[Finding], record_id: str
) -> RecordReport:
    from lcnet.query.records import linked_record
    from lcnet.render.formats.interface import Listing
    from lcnet.render.show import record_view

    view = record_view(timeline, linked_record(timeline, findings, record_id))

    def table(stream: TextIO) -> None:
        from lcnet.render.table_show import print_record

        print_record(stream, view)

    document = head("show", opened, timeline.today.isoformat(), view)
    return RecordReport(Listing("show", (), document, None, table))


def store_check(
    opened: OpenedStore,
    today: str,
    found: list[Finding],
    fail_on: Severity | None,
    minimum: Severity,
    show_all: bool,
    baseline: Baseline | None,
) -> StoreCheck:
    from lcnet.check.baseline import numbered
    from lcnet.render.findings import finding_record, shown, summarise, summary_record
    from lcnet.render.formats.interface import Listing

    counted = list(numbered(found))
    findings = counted
    known = 0
    if baseline is not None:
        findings = [f for f in counted if f.resolved or baseline.is_new(f)]
        known = len(counted) - len(findings)
    summary = summarise(findings, fail_on)
    visible = shown(findings, minimum, show_all)
    records = _Records(visible, finding_record)
    fields = {"mode": "store", "summary": summary_record(summary, fail_on)}
    document = head("check", opened, today, fields)
    listing = Listing("check", records, document, "findings")
    return StoreCheck(listing, visible, summary, fail_on, counted, known)


class _Records(Sequence[Record]):
    """Records made from items when asked, each time: `lcnet check` writes the findings
    from the items themselves, so at 30,000 findings a list made up front was 10% of its
    time for nothing (#14)."""

    __slots__ = ("items", "make")

    def __init__(self, items: Sequence[Any], make: Callable[[Any], Record]) -> None:
        self.items = items
        self.make = make

    def __len__(self) -> int:
        return len(self.items)

    @overload
    def __getitem__(self, index: int) -> Record: ...
    @overload
    def __getitem__(self, index: slice) -> list[Record]: ...
    def __getitem__(self, index: int | slice) -> Record | list[Record]:
        if isinstance(index, slice):
            return [self.make(item) for item in self.items[index]]
        return self.make(self.items[index])

    def __iter__(self) -> Iterator[Record]:
        return map(self.make, self.items)


__all__ = [
    "CitiesReport",
    "ClaimsReport",
    "FiguresReport",
    "GrowthReport",
    "RecordReport",
    "Report",
    "SourcesReport",
    "StoreCheck",
]
