"""A headline's count with no counter, its number touching the noun: a Japanese wire
headline "ユネスコ学習都市に７２都市　ハノイやリスボンなど首都１１" (11 capitals), and
"加盟都市３５６に", "加盟都市425、91か国". Without a counter or a particle after the
noun no phrase was read. The capitals' noun (ja, zh) and ja's membership nouns now take
a number of up to three digits right after them that ends the phrase (a space, a mark,
the line's end, or a particle for the membership); a date or another unit after the
number is no such count."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document


@pytest.mark.parametrize(
    ("code", "headline", "expected"),
    [
        ("ja", "ユネスコ学習都市に７２都市　ハノイやリスボンなど首都１１",
         [("new_cities", 72), ("new_capitals", 11)]),
        ("ja", "ユネスコ学習都市ネットに72都市、首都11　初加盟は13か国",
         [("new_cities", 72), ("new_capitals", 11), ("first_time_countries", 13)]),
        ("zh", "全球学习型城市网络新增72城 首都11", [("new_cities", 72), ("new_capitals", 11)]),
        ("ja", "ユネスコ学習都市ネット、加盟都市３５６に", [("total_cities", 356)]),
        ("ja", "ユネスコ学習都市グローバルネットワーク　加盟都市425、91か国",
         [("total_cities", 425), ("total_countries", 91)]),
    ],
)  # fmt: skip
def test_a_headlines_count_touching_its_noun(
    code: str, headline: str, expected: list[tuple[str, int]]
) -> None:
    found = find_mentions(read_document(headline + "\n", "text"), code)
    assert [(m.metric.value, int(m.value)) for m in found] == expected


@pytest.mark.parametrize(
    "headline",
    [
        "ユネスコ学習都市ネット、首都12月に会合",
        "ユネスコ学習都市ネット、加盟都市2016年から",
        "ユネスコ学習都市ネット、首都1.5倍に",
    ],
)
def test_a_date_or_a_ratio_after_the_noun_is_no_count(headline: str) -> None:
    assert list(find_mentions(read_document(headline + "\n", "text"), "ja")) == []
