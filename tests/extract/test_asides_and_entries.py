"""A date in an aside that a participle or a relative pronoun opens before the figure
("The application, submitted in late 2021, was approved alongside entries from 44
countries") is the aside's event's, not the figure's; "entries" counts cities ("three
Kenyan entries were admitted")."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, mentions, row

CASES: list[tuple[str, str, list[Row]]] = [
    ("en", "The county's application, submitted through the national commission in late "
     "2021, was approved in Paris alongside entries from 44 countries.",
     [("44 countries", "new_countries", 44, "exact", None, None)]),
    ("en", "The network, which opened in 2015, now has 356 members.",
     [("356 members", "total_cities", 356, "exact", None, None)]),
    ("en", "Kirklees, named a learning city in 2022, joined a network of 294 cities.",
     [("294 cities", "total_cities", 294, "exact", None, None)]),
    # a date of the figure's own clause still dates it
    ("en", "In 2020, after the correction, the network had 229 members.",
     [("229 members", "total_cities", 229, "exact", "2020", None)]),
    ("en", "The network had, in 2020, 229 members.",
     [("229 members", "total_cities", 229, "exact", "2020", None)]),
    ("en", "Kenya was one of the round's big winners: three Kenyan entries were admitted.",
     [("three Kenyan entries", "new_cities", 3, "exact", None, "KE")]),
    # "places" counts cities where a verb of joining says so (a weak unit)
    ("en", "Kirklees, in England, became one of 77 places in 44 countries to join this year.",
     [("77 places", "new_cities", 77, "exact", None, None),
      ("44 countries", "new_countries", 44, "exact", None, None)]),
    ("en", "The course has 300 places for adult learners.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_an_asides_date_is_not_the_figures(language: str, text: str, expected: list[Row]) -> None:
    assert [row(m) for m in mentions(language, text, "2022-10-06")] == expected
