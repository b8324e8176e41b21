"""A text's paragraphs around its figures, cut into plain runs and figures, for reports.

Pure: the caller reads the text. Positions are the extractor's (1-based line and column
of the original file, end exclusive); for an HTML page they are mapped back onto its
prose through the page's source map, so that a reader sees the prose, not the markup.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import NamedTuple

from lcnet.extract.html import SourceMap

CONTEXT = 2  # paragraphs shown before and after one with a figure
LONGEST_RUN = 600  # characters of plain text shown between two figures
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


class Span(NamedTuple):
    start: int  # offsets in the shown text, end exclusive
    end: int
    figure: int  # the figure's index in the report


class Segment(NamedTuple):
    text: str
    figure: int | None  # the figure this run of text states, or None for plain text
    first: bool = True  # the figure's first segment (a figure may cross paragraphs)


class Paragraph(NamedTuple):
    line: int  # where it starts in the original file
    segments: tuple[Segment, ...]


class Gap(NamedTuple):
    paragraphs: int  # how many paragraphs without a figure are left out


class Prose(NamedTuple):
    """The text shown, and where its offsets lie in the original file."""

    text: str
    line_of: Callable[[int], int]  # offset -> original line
    offset_of: Callable[[int, int], int]  # original (line, column) -> offset


def plain_prose(raw: str) -> Prose:
    """A text or Markdown file, shown as written."""
    starts = [0, *(m.end() for m in re.finditer("\n", raw))]

    def line_of(offset: int) -> int:
        return bisect_right(starts, offset)

    def offset_of(line: int, column: int) -> int:
        if line > len(starts):
            return len(raw)
        return min(starts[line - 1] + column - 1, len(raw))

    return Prose(raw, line_of, offset_of)


def page_prose(text: str, source_map: SourceMap) -> Prose:
    """An HTML page's prose, its positions found through the page's source map."""
    offsets = range(len(text) + 1)

    def line_of(offset: int) -> int:
        return source_map.start(min(offset, max(len(text) - 1, 0)))[0]

    def offset_of(line: int, column: int) -> int:
        return bisect_left(offsets, (line, column), key=lambda o: source_map.start(o))

    return Prose(text, line_of, offset_of)


def figure_spans(prose: Prose, figures: Sequence[tuple[int, int, int, int, int]]) -> list[Span]:
    """Each figure's (index, line, column, end line, end column) as offsets in the prose,
    in order; figures that overlap one before them are left out of the text."""
    spans: list[Span] = []
    for index, line, column, end_line, end_column in figures:
        start = prose.offset_of(line, column)
        end = max(start + 1, prose.offset_of(end_line, end_column))
        spans.append(Span(start, min(end, len(prose.text)), index))
    spans.sort()
    kept: list[Span] = []
    for span in spans:
        if span.start < len(prose.text) and (not kept or span.start >= kept[-1].end):
            kept.append(span)
    return kept


def passages(prose: Prose, spans: Sequence[Span]) -> list[Paragraph | Gap]:
    """The paragraphs with a figure and CONTEXT around each; the others as gaps."""
    bounds = _paragraphs(prose.text)
    wanted = _near_figures(bounds, spans)
    shown: list[Paragraph | Gap] = []
    for number, (start, end) in enumerate(bounds):
        if number in wanted:
            shown.append(Paragraph(prose.line_of(start), _segments(prose.text, start, end, spans)))
        elif shown and isinstance(shown[-1], Gap):
            shown[-1] = Gap(shown[-1].paragraphs + 1)
        else:
            shown.append(Gap(1))
    return shown


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = 0
    for cut in _PARAGRAPH_BREAK.finditer(text):
        if text[start : cut.start()].strip():
            bounds.append((start, cut.start()))
        start = cut.end()
    if text[start:].strip():
        bounds.append((start, len(text.rstrip())))
    return bounds


def _near_figures(bounds: list[tuple[int, int]], spans: Sequence[Span]) -> set[int]:
    starts = [b[0] for b in bounds]
    wanted: set[int] = set()
    for span in spans:
        first = max(0, bisect_right(starts, span.start) - 1)
        last = max(0, bisect_right(starts, span.end - 1) - 1)
        wanted.update(range(max(0, first - CONTEXT), min(len(bounds), last + CONTEXT + 1)))
    return wanted


def _segments(text: str, start: int, end: int, spans: Sequence[Span]) -> tuple[Segment, ...]:
    segments: list[Segment] = []
    at = start
    for span in spans:
        if span.end <= start or span.start >= end:
            continue
        if span.start > at:
            segments.append(Segment(_shortened(text[at : span.start], at == start, False), None))
        first = span.start >= start
        segments.append(
            Segment(text[max(span.start, start) : min(span.end, end)], span.figure, first)
        )
        at = min(span.end, end)
    if at < end:
        segments.append(Segment(_shortened(text[at:end], at == start, True), None))
    return tuple(segments)


def _shortened(run: str, opens: bool, closes: bool) -> str:
    """A long run of plain text, cut in its middle (or at the paragraph's edge)."""
    if len(run) <= LONGEST_RUN:
        return run
    half = LONGEST_RUN // 2
    if opens:
        return "… " + run[-half:]
    if closes:
        return run[:half] + " …"
    return run[:half] + " … " + run[-half:]
