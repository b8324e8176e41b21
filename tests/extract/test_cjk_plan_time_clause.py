"""A plan or a target as the object of a past time clause dates the count after it and
owns nothing: a city's lifelong-learning plan wrote "第２次計画を策定した当時、加盟都市は
世界で約180都市でした", and 計画 (negative_subjects: a country's own plan owns its
count) took the network's figure away. A target the count's own clause modifies still
owns it ("国内の学習都市を30都市に増やす目標を掲げている")."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

HEAD = {
    "ja": "ユネスコ学習都市グローバルネットワーク（GNLC）について。",
    "ko": "유네스코 학습도시 국제 네트워크(GNLC)에 대하여. ",
}


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        ("ja", "第２次計画を策定した当時、加盟都市は世界で約180都市でした。"),
        ("ja", "計画を立てた2018年当時、加盟都市は約180都市だった。"),
        ("ja", "前回の計画を作った時点では、加盟都市は約180都市でした。"),
        ("ja", "目標を定めたころ、加盟都市は約180都市だった。"),
        ("ko", "목표를 세운 2018년 당시 회원 도시는 약 180곳이었다."),
        ("ko", "목표를 정할 때 네트워크 회원 도시는 약 180곳이었다."),
    ],
)
def test_a_plan_in_a_time_clause_owns_no_count(code: str, sentence: str) -> None:
    found = find_mentions(read_document(HEAD[code] + sentence, "text"), code)
    assert [(m.metric.value, int(m.value), m.qualifier.value) for m in found] == [
        ("total_cities", 180, "about")
    ]


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        ("ja", "タイ教育省は、国内の学習都市を30都市に増やす目標を掲げている。"),
        ("ja", "市の計画では、加盟都市を30都市に増やすとしている。"),
        ("ko", "정부의 목표는 회원 도시를 30곳으로 늘리는 것이다."),
    ],
)
def test_a_target_still_owns_its_count(code: str, sentence: str) -> None:
    assert list(find_mentions(read_document(HEAD[code] + sentence, "text"), code)) == []
