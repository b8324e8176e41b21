"""The text's own city named among a country's members, between the country and its
count, keeps the count the country's: "国内の加盟都市は本市を含め8都市となっています" (a
Japanese city plan of the variant sweep) lost the count; ko and zh read it already."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions
from tests.extract.titled import titled

CASES: list[tuple[str, str, tuple[str, str, int, str]]] = [
    ("ja", "国内の加盟都市は本市を含め8都市となっています。",
     ("8都市", "country_cities", 8, "JP")),
    ("ja", "国内の加盟都市は本市を含めて8都市です。", ("8都市", "country_cities", 8, "JP")),
    ("ja", "国内の加盟都市は本市も含めて8都市です。", ("8都市", "country_cities", 8, "JP")),
    ("ja", "日本の加盟都市は、本市を含め8都市となった。", ("8都市", "country_cities", 8, "JP")),
    ("ko", "국내 회원 도시는 우리 시를 포함해 59곳이다.", ("59곳", "country_cities", 59, "KR")),
    ("zh", "我国成员城市包括本市在内共有30个。", ("30个", "country_cities", 30, "CN")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "expected"), CASES)
def test_the_own_city_among_a_countrys_members(
    language: str, body: str, expected: tuple[str, str, int, str]
) -> None:
    found = find_mentions(titled(language, body, "2026-04-01"), language)
    assert [(m.text, m.metric.value, m.value, m.country) for m in found] == [expected]
