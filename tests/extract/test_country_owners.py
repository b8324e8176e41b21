"""A country owns a count across an adverb ("compte ainsi deux villes") and through a
word that stands for it ("the Kingdom has five members")."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions


def owners(language: str, body: str) -> list[tuple[str, str, int, str | None]]:
    return [(m.text, m.metric.value, m.value, m.country) for m in mentions(language, body)]


ADVERBS = [
    (
        "fr",
        "La France compte ainsi deux villes membres du réseau.",
        "deux villes membres",
        2,
        "FR",
    ),
    ("es", "En México, sólo dos ciudades son parte de ella.", "dos ciudades", 2, "MX"),
    ("en", "Vietnam thus has six cities in the network.", "six cities", 6, "VN"),
    ("pt", "Portugal tem assim onze cidades na rede.", "onze cidades", 11, "PT"),
    ("it", "L'Italia conta così sei città nella rete.", "sei città", 6, "IT"),
    ("de", "Deutschland hat damit vier Städte im Netzwerk.", "vier Städte", 4, "DE"),
    ("fr", "La France y compte deux villes, Clermont-Ferrand et Mantes.", "deux villes", 2, "FR"),
    (
        "fr",
        "Le Maroc aligne ainsi quatre villes apprenantes.",
        "quatre villes apprenantes",
        4,
        "MA",
    ),
    ("es", "En Colombia son ya ocho las integrantes.", "ocho las integrantes", 8, "CO"),
]


@pytest.mark.parametrize(("language", "body", "text", "value", "country"), ADVERBS)
def test_an_adverb_between_a_country_and_its_count(
    language: str, body: str, text: str, value: int, country: str
) -> None:
    assert owners(language, body) == [(text, "country_cities", value, country)]


SUBJECTS = [
    (
        "en",
        "Jubail and Yanbu are in Saudi Arabia. The Kingdom has five members in the network.",
        "five members",
        5,
        "SA",
    ),
    (
        "fr",
        "Ifrane est au Maroc. Un an plus tard, le Royaume compte quatre villes membres.",
        "quatre villes membres",
        4,
        "MA",
    ),
    (
        "es",
        "Colombia se sumó en 2017. Hoy el país tiene nueve ciudades.",
        "nueve ciudades",
        9,
        "CO",
    ),
]


@pytest.mark.parametrize(("language", "body", "text", "value", "country"), SUBJECTS)
def test_a_word_for_the_country_named_before_owns_the_count(
    language: str, body: str, text: str, value: int, country: str
) -> None:
    assert owners(language, body) == [(text, "country_cities", value, country)]


def test_a_word_for_a_country_with_none_named_before_owns_nothing() -> None:
    # no country named: a small count whose owner is unknown is no figure at all
    assert owners("en", "The Kingdom has five members in the network.") == []


def test_a_japanese_list_closed_by_nado_stands_between_a_country_and_its_count() -> None:
    body = "同ネットワークには日本から岡山市など２都市、ベトナムから3都市が加盟している。"
    assert [(m.text, m.value, m.country) for m in mentions("ja", body)] == [
        ("２都市", 2, "JP"),
        ("3都市", 3, "VN"),
    ]


def test_vietnamese_the_first_two_cities_of_viet_nam() -> None:
    body = "Hai thành phố đầu tiên của Việt Nam vào mạng lưới là Sa Đéc và Vinh, năm 2020."
    found = [
        (m.text, m.metric.value, m.value, m.country, str(m.as_of)) for m in mentions("vi", body)
    ]
    assert found == [("Hai thành phố đầu tiên", "country_cities", 2, "VN", "2020")]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "fr",
            "Évry et Montpellier sont les 3e et 4e villes françaises.",
            ("4e villes françaises", 4, "FR"),
        ),
        (
            "en",
            "Hue and Da Nang are the fifth and sixth Vietnamese cities.",
            ("sixth Vietnamese cities", 6, "VN"),
        ),
    ],
)
def test_two_ranks_joined_rank_a_plural_noun_by_the_last(
    language: str, body: str, expected: tuple[str, int, str]
) -> None:
    assert owners(language, body) == [(expected[0], "country_cities", expected[1], expected[2])]


def test_the_networks_name_between_a_joining_country_and_its_count_is_one_word() -> None:
    body = (
        "Le Maroc fait son entrée dans le Réseau mondial des villes apprenantes avec trois villes."
    )
    found = [(m.text, m.metric.value, m.value, m.country) for m in mentions("fr", body)]
    assert found == [("trois villes", "new_cities", 3, "MA")]
