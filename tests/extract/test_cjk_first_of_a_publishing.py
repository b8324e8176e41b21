"""Where words touch (ja, ko, zh), a word of "first" that a verb of publishing follows
(with its object between, or none) tells the first time of a count's publishing, not a
first membership: "UIL이 처음으로 집계를 발표한 2016년 8월에는 28개국 115개 도시가" (a
Korean white paper, b11) read the 28 countries of August 2016 as newcomers."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions
from tests.extract.titled import titled

_AUGUST_2016 = [
    ("total_countries", 28, "2016-08"),
    ("total_cities", 115, "2016-08"),
]

CASES: list[tuple[str, str, list[tuple[str, int, str | None]]]] = [
    ("ko", "UIL이 처음으로 집계를 발표한 2016년 8월에는 28개국 115개 도시가 가입해 있었다.",
     _AUGUST_2016),
    ("ko", "유네스코가 처음 명단을 공개한 2016년 8월 당시 회원은 28개국 115개 도시였다.",
     _AUGUST_2016),
    ("ja", "UILが初めて集計を公表した2016年8月には、28か国115都市が加盟していた。", _AUGUST_2016),
    ("ja", "ユネスコが初めて名簿を公開した2016年8月の時点で、加盟は28か国115都市だった。",
     _AUGUST_2016),
    ("zh", "终身学习研究所首次公布名单的2016年8月，网络共有28个国家的115个城市。", _AUGUST_2016),
    ("zh", "2016年8月研究所首次公佈成員名單時，共有28個國家115個城市。", _AUGUST_2016),
    # a first membership still
    ("ko", "이번에 처음으로 12개국이 네트워크에 합류했다.", [("first_time_countries", 12, None)]),
    ("ja", "今回、初めて12か国が加わった。", [("first_time_countries", 12, None)]),
    ("zh", "此次有12个国家首次加入网络。", [("first_time_countries", 12, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_the_first_of_a_publishing_is_no_first_membership(
    language: str, text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    found = find_mentions(titled(language, text, "2017-12-28"), language)
    assert [(m.metric.value, m.value, m.as_of and str(m.as_of)) for m in found] == expected
