"""Where words touch (Japanese, Chinese, Korean): emphasis marks between letters
("约**3.9亿**居民", "ネットワークには**356**都市") are markup, as they are between spaces;
the word of membership before a country's count ("日本の加盟12都市", "中国加盟15城", "국내
가입 59개 도시"), in a sentence, a headline or a table's cell, leaves the count the
country's; and "国内" in a table's row is the text's own country, not one a row above names.
"""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, mentions, row

BOLD: list[tuple[str, str, list[Row]]] = [
    (
        "zh",
        "该网络覆盖约**3.9亿**居民。",
        [("约3.9亿居民", "citizens", 390_000_000, "about", None, None)],
    ),
    (
        "ja",
        "加盟都市の人口は合わせて約**3.9億**人に上る。",
        [("約3.9億人", "citizens", 390_000_000, "about", None, None)],
    ),
    (
        "zh",
        "全球已有**356**个城市加入该网络。",
        [("356个城市", "total_cities", 356, "exact", None, None)],
    ),
    (
        "ja",
        "ネットワークには**356**都市が加盟している。",
        [("356都市", "total_cities", 356, "exact", None, None)],
    ),
    (
        "ko",
        "회원 도시 인구는 약 **3억 9천만** 명이다.",
        [("약 3억 9천만 명", "citizens", 390_000_000, "about", None, None)],
    ),
    (  # a word in italics is no figure's business
        "zh",
        "这是一个*重要*的网络，覆盖356个城市。",
        [("356个城市", "total_cities", 356, "exact", None, None)],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), BOLD)
def test_emphasis_between_letters_is_markup(language: str, body: str, expected: list[Row]) -> None:
    assert [row(m) for m in mentions(language, body)] == expected


