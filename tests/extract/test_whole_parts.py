"""A part of a whole that opens its sentence, said to be capitals or first-time
countries: "Of the 72 newcomers, 11 are national capitals" states the intake's capitals,
not an intake of 11."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        "Of the 72 newcomers, 11 are national capitals.",
        [
            ("72 newcomers", "new_cities", 72, "exact", None, None),
            ("11 are national capitals", "new_capitals", 11, "exact", None, None),
        ],
    ),
    (  # "among", "capitals" alone
        "en",
        "Among the 72 new members, 11 are capitals.",
        [
            ("72 new members", "new_cities", 72, "exact", None, None),
            ("11 are capitals", "new_capitals", 11, "exact", None, None),
        ],
    ),
    (  # past tense, another intake
        "en",
        "Of the 64 cities admitted that day, 9 were capital cities.",
        [
            ("64 cities", "new_cities", 64, "exact", None, None),
            ("9 were capital cities", "new_capitals", 9, "exact", None, None),
        ],
    ),
    (  # countries: the part is of the countries there for the first time
        "en",
        "Of the 46 countries, 13 are represented for the first time.",
        [
            ("46 countries", "total_countries", 46, "exact", None, None),
            (
                "13 are represented for the first time",
                "first_time_countries",
                13,
                "exact",
                None,
                None,
            ),
        ],
    ),
    (  # a part that joined is still an intake
        "en",
        "Of the 425 cities, 72 joined this year.",
        [
            ("425 cities", "total_cities", 425, "exact", None, None),
            ("72", "new_cities", 72, "exact", None, None),
        ],
    ),
    (
        "de",
        "Unter den 72 Neuzugängen, 11 sind Hauptstädte.",
        [
            ("72 Neuzugängen", "new_cities", 72, "exact", None, None),
            ("11 sind Hauptstädte", "new_capitals", 11, "exact", None, None),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_part_of_a_whole(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
