"""Words for places that are not "cities" ("locations", "communes", "località",
"Standorte", "provincias") count the network's members only beside a verb of joining in
their clause, even when the members' names stand between the count and its verb ("Three
Thai provinces, Tak, Rayong and Satun, were added"); a place word without one is not
a figure, even on a page about the network."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled


@pytest.mark.parametrize(
    ("language", "body", "country"),
    [
        ("en", "This round, Rayong is one of three locations in Thailand entering the network.",
         "TH"),
        ("en", "Three Thai provinces, Tak, Rayong and Satun, were added to the list this year.",
         "TH"),
        ("fr", "Trois communes françaises ont rejoint le réseau.", "FR"),
        ("fr", "Trois communes françaises, Clermont, Évry et Nantes, ont rejoint le réseau.",
         "FR"),
        ("it", "Tre località italiane sono entrate nella rete.", "IT"),
        ("de", "Drei deutsche Standorte, Mannheim, Bonn und Hamburg, sind dem Netzwerk"
               " beigetreten.", "DE"),
        ("es", "Tres provincias argentinas, Córdoba, Mendoza y Salta, ingresaron a la red.",
         "AR"),
        ("pt", "Três províncias angolanas aderiram à rede.", "AO"),
    ],
)  # fmt: skip
def test_a_place_word_beside_a_verb_of_joining(language: str, body: str, country: str) -> None:
    assert [(r[1], r[2], r[5]) for r in read_titled(language, body)] == [
        ("new_cities", 3, country)
    ]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "The festival drew visitors from 40 locations."),
        ("en", "Thailand has 77 provinces, Bangkok, Chiang Mai and Phuket among them, and many"
               " joined."),
        ("fr", "La région compte 300 communes."),
        ("it", "La provincia conta 80 località turistiche."),
        ("de", "Der Verein hat 12 Standorte in Bayern."),
    ],
)  # fmt: skip
def test_a_place_word_alone_is_no_figure(language: str, body: str) -> None:
    assert read_titled(language, body) == []
