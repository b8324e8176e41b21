"""The network's opening for members dates the network, not the count after it: "over 350
cities have joined since it opened in 2015" is a count of now (as "founded in 2013" is),
not of 2015. Before, the year of the opening made the count historic."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

OPENINGS = [
    ("en", "Over 350 cities have joined the network since it opened in 2015.", "Over 350 cities"),
    (
        "en",
        "Since the network opened for membership in 2015, more than 350 cities have joined it.",
        "more than 350 cities",
    ),
    (
        "en",
        "Opened to new members in 2015, the network counts over 350 cities.",
        "over 350 cities",
    ),
    (
        "de",
        "Seit seiner Öffnung im Jahr 2015 sind dem Netzwerk über 350 Städte beigetreten.",
        "über 350 Städte",
    ),
    (
        "de",
        "Das Netzwerk wurde 2015 für Mitglieder geöffnet; über 350 Städte sind ihm beigetreten.",
        "über 350 Städte",
    ),
    (
        "es",
        "Desde que abrió sus puertas en 2015, más de 350 ciudades se han unido a la red.",
        "más de 350 ciudades",
    ),
    (
        "fr",
        "Depuis son ouverture en 2015, plus de 350 villes ont rejoint le réseau.",
        "plus de 350 villes",
    ),
    (
        "it",
        "Dall'apertura nel 2015, oltre 350 città sono entrate nella rete.",
        "oltre 350 città",
    ),
    (
        "pt",
        "Desde a abertura em 2015, mais de 350 cidades aderiram à rede.",
        "mais de 350 cidades",
    ),
]


@pytest.mark.parametrize(("language", "sentence", "text"), OPENINGS)
def test_a_count_since_the_opening_is_of_now(language: str, sentence: str, text: str) -> None:
    assert read_titled(language, sentence) == [
        (text, "total_cities", 350, "more_than", None, None)
    ]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "In 2015 more than 350 cities had joined the network."),
        ("fr", "En 2015, plus de 350 villes ont rejoint le réseau."),
    ],
)
def test_a_year_without_the_opening_still_dates_the_count(language: str, sentence: str) -> None:
    assert [r[4] for r in read_titled(language, sentence)] == ["2015"]
