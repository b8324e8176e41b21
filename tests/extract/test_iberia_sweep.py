"""The variant sweeps of tests/extract/iberia_sweep.py: every case in every language, read
on a page titled with the network's name. The cases the engine does not read yet are
listed in OPEN and expected to fail (strictly: one that starts passing must leave the
list)."""

from __future__ import annotations

import pytest

from tests.extract.discourse_sweep import Case
from tests.extract.iberia_sweep import BEFORE_NAMED, CASES
from tests.extract.titled import mentions

# (language, the body's first 40 characters) of the cases not read yet
OPEN = frozenset(
    {
        # a negative subject anywhere in the sentence blocks a count with no cue of its
        # own (relevance._owned_by_another): the province's clause after a semicolon too
        ("vi", "Việt Nam có 6 thành phố thành viên; tỉnh"),
        # "junta" both gathers and joins (pt.intake_cues): the sentence speaks of joining
        ("pt", "O encontro decorreu em Portugal. A rede "),
    }
)


def _param(case: Case) -> object:
    marks = [pytest.mark.xfail(strict=True)] if (case.language, case.body[:40]) in OPEN else []
    return pytest.param(case, id=f"{case.language}-{case.rule}-{case.body[:24]}", marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_the_sweep_reads_every_variant(case: Case) -> None:
    found = mentions(case.language, case.body, "2025-12-12")
    read = {(m.metric.value, m.value) for m in found}
    assert [e for e in case.expected if e not in read] == []
    assert [m.value for m in found if m.value in case.absent] == []


@pytest.mark.parametrize(("language", "body", "value"), BEFORE_NAMED)
def test_before_a_named_arrival(language: str, body: str, value: int) -> None:
    found = mentions(language, body, "2025-12-12")
    assert [(m.value, m.earlier) for m in found] == [(value, True)]
