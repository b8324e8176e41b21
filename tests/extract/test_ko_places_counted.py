"""Korean counts places with 곳, the counter of cities too: booths, learning centres and
facilities counted so are theirs, not the network's, on a page about the GNLC ("체험 부스
40곳이 운영됐다" was read as an intake of 40 in a variant sweep; "동네 학습관 24곳" was a b11
distractor). The network's count in the same sentence stays its own."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions
from tests.extract.titled import titled

Row = tuple[str, str, int]

CASES: list[tuple[str, list[Row]]] = [
    ("축제에서는 체험 부스 40곳이 운영됐다.", []),
    ("구는 동네 학습관 24곳을 운영하고 있다.", []),
    ("시는 주민 학습 시설 18곳을 새로 열었다.", []),
    ("축제에서는 체험 부스 40곳이 운영됐다. 유네스코 글로벌 학습도시 네트워크에는 425개 "
     "도시가 가입해 있다.", [("425개 도시", "total_cities", 425)]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_places_counted_with_the_counter_of_cities_are_theirs(
    body: str, expected: list[Row]
) -> None:
    found = find_mentions(titled("ko", body, "2026-05-12"), "ko")
    assert [(m.text, m.metric.value, m.value) for m in found] == expected
