"""The variant sweep of the permissive default (tests/extract/permissive_sweep.py): every
case in every language, read on a page titled with the network's name, or as plain text
with no title. The cases the engine does not read yet are listed in OPEN and expected to
fail (strictly: one that starts passing must leave the list)."""

from __future__ import annotations

from datetime import date

import pytest

import lcnet
from tests.extract.permissive_sweep import CASES, DEFAULTS
from tests.extract.sweep import Case, check, param, read

# (language, the body's first 40 characters) of the cases not read yet
OPEN = frozenset(
    {
        # another programme named two clauses before the figure, but fewer than 120
        # characters before it (relevance._GOVERNS): it still holds the figure
        ("en", 'The capital already carries the "Creativ'),
        ("vi", "Thủ đô vốn là “Thành phố sáng tạo”, nổi "),
    }
)


# Sweeps written before tests/extract/sweep.py import the reader from here; new ones import
# tests.extract.sweep.read
_read = read


@pytest.mark.parametrize("case", [param(c, OPEN) for c in CASES])
def test_the_network_figure_holds_unless_blocked(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("case", [param(c) for c in DEFAULTS])
def test_an_unread_metric_falls_back_unsure(case: Case) -> None:
    found = check(case)
    # a default is unsure: the check gives it no flagged verdict (a country named before
    # the count gives it its metric without a default)
    if case.rule == "list":
        expected = [m for m in found if (m.metric.value, m.value) in case.expected]
        assert [(m.unsure, m.review) for m in expected] == [(True, True)]


def test_a_default_is_never_flagged() -> None:
    """Six cities listed as newcomers on a day the network had admitted 64: under the
    default the count is wrong as an intake and as a total, but no word said its metric:
    no flagged verdict, unverifiable. A count that says its metric ("admitted sixteen
    new cities") is judged as said: wrong."""
    store = lcnet.open_store(today=date(2026, 12, 6))
    listed = "The six newcomers this year are: Lyon, Turin, Porto, Graz, Ghent and Cork."
    said = "This year the network admitted sixteen new cities."
    verdicts = []
    for body in (listed, said):
        page = f"# UNESCO Global Network of Learning Cities\n\n{body}\n"
        report = store.check_text(page, date="2024-02-20", kind="markdown", language="en")
        verdicts += [(f.metric, f.value, f.verdict) for f in report.figures]
    assert verdicts == [("new_cities", 6, "unverifiable"), ("new_cities", 16, "wrong")]
