"""A count named by its head before a verb of rising or amounting ("o número total de
cidades ... ascende a 230", "il numero delle città ammonta a 425"): every such verb of
a language reads the count, as "asciende a" and "s'élève à" already did. A real
Portuguese page stated a total only so, and lcnet found neither it nor its countries."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

T = "total_cities"
C = "country_cities"

RISING: list[tuple[str, str, list[Row]]] = [
    (
        "pt",
        "Com as novas adesões, o número total de cidades que integram a rede ascende a 230,"
        " provenientes de 64 países.",
        [
            (
                "número total de cidades que integram a rede ascende a 230",
                T, 230, "exact", None, None,
            ),
            ("64 países", "total_countries", 64, "exact", None, None),
        ],
    ),
    (
        "pt",
        "O total de cidades da rede eleva-se a 425.",
        [("total de cidades da rede eleva-se a 425", T, 425, "exact", None, None)],
    ),
    (
        "pt",
        "O número de cidades portuguesas na rede aumentou para 17.",
        [("número de cidades portuguesas na rede aumentou para 17", C, 17, "exact", None, "PT")],
    ),
    (
        "pt",
        "O número de cidades da rede totaliza 294.",
        [("número de cidades da rede totaliza 294", T, 294, "exact", None, None)],
    ),
    (
        "es",
        "El número de ciudades de la red creció hasta 356.",
        [("número de ciudades de la red creció hasta 356", T, 356, "exact", None, None)],
    ),
    (
        "es",
        "El total de miembros de la red se sitúa en 425.",
        [("total de miembros de la red se sitúa en 425", T, 425, "exact", None, None)],
    ),
    (
        "es",
        "El número de ciudades mexicanas en la red aumentó a doce.",
        [("número de ciudades mexicanas en la red aumentó a doce", C, 12, "exact", None, "MX")],
    ),
    (
        "es",
        "La cifra de ciudades de la red totaliza 294.",
        [("cifra de ciudades de la red totaliza 294", T, 294, "exact", None, None)],
    ),
    (
        "it",
        "Il numero delle città della rete ammonta a 425.",
        [("numero delle città della rete ammonta a 425", T, 425, "exact", None, None)],
    ),
    (
        "it",
        "Il numero delle città italiane nella rete è cresciuto a dieci.",
        [
            (
                "numero delle città italiane nella rete è cresciuto a dieci",
                C, 10, "exact", None, "IT",
            )
        ],
    ),
    (
        "it",
        "Il totale dei membri della rete si attesta a 356.",
        [("totale dei membri della rete si attesta a 356", T, 356, "exact", None, None)],
    ),
    (
        "fr",
        "Le nombre de villes du réseau grimpe à 425.",
        [("nombre de villes du réseau grimpe à 425", T, 425, "exact", None, None)],
    ),
    (
        "fr",
        "Le nombre total de membres a été porté à 356.",
        [("nombre total de membres a été porté à 356", T, 356, "exact", None, None)],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), RISING)
def test_a_count_head_reads_every_verb_of_rising_or_amounting(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected
