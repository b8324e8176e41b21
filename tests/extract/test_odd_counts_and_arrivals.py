"""Two English classes from the fresh s10 blog page: "180-odd members" is a count of more
than 180 (as "425-plus" is), and a country that "arrives with two cities" has an intake of
two. Neither exists in the other languages lcnet reads ("und ein paar" is not a suffix)."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, mentions, row

CASES: list[tuple[str, list[Row]]] = [
    ("When I wrote about it last year it had 180-odd members.",
     [("180-odd members", "total_cities", 180, "more_than", "2018", None)]),
    ("The network has 180-odd member cities.",
     [("180-odd member cities", "total_cities", 180, "more_than", None, None)]),
    ("The network has 425-plus members.",
     [("425-plus members", "total_cities", 425, "more_than", None, None)]),
    ("The Netherlands arrives with two cities at once, Groningen and Den Bosch.",
     [("two cities", "new_cities", 2, "exact", None, "NL")]),
    ("Poland arrived with three cities in the July round.",
     [("three cities", "new_cities", 3, "exact", None, "PL")]),
    ("An odd number of cities, 180, was mentioned.", []),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_odd_counts_and_arrivals(body: str, expected: list[Row]) -> None:
    assert [row(m) for m in mentions("en", body, "2019-08-02")] == expected
