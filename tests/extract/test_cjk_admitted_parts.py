"""The part of a country's applicants that joined, told after a word of a part, is that
country's intake (ja, ko, zh): "올해 12개 시·군·구가 신청해 이 가운데 6곳이 새로 회원이 되었다"
(a Korean white paper, b11) read the 6 as applicants, and lost the 12 (시·군·구, the local
governments, were no unit). Japanese "そのうち" was never read as a word of a part (の before
うち), and "今年" between the country and its count lost the country. A part with no word
of entering stays an applicant count."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions
from tests.extract.titled import titled

Row = tuple[str, str, int, str | None]

CASES: list[tuple[str, str, list[Row]]] = [
    ("ko", "국내에서는 올해 12개 시·군·구가 신청해\n이 가운데 6곳이 새로 회원이 되었다.",
     [("12개 시·군·구", "candidate_cities", 12, "KR"), ("6곳", "new_cities", 6, "KR")]),
    ("ko", "국내에서는 올해 12개 도시가 신청해 이 가운데 6곳이 새로 회원이 되었다.",
     [("12개 도시", "candidate_cities", 12, "KR"), ("6곳", "new_cities", 6, "KR")]),
    ("ja", "国内では今年12市町村が申請し、そのうち3市が新たに加盟した。",
     [("12市町村", "candidate_cities", 12, "JP"), ("3市", "new_cities", 3, "JP")]),
    ("ja", "日本からは12市が申請し、そのうち3市が新たに加盟した。",
     [("12市", "candidate_cities", 12, "JP"), ("3市", "new_cities", 3, "JP")]),
    ("zh", "我国今年有12个城市提交申请，其中6个城市新加入网络。",
     [("12个城市", "candidate_cities", 12, "CN"), ("6个城市", "new_cities", 6, "CN")]),
    # no word of entering in the part's clause: applicants still
    ("ko", "국내에서는 올해 12개 도시가 신청해 이 가운데 3곳은 군 지역이다.",
     [("12개 도시", "candidate_cities", 12, "KR"), ("3곳", "candidate_cities", 3, "KR")]),
    ("ja", "国内では今年12市町村が申請し、そのうち3市は九州の市である。",
     [("12市町村", "candidate_cities", 12, "JP"), ("3市", "candidate_cities", 3, "JP")]),
    ("zh", "我国今年有12个城市提交申请，其中3个城市位于西部。",
     [("12个城市", "candidate_cities", 12, "CN"), ("3个城市", "candidate_cities", 3, "CN")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_the_part_of_the_applicants_that_joined_is_the_intake(
    language: str, text: str, expected: list[Row]
) -> None:
    found = find_mentions(titled(language, text, "2025-12-20"), language)
    assert [(m.text, m.metric.value, m.value, m.country) for m in found] == expected
