"""Korea's national lifelong-learning cities (평생학습도시) written in Chinese characters,
as Chinese and Taiwanese pages and some Korean ones write them (平生學習城市): they own
the counts of their own sentence, like 평생학습도시 does on Korean pages, and not the list
item after it, nor a count in a clause before it."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

CASES: list[tuple[str, str, list[tuple[str, str, int, str | None]]]] = [
    ("zh", "- 韓國：韓國國內由教育部指定的平生學習城市更超過190個。\n"
           "- 越南：越南已有6個城市加入該網絡。",
     [("6個城市", "country_cities", 6, "VN")]),
    # the scheme owns its own clause's count, not the network's count before it
    ("zh", "- 韓國：加入城市有59個，數量居各國之冠；"
           "韓國國內由教育部指定的平生學習城市更超過190個。",
     [("59個", "country_cities", 59, "KR")]),
    ("zh", "韩国国内的平生学习城市已超过190个。", []),
    ("ko", "국내 GNLC 회원 도시는 59곳이며, 국내 平生學習城市는 195곳에 이른다.",
     [("59곳", "country_cities", 59, "KR")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_the_national_scheme_in_chinese_characters_is_not_the_network(
    language: str, text: str, expected: list[tuple[str, str, int, str | None]]
) -> None:
    assert [(r[0], r[1], r[2], r[5]) for r in read_titled(language, text)] == expected
