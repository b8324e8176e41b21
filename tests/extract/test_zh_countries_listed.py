"""Chinese countries and cities listed with the enumeration comma: "目前全球有64個國家、
229個城市加入" states the network's countries and cities, as "64个国家的229个城市" does
(the countries go as the cities go, on a page whose title names another programme too)."""

from __future__ import annotations

from lcnet.extract import find_mentions, read_document

PAGE = (
    "---\ntitle: 從學習型城市到全球網絡：閱讀筆記\ndate: 2021-05-20\n---\n\n"
    "上週有夥伴問起聯合國教科文組織的「全球學習型城市網絡」（GNLC）。\n\n"
    "## 網絡有多大？\n\n"
    "根據研究所的資料，目前全球有64個國家、229個城市加入。\n"
)


def test_countries_before_cities_with_the_enumeration_comma_are_the_networks() -> None:
    found = find_mentions(read_document(PAGE, "markdown"), "zh")
    assert [(m.text, m.metric.value, m.value) for m in found] == [
        ("64個國家", "total_countries", 64),
        ("229個城市", "total_cities", 229),
    ]
