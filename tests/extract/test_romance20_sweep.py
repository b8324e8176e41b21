"""The romance helper's sweeps of the thirteenth session (tests/extract/romance20_sweep.py),
run with the one runner (tests/extract/sweep.py). Cases not read yet are listed in OPEN
and expected to fail strictly."""

from __future__ import annotations

import pytest

from tests.extract.romance20_sweep import CASES, COUNTRIES, QUALIFIERS
from tests.extract.sweep import Case, check, key, param

OPEN: frozenset[tuple[str, str]] = frozenset()


@pytest.mark.parametrize("case", [param(c, OPEN) for c in CASES])
def test_the_sweep_reads_every_variant(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(
    ("case", "country"),
    [
        pytest.param(c, k, id=f"{c.language}-{c.body[:24]}")
        for c, k in COUNTRIES
        if key(c) not in OPEN
    ],
)
def test_a_countrys_count_carries_its_country(case: Case, country: str) -> None:
    found = check(case)
    metric, value = case.expected[-1]
    assert {m.country for m in found if (m.metric.value, m.value) == (metric, value)} == {country}


@pytest.mark.parametrize(
    ("case", "qualifier"),
    [pytest.param(c, q, id=f"{c.language}-{c.body[:24]}") for c, q in QUALIFIERS],
)
def test_a_threshold_passed_is_a_lower_bound(case: Case, qualifier: str) -> None:
    found = check(case)
    assert {m.qualifier.value for m in found if (m.metric.value, m.value) in case.expected} == {
        qualifier
    }
