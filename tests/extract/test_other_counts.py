"""Counts near the GNLC's that are not its figures: participants' countries, national
networks of learning cities, other city networks, and differences ("grew by 60")."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions


def read(language: str, body: str) -> list[tuple[str, str, int]]:
    return [(m.text, m.metric.value, m.value) for m in mentions(language, body)]


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
    ("en", "Korea's Ministry of Education has designated 180 lifelong learning cities."),
    ("vi", "Từ năm 2001 đến nay, Bộ Giáo dục nước này đã công nhận hơn 140 thành phố."),
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


SO_FAR = [
    ("en", "Currently, 15 cities in China have joined.", ("15 cities", "country_cities", 15)),
    ("en", "So far, 425 cities have joined the network.", ("425 cities", "total_cities", 425)),
    ("zh", "截至目前，中国已有15个城市加入该网络。", ("15个城市", "country_cities", 15)),
    ("es", "Hasta la fecha, 425 ciudades se han sumado.", ("425 ciudades", "total_cities", 425)),
    ("fr", "À ce jour, 425 villes ont rejoint le réseau.", ("425 villes", "total_cities", 425)),
]


@pytest.mark.parametrize(("language", "body", "expected"), SO_FAR)
def test_joined_so_far_is_a_total(
    language: str, body: str, expected: tuple[str, str, int]
) -> None:
    assert read(language, body) == [expected]


def test_a_count_with_its_number_first_and_no_verb() -> None:
    assert read("fr", "294 le nombre des villes de ce réseau dans 76 pays.") == [
        ("294 le nombre des villes", "total_cities", 294),
        ("76 pays", "total_countries", 76),
    ]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "First announced as 55 new members and 230 in total, the intake was corrected."),
        ("fr", "Le réseau comptait initialement 230 villes."),
        ("de", "Zunächst war von 55 neuen Städten die Rede."),
    ],
)
def test_a_figure_said_to_be_superseded_and_undated_is_left_out(language: str, body: str) -> None:
    assert mentions(language, body) == []


def test_a_figure_said_to_be_superseded_keeps_its_date() -> None:
    assert read("en", "In September 2020 the intake was first announced as 55 new members.") == [
        ("55 new members", "new_cities", 55)
    ]


def test_an_elided_qualifier_is_a_qualifier() -> None:
    assert read("fr", "Il évoque encore un réseau d'environ 250 villes.") == [
        ("d'environ 250 villes", "total_cities", 250)
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("苏州将与全球294个学习型城市开展交流合作。", [("294个学习型城市", "total_cities", 294)]),
        ("全国已有300个学习型城市。", []),  # China's national programme
        # a date to come ("will be printed in April") dates no figure
        (
            "手册写着“全球356个学习型城市”，修订版将于4月印发。",
            [("356个学习型城市", "total_cities", 356)],
        ),
    ],
)
def test_the_worlds_counted_learning_cities_are_the_networks(
    body: str, expected: list[tuple[str, str, int]]
) -> None:
    assert read("zh", body) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "fr",
            "Le réseau touche près d'un demi-milliard de personnes.",
            ("près d'un demi-milliard de personnes", 500_000_000, "nearly"),
        ),
        (
            "ko",
            "회원 도시에 사는 시민은 2억 5천만 명이 넘는다.",
            ("2억 5천만 명이 넘는다", 250_000_000, "more_than"),
        ),
    ],
)
def test_citizens_as_people_write_them(
    language: str, body: str, expected: tuple[str, int, str]
) -> None:
    found = [(m.text, m.value, m.qualifier.value) for m in mentions(language, body)]
    assert found == [expected]


def test_chinese_active_member_cities() -> None:
    assert read("zh", "網絡目前有170個活躍會員城市，遍及53國。") == [
        ("170個活躍會員城市", "total_cities", 170),
        ("53國", "total_countries", 53),
    ]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("fr", "Des villes d'une cinquantaine de pays.", [("cinquantaine de pays", 50, "about")]),
        ("es", "Reúne un centenar de ciudades.", [("un centenar de ciudades", 100, "about")]),
        # a milestone with its definite article is no count
        ("es", "La red ha superado el centenar de miembros.", []),
    ],
)  # fmt: skip
def test_a_round_number_as_a_noun_is_about_it(
    language: str, body: str, expected: list[tuple[str, int, str]]
) -> None:
    found = [(m.text, m.value, m.qualifier.value) for m in mentions(language, body)]
    assert found == expected
