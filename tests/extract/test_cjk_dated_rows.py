"""A timeline's rows led by their date and a colon (or a full-width colon), under a CJK
bullet (•, ・, ◆, ●) or an ideographic space, with the year's and month's counters
("• 2016년 8월: 28개국 115개 도시"): each row's figures are of its own date. Before, a
Korean row under "•" was undated (judged at the text's date: stale) and one under "◆"
took the row before's date."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document


def _rows(
    language: str, title: str, bullet: str, first: str, second: str
) -> list[tuple[str, str | None]]:
    page = f"---\ntitle: {title}\ndate: 2024-11-20\n---\n\n{bullet}{first}\n\n{bullet}{second}\n"
    found = find_mentions(read_document(page, "markdown"), language)
    return [(m.text, m.as_of and str(m.as_of)) for m in found]


KO = (
    "ko",
    "유네스코 글로벌 학습도시 네트워크 회원 추이",
    "2016년 8월: 28개국 115개 도시",
    "2020년 9월: 64개국 229개 도시",
)
JA = (
    "ja",
    "ユネスコ学習都市グローバルネットワークの歩み",
    "2016年8月：28か国115都市",
    "2020年9月：64か国229都市",
)
ZH = (
    "zh",
    "全球学习型城市网络成员变化",
    "2016年8月：28个国家115个城市",
    "2020年9月：64个国家229个城市",
)


@pytest.mark.parametrize("bullet", ["• ", "\u3000◆ ", "● ", "・", "- "])
@pytest.mark.parametrize("case", [KO, JA, ZH])
def test_each_row_is_of_its_own_date(case: tuple[str, str, str, str], bullet: str) -> None:
    language, title, first, second = case
    dates = [date for _, date in _rows(language, title, bullet, first, second)]
    assert dates == ["2016-08", "2016-08", "2020-09", "2020-09"]
