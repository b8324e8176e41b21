"""lcnet.render.table_texts: `lcnet check PATH`'s table, text by text: the heading, the
text's other findings, one row per figure."""

from __future__ import annotations

import io
from typing import Any

import pytest

from lcnet.check.findings import Finding, Severity
from lcnet.check.judging import TextReport
from lcnet.dates import PartialDate
from lcnet.render.table_texts import print_rows, print_texts


@pytest.fixture(autouse=True)
def _wide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # no cell folded


SOURCE = [{"id": "unesco-2024-02-14"}]
EXPECTED = {"text": "356"}


def figure(**fields: Any) -> dict[str, Any]:
    return {
        "path": "a.md",
        "line": 1,
        "column": 57,
        "text": "294 member cities",
        "verdict": "stale",
        "expected": EXPECTED,
        "sources": SOURCE,
        "replacement": "356 member cities",
        "suppressed": None,
    } | fields


STALE = figure()
IGNORED = figure(
    line=3,
    column=54,
    text="356 città",
    verdict="current",
    replacement=None,
    suppressed={"reason": "as printed", "codes": []},
)
TABLE = [
    "┏━━━━━━━┳━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━┓",
    "┃ Where ┃ As written        ┃ Verdict             ┃ Current figure    ┃ Write instead     ┃",
    "┡━━━━━━━╇━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━┩",
    "│ 1:57  │ 294 member cities │ stale               │ 356               │ 356 member cities │",
    "│       │                   │                     │ unesco-2024-02-14 │                   │",
    "│ 3:54  │ 356 città         │ current             │ 356               │                   │",
    "│       │                   │ ignored: as printed │ unesco-2024-02-14 │                   │",
    "└───────┴───────────────────┴─────────────────────┴───────────────────┴───────────────────┘",
]


def text(path: str, date: str | None = None, origin: str | None = None) -> TextReport:
    return TextReport(path, PartialDate.parse(date) if date else None, origin, None, [], [])


def drawn(*args: Any, earlier: int = 0) -> list[str]:
    stream = io.StringIO()
    print_texts(stream, *args, earlier)
    return stream.getvalue().splitlines()


def test_each_text_has_its_heading_its_problems_and_its_figures() -> None:
    unread = Finding(
        "language-not-read", Severity.NOTE, "a part in Korean was not read", "k", "a.md", 5
    )
    lines = drawn([text("a.md", "2024-03", "--date"), text("b.md")], [STALE, IGNORED], [unread])
    assert lines == [
        "a.md: 2 figures, judged at 2024-03 (--date)",
        "  5 note language-not-read: a part in Korean was not read",
        *TABLE,
        "b.md: 0 figures",
    ]


def test_a_problem_with_a_column_shows_line_and_column() -> None:
    bad = Finding(
        "malformed-suppression",
        Severity.WARNING,
        "no reason after --",
        "m",
        "a.md",
        2,
        column=9,
    )
    lines = drawn([text("a.md")], [], [bad])
    assert lines == ["a.md: 0 figures", "  2:9 warning malformed-suppression: no reason after --"]


def test_figures_written_earlier_count_in_the_heading() -> None:
    lines = drawn([text("a.md")], [STALE], [], earlier=1000)
    assert lines[0] == "a.md: 1001 figures"


def test_a_figure_without_an_expected_figure_says_none() -> None:
    lines = drawn([text("a.md")], [figure(expected=None, sources=[], verdict="unverifiable")], [])
    assert lines[4] == (
        "│ 1:57  │ 294 member cities │ unverifiable │ (none)         │ 356 member cities │"
    )


def test_the_rows_of_a_long_text_come_under_their_own_title() -> None:
    stream = io.StringIO()
    print_rows(stream, "a.md: figures 1-2", [STALE, IGNORED])
    assert stream.getvalue().splitlines() == ["a.md: figures 1-2", *TABLE]
