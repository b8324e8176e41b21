"""A number, then an ordinal, then the unit: "les deux premières villes vietnamiennes, Sa
Dec et Vinh, ont été admises en 2020" counts two (the ordinal says which ones); an
ordinal alone before a unit still ranks ("la première ville iraquienne")."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "fr",
            "Les deux premières villes vietnamiennes, Sa Dec et Vinh, ont été admises en 2020.",
        ),
        ("pt", "As duas primeiras cidades vietnamitas, Sa Dec e Vinh, entraram em 2020."),
        ("es", "Las dos primeras ciudades vietnamitas, Sa Dec y Vinh, ingresaron en 2020."),
        ("it", "Le prime due città vietnamite, Sa Dec e Vinh, sono entrate nel 2020."),
        ("de", "Die zwei ersten vietnamesischen Mitgliedsstädte traten 2020 bei."),
        ("en", "Vietnam's first two member cities, Sa Dec and Vinh, were admitted in 2020."),
    ],
)
def test_the_first_few_are_a_count(language: str, body: str) -> None:
    assert [(r[1], r[2], r[4], r[5]) for r in read_titled(language, body)] == [
        ("new_cities", 2, "2020", "VN")
    ]


def test_an_ordinal_alone_still_ranks() -> None:
    body = "Erbil est devenue la première ville irakienne du réseau."
    assert [(r[1], r[2], r[5]) for r in read_titled("fr", body)] == [("country_cities", 1, "IQ")]
