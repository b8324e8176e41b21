"""A word of applying before a count in another clause, past a CJK comma: "申請は続いて
おり、現在は120都市を超えている" (applications go on; the network has passed 120) is a
total, as "applications continue, and the network now has more than 120" is. Only an
ASCII comma ended that clause before. A topic's comma does not end it: "加盟を申請した都市
は、現在120都市を超えている" counts the applicants."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions


@pytest.mark.parametrize(
    ("language", "body", "metric"),
    [
        ("ja", "その後も申請は続いており、現在は120都市を超えている。", "total_cities"),
        ("ja", "申請は続いているが、現在は120都市を超えている。", "total_cities"),
        ("ja", "加盟申請が相次ぎ、ネットワークは現在120都市を超えた。", "total_cities"),
        ("zh", "申请仍在继续，目前网络已有120多个城市。", "total_cities"),
        ("zh", "各地纷纷申请加入，网络成员城市已超过120个。", "total_cities"),
        ("ko", "가입 신청이 이어지고 있으며, 현재 회원 도시는 120곳을 넘었다.", "total_cities"),
        ("ja", "加盟を申請した都市は、現在120都市を超えている。", "candidate_cities"),
        ("zh", "申请加入的城市已超过120个。", "candidate_cities"),
        ("ko", "가입을 신청한 도시는 120곳이 넘는다.", "candidate_cities"),
    ],
)
def test_a_word_of_applying_past_a_comma_is_another_clauses(
    language: str, body: str, metric: str
) -> None:
    found = mentions(language, body, "2016-09-05")
    assert [(m.metric.value, m.value) for m in found] == [(metric, 120)]
