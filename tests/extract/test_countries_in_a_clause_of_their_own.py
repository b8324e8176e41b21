"""The countries of the network's cities, told in a clause of their own after words
about the network: "one of the 229 members of the GNLC, which is coordinated by UIL,
from 64 countries". The countries were read only when their connector stood right after
the cities (or after a word of a unit); a long stretch about the network between them
lost them (a Vietnamese provincial report, "…do Viện … điều phối, thuộc 64 quốc gia").
Words about something else between them keep the countries someone else's."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

OF_THE_NETWORK = [
    ("en", "Hanoi is one of the 229 members of the network, which is coordinated by the "
           "UNESCO Institute for Lifelong Learning in Hamburg, from 64 countries."),
    ("fr", "Sa Dec est l'une des 229 villes membres du Réseau mondial des villes apprenantes, "
           "coordonné par l'Institut de l'UNESCO pour l'apprentissage tout au long de la vie, "
           "dans 64 pays."),
    ("es", "Medellín es una de las 229 ciudades de la Red Mundial de Ciudades del Aprendizaje, "
           "coordinada por el Instituto de la UNESCO para el Aprendizaje a lo Largo de Toda la "
           "Vida, de 64 países."),
    ("it", "Lucca è una delle 229 città della Rete globale delle città dell'apprendimento, "
           "coordinata dall'Istituto UNESCO per l'apprendimento permanente di Amburgo, in 64 "
           "Paesi."),
    ("vi", "Sa Đéc hiện là một trong 229 thành viên của Mạng lưới các thành phố học tập toàn "
           "cầu (GNLC) do Viện Học tập suốt đời của UNESCO điều phối, thuộc 64 quốc gia và "
           "vùng lãnh thổ."),
]  # fmt: skip

SOMEONE_ELSES = [
    "The network's 425 members sent delegates to a conference with 1,200 participants, "
    "from 90 countries.",
    "The network's 425 members sent delegates to a conference in Jubail, from 90 countries.",
]


def _figures(code: str, line: str) -> list[tuple[str, int]]:
    found = mentions(code, line)
    return [(m.metric.value, int(m.value)) for m in found]


@pytest.mark.parametrize(("code", "line"), OF_THE_NETWORK)
def test_the_countries_after_words_about_the_network_are_its_own(code: str, line: str) -> None:
    assert _figures(code, line) == [("total_cities", 229), ("total_countries", 64)]


@pytest.mark.parametrize("line", SOMEONE_ELSES)
def test_the_countries_after_words_about_something_else_are_not(line: str) -> None:
    assert _figures("en", line) == [("total_cities", 425)]
