"""Corrections, ranks with a clause, and owners where words touch (issue 10).

A correction told from and to keeps the figure it ends in ("由230个更正为229个",
"從3個下修為2個"); a figure announced first and corrected later is left out however
dated, while the figure a correction closes is kept ("当初55都市と発表されたが、のちに
54都市に訂正"); a rank with a clause of joining before its noun is a country's count
("第10个加入该网络的城市", "2番目に加盟した都市"); "国内" in a Japanese text names
Japan where no other country came before; Korean polite forms of "passes", names in
apposition before a count, and a past relative clause that keeps its date.
"""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

Row = tuple[str, str, int, str, str | None]


def _rows(language: str, text: str) -> list[Row]:
    return [
        (m.text, m.metric.value, m.value, m.qualifier.value, m.country)
        for m in mentions(language, text)
    ]


CORRECTIONS: list[tuple[str, str, list[Row]]] = [
    (
        "zh",
        "该网络的成员总数随后由230个更正为229个，分布于64个国家。",
        [
            ("229个", "total_cities", 229, "exact", None),
            ("64个国家", "total_countries", 64, "exact", None),
        ],
    ),
    (
        "zh",
        "該網絡的成員總數也由230個更正為229個。",
        [("229", "total_cities", 229, "exact", None)],
    ),
    (
        "zh",
        "该网络本批新成员中，摩洛哥的新成员从3个下修为2个。",
        [("2个", "new_cities", 2, "exact", "MA")],
    ),
    (
        "zh",
        "该网络随后发布勘误，将摩洛哥入选城市由3个调整为2个。",
        [("2个", "new_cities", 2, "exact", "MA")],
    ),
    (  # the first figures, and the correction later in the sentence: only the corrected one
        "zh",
        "该网络起初公布新成员为55个、总数为230个，后来发布更正，将摩洛哥入选城市由3个改为2个。",
        [("2个", "new_cities", 2, "exact", "MA")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CORRECTIONS)
def test_a_correction_keeps_the_figure_it_ends_in(
    language: str, text: str, expected: list[Row]
) -> None:
    assert _rows(language, text) == expected


def test_a_dated_figure_corrected_later_is_left_out_and_the_corrected_one_kept() -> None:
    ja = mentions("ja", "2020年の新規加盟は当初55都市と発表されたが、のちに54都市に訂正された。")
    assert [(m.text, m.value, str(m.as_of)) for m in ja] == [("54都市", 54, "2020")]
    en = mentions(
        "en",
        "The network first announced 55 new cities in September 2020 and corrected the "
        "figure to 54 days later.",
    )
    assert [(m.text, m.value) for m in en] == [("54", 54)]
    es = mentions(
        "es", "La red anunció inicialmente 55 nuevas ciudades en 2020, cifra que luego corrigió."
    )
    assert es == []
    # no correction: a dated first figure stays a figure of its date
    dated = mentions("en", "The network first announced 55 new cities in September 2020.")
    assert [(m.value, str(m.as_of)) for m in dated] == [(55, "2020-09")]


RANKS: list[tuple[str, str, list[Row]]] = [
    (
        "zh",
        "南宁由此成为我国第13个加入该网络的城市。",
        [("第13个加入该网络的城市", "country_cities", 13, "exact", "CN")],
    ),
    (
        "zh",
        "该市是全国第9个入选全球学习型城市网络的城市。",
        [("第9个入选全球学习型城市网络的城市", "country_cities", 9, "exact", "CN")],
    ),
    (
        "ja",
        "豊橋市は国内で3番目に加盟した都市となった。",
        [("3番目に加盟した都市", "country_cities", 3, "exact", "JP")],
    ),
    (  # "国内" is the country named before, when there is one
        "ja",
        "タイのチェンマイは、国内2番目の加盟都市である。",
        [("2番目の加盟都市", "country_cities", 2, "exact", "TH")],
    ),
    (
        "ja",
        "同市は国内2番目の加盟都市である。",
        [("2番目の加盟都市", "country_cities", 2, "exact", "JP")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), RANKS)
def test_a_rank_with_a_clause_of_joining_is_a_countrys_count(
    language: str, text: str, expected: list[Row]
) -> None:
    assert _rows(language, text) == expected


OWNERS: list[tuple[str, str, list[Row]]] = [
    (
        "zh",
        "內地已有14個城市加入該網絡。",
        [("14個城市", "country_cities", 14, "exact", "CN")],
    ),
    (  # a country, then as many names as the count: its own cities
        "zh",
        "本批新成员中，越南岘港、顺化2座城市同时入选该网络。",
        [("2座城市", "new_cities", 2, "exact", "VN")],
    ),
    (  # more cities than names ("等"): the network's intake, not the country's
        "zh",
        "该网络此次将韩国水原、越南顺化等40个城市纳入。",
        [("40个城市", "new_cities", 40, "exact", None)],
    ),
    (
        "zh",
        "泰國清邁也首度入列該網絡，成為該國第2個會員城市。",
        [("第2個會員城市", "country_cities", 2, "exact", "TH")],
    ),
    (
        "zh",
        "內地加入網絡的城市增至13個。",
        [("加入網絡的城市增至13", "country_cities", 13, "exact", "CN")],
    ),
    (
        "zh",
        "我国加入该网络的城市包括北京、上海和深圳，共3个。",
        [("加入该网络的城市包括北京、上海和深圳，共3", "country_cities", 3, "exact", "CN")],
    ),
    (  # the counter's noun before a decimal: "3.9亿" ends no sentence
        "zh",
        "该网络的宣传册写着“全球356个学习型城市、3.9亿居民”，折页则写“三百余个”。",
        [
            ("356个学习型城市", "total_cities", 356, "exact", None),
            ("3.9亿居民", "citizens", 390000000, "exact", None),
            ("三百余个", "total_cities", 300, "more_than", None),
        ],
    ),
    (
        "ja",
        "ユネスコの発表によると、ベトナムは今回2都市が加わった。",
        [("2都市", "new_cities", 2, "exact", "VN")],
    ),
    (  # a part of a country's figure is that country's
        "ko",
        "올해 국내 9개 신청 도시 가운데 2곳이 후보로 추천됐다.",
        [
            ("9개 신청 도시", "candidate_cities", 9, "exact", "KR"),
            ("2곳", "candidate_cities", 2, "exact", "KR"),
        ],
    ),
    (
        "ko",
        "국내 회원 도시는 40곳이 넘습니다.",
        [("40곳이 넘습니다", "country_cities", 40, "more_than", "KR")],
    ),
    (
        "ko",
        "국내에서는 경기 오산시, 전남 순천시 두 곳이 새로 가입했다.",
        [("두 곳", "new_cities", 2, "exact", "KR")],
    ),
    (
        "ko",
        "이번 발표에서 베트남의 신규 도시는 2곳이다.",
        [("2곳", "new_cities", 2, "exact", "VN")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), OWNERS)
def test_owners_and_qualifiers_where_words_touch(
    language: str, text: str, expected: list[Row]
) -> None:
    assert _rows(language, text) == expected


def test_a_past_relative_clause_keeps_its_date_before_a_later_now() -> None:
    found = mentions("ko", "2020년 9월 229개 도시였던 이 네트워크는 현재 425개 도시로 늘었다.")
    assert [(m.text, m.value, str(m.as_of) if m.as_of else None) for m in found] == [
        ("229개 도시", 229, "2020-09"),
        ("425개 도시", 425, None),
    ]


def test_a_hard_wrapped_chinese_or_japanese_word_is_read_whole() -> None:
    from lcnet.extract import find_mentions, read_document

    text = "ユネスコ学習都市グローバルネットワークの住民は3億1千万人を\n超えるとされる。\n"
    document = read_document(text, "text")
    ja = [(m.text, m.value, m.qualifier.value) for m in find_mentions(document, "ja")]
    assert ja == [("3億1千万人を超える", 310000000, "more_than")]
    assert document.text == text.replace("を\n超", "を超")  # read as it flows
    text = "泰國清萊也首度入列全球學習型城市網絡，成為該國第1個會\n員城市。\n"
    zh = [(m.text, m.value, m.country) for m in find_mentions(read_document(text, "text"), "zh")]
    assert zh == [("第1個會員城市", 1, "TH")]
    # numerals keep their line's position; the text reads as it flows
    kept = read_document("网络成员\n三百五十余个城市。", "text")
    assert kept.text == "网络成员三百五十余个城市。"
