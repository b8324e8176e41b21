"""The only member of its country, said with the English name in German ("Lausanne ist die
einzige Learning City", as a Swiss page put it) or with "sole" in English: a count of one for
the country (singular units and ordinals of Language)."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("de", "In der Schweiz bleibt Lausanne bis heute die einzige Learning City."),
        ("de", "Einzige Schweizer Learning City ist Lausanne."),
        ("de", "Lausanne ist die bisher einzige Schweizer UNESCO Learning City."),
        ("en", "Lausanne is Switzerland's sole member city."),
        ("en", "So far Lausanne is the sole Swiss member city."),
    ],
)
def test_the_only_member_of_a_country(language: str, body: str) -> None:
    assert [(r[1], r[2], r[5]) for r in read_titled(language, body)] == [
        ("country_cities", 1, "CH")
    ]
