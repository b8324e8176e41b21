"""A change told where words touch (ja, ko, zh): "115都市から294都市に増えた", "115개에서
294개로 늘었다", "已由2016年的115个增加到294个". Its start, undated, is a figure of some
time before the text's (checked at the store's period it states), dated, that date is
the start's and not the end's; the end is the text's date's. Before, the Japanese and
Korean start was judged at the text's date (a false alarm: 115 'stale'), and the Chinese
"由" touching the word before it ("已由") was no change at all. A correction ("55都市
ではなく54都市") and cities from countries ("27か国から55都市") are no change."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions
from tests.extract.titled import titled

Row = tuple[str, str, int, str | None, bool]

CASES: list[tuple[str, str, list[Row]]] = [
    ("ja", "加盟都市は115都市から294都市に増えた。",
     [("115都市", "total_cities", 115, None, True),
      ("294都市", "total_cities", 294, None, False)]),
    ("ja", "加盟都市は2016年の115都市から294都市に増えた。",
     [("115都市", "total_cities", 115, "2016", False),
      ("294都市", "total_cities", 294, None, False)]),
    ("ja", "ネットワークは229都市から356都市へと拡大した。",
     [("229都市", "total_cities", 229, None, True),
      ("356都市", "total_cities", 356, None, False)]),
    ("ko", "회원 도시는 115개에서 294개로 늘었다.",
     [("회원 도시는 115", "total_cities", 115, None, True),
      ("294개", "total_cities", 294, None, False)]),
    ("ko", "회원 도시는 2016년 115개 도시에서 294개 도시로 늘었다.",
     [("115개 도시", "total_cities", 115, "2016", False),
      ("294개 도시", "total_cities", 294, None, False)]),
    ("zh", "网络成员城市已由2016年的115个增加到294个。",
     [("115", "total_cities", 115, "2016", False), ("294个", "total_cities", 294, None, False)]),
    ("zh", "2021年以来，网络成员从229个增至294个。",
     [("229", "total_cities", 229, "2021", False), ("294个", "total_cities", 294, None, False)]),
    # a correction's first figure is left out; countries then cities are no change
    ("ja", "新規加盟は55都市ではなく54都市だった。", [("54都市", "new_cities", 54, None, False)]),
    ("zh", "隨後發布更正：新成員由55個更正為54個，來自27個國家。",
     [("54個", "new_cities", 54, None, False), ("27個國家", "new_countries", 27, None, False)]),
    ("zh", "数日后，将摩洛哥入选城市由3个改为2个。", [("2个", "new_cities", 2, None, False)]),
    ("ja", "今回は27か国から55都市が新たに加盟した。",
     [("27か国", "new_countries", 27, None, False), ("55都市", "new_cities", 55, None, False)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_change_where_words_touch_has_an_earlier_start(
    language: str, text: str, expected: list[Row]
) -> None:
    found = find_mentions(titled(language, text, "2025-06-10"), language)
    rows = [(m.text, m.metric.value, m.value, m.as_of and str(m.as_of), m.earlier) for m in found]
    assert rows == expected
