"""A written source's count, quoted, is the network's whoever hands the source out: an
association's page wrote "当協会が窓口で配布しているパンフレットには、今も「７９か国３５６
都市、３億９千万人」と記載されています" and the association (negative_subjects) took all
three stale figures away; "협회가 나눠 주는 안내 책자에는 '356개 도시'라고 적혀 있다"
and "协会发放的手册上仍写着“全球356个城市”" the same. A body named before the quotation
no longer owns a count inside it. The quotation's check also read an ASCII quote's
opening mark as its close ("'356개 도시'라고 적혀"), so no such quotation was seen."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

HEAD = {
    "ja": "ユネスコ学習都市グローバルネットワーク（GNLC）の加盟は91か国425都市となった。\n\n",
    "zh": "联合国教科文组织全球学习型城市网络（GNLC）目前有91个国家的425个成员城市。\n\n",
    "ko": "유네스코 학습도시 국제 네트워크(GNLC) 회원 도시는 91개국 425곳이다.\n\n",
}


@pytest.mark.parametrize(
    ("code", "sentence", "expected"),
    [
        ("ja", "当協会が配布しているパンフレットには、今も"
         "「７９か国３５６都市、３億９千万人」と記載されています。",
         [("total_countries", 79), ("total_cities", 356), ("citizens", 390_000_000)]),
        ("ja", "大学が作った資料には「世界356都市」と書かれている。", [("total_cities", 356)]),
        ("zh", "不过，协会发放的手册上仍写着“全球356个城市”。", [("total_cities", 356)]),
        ("zh", "学校编印的讲义中仍写着“79个国家356个城市”。",
         [("total_countries", 79), ("total_cities", 356)]),
        ("ko", "그러나 협회가 나눠 주는 안내 책자에는 '356개 도시'라고 적혀 있다.",
         [("total_cities", 356)]),
        ("ko", "대학이 만든 홍보물에는 아직 '79개국 356개 도시'라고 쓰여 있다.",
         [("total_countries", 79), ("total_cities", 356)]),
    ],
)  # fmt: skip
def test_a_quoted_sources_count_whoever_hands_it_out(
    code: str, sentence: str, expected: list[tuple[str, int]]
) -> None:
    found = find_mentions(read_document(HEAD[code] + sentence, "text"), code)
    assert [(m.metric.value, int(m.value)) for m in found][2:] == expected


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        ("ja", "協会の会員は「230名」に増えた。"),
        ("ko", "협회 회원은 230명이다."),
    ],
)
def test_the_bodys_own_count_outside_a_written_source(code: str, sentence: str) -> None:
    found = find_mentions(read_document(HEAD[code] + sentence, "text"), code)
    assert [int(m.value) for m in found] == [91, 425]
