"""A founding date in an aside dates the network, not its figures: "La rete, nata nel
2013, copre ormai 91 Paesi" is a figure of today, not of 2013."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "it",
        "La rete, nata nel 2013, copre ormai 91 Paesi.",
        [("91 Paesi", "total_countries", 91, "exact", None, None)],
    ),
    (
        "it",
        "Nata nel 2013, la rete conta oggi 425 città.",
        [("425 città", "total_cities", 425, "exact", None, None)],
    ),
    (
        "fr",
        "Le réseau, lancé en 2013, couvre désormais 91 pays.",
        [("91 pays", "total_countries", 91, "exact", None, None)],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), CASES)
def test_a_founding_date_dates_no_figure(language: str, body: str, expected: list[Row]) -> None:
    assert read_titled(language, body) == expected
