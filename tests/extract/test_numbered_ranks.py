"""A member's rank in its country said by a number after its noun, as an ordinal would:
"la ciudad número 14 de México", "o município português n.º 14 da rede" (es, pt:
Language.rank_numbers). The noun keeps its modifiers and the country after it; a rank
word before a noun that counts no member ("la edición número 14") stays unread."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

C = "country_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("es", "Con su ingreso, Tepic pasa a ser la ciudad número 11 de México en la red.",
     [("ciudad número 11", C, 11, "exact", None, "MX")]),
    ("es", "Tepic es desde hoy la ciudad mexicana número 11 del programa.",
     [("ciudad mexicana número 11", C, 11, "exact", None, "MX")]),
    ("es", "Tepic se vuelve la urbe número once de México en sumarse a la red.",
     [("urbe número once", C, 11, "exact", None, "MX")]),
    ("es", "El ayuntamiento celebra ser el municipio colombiano número 9 de la red.",
     [("municipio colombiano número 9", C, 9, "exact", None, "CO")]),
    ("es", "Según la UNESCO, Loja es la ciudad n.º 4 de Ecuador en la red.",
     [("ciudad n.º 4", C, 4, "exact", None, "EC")]),
    ("es", "Tepic, la ciudad No. 11 de México en integrarse a la red, celebró.",
     [("ciudad No. 11", C, 11, "exact", None, "MX")]),
    ("pt", "Com a adesão, Braga passa a ser a cidade número 15 de Portugal na rede.",
     [("cidade número 15", C, 15, "exact", None, "PT")]),
    ("pt", "Braga é agora o município português número quinze da rede.",
     [("município português número quinze", C, 15, "exact", None, "PT")]),
    ("pt", "A autarquia tornou-se a cidade nº 15 de Portugal a integrar a rede.",
     [("cidade nº 15", C, 15, "exact", None, "PT")]),
    # near-misses: a rank word before a noun that counts no member
    ("es", "Es la edición número 14 del encuentro de ciudades de México.", []),
    ("es", "La ciudad ocupa el lugar número 14 de México en calidad de vida.", []),
    ("pt", "É a edição número 14 do encontro das cidades de Portugal.", []),
    ("pt", "A escola número 14 da cidade aderiu ao programa da rede.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_rank_said_by_a_number_after_the_noun(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected
