"""A headline's count followed by its site's name after a bar or a dash ("Città che
apprendono: l'Italia sale a otto | Notiziario CPIA") ends there as at a full stop; and a
country's count that rises, in French as in Italian ("la France passe à huit")."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

C, T = "country_cities", "total_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("it", "Città che apprendono: l'Italia sale a otto | Notiziario CPIA",
     [("otto", C, 8, "exact", None, "IT")]),
    ("it", "Città che apprendono: l'Italia sale a otto - Notiziario CPIA",
     [("otto", C, 8, "exact", None, "IT")]),
    ("it", "Città che apprendono: la rete arriva a 425 – Il Giornale",
     [("425", T, 425, "exact", None, None)]),
    ("fr", "Villes apprenantes : le réseau en compte désormais 425 | Le Journal",
     [("425", T, 425, "exact", None, None)]),
    ("fr", "Villes apprenantes : la France passe à huit | Le Journal",
     [("huit", C, 8, "exact", None, "FR")]),
    ("fr", "La France monte à huit.", [("huit", C, 8, "exact", None, "FR")]),
    ("fr", "Le prix du ticket passe à deux euros.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_headline_count_before_its_site(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
