"""Cities that asked about joining, hope or mean to join are candidates, not members:
"가입 문의 도시: 1,000곳 이상" on b13's Korean seminar slide was read as the network's
total (a wrong "more than 1,000 members", flagged: a false alarm), and so were the same
counts said with "희망", "의향", "관심을 보인" (ko), "問い合わせ", "希望" (ja), "有意",
"意向", "希望加入" (zh)."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("ko", "· 가입 문의 도시: 800곳 이상"),
        ("ko", "GNLC 가입을 문의해 온 도시는 800곳이 넘는다."),
        ("ko", "800곳 이상의 도시가 GNLC 가입에 관심을 보였다."),
        ("ko", "GNLC 가입 의향을 밝힌 도시는 800곳 이상이다."),
        ("ko", "GNLC 가입을 희망하는 도시는 800곳 이상이다."),
        ("ja", "・加盟に関する問い合わせ：800都市以上"),
        ("ja", "GNLCへの加盟を希望している都市は800都市を超える。"),
        ("ja", "加盟希望都市：800都市以上"),
        ("zh", "有意加入全球学习型城市网络的城市已超过800个。"),
        ("zh", "已有超过800个城市表达了加入该网络的意向。"),
        ("zh", "希望加入该网络的城市超过800个。"),
    ],
)
def test_cities_wishing_to_join_are_candidates(language: str, body: str) -> None:
    found = mentions(language, body, "2019-04-08")
    assert [(m.metric.value, m.value, m.qualifier.value) for m in found] == [
        ("candidate_cities", 800, "more_than")
    ]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("ko", "GNLC 회원 도시는 현재 800곳이 넘는다."),
        ("ja", "GNLCの加盟都市は現在800都市を超える。"),
        ("zh", "加入全球学习型城市网络的城市目前已超过800个。"),
    ],
)
def test_members_stay_members(language: str, body: str) -> None:
    found = mentions(language, body, "2019-04-08")
    assert [(m.metric.value, m.value) for m in found] == [("total_cities", 800)]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("zh", "全球学习型城市网络共有310个成员城市，另有25个城市正在申请。"),
        ("zh", "该网络现有310个成员城市；此外还有25个城市提交了申请。"),
        ("ko", "GNLC 회원 도시는 310곳이며, 이 밖에 25곳이 가입을 신청했다."),
        ("ko", "GNLC에는 310개 회원 도시가 있고, 25개 도시가 가입 신청 중이다."),
        ("ja", "GNLCの加盟都市は310都市で、ほかに25都市が加盟を申請している。"),
        ("ja", "GNLCには310の加盟都市があり、さらに25都市が申請中だ。"),
        ("en", "The GNLC has 310 member cities, and another 25 cities have applied."),
    ],
)
def test_the_applicants_counted_in_the_next_clause_are_its_own(language: str, body: str) -> None:
    # before, the word of applying after the members' count made both counts applicants
    found = mentions(language, body, "2023-01-16")
    assert [(m.metric.value, m.value) for m in found] == [
        ("total_cities", 310),
        ("candidate_cities", 25),
    ]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("zh", "意向加入城市：800个以上"),
        ("zh", "· 咨询加入的城市：800个以上"),
        ("ko", "가입 희망 도시: 800곳 이상"),
        ("ja", "加盟希望都市：800都市以上"),
    ],
)
def test_a_label_of_applicants_before_its_count(language: str, body: str) -> None:
    # where words touch, the word of applying in the head of a count told after its noun
    # (zh read these as members: "加入的城市" is a members' head)
    found = mentions(language, body, "2019-04-08")
    assert [(m.metric.value, m.value) for m in found] == [("candidate_cities", 800)]


def test_members_counted_at_the_time_of_applying_stay_members() -> None:
    body = "우리 시가 GNLC 가입을 준비하기 시작한 2017년에는 회원도시가 180곳이었다."
    found = mentions("ko", body, "2019-04-08")
    assert [(m.metric.value, m.value) for m in found] == [("total_cities", 180)]
