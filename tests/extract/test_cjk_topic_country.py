"""Where words touch, a country the sentence opens with as its topic owns the count of a
later clause that has no subject of its own and opens with "has": "韓國是成員最多的國家,
已有40多個城市加入" is Korea's count (read as 40 new cities before)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions
from tests.extract.titled import titled

CASES: list[tuple[str, str, list[tuple[str, str, int, str | None]]]] = [
    ("zh", "韓國是成員最多的國家，已有40多個城市加入；日本則只有岡山市與多久市。",
     [("40多個城市", "country_cities", 40, "KR")]),
    ("zh", "- 韩国是会员最多的国家，已有56个城市加入。",
     [("56个城市", "country_cities", 56, "KR")]),
    ("ja", "韓国は加盟都市が最も多い国で、すでに56都市が加盟している。",
     [("56都市", "country_cities", 56, "KR")]),
    # the network as the topic, or a count with a subject of its own, is no country's
    ("zh", "全球学习型城市网络是一个国际网络，目前有79个国家的356个城市加入。",
     [("79个国家", "total_countries", 79, None), ("356个城市", "total_cities", 356, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_the_topic_country_owns_a_later_count(
    language: str, text: str, expected: list[tuple[str, str, int, str | None]]
) -> None:
    found = find_mentions(titled(language, text, "2021-05-20"), language)
    assert [(m.text, m.metric.value, m.value, m.country) for m in found] == expected
