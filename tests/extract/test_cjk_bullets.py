"""A list whose items open with a CJK bullet (・, ●, ■, ◆, ※) or an
ideographic space before the bullet, as plain text turned from a PDF or a city's notice
lays it out: each item is a sentence of its own, so a date or a cue of one item ("最初の
公表", "首批") is not the next item's."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_plain

LISTS: list[tuple[str, list[Row]]] = [
    (
        "学習都市に関するグローバルネットワーク（GNLC）の歩み\n\n"
        "\u3000・2016年8月\u300028か国115都市（最初の公表）\n"
        "\u3000・2020年9月\u300064か国229都市\n",
        [("28か国", "total_countries", 28, "exact", "2016-08", None),
         ("115都市", "total_cities", 115, "exact", "2016-08", None),
         ("64か国", "total_countries", 64, "exact", "2020-09", None),
         ("229都市", "total_cities", 229, "exact", "2020-09", None)],
    ),
    (
        "学習都市に関するグローバルネットワーク（GNLC）の歩み\n\n"
        "\u3000●\u30002020年9月\u300064か国229都市\n"
        "\u3000●\u30002022年9月\u300076か国294都市\n",
        [("64か国", "total_countries", 64, "exact", "2020-09", None),
         ("229都市", "total_cities", 229, "exact", "2020-09", None),
         ("76か国", "total_countries", 76, "exact", "2022-09", None),
         ("294都市", "total_cities", 294, "exact", "2022-09", None)],
    ),
    (
        "全球学习型城市网络成员变化\n\n"
        "\u3000■ 2016年8月：28个国家115个城市（首批）\n"
        "\u3000■ 2020年9月：64个国家229个城市\n",
        [("28个国家", "total_countries", 28, "exact", "2016-08", None),
         ("115个城市", "total_cities", 115, "exact", "2016-08", None),
         ("64个国家", "total_countries", 64, "exact", "2020-09", None),
         ("229个城市", "total_cities", 229, "exact", "2020-09", None)],
    ),
    (
        "유네스코 글로벌 학습도시 네트워크 회원 추이\n\n"
        "\u3000◆ 2016년 8월 28개국 115개 도시(첫 발표)\n"
        "\u3000◆ 2020년 9월 64개국 229개 도시\n",
        [("28개국", "total_countries", 28, "exact", "2016-08", None),
         ("115개 도시", "total_cities", 115, "exact", "2016-08", None),
         ("64개국", "total_countries", 64, "exact", "2020-09", None),
         ("229개 도시", "total_cities", 229, "exact", "2020-09", None)],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_each_cjk_bulleted_item_is_a_sentence(text: str, expected: list[Row]) -> None:
    assert read_plain(text) == expected
