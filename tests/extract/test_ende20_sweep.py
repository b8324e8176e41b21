"""The ende helper's sweeps of session 20 (tests/extract/ende20_sweep.py), run with the
one runner (tests/extract/sweep.py). Cases not read yet are listed in OPEN and expected to
fail strictly."""

from __future__ import annotations

import pytest

from tests.extract.ende20_sweep import CASES
from tests.extract.sweep import Case, check, param

OPEN: frozenset[tuple[str, str]] = frozenset()


@pytest.mark.parametrize("case", [param(c, OPEN) for c in CASES])
def test_the_sweep_reads_every_variant(case: Case) -> None:
    check(case)
