"""Others joined with a subject: their noun may be left out ("Chía ingresó a la red junto
a otras 71", "Torino è entrata insieme ad altre 63", as "71 autres" and "71 others"
were read), and the subject may be counted by a number word ("Las tres elegidas ... se
suman a la red, junto a otras 52 ciudades": 55, as a Chocó daily wrote of the 2020
intake; lcnet counted one subject, 53, and called it wrong)."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

N = "new_cities"

ALONE: list[tuple[str, str, list[Row]]] = [
    ("es", "Chía ingresó a la red junto a otras 71.", [("otras 71", N, 72, "exact", None, None)]),
    ("pt", "Lisboa entrou na rede juntamente com outras 71.",
     [("outras 71", N, 72, "exact", None, None)]),
    ("pt", "Bissau entrou na rede com outras 71, de 46 países.",
     [("outras 71", N, 72, "exact", None, None), ("46 países", "new_countries", 46, "exact",
                                                  None, None)]),
    ("it", "Torino è entrata nella rete insieme ad altre 63.",
     [("altre 63", N, 64, "exact", None, None)]),
    ("it", "Lucca e Trieste sono entrate nella rete insieme ad altre 52.",
     [("altre 52", N, 54, "exact", None, None)]),
    # no word of company, or a noun after the number that is no unit: nothing
    ("es", "En el foro de Medellín, la delegación de Tunja se sentó junto a otras 5.", []),
    ("es", "Tunja participó en el foro de la red con otras 5 delegaciones.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), ALONE)
def test_others_with_their_noun_left_out(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected


NUMBERED: list[tuple[str, str, list[Row]]] = [
    ("es", "Las dos elegidas entraron a la red junto a otras 62 ciudades.",
     [("otras 62 ciudades", N, 64, "exact", None, None)]),
    ("es", "Las tres elegidas este 2020 se suman a la red, junto a otras 52 ciudades de 27 "
     "países.", [("otras 52 ciudades", N, 55, "exact", None, None),
                 ("27 países", "new_countries", 27, "exact", None, None)]),
    ("pt", "Os três municípios entraram na rede com outras 61 cidades.",
     [("outras 61 cidades", N, 64, "exact", None, None)]),
    ("pt", "As duas escolhidas juntaram-se à rede ao lado de outras 62 cidades.",
     [("outras 62 cidades", N, 64, "exact", None, None)]),
    ("fr", "Les deux villes retenues ont rejoint le réseau avec 62 autres villes.",
     [("62 autres villes", N, 64, "exact", None, None)]),
    # a subject without a number is one
    ("es", "La ciudad elegida entró a la red junto a otras 71 ciudades.",
     [("otras 71 ciudades", N, 72, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), NUMBERED)
def test_a_subject_counted_by_a_number_word_joins_with_the_others(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected
