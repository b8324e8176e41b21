"""The country a Chinese sentence opens with owns the count of its later clause also
when a word of the present comes before "已有" ("韓國是成員最多的國家, 目前已有50餘個城市
加入") and when a short modifier comes before the country ("鄰近的韓國是……"): a
community college's newsletter had both, and the 50 were read as an intake."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

HEAD = "聯合國教科文組織全球學習型城市網絡（GNLC）目前有76個國家的294個城市加入。"


@pytest.mark.parametrize(
    "sentence",
    [
        "韓國是會員最多的國家，目前已有50餘個城市加入。",
        "鄰近的韓國是成員最多的國家，目前已有50餘個城市加入。",
        "韩国是成员最多的国家，现在已有50多个城市加入。",
        "邻近的韩国是会员最多的国家，如今已有50多个城市加入。",
        "韓國是成員最多的國家，已有50餘個城市加入。",
    ],
)
def test_the_opening_country_owns_the_later_clauses_count(sentence: str) -> None:
    found = find_mentions(read_document(HEAD + sentence, "text"), "zh")
    assert [(m.metric.value, int(m.value), m.country) for m in found][-1] == (
        "country_cities",
        50,
        "KR",
    )
