"""A city that joins more others than any intake has had joins the network, not a
cohort: "a rejoint 177 autres villes" is a total of 178; "joins 71 others" stays new."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

T, N, TC, NC = "total_cities", "new_cities", "total_countries", "new_countries"

CASES: list[tuple[str, str, list[Row]]] = [
    ("fr", "La ville a rejoint en janvier 177 autres villes réparties dans 41 pays.",
     [("177 autres villes", T, 178, "exact", None, None),
      ("41 pays", TC, 41, "exact", None, None)]),
    ("fr", "Ajman rejoint 71 autres villes de 46 pays.",
     [("71 autres villes", N, 72, "exact", None, None), ("46 pays", NC, 46, "exact", None, None)]),
    ("en", "Ajman joins 355 other cities from 79 countries.",
     [("355 other cities", T, 356, "exact", None, None),
      ("79 countries", TC, 79, "exact", None, None)]),
    ("en", "Ajman joins 71 other cities from 46 countries.",
     [("71 other cities", N, 72, "exact", None, None),
      ("46 countries", NC, 46, "exact", None, None)]),
    ("en", "Along with 291 other cities, it joined in 2022.",
     [("291 other cities", T, 292, "exact", "2022", None)]),
    ("es", "Se une a otras 224 ciudades de 64 países.",
     [("otras 224 ciudades", T, 225, "exact", None, None),
      ("64 países", TC, 64, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_more_others_than_any_intake_are_the_network(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected
