"""A count whose own clause says its cities are members is no count of applicants, though
a word of applying follows in the next clause ("국내에서는 수원시, 남양주시 등 30여 곳이 이미
가입해 있으며, 올해 … 세 곳이 신청한": the 30 are members, the three apply). The three
stay applicants, of the one country the sentence names; a count before "among the
applicants" stays one too. Nor is a count after the time of applying ("가입을 신청할 당시",
"申请时") one of applicants."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CASES: list[tuple[str, str, list[tuple[str, str, int, str | None]]]] = [
    ("ko", "국내에서는 수원시, 남양주시 등 30여 곳이 이미 가입해 있으며, 올해 하반기에는 우리 군을"
     " 포함해 세 곳이 신청한 것으로 알려졌다.",
     [("30여 곳", "country_cities", 30, "KR"), ("세 곳", "candidate_cities", 3, "KR")]),
    ("ja", "国内では岡山市など3都市が加盟しており、今年は新たに2市が申請した。",
     [("3都市", "country_cities", 3, "JP"), ("2市", "candidate_cities", 2, None)]),
    ("zh", "中国已有15个城市是该网络成员，今年又有3个城市提出申请。",
     [("15个城市", "country_cities", 15, "CN"), ("3个城市", "candidate_cities", 3, "CN")]),
    ("ko", "국내 신청 도시 12곳 가운데 3곳이 선정됐다.",
     [("12곳", "candidate_cities", 12, "KR"), ("3곳", "candidate_cities", 3, "KR")]),
    # the time of applying dates another statement: no applicants counted
    ("ko", "구는 작년 가입을 신청할 당시 네트워크를 '76개국 294개 도시'로 소개했다.",
     [("76개국", "total_countries", 76, None), ("294개 도시", "total_cities", 294, None)]),
    ("zh", "我市申请时，网络共有76个国家的294个城市。",
     [("76个国家", "total_countries", 76, None), ("294个城市", "total_cities", 294, None)]),
    ("ko", "신청할 때 네트워크는 294개 도시였다.", [("294개 도시", "total_cities", 294, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_members_before_a_clause_of_applying_are_members(
    language: str, text: str, expected: list[tuple[str, str, int, str | None]]
) -> None:
    found = mentions(language, text, "2018-11-20")
    assert [(m.text, m.metric.value, m.value, m.country) for m in found] == expected
