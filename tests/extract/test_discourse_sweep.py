"""The variant sweep of bare numbers whose unit the discourse gives (tests/extract/
discourse_sweep.py): every case in every language, read on a page titled with the
network's name. The cases the engine does not read yet are listed in OPEN and expected to
fail (strictly: one that starts passing must leave the list)."""

from __future__ import annotations

import pytest

from tests.extract.discourse_sweep import CASES
from tests.extract.sweep import Case, check, param

# (language, the body's first 40 characters) of the cases not read yet
OPEN = frozenset(
    {
        ("fr", "Quant aux pays représentés, le réseau en"),
        ("it", "Quanto ai paesi, la rete ne conta oggi 9"),
        ("fr", "En 2022, 77 villes ont rejoint le réseau"),
        ("fr", "La liste des nouvelles villes membres es"),
        ("zh", "主持人：网络现在有多少个成员城市？\n嘉宾：425个。"),
        # bound (elliptic.stated_totals), but "dürften ... sein" reads as hypothetical
        # to the metric stage (metric.hypothetical), which drops it
        ("de", "Das Netzwerk hatte 2024 noch 356 Mitglie"),
    }
)


@pytest.mark.parametrize("case", [param(c, OPEN) for c in CASES])
def test_the_discourse_gives_the_bare_number_its_unit(case: Case) -> None:
    check(case)
