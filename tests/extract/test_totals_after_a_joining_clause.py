"""The count after a city's own joining clause is the network's at that time, not an
intake: "Als wir 2024 beitraten, waren es 356 Städte" (a Volkshochschule's programme),
"When we joined in 2024, there were 356 cities". Before, the clause's verb of joining made
the count an intake's, and 356, more than any intake, was dropped. A plural joining
("when 77 cities joined") is still an intake."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

TOTALS = [
    ("de", "Als wir 2024 beitraten, waren es 356 Städte.", "356 Städte", 356),
    ("de", "Als Dresden 2024 beitrat, waren es 356 Städte.", "356 Städte", 356),
    ("de", "Als wir 2022 beitraten, waren es 294 Städte.", "294 Städte", 294),
    ("en", "When we joined in 2024, there were 356 cities.", "356 cities", 356),
    (
        "en",
        "When Legazpi joined in 2024, there were 356 cities in the network.",
        "356 cities",
        356,
    ),
    ("es", "Cuando entramos en 2024, eran 356 ciudades.", "356 ciudades", 356),
]


@pytest.mark.parametrize(("language", "sentence", "text", "value"), TOTALS)
def test_a_count_after_a_citys_joining_clause_is_the_networks(
    language: str, sentence: str, text: str, value: int
) -> None:
    assert [r[:3] for r in read_titled(language, sentence)] == [(text, "total_cities", value)]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (
            "en",
            "When 77 cities joined in 2022, the total reached 294.",
            [("77 cities", "new_cities", 77), ("total reached 294", "total_cities", 294)],
        ),
        (
            "de",
            "Als 77 Städte 2022 beitraten, stieg die Zahl auf 294.",
            [("77 Städte", "new_cities", 77), ("Zahl auf 294", "total_cities", 294)],
        ),
        (
            "en",
            "When we joined, 64 cities were admitted with us.",
            [("64 cities", "new_cities", 64)],
        ),
    ],
)
def test_an_intake_stays_an_intake(
    language: str, sentence: str, expected: list[tuple[str, str, int]]
) -> None:
    assert [r[:3] for r in read_titled(language, sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Als wir 2024 beitraten, waren es 356 Städte.",
        "Nachdem Dresden 2024 aufgenommen wurde, zählte das Netzwerk 356 Städte.",
    ],
)
def test_a_year_before_the_verb_that_ends_a_german_joining_clause_dates_the_count(
    sentence: str,
) -> None:
    assert [(r[0], r[4]) for r in read_titled("de", sentence)] == [("356 Städte", "2024")]
