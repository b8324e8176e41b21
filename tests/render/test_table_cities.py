"""lcnet.render.table_cities: `lcnet cities` as a table, on the tiny store (Cao Lanh from
the 2022-09 intake; Hanoi and Son La from 2024-02)."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pytest

from lcnet.countries import CountryIndex, build_index
from lcnet.query.cities import CityQuery, select_cities
from lcnet.render.cities import city_record
from lcnet.render.table_cities import _joined, print_cities
from lcnet.store.facts import FactStore
from lcnet.store.read import read_records
from tests.conftest import TINY, TODAY


@pytest.fixture(autouse=True)
def _wide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # no cell folded


@pytest.fixture(scope="module")
def store() -> FactStore:
    return FactStore(read_records(TINY, "tiny", TODAY), "tiny")


@pytest.fixture(scope="module")
def countries() -> CountryIndex:
    return build_index()


def drawn(store: FactStore, countries: CountryIndex, query: CityQuery) -> list[str]:
    name = countries.name(query.country) if query.country else None
    selection = select_cities(store, query, TODAY, name)
    records = [city_record(store, countries, row) for row in selection.rows]
    stream = io.StringIO()
    print_cities(stream, selection, records, query, countries)
    return stream.getvalue().splitlines()


def cells(lines: list[str]) -> list[list[str]]:
    """The rows of the table, each a list of its cells (a record's second line too)."""
    return [[cell.strip() for cell in line.split("│")[1:-1]] for line in lines if "│" in line]


def test_a_countrys_cities_leave_out_the_country_column(
    store: FactStore, countries: CountryIndex
) -> None:
    lines = drawn(store, countries, CityQuery("VN"))
    assert lines[0].strip() == "3 member cities of Viet Nam as of 2026-11-23"
    assert lines[2].split("┃")[1:-1] == [
        " City     ",
        " Local name ",
        " Subdivision ",
        " Joined (intake) ",
        " Sources            ",
    ]
    assert cells(lines) == [
        ["Cao Lanh", "Cao Lãnh", "Đồng Tháp", "2022-09-02", "uil-2022-09-02"],
        ["Hanoi", "Hà Nội", "", "2024-02-14", "unesco-2024-02-14"],
        ["", "", "", "", "daily-news-2024-03"],
        ["Son La", "Sơn La", "Sơn La", "2024-02-14", "unesco-2024-02-14"],
    ]


def test_every_country_shows_the_country_by_name(
    store: FactStore, countries: CountryIndex
) -> None:
    lines = drawn(store, countries, CityQuery())
    assert lines[0].strip() == "3 member cities as of 2026-11-23"
    assert [row[:2] for row in cells(lines)] == [
        ["Cao Lanh", "Viet Nam"],
        ["Hanoi", "Viet Nam"],
        ["", ""],
        ["Son La", "Viet Nam"],
    ]


def test_one_city_as_of_a_day_is_counted_in_the_singular(
    store: FactStore, countries: CountryIndex
) -> None:
    lines = drawn(store, countries, CityQuery("VN", as_of=date(2023, 1, 1)))
    assert lines[0].strip() == "1 member city of Viet Nam as of 2023-01-01"
    assert cells(lines) == [
        ["Cao Lanh", "Cao Lãnh", "Đồng Tháp", "2022-09-02", "uil-2022-09-02"],
    ]


def test_a_local_name_equal_to_the_name_is_not_repeated(countries: CountryIndex) -> None:
    from lcnet.query.cities import CitySelection

    record = RECORD | {"name": "Vinh", "local_name": "Vinh"}
    stream = io.StringIO()
    selection = CitySelection(date(2026, 1, 1), [], None)
    print_cities(stream, selection, [record], CityQuery("VN"), countries)
    assert cells(stream.getvalue().splitlines()) == [["Vinh", "", "Nghệ An", "2022-09-02", "s"]]


RECORD: dict[str, Any] = {
    "name": "Vinh",
    "local_name": "Vinh",
    "country_name": "Viet Nam",
    "subdivision": "Nghệ An",
    "intake": {"id": "2022-09", "date": "2022-09-02"},
    "joined": "2022-09-02",
    "left": None,
    "readmitted": None,
    "status": "member",
    "sources": [{"id": "s"}],
}


@pytest.mark.parametrize(
    ("changes", "shown"),
    [
        ({}, "2022-09-02"),
        ({"intake": None, "joined": "2019"}, "2019 (admitted singly)"),
        ({"intake": None, "joined": None}, "unknown"),
        ({"left": "2023-05"}, "2022-09-02\nleft 2023-05"),
        (
            {"left": "2023-05", "readmitted": {"id": "2025-01", "date": "2025-01-30"}},
            "2022-09-02\nleft 2023-05\nreadmitted 2025-01-30",
        ),
        ({"status": "uncertain"}, "2022-09-02\n(uncertain on this date)"),
    ],
)
def test_the_joined_cell_says_how_and_when_a_city_was_a_member(
    changes: dict[str, Any], shown: str
) -> None:
    assert _joined(RECORD | changes) == shown
