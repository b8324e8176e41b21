"""The variant sweeps of tests/extract/cjkde18_sweep.py (tests/extract/sweep.py). The
cases the engine does not read yet are listed in OPEN and expected to fail (strictly: one
that starts passing must leave the list)."""

from __future__ import annotations

import pytest

from tests.extract.cjkde18_sweep import CASES
from tests.extract.sweep import Case, check, param

OPEN = frozenset(
    {
        # Spanish "Ciudades miembro" gives a label no role of membership (the singular
        # "miembro"), so a block of columns with no header is not known for the network's
        ("es", "Puebla forma parte de la Red Mundial de "),
    }
)


@pytest.mark.parametrize("case", [param(c, OPEN) for c in CASES])
def test_the_sweep_reads_every_variant(case: Case) -> None:
    check(case)
