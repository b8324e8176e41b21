"""A heading that names a body other than the network (Language.negative_subjects: Korea's
national 평생학습도시, an association) holds the counts of its section, up to the next
heading, unless the GNLC is named in between: "가. 평생학습도시 지정 현황" over a table of
the national scheme's designations (a Korean white paper, b11) had its cumulative column
read as the network's totals once space-aligned tables were read. In a sentence, such a
word still holds its own sentence only.
"""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

Row = tuple[str, str, int]

_KO_HEAD = (
    "2024 평생교육 현황\n\n1. 유네스코 글로벌 학습도시 네트워크\n\n"
    "네트워크에는 현재 79개국 356개 도시가 가입해 있다.\n\n"
)
_KO_NETWORK = [("79개국", "total_countries", 79), ("356개 도시", "total_cities", 356)]

CASES: list[tuple[str, str, list[Row]]] = [
    ("ko", _KO_HEAD + "2. 평생학습도시 지정 현황\n\n  연도      신규 지정   누적\n"
                      "  2022        6        190\n  2023        5        195\n", _KO_NETWORK),
    ("ko", _KO_HEAD + "2. 국내 평생학습도시 현황\n\n"
                      "올해 5곳이 새로 지정돼 모두 195곳이 됐다.\n",
     _KO_NETWORK),
    ("ko", "2024 평생교육 현황\n\n1. 평생학습도시 지정 현황\n\n"
           "올해 5곳이 새로 지정돼 모두 195곳이 됐다. 이와 별도로 "
           "유네스코 글로벌 학습도시 네트워크에는 79개국 356개 도시가 가입해 있다.\n",
     _KO_NETWORK),
    ("zh", "2024年終身教育工作概況\n\n一、平生學習城市考察\n\n"
           "韓國目前共有195個城市，今年新增5個。\n\n"
           "二、全球學習型城市網絡\n\n網絡目前有79個國家的356個成員城市。\n",
     [("79個國家", "total_countries", 79), ("356個成員城市", "total_cities", 356)]),
    # the GNLC named in the section after its heading: its figures are the network's
    ("ko", "2024 평생교육 현황\n\n1. 평생학습도시와 국제 협력\n\n우리 시는 2016년 유네스코 글로벌 "
           "학습도시 네트워크에 가입했다. 현재 회원 도시는 356곳이다.\n",
     [("356곳", "total_cities", 356)]),
    ("zh", "2024年终身教育工作概况\n\n一、平生学习城市考察\n\n考察团还了解了全球学习型城市网络，"
           "网络现有356个成员城市。\n", [("356个成员城市", "total_cities", 356)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_heading_naming_another_body_holds_its_section(
    language: str, text: str, expected: list[Row]
) -> None:
    found = find_mentions(read_document(text, "text"), language)
    assert [(m.text, m.metric.value, m.value) for m in found] == expected
