"""The cities counted in one sentence as the subject of the next, by a pronoun or left out:
"L'UNESCO a ajouté 72 villes au réseau. Elles viennent de 46 pays", "Provengono da 46
Paesi", "Today they number 425, in 91 countries". The countries are the intake's when
the cities before were new, the network's when they were all its members."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "fr",
        "L'UNESCO a ajouté 72 villes au réseau en décembre. Elles viennent de 46 pays.",
        [
            ("72 villes", "new_cities", 72, "exact", None, None),
            ("46 pays", "new_countries", 46, "exact", None, None),
        ],
    ),
    (
        "fr",  # another verb of origin, and all the members: the network's countries
        "Le réseau compte 425 villes. Elles sont issues de 91 pays.",
        [
            ("425 villes", "total_cities", 425, "exact", None, None),
            ("91 pays", "total_countries", 91, "exact", None, None),
        ],
    ),
    (
        "fr",  # a verb of place
        "Le réseau compte 425 villes. Elles sont réparties dans 91 pays.",
        [
            ("425 villes", "total_cities", 425, "exact", None, None),
            ("91 pays", "total_countries", 91, "exact", None, None),
        ],
    ),
    (
        "fr",  # the count itself with the pronoun
        "Le réseau comptait 294 villes en 2022. Elles sont aujourd'hui 425, réparties dans "
        "91 pays.",
        [
            ("294 villes", "total_cities", 294, "exact", "2022", None),
            ("425", "total_cities", 425, "exact", None, None),
            ("91 pays", "total_countries", 91, "exact", None, None),
        ],
    ),
    (
        "it",  # the subject left out
        "Nella rete sono entrate 72 città lo scorso dicembre. Provengono da 46 Paesi.",
        [
            ("72 città", "new_cities", 72, "exact", None, None),
            ("46 Paesi", "new_countries", 46, "exact", None, None),
        ],
    ),
    (
        "it",  # and a part of them, first-time ones
        "La rete ha accolto 72 nuove città. Vengono da 46 Paesi, e per 13 di questi si tratta "
        "del primo ingresso.",
        [
            ("72 nuove città", "new_cities", 72, "exact", None, None),
            ("46 Paesi", "new_countries", 46, "exact", None, None),
            ("13 di questi", "first_time_countries", 13, "exact", None, None),
        ],
    ),
    (
        "en",
        "In December the network admitted 72 cities. They come from 46 countries.",
        [
            ("72 cities", "new_cities", 72, "exact", None, None),
            ("46 countries", "new_countries", 46, "exact", None, None),
        ],
    ),
    (
        "en",
        "The network had 294 cities in 2022. Today they number 425, in 91 countries.",
        [
            ("294 cities", "total_cities", 294, "exact", "2022", None),
            ("425", "total_cities", 425, "exact", None, None),
            ("91 countries", "total_countries", 91, "exact", None, None),
        ],
    ),
    (
        "es",
        "La red incorporó 72 ciudades en diciembre. Proceden de 46 países.",
        [
            ("72 ciudades", "new_cities", 72, "exact", None, None),
            ("46 países", "new_countries", 46, "exact", None, None),
        ],
    ),
    (
        "pt",
        "A rede recebeu 72 novas cidades. Elas vêm de 46 países.",
        [
            ("72 novas cidades", "new_cities", 72, "exact", None, None),
            ("46 países", "new_countries", 46, "exact", None, None),
        ],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), CASES)
def test_the_cities_before_are_the_subject_of_the_next_sentence(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read_titled(language, body) == expected


NOT_THEIRS = [
    # a pronoun for something else: delegates, with no count of cities before it
    ("fr", "Le réseau a réuni 650 délégués. Ils viennent de 90 pays."),
    ("en", "The conference drew 650 delegates. They came from 90 countries."),
    # the cities counted before are a country's, not the network's
    ("it", "L'Italia conta otto città nella rete. Provengono da 5 regioni."),
]


@pytest.mark.parametrize(("language", "body"), NOT_THEIRS)
def test_a_pronoun_for_other_things_counts_no_countries(language: str, body: str) -> None:
    assert [r for r in read_titled(language, body) if r[1].endswith("countries")] == []


# The pronoun after a semicolon, in the cities' own sentence (b11 open-data page: "356
# Mitgliedsstädte; sie liegen in 79 Staaten" was not read), and the date of the cities
# the pronoun stands for, also across sentences and with a verb in the past.
SAME_SENTENCE: list[tuple[str, str, list[Row]]] = [
    (
        "de",
        "Das Netzwerk zählt nach der Runde vom Februar 2024 356 Mitgliedsstädte; sie liegen "
        "in 79 Staaten.",
        [
            ("356 Mitgliedsstädte", "total_cities", 356, "exact", "2024-02", None),
            ("79 Staaten", "total_countries", 79, "exact", "2024-02", None),
        ],
    ),
    (
        "de",  # a connector that holds its verb
        "Im Netzwerk sind 356 Städte; diese verteilen sich auf 79 Länder.",
        [
            ("356 Städte", "total_cities", 356, "exact", None, None),
            ("79 Länder", "total_countries", 79, "exact", None, None),
        ],
    ),
    (
        "de",  # the next sentence, in the past: the cities' date
        "Im Jahr 2022 hatte das Netzwerk 294 Städte. Sie lagen in 76 Staaten.",
        [
            ("294 Städte", "total_cities", 294, "exact", "2022", None),
            ("76 Staaten", "total_countries", 76, "exact", "2022", None),
        ],
    ),
    (
        "en",
        "The network now has 356 member cities; they are located in 79 countries.",
        [
            ("356 member cities", "total_cities", 356, "exact", None, None),
            ("79 countries", "total_countries", 79, "exact", None, None),
        ],
    ),
    (
        "en",
        "In 2022 the network had 294 cities; these were spread across 76 countries.",
        [
            ("294 cities", "total_cities", 294, "exact", "2022", None),
            ("76 countries", "total_countries", 76, "exact", "2022", None),
        ],
    ),
    (
        "en",  # the next sentence: no longer undated (judged as today's, a false alarm)
        "In 2022 the network had 294 cities. They were located in 76 countries.",
        [
            ("294 cities", "total_cities", 294, "exact", "2022", None),
            ("76 countries", "total_countries", 76, "exact", "2022", None),
        ],
    ),
    (
        "en",  # an intake's cities: the intake's countries
        "The network added 64 cities in 2024; they come from 35 countries.",
        [
            ("64 cities", "new_cities", 64, "exact", "2024", None),
            ("35 countries", "new_countries", 35, "exact", "2024", None),
        ],
    ),
    (
        "fr",
        "En 2022, le réseau comptait 294 villes ; elles étaient réparties dans 76 pays.",
        [
            ("294 villes", "total_cities", 294, "exact", "2022", None),
            ("76 pays", "total_countries", 76, "exact", "2022", None),
        ],
    ),
    (
        "es",
        "En 2022 la red tenía 294 ciudades; ellas estaban en 76 países.",
        [
            ("294 ciudades", "total_cities", 294, "exact", "2022", None),
            ("76 países", "total_countries", 76, "exact", "2022", None),
        ],
    ),
    (
        "it",
        "Nel 2022 la rete contava 294 città; esse si trovavano in 76 paesi.",
        [
            ("294 città", "total_cities", 294, "exact", "2022", None),
            ("76 paesi", "total_countries", 76, "exact", "2022", None),
        ],
    ),
    (
        "pt",
        "Em 2022 a rede tinha 294 cidades; elas estavam em 76 países.",
        [
            ("294 cidades", "total_cities", 294, "exact", "2022", None),
            ("76 países", "total_countries", 76, "exact", "2022", None),
        ],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), SAME_SENTENCE)
def test_a_pronoun_after_a_semicolon_and_the_cities_date(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read_titled(language, body) == expected


@pytest.mark.parametrize(
    ("language", "body"),
    [
        # a pronoun for people after the semicolon, no count of cities before it
        ("en", "The congress drew 650 delegates; they came from 90 countries."),
        ("de", "Der Kongress hatte 650 Gäste; sie kamen aus 90 Ländern."),
        # a country's own cities before the semicolon
        ("de", "Deutschland hat vier Mitgliedsstädte; sie liegen in 3 Bundesländern."),
    ],
)
def test_a_semicolons_pronoun_for_other_things_counts_no_countries(
    language: str, body: str
) -> None:
    assert [r for r in read_titled(language, body) if r[1].endswith("countries")] == []
