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
        [("约 3.9亿 居民", "citizens", 390_000_000, "about", None, None)],
    ),
    (
        "ja",
        "加盟都市の人口は合わせて約**3.9億**人に上る。",
        [("約 3.9億 人", "citizens", 390_000_000, "about", None, None)],
    ),
    (
        "zh",
        "全球已有**356**个城市加入该网络。",
        [("356 个城市", "total_cities", 356, "exact", None, None)],
    ),
    (
        "ja",
        "ネットワークには**356**都市が加盟している。",
        [("356 都市", "total_cities", 356, "exact", None, None)],
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
