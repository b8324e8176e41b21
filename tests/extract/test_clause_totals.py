"""A total in its own clause after the clause of joining: the verb of joining is the
other clause's. Where the clauses are joined by an ideographic comma (U+3001, U+FF0C) as much as by
a Latin one."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CASES = [
    ("ja", "韓国からは3都市が新たに登録され、韓国の加盟都市は計56都市となった。",
     [("3都市", "new_cities", 3, "KR"), ("56都市", "country_cities", 56, "KR")]),
    ("ja", "カオライン市もネットワークに登録されており、ベトナムの登録都市は5都市となった。",
     [("5都市", "country_cities", 5, "VN")]),
    ("ja", "ホーチミン市とソンラ市が加盟し、ベトナムの加盟都市は5都市に達した。",
     [("5都市", "country_cities", 5, "VN")]),
    ("zh", "南京和苏州此次入选，中国的成员城市总数达到12个。",
     [("成员城市总数达到12", "country_cities", 12, "CN")]),
    ("de", "Dresden wurde aufgenommen, dem Netzwerk gehören nun 356 Städte an.",
     [("356 Städte", "total_cities", 356, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES)
def test_a_total_after_the_clause_of_joining_is_a_total(
    language: str, sentence: str, expected: list[tuple[str, str, int, str | None]]
) -> None:
    found = [(m.text, m.metric.value, m.value, m.country) for m in mentions(language, sentence)]
    assert found == expected
