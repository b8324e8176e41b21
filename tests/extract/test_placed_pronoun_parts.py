"""A part of the cities before it, named by a pronoun and placed by what follows ("Las
ciudades admitidas proceden de 44 países; dieciséis de ellas están en África", "Os novos
membros vêm de 35 países; sete deles ficam na África": missed on two dev pages), in every
language with such pronouns: after countries, the part counts the cities the clause
named before them, new where a verb of joining admitted them. And two readings of a
network's description as now, from a dev page: "Girona aspira a entrar en 'una red de
230 ciudades'" (no future count: the network it would join) and a word of applying past
a colon ('...: el texto es anterior a la candidatura') that made the 230 candidates.
"""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

PARTS = [
    ("es", "Las ciudades admitidas proceden de 44 países; dieciséis de ellas están en África.",
     (16, "new_cities", "africa")),
    ("pt", "Os novos membros vêm de 35 países; sete deles ficam na África.",
     (7, "new_cities", "africa")),
    ("en", "The network admitted 77 new cities from 44 countries, 16 of them in Africa.",
     (16, "new_cities", "africa")),
    ("fr", "Le réseau accueille 77 nouvelles villes de 44 pays ; seize d'entre elles sont "
           "en Afrique.", (16, "new_cities", "africa")),
    ("es", "Ingresaron 77 ciudades de 44 países; dieciséis de ellas están en África.",
     (16, "new_cities", "africa")),
    ("es", "La red tiene 294 ciudades; 40 de ellas están en América Latina.",
     (40, "total_cities", "latin-america-caribbean")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "expected"), PARTS)
def test_a_placed_part_named_by_a_pronoun(
    language: str, body: str, expected: tuple[int, str, str]
) -> None:
    found = [(m.value, m.metric.value, m.region) for m in mentions(language, body, "2022-09-03")]
    assert found[-1] == expected


def test_a_part_without_a_place_is_still_no_figure() -> None:
    found = mentions("es", "Ingresaron 77 ciudades de 44 países; dieciséis de ellas son pequeñas.")
    assert [m.value for m in found] == [77, 44]


def test_a_city_that_aspires_to_join_describes_the_network() -> None:
    body = 'La web todavía dice que Girona aspira a entrar en "una red de 230 ciudades".'
    found = mentions("es", body, "2022-09-20")
    assert [(m.metric.value, m.value) for m in found] == [("total_cities", 230)]


def test_a_word_of_applying_past_a_colon_is_another_clause() -> None:
    body = (
        'La web dice que Girona busca entrar en "una red de 230 ciudades": el texto es '
        "anterior a la candidatura."
    )
    found = mentions("es", body, "2022-09-20")
    assert [(m.metric.value, m.value) for m in found] == [("total_cities", 230)]


def test_a_network_that_aspires_to_a_count_is_still_a_forecast() -> None:
    assert mentions("es", "La red aspira a reunir 500 ciudades en 2030.") == []
