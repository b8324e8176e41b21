"""A count said after its head and a copula, also in the reported speech of minutes and
news: "die Zahl der Mitglieder sei eher knapp 300", "die Gesamtzahl der Mitglieder war
229" (Language.count_verbs). A year after the copula is no count."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, mentions, row

T = "total_cities"

CASES: list[tuple[str, list[Row]]] = [
    ("Herr P. merkt an, die Zahl der Mitglieder sei eher knapp 300, entscheidend sei der"
     " Austausch.", [("Zahl der Mitglieder sei eher knapp 300", T, 300, "nearly", None, None)]),
    ("Die Zahl der Mitgliedsstädte ist 356.",
     [("Zahl der Mitgliedsstädte ist 356", T, 356, "exact", None, None)]),
    ("Die Gesamtzahl der Mitglieder war 229.",
     [("Gesamtzahl der Mitglieder war 229", T, 229, "exact", None, None)]),
    ("Die Zahl der Mitgliedsstädte wäre wohl 300, sagte sie.",
     [("Zahl der Mitgliedsstädte wäre wohl 300", T, 300, "exact", None, None)]),
    ("Die Zahl der Mitgliedsstädte ist seit 2016 gewachsen.", []),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_a_count_after_its_head_and_a_copula(body: str, expected: list[Row]) -> None:
    assert [row(m) for m in mentions("de", body, "2023-03-14")] == expected
