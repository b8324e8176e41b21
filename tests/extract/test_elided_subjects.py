"""Counts whose subject is left in the verb ("hoy son nueve", "eran apenas 115"), a
country's counts in the past ("contaba con", "tenía", "zählte"), and "that year" after a
sentence that said the year only with "since"."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

Row = tuple[str, str, int, str, str | None, str | None]

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "es",
        "El municipio se unió en septiembre de 2020. Aquel año, Colombia contaba con seis "
        "ciudades en la red; hoy son nueve, tras la llegada de Chía.",
        [
            ("seis ciudades", "country_cities", 6, "exact", "2020-09", "CO"),
            ("nueve", "country_cities", 9, "exact", None, "CO"),
        ],
    ),
    (
        "es",
        "La red tiene 425 miembros de 91 países. Cuando se abrió a miembros, en agosto de "
        "2016 eran apenas 115.",
        [
            ("425 miembros", "total_cities", 425, "exact", None, None),
            ("91 países", "total_countries", 91, "exact", None, None),
            ("115", "total_cities", 115, "exact", "2016-08", None),
        ],
    ),
    (
        "es",
        "En 2016 la red tenía 115 ciudades. Eran unas 120 al final del año.",
        [
            ("115 ciudades", "total_cities", 115, "exact", "2016", None),
            # "Eran": a past state, of the year said before ("al final del año": 2016)
            ("unas 120", "total_cities", 120, "about", "2016", None),
        ],
    ),
    (
        "pt",
        "A rede reunia 229 cidades em 2020. Hoje são 425, de 91 países.",
        [
            ("229 cidades", "total_cities", 229, "exact", "2020", None),
            ("425", "total_cities", 425, "exact", None, None),
            ("91 países", "total_countries", 91, "exact", None, None),
        ],
    ),
    (  # the verb has a subject of its own: the participants are no count of cities
        "es",
        "La red reúne 294 ciudades. Los participantes eran 300.",
        [("294 ciudades", "total_cities", 294, "exact", None, None)],
    ),
    (  # a figure of another size is no count of the same cities
        "it",
        "La rete conta 425 città. Nel 2024 erano 3.",
        [("425 città", "total_cities", 425, "exact", None, None)],
    ),
    (
        "de",
        "Deutschland zählte damals vier Städte im Netzwerk.",
        [("vier Städte", "country_cities", 4, "exact", None, "DE")],
    ),
    (
        "es",
        "Colombia tenía 6 ciudades en la red.",
        [("6 ciudades", "country_cities", 6, "exact", None, "CO")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_counts_whose_subject_is_left_out(language: str, text: str, expected: list[Row]) -> None:
    found = [
        (
            m.text,
            m.metric.value,
            m.value,
            m.qualifier.value,
            None if m.as_of is None else str(m.as_of),
            m.country,
        )
        for m in mentions(language, text)
    ]
    assert found == expected


MORE: list[tuple[str, str, list[Row]]] = [
    (  # the network named just before: its count, the subject left in the verb
        "it",
        "La Rete globale UNESCO delle città dell'apprendimento è nata nel 2013: "
        "nell'agosto 2016 erano 115. Oggi sono 425, in 91 Paesi.",
        [
            ("115", "total_cities", 115, "exact", "2016-08", None),
            ("425", "total_cities", 425, "exact", None, None),
            ("91 Paesi", "total_countries", 91, "exact", None, None),
        ],
    ),
    (  # the adjective after the noun of an inverted count places it
        "es",
        "Son nueve, desde este jueves, las ciudades colombianas que forman parte de la red.",
        [("nueve", "country_cities", 9, "exact", None, "CO")],
    ),
    (  # a dated document dates what it says
        "en",
        "Our 2021 bid leaflet described a network of 229 cities, which was right at the time.",
        [("229 cities", "total_cities", 229, "exact", "2021", None)],
    ),
    (
        "es",
        "Según el folleto municipal de 2021, la red tenía 229 ciudades.",
        [("229 ciudades", "total_cities", 229, "exact", "2021", None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), MORE)
def test_the_networks_counts_and_dated_documents(
    language: str, text: str, expected: list[Row]
) -> None:
    found = [
        (m.text, m.metric.value, m.value, m.qualifier.value,
         None if m.as_of is None else str(m.as_of), m.country)
        for m in mentions(language, text)
    ]  # fmt: skip
    assert found == expected


LAST: list[tuple[str, str, list[Row]]] = [
    (  # the cue after a number of its own is that number's (a part: test_said_counts)
        "en",
        "The network now has 425 cities in 91 countries, 13 of them represented for the first "
        "time.",
        [
            ("425 cities", "total_cities", 425, "exact", None, None),
            ("91 countries", "total_countries", 91, "exact", None, None),
            ("13 of them", "first_time_countries", 13, "exact", None, None),
        ],
    ),
    (
        "es",
        "La red tenía entonces 170 miembros activos en 53 países.",
        [
            ("170 miembros activos", "total_cities", 170, "exact", None, None),
            ("53 países", "total_countries", 53, "exact", None, None),
        ],
    ),
    ("es", "- Ciudades admitidas: 38", [("38", "new_cities", 38, "exact", None, None)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), LAST)
def test_cues_and_labels_of_their_own(language: str, text: str, expected: list[Row]) -> None:
    found = [
        (m.text, m.metric.value, m.value, m.qualifier.value,
         None if m.as_of is None else str(m.as_of), m.country)
        for m in mentions(language, text)
    ]  # fmt: skip
    assert found == expected


def test_an_adjective_of_nationality_in_an_articles_place() -> None:
    found = [
        (m.text, m.metric.value, m.value, m.country)
        for m in mentions(
            "de", "Deutsche Mitglieder sind vier: Bonn, Hamburg, Gelsenkirchen und Dresden."
        )
    ]
    assert found == [("vier", "country_cities", 4, "DE")]
    assert mentions("de", "Viele deutsche Mitglieder sind vier Jahre dabei.") == []
