"""The franco helper's sweeps of the tenth session (tests/extract/franco17_sweep.py), run
with the one runner (tests/extract/sweep.py). Cases not read yet are listed in OPEN and
expected to fail strictly."""

from __future__ import annotations

import pytest

from tests.extract.franco17_sweep import CASES, MEMBER_ASIDES, REGION_OF
from tests.extract.sweep import Case, check, param
from tests.extract.titled import mentions

OPEN: frozenset[tuple[str, str]] = frozenset(
    {
        # a bare count after "ne" and a verb other than "ha": the clitic is passed over only
        # where the figure names its noun ("Non è una rete di città: l'Italia ne conta 61"
        # counts heritage sites, the iberia sweep's near-miss)
        ("it", "L'Italia ne annovera otto."),
    }
)


@pytest.mark.parametrize("case", [param(c, OPEN) for c in CASES])
def test_the_sweep_reads_every_variant(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(("language", "body", "value", "region"), REGION_OF)
def test_a_clause_opening_with_a_region_scopes_its_count(
    language: str, body: str, value: int, region: str | None
) -> None:
    found = mentions(language, body, "2025-12-12")
    assert [m.region for m in found if m.value == value] == [region]


@pytest.mark.parametrize(("language", "body", "value", "as_of"), MEMBER_ASIDES)
def test_a_member_s_own_date_in_an_aside_does_not_date_the_count(
    language: str, body: str, value: int, as_of: str | None
) -> None:
    found = mentions(language, body, "2025-12-12")
    assert [None if m.as_of is None else str(m.as_of) for m in found if m.value == value] == [
        as_of
    ]
