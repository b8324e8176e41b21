"""lcnet.query.cities: which member cities a listing asks for, on the tiny store (Cao Lanh
from the 2022-09 intake; Hanoi and Son La from 2024-02)."""

from __future__ import annotations

from datetime import date

from lcnet.model import Region
from lcnet.query.cities import CityQuery, Coverage, select_cities
from lcnet.store.facts import FactStore
from tests.conftest import TODAY


def test_cities_as_of_a_day_are_those_that_had_joined(tiny: FactStore) -> None:
    before = select_cities(tiny, CityQuery(as_of=date(2023, 1, 1)), TODAY)
    assert [row.city.name for row in before.rows] == ["Cao Lanh"]
    now = select_cities(tiny, CityQuery(), TODAY)
    assert sorted(row.city.name for row in now.rows) == ["Cao Lanh", "Hanoi", "Son La"]


def test_cities_by_year_joined_and_by_a_part_of_a_name(tiny: FactStore) -> None:
    joined = select_cities(tiny, CityQuery(joined=2024), TODAY)
    assert sorted(row.city.name for row in joined.rows) == ["Hanoi", "Son La"]
    named = select_cities(tiny, CityQuery(name="ha noi"), TODAY)
    assert [row.city.name for row in named.rows] == ["Hanoi"]


def test_a_countrys_cities_in_join_order_with_how_many_its_store_lists_of_how_many(
    tiny: FactStore,
) -> None:
    selection = select_cities(tiny, CityQuery(country="VN"), TODAY, "Viet Nam")
    assert [
        (r.city.name, str(r.joined), r.intake.id if r.intake else None) for r in selection.rows
    ] == [
        ("Cao Lanh", "2022-09-02", "2022-09"),
        ("Hanoi", "2024-02-14", "2024-02"),
        ("Son La", "2024-02-14", "2024-02"),
    ]
    assert selection.coverage == Coverage(
        "member cities of Viet Nam", 3, 3, "daily-news-2024-03, 2024-03", False, 0
    )
    assert selection.coverage.message() is None


def test_a_region_selects_its_countries_cities_and_another_none(tiny: FactStore) -> None:
    asia = select_cities(tiny, CityQuery(region=Region.ASIA_PACIFIC), TODAY)
    assert [r.city.name for r in asia.rows] == ["Cao Lanh", "Hanoi", "Son La"]
    assert select_cities(tiny, CityQuery(region=Region.AFRICA), TODAY).rows == []
