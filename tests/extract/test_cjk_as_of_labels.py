"""A date said as "as of" (기준, 현재, 時点, 現在, 截至 …, 止) before a colon, or a date that
opens a list item whose label a colon ends, dates the figures the colon opens; a slide's
line under a middle dot (·), an arrow (▶) or a bullseye (◎) is an item of its own; and a
Korean date written with full stops ("2019. 3." or "2019. 3. 14.") is one date, not the
end of a sentence. Before, "· 2019년 3월 기준: 31개국 140개 도시" was undated (the colon
cut the clause), the middle-dot lines ran together (the next line's date took the line
before's figures) and "2019. 3. 기준" was never read as a date."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions
from tests.extract.titled import row, titled

# each case: the two lines of a slide or a list, the first of March 2019, the second of
# October 2021 (the figures are made up: only their dates are asserted)
KO = [
    "· 2019년 3월 기준: 31개국 140개 도시\n· 2021년 10월 기준: 47개국 201개 도시",
    "  · 2019년 3월 기준: 31개국 140개 도시 (보도자료)\n"
    "  · 2021년 10월 교육부 회의 자료: 47개국 201개 도시",
    "- 2019년 3월 현재: 31개국 140개 도시\n- 2021년 10월 현재: 47개국 201개 도시",
    "◎ 2019. 3. 기준: 31개국 140개 도시\n◎ 2021. 10. 기준: 47개국 201개 도시",
    "▶ 31개국 140개 도시 (2019년 3월)\n▶ 47개국 201개 도시 (2021년 10월)",
    "· 2019년 3월: 31개국 140개 도시\n· 2021년 10월: 47개국 201개 도시",
]
JA = [
    "・2019年3月時点：31か国140都市\n・2021年10月時点：47か国201都市",
    "- 2019年3月現在: 31か国・140都市\n- 2021年10月現在: 47か国・201都市",
    "▶ 31か国140都市（2019年3月）\n▶ 47か国201都市（2021年10月）",
    "● 2019年3月の報道発表：31か国140都市\n● 2021年10月の会議資料：47か国201都市",
]
ZH = [
    "· 截至2019年3月：31个国家140个城市\n· 截至2021年10月：47个国家201个城市",
    "- 截至2019年3月: 31个国家140个城市\n- 截至2021年10月: 47个国家201个城市",
    "▶ 31个国家140个城市（2019年3月）\n▶ 47个国家201个城市（2021年10月）",
    "・2019年3月止: 31個國家140個城市\n・2021年10月止: 47個國家201個城市",
    "- 截至2019年3月为止: 31个国家140个城市\n- 截至2021年10月为止: 47个国家201个城市",
]


def _dates(language: str, body: str) -> list[tuple[int, str | None]]:
    found = find_mentions(titled(language, body, "2022-05-02"), language)
    return [(r[2], r[4]) for r in map(row, found)]


@pytest.mark.parametrize(
    ("language", "body"),
    [("ko", b) for b in KO] + [("ja", b) for b in JA] + [("zh", b) for b in ZH],
)
def test_each_line_is_of_its_own_date(language: str, body: str) -> None:
    assert _dates(language, body) == [
        (31, "2019-03"),
        (140, "2019-03"),
        (47, "2021-10"),
        (201, "2021-10"),
    ]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("ko", "GNLC 회원 현황(2019년 3월 기준): 31개국 140개 도시"),
        ("ko", "GNLC 2019년 3월 현재: 31개국 140개 도시"),
        ("ja", "GNLC加盟状況（2019年3月現在）: 31か国140都市"),
        ("zh", "全球学习型城市网络成员（截至2019年3月）: 31个国家140个城市"),
    ],
)
def test_an_as_of_in_brackets_before_a_colon(language: str, body: str) -> None:
    assert _dates(language, body) == [(31, "2019-03"), (140, "2019-03")]


def test_a_korean_dotted_date_is_one_date() -> None:
    body = "GNLC는 2019. 3. 14. 기준 31개국 140개 도시로 구성돼 있다."
    assert _dates("ko", body) == [(31, "2019-03-14"), (140, "2019-03-14")]
    assert _dates("ko", "GNLC는 2019. 3. 기준 31개국 140개 도시다.") == [
        (31, "2019-03"),
        (140, "2019-03"),
    ]


def test_a_label_with_now_in_it_is_not_dated_by_the_item() -> None:
    # the date opens the item, but the label says the figures are today's
    body = "· 2019년 3월 가입 이후 현재: 31개국 140개 도시"
    assert _dates("ko", body) == [(31, None), (140, None)]
