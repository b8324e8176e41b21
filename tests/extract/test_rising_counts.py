"""A count that rises, its unit said before or only in the title: "l'Italia sale a
otto", "Casablanca et Oujda portent le Maroc à neuf", "Colombia rises to ten". The
number alone is the count of the country (or of the network) the verb speaks of."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

Row = tuple[str, str, int, str | None]


def _found(language: str, text: str) -> list[Row]:
    return [
        (m.text, m.metric.value, m.value, m.country)
        for m in find_mentions(read_document(text, "text"), language)
    ]


RISING: list[tuple[str, str, list[Row]]] = [
    ("it", "Learning Cities UNESCO, l'Italia sale a otto", [("otto", "country_cities", 8, "IT")]),
    (
        "it",
        "Rete UNESCO delle città dell'apprendimento: il Marocco arriva così a nove.",
        [("nove", "country_cities", 9, "MA")],
    ),
    (
        "it",
        "Con le nuove ammissioni la rete delle Learning Cities sale a 425.",
        [("425", "total_cities", 425, None)],
    ),
    (
        "fr",
        "Villes apprenantes : Casablanca et Oujda portent le Maroc à neuf",
        [("neuf", "country_cities", 9, "MA")],
    ),
    (
        "fr",
        "Ces adhésions portent le réseau des villes apprenantes à 425.",
        [("425", "total_cities", 425, None)],
    ),
    (
        "fr",
        "Les nouveaux membres portent le Réseau mondial des villes apprenantes à 425\n"
        "villes dans 91 pays.",
        [("425 villes", "total_cities", 425, None), ("91 pays", "total_countries", 91, None)],
    ),
    ("en", "UNESCO learning cities: Colombia rises to ten", [("ten", "country_cities", 10, "CO")]),
    (
        "en",
        "With Hue, the Global Network of Learning Cities takes Viet Nam to six.",
        [("six", "country_cities", 6, "VN")],
    ),
    (
        "es",
        "Ciudades del aprendizaje de la UNESCO: Colombia sube a diez",
        [("diez", "country_cities", 10, "CO")],
    ),
    (
        "es",
        "Con Envigado, la Red Mundial de Ciudades del Aprendizaje lleva a Colombia a nueve.",
        [("nueve", "country_cities", 9, "CO")],
    ),
    (
        "pt",
        "Cidades de aprendizagem da UNESCO: Portugal sobe para 17",
        [("17", "country_cities", 17, "PT")],
    ),
    (
        "de",
        "Das Globale Netzwerk lernender Städte der UNESCO bringt Deutschland auf sechs.",
        [("sechs", "country_cities", 6, "DE")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), RISING)
def test_a_rising_count_without_its_unit_is_read(
    language: str, text: str, expected: list[Row]
) -> None:
    assert _found(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Attendance at the learning cities conference rose to 3,000."),
        ("fr", "Le festival des villes apprenantes porte le nombre de visiteurs à 3000."),
        ("en", "The spokesperson of the learning cities network went to Hamburg on 12 May."),
    ],
)
def test_other_things_that_rise_are_no_figures(language: str, text: str) -> None:
    assert _found(language, text) == []


def test_a_short_headline_keeps_its_pages_language() -> None:
    """fastText reads "l'Italia sale a otto" as French (0.70): a headline of few words
    stays in the language of the page around it unless the model is quite sure (0.8)."""
    page = (
        "<html lang='it'><body><p>Home · Giunta · Comunicati</p>"
        "<h1>Learning Cities UNESCO, l'Italia sale a otto</h1>"
        "<p>Le Learning Cities italiane riconosciute dall'UNESCO sono ora otto, con Brescia "
        "e Cividale del Friuli ammesse giovedì scorso.</p></body></html>"
    )
    found = [(m.text, m.value, m.language) for m in find_mentions(read_document(page, "html"))]
    assert found == [("otto", 8, "it"), ("otto", 8, "it")]
