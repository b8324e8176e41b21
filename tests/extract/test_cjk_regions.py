"""Where words touch, a region right before a count owns it as a country does: "此次入选
城市中, 亚太地区有20个" is Asia-Pacific's share of the intake (a regional count, which the
store keeps none of: unverifiable), not the whole intake (read as 20 new cities: wrong)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions
from tests.extract.titled import titled

CASES: list[tuple[str, str, list[tuple[str, str, int, str | None]]]] = [
    ("zh", "此次入选城市中，亚太地区有20个。", [("20个", "new_cities", 20, "asia-pacific")]),
    ("zh", "亚太地区有20个城市入选。", [("20个城市", "new_cities", 20, "asia-pacific")]),
    ("zh", "非洲有16个城市入选。", [("16个城市", "new_cities", 16, "africa")]),
    ("ko", "이번 신규 도시 가운데 아시아태평양 지역은 20곳이다.",
     [("20곳", "new_cities", 20, "asia-pacific")]),
    ("ko", "아프리카에서는 16개 도시가 새로 가입했다.",
     [("16개 도시", "new_cities", 16, "africa")]),
    # the network's total is no region's
    ("zh", "全球学习型城市网络现有425个成员城市。",
     [("425个成员城市", "total_cities", 425, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_region_before_a_count_owns_it(
    language: str, text: str, expected: list[tuple[str, str, int, str | None]]
) -> None:
    found = find_mentions(titled(language, text, "2025-12-06"), language)
    assert [(m.text, m.metric.value, m.value, m.region) for m in found] == expected
