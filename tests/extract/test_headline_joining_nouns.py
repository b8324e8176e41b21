"""A headline's verbal noun of joining, ending its clause with no tense: "국내 3개 도시
선정…", "국내 3개 도시 GNLC 합류", "国内3都市がGNLCに加盟…". Korean and Japanese
headlines drop the verb's ending; the count is the country's share of the intake, not its
members so far. A noun of applying after it ("가입 신청", "가입 추진") keeps the count the
applicants'."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

DATE = "2020-09-23"


@pytest.mark.parametrize(
    ("language", "body", "metric", "country"),
    [
        ("ko", "A시 포함해 국내 단 3개 도시 선정…학습도시 사업 탄력", "new_cities", "KR"),
        ("ko", "국내 3개 도시 GNLC 가입…평생학습 교류 확대", "new_cities", "KR"),
        ("ko", "A시·B구·C군, 국내 3개 도시 GNLC 합류", "new_cities", "KR"),
        ("ko", "국내 3곳 GNLC 회원도시 선정", "new_cities", "KR"),
        ("ko", "국내 3개 도시 GNLC 가입 확정", "new_cities", "KR"),
        ("ko", "국내 3개 도시 GNLC 가입 신청…심사 진행", "candidate_cities", "KR"),
        ("ko", "국내 3개 도시 GNLC 가입 추진", "candidate_cities", "KR"),
        ("ja", "国内3都市がGNLCに加盟…生涯学習の交流広がる", "new_cities", "JP"),
        ("ja", "国内3都市がGNLCに登録", "new_cities", "JP"),
    ],
)
def test_a_headlines_noun_of_joining_makes_an_intake(
    language: str, body: str, metric: str, country: str
) -> None:
    found = mentions(language, body, DATE)
    assert [(m.metric.value, m.value, m.country) for m in found] == [(metric, 3, country)]
