"""The present tense of "integrar" says what the network holds, not who joins it: "uma das
15 autarquias portuguesas que integra a rede", "a rede, que integra 15 municípios
portugueses" are Portugal's count; "passam a integrar", "integraram" and the Spanish
reflexive "se integran a la red" are joinings. "Uno de los 14 municipios de México"
counts Mexico's members: one of a whole is the subject, and the place after the whole is
the whole's (while "dos de los 14 ... son de México" is a part's place)."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

C, N, T = "country_cities", "new_cities", "total_cities"

CASES: list[tuple[str, str, list[tuple[str, int, str | None]]]] = [
    ("pt", "Viseu, uma das 15 autarquias portuguesas que integra a rede, organiza o encontro.",
     [(C, 15, "PT")]),
    ("pt", "Viseu é uma das 15 cidades portuguesas que integram a rede.", [(C, 15, "PT")]),
    ("pt", "A rede, que integra 15 municípios portugueses, reúne-se em Viseu.", [(C, 15, "PT")]),
    ("pt", "Neste momento, 15 cidades portuguesas integram a rede.", [(C, 15, "PT")]),
    ("pt", "A rede, que hoje integra 425 cidades, reúne-se em Viseu.", [(T, 425, None)]),
    ("pt", "Braga é um dos 15 municípios de Portugal na rede.", [(C, 15, "PT")]),
    ("pt", "Duas cidades portuguesas passam a integrar a rede.", [(N, 2, "PT")]),
    ("pt", "As duas cidades portuguesas que integraram a rede este ano reúnem-se em Viseu.",
     [(N, 2, "PT")]),
    # being in the round's group or list is being among its newcomers
    ("pt", "Viseu é uma das 64 cidades a integrar a rede. Só dois municípios portugueses"
     " integram o grupo.", [(N, 64, None), (N, 2, "PT")]),
    ("es", "Tepic es una de las 64 ciudades que se integran a la red. Solo tres municipios"
     " mexicanos integran el grupo.", [(N, 64, None), (N, 3, "MX")]),
    ("es", "Tepic es uno de los 14 municipios de México que integran la red.", [(C, 14, "MX")]),
    ("es", "Hoy 14 ciudades mexicanas integran la red.", [(C, 14, "MX")]),
    ("es", "Tres ciudades mexicanas se integran a la red.", [(N, 3, "MX")]),
    ("es", "Las tres ciudades mexicanas que se integraron a la red este año se reunieron.",
     [(N, 3, "MX")]),
    ("en", "Hamburg is one of the 9 cities of Germany in the network.", [(C, 9, "DE")]),
    # a part's place after a verb stays the part's
    ("en", "One of the 64 new members is in Viet Nam.", [(N, 1, "VN"), (N, 64, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_being_part_of_the_network(
    language: str, text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    found = [(m.metric.value, m.value, m.country) for m in mentions(language, text, "2025-12-20")]
    assert found == expected
