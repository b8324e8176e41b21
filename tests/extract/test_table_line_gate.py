"""A figure's line is read as a table's row (lcnet.extract.historic.dated_by_caption) only
where a cheap test allows it: prose lines, which are long, are not read with the row's
pattern, and no line the pattern takes for a row is turned away."""

from __future__ import annotations

import pytest

from lcnet.extract.historic import _TABLE_LINE, _may_be_a_table_line

ROWS = [
    "| Viet Nam | 6 |",
    "  |---|---|",
    "-----------",
    " == + == - ==",
    ":--|--:",
    "Colombia      12      2024",
    "Brasil\t\t\t7",
    "  Spain   \t 20",
]
PROSE = [
    "The network now has 425 members in 91 countries, UNESCO said.",
    "Sixty-four cities joined - a record - in February 2024.",
    "A line with two  spaces and a colon: 356 cities.",
    "",
    "    ",
]


@pytest.mark.parametrize("line", ROWS)
def test_a_row_is_read_with_the_pattern(line: str) -> None:
    assert _TABLE_LINE.fullmatch(line) is not None
    assert _may_be_a_table_line(line, 0, len(line)) is True


@pytest.mark.parametrize("line", PROSE)
def test_prose_is_no_row(line: str) -> None:
    assert _TABLE_LINE.fullmatch(line) is None
    assert _may_be_a_table_line(line, 0, len(line)) is (line == "    ")  # spaces: read on


def test_only_the_line_is_read() -> None:
    text = "Intro:   text\nThe network has 425 members.\n|a|b|"
    start = text.index("The")
    end = text.index("\n", start)
    assert _may_be_a_table_line(text, start, end) is False
