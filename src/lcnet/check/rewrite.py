"""Rewrite stale, wrong and violated figures in a text with the figure valid at its date.

Pure: the text comes in as a string and goes out as one, with the edits made and the
figures that could not be rewritten safely, each with its reason. The text keeps its
own style: a number word stays a word of its language ("five" -> "six"), digits keep
their grouping mark ("1,234", "1.234"), the qualifier and the unit stay as written, and
nothing inside code, a URL or a tag's attributes is ever changed.

    result = rewrite(text, figures)    # figures: lcnet.check.texts.TextFigure
    result.text, result.edits, result.not_fixable
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from lcnet.check.figures import ROUNDED_METRICS, Figure
from lcnet.check.numberstyle import in_style
from lcnet.check.texts import TextFigure
from lcnet.check.verdicts import PROBLEMS
from lcnet.extract import Mention
from lcnet.model import Qualifier

BYTE_ORDER_MARK = "\ufeff"


class Edit(NamedTuple):
    """One figure rewritten: where its number was (1-based, end exclusive), and how."""

    line: int
    column: int
    old: str
    new: str


class NotFixable(NamedTuple):
    figure: TextFigure
    reason: str


class Rewrite(NamedTuple):
    text: str
    edits: tuple[Edit, ...]
    not_fixable: tuple[NotFixable, ...]


def fixable(figure: TextFigure) -> bool:
    """Whether --fix should rewrite the figure: a problem no suppression covers."""
    return figure.judgement.verdict in PROBLEMS and not figure.suppressed


def rewrite(text: str, figures: Iterable[TextFigure]) -> Rewrite:
    """`text` with every fixable figure in `figures` (found in this text) rewritten."""
    bom = text.startswith(BYTE_ORDER_MARK)
    body = text.removeprefix(BYTE_ORDER_MARK)
    starts = _line_starts(body)
    planned: list[tuple[int, int, Edit]] = []
    refused: list[NotFixable] = []
    for figure in figures:
        if not fixable(figure):
            continue
        found = _planned_edit(body, starts, figure)
        if isinstance(found, str):
            refused.append(NotFixable(figure, found))
        elif any(s < found[1] and found[0] < e for s, e, _ in planned):
            refused.append(NotFixable(figure, "another figure's rewrite overlaps it"))
        else:
            planned.append(found)
    for start, end, edit in sorted(planned, key=lambda p: p[0], reverse=True):
        body = body[:start] + edit.new + body[end:]
    edits = tuple(edit for _, _, edit in sorted(planned, key=lambda p: p[0]))
    return Rewrite(BYTE_ORDER_MARK + body if bom else body, edits, tuple(refused))


# ------------------------------------------------------------------------- planning


def _planned_edit(body: str, starts: list[int], figure: TextFigure) -> tuple[int, int, Edit] | str:
    """Where the figure's number is in `body` and what replaces it; or why not."""
    mention = figure.mention
    if mention.cities:
        return "a count given as a list of cities: add or remove the names by hand"
    expected = figure.judgement.expected
    if expected is None or expected.figure is None:
        return "no figure was accepted for the text's date"
    stated = _stated(mention)
    if stated is None:
        return "the phrase states no number lcnet can rewrite"
    target = _target(mention, stated, expected.figure)
    if isinstance(target, str):
        return target
    span = _span(starts, body, mention)
    if span is None:
        return "the figure's position is outside the text"
    located = _locate(body, span, mention.language, stated)
    if located is None:
        return "the figure is spread over markup (or inside code, a URL or a tag)"
    start, end, old = located
    new = in_style(old, target, mention.language)
    if new is None:
        return f'no way to write {target} in the style of "{old}" in this language'
    line, column = _position(starts, start)
    return start, end, Edit(line, column, old, new)


def _stated(mention: Mention) -> int | None:
    """The number as the phrase writes it: 71 in "71 other cities" (that count 72)."""
    for _, _, value in _numbers(mention.text, mention.language):
        return value
    return None


def _target(mention: Mention, stated: int, expected: Figure) -> int | str:
    """The number to write where `stated` is, so that the phrase, with its qualifier
    and its "other", states the expected figure; or why there is none."""
    value = expected.value - (mention.value - stated)
    if value < 0:
        return f"the figure valid then ({expected}) leaves no number to write here"
    rounded = mention.metric in ROUNDED_METRICS
    if mention.qualifier is not Qualifier.EXACT:
        value = _bound(value, stated, mention.qualifier)
    written = Figure(value + (mention.value - stated), mention.qualifier)
    if written.agrees(expected, rounded):
        return value
    words = f"{mention.qualifier.value.replace('_', ' ')} " if not written.exact else ""
    return f"the figure valid then is {expected}; {words}{value} would not state it"


def _bound(value: int, stated: int, qualifier: Qualifier) -> int:
    """A round number in the text's own precision for which the bound holds: "more than
    350" of 425 becomes "more than 420"."""
    step = 10 ** (len(str(stated)) - len(str(stated).rstrip("0"))) if stated else 1
    match qualifier:
        case Qualifier.MORE_THAN:
            return (value - 1) // step * step
        case Qualifier.AT_LEAST:
            return value // step * step
        case Qualifier.FEWER_THAN:
            return (value // step + 1) * step
        case Qualifier.AT_MOST:
            return -(-value // step) * step
        case _:  # about, nearly: the figure itself states it
            return value


def _span(starts: list[int], body: str, mention: Mention) -> tuple[int, int] | None:
    if mention.end_line > len(starts):
        return None
    start = starts[mention.line - 1] + mention.column - 1
    end = starts[mention.end_line - 1] + mention.end_column - 1
    return (start, end) if 0 <= start < end <= len(body) else None


def _locate(
    body: str, span: tuple[int, int], language: str, stated: int
) -> tuple[int, int, str] | None:
    """The stated number in the phrase's own characters, outside code, URLs and tags."""
    start, end = span
    visible = _masked(body[start:end])
    for at, stop, value in _numbers(visible, language):
        if value == stated:
            return start + at, start + stop, body[start + at : start + stop]
    return None


# Code spans, tags (with their attributes), link targets and bare URLs: never rewritten.
_HIDDEN = re.compile(r"`+[^`]*`+|<[^>]*>|\]\([^)]*\)|\b(?:https?|ftp)://\S+|&\w+;|&#\w+;")


def _masked(text: str) -> str:
    return _HIDDEN.sub(lambda m: "\x00" * len(m.group(0)), text)


def _numbers(text: str, language: str) -> list[tuple[int, int, int]]:
    from lcnet.extract.numbers import read_number

    found = []
    for match in _number_pattern(language).finditer(text):
        value = read_number(match.group(0), language)
        if value is not None and value == int(value):
            found.append((match.start(), match.end(), int(value)))
    return found


@cache
def _number_pattern(language: str) -> re.Pattern[str]:
    from lcnet.extract.numbers import number_pattern

    return re.compile(number_pattern(language), re.IGNORECASE)


# ------------------------------------------------------------------------- offsets


def _line_starts(body: str) -> list[int]:
    starts = [0]
    at = body.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = body.find("\n", at + 1)
    return starts


def _position(starts: list[int], offset: int) -> tuple[int, int]:
    from bisect import bisect_right

    line = bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


__all__ = ["Edit", "NotFixable", "Rewrite", "fixable", "rewrite"]
