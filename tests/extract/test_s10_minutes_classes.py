"""Classes from the fresh s10 dev pages (a committee's minutes, hard-wrapped, where the
network is named in an agenda item far from the title, so the page is not about it as a
whole): the people of the cities counted before in the sentence ("294 Städte in 76 Staaten,
die zusammen für mehr als 300 Millionen Einwohner stehen", "which together are home to"),
and a country's members "represented" so far ("Aus Deutschland sind bislang drei Städte
vertreten"). Delegates at a conference are not members; a country's population is no
figure of the network."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.extract.titled import Row, row

T, C, P, CC = "total_cities", "total_countries", "citizens", "country_cities"

_PAGES = {
    "en": (
        "Minutes",
        ("Item 4: application to the UNESCO Global Network of Learning Cities (GNLC)."),
        "Unrelated text here. ",
    ),
    "de": (
        "Niederschrift",
        ("TOP 4: Bewerbung um Aufnahme in das UNESCO Global Network of Learning Cities (GNLC)."),
        "Text ohne Bezug. ",
    ),
    "fr": (
        "Procès-verbal",
        ("Point 4 : candidature au Réseau mondial des villes apprenantes de l'UNESCO."),
        "Texte sans rapport. ",
    ),
    "es": (
        "Acta",
        ("Punto 4: candidatura a la Red Mundial de Ciudades del Aprendizaje de la UNESCO."),
        "Texto sin relación. ",
    ),
}


def _page(language: str, sentence: str) -> str:
    title, name, filler = _PAGES[language]
    return f"{title}\n\n{filler * 30}\n\n{name}\n\n{sentence}\n"


CASES: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        (
            "After the last round it has 294 cities in 76 countries,"
            " which together are home to more than 300 million "
            "people."
        ),
        [
            ("294 cities", T, 294, "exact", None, None),
            ("76 countries", C, 76, "exact", None, None),
            ("more than 300 million people", P, 300000000, "more_than", None, None),
        ],
    ),
    (
        "de",
        (
            "Nach der letzten Runde gehören ihm 294 Städte in 76 "
            "Staaten an, die zusammen für mehr als 300 Millionen "
            "Einwohnerinnen und Einwohner stehen."
        ),
        [
            ("294 Städte", T, 294, "exact", None, None),
            ("76 Staaten", C, 76, "exact", None, None),
            (
                "mehr als 300 Millionen Einwohnerinnen und Einwohner",
                P,
                300000000,
                "more_than",
                None,
                None,
            ),
        ],
    ),
    (
        "fr",
        (
            "Après la dernière sélection, il compte 294 villes dans "
            "76 pays, qui rassemblent plus de 300 millions "
            "d'habitants."
        ),
        [
            ("294 villes", T, 294, "exact", None, None),
            ("76 pays", C, 76, "exact", None, None),
            ("plus de 300 millions d'habitants", P, 300000000, "more_than", None, None),
        ],
    ),
    (
        "es",
        (
            "Tras la última ronda cuenta con 294 ciudades en 76 "
            "países, que suman más de 300 millones de habitantes."
        ),
        [
            ("294 ciudades", T, 294, "exact", None, None),
            ("76 países", C, 76, "exact", None, None),
            ("más de 300 millones de habitantes", P, 300000000, "more_than", None, None),
        ],
    ),
    (
        "en",
        "Three German cities are represented so far.",
        [
            ("Three German cities", CC, 3, "exact", None, "DE"),
        ],
    ),
    (
        "de",
        "Aus Deutschland sind bislang drei Städte vertreten.",
        [
            ("drei Städte", CC, 3, "exact", None, "DE"),
        ],
    ),
    (
        "de",
        "Auf der Konferenz in Jubail waren 40 Städte vertreten.",
        [],
    ),
    (
        "en",
        "Germany has 83 million people.",
        [],
    ),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES)
def test_fresh_page_classes(language: str, sentence: str, expected: list[Row]) -> None:
    found = find_mentions(read_document(_page(language, sentence), "text"), language)
    assert [row(m) for m in found] == expected
