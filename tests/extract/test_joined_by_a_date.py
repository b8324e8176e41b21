"""Cities that had joined by a date are all the members then, not an intake: "By August
2016 more than 100 cities had joined, from 28 countries", "Bis Ende 2022 waren 294
Städte aufgenommen worden"."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        "By August 2016 more than 100 cities had joined, from 28 countries.",
        [
            ("more than 100 cities", "total_cities", 100, "more_than", "2016-08", None),
            ("28 countries", "total_countries", 28, "exact", "2016-08", None),
        ],
    ),
    (
        "en",
        "By 2019, 170 cities from 53 countries had joined the network.",
        [
            ("170 cities", "total_cities", 170, "exact", "2019", None),
            ("53 countries", "total_countries", 53, "exact", "2019", None),
        ],
    ),
    (  # another verb
        "en",
        "By the end of 2022, 294 cities had become members.",
        [("294 cities", "total_cities", 294, "exact", "2022", None)],
    ),
    (  # "in 2022" dates an intake
        "en",
        "In 2022, 77 cities joined.",
        [("77 cities", "new_cities", 77, "exact", "2022", None)],
    ),
    (
        "de",
        "Bis August 2016 waren über 100 Städte aus 28 Ländern beigetreten.",
        [
            ("über 100 Städte", "total_cities", 100, "more_than", "2016-08", None),
            ("28 Ländern", "total_countries", 28, "exact", "2016-08", None),
        ],
    ),
    (
        "de",
        "Bis Ende 2022 waren 294 Städte aufgenommen worden.",
        [("294 Städte", "total_cities", 294, "exact", "2022", None)],
    ),
    (
        "de",
        "Im Jahr 2022 wurden 77 Städte aufgenommen.",
        [("77 Städte", "new_cities", 77, "exact", "2022", None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_joined_by_a_date_is_a_total(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
