"""The capitals among an intake, as Japanese, Chinese and Korean pages write them beyond
"11の首都": a fact box's label before a count with its own unit ("新規首都: 11都市",
"신규 수도: 11곳", the city unit after the label lost to it), a counter with what its
places are after it ("11곳의 수도가 새로 가입"), and a verb with whose capitals they are
between the counter and the noun ("新成员中有11个是各国首都"). Each was read as new cities
or not at all."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

INTAKE = {
    "ja": "ユネスコ学習都市グローバルネットワーク（GNLC）に72都市が新たに加盟した。",
    "zh": "联合国教科文组织全球学习型城市网络（GNLC）新增72个成员城市。",
    "ko": "유네스코 학습도시 국제 네트워크(GNLC)에 72개 도시가 새로 가입했다.",
}

CASES = [
    ("ja", "\n\n- 新規加盟都市：72都市\n- 新規首都：11都市\n", "11都市"),
    ("ja", "\n\n- 新規加盟都市：72都市\n- 今回加盟した首都　11都市\n", "11都市"),
    ("ja", "\n\n- 新規加盟都市：72都市\n- 首都: 11都市\n", "11都市"),
    ("ko", "\n\n> - 신규 회원 도시: 72곳\n> - 신규 수도: 11곳\n", "11곳"),
    ("ko", " 이번 발표에서는 11곳의 수도가 새로 가입했다.", "11곳의 수도"),
    ("ko", " 새로 가입한 곳 가운데 11곳의 수도가 포함됐다.", "11곳의 수도"),
    ("zh", "此次新成员中有11个是各国首都。", "11个是各国首都"),
    ("zh", "其中11个为各国的首都。", "11个为各国的首都"),
    ("zh", "\n\n- 新增成员城市：72个\n- 新增首都：11个\n", "11个"),
]


@pytest.mark.parametrize(("code", "rest", "text"), CASES)
def test_the_capitals_of_an_intake(code: str, rest: str, text: str) -> None:
    page = INTAKE[code] + rest
    found = find_mentions(read_document(page, "markdown"), code)
    assert [(m.text, m.metric.value, int(m.value)) for m in found][-1] == (
        text,
        "new_capitals",
        11,
    )


def test_traditional_chinese_capitals_after_the_verb() -> None:
    page = "聯合國教科文組織全球學習型城市網絡（GNLC）新增72個成員城市，當中11個為各國首都。"
    found = find_mentions(read_document(page, "text"), "zh")
    assert [(m.metric.value, int(m.value)) for m in found] == [
        ("new_cities", 72),
        ("new_capitals", 11),
    ]
