"""Where words touch (ja, ko), a headline's ellipsis parts its clauses: the verb of joining
before it is the first clause's, so the country's count after it is its members, not an
intake ("유네스코 학습도시 72곳 새로 선정…국내 가입 59곳으로", a district weekly of the b11
batch). A date before the ellipsis still dates the whole headline."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions
from tests.extract.titled import titled

Row = tuple[str, str, int, str | None, str | None]

CASES: list[tuple[str, str, list[Row]]] = [
    ("ko", "유네스코 학습도시 72곳 새로 선정…국내 가입 59곳으로",
     [("72곳", "new_cities", 72, None, None), ("59곳", "country_cities", 59, None, "KR")]),
    ("ko", "2024년 2월 64곳 새로 선정…국내 가입 44곳으로",
     [("64곳", "new_cities", 64, "2024-02", None),
      ("44곳", "country_cities", 44, "2024-02", "KR")]),
    ("ko", "학습도시 네트워크 64곳 신규 가입…한국 회원 도시 44곳 돼",
     [("64곳", "new_cities", 64, None, None), ("44곳", "country_cities", 44, None, "KR")]),
    ("ja", "学習都市ネットワークに72都市が新たに加盟…国内の加盟都市は9都市に",
     [("72都市", "new_cities", 72, None, None), ("9都市", "country_cities", 9, None, "JP")]),
    ("ja", "2024年2月、64都市が新たに加盟…国内の加盟都市は8都市に",
     [("64都市", "new_cities", 64, "2024-02", None),
      ("8都市", "country_cities", 8, "2024-02", "JP")]),
    # the totals after an ellipsis stay the network's
    ("ko", "세 곳 추가… 전 세계 79개국 356개 도시",
     [("79개국", "total_countries", 79, None, None),
      ("356개 도시", "total_cities", 356, None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_headlines_ellipsis_parts_its_clauses(
    language: str, text: str, expected: list[Row]
) -> None:
    found = find_mentions(titled(language, text, "2025-12-20"), language)
    rows = [(m.text, m.metric.value, m.value, m.as_of and str(m.as_of), m.country) for m in found]
    assert rows == expected