MEMBERSHIP: list[tuple[str, str, list[Row]]] = [
    (
        "ja",
        "## 日本の加盟12都市、岡山で初の合同会議",
        [("12都市", "country_cities", 12, "exact", None, "JP")],
    ),
    (
        "ja",
        "日本からは加盟12都市が参加した。",
        [("12都市", "country_cities", 12, "exact", None, "JP")],
    ),
    (
        "ja",
        "| 国 | 加盟都市 |\n|---|---|\n| 日本 | 加盟12都市 |\n| 韓国 | 加盟59都市 |",
        [
            ("12都市", "country_cities", 12, "exact", None, "JP"),
            ("59都市", "country_cities", 59, "exact", None, "KR"),
        ],
    ),
    ("zh", "## 中国加盟15城", [("15城", "country_cities", 15, "exact", None, "CN")]),
    (
        "zh",
        "| 国家 | 成员城市 |\n|---|---|\n| 中国 | 加盟15城 |",
        [("15城", "country_cities", 15, "exact", None, "CN")],
    ),
    (
        "ko",
        "## 국내 가입 59개 도시 한자리에",
        [("59개 도시", "country_cities", 59, "exact", None, "KR")],
    ),
    (  # the row above names China: "国内" is Japan's
        "ja",
        "| 回 | 題目 |\n|---|---|\n| 第3回 | 中国の事例：加盟15都市の取組 |\n"
        "| 第4回 | 岡山市と多久市：国内加盟2都市を訪ねて |",
        [
            ("15都市", "country_cities", 15, "exact", None, "CN"),
            ("2都市", "country_cities", 2, "exact", None, "JP"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), MEMBERSHIP)
def test_membership_before_a_countrys_count(language: str, body: str, expected: list[Row]) -> None:
    assert [row(m) for m in mentions(language, body)] == expected


NEWCOMERS: list[tuple[str, str, list[Row]]] = [
    (  # a classifier alone after a verb of adding: the country's newcomers
        "zh",
        "公布72个新成员，南韩则再添3座，全网络累计425座城市。",
        [
            ("72个新成员", "new_cities", 72, "exact", None, None),
            ("再添3", "new_cities", 3, "exact", None, "KR"),
            ("425座城市", "total_cities", 425, "exact", None, None),
        ],
    ),
    (
        "zh",
        "聯合國教科文組織公布72個新成員，南韓則再添3座。",
        [
            ("72個新成員", "new_cities", 72, "exact", None, None),
            ("再添3", "new_cities", 3, "exact", None, "KR"),
        ],
    ),
    (  # the word of membership and a verb of reaching: the country's total
        "zh",
        "本轮中国再添3座，我国加盟城市达到15座。",
        [
            ("再添3", "new_cities", 3, "exact", None, "CN"),
            ("加盟城市达到15", "country_cities", 15, "exact", None, "CN"),
        ],
    ),
    (
        "zh",
        "我國加盟城市達到12座。",
        [("加盟城市達到12", "country_cities", 12, "exact", None, "CN")],
    ),
    (  # a noun after the classifier: libraries, not cities
        "zh",
        "该市今年新增3座图书馆，并加入全球学习型城市网络。",
        [],
    ),
    (  # Korea's share: a total's word in the clause before does not make it Korea's total
        "ko",
        "유네스코는 지난 4일 46개국 72개 도시를 신규 회원으로 발표했으며, 한국 3개 도시 포함 "
        "양구군이 이름을 올렸다.",
        [
            ("46개국", "new_countries", 46, "exact", None, None),
            ("72개 도시", "new_cities", 72, "exact", None, None),
            ("3개 도시", "new_cities", 3, "exact", None, "KR"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), NEWCOMERS)
def test_a_countrys_newcomers_and_members(language: str, body: str, expected: list[Row]) -> None:
    assert [row(m) for m in mentions(language, body)] == expected


FIRST_ANNOUNCED: list[tuple[str, str, list[Row]]] = [
    (  # the figure first announced, then corrected: only the corrected one, dated
        "ko",
        "지난해 9월 연구소는 신규 회원 도시를 발표했으나, 처음 발표한 55개 도시를 며칠 뒤 "
        "54개 도시로 정정했다.",
        [("54개 도시", "new_cities", 54, "exact", "2025-09", None)],
    ),
    (
        "ko",
        "최초 발표된 230개 도시는 이후 229개 도시로 정정됐다.",
        [("229개 도시", "total_cities", 229, "exact", None, None)],
    ),
    (
        "ja",
        "2020年9月、ユネスコは新規加盟都市を発表したが、最初に発表した55都市を数日後に54都市へ訂正した。",
        [("54都市", "new_cities", 54, "exact", "2020-09", None)],
    ),
    (  # "처음으로" still says first-time
        "ko",
        "이번 발표에서 13개국이 처음으로 네트워크에 가입했다.",
        [("13개국", "first_time_countries", 13, "exact", None, None)],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), FIRST_ANNOUNCED)
def test_a_figure_first_announced_then_corrected(
    language: str, body: str, expected: list[Row]
) -> None:
    assert [row(m) for m in mentions(language, body, "2026-03-01")] == expected


LISTED: list[tuple[str, str, list[Row]]] = [
    (  # a country's government announcing its cities by name: as many names as the count
        "ja",
        "タイ国政府は19日、首都バンコクと東北部コーンケン、南部ヤラーの3都市が加盟したと発表した。",
        [("3都市", "new_cities", 3, "exact", None, "TH")],
    ),
    (
        "ja",
        "タイ政府は19日、バンコクとコーンケン、ヤラーの3都市が加盟したと発表した。",
        [("3都市", "new_cities", 3, "exact", None, "TH")],
    ),
    (
        "ja",
        "タイのバンコク、コーンケン、ヤラーの3都市が加盟した。",
        [("3都市", "new_cities", 3, "exact", None, "TH")],
    ),
    (  # fewer names than the count: not the country's all
        "ja",
        "タイ政府は19日、バンコクとコーンケンなど64都市が加盟したと発表した。",
        [("64都市", "new_cities", 64, "exact", None, None)],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), LISTED)
def test_a_countrys_cities_named_in_full(language: str, body: str, expected: list[Row]) -> None:
    assert [row(m) for m in mentions(language, body)] == expected
