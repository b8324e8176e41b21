"""The westen helper's variant sweeps (tests/extract/westen_sweep.py), each case read as
the permissive sweep reads its own (tests/extract/test_permissive_sweep.py)."""

from __future__ import annotations

import pytest

from tests.extract.permissive_sweep import Case
from tests.extract.test_permissive_sweep import _read
from tests.extract.titled import mentions
from tests.extract.westen_sweep import _COMMITTEE, CASES, POPULATIONS, SOURCES


@pytest.mark.parametrize(
    "case", [pytest.param(c, id=f"{c.language}-{c.rule}-{c.body[-30:]}") for c in CASES]
)
def test_the_sweep_reads_every_variant(case: Case) -> None:
    found = _read(case)
    read = {(m.metric.value, m.value) for m in found}
    assert [e for e in case.expected if e not in read] == []
    assert [m.value for m in found if m.value in case.absent] == []


@pytest.mark.parametrize(("body", "as_of"), SOURCES)
def test_a_dated_source_dates_its_figure(body: str, as_of: str | None) -> None:
    found = mentions("en", _COMMITTEE + body, "2019-11-20")
    assert [
        (m.metric.value, m.value, None if m.as_of is None else str(m.as_of)) for m in found
    ] == [("total_cities", 200, as_of)]


@pytest.mark.parametrize(("language", "body", "qualifier"), POPULATIONS)
def test_a_population_qualifier_is_a_whole_word(language: str, body: str, qualifier: str) -> None:
    found = mentions(language, body, "2024-06-01")
    people = [(m.value, m.qualifier.value) for m in found if m.metric.value == "citizens"]
    assert people == [(390_000_000, qualifier)]
