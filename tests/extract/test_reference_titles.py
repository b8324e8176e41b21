"""A figure in the quoted title of a reference list's entry is of the cited source's year:
'3. "170 active members in 53 countries". UIL, 2019.' on an encyclopaedia page last edited
in 2023 is historic, not a stale claim of 2023. Before, the title's figures had no date."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_plain

PAGE = "UNESCO Global Network of Learning Cities\n\nThe network has 294 members.\n\nReferences\n"

ENTRIES = [
    ('3. "170 active members in 53 countries". UIL, 2019.', "2019"),
    ('^ "UNESCO learning cities: 356 members" (2024). UNESCO. Retrieved 1 May.', "2024"),
    ("[4] \u201c229 cities in 64 countries\u201d, UIL, 2021.", "2021"),
    ('- "Network reaches 229 cities". Hamburg: UIL, 2020.', "2020"),
]


@pytest.mark.parametrize(("entry", "year"), ENTRIES)
def test_a_reference_titles_figures_are_of_the_cited_year(entry: str, year: str) -> None:
    rows = read_plain(PAGE + entry + "\n", "en")
    assert rows[0][4] is None  # the page's own statement
    assert {r[4] for r in rows[1:]} == {year}


@pytest.mark.parametrize(
    "line",
    [
        '- "The network has 425 members", the mayor said.',
        'The mayor said: "The network has 425 members." He spoke in 2024 at length today.',
    ],
)
def test_a_quote_that_is_no_reference_is_not_dated_so(line: str) -> None:
    rows = read_plain(PAGE + line + "\n", "en")
    assert [r[4] for r in rows] == [None, None]
