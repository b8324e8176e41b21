"""The people of the network's cities as an FAQ answers them and as pages name them: two
dev FAQs (es, pt) answered "¿Cuántas personas viven en las ciudades de la red?" with
"Según la UNESCO, casi 500 millones." and "Cerca de 390 milhões, de acordo com a UNESCO."
(both missed: the answer's reader took bare counts of cities under 1000, at the answer's
start, without "about"); a pt blog's "390 milhões de moradores" had a noun of residents
no language knew."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled


def read(language: str, body: str) -> list[Row]:
    return read_titled(language, body)


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "es",
            "¿Cuántas personas viven en las ciudades de la red?\n\nSegún la UNESCO, casi "
            "500 millones.",
            [("casi 500 millones", "citizens", 500000000, "nearly", None, None)],
        ),
        (
            "es",
            "¿Cuántos habitantes suman las ciudades de la red?\n\nUnos 500 millones.",
            [("Unos 500 millones", "citizens", 500000000, "about", None, None)],
        ),
        (
            "pt",
            "Quantas pessoas vivem nas cidades da rede?\n\nCerca de 390 milhões, de acordo "
            "com a UNESCO.",
            [("Cerca de 390 milhões", "citizens", 390000000, "about", None, None)],
        ),
        (
            "fr",
            "Combien d'habitants comptent les villes du réseau ?\n\nSelon l'UNESCO, près de "
            "500 millions.",
            [("près de 500 millions", "citizens", 500000000, "nearly", None, None)],
        ),
        (
            "it",
            "Quante persone vivono nelle città della rete?\n\nSecondo l'UNESCO, circa 500 "
            "milioni.",
            [("circa 500 milioni", "citizens", 500000000, "about", None, None)],
        ),
        (
            "en",
            "How many people live in the network's cities?\n\nAccording to UNESCO, nearly "
            "500 million.",
            [("nearly 500 million", "citizens", 500000000, "nearly", None, None)],
        ),
    ],
)
def test_the_network_s_people_answered(language: str, body: str, expected: list[Row]) -> None:
    assert read(language, body) == expected


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("es", "¿Cuántas personas viven en las ciudades de la red?\n\nCasi 500."),
        ("es", "¿Cuántos habitantes tiene Chía?\n\nUnos 150.000 según el censo."),
        ("pt", "Quantas pessoas vivem em Leme?\n\nCerca de 100 mil."),
        ("en", "How many people live in Leme?\n\nAbout 100,000."),
    ],
)
def test_a_town_s_people_or_a_small_answer_are_none(language: str, body: str) -> None:
    assert read(language, body) == []


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "pt",
            "A rede alcança cerca de 390 milhões de moradores.",
            [("cerca de 390 milhões de moradores", "citizens", 390000000, "about", None, None)],
        ),
        (
            "es",
            "La red reúne a casi 500 millones de residentes.",
            [("casi 500 millones de residentes", "citizens", 500000000, "nearly", None, None)],
        ),
        (
            "fr",
            "Le réseau rassemble près de 500 millions de résidents.",
            [("près de 500 millions de résidents", "citizens", 500000000, "nearly", None, None)],
        ),
        (
            "it",
            "La rete conta circa 500 milioni di residenti.",
            [("circa 500 milioni di residenti", "citizens", 500000000, "about", None, None)],
        ),
    ],
)
def test_residents_are_the_network_s_people(language: str, body: str, expected: list[Row]) -> None:
    assert read(language, body) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        # the question names the network's cities without "network" (s11 FAQ, the sweep):
        # Language.asked_of_network
        (
            "de",
            "Wie viele Menschen leben in diesen Städten?\n\nRund 390 Millionen, so die UNESCO.",
            [("Rund 390 Millionen", "citizens", 390000000, "about", None, None)],
        ),
        (
            "de",
            "Wie viele Menschen leben in UNESCO-Lernstädten?\n\nFast 500 Millionen.",
            [("Fast 500 Millionen", "citizens", 500000000, "nearly", None, None)],
        ),
        (
            "en",
            "How many people live in UNESCO learning cities?\n\nClose to 500 million.",
            [("Close to 500 million", "citizens", 500000000, "nearly", None, None)],
        ),
        (
            "en",
            "How many people live in these cities?\n\nAbout 390 million, UNESCO says.",
            [("About 390 million", "citizens", 390000000, "about", None, None)],
        ),
    ],
)
def test_the_network_s_cities_named_otherwise(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read(language, body) == expected


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "How many people live in Korean cities?\n\nAbout 40 million."),
        ("de", "Wie viele Menschen leben in koreanischen Städten?\n\nRund 40 Millionen."),
    ],
)
def test_a_country_s_cities_are_not_the_network_s(language: str, body: str) -> None:
    assert read(language, body) == []
