"""A fact box's row that holds a date ("- 第六届国际学习型城市大会 2024年12月 沙特朱拜勒",
its colon and comma full-width) is no archive entry's date line where nothing separates
words: its letters are counted, not its space-separated words (one "word" in Chinese),
so the rows above it keep the text's date (b18 zh: the box's 3.9亿 was read as of
December 2024, historic, once a related-news list with dates made the page an
archive)."""

from __future__ import annotations

from tests.extract.titled import mentions

ZH = (
    "> **资料卡｜全球学习型城市网络**\n"
    "> - 成员城市：356个\n"
    "> - 覆盖人口：3.9亿\n"
    "> - 第六届国际学习型城市大会：2024年12月，沙特朱拜勒\n\n"
    "**相关新闻**\n"
    "- 我校获评全国老年教育示范校（2025-11-21）\n"
    "- 市民终身学习周开幕，全市设分会场28个（2025-10-15）\n"
)


def test_a_fact_box_row_with_a_date_is_no_date_line() -> None:
    found = mentions("zh", ZH, "2025-12-10")
    assert [(m.value, m.as_of) for m in found] == [(356, None), (390_000_000, None)]
