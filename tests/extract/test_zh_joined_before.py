"""Chinese members that joined before this round are no intake: a news agency's "此前已
加入的12座城市包括北京、上海……" was read as 12 new cities (and judged wrong, a false
alarm), the verb 加入 an intake's cue. 此前/之前/先前/早前 (+已经) before the verb of
joining now make the count a membership."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

HEAD = "联合国教科文组织全球学习型城市网络（GNLC）12月4日公布新成员名单。"


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("中国早前加入的12个城市包括北京、上海等。", "12个城市"),
        ("在此之前已经加入的12个中国城市包括北京等。", "12个中国城市"),
        ("中国此前已加入的12座城市包括北京、上海、广州等。", "12座城市"),
        ("中國先前加入的12個城市包括北京、上海等。", "12個城市"),
    ],
)
def test_members_from_before_the_round(sentence: str, text: str) -> None:
    found = find_mentions(read_document(HEAD + sentence, "text"), "zh")
    assert [(m.text, m.metric.value, int(m.value), m.country) for m in found] == [
        (text, "country_cities", 12, "CN")
    ]


def test_members_from_before_without_a_country_are_no_intake() -> None:
    found = find_mentions(
        read_document(HEAD + "此前加入的12座城市包括北京、上海等。", "text"), "zh"
    )
    assert [m.metric.value for m in found if m.metric.value == "new_cities"] == []


@pytest.mark.parametrize("sentence", ["此次新加入的3个城市来自中国。", "中国此次有3个城市加入。"])
def test_this_rounds_joining_is_still_an_intake(sentence: str) -> None:
    found = find_mentions(read_document(HEAD + sentence, "text"), "zh")
    assert [(m.metric.value, int(m.value), m.country) for m in found] == [("new_cities", 3, "CN")]
