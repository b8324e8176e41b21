"""A counted subject and its others: "Deux villes du Sénégal ont rejoint le réseau, avec
53 autres villes" counts 55 (the two and the 53), as named subjects do; an intake the
subjects are part of ("aux côtés de 72 nouveaux membres") counts itself; a number after
an opening quote is read as any other."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

Row = tuple[str, str, int, str | None]


def _found(language: str, text: str) -> list[Row]:
    return [
        (m.text, m.metric.value, m.value, m.country)
        for m in find_mentions(read_document(text, "text"), language)
    ]


COUNTED: list[tuple[str, str, list[Row]]] = [
    (
        "fr",
        "Deux villes du Sénégal ont rejoint le réseau des villes apprenantes lors de "
        "cette admission, avec 53 autres villes de 27 pays.",
        [
            ("Deux villes", "new_cities", 2, "SN"),
            ("53 autres villes", "new_cities", 55, None),
            ("27 pays", "new_countries", 27, None),
        ],
    ),
    (
        "fr",
        "Trois villes du Maroc sont admises cette fois dans le réseau des villes "
        "apprenantes, ainsi que 52 autres villes.",
        [("Trois villes", "new_cities", 3, "MA"), ("52 autres villes", "new_cities", 55, None)],
    ),
    (
        "en",
        "Three Moroccan cities joined the UNESCO Global Network of Learning Cities, along "
        "with 52 other cities from 27 countries.",
        [
            ("Three Moroccan cities", "new_cities", 3, "MA"),
            ("52 other cities", "new_cities", 55, None),
            ("27 countries", "new_countries", 27, None),
        ],
    ),
    (
        "it",
        "Tre città marocchine sono entrate nella Rete globale delle città dell'apprendimento "
        "insieme ad altre 52 città di 27 Paesi.",
        [
            ("Tre città marocchine", "new_cities", 3, "MA"),
            ("altre 52 città", "new_cities", 55, None),
            ("27 Paesi", "new_countries", 27, None),
        ],
    ),
    (
        "es",
        "Dos ciudades colombianas ingresaron en la Red Mundial de Ciudades del Aprendizaje "
        "de la UNESCO junto con otras 62 ciudades de 35 países.",
        [
            ("Dos ciudades colombianas", "new_cities", 2, "CO"),
            ("otras 62 ciudades", "new_cities", 64, None),
            ("35 países", "new_countries", 35, None),
        ],
    ),
    (
        "pt",
        "Duas cidades portuguesas aderiram à Rede Global de Cidades de Aprendizagem da "
        "UNESCO, juntamente com outras 70 cidades de 45 países.",
        [
            ("Duas cidades portuguesas", "new_cities", 2, "PT"),
            ("outras 70 cidades", "new_cities", 72, None),
            ("45 países", "new_countries", 45, None),
        ],
    ),
    (
        "de",
        "Zwei deutsche Städte sind dem Globalen Netzwerk lernender Städte der UNESCO "
        "beigetreten, zusammen mit 62 weiteren Städten aus 33 Ländern.",
        [
            ("Zwei deutsche Städte", "new_cities", 2, "DE"),
            ("62 weiteren Städten", "new_cities", 64, None),
            ("33 Ländern", "new_countries", 33, None),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), COUNTED)
def test_a_counted_subject_is_counted_with_its_others(
    language: str, text: str, expected: list[Row]
) -> None:
    assert _found(language, text) == expected


def test_a_rank_before_the_verb_is_no_subject_to_count() -> None:
    text = (
        "Huế là thành viên thứ ba của Việt Nam trong Mạng lưới các thành phố học tập toàn "
        "cầu của UNESCO, gia nhập năm 2022 cùng 76 thành phố khác."
    )
    assert [m.value for m in find_mentions(read_document(text, "text"), "vi")][-1] == 77


THE_INTAKE: list[tuple[str, str, list[Row]]] = [
    (
        "fr",
        "Le réseau des villes apprenantes accueille Casablanca et Oujda, "
        "aux côtés de 72 nouveaux membres issus de 46 pays.",
        [("72 nouveaux membres", "new_cities", 72, None), ("46 pays", "new_countries", 46, None)],
    ),
    (
        "en",
        "Casablanca and Oujda were admitted to the UNESCO Global Network of Learning Cities "
        "alongside 72 new members from 46 countries.",
        [("72 new members", "new_cities", 72, None), ("46 countries", "new_countries", 46, None)],
    ),
    (
        "it",
        "Brescia e Cividale sono state ammesse nella Rete globale delle città "
        "dell'apprendimento insieme a 72 nuovi membri di 46 Paesi.",
        [("72 nuovi membri", "new_cities", 72, None), ("46 Paesi", "new_countries", 46, None)],
    ),
    (
        "en",  # without "new", "along with 71 cities" still counts the subject
        "Hanoi joined the UNESCO Global Network of Learning Cities along with 71 cities.",
        [("71 cities", "new_cities", 72, None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), THE_INTAKE)
def test_new_members_alongside_are_the_intake_itself(
    language: str, text: str, expected: list[Row]
) -> None:
    assert _found(language, text) == expected


QUOTED: list[tuple[str, str, list[Row]]] = [
    (
        "fr",
        '"Deux villes du Sénégal ont rejoint le Réseau mondial des villes apprenantes."',
        [("Deux villes", "new_cities", 2, "SN")],
    ),
    (
        "it",
        "\u201cOtto città italiane fanno parte della Rete globale delle città "
        "dell'apprendimento.\u201d",
        [("Otto città italiane", "country_cities", 8, "IT")],
    ),
    (
        "es",
        '"Dos ciudades colombianas ingresaron en la Red Mundial de Ciudades del Aprendizaje."',
        [("Dos ciudades colombianas", "new_cities", 2, "CO")],
    ),
    (
        "en",
        "\u201cSixty cities have joined the UNESCO Global Network of Learning Cities.\u201d",
        [("Sixty cities", "new_cities", 60, None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), QUOTED)
def test_a_number_word_after_an_opening_quote_is_read(
    language: str, text: str, expected: list[Row]
) -> None:
    assert _found(language, text) == expected
