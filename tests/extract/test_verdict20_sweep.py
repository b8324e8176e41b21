"""The verdict helper's sweeps (session 20; tests/extract/verdict20_sweep.py)."""

from __future__ import annotations

import pytest

from tests.extract.sweep import Case, check, key, param
from tests.extract.verdict20_sweep import ENTRY_CASES, IN_USE_CASES, NEVER_UPDATED_CASES

OPEN: set[tuple[str, str]] = set()
_WHEN = {key(c): when for c, when in (*IN_USE_CASES, *ENTRY_CASES, *NEVER_UPDATED_CASES)}


@pytest.mark.parametrize(
    "case", [param(c, OPEN) for c, _ in (*IN_USE_CASES, *NEVER_UPDATED_CASES)]
)
def test_an_artefact_still_in_use_says_its_figure_today(case: Case) -> None:
    found = check(case)
    dates = {
        None if m.as_of is None else str(m.as_of) for m in found if m.value == case.expected[0][1]
    }
    assert dates == {_WHEN[key(case)]}


@pytest.mark.parametrize("case", [param(c, OPEN) for c, _ in ENTRY_CASES])
def test_an_entry_dates_the_figures_of_its_line(case: Case) -> None:
    found = check(case)
    value = case.expected[0][1]
    assert {None if m.as_of is None else str(m.as_of) for m in found if m.value == value} == {
        _WHEN[key(case)]
    }
