"""A clause of the time since which a count holds starts the count; its date does not date
it: "more than 100 cities from 28 countries have joined since cities could first apply, at
the conference held in Mexico City in September 2015" (UIL, August 2016) counts all
members of the day, as "over 350 cities have joined since it opened in 2015" and "Since
the network opened in 2015, more than 350 cities have joined" count all of now. Before,
the opening's date dated the count, judged then (unverifiable) instead of at the text's
date. "When it opened" still dates what follows: a count of that time."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

SINCE = [
    (
        "en",
        "Over 350 cities have joined the network since it opened in 2015.",
        [("Over 350 cities", None)],
    ),
    (
        "en",
        "Since the network opened for membership in 2015, more than 350 cities have joined it.",
        [("more than 350 cities", None)],
    ),
    (
        "de",
        "Seit seiner Öffnung im Jahr 2015 sind dem Netzwerk über 350 Städte beigetreten.",
        [("über 350 Städte", None)],
    ),
    (
        "fr",
        "Depuis son ouverture en 2015, plus de 350 villes ont rejoint le réseau.",
        [("plus de 350 villes", None)],
    ),
    (
        "it",
        "Dall'apertura nel 2015, oltre 350 città sono entrate nella rete.",
        [("oltre 350 città", None)],
    ),
    (
        "en",
        "More than 100 cities from 28 countries have joined the network since cities could "
        "first apply, at the conference held in Mexico City in September 2015.",
        [("More than 100 cities", None), ("28 countries", None)],
    ),
    (
        "en",
        "Over 350 cities have become members since the first call, in September 2015.",
        [("Over 350 cities", None)],
    ),
    (
        "de",
        "Über 350 Städte sind dem Netzwerk beigetreten, seit es im September 2015 die ersten "
        "Bewerbungen annahm.",
        [("Über 350 Städte", None)],
    ),
    (
        "es",
        "Más de 350 ciudades se han sumado a la red desde la primera convocatoria, en "
        "septiembre de 2015.",
        [("Más de 350 ciudades", None)],
    ),
    (
        "pt",
        "Mais de 350 cidades aderiram à rede desde a primeira chamada, em setembro de 2015.",
        [("Mais de 350 cidades", None)],
    ),
    (
        "it",
        "Oltre 350 città sono entrate nella rete da quando fu aperta la prima candidatura, "
        "nel settembre 2015.",
        [("Oltre 350 città", None)],
    ),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), SINCE)
def test_a_date_since_which_a_count_holds_does_not_date_it(
    language: str, sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(r[0], r[4]) for r in read_titled(language, sentence)] == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("en", "The network had 229 members in 2020.", [("229 members", "2020")]),
        (
            "es",
            "Cuando se abrió a miembros, en agosto de 2016 la red tenía apenas 115 ciudades.",
            [("115 ciudades", "2016-08")],
        ),
        (
            "de",
            "Im September 2020 zählte das Netzwerk 229 Mitglieder.",
            [("229 Mitglieder", "2020-09")],
        ),
        (
            "it",
            "Nel 2020 la rete contava 229 città, accolte dalla rete in più tornate.",
            [("229 città", "2020")],
        ),
    ],
)
def test_a_date_of_the_count_still_dates_it(
    language: str, sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(r[0], r[4]) for r in read_titled(language, sentence)] == expected


def test_a_headings_since_does_not_reach_the_paragraph_below() -> None:
    from lcnet.extract import find_mentions, read_document

    page = (
        "<html><body><h1>Hamburg im UNESCO Global Network of Learning Cities</h1>"
        "<h2>Rasantes Wachstum seit dem Start</h2><p>Als das Institut im August 2016 seine "
        "erste Liste veröffentlichte, standen darauf 115 Städte aus 28 Ländern.</p></body></html>"
    )
    found = find_mentions(read_document(page, "html"), "de")
    assert [(m.text, str(m.as_of)) for m in found] == [
        ("115 Städte", "2016-08"),
        ("28 Ländern", "2016-08"),
    ]
