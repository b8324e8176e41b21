"""The variant sweeps of tests/extract/cjk17_sweep.py, each case read on a page titled
with the network's name (tests/extract/sweep.py). The cases the engine does not read yet
are listed in OPEN and expected to fail (strictly: one that starts passing must leave
the list)."""

from __future__ import annotations

import pytest

from tests.extract.cjk17_sweep import CASES
from tests.extract.sweep import Case, check, param

OPEN = frozenset(
    {
        # the part's country is said before the pool ("국내 평생학습도시 가운데"), and its own
        # verb of joining makes it an intake with no country: a part of an unknown whole
        ("ko", "시는 GNLC에 가입했다. 국내 평생학습도시 가운데 3곳이 올해 GNLC"),
    }
)


@pytest.mark.parametrize("case", [param(c, OPEN) for c in CASES])
def test_the_sweep_reads_every_variant(case: Case) -> None:
    check(case)
