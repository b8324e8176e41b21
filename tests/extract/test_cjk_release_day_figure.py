"""The release's own day as a cue of a superseded figure: "なお、発表当日の資料には「230都市」
とありましたが、翌日に訂正されています" (b11 ja research blog: the corrected 229 of the sentence
before was taken for the superseded one, dropped, and the 230 reported as a figure). Now
"発表当日", "发布当天", "발표 당일" mark the figure after them as the one a correction
replaced: the 229 before stays, the 230 is no statement."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document


@pytest.mark.parametrize(
    ("language", "page"),
    [
        ("ja", "研究メモ\n2020年11月30日\n\n学習都市グローバルネットワーク(GNLC)には9月に54都市が"
         "新たに加わりました。これでネットワーク全体は229都市となりました。\n"
         "なお、発表当日の資料には「230都市」とありましたが、翌日に訂正されています。\n"),
        ("zh", "研究笔记\n2020年11月30日\n\n"
         "全球学习型城市网络9月新增54个城市，网络总数达到229个城市。"
         "发布当天的材料写的是“230个城市”，次日已更正。\n"),
        ("ko", "연구 메모\n2020년 11월 30일\n\n"
         "글로벌 학습도시 네트워크에는 9월 54곳이 새로 가입해 전체 229개 도시가 됐다. "
         "발표 당일 자료에는 '230개 도시'로 적혀 있었으나 이튿날 정정됐다.\n"),
    ],
)  # fmt: skip
def test_the_corrected_total_stays_and_the_release_days_goes(language: str, page: str) -> None:
    found = find_mentions(read_document(page, "text"), language)
    assert [(m.metric.value, m.value) for m in found] == [
        ("new_cities", 54),
        ("total_cities", 229),
    ]
