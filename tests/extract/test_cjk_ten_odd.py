"""Ten odd, in the CJK languages as "une dizaine" elsewhere: "十几个城市" (zh) and "十数都市"
(ja) are more than ten, as "10多个" and "10余都市" are (the open class of the last
session's approximate number nouns; "십여 개" was read already)."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

C = "country_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("zh", "中国已有十几个城市加入联合国教科文组织全球学习型城市网络。",
     [("十几个城市", C, 10, "more_than", None, "CN")]),
    ("zh", "中国已有10多个城市加入该网络。", [("10多个城市", C, 10, "more_than", None, "CN")]),
    ("ja", "日本からは十数都市がユネスコ学習都市グローバルネットワークに加盟している。",
     [("十数都市", C, 10, "more_than", None, "JP")]),
    ("ja", "日本の加盟都市は十数都市にのぼる。", [("十数都市", C, 10, "more_than", None, "JP")]),
    ("ko", "유네스코 학습도시 네트워크에는 국내 10여 개 도시가 가입해 있다.",
     [("10여 개 도시", C, 10, "more_than", None, "KR")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_ten_odd_is_more_than_ten(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
