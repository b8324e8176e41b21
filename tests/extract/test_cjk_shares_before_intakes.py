"""Where words touch, a country's count inside the words that include it in a whole that
joins after it ("국내 3개 도시를 포함한 64개 도시가 새로 이름을 올렸다", "日本の1都市を含む
64都市が新たに加盟した", "包括中国3座城市在内的72个城市入选") is the country's share of that
intake; included in a whole that is a total, it stays the country's members."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

Row = tuple[str, str, int, str | None]

CASES: list[tuple[str, str, list[Row]]] = [
    ("ko", "광주 서구, 부안군, 하남시 등 국내 3개 도시를 포함한 64개 도시가 새로 이름을 올렸다.",
     [("3개 도시", "new_cities", 3, "KR"), ("64개 도시", "new_cities", 64, None)]),
    ("ja", "日本の1都市を含む64都市が新たに加盟した。",
     [("1都市", "new_cities", 1, "JP"), ("64都市", "new_cities", 64, None)]),
    ("zh", "包括中国3座城市在内的72个城市入选。",
     [("3座城市", "new_cities", 3, "CN"), ("72个城市", "new_cities", 72, None)]),
    # a total includes them: the country's members
    ("ko", "한국 59개 도시를 포함한 425개 도시가 활동하고 있다.",
     [("59개 도시", "country_cities", 59, "KR"), ("425개 도시", "total_cities", 425, None)]),
    ("ja", "日本の2都市を含む356都市が加盟している。",
     [("2都市", "country_cities", 2, "JP"), ("356都市", "total_cities", 356, None)]),
    ("zh", "包括中国15座城市在内，网络共有425个成员城市。",
     [("15座城市", "country_cities", 15, "CN"), ("425个成员城市", "total_cities", 425, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_countrys_count_included_in_an_intake_is_its_share(
    language: str, text: str, expected: list[Row]
) -> None:
    found = mentions(language, text, "2024-02-16")
    assert [(m.text, m.metric.value, m.value, m.country) for m in found] == expected
