"""A placed part said with "only" and the names in brackets: "Delle 205 città della rete,
soltanto due (Torino e Fermo) sono italiane" (a 2019 claim of the store, raiscuola) is
Italy's two; the part without them was read already."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

T, C = "total_cities", "country_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("it", "Delle 205 città della rete, soltanto due (Torino e Fermo) sono italiane.",
     [("205 città", T, 205, "exact", None, None),
      ("due (Torino e Fermo) sono italiane", C, 2, "exact", None, "IT")]),
    ("it", "Delle 205 città della rete, soltanto due sono italiane.",
     [("205 città", T, 205, "exact", None, None),
      ("due sono italiane", C, 2, "exact", None, "IT")]),
    ("fr", "Sur les 205 villes du réseau, seulement deux (Clermont-Ferrand et Mantes-la-Jolie) "
     "sont françaises.",
     [("205 villes", T, 205, "exact", None, None),
      ("deux (Clermont-Ferrand et Mantes-la-Jolie) sont françaises", C, 2, "exact", None, "FR")]),
    ("es", "De las 205 ciudades de la red, solo dos son españolas.",
     [("205 ciudades", T, 205, "exact", None, None),
      ("dos son españolas", C, 2, "exact", None, "ES")]),
    ("en", "Of the 205 cities in the network, only two (Cork and Limerick) are Irish.",
     [("205 cities", T, 205, "exact", None, None),
      ("two (Cork and Limerick) are Irish", C, 2, "exact", None, "IE")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_only_and_names_before_a_placed_part(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected
