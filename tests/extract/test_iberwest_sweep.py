"""The variant sweeps of tests/extract/iberwest_sweep.py: every case in every language, read
on a page titled with the network's name (tests/extract/sweep.py). The cases the engine
does not read yet are listed in OPEN and expected to fail (strictly: one that starts
passing must leave the list)."""

from __future__ import annotations

import pytest

from tests.extract.iberwest_sweep import BEFORE_ROUND, CASES
from tests.extract.sweep import Case, check, param
from tests.extract.titled import mentions

# (language, the body's first 40 characters) of the cases not read yet
OPEN: frozenset[tuple[str, str]] = frozenset()


@pytest.mark.parametrize("case", [param(c, OPEN) for c in CASES])
def test_the_sweep_reads_every_variant(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(("language", "body", "expected"), BEFORE_ROUND)
def test_a_figure_before_the_latest_round_is_of_the_time_before_the_news(
    language: str, body: str, expected: list[tuple[str, int, bool]]
) -> None:
    found = mentions(language, body, "2025-12-12")
    assert [(m.metric.value, m.value, m.earlier) for m in found] == expected
