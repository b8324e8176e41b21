"""Where words touch, members named and closed by "etc." and a count ("宁波等3座城市入选",
"岡山市など2都市が加盟している", "안동시 등 3곳이 새로 가입했다") are a count of the named
members' country (the store's, through the gazetteer): its intake where a verb of joining
follows, its members where a word of membership or of "so far" does. Names of several
countries, or a count smaller than the names, state nothing."""

from __future__ import annotations

import pytest

from lcnet.dates import PartialDate
from lcnet.extract import Gazetteer, Place, find_mentions
from tests.extract.titled import titled

_CITIES = {
    "宁波": ("cn/ningbo", "CN", PartialDate(2025, 12)),
    "天津": ("cn/tianjin", "CN", PartialDate(2025, 12)),
    "沈阳": ("cn/shenyang", "CN", PartialDate(2025, 12)),
    "寧波": ("cn/ningbo", "CN", PartialDate(2025, 12)),
    "北京": ("cn/beijing", "CN", None),
    "上海": ("cn/shanghai", "CN", None),
    "岡山市": ("jp/okayama", "JP", PartialDate(2016, 8)),
    "多久市": ("jp/taku", "JP", None),
    "曼谷": ("th/bangkok", "TH", PartialDate(2024, 2)),
}
PLACES = Gazetteer({name: Place(*place) for name, place in _CITIES.items()})

Row = tuple[str, str, int, str | None]

CASES: list[tuple[str, str, list[Row]]] = [
    ("zh", "宁波等3座城市入选全球学习型城市网络。", [("3座城市", "new_cities", 3, "CN")]),
    ("zh", "天津、沈阳、宁波等3座城市此次入选，成为该网络新成员。",
     [("3座城市", "new_cities", 3, "CN")]),
    ("zh", "寧波等3個城市獲批加入全球學習型城市網絡。", [("3個城市", "new_cities", 3, "CN")]),
    ("zh", "北京、上海等12个城市目前已加入该网络。", [("12个城市", "country_cities", 12, "CN")]),
    ("ja", "岡山市、多久市など2都市が加盟している。", [("2都市", "country_cities", 2, "JP")]),
    # the names' countries differ, or the count is smaller than the names: nothing
    ("zh", "宁波、曼谷等2座城市入选。", []),
    ("zh", "天津、沈阳、宁波等2座城市入选。", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "expected"), CASES)
def test_members_closed_by_a_count_are_their_countrys(
    language: str, body: str, expected: list[Row]
) -> None:
    page = titled(language, body, "2025-12-08")
    found = find_mentions(page, language, places=PLACES)
    assert [(m.text, m.metric.value, m.value, m.country) for m in found] == expected
