"""lcnet.query.sources: the sources a listing asks for, their claims counted, on the
reconcile store."""

from __future__ import annotations

from datetime import date

from lcnet.check.timeline import Timeline
from lcnet.model import SourceKind
from lcnet.query.sources import SourceQuery, source_rows


def sources(reconcile_timeline: Timeline, query: SourceQuery) -> list[tuple[str, int, int, int]]:
    return [
        (r.source.id, r.claims, r.stale, r.wrong) for r in source_rows(reconcile_timeline, query)
    ]


def test_sources_count_their_claims_and_the_stale_and_wrong_ones(
    reconcile_timeline: Timeline,
) -> None:
    # wrong counts the bounds a source's figure violates too
    assert sources(reconcile_timeline, SourceQuery(kind=SourceKind.OTHER)) == [
        ("almanac-2015-06", 1, 0, 0),
        ("blog-2024-06-10", 8, 2, 2),
        ("forum-undated", 1, 0, 0),  # undated: last
    ]


def test_sources_by_part_of_the_publishers_name_and_a_published_range(
    reconcile_timeline: Timeline,
) -> None:
    # uil-fix-2020 is dated 2020-09: a month is in the range if any of its days is
    query = SourceQuery(publisher="Uil", published_from=date(2020, 9, 30))
    assert sources(reconcile_timeline, query) == [
        ("uil-fix-2020", 2, 0, 0),
        ("uil-2022", 3, 0, 0),
        ("uil-page-2023", 1, 0, 0),
    ]
    query = query._replace(published_from=date(2020, 10, 1), published_to=date(2023, 5, 9))
    assert sources(reconcile_timeline, query) == [("uil-2022", 3, 0, 0)]
