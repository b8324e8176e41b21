"""Ranks where words touch: "2番目の加盟都市", "열 번째 회원 도시", "第15个成员城市" say a
country's count of members (its Nth); an ordinal that ranks something else ("第3回",
"제5회") leaves the count after it a count."""

from __future__ import annotations

import pytest

from lcnet.extract.lang.ranks_cjk import kanji_ordinals, korean_ordinals
from tests.extract.titled import mentions

Row = tuple[str, str, int, str | None]

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "ja",
        "多久市は日本で2番目の加盟都市となった。",
        [("2番目の加盟都市", "country_cities", 2, "JP")],
    ),
    (
        "ja",
        "多久市は日本で２番目の加盟都市となった。",
        [("２番目の加盟都市", "country_cities", 2, "JP")],
    ),
    # (cities that attend a meeting are no members: tests/extract/test_cjk_fresh_pages.py)
    ("ja", "第3回の発表では50都市が新たに加盟した。", [("50都市", "new_cities", 50, None)]),
    (
        "ko",
        "화성시는 국내 열 번째 회원 도시가 됐다.",
        [("열 번째 회원 도시", "country_cities", 10, "KR")],
    ),
    ("ko", "화성시는 국내 두번째 회원 도시다.", [("두번째 회원 도시", "country_cities", 2, "KR")]),
    ("ko", "제5회 발표에서 도시 30곳이 새로 가입했다.", [("30곳", "new_cities", 30, None)]),
    ("zh", "宁波成为中国第15个成员城市。", [("第15个成员城市", "country_cities", 15, "CN")]),
    (
        "zh",
        "苏州是中国第十二个学习型城市网络成员城市。",
        [("第十二个学习型城市", "country_cities", 12, "CN")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_rank_where_words_touch_is_a_countrys_count(
    language: str, text: str, expected: list[Row]
) -> None:
    found = [(m.text, m.metric.value, m.value, m.country) for m in mentions(language, text)]
    assert found == expected


def test_ordinal_words_are_written_as_people_write_them() -> None:
    ordinals = kanji_ordinals(("个",))
    assert (ordinals["第一"], ordinals["第十"], ordinals["第十五个"], ordinals["第九十九"]) == (
        1,
        10,
        15,
        99,
    )
    assert "第一十" not in ordinals
    assert len(ordinals) == 198
    korean = korean_ordinals()
    assert (korean["첫 번째"], korean["열 번째"], korean["스무 번째"], korean["열다섯번째"]) == (
        1,
        10,
        20,
        15,
    )


# the singular of every city noun a language counts with ranks too
NOUNS: list[tuple[str, str, list[Row]]] = [
    (
        "es",
        "Puebla es la séptima urbe mexicana en la red.",
        [("séptima urbe mexicana", "country_cities", 7, "MX")],
    ),
    (
        "es",
        "Es el segundo municipio colombiano en ingresar.",
        [("segundo municipio colombiano", "country_cities", 2, "CO")],
    ),
    (
        "en",
        "It is the third Irish municipality in the network.",
        [("third Irish municipality", "country_cities", 3, "IE")],
    ),
    (
        "it",
        "È la seconda municipalità italiana della rete.",
        [("seconda municipalità italiana", "country_cities", 2, "IT")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), NOUNS)
def test_every_city_noun_ranks(language: str, text: str, expected: list[Row]) -> None:
    found = [(m.text, m.metric.value, m.value, m.country) for m in mentions(language, text)]
    assert found == expected


COMPOUND: list[tuple[str, str, list[Row]]] = [
    (
        "pt",
        "Lisboa é a décima sétima cidade portuguesa.",
        [("décima sétima cidade portuguesa", "country_cities", 17, "PT")],
    ),
    (
        "es",
        "Es la decimoséptima ciudad colombiana en la red.",
        [("decimoséptima ciudad colombiana", "country_cities", 17, "CO")],
    ),
    (
        "es",
        "Es la décima primera ciudad mexicana.",
        [("décima primera ciudad mexicana", "country_cities", 11, "MX")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), COMPOUND)
def test_ranks_from_eleven_to_nineteen(language: str, text: str, expected: list[Row]) -> None:
    found = [(m.text, m.metric.value, m.value, m.country) for m in mentions(language, text)]
    assert found == expected


def test_a_leaflet_that_speaks_of_a_figure_is_its_speaker() -> None:
    text = (
        "Um folheto que ainda circula nas escolas fala em 11 cidades portuguesas e numa ronda "
        "de 55 novas cidades; está desatualizado."
    )
    found = [(m.text, m.metric.value, m.value, m.country) for m in mentions("pt", text)]
    assert found == [
        ("11 cidades portuguesas", "country_cities", 11, "PT"),
        ("55 novas cidades", "new_cities", 55, None),
    ]
