"""Plain text's lines that open with a bullet or an era's year are not a hard-wrapped
word: "研修資料\\n令和3年3月5日", "の概要\\n・平成28年(2016年)8月の初回発表時は115都市".

Before, the katakana middle dot "・" (a bullet) and an era's name counted as letters of a
word the line's end broke, and moved up to the line before ("の概要・平成\\n28年"): the
era lost its year, and a bracketed year left alone before "8月" let the month be read as
this year's ("115都市" of 2020-08, judged wrong, on a 2021 slide deck of b12). A year in
the other count between the year and the month ("平成28年(2016年)8月", "2016年(平成28年)
8月") is part of the date."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

HEAD = "学習都市ネットワーク研修資料\n令和3年3月5日\n\n学習都市グローバルネットワークの概要\n"


def test_a_bullet_and_an_era_open_their_lines() -> None:
    text = read_document(HEAD + "・平成28年8月の初回発表時は115都市\n", "text").text
    assert "資料\n令和3年3月5日" in text
    assert "概要\n・平成28年8月" in text


def test_a_word_broken_by_a_line_end_is_still_rejoined() -> None:
    text = read_document("同ネットワークの加盟都\n市は229都市となった。\n", "text").text
    assert text.startswith("同ネットワークの加盟都市は229都市")


@pytest.mark.parametrize(
    "line",
    [
        "・平成28年(2016年)8月の初回発表時は115都市",
        "・2016年(平成28年)8月の初回発表時は115都市",
        "平成28年（2016年）8月の初回発表では、加盟都市は115都市だった。",
        "・平成28年8月の初回発表時は115都市",
        "加盟都市は、平成28年8月の時点で115都市。",
    ],
)
def test_the_first_release_is_dated_by_its_era_year(line: str) -> None:
    found = find_mentions(read_document(HEAD + line + "\n", "text"), "ja")
    assert [(m.value, m.as_of and str(m.as_of)) for m in found] == [(115, "2016-08")]
