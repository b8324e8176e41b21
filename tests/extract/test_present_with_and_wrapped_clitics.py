"""Fresh s10 pages: a country "present with" so many cities ("La Corée du Sud y est très
présente avec une vingtaine de villes"), a clitic count over a line end ("le Portugal
en\\ncompte déjà six"), and an Italian copula in the perfect ("le nuove ammesse sono state
65")."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

C = "country_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("fr", "La Corée du Sud y est très présente avec une vingtaine de villes.",
     [("une vingtaine de villes", C, 20, "about", None, "KR")]),
    ("fr", "La Belgique est représentée par deux villes.",
     [("deux villes", C, 2, "exact", None, "BE")]),
    ("it", "La Corea del Sud è molto presente con una ventina di città.",
     [("una ventina di città", C, 20, "about", None, "KR")]),
    ("es", "Corea del Sur está muy presente con una veintena de ciudades.",
     [("una veintena de ciudades", C, 20, "about", None, "KR")]),
    ("pt", "A Coreia do Sul está muito presente com uma vintena de cidades.",
     [("uma vintena de cidades", C, 20, "about", None, "KR")]),
    ("fr", "Le Portugal en\ncompte déjà six.", [("six", C, 6, "exact", None, "PT")]),
    ("it", "Nell'ultima tornata, quella del febbraio 2024, le nuove ammesse sono state 65.",
     [("65", "new_cities", 65, "exact", "2024-02", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_fresh_page_constructions(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
