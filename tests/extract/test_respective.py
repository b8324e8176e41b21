"""Two counts after the words they count, in order: "UIL put the intake and the new
total at 72 and 425", "bezifferte Aufnahme und Gesamtzahl auf 72 und 425"."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        "UIL put the intake and the new total at 72 and 425.",
        [
            ("72", "new_cities", 72, "exact", None, None),
            ("425", "total_cities", 425, "exact", None, None),
        ],
    ),
    (  # another verb: the numbers after "stood at"
        "en",
        "The intake and the total stood at 72 and 425.",
        [
            ("72", "new_cities", 72, "exact", None, None),
            ("425", "total_cities", 425, "exact", None, None),
        ],
    ),
    (  # other words for the two counts, "as" before the numbers
        "en",
        "The release gave the number of new members and the overall total as 77 and 294.",
        [
            ("77", "new_cities", 77, "exact", None, None),
            ("294", "total_cities", 294, "exact", None, None),
        ],
    ),
    (  # members and countries
        "en",
        "The network's membership and its countries came to 356 and 79 after the round.",
        [
            ("356", "total_cities", 356, "exact", None, None),
            ("79", "total_countries", 79, "exact", None, None),
        ],
    ),
    (  # dated: both numbers are of 2020
        "en",
        "In 2020 the intake and the total were 54 and 229.",
        [
            ("54", "new_cities", 54, "exact", "2020", None),
            ("229", "total_cities", 229, "exact", "2020", None),
        ],
    ),
    (  # no words for what the numbers count: nothing is read
        "en",
        "The new total of 425 was announced; 72 and 46 were the other figures.",
        [],
    ),
    (
        "de",
        "Das UIL bezifferte Aufnahme und Gesamtzahl auf 72 und 425.",
        [
            ("72", "new_cities", 72, "exact", None, None),
            ("425", "total_cities", 425, "exact", None, None),
        ],
    ),
    (
        "de",
        "Die Pressemitteilung bezifferte Neuzugänge und Gesamtzahl auf 55 und 230.",
        [
            ("55", "new_cities", 55, "exact", None, None),
            ("230", "total_cities", 230, "exact", None, None),
        ],
    ),
    (
        "de",
        "Die Mitgliederzahl und die Zahl der Länder lagen bei 294 und 76.",
        [
            ("294", "total_cities", 294, "exact", None, None),
            ("76", "total_countries", 76, "exact", None, None),
        ],
    ),
    (
        "de",
        "Im Jahr 2020 lagen Neuaufnahmen und Gesamtzahl bei 54 und 229.",
        [
            ("54", "new_cities", 54, "exact", "2020", None),
            ("229", "total_cities", 229, "exact", "2020", None),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_each_number_counts_its_word(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
