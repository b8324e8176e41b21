"""Owners where words touch: an adverb before the word of possession ("泰国则有7个"), a
word for the country named before ("国内の加盟都市は"), the countries' cue shared by
their cities ("目前全球有91個國家、425個城市加入"); and words for the country named
before in Spanish ("nuestro país")."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

Row = tuple[str, str, int, str | None]

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "zh",
        "泰國一口氣有3個城市入選，分別是曼谷、孔敬和也拉。",
        [("3個城市", "new_cities", 3, "TH")],
    ),
    (
        "zh",
        "至此，越南已有3个城市加入该网络，泰国则有7个。",
        [("3个城市", "country_cities", 3, "VN"), ("7个", "country_cities", 7, "TH")],
    ),
    (
        "zh",
        "目前全球有91個國家、425個城市加入，涵蓋近5億人口。",
        [
            ("91個國家", "total_countries", 91, None),
            ("425個城市", "total_cities", 425, None),
            ("近5億人口", "citizens", 500000000, None),
        ],
    ),
    (  # a list of cities after the country is no owner's adverb: the intake is the network's
        "zh",
        "联合国教科文组织将中国南京、苏州等64个城市纳入该网络。",
        [("64个城市", "new_cities", 64, None)],
    ),
    (
        "ja",
        "日本からの新規加盟は今回もなく、国内の加盟都市は岡山市と多久市の2都市のままです。",
        [("2都市", "country_cities", 2, "JP")],
    ),
    # no country named before: a Japanese text's "国内" is Japan (Language.home_country)
    ("ja", "国内の加盟都市は2都市。", [("2都市", "country_cities", 2, "JP")]),
    ("ja", "県内では2市が加盟に関心を示している。", [("2市", "candidate_cities", 2, None)]),
    (
        "es",
        "México suma ya varias ciudades. Entre otras, nuestro país tiene hoy siete ciudades.",
        [("siete ciudades", "country_cities", 7, "MX")],
    ),
    (
        "it",
        "Reggio Calabria, diventata la sesta Learning City italiana dopo Torino.",
        [("sesta Learning City italiana", "country_cities", 6, "IT")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_owners_where_words_touch(language: str, text: str, expected: list[Row]) -> None:
    found = [(m.text, m.metric.value, m.value, m.country) for m in mentions(language, text)]
    assert found == expected


LABELS: list[tuple[str, str, list[Row]]] = [
    (
        "zh",
        "- 日本：僅有2個城市加入，分別是岡山市與多久市。",
        [("2個城市", "country_cities", 2, "JP")],
    ),
    ("zh", "- 韓國：加入城市有59個，數量居各國之冠。", [("59個", "country_cities", 59, "KR")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), LABELS)
def test_a_countrys_label_owns_its_line(language: str, text: str, expected: list[Row]) -> None:
    found = [(m.text, m.metric.value, m.value, m.country) for m in mentions(language, text)]
    assert found == expected


def test_a_tables_countries_column_in_japanese() -> None:
    page = (
        "| 発表時期 | 加盟都市数 | 国数 |\n| --- | --- | --- |\n"
        "| 2016年8月 | 115 | 28 |\n| 2024年2月 | 356 | 79 |"
    )
    found = [
        (m.text, m.metric.value, m.value, None if m.as_of is None else str(m.as_of))
        for m in mentions("ja", page)
    ]
    assert found == [
        ("115", "total_cities", 115, "2016-08"),
        ("28", "total_countries", 28, "2016-08"),
        ("356", "total_cities", 356, "2024-02"),
        ("79", "total_countries", 79, "2024-02"),
    ]


def test_a_correction_leaves_out_the_figure_it_corrects() -> None:
    """ "3都市ではなく2都市": read as a change, its first figure left out."""
    found = [
        (m.text, m.metric.value, m.value, m.country)
        for m in mentions("ja", "モロッコの加盟都市が3都市ではなく2都市だったためです。")
    ]
    assert found == [("2都市", "country_cities", 2, "MA")]


NAMES_AS_ADJECTIVES: list[tuple[str, str, list[Row]]] = [
    ("zh", "其中包括天津、沈阳、宁波3座中国城市。", [("3座中国城市", "country_cities", 3, "CN")]),
    ("zh", "中国入选城市总数达15个。", [("总数达15", "country_cities", 15, "CN")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), NAMES_AS_ADJECTIVES)
def test_a_country_name_qualifies_its_cities(
    language: str, text: str, expected: list[Row]
) -> None:
    found = [(m.text, m.metric.value, m.value, m.country) for m in mentions(language, text)]
    assert found == expected


def test_a_phrase_stays_in_its_list_item_and_a_korean_counter_counts_alone() -> None:
    """ "- 成员: 425个" does not take the next item's "中国成员" as its unit; "회원 도시:
    64개국 229개" counts cities with the counter alone, its noun named before."""
    zh = [
        (m.text, m.metric.value, m.value, m.country)
        for m in mentions("zh", "- 成员：425个\n- 中国成员：15个\n")
    ]
    assert zh == [("425个", "total_cities", 425, None), ("15个", "country_cities", 15, "CN")]
    ko = [
        (m.text, m.metric.value, m.value, m.country)
        for m in mentions("ko", "- 회원 도시: 64개국 229개\n- 인구: 2억 명\n")
    ]
    assert ko == [
        ("64개국", "total_countries", 64, None),
        ("229개", "total_cities", 229, None),
        ("2억 명", "citizens", 200000000, None),
    ]
