"""The variant sweeps of tests/extract/asia20_sweep.py (tests/extract/sweep.py). The
cases the engine does not read yet are listed in OPEN and expected to fail (strictly: one
that starts passing must leave the list)."""

from __future__ import annotations

import pytest

from tests.extract.asia20_sweep import CASES
from tests.extract.sweep import Case, check, param

OPEN: frozenset[tuple[str, str]] = frozenset(
    {
        # Vietnamese: a bare number after "nay đã là" is no phrase (the noun left out)
        ("vi", "Hồi tháng 2/2024, Việt Nam mới có 5 thàn"),
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
