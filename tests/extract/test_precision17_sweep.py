"""The precision helper's sweeps of the tenth session (tests/extract/precision17_sweep.py),
run with the one runner (tests/extract/sweep.py). Cases not read yet are listed in OPEN
and expected to fail strictly."""

from __future__ import annotations

import pytest

from tests.extract.precision17_sweep import CASES, MORE_THAN_STAYS
from tests.extract.sweep import Case, check, param
from tests.extract.titled import mentions

OPEN: frozenset[tuple[str, str]] = frozenset()


@pytest.mark.parametrize("case", [param(c, OPEN) for c in CASES])
def test_the_sweep_reads_every_variant(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(("language", "body", "value", "qualifier"), MORE_THAN_STAYS)
def test_more_than_is_read_only_where_no_count_shares_its_word(
    language: str, body: str, value: int, qualifier: str
) -> None:
    found = mentions(language, body, "2025-12-12")
    assert [m.qualifier.value for m in found if m.value == value] == [qualifier]
