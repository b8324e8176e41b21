"""A country's count out of the network's total, the total's unit left out: "le città
italiane sono sei su 356", "la France en compte huit sur 425", "eight out of 425"."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "it",
        "Le città italiane della rete restano sei su 356: Torino, Fermo e le altre.",
        [
            ("città italiane della rete restano sei", "country_cities", 6, "exact", None, "IT"),
            ("356", "total_cities", 356, "exact", None, None),
        ],
    ),
    (
        "it",
        "L'Italia conta otto città su 425.",
        [
            ("otto città", "country_cities", 8, "exact", None, "IT"),
            ("425", "total_cities", 425, "exact", None, None),
        ],
    ),
    (
        "fr",
        "La France compte huit villes membres, sur 425.",
        [
            ("huit villes membres", "country_cities", 8, "exact", None, "FR"),
            ("425", "total_cities", 425, "exact", None, None),
        ],
    ),
    (
        "en",  # the date of the count is the total's
        "In 2024 Italy had six member cities out of 356.",
        [
            ("six member cities", "country_cities", 6, "exact", "2024", "IT"),
            ("356", "total_cities", 356, "exact", "2024", None),
        ],
    ),
    (
        "de",
        "Deutschland zählt sechs Mitgliedsstädte von insgesamt 425.",
        [
            ("sechs Mitgliedsstädte", "country_cities", 6, "exact", None, "DE"),
            ("425", "total_cities", 425, "exact", None, None),
        ],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), CASES)
def test_the_total_after_a_country_count_is_the_networks(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read_titled(language, body) == expected


def test_a_small_number_after_it_is_no_total() -> None:
    assert read_titled("it", "L'Italia conta sei città su 20 regioni.") == [
        ("sei città", "country_cities", 6, "exact", None, "IT")
    ]
