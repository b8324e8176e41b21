"""A rank whose country is said after it, in its clause: "the tenth city to join from
Thailand", "... from the kingdom" (the country named before), "die zehnte Stadt aus dem
Königreich"."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        "Thailand joined in 2019. Yala becomes the tenth city to join from the kingdom.",
        [("tenth city", "country_cities", 10, "exact", None, "TH")],
    ),
    (
        "en",
        "Yala becomes the tenth city to join from Thailand.",
        [("tenth city", "country_cities", 10, "exact", None, "TH")],
    ),
    (  # another verb, "the country", a year
        "en",
        "Qatar has eight members. Umm Salal was the seventh city admitted from the country,"
        " in 2024.",
        [
            ("eight members", "country_cities", 8, "exact", None, "QA"),
            ("seventh city", "country_cities", 7, "exact", "2024", "QA"),
        ],
    ),
    (
        "en",
        "Dresden was the fourth member from Germany.",
        [("fourth member", "country_cities", 4, "exact", None, "DE")],
    ),
    (  # "in 2024" is no place
        "en",
        "Bangkok is the second city to join in 2024.",
        [],
    ),
    (
        "de",
        "Dresden ist die vierte Stadt aus Deutschland im Netzwerk.",
        [("vierte Stadt", "country_cities", 4, "exact", None, "DE")],
    ),
    (
        "de",
        "Thailand ist seit 2019 dabei. Yala ist die zehnte Stadt aus dem Königreich.",
        [("zehnte Stadt", "country_cities", 10, "exact", None, "TH")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_rank_of_a_country_said_after(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
