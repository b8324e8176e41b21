"""A country's rank whose sentence names the member it ranks, where words touch: the
country's count when that member joined, as the store dates it ("杭州はこのほど…中国で
最初にネットワークに加わった都市となった" in a February report: January's
count, the joining's, not the report's day). A member of another country dates nothing."""

from __future__ import annotations

import pytest

from lcnet.dates import PartialDate
from lcnet.extract import Gazetteer, Place
from tests.extract.titled import mentions

PLACES = Gazetteer(
    {
        "岡山市": Place("jp/okayama", "JP", PartialDate(2016)),
        "多久市": Place("jp/taku", "JP", PartialDate(2017)),
        "杭州": Place("cn/hangzhou", "CN", PartialDate(2016, 1, 12)),
        "河内": Place("vn/hanoi", "VN", PartialDate(2026, 1)),
        "ハノイ": Place("vn/hanoi", "VN", PartialDate(2026, 1)),
    }
)


@pytest.mark.parametrize(
    ("language", "body", "value", "country", "as_of"),
    [
        ("ja", "岡山市は国内で初めてGNLCに加盟した都市だ。", 1, "JP", "2016"),
        ("ja", "岡山市は、国内初のGNLC加盟都市として知られる。", 1, "JP", "2016"),
        ("ja", "多久市は国内で2番目の加盟都市となった。", 2, "JP", "2017"),
        ("ja", "杭州はこのほど、中国で最初にGNLCに加盟した都市になった。", 1, "CN", "2016-01-12"),
        ("zh", "杭州是全国首个加入全球学习型城市网络的城市。", 1, "CN", "2016-01-12"),
        ("zh", "杭州在全国率先加入全球学习型城市网络。", 1, "CN", "2016-01-12"),
    ],
)
def test_a_rank_is_dated_at_its_members_joining(
    language: str, body: str, value: int, country: str, as_of: str
) -> None:
    found = mentions(language, body, "2020-02-03", PLACES)
    assert [(m.metric.value, m.value, m.country, str(m.as_of)) for m in found] == [
        ("country_cities", value, country, as_of)
    ]


def test_a_member_of_another_country_dates_nothing() -> None:
    # "at home" with no country named before: the text's own; Hanoi is not its member
    found = mentions("ja", "ハノイは、国内で初めてGNLCに加盟した。", "2020-02-03", PLACES)
    assert [(m.metric.value, m.value, m.country, m.as_of) for m in found] == [
        ("country_cities", 1, "JP", None)
    ]


def test_at_home_is_the_country_named_before_it() -> None:
    body = "ベトナムのハノイは、国内で初めてGNLCに加盟した。"
    found = mentions("ja", body, "2026-03-03", PLACES)
    assert [(m.metric.value, m.value, m.country, str(m.as_of)) for m in found] == [
        ("country_cities", 1, "VN", "2026-01")
    ]
