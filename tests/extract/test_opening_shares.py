"""A nationality's share of an intake told in the sentence before, opening its own
sentence: "Tres de ellos son colombianos", "Três delas são brasileiras", "Two of them are
Thai". Without an intake before it ("La red tiene 425 ciudades. Dos de ellas son
chilenas"), or without a nationality ("Três delas são do norte"), it is no figure."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

N, NC, T, CC = "new_cities", "new_countries", "total_cities", "country_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("es", "En septiembre la UNESCO aprobó 54 ingresos procedentes de 27 países. Tres de "
     "ellos son colombianos: Quibdó, Rionegro y Tunja.",
     [("54 ingresos", N, 54, "exact", None, None),
      ("27 países", NC, 27, "exact", None, None),
      ("Tres de ellos son colombianos", N, 3, "exact", None, "CO")]),
    ("es", "Se sumaron 72 ciudades. Dos de ellas son mexicanas: Chihuahua y Culiacán.",
     [("72 ciudades", N, 72, "exact", None, None),
      ("Dos de ellas son mexicanas", N, 2, "exact", None, "MX")]),
    ("pt", "Entraram 64 cidades. Três delas são brasileiras: Curitiba, Leme e Recife.",
     [("64 cidades", N, 64, "exact", None, None),
      ("Três delas são brasileiras", N, 3, "exact", None, "BR")]),
    ("en", "Seventy-two cities joined the network. Two of them are Thai.",
     [("Seventy-two cities", N, 72, "exact", None, None),
      ("Two of them are Thai", N, 2, "exact", None, "TH")]),
    ("fr", "72 villes ont rejoint le réseau. Deux d'entre elles sont marocaines.",
     [("72 villes", N, 72, "exact", None, None),
      ("Deux d'entre elles sont marocaines", N, 2, "exact", None, "MA")]),
    ("it", "Sono entrate 72 città. Due di queste sono italiane.",
     [("72 città", N, 72, "exact", None, None),
      ("Due di queste sono italiane", N, 2, "exact", None, "IT")]),
    # no intake before it, or no nationality: no figure of its own
    ("es", "La red tiene 425 ciudades. Dos de ellas son chilenas.",
     [("425 ciudades", T, 425, "exact", None, None)]),
    ("pt", "A rede tem 17 cidades portuguesas. Três delas são do norte.",
     [("17 cidades portuguesas", CC, 17, "exact", None, "PT")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_nationalitys_share_opens_its_sentence(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected
