"""A body named as the partner of a relation is not the owner of the count after it: a
friendship association's page wrote "当協会と交流のあるタイからは3都市が加わり" (Thailand,
with which the association has exchanges, had three cities join), and the association,
read as the subject (negative_subjects), took both Thai figures away. The same holds for
"우리 협회와 교류하는 태국", "与本协会有交流的泰国". A Korean country with "에서", "에서도"
or "도" before its count ("태국에서도 3개 도시가 새로 가입했다") lost the figure as well:
only "에서는" tied the country to it."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

INTAKE = {
    "ja": "ユネスコは12月4日、46か国の72都市を学習都市に関するグローバルネットワーク"
    "（GNLC）の新しい加盟都市として発表した。\n\n",
    "ko": "유네스코는 12월 4일 46개국 72개 도시를 유네스코 학습도시 국제 네트워크(GNLC) "
    "신규 회원으로 발표했다.\n\n",
    "zh": "联合国教科文组织12月4日公布，46个国家的72个城市加入全球学习型城市网络（GNLC）。\n\n",
}

PARTNERS = [
    ("ja", "当協会と交流のあるタイからは３都市が加わった。"),
    ("ja", "本会と友好関係にあるタイからは３都市が加わった。"),
    ("ja", "市の協議会と連携するタイからは３都市が新たに加盟した。"),
    ("ko", "본 협회와 자매결연을 맺은 태국에서도 3개 도시가 새로 가입했다."),
    ("ko", "우리 대학과 협력해 온 태국에서는 3개 도시가 새로 가입했다."),
    ("zh", "与本协会有交流的泰国此次有3个城市加入。"),
    ("zh", "和协会保持合作的泰国也有3个城市新加入。"),
]


@pytest.mark.parametrize(("code", "sentence"), PARTNERS)
def test_the_partner_of_a_relation_owns_no_count(code: str, sentence: str) -> None:
    found = find_mentions(read_document(INTAKE[code] + sentence, "text"), code)
    assert [(m.metric.value, int(m.value), m.country) for m in found][-1] == (
        "new_cities",
        3,
        "TH",
    )


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        ("ja", "協会の会員は230名です。"),
        ("ko", "협회 회원은 230명이다."),
        ("zh", "协会会员已有230个城市。"),
    ],
)
def test_the_body_as_subject_still_owns_its_count(code: str, sentence: str) -> None:
    found = find_mentions(read_document(INTAKE[code] + sentence, "text"), code)
    assert [int(m.value) for m in found] == [46, 72]


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("태국에서 3개 도시가 새로 가입했다.", "TH"),
        ("베트남에서도 3개 도시가 새로 가입했다.", "VN"),
        ("태국도 3개 도시가 새로 가입했다.", "TH"),
        ("이번에는 태국에서도 세 도시가 새로 가입했다.", "TH"),
        ("한국에서 3곳이 새로 가입했다.", "KR"),
    ],
)
def test_a_korean_country_with_its_particle_before_the_count(sentence: str, country: str) -> None:
    found = find_mentions(read_document(INTAKE["ko"] + sentence, "text"), "ko")
    assert [(m.metric.value, int(m.value), m.country) for m in found][-1] == (
        "new_cities",
        3,
        country,
    )


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("국내에서는 올해 상반기 12곳이 가입을 신청했다.", 12),
        ("국내에서는 올해 하반기 열두 곳이 가입을 신청했다.", 12),
        ("국내에서는 상반기 12개 도시가 가입을 신청했다.", 12),
    ],
)
def test_a_korean_country_before_the_time_of_its_count(sentence: str, value: int) -> None:
    # "올해 상반기" (the first half of this year) between the country and its count
    found = find_mentions(read_document(INTAKE["ko"] + sentence, "text"), "ko")
    assert [(m.metric.value, int(m.value), m.country) for m in found][-1] == (
        "candidate_cities",
        value,
        "KR",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "강동구는 안성시, 양구군과 함께 국내에서 새로 이름을 올린 세 곳 가운데 하나입니다.",
        "강동구는 국내에서 새로 이름을 올린 3곳 가운데 하나다.",
        "강동구는 국내에서 새로 가입한 3곳 중 하나다.",
        "안성시는 국내에서 새로 선정된 3곳 가운데 하나다.",
    ],
)
def test_a_korean_country_before_the_counts_relative_clause(sentence: str) -> None:
    # "국내에서 새로 이름을 올린 세 곳": the clause of joining between the country and count
    found = find_mentions(read_document(INTAKE["ko"] + sentence, "text"), "ko")
    assert [(m.metric.value, int(m.value), m.country) for m in found][-1] == (
        "new_cities",
        3,
        "KR",
    )
