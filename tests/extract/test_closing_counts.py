"""A country's count closing its clause after a verb of counting, its unit left out:
"Saudi Arabia, whose capital Riyadh entered in the same round, counts eight." A count
with its unit, or of something else, is not one."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CC = "country_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("en", "Saudi Arabia, whose capital Riyadh entered in the same round, counts eight.",
     [("eight", CC, 8, "exact", None, "SA")]),
    ("de", "Deutschland zählt nun vier.", [("vier", CC, 4, "exact", None, "DE")]),
    ("es", "México suma ocho.", [("ocho", CC, 8, "exact", None, "MX")]),
    ("es", "Colombia ya cuenta con nueve, tras el ingreso de Bucaramanga.",
     [("nueve", CC, 9, "exact", None, "CO")]),
    ("es", "Argentina tiene once municipios en la red, mientras que Colombia, con Medellín, "
     "Bogotá y Manizales entre los primeros,\nsuma ocho.",
     [("once municipios", CC, 11, "exact", None, "AR"), ("ocho", CC, 8, "exact", None, "CO")]),
    ("fr", "Le Maroc compte désormais sept.", [("sept", CC, 7, "exact", None, "MA")]),
    ("it", "L'Italia ora conta otto.", [("otto", CC, 8, "exact", None, "IT")]),
    ("pt", "Portugal soma já 17.", [("17", CC, 17, "exact", None, "PT")]),
    ("en", "Germany counts 83 million people.", []),
    ("de", "Gelsenkirchen zählt 260.000 Einwohner.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_count_closing_its_clause_is_the_countrys(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected
