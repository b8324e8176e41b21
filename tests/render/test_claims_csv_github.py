"""lcnet.render.claims, claimreview, csvout and github: a judged claim's record and CSV
row, its ClaimReview, CSV cells, and GitHub annotations."""

from __future__ import annotations

import io

import pytest

from lcnet.check.findings import Finding, Severity
from lcnet.check.timeline import Timeline
from lcnet.check.verdicts import Verdict
from lcnet.query.claims import ClaimQuery, JudgedClaim, judged_claims
from lcnet.render.claimreview import RATINGS, claim_reviews
from lcnet.render.claims import CSV_COLUMNS, claim_record, csv_row
from lcnet.render.csvout import cell, write_csv
from lcnet.render.findings import Summary
from lcnet.render.github import PER_LEVEL, annotation, write_annotations
from lcnet.store.facts import FactStore
from lcnet.store.read import read_records
from tests.conftest import FIXTURES, TODAY

REASON = (
    "230 was the figure 2020-09-23 to 2020-09-30; the figure was 229 2020-10-01 to "
    "2022-09-01 (intake 2020-09-correction)"
)


@pytest.fixture(scope="module")
def timeline() -> Timeline:
    store = FactStore(read_records(FIXTURES / "stores" / "reconcile", "reconcile", TODAY), "r")
    return Timeline(store, TODAY)


@pytest.fixture(scope="module")
def stale(timeline: Timeline) -> JudgedClaim:
    (row,) = judged_claims(timeline, ClaimQuery(source="gazette-2020-10"))
    return row


def test_a_claims_record_carries_its_source_verdict_expected_figure_and_place(
    timeline: Timeline, stale: JudgedClaim
) -> None:
    record = claim_record(timeline, stale)
    assert {k: record[k] for k in ("claim", "published", "value", "verdict", "reason")} == {
        "claim": "gazette-2020-10#total",
        "published": "2020-10",
        "value": 230,
        "verdict": "stale",
        "reason": REASON,
    }
    assert record["expected"] == {"value": 229, "qualifier": "exact", "text": "229"}
    assert (record["expected_period"], record["path"], record["line"]) == (
        "2020-09",
        "r/sources/gazette-2020-10.toml",
        8,
    )
    assert csv_row(record)["expected"] == "229"
    assert set(CSV_COLUMNS) <= set(record)


def test_every_verdict_has_a_rating() -> None:
    assert set(RATINGS) == set(Verdict)


def test_a_claimreview_rates_a_stale_figure_outdated_with_the_reason(
    timeline: Timeline, stale: JudgedClaim
) -> None:
    (review,) = claim_reviews(timeline, [stale])["@graph"]
    assert review["identifier"] == "gazette-2020-10#total"
    assert review["itemReviewed"]["datePublished"] == "2020-10"
    assert review["datePublished"] == TODAY.isoformat()
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 2,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Outdated",
        "ratingExplanation": REASON,
    }


def test_csv_cells_none_booleans_and_lists() -> None:
    assert [cell(None), cell(True), cell(False), cell(["a", 2]), cell(3)] == [
        "",
        "true",
        "false",
        "a; 2",
        "3",
    ]


def test_csv_writes_the_columns_asked_for_in_their_order() -> None:
    stream = io.StringIO()
    write_csv(stream, ["b", "a"], [{"a": 1, "b": "x,y", "c": "left out"}])
    assert stream.getvalue() == 'b,a\n"x,y",1\n'


FINDING = Finding(
    "stale-figure", Severity.WARNING, "356: 100% stale\nsee", "k", "dir,a:b.md", 3, column=5
)


def test_an_annotation_escapes_its_properties_and_message() -> None:
    assert annotation(FINDING._replace(end_line=3, end_column=8)) == (
        "::warning file=dir%2Ca%3Ab.md,line=3,col=5,endLine=3,endColumn=8,"
        "title=stale-figure::356: 100%25 stale%0Asee"
    )


def test_annotations_stop_at_githubs_limit_per_level_and_say_how_many_more() -> None:
    stream = io.StringIO()
    findings = [FINDING._replace(column=0)] * (PER_LEVEL + 2)
    write_annotations(stream, findings, Summary(0, PER_LEVEL + 2, 0, 0, False))
    lines = stream.getvalue().splitlines()
    assert len(lines) == PER_LEVEL + 2
    assert lines[PER_LEVEL] == (
        "::notice title=lcnet::2 more findings not shown as annotations "
        "(GitHub shows 10 of each level); run lcnet check locally for all"
    )
    assert lines[-1].startswith("lcnet: ")
