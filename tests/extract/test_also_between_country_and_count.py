"""An adverb of addition between a country and its count ("Neighbouring Qatar also has
eight member cities", "Katar hat auch acht Mitgliedsstädte") keeps the count the
country's, as "still" and "noch" did; before, the count was lost."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled


@pytest.mark.parametrize(
    ("language", "sentence", "text"),
    [
        ("en", "Qatar also has eight member cities.", "eight member cities"),
        (
            "en",
            "Neighbouring Qatar likewise counts eight learning cities.",
            "eight learning cities",
        ),
        ("de", "Katar hat auch acht Mitgliedsstädte.", "acht Mitgliedsstädte"),
        ("de", "Katar hat ebenfalls acht Mitgliedsstädte.", "acht Mitgliedsstädte"),
    ],
)
def test_an_adverb_of_addition_keeps_the_countrys_count(
    language: str, sentence: str, text: str
) -> None:
    assert [(r[0], r[1], r[2], r[5]) for r in read_titled(language, sentence)] == [
        (text, "country_cities", 8, "QA")
    ]
