"""Capitals as the topic of a part of the intake, after the whole's count ("72都市のうち
首都は11都市", "72곳 중 수도는 11곳이다"): the part is the intake's capitals; the whole's
count before the topic no longer hides it. A part placed nowhere stays unread."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CASES: list[tuple[str, str, list[tuple[str, str, int]]]] = [
    ("ja", "72都市のうち首都は11都市。",
     [("72都市", "new_cities", 72), ("11都市", "new_capitals", 11)]),
    ("ko", "72곳 중 수도는 11곳이다.",
     [("72곳", "new_cities", 72), ("11곳", "new_capitals", 11)]),
    ("ko", "수도는 부에노스아이레스, 리스본 등 11곳이다.", [("11곳", "new_capitals", 11)]),
    ("ja", "72都市のうち13都市はアフリカの都市。", [("72都市", "new_cities", 72)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_capitals_as_the_topic_of_a_part(
    language: str, text: str, expected: list[tuple[str, str, int]]
) -> None:
    found = mentions(language, text, "2025-12-05")
    assert [(m.text, m.metric.value, m.value) for m in found] == expected
