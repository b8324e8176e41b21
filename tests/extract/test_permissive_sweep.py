"""The variant sweep of the permissive default (tests/extract/permissive_sweep.py): every
case in every language, read on a page titled with the network's name, or as plain text
with no title. The cases the engine does not read yet are listed in OPEN and expected to
fail (strictly: one that starts passing must leave the list)."""

from __future__ import annotations

import pytest

from lcnet.extract import Mention, find_mentions, read_document
from tests.extract.permissive_sweep import CASES, Case
from tests.extract.titled import mentions

# (language, the body's first 40 characters) of the cases not read yet
OPEN = frozenset(
    {
        # another programme named two clauses before the figure, but fewer than 120
        # characters before it (relevance._GOVERNS): it still holds the figure
        ("en", 'The capital already carries the "Creativ'),
        ("vi", "Thủ đô vốn là “Thành phố sáng tạo”, nổi "),
    }
)


def _param(case: Case) -> object:
    marks = [pytest.mark.xfail(strict=True)] if (case.language, case.body[:40]) in OPEN else []
    return pytest.param(case, id=f"{case.language}-{case.rule}-{case.body[:24]}", marks=marks)


def _read(case: Case) -> list[Mention]:
    if case.titled:
        return mentions(case.language, case.body, "2025-12-12")
    page = read_document(f"12 December 2025\n\n{case.body}\n", "text")
    return list(find_mentions(page, case.language))


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_the_network_figure_holds_unless_blocked(case: Case) -> None:
    found = _read(case)
    read = {(m.metric.value, m.value) for m in found}
    assert [e for e in case.expected if e not in read] == []
    assert [m.value for m in found if m.value in case.absent] == []
