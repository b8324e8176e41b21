"""A country's adjective standing for its cities, their noun left out: the subject of a
count ("le italiane sono otto"), a part of the country's count ("l'une des cinq
françaises"), and ranks ("fu la terza in Italia", "la settima città italiana ..., il
borgo l'ottava")."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

Row = tuple[str, str, int, str | None]

CASES: list[tuple[str, str, list[Row]]] = [
    # the adjective as the subject of a count
    ("it", "Con Brescia le italiane sono ormai otto.", [("otto", "country_cities", 8, "IT")]),
    ("it", "Le italiane sono dunque sei.", [("sei", "country_cities", 6, "IT")]),
    ("fr", "Les françaises sont désormais sept.", [("sept", "country_cities", 7, "FR")]),
    (
        "fr",
        "Les ivoiriennes sont donc deux, sur un total de 356 villes membres.",
        [("deux", "country_cities", 2, "CI"), ("356 villes membres", "total_cities", 356, None)],
    ),
    ("es", "Las colombianas son ya nueve.", [("nueve", "country_cities", 9, "CO")]),
    ("pt", "As portuguesas são agora 17.", [("17", "country_cities", 17, "PT")]),
    # a part of the country's count
    ("it", "Reggio resta una delle sei italiane.", [("sei italiane", "country_cities", 6, "IT")]),
    (
        "fr",
        "Lille est l'une des cinq françaises du réseau.",
        [("cinq françaises", "country_cities", 5, "FR")],
    ),
    (
        "es",
        "Envigado es una de las nueve colombianas.",
        [("nueve colombianas", "country_cities", 9, "CO")],
    ),
    ("pt", "Cascais é uma das 17 portuguesas.", [("17 portuguesas", "country_cities", 17, "PT")]),
    ("de", "Bonn ist eine der acht deutschen.", [("acht deutschen", "country_cities", 8, "DE")]),
    # ranks: a country named after it, or the rank of cities it continues
    (
        "it",
        "Fu la terza in Italia, dopo Torino e Fermo.",
        [("terza in Italia", "country_cities", 3, "IT")],
    ),
    (
        "fr",
        "Gagnoa est la deuxième en Côte d'Ivoire.",
        [("deuxième en Côte d'Ivoire", "country_cities", 2, "CI")],
    ),
    (
        "es",
        "Envigado fue la novena en Colombia.",
        [("novena en Colombia", "country_cities", 9, "CO")],
    ),
    (
        "pt",
        "Cascais foi a terceira em Portugal.",
        [("terceira em Portugal", "country_cities", 3, "PT")],
    ),
    (
        "de",
        "Bonn ist die vierte in Deutschland.",
        [("vierte in Deutschland", "country_cities", 4, "DE")],
    ),
    (
        "it",
        "La Leonessa è la settima città italiana ad aderire, il borgo longobardo l'ottava.",
        [
            ("settima città italiana", "country_cities", 7, "IT"),
            ("ottava", "country_cities", 8, "IT"),
        ],
    ),
    (
        "fr",
        "Gagnoa est la deuxième ville ivoirienne à rejoindre le réseau, Boundiali la troisième.",
        [
            ("deuxième ville ivoirienne", "country_cities", 2, "CI"),
            ("troisième", "country_cities", 3, "CI"),
        ],
    ),
    # no country's count: no country for the rank, a noun that is no unit, another sentence
    ("it", "Reggio è la sesta: prima di lei erano entrate Torino e Fermo.", []),
    ("it", "Per la seconda volta la rete si riunisce a Torino.", []),
    ("it", "È una delle sei squadre italiane in finale.", []),
    (
        "fr",
        "Lille est la cinquième ville française. Roubaix, la sixième.",
        [("cinquième ville française", "country_cities", 5, "FR")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_an_adjective_for_the_noun(language: str, text: str, expected: list[Row]) -> None:
    found = [(m.text, m.metric.value, m.value, m.country) for m in mentions(language, text)]
    assert found == expected
