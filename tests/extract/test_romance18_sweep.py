"""The romance helper's sweeps of the eleventh session (tests/extract/romance18_sweep.py),
run with the one runner (tests/extract/sweep.py). Cases not read yet are listed in OPEN
and expected to fail strictly."""

from __future__ import annotations

import pytest

from tests.extract.romance18_sweep import CASES
from tests.extract.sweep import Case, check, param

OPEN: frozenset[tuple[str, str]] = frozenset(
    {
        # a question about a conference's countries: elliptic._asked takes any verb after
        # "combien de pays" (read as the network's countries before this session too)
        ("fr", "## Combien de pays ont participé à la co"),
        # "mi-" before a month is not read as a part of it yet
        ("fr", "À la mi-août, le réseau comptait 115 vil"),
    }
)


@pytest.mark.parametrize("case", [param(c, OPEN) for c in CASES])
def test_the_sweep_reads_every_variant(case: Case) -> None:
    check(case)
