"""Counts near the GNLC's that are not its figures: participants' countries, national
networks of learning cities, other city networks, and differences ("grew by 60")."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

TITLES = {
    "en": "UNESCO Global Network of Learning Cities",
    "es": "Red Mundial de Ciudades del Aprendizaje de la UNESCO",
    "fr": "Réseau mondial des villes apprenantes de l'UNESCO",
    "ko": "유네스코 글로벌 학습도시 네트워크",
    "ja": "ユネスコ学習都市グローバル・ネットワーク",
    "zh": "联合国教科文组织全球学习型城市网络",
}


def read(language: str, body: str) -> list[tuple[str, str, int]]:
    page = f"---\ntitle: {TITLES[language]}\n---\n\n{body}\n"
    document = read_document(page, "markdown")
    return [(m.text, m.metric.value, m.value) for m in find_mentions(document, language)]


NOT_FIGURES = [
    ("es", "La conferencia reunió en Medellín a unos 600 participantes de 70 países."),
    ("es", "La Red Argentina de Ciudades del Aprendizaje, nacional, convoca a 27 municipios."),
    ("es", "La Red Mexicana de Ciudades del Aprendizaje agrupa a cerca de 30 municipios."),
    ("es", "La Red de Ciudades Educadoras cuenta con 19 ciudades argentinas."),
    ("fr", "Le Réseau français des villes apprenantes rassemble 40 villes."),
    ("en", "The national learning cities network has 80 member cities."),
    ("en", "Since 2022 the network has grown by 72 cities."),
    ("ko", "1년 반 만에 회원 도시가 60곳 넘게 늘어난 셈입니다."),
    ("ja", "ネットワークの加盟都市は1年で60都市増えた。"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body"), NOT_FIGURES)
def test_not_a_figure_of_the_network(language: str, body: str) -> None:
    assert read(language, body) == []


def test_the_gnlc_is_still_read_next_to_a_national_network() -> None:
    body = (
        "La Red Mundial de Ciudades del Aprendizaje de la UNESCO tiene 425 ciudades. "
        "La Red Argentina de Ciudades del Aprendizaje convoca a 27 municipios."
    )
    assert read("es", body) == [("425 ciudades", "total_cities", 425)]


def test_a_change_to_a_count_is_still_a_figure_where_a_difference_is_not() -> None:
    assert read("en", "The network has grown by 72 cities to 425 cities.") == [
        ("425 cities", "total_cities", 425)
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # "this round, in all": an intake
            "此次共有46个国家的七十二个城市加入。",
            [("46个国家", "new_countries", 46), ("七十二个城市", "new_cities", 72)],
        ),
        (  # "currently, in all ... have joined": the network's total
            "目前共有79个国家的356个城市加入该网络。",
            [("79个国家", "total_countries", 79), ("356个城市", "total_cities", 356)],
        ),
    ],
)
def test_chinese_this_rounds_total_is_an_intake(
    body: str, expected: list[tuple[str, str, int]]
) -> None:
    assert read("zh", body) == expected
