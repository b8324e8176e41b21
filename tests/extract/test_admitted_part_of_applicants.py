"""The part of the applicants that a verb of joining after it admits is the intake: a
Korean district's release wrote "국내에서는 12곳이 가입을 신청했으며, 이 가운데 3곳이
최종 선정됐다" and the 3 were read as Korea's member count (a part of the applicants,
not of an intake, was not new). The same in English ("12 cities applied, and of these 3
were admitted"). A part recommended, not admitted, is no intake."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

KO = "유네스코 학습도시 국제 네트워크(GNLC)에 올해 55개 도시가 새로 가입했다.\n\n"
EN = "The UNESCO Global Network of Learning Cities admitted 55 cities this year. "


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("ko", KO + "국내에서는 12곳이 가입을 신청했으며, 이 가운데 3곳이 최종 선정됐다."),
        ("ko", KO + "국내에서는 12곳이 가입을 신청했으며, 이 중 3곳이 새로 가입했다."),
        ("ko", KO + "국내에서는 12개 도시가 신청했고, 그 가운데 3개 도시가 최종 승인을 받았다."),
        ("en", EN + "In Korea 12 cities applied, and of these 3 were admitted."),
    ],
)
def test_the_admitted_part_of_the_applicants(code: str, text: str) -> None:
    found = find_mentions(read_document(text, "text"), code)
    assert [(m.metric.value, int(m.value), m.country) for m in found] == [
        ("new_cities", 55, None),
        ("candidate_cities", 12, "KR"),
        ("new_cities", 3, "KR"),
    ]


def test_a_recommended_part_is_no_intake() -> None:
    text = KO + "국내에서는 12곳이 가입을 신청했으며, 이 가운데 3곳이 유네스코에 추천될 예정이다."
    found = find_mentions(read_document(text, "text"), "ko")
    # (read as Korea's count today, which it is not either: a part of the applicants)
    assert ("new_cities", 3) not in [(m.metric.value, int(m.value)) for m in found]
