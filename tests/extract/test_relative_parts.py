"""A part of the figure before it, opened by a relative ("entre as quais", "entre las
cuales", "tra cui", "fra cui", "parmi lesquels"): a part of the network's total is the
country's count, a part of an intake the country's new cities, in every language that
says it so. A real Portuguese page ("230 cidades de 64 países ... integram a rede, entre
as quais 11 cidades portuguesas") had the 11 read as Portugal's intake: the verb of the
total ("integram", are part of) took the part for new cities.
"""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

C, N = "country_cities", "new_cities"

OF_A_TOTAL = [
    ("pt", "Atualmente, 229 cidades de 64 países integram a rede, "
           "entre as quais 11 cidades portuguesas.",
     ("11 cidades portuguesas", C, 11, "PT")),
    ("pt", "A rede reúne 229 cidades de 64 países, entre os quais 11 municípios portugueses.",
     ("11 municípios portugueses", C, 11, "PT")),
    ("es", "Hoy 229 ciudades de 64 países integran la red, "
           "entre las cuales 11 ciudades portuguesas.",
     ("11 ciudades portuguesas", C, 11, "PT")),
    ("es", "La red reúne 229 ciudades de 64 países, entre los cuales 11 municipios portugueses.",
     ("11 municipios portugueses", C, 11, "PT")),
    ("it", "Oggi 229 città di 64 paesi fanno parte della rete, tra cui 11 città portoghesi.",
     ("11 città portoghesi", C, 11, "PT")),
    ("fr", "Aujourd'hui 229 villes de 64 pays font partie du réseau, "
           "parmi lesquels 11 villes portugaises.",
     ("11 villes portugaises", C, 11, "PT")),
]  # fmt: skip

OF_AN_INTAKE = [
    ("pt", "Em setembro entraram 54 cidades de 27 países, "
           "entre as quais três cidades portuguesas.",
     ("três cidades portuguesas", N, 3, "PT")),
    ("es", "En septiembre ingresaron 54 ciudades de 27 países, "
           "entre las cuales tres ciudades portuguesas.",
     ("tres ciudades portuguesas", N, 3, "PT")),
    ("it", "A settembre sono entrate 54 città di 27 paesi, tra cui tre città portoghesi.",
     ("tre città portoghesi", N, 3, "PT")),
    ("it", "A settembre sono entrate 54 città di 27 paesi, fra cui tre città portoghesi.",
     ("tre città portoghesi", N, 3, "PT")),
    ("en", "In September 54 cities from 27 countries joined, "
           "among which three Portuguese cities.",
     ("three Portuguese cities", N, 3, "PT")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), OF_A_TOTAL + OF_AN_INTAKE)
def test_a_part_opened_by_a_relative_goes_with_its_whole(
    language: str, text: str, expected: tuple[str, str, int, str]
) -> None:
    rows = read_titled(language, text)
    assert [(r[0], r[1], r[2], r[5]) for r in rows][-1] == expected


PLACED = [
    ("pt", "Em setembro entraram 77 cidades de 44 países, entre as quais 16 em África.",
     "16 em África"),
    ("es", "En septiembre ingresaron 77 ciudades de 44 países, entre las cuales 16 en África.",
     "16 en África"),
    ("it", "A settembre sono entrate 77 città di 44 paesi, fra cui 16 in Africa.",
     "16 in Africa"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "number"), PLACED)
def test_a_part_named_by_its_region_after_a_relative(
    language: str, text: str, number: str
) -> None:
    rows = read_titled(language, text)
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (rows[0][0], N, 77),
        (rows[1][0], "new_countries", 44),
        (number, N, 16),
    ]
