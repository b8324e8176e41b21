"""lcnet.query: the claims, sources and announcements a listing asks for, on the
reconcile store (a milestone, a corrected intake, news and blogs that went stale)."""

from __future__ import annotations

from datetime import date

import pytest

from lcnet.check.timeline import Timeline
from lcnet.check.verdicts import Verdict
from lcnet.dates import PartialDate
from lcnet.model import IntakeKind, Metric, SourceKind
from lcnet.query.claims import ClaimQuery, judged_claims
from lcnet.query.growth import GrowthPoint, network_growth
from lcnet.query.sources import SourceQuery, source_rows
from lcnet.store.facts import FactStore
from lcnet.store.read import read_records
from tests.conftest import FIXTURES, TODAY


@pytest.fixture(scope="module")
def store() -> FactStore:
    return FactStore(read_records(FIXTURES / "stores" / "reconcile", "reconcile", TODAY), "r")


@pytest.fixture(scope="module")
def timeline(store: FactStore) -> Timeline:
    return Timeline(store, TODAY)


def claims(timeline: Timeline, **query: object) -> list[tuple[str, str]]:
    rows = judged_claims(timeline, ClaimQuery(**query))  # type: ignore[arg-type]
    return [(row.claim.key, str(row.judgement.verdict)) for row in rows]


def test_claims_of_the_verdicts_asked_for_in_the_order_they_held(timeline: Timeline) -> None:
    assert claims(timeline, verdicts=frozenset({Verdict.STALE, Verdict.WRONG})) == [
        ("gazette-2020-10#total", "stale"),
        ("blog-2024-06-10#stale", "stale"),
        ("blog-2024-06-10#vn-cities", "stale"),
        ("blog-2024-06-10#wrong", "wrong"),
    ]


def test_claims_of_a_metric_published_by_a_day(timeline: Timeline) -> None:
    query = ClaimQuery(metrics=frozenset({Metric.TOTAL_CITIES}), as_of=date(2022, 12, 31))
    rows = judged_claims(timeline, query)
    assert [(row.claim.key, row.claim.value) for row in rows] == [
        ("almanac-2015-06#total", 100),
        ("uil-2016#total", 115),
        ("uil-fix-2020#total", 229),
        ("uil-2020#total", 230),
        ("gazette-2020-10#total", 230),
        ("uil-2022#total", 294),
    ]


def test_an_undated_sources_claims_are_known_by_no_day(timeline: Timeline) -> None:
    assert claims(timeline, source="forum-undated") == [("forum-undated#total", "unverifiable")]
    assert claims(timeline, source="forum-undated", as_of=date(2030, 1, 1)) == []


def sources(timeline: Timeline, query: SourceQuery) -> list[tuple[str, int, int, int]]:
    return [(r.source.id, r.claims, r.stale, r.wrong) for r in source_rows(timeline, query)]


def test_sources_count_their_claims_and_the_stale_and_wrong_ones(timeline: Timeline) -> None:
    # wrong counts the bounds a source's figure violates too
    assert sources(timeline, SourceQuery(kind=SourceKind.OTHER)) == [
        ("almanac-2015-06", 1, 0, 0),
        ("blog-2024-06-10", 8, 2, 2),
        ("forum-undated", 1, 0, 0),  # undated: last
    ]


def test_sources_by_part_of_the_publishers_name_and_a_published_range(
    timeline: Timeline,
) -> None:
    # uil-fix-2020 is dated 2020-09: a month is in the range if any of its days is
    query = SourceQuery(publisher="Uil", published_from=date(2020, 9, 30))
    assert sources(timeline, query) == [
        ("uil-fix-2020", 2, 0, 0),
        ("uil-2022", 3, 0, 0),
        ("uil-page-2023", 1, 0, 0),
    ]
    query = query._replace(published_from=date(2020, 10, 1), published_to=date(2023, 5, 9))
    assert sources(timeline, query) == [("uil-2022", 3, 0, 0)]


def test_growth_is_every_announcement_with_its_figures_as_corrected(store: FactStore) -> None:
    assert network_growth(store) == [
        GrowthPoint(
            "2016-08", IntakeKind.MILESTONE, PartialDate(2016, 8, 23), 115, 28, None, None, False
        ),
        GrowthPoint("2020-09", IntakeKind.INTAKE, PartialDate(2020, 9, 23), 229, 64, 54, 27, True),
        GrowthPoint("2022-09", IntakeKind.INTAKE, PartialDate(2022, 9, 2), 294, 76, 77, 44, False),
        GrowthPoint(
            "2024-02", IntakeKind.INTAKE, PartialDate(2024, 2, 14), 356, 78, 64, 35, False
        ),
    ]
