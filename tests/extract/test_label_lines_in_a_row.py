"""Label-value lines in a row, as fact boxes saved as text write them ("Städte weltweit:
356" over "Deutsche Städte: 4"): a label's value ends its line, and the next line's label
is not its unit. Before, "356\\nDeutsche Städte" was read as a phrase of 356 German cities,
dropped as implausible, and the box's total was lost (the s9e regional paper)."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_plain

HEAD = "UNESCO Global Network of Learning Cities\n\n"

BOXES = [
    (
        "de",
        "Städte weltweit: 356\nDeutsche Städte: 4\n",
        [("356", "total_cities", 356), ("4", "country_cities", 4)],
    ),
    (
        "de",
        "Infokasten: Learning Cities\nStädte weltweit: 356\nLänder: 91\n",
        [("356", "total_cities", 356), ("91", "total_countries", 91)],
    ),
    (
        "en",
        "Fact box: Learning Cities\nCities worldwide: 425\nGerman cities: 4\n",
        [("425", "total_cities", 425), ("4", "country_cities", 4)],
    ),
    (
        "en",
        "Cities worldwide: 425\nCountries: 91\n",
        [("425", "total_cities", 425), ("91", "total_countries", 91)],
    ),
]


@pytest.mark.parametrize(("language", "box", "expected"), BOXES)
def test_label_lines_in_a_row(
    language: str, box: str, expected: list[tuple[str, str, int]]
) -> None:
    assert [r[:3] for r in read_plain(HEAD + box, language)] == expected


def test_a_wrapped_sentence_after_a_colon_keeps_its_unit() -> None:
    rows = read_plain(HEAD + "The total is: 425\ncities in 91 countries.\n", "en")
    assert [r[:3] for r in rows] == [
        ("425 cities", "total_cities", 425),
        ("91 countries", "total_countries", 91),
    ]
