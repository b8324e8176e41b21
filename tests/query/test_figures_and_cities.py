"""lcnet.query: which accepted figures and which member cities a listing asks for, on the
tiny store (three Vietnamese cities; intakes of 2022-09 and 2024-02)."""

from __future__ import annotations

from datetime import date

import pytest

from lcnet.check.timeline import Timeline
from lcnet.errors import UsageError
from lcnet.query.cities import CityQuery, select_cities
from lcnet.query.figures import select_figures
from lcnet.store.facts import FactStore
from lcnet.store.read import read_records
from tests.conftest import TINY, TODAY


@pytest.fixture(scope="module")
def store() -> FactStore:
    return FactStore(read_records(TINY, "tiny", TODAY), "tiny")


@pytest.fixture(scope="module")
def timeline(store: FactStore) -> Timeline:
    return Timeline(store, TODAY)


def periods(timeline: Timeline, metrics: list[str], day: object, year: int | None) -> list:
    return [
        (entry.subject.key, entry.period.id, entry.figure.value if entry.figure else None)
        for entry in select_figures(timeline, metrics, day, year)
    ]


def test_on_a_day_only_the_figure_that_held_then(timeline: Timeline) -> None:
    assert periods(timeline, ["total_cities"], date(2023, 6, 1), None) == [
        ("total_cities", "2022-09", 294)
    ]


def test_a_year_gives_every_period_that_overlaps_it(timeline: Timeline) -> None:
    assert periods(timeline, ["total_cities"], None, 2024) == [
        ("total_cities", "2022-09", 294),
        ("total_cities", "2024-02", 356),
    ]


def test_a_metric_names_its_subjects_and_a_day_wants_an_accepted_figure(
    timeline: Timeline,
) -> None:
    # Viet Nam's count has a claim the timeline does not accept: the period is listed
    # with the claim that disagrees, and no day finds a figure that held.
    assert periods(timeline, ["country_cities"], None, None) == [
        ("country_cities:VN", "2024-02", None)
    ]
    assert periods(timeline, ["country_cities"], date(2024, 6, 1), None) == []


def test_an_unknown_metric_is_a_usage_error_that_names_the_known(timeline: Timeline) -> None:
    with pytest.raises(UsageError, match="--metric membres: no such metric or subject; known:"):
        select_figures(timeline, ["membres"], None, None)


def test_cities_as_of_a_day_are_those_that_had_joined(store: FactStore) -> None:
    before = select_cities(store, CityQuery(as_of=date(2023, 1, 1)), TODAY)
    assert [row.city.name for row in before.rows] == ["Cao Lanh"]
    now = select_cities(store, CityQuery(), TODAY)
    assert sorted(row.city.name for row in now.rows) == ["Cao Lanh", "Hanoi", "Son La"]


def test_cities_by_year_joined_and_by_a_part_of_a_name(store: FactStore) -> None:
    joined = select_cities(store, CityQuery(joined=2024), TODAY)
    assert sorted(row.city.name for row in joined.rows) == ["Hanoi", "Son La"]
    named = select_cities(store, CityQuery(name="ha noi"), TODAY)
    assert [row.city.name for row in named.rows] == ["Hanoi"]
