"""A time note after the figure, in its sentence, that says which date the figure is of:
"配布資料には「64か国・229都市」とありましたが、これは2020年9月時点の数字です" (s11 ja
lecture page: both read as stale at the page's date, October 2022), "「229都市」は2020年
9月時点のものだ", "这是2020年9月的数据". Language.figure_dated_after: the words after a
date that make it the date of a figure before it."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

HEAD = {
    "zh": "学习型城市公开讲座侧记\n2022年10月21日\n\n"
    "讲座介绍了联合国教科文组织全球学习型城市网络。\n",
    "ja": "公開講座レポート\n2022年10月21日\n\n"
    "講座ではユネスコ学習都市グローバルネットワークが紹介された。\n",
}


def _dates(language: str, sentence: str) -> list[tuple[int, str | None]]:
    found = find_mentions(read_document(HEAD[language] + sentence + "\n", "text"), language)
    return [(m.value, m.as_of and str(m.as_of)) for m in found]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("ja", "配布資料には「64か国・229都市」とありましたが、これは2020年9月時点の数字です。",
         [(64, "2020-09"), (229, "2020-09")]),
        ("ja", "配布資料の「229都市」は2020年9月時点のものだ。", [(229, "2020-09")]),
        ("ja", "配布資料には229都市と書かれていたが、これは2020年9月現在の数字である。",
         [(229, "2020-09")]),
        ("ja", "パンフレットの229都市という数字は、2020年9月の発表時のものです。",
         [(229, "2020-09")]),
        ("zh", "讲义上写着该网络有“229个城市”，这是2020年9月的数据。", [(229, "2020-09")]),
        ("zh", "讲义中该网络的“229个成员城市”是2020年9月时的数字。", [(229, "2020-09")]),
        ("zh", "手册写的是该网络有229个城市，那是2020年9月公布的数字。", [(229, "2020-09")]),
    ],
)  # fmt: skip
def test_the_note_dates_the_figure_before_it(
    language: str, sentence: str, expected: list[tuple[int, str | None]]
) -> None:
    assert _dates(language, sentence) == expected


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # a date after the figure that no words of "the figure's" tie to it: its own news
        ("ja", "同ネットワークの加盟都市は294都市で、2020年9月に本市が加盟した。"),
        ("zh", "该网络有294个成员城市，我市于2020年9月加入。"),
    ],
)
def test_a_date_after_the_figure_without_a_note(language: str, sentence: str) -> None:
    assert _dates(language, sentence) == [(294, None)]
