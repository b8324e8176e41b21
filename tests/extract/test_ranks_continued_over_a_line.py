"""A rank that continues another over a hard-wrapped line ("la settima città italiana ad
aderire, il borgo\\nlongobardo l'ottava", an it agency page) takes its country as on one
line; a new list item or paragraph still ends the rank before it."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

C = "country_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("it", "la Leonessa è la settima città italiana ad aderire, il borgo\nlongobardo l'ottava.",
     [("settima città italiana", C, 7, "exact", None, "IT"),
      ("ottava", C, 8, "exact", None, "IT")]),
    ("es", "Chía es la octava ciudad colombiana de la red y Envigado,\nen Antioquia, la novena.",
     [("octava ciudad colombiana", C, 8, "exact", None, "CO"),
      ("novena", C, 9, "exact", None, "CO")]),
    ("fr", "Lille est la septième ville française du réseau, et Sarcelles,\nsa voisine, "
     "la huitième.",
     [("septième ville française", C, 7, "exact", None, "FR"),
      ("huitième", C, 8, "exact", None, "FR")]),
    ("it", "la Leonessa è la settima città italiana ad aderire\n\nIl borgo longobardo l'ottava.",
     [("settima città italiana", C, 7, "exact", None, "IT")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_rank_continued_over_a_line(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
