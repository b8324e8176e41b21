"""The one runner of the variant sweeps (tests/extract/*_sweep.py): a sweep is a list of
Cases, the same true fact (or a near-miss) said in many ways and languages; its test
file parametrizes them with `param` (a case not read yet is listed as open, and expected
to fail strictly: one that starts passing must leave the list) and checks each with
`check`. A new sweep imports these rather than writing its own."""

from __future__ import annotations

from collections.abc import Collection
from typing import NamedTuple

import pytest

from lcnet.extract import Mention, find_mentions, read_document
from tests.extract.titled import mentions

DATE = "2025-12-12"  # the date of every sweep's page


class Case(NamedTuple):
    language: str
    rule: str
    body: str
    expected: tuple[tuple[str, int], ...]  # (metric, value) read
    absent: tuple[int, ...] = ()  # values no mention may have
    as_of: str | None = None  # the date every expected mention must have, when checked
    titled: bool = True  # read under a title naming the network (else plain, no title)


def key(case: Case) -> tuple[str, str]:
    """How an open case is named: (language, the body's first 40 characters)."""
    return (case.language, case.body[:40])


def param(case: Case, open_cases: Collection[tuple[str, str]] = ()) -> object:
    """The case as a test parameter, expected to fail (strictly) when it is open."""
    marks = [pytest.mark.xfail(strict=True)] if key(case) in open_cases else []
    return pytest.param(case, id=f"{case.language}-{case.rule}-{case.body[:24]}", marks=marks)


def read(case: Case) -> list[Mention]:
    """The mentions of the case's body: on a page titled with the network's name, dated
    DATE, or (untitled) as plain text opened by that date."""
    if case.titled:
        return mentions(case.language, case.body, DATE)
    page = read_document(f"12 December 2025\n\n{case.body}\n", "text")
    return list(find_mentions(page, case.language))


def check(case: Case) -> list[Mention]:
    """Read the case and assert it: every expected (metric, value) read, no mention of an
    absent value, and, when the case says one, the date of every expected mention. The
    mentions, for a sweep's own further checks."""
    found = read(case)
    read_pairs = {(m.metric.value, m.value) for m in found}
    assert [e for e in case.expected if e not in read_pairs] == []
    assert [m.value for m in found if m.value in case.absent] == []
    if case.as_of is not None:  # the time said before the answer dates it
        dates = {str(m.as_of) for m in found if (m.metric.value, m.value) in case.expected}
        assert dates == {case.as_of}
    return found
