"""lcnet.query.claims: the recorded claims a listing asks for, judged, on the reconcile
store."""

from __future__ import annotations

from datetime import date

from lcnet.check.timeline import Timeline
from lcnet.check.verdicts import Verdict
from lcnet.model import Metric
from lcnet.query.claims import ClaimQuery, judged_claims


def claims(reconcile_timeline: Timeline, **query: object) -> list[tuple[str, str]]:
    rows = judged_claims(reconcile_timeline, ClaimQuery(**query))  # type: ignore[arg-type]
    return [(row.claim.key, str(row.judgement.verdict)) for row in rows]


def test_claims_of_the_verdicts_asked_for_in_the_order_they_held(
    reconcile_timeline: Timeline,
) -> None:
    assert claims(reconcile_timeline, verdicts=frozenset({Verdict.STALE, Verdict.WRONG})) == [
        ("gazette-2020-10#total", "stale"),
        ("blog-2024-06-10#stale", "stale"),
        ("blog-2024-06-10#vn-cities", "stale"),
        ("blog-2024-06-10#wrong", "wrong"),
    ]


def test_claims_of_a_metric_published_by_a_day(reconcile_timeline: Timeline) -> None:
    query = ClaimQuery(metrics=frozenset({Metric.TOTAL_CITIES}), as_of=date(2022, 12, 31))
    rows = judged_claims(reconcile_timeline, query)
    assert [(row.claim.key, row.claim.value) for row in rows] == [
        ("almanac-2015-06#total", 100),
        ("uil-2016#total", 115),
        ("uil-fix-2020#total", 229),
        ("uil-2020#total", 230),
        ("gazette-2020-10#total", 230),
        ("uil-2022#total", 294),
    ]


def test_an_undated_sources_claims_are_known_by_no_day(reconcile_timeline: Timeline) -> None:
    assert claims(reconcile_timeline, source="forum-undated") == [
        ("forum-undated#total", "unverifiable")
    ]
    assert claims(reconcile_timeline, source="forum-undated", as_of=date(2030, 1, 1)) == []
