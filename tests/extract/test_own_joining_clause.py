"""A city's own joining told in a clause of its own, dated and without a count, before a
clause about the network as it is: the year is the joining's, not the figure's ("我市于
2016年加入全球学习型城市网络, 与76个国家的294个成员城市开展合作" states the network of the
text's date, a stale total in 2025). Where the clause after it speaks of that time (a
clause of the joining's time, "then", "that year", "the first batch", a verb in the past
in Korean), or the joining clause holds the count, the year still dates the figure."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CASES: list[tuple[str, str, list[tuple[str, str, int, str | None]]]] = [
    ("zh", "我市于2016年加入全球学习型城市网络，与76个国家的294个成员城市开展合作。",
     [("76个国家", "total_countries", 76, None), ("294个成员城市", "total_cities", 294, None)]),
    ("zh", "我市自2016年起成为全球学习型城市网络成员，该网络共有294个成员城市。",
     [("294个成员城市", "total_cities", 294, None)]),
    ("zh", "全球学习型城市网络于2015年开始接纳成员，现有294个成员城市。",
     [("294个成员城市", "total_cities", 294, None)]),
    ("zh", "杭州于2016年正式加入该网络，目前网络覆盖79个国家的356个城市。",
     [("79个国家", "total_countries", 79, None), ("356个城市", "total_cities", 356, None)]),
    ("ko", "우리 시는 2016년 GNLC에 가입해 76개국 294개 도시와 함께 활동하고 있다.",
     [("76개국", "total_countries", 76, None), ("294개 도시", "total_cities", 294, None)]),
    ("ko", "진천군은 2019년 유네스코 글로벌 학습도시 네트워크에 가입했으며 "
           "356개 회원 도시와 교류한다.",
     [("356개 회원 도시", "total_cities", 356, None)]),
    ("ja", "本市は2016年にGNLCに加盟し、76か国294都市とともに活動しています。",
     [("76か国", "total_countries", 76, None), ("294都市", "total_cities", 294, None)]),
    # the clause after it speaks of the joining's time, or holds the joining's count
    ("zh", "我市2016年加入网络时，网络共有115个成员。",
     [("115个成员", "total_cities", 115, "2016")]),
    ("zh", "我市2016年加入网络，当时网络共有115个成员。",
     [("115个成员", "total_cities", 115, "2016")]),
    ("zh", "杭州于2016年加入全球学习型城市网络，同年网络共有115个成员。",
     [("115个成员", "total_cities", 115, "2016")]),
    ("zh", "我市于2016年加入全球学习型城市网络，成为该网络首批115个成员之一。",
     [("115个成员", "total_cities", 115, "2016")]),
    ("zh", "2020年新加入55个城市，成员总数达229个。",
     [("55个城市", "new_cities", 55, "2020"), ("成员总数达229", "total_cities", 229, "2020")]),
    ("zh", "2016年加入网络的首批城市，共115个。", [("115个", "total_cities", 115, "2016")]),
    ("ko", "우리 시는 2016년 GNLC에 가입했고, 당시 회원은 115개 도시였다.",
     [("115개 도시", "total_cities", 115, "2016")]),
    ("ko", "우리 시는 2016년 GNLC에 가입해 28개국 115개 도시 가운데 하나가 되었다.",
     [("28개국", "total_countries", 28, "2016"), ("115개 도시", "total_cities", 115, "2016")]),
    ("ko", "2020년 가입해 회원 도시는 229개로 늘었다.",
     [("회원 도시는 229", "total_cities", 229, "2020")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_citys_own_dated_joining_does_not_date_the_network_after_it(
    language: str, text: str, expected: list[tuple[str, str, int, str | None]]
) -> None:
    found = mentions(language, text)
    assert [(m.text, m.metric.value, m.value, m.as_of and str(m.as_of)) for m in found] == expected
