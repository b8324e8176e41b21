"""The members already there, counted beside an intake or a call for new ones: "기존
회원도시 35곳" (existing member cities), "既存の加盟都市", "原有…成员城市". A real Korean
story of 2018 wrote that the national commission invited the country's lifelong-learning
cities "(155곳 중 기존 회원도시 35곳 제외)" to join: the 35 were dropped (Korea's national
programme owned them: "중" after a count was no word of "among") and then read as an
intake (a small count in a sentence with "신규 가입"). Now a count's own "곳 중" is a
subset cue (the part of the programme's cities that are members is the network's), and a
small count led by Language.existing_words is its country's (one named in the sentence),
or nothing when no country is said."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions


def _read(language: str, body: str) -> list[tuple[str, int, str | None]]:
    return [(m.metric.value, m.value, m.country) for m in mentions(language, body, "2019-07-02")]


@pytest.mark.parametrize(
    "body",
    [
        "위원회는 국내 평생학습도시(170곳 중 기존 회원도시 38곳 제외)에 GNLC 신규 가입을 "
        "안내했다.",
        "기존 회원도시 38곳을 제외한 국내 도시에 GNLC 신규 가입 신청을 받는다.",
        "국내 평생학습도시 170곳 중 기존 회원도시 38곳을 뺀 지자체가 GNLC 신규 가입 대상이다.",
    ],
)
def test_existing_members_are_the_countrys(body: str) -> None:
    assert [r for r in _read("ko", body) if r[1] == 38] == [("country_cities", 38, "KR")]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("ko", "GNLC 신규 가입 안내는 기존 회원도시 38곳을 뺀 도시에 발송됐다."),
        ("ja", "既存の加盟都市38都市を除く自治体に、新規加盟の案内が送られた。"),
        ("zh", "在原有38个成员城市的基础上，今年新增若干城市加入该网络。"),
    ],
)
def test_existing_members_of_no_said_country_are_no_intake(language: str, body: str) -> None:
    assert [r for r in _read(language, body) if r[1] == 38] == []


def test_a_new_count_stays_an_intake() -> None:
    body = "올해 국내에서 9곳이 GNLC에 신규 가입해 회원도시는 기존 38곳에서 47곳으로 늘었다."
    assert _read("ko", body) == [
        ("new_cities", 9, "KR"),
        ("country_cities", 38, "KR"),
        ("country_cities", 47, "KR"),
    ]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("ko", "기존 국내 회원도시 38곳에 더해 올해 9곳이 GNLC에 신규 가입했다.",
         ("country_cities", 38, "KR")),
        ("ko", "GNLC는 기존 회원도시 356곳에 더해 72곳이 새로 가입했다.",
         ("total_cities", 356, None)),
        ("zh", "在原有356个成员城市的基础上，该网络新增72个城市。", ("total_cities", 356, None)),
    ],
)  # fmt: skip
def test_existing_members_beside_an_intake(
    language: str, body: str, expected: tuple[str, int, str | None]
) -> None:
    assert [r for r in _read(language, body) if r[1] == expected[1]] == [expected]
