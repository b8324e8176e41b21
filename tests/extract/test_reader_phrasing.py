"""Phrasings of the Romance languages read from real coverage, one behaviour per row:
the article between a number and its noun, verbs of passing, "integrantes"."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

Row = tuple[str, str, int, str]

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "es",
        "En la Red Mundial de Ciudades del Aprendizaje ya son 115 las ciudades de 28 países.",
        [
            ("115 las ciudades", "total_cities", 115, "exact"),
            ("28 países", "total_countries", 28, "exact"),
        ],
    ),
    (
        "es",
        "En la Red Mundial de Ciudades del Aprendizaje ya son más de 400 las ciudades.",
        [("más de 400 las ciudades", "total_cities", 400, "more_than")],
    ),
    (
        "pt",
        "Na Rede Global de Cidades da Aprendizagem já são 294 as cidades.",
        [("294 as cidades", "total_cities", 294, "exact")],
    ),
    (
        "it",
        "Nella Rete globale delle città dell'apprendimento sono ormai 294 le città.",
        [("294 le città", "total_cities", 294, "exact")],
    ),
    (
        "es",
        "Envigado es una de las 77 nuevas integrantes de la Red Mundial de Ciudades del "
        "Aprendizaje.",
        [("77 nuevas integrantes", "new_cities", 77, "exact")],
    ),
    (
        "es",
        "La Red Mundial de Ciudades del Aprendizaje ya supera las 180 ciudades.",
        [("supera las 180 ciudades", "total_cities", 180, "more_than")],
    ),
    (
        "fr",
        "Le Réseau mondial des villes apprenantes dépasse les 100 membres.",
        [("dépasse les 100 membres", "total_cities", 100, "more_than")],
    ),
    (
        "pt",
        "A Rede Global de Cidades da Aprendizagem ultrapassou as 400 cidades.",
        [("ultrapassou as 400 cidades", "total_cities", 400, "more_than")],
    ),
    (
        "en",
        "The Global Network of Learning Cities has surpassed 400 member cities.",
        [("surpassed 400 member cities", "total_cities", 400, "more_than")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_phrasing_of_real_coverage_is_read(
    language: str, text: str, expected: list[Row]
) -> None:
    document = read_document(text, "text")
    found = [
        (m.text, m.metric.value, m.value, m.qualifier.value)
        for m in find_mentions(document, language)
    ]
    assert found == expected


def test_a_symbol_that_opens_a_line_of_html_is_the_pages_own_bound() -> None:
    page = (
        "<html><head><title>Red Mundial de Ciudades del Aprendizaje</title></head><body>"
        '<div><span class="num">&gt; 250 millones</span> <span>de habitantes</span></div>'
        "</body></html>"
    )
    found = [(m.value, m.qualifier.value) for m in find_mentions(read_document(page, "html"))]
    assert found == [(250_000_000, "more_than")]


def test_a_symbol_that_opens_a_line_of_plain_text_quotes_it() -> None:
    text = "Red Mundial de Ciudades del Aprendizaje:\n> 250 millones de habitantes\n"
    found = [(m.value, m.qualifier.value) for m in find_mentions(read_document(text, "text"))]
    assert found == [(250_000_000, "exact")]


CJK: list[tuple[str, str, list[tuple[str, str, int, str]]]] = [
    (
        "zh",
        "全球学习型城市网络成员城市居民总数超过3.1亿。",
        [("超过3.1亿", "citizens", 310_000_000, "more_than")],
    ),
    (
        "zh",
        "截至目前，全球学习型城市网络覆盖人口约2.5亿。",
        [("约2.5亿", "citizens", 250_000_000, "about")],
    ),
    (
        "ja",
        "ユネスコ学習都市グローバルネットワークに今回加盟したのは首都11都市を含む72都市。",
        [("11都市", "new_capitals", 11, "exact"), ("72都市", "new_cities", 72, "exact")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CJK)
def test_a_population_or_capitals_named_before_the_number(
    language: str, text: str, expected: list[Row]
) -> None:
    document = read_document(text, "text")
    found = [
        (m.text, m.metric.value, m.value, m.qualifier.value)
        for m in find_mentions(document, language)
    ]
    assert found == expected


def test_representatives_count_members_where_the_network_is_named() -> None:
    headline = "Two Vietnamese representatives enter UNESCO network of learning cities"
    found = [
        (m.metric.value, m.value, m.country)
        for m in find_mentions(read_document(headline, "text"), "en")
    ]
    assert found == [("new_cities", 2, "VN")]
    other = "Two Vietnamese representatives attended the trade fair in Hamburg."
    assert list(find_mentions(read_document(other, "text"), "en")) == []


def test_the_names_besides_a_count_end_where_their_list_ends() -> None:
    text = (
        "La Red Mundial de Ciudades del Aprendizaje recibe nuevos miembros. Entre ellos, "
        "además de Buenos Aires y Caracas, hay otras nueve capitales."
    )
    found = [(m.metric.value, m.value) for m in find_mentions(read_document(text, "text"), "es")]
    assert found == [("new_capitals", 11)]


@pytest.mark.parametrize(
    "text",
    [
        "全球学习型城市网络。中国已有北京、上海和广州等12个城市加入该网络。",
        "全球學習型城市網絡。中國已有北京、太原、南京和蘇州12個城市加入全球學習型城市網絡。",
    ],
)
def test_a_country_before_the_list_of_its_cities_owns_their_count(text: str) -> None:
    found = [
        (m.metric.value, m.value, m.country)
        for m in find_mentions(read_document(text, "text"), "zh")
    ]
    assert found == [("country_cities", 12, "CN")]


def test_a_figure_that_is_a_links_text_is_read() -> None:
    page = (
        "The UNESCO Global Network of Learning Cities counts 356 member cities in "
        "[79 countries](https://example.org/list)."
    )
    found = [(m.text, m.value) for m in find_mentions(read_document(page, "markdown"), "en")]
    assert found == [("356 member cities", 356), ("79 countries", 79)]


def test_a_list_without_a_word_of_possession_is_no_countrys_count() -> None:
    text = "全球学习型城市网络：将中国南京、苏州等64个城市纳入该组织全球学习型城市网络。"
    found = [
        (m.metric.value, m.value, m.country)
        for m in find_mentions(read_document(text, "text"), "zh")
    ]
    assert found == [("new_cities", 64, None)]


def test_a_total_that_ends_its_own_clause_is_a_total_after_a_verb_of_joining() -> None:
    text = (
        "Hamburg wurde in das UNESCO Global Network of Learning Cities aufgenommen, dem "
        "weltweit bereits über 100 Städte angehören."
    )
    found = [
        (m.metric.value, m.value, m.qualifier.value)
        for m in find_mentions(read_document(text, "text"), "de")
    ]
    assert found == [("total_cities", 100, "more_than")]


def test_capitals_as_the_topic_of_the_count_s_clause() -> None:
    text = (
        "유네스코 글로벌 학습도시 네트워크는 91개국 425개 도시로 늘었다. 신규 도시 가운데 "
        "수도는 부에노스아이레스, 리스본, 하노이 등 11곳이다."
    )
    found = [(m.metric.value, m.value) for m in find_mentions(read_document(text, "text"), "ko")]
    assert found == [("total_countries", 91), ("total_cities", 425), ("new_capitals", 11)]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        (
            "en",
            "The UNESCO Global Network of Learning Cities: Hanoi, along with Hue, is among "
            "the 72 new members.",
            72,
        ),
        (
            "vi",
            "Cùng với Sơn La, TP.HCM nằm trong danh sách 64 thành viên mới của Mạng lưới các "
            "thành phố học tập toàn cầu.",
            64,
        ),
        (
            "en",
            "Hanoi, along with 71 other cities, joined the UNESCO Global Network of Learning "
            "Cities.",
            72,
        ),
    ],
)
def test_along_with_adds_the_subject_unless_it_is_among_the_count(
    language: str, text: str, value: int
) -> None:
    found = [m.value for m in find_mentions(read_document(text, "text"), language)]
    assert found == [value]
