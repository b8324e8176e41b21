"""A page, a site or a sign that shows a figure is its speaker, not its owner: "la page
de notre fédération affiche toujours « 356 villes dans 79 pays »" quotes the network's
figures (a stale copy), it does not count the federation's members."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

Row = tuple[str, str, int]


def _found(language: str, text: str) -> list[Row]:
    return [
        (m.text, m.metric.value, m.value)
        for m in find_mentions(read_document(text, "text"), language)
    ]


SHOWN: list[tuple[str, str, list[Row]]] = [
    (
        "fr",
        "Le réseau mondial des villes apprenantes a 425 villes. La page de notre fédération "
        "affiche pourtant toujours « 356 villes dans 79 pays ».",
        [("425 villes", "total_cities", 425), ("356 villes", "total_cities", 356),
         ("79 pays", "total_countries", 79)],
    ),
    (
        "it",
        "La rete delle Learning Cities conta 425 città. Il sito della nostra associazione "
        "mostra ancora «356 città in 79 Paesi».",
        [("425 città", "total_cities", 425), ("356 città", "total_cities", 356),
         ("79 Paesi", "total_countries", 79)],
    ),
    (
        "en",
        "The Global Network of Learning Cities has 425 members. Our association's website "
        'still shows "356 cities in 79 countries".',
        [("425 members", "total_cities", 425), ("356 cities", "total_cities", 356),
         ("79 countries", "total_countries", 79)],
    ),
    (
        "es",
        "La Red Mundial de Ciudades del Aprendizaje tiene 425 ciudades. La web de nuestra "
        "asociación muestra todavía «356 ciudades en 79 países».",
        [("425 ciudades", "total_cities", 425), ("356 ciudades", "total_cities", 356),
         ("79 países", "total_countries", 79)],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), SHOWN)
def test_a_figure_a_page_shows_is_the_networks(
    language: str, text: str, expected: list[Row]
) -> None:
    assert _found(language, text) == expected


def test_an_associations_own_count_stays_its_own() -> None:
    text = (
        "Le réseau mondial des villes apprenantes a 425 villes. Notre association compte "
        "120 membres."
    )
    assert _found("fr", text) == [("425 villes", "total_cities", 425)]
