"""A part of a count of cities placed by an adjective, its unit left out: "entre ellas
tres coreanas", "di cui due italiane", "including three Thai ones"."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

Row = tuple[str, str, int, str | None]

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "es",
        "La red sumó 64 nuevas ciudades, entre ellas tres coreanas y tres tailandesas.",
        [
            ("64 nuevas ciudades", "new_cities", 64, None),
            ("tres coreanas", "new_cities", 3, "KR"),
            ("tres tailandesas", "new_cities", 3, "TH"),
        ],
    ),
    (
        "it",
        "Sono 72 le nuove città, di cui due italiane.",
        [("72 le nuove città", "new_cities", 72, None), ("due italiane", "new_cities", 2, "IT")],
    ),
    (
        "en",
        "The network admitted 64 new cities, including three Thai ones.",
        [("64 new cities", "new_cities", 64, None), ("three Thai", "new_cities", 3, "TH")],
    ),
    (  # not a part: as many as the whole, or more
        "es",
        "La red sumó 64 nuevas ciudades, entre ellas setenta coreanas.",
        [("64 nuevas ciudades", "new_cities", 64, None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_placed_part_of_a_count(language: str, text: str, expected: list[Row]) -> None:
    found = [(m.text, m.metric.value, m.value, m.country) for m in mentions(language, text)]
    assert found == expected
