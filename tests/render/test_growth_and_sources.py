"""lcnet.render.growth, sources, chart and svg: the records of `lcnet growth` and `lcnet
sources`, the terminal chart and the SVG of the network's growth, on the reconcile store."""

from __future__ import annotations

import io

import pytest

from lcnet.check.timeline import Timeline
from lcnet.query.growth import GrowthPoint, network_growth
from lcnet.query.sources import SourceQuery, source_rows
from lcnet.render.chart import print_growth
from lcnet.render.growth import growth_record
from lcnet.render.sources import CSV_COLUMNS, source_record
from lcnet.render.svg import growth_chart
from lcnet.store.facts import FactStore
from lcnet.store.read import read_records
from tests.conftest import FIXTURES, TODAY


@pytest.fixture(scope="module")
def store() -> FactStore:
    return FactStore(read_records(FIXTURES / "stores" / "reconcile", "reconcile", TODAY), "r")


@pytest.fixture(scope="module")
def points(store: FactStore) -> list[GrowthPoint]:
    return network_growth(store)


def test_a_growth_record_is_the_announcement_and_its_figures_as_corrected(
    points: list[GrowthPoint],
) -> None:
    assert [growth_record(p) for p in points[:2]] == [
        {
            "intake": "2016-08",
            "kind": "milestone",
            "date": "2016-08-23",
            "total_cities": 115,
            "total_countries": 28,
            "new_cities": None,
            "new_countries": None,
        },
        {
            "intake": "2020-09",
            "kind": "intake",
            "date": "2020-09-23",
            "total_cities": 229,
            "total_countries": 64,
            "new_cities": 54,
            "new_countries": 27,
        },
    ]


def test_the_chart_draws_a_bar_per_announcement_scaled_to_the_largest(
    points: list[GrowthPoint],
) -> None:
    stream = io.StringIO()
    print_growth(stream, points)
    lines = [line.strip() for line in stream.getvalue().splitlines()]
    assert lines[2] == "2016-08-23  ██████████ 115                      █████ 28"
    assert lines[5] == "2024-02-14  ██████████████████████████████ 356  ███████████████ 78  +64"


def test_the_svg_rings_the_corrected_intake_and_describes_each_total(
    points: list[GrowthPoint],
) -> None:
    chart = growth_chart(points)
    svg = chart.svg()
    assert svg.count(">corrected</text>") == 1
    assert "2020-09 (2020-09-23): corrected to 229" in svg
    assert "2024-02 (2024-02-14): 356 cities" in svg


def test_a_growth_chart_without_totals_says_so() -> None:
    assert "No intake states a total." in growth_chart([]).svg()


def test_a_source_record_counts_its_claims_by_verdict(store: FactStore) -> None:
    timeline = Timeline(store, TODAY)
    (row,) = source_rows(timeline, SourceQuery(publisher="Example Blog"))
    record = source_record(row)
    assert record == {
        "id": "blog-2024-06-10",
        "publisher": "Example Blog",
        "kind": "other",
        "language": "en",
        "published": "2024-06-10",
        "url": "https://blog.example/learning-cities",
        "claims": 8,
        "stale": 2,
        "wrong": 2,
        "verdicts": {
            "bound_ok": 2,
            "bound_violated": 1,
            "historic": 1,
            "stale": 2,
            "unverifiable": 1,
            "wrong": 1,
        },
        "copies": None,
        "supersedes": None,
    }
    assert set(CSV_COLUMNS) == set(record) - {"verdicts"}
