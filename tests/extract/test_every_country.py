"""Every country by its name (the CLDR's, in each language) and, in Spanish, by its
adjective; the parts of an intake listed country by country; a country's cities listed
by name before their count (Japanese)."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

Row = tuple[str, str, int, str | None]

NAMES: list[tuple[str, str, list[Row]]] = [
    (
        "fr",
        "L'Égypte compte désormais dix villes dans le réseau.",
        [("dix villes", "country_cities", 10, "EG")],
    ),
    (
        "vi",
        "Ai Cập hiện có 10 thành phố trong mạng lưới.",
        [("10 thành phố", "country_cities", 10, "EG")],
    ),
    (
        "en",
        "Zambia now has two cities in the network.",
        [("two cities", "country_cities", 2, "ZM")],
    ),
    (
        "es",
        "Egipto tiene ahora diez ciudades en la red.",
        [("diez ciudades", "country_cities", 10, "EG")],
    ),
    (
        "es",
        "Son ya cinco las ciudades marroquíes de la red.",
        [("cinco las ciudades marroquíes", "country_cities", 5, "MA")],
    ),
    (
        "es",
        "Ingresaron dos ciudades tailandesas.",
        [("dos ciudades tailandesas", "new_cities", 2, "TH")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), NAMES)
def test_every_country_is_known_by_name(language: str, text: str, expected: list[Row]) -> None:
    found = [(m.text, m.metric.value, m.value, m.country) for m in mentions(language, text)]
    assert found == expected


PARTS: list[tuple[str, str, list[Row]]] = [
    (
        "ja",
        "新規加盟は64都市で、うち韓国が3都市、タイが3都市だった。",
        [
            ("64都市", "new_cities", 64, None),
            ("3都市", "new_cities", 3, "KR"),
            ("3都市", "new_cities", 3, "TH"),
        ],
    ),
    (
        "zh",
        "此次新增64个城市，其中韩国3个城市、泰国3个城市。",
        [
            ("64个城市", "new_cities", 64, None),
            ("3个城市", "new_cities", 3, "KR"),
            ("3个城市", "new_cities", 3, "TH"),
        ],
    ),
    (
        "ko",
        "이번 신규 가입 도시 64곳 가운데 국내 도시는 3곳이다.",
        [("64곳", "new_cities", 64, None), ("3곳", "new_cities", 3, "KR")],
    ),
    (
        "fr",
        "Le réseau accueille 64 nouveaux membres, dont trois villes coréennes et trois villes "
        "thaïlandaises.",
        [
            ("64 nouveaux membres", "new_cities", 64, None),
            ("trois villes coréennes", "new_cities", 3, "KR"),
            ("trois villes thaïlandaises", "new_cities", 3, "TH"),
        ],
    ),
    (  # "now" ends the list: Thailand's ten are its total
        "en",
        "Korea gained three new cities and Thailand now has ten cities.",
        [("three new cities", "new_cities", 3, "KR"), ("ten cities", "country_cities", 10, "TH")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), PARTS)
def test_a_list_of_countries_parts_of_an_intake(
    language: str, text: str, expected: list[Row]
) -> None:
    found = [(m.text, m.metric.value, m.value, m.country) for m in mentions(language, text)]
    assert found == expected


JAPANESE: list[tuple[str, list[Row]]] = [
    ("日本からは岡山市と多久市の2都市が加盟している。", [("2都市", "country_cities", 2, "JP")]),
    ("日本からは岡山市と多久市の2市が加盟している。", [("2市", "country_cities", 2, "JP")]),
    ("世界で300を超える都市が加盟する。", [("300を超える都市", "total_cities", 300, None)]),
    ("市内の3市民団体が参加した。", []),
]


@pytest.mark.parametrize(("text", "expected"), JAPANESE)
def test_japanese_lists_and_counters(text: str, expected: list[Row]) -> None:
    found = [(m.text, m.metric.value, m.value, m.country) for m in mentions("ja", text)]
    assert found == expected
