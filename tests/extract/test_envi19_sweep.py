"""The envi helper's sweeps of session 19 (tests/extract/envi19_sweep.py), run with the
one runner (tests/extract/sweep.py): every case read as expected, the region a region's
case names read with it, and a figure before the news read as of an earlier time
(Mention.earlier). Cases not read yet are listed in OPEN and expected to fail strictly."""

from __future__ import annotations

import pytest

from tests.extract.envi19_sweep import BEFORE_CASES, BOUNDS, CASES, REGION_CASES
from tests.extract.sweep import Case, check, key, param

OPEN: frozenset[tuple[str, str]] = frozenset()


@pytest.mark.parametrize("case", [param(c, OPEN) for c in CASES])
def test_the_sweep_reads_every_variant(case: Case) -> None:
    check(case)


_REGIONS = {key(case): region for case, region in REGION_CASES}
_EARLIER = {key(case): earlier for case, earlier in BEFORE_CASES}


@pytest.mark.parametrize("case", [param(c, OPEN) for c, _ in REGION_CASES])
def test_a_dashed_region_scopes_its_share(case: Case) -> None:
    found = check(case)
    regions = {m.region for m in found if (m.metric.value, m.value) in case.expected}
    assert regions == {_REGIONS[key(case)]}


@pytest.mark.parametrize("case", [param(c, OPEN) for c, _ in BEFORE_CASES])
def test_a_figure_before_the_news_is_of_an_earlier_time(case: Case) -> None:
    found = check(case)
    earlier = {m.earlier for m in found if (m.metric.value, m.value) in case.expected}
    assert earlier == {_EARLIER[key(case)]}


_QUALIFIERS = {key(case): qualifier for case, qualifier in BOUNDS}


@pytest.mark.parametrize("case", [param(c, OPEN) for c, _ in BOUNDS])
def test_a_bound_keeps_its_qualifier(case: Case) -> None:
    found = check(case)
    qualifiers = {m.qualifier.value for m in found if (m.metric.value, m.value) in case.expected}
    assert qualifiers == {_QUALIFIERS[key(case)]}
