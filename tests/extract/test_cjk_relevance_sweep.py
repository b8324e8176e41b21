"""The variant sweep of GNLC figures beside a national scheme (tests/extract/
cjk_relevance_sweep.py), read with the permissive sweep's runner. The cases the engine
does not read yet are listed in OPEN and expected to fail (strictly: one that starts
passing must leave the list)."""

from __future__ import annotations

import pytest

from tests.extract.cjk_relevance_sweep import CASES
from tests.extract.permissive_sweep import Case
from tests.extract.test_permissive_sweep import _read

# (language, the body's first 40 characters) of the cases not read yet
OPEN = frozenset(
    {
        # the national scheme's noun as the unit of a pool ("12개 평생학습도시 중"): no figure
        # phrase (the noun is never a unit, or every national count would be one)
        ("ko", "시는 GNLC 가입을 신청했다. 올해 3월 12개 평생학습도시 중 경쟁을"),
    }
)


def _param(case: Case) -> object:
    marks = [pytest.mark.xfail(strict=True)] if (case.language, case.body[:40]) in OPEN else []
    return pytest.param(case, id=f"{case.language}-{case.rule}-{case.body[:24]}", marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_the_network_figure_beside_a_national_scheme(case: Case) -> None:
    found = _read(case)
    read = {(m.metric.value, m.value) for m in found}
    assert [e for e in case.expected if e not in read] == []
    assert [m.value for m in found if m.value in case.absent] == []
