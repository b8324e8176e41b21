"""The variant sweeps of tests/extract/asia20_sweep.py (tests/extract/sweep.py). The
cases the engine does not read yet are listed in OPEN and expected to fail (strictly: one
that starts passing must leave the list)."""

from __future__ import annotations

import pytest

from tests.extract.asia20_sweep import CASES, REGION_OPENS, SHORT_OF
from tests.extract.sweep import DATE, Case, check, param
from tests.extract.titled import mentions

OPEN: frozenset[tuple[str, str]] = frozenset(
    {
        # Vietnamese: a bare number after "nay đã là" is no phrase (the noun left out)
        ("vi", "Hồi tháng 2/2024, Việt Nam mới có 5 thàn"),
        # a question of this round's joining: the answer is Korea's intake (the sentence
        # before names no country; read as nothing)
        ("ko", "이번에 국내에서 몇 곳이 새로 가입했나요?\n\nA. 3곳입니다. 유네스코 "),
    }
)


@pytest.mark.parametrize("case", [param(c, OPEN) for c in CASES])
def test_the_sweep_reads_every_variant(case: Case) -> None:
    found = check(case)
    expected = {value: metric for metric, value in case.expected}
    misread = [
        (m.metric.value, m.value)
        for m in found
        if expected.get(m.value, m.metric.value) != m.metric.value
    ]
    assert misread == []


@pytest.mark.parametrize(("language", "body", "value", "qualifier"), SHORT_OF)
def test_just_short_of_a_number_is_nearly_it(
    language: str, body: str, value: int, qualifier: str
) -> None:
    read = [(m.value, m.qualifier.value) for m in mentions(language, body, DATE)]
    assert read == [(value, qualifier)]


@pytest.mark.parametrize(("language", "body", "metric", "value", "region"), REGION_OPENS)
def test_the_region_a_clause_opens_with_owns_its_count(
    language: str, body: str, metric: str, value: int, region: str | None
) -> None:
    read = [(m.metric.value, m.value, m.region) for m in mentions(language, body, DATE)]
    assert read == [(metric, value, region)]
