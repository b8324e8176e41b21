"""Found by writing true sentences the way es/pt city pages do: "Con presencia en 91
países, la red suma 425 miembros" (the countries missed: the noun of presence, as its
adjective "presente" already was), in es, pt, fr, it, en; and a figure "valid until last
week" ("La cifra de 356 ciudades, vigente hasta la semana pasada, ...": stale in a text
of the week after the intake) is the count before the news, in es and pt.
"""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

PRESENCE = [
    ("es", "Con presencia en 91 países, la red suma 425 miembros."),
    ("pt", "Com presença em 91 países, a rede soma 425 membros."),
    ("fr", "Avec une présence dans 91 pays, le réseau compte 425 membres."),
    ("it", "Con una presenza in 91 paesi, la rete conta 425 membri."),
    ("en", "With a presence in 91 countries, the network has 425 members."),
]


@pytest.mark.parametrize(("language", "body"), PRESENCE)
def test_the_countries_of_a_presence_are_the_networks(language: str, body: str) -> None:
    found = [(m.metric.value, m.value) for m in mentions(language, body, "2025-12-10")]
    assert found == [("total_countries", 91), ("total_cities", 425)]


VALID_UNTIL = [
    ("es", "La cifra de 356 ciudades, vigente hasta la semana pasada, ya no está actualizada."),
    ("pt", "O número de 356 cidades, válido até à semana passada, já não está atualizado."),
]


@pytest.mark.parametrize(("language", "body"), VALID_UNTIL)
def test_a_figure_valid_until_last_week_is_of_the_news_month(language: str, body: str) -> None:
    found = [(m.value, str(m.as_of)) for m in mentions(language, body, "2025-12-10")]
    assert found == [(356, "2025-12")]
