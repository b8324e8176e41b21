"""Agency copy typed without accents: "38 cidades de 23 paises", "Os 11 municipios
portugueses da rede" (a pt b11 wire story) lost their figures, "paises" and "municipios"
being no unit nouns. In the languages whose texts are sometimes typed so (es, pt, fr,
it) a unit noun is read without its accents too; Vietnamese and German are not folded."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    ("pt", "Nessa ronda entraram 38 cidades de 23 paises.",
     [("38 cidades", "new_cities", 38, "exact", None, None),
      ("23 paises", "new_countries", 23, "exact", None, None)]),
    ("pt", "A rede passou a reunir 170 membros ativos em 53 paises.",
     [("170 membros ativos", "total_cities", 170, "exact", None, None),
      ("53 paises", "total_countries", 53, "exact", None, None)]),
    ("pt", "Os 11 municipios portugueses da rede integram tambem outra rede.",
     [("11 municipios portugueses", "country_cities", 11, "exact", None, "PT")]),
    ("es", "La red suma 425 ciudades en 91 paises.",
     [("425 ciudades", "total_cities", 425, "exact", None, None),
      ("91 paises", "total_countries", 91, "exact", None, None)]),
    ("fr", "Le reseau compte 425 villes dans 91 pays, dont 13 nouveaux Etats.",
     [("425 villes", "total_cities", 425, "exact", None, None),
      ("91 pays", "total_countries", 91, "exact", None, None)]),
    ("it", "La rete conta oggi 425 citta in 91 paesi.",
     [("425 citta", "total_cities", 425, "exact", None, None),
      ("91 paesi", "total_countries", 91, "exact", None, None)]),
    # Vietnamese words differ by their marks alone: "thanh pho" is not folded
    ("vi", "Mạng lưới có 425 thanh pho.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_unit_typed_without_accents(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
