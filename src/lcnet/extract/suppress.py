"""Inline suppressions: a deliberate statement, marked in the text with a reason.

The syntax, one for every kind of file::

    lcnet: ignore [CODE[, CODE...]] -- REASON

written in an HTML comment (Markdown and HTML, and plain text too)::

    In 2020 the network had 230 members. <!-- lcnet: ignore stale-figure -- as of 2020 -->

or, in plain text and Markdown, between square brackets::

    [lcnet: ignore -- the brochure is kept as printed]
    In 2020 the network had 230 members.

CODEs are finding codes (``stale-figure``, ``wrong-figure``, ...); none means every
finding. The reason, after ``--``, is required. A marker covers the lines it is on; a
marker alone on its line(s) covers the next line instead. A marker without a reason, or
one that starts with "lcnet" but cannot be read, suppresses nothing and is reported as a
problem at its position.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import NamedTuple

_MARKER = re.compile(
    r"\s*lcnet\s*:\s*ignore"
    r"(?P<codes>(?:\s+[a-z0-9]+(?:-[a-z0-9]+)*(?:\s*,\s*[a-z0-9]+(?:-[a-z0-9]+)*)*)?)"
    r"\s*(?:--\s*(?P<reason>.*?))?\s*",
    re.DOTALL,
)
_MENTIONS_LCNET = re.compile(r"\s*lcnet\b", re.IGNORECASE)
_COMMENT = re.compile(r"<!--(?P<body>.*?)-->", re.DOTALL)
_BRACKETS = re.compile(r"\[(?P<body>\s*lcnet\b[^\]\n]*)\]", re.IGNORECASE)
SYNTAX = "lcnet: ignore [CODE[, CODE...]] -- REASON"


class Suppression(NamedTuple):
    """A valid marker: where it is, what it silences, why, and which lines it covers."""

    line: int
    column: int
    end_line: int
    end_column: int
    codes: tuple[str, ...]  # finding codes; () for every finding
    reason: str
    lines: tuple[int, ...]


class DocumentProblem(NamedTuple):
    """Something wrong in a text itself: an unreadable marker or date."""

    line: int
    column: int
    end_line: int
    end_column: int
    code: str  # "suppression-without-reason", "malformed-suppression", "unreadable-date"
    message: str


class Marker(NamedTuple):
    """A comment or bracket in the original text: its body and its offsets."""

    start: int
    end: int
    body: str


def comment_markers(raw: str) -> Iterator[Marker]:
    for found in _COMMENT.finditer(raw):
        yield Marker(found.start(), found.end(), found["body"])


def bracket_markers(raw: str) -> Iterator[Marker]:
    if "lcnet" not in raw.lower():
        return  # the common case, at the speed of a substring search
    for found in _BRACKETS.finditer(raw):
        yield Marker(found.start(), found.end(), found["body"])


def read_markers(
    raw: str, markers: Iterable[Marker], first_line: int = 1
) -> tuple[tuple[Suppression, ...], tuple[DocumentProblem, ...]]:
    """The suppressions and the problems among the markers that speak to lcnet."""
    suppressions: list[Suppression] = []
    problems: list[DocumentProblem] = []
    for marker in markers:
        if not _MENTIONS_LCNET.match(marker.body):
            continue  # an ordinary comment
        line, column = _position(raw, marker.start, first_line)
        end_line, end_column = _position(raw, marker.end, first_line)
        where = (line, column, end_line, end_column)
        parsed = _MARKER.fullmatch(marker.body)
        if parsed is None:
            message = f'cannot read the suppression "{marker.body.strip()}"; write "{SYNTAX}"'
            problems.append(DocumentProblem(*where, "malformed-suppression", message))
        elif not (parsed["reason"] or "").strip():
            message = f'the suppression gives no reason; write "{SYNTAX}"'
            problems.append(DocumentProblem(*where, "suppression-without-reason", message))
        else:
            codes = tuple(c.strip() for c in parsed["codes"].split(",") if c.strip())
            covered = _covered_lines(raw, marker, line, end_line)
            reason = " ".join(parsed["reason"].split())
            suppressions.append(Suppression(*where, codes, reason, covered))
    return tuple(suppressions), tuple(problems)


def by_line(suppressions: Iterable[Suppression]) -> Mapping[int, Suppression]:
    """Each covered line and the (first) suppression that covers it."""
    covered: dict[int, Suppression] = {}
    for suppression in suppressions:
        for line in suppression.lines:
            covered.setdefault(line, suppression)
    return covered


def _covered_lines(raw: str, marker: Marker, line: int, end_line: int) -> tuple[int, ...]:
    line_start = raw.rfind("\n", 0, marker.start) + 1
    line_end = raw.find("\n", marker.end)
    alone = (
        not raw[line_start : marker.start].strip()
        and not raw[marker.end : len(raw) if line_end < 0 else line_end].strip()
    )
    if alone:
        return (end_line + 1,)
    return tuple(range(line, end_line + 1))


def _position(raw: str, offset: int, first_line: int) -> tuple[int, int]:
    line = first_line + raw.count("\n", 0, offset)
    return line, offset - (raw.rfind("\n", 0, offset) + 1) + 1
