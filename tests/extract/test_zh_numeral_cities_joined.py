"""A count of cities in a Chinese numeral with the one-character counter 市, after a
clause of joining: "算上此次入选的三市、中国已有15座城市加入该网络" (s9 agency copy: the three
were no figure). A numeral before 市 reads as a count only where the names it closes
("南京和苏州两市") or a clause of joining ("入选的", "新加入的") stand before it: "三市" alone
is too often part of a name or a phrase."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

HEAD = "全球学习型城市网络扩容\n2025年12月10日\n\n联合国教科文组织公布全球学习型城市网络新成员。"


def _read(sentence: str) -> list[tuple[str, str, int, str | None]]:
    found = find_mentions(read_document(HEAD + sentence + "\n", "text"), "zh")
    return [(m.text, m.metric.value, m.value, m.country) for m in found]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("算上此次入选的三市，中国已有15座城市加入该网络。", "三市"),
        ("加上新加入的兩市，中國已有15座城市加入該網絡。", "兩市"),
        ("算上此次新增的3市，中国已有15座城市加入该网络。", "3市"),
    ],
)
def test_the_cities_that_joined_counted_by_a_numeral(sentence: str, text: str) -> None:
    assert _read(sentence) == [
        (text, "new_cities", 3 if text != "兩市" else 2, "CN"),
        ("15座城市", "country_cities", 15, "CN"),
    ]


def test_a_numeral_before_the_counter_alone_is_no_count() -> None:
    assert _read("长三角三市交流频繁，中国已有15座城市加入该网络。") == [
        ("15座城市", "country_cities", 15, "CN")
    ]
