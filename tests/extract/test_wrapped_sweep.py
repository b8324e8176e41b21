"""The wrapped sweep (tests/extract/wrapped_sweep.py): every wrapped case read on a titled
Markdown page and as plain text, every marked case on a titled page."""

from __future__ import annotations

import pytest

from tests.extract.sweep import Case, check, param
from tests.extract.wrapped_sweep import CASES, MARKED

OPEN: frozenset[tuple[str, str]] = frozenset()


@pytest.mark.parametrize("case", [param(c, OPEN) for c in CASES])
def test_a_phrase_wrapped_over_two_lines_is_read_as_one(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("case", [param(c, OPEN) for c in MARKED])
def test_markdown_emphasis_and_links_read_as_nothing(case: Case) -> None:
    check(case)
