"""lcnet.render.cities: the records of `lcnet cities` on the tiny store (three Vietnamese
cities; intakes 2022-09, 2024-02)."""

from __future__ import annotations

import pytest

from lcnet.countries import build_index
from lcnet.query.cities import CityQuery, select_cities
from lcnet.render import cities
from lcnet.store.facts import FactStore
from lcnet.store.read import read_records
from tests.conftest import TINY, TODAY


@pytest.fixture(scope="module")
def store() -> FactStore:
    return FactStore(read_records(TINY, "tiny", TODAY), "tiny")


def test_a_city_record_names_its_country_intake_and_sources(store: FactStore) -> None:
    (row,) = select_cities(store, CityQuery(name="hanoi"), TODAY).rows
    record = cities.city_record(store, build_index(), row)
    assert {k: record[k] for k in ("id", "local_name", "country_name", "region", "status")} == {
        "id": "vn/hanoi",
        "local_name": "Hà Nội",
        "country_name": "Viet Nam",
        "region": "asia-pacific",
        "status": "member",
    }
    assert record["intake"] == {"id": "2024-02", "date": "2024-02-14"}
    assert [s["id"] for s in record["sources"]] == ["unesco-2024-02-14", "daily-news-2024-03"]
    row_of_csv = cities.csv_row(record)
    assert (row_of_csv["intake"], row_of_csv["sources"]) == (
        "2024-02",
        ["unesco-2024-02-14", "daily-news-2024-03"],
    )


def test_the_coverage_says_how_much_of_the_network_the_store_lists(store: FactStore) -> None:
    selection = select_cities(store, CityQuery(), TODAY)
    assert cities.coverage_record(selection.coverage) == {
        "scope": "member cities of the network",
        "listed": 3,
        "expected": 356,
        "basis": "intake 2024-02 (unesco-2024-02-14)",
        "complete": False,
        "undated_left_out": 0,
        "message": "the store lists 3 of 356 member cities of the network (356 per intake "
        "2024-02 (unesco-2024-02-14)); the member list is incomplete",
    }
    assert cities.coverage_record(None) is None
