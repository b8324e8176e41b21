"""Rewrite a text's flagged figures with the figure valid at its date, in its own style.

`lcnet check --fix` and `--diff` (and, later, an editor's quick fix) use this: the figures
judged stale, wrong or violated get the accepted figure instead, written as the text
writes numbers: a number word stays a word in the text's language ("five" -> "six",
"cinq" -> "six"), digits keep their grouping mark ("1,000" -> "1,200"), a scale word
stays ("390 million" -> "500 million"), and the words around the number (its unit, the
text's markup) are left as they are. A qualifier goes or changes only when the figure
that replaces the number needs it to ("more than 500" of 425 -> "425").

Nothing is rewritten that is not safe to rewrite; each such figure is reported with the
reason: a count given as a list of cities, a number spread over markup, a number inside
code or a link, a figure that cannot be written in the text's scale, a figure across
one where the noun would change form ("four cities" of 1).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from lcnet.check.figures import Figure
from lcnet.check.numberstyle import changes_the_noun, written_like
from lcnet.check.texts import TextFigure, number_in
from lcnet.check.verdicts import PROBLEMS
from lcnet.extract.lang import CODES
from lcnet.extract.lang import language as language_data
from lcnet.extract.numbers import number_pattern, read_number


class Edit(NamedTuple):
    """Replace raw[start:end] (the stated number, and its qualifier where it must go)."""

    start: int
    end: int
    new: str
    line: int
    column: int


class NotFixable(NamedTuple):
    line: int
    column: int
    text: str  # the figure phrase
    reason: str


class Plan(NamedTuple):
    edits: list[Edit]
    not_fixable: list[NotFixable]
    fixed: list[TextFigure]  # the figures the edits fix

    def applied(self, raw: str) -> str:
        """The text with every edit made (edits never overlap)."""
        out: list[str] = []
        done = 0
        for edit in sorted(self.edits):
            out += [raw[done : edit.start], edit.new]
            done = edit.end
        return "".join(out) + raw[done:]


def fixable(figure: TextFigure) -> bool:
    """Whether the figure is one `--fix` rewrites: flagged, not suppressed, with the
    accepted figure known."""
    expected = figure.judgement.expected
    return (
        figure.judgement.verdict in PROBLEMS
        and not figure.suppressed
        and expected is not None
        and expected.figure is not None
    )


def plan(raw: str, kind: str, figures: Iterable[TextFigure]) -> Plan:
    """The edits that fix a text's flagged figures, and those that cannot be made."""
    lines = _line_starts(raw)
    edits: list[Edit] = []
    refused: list[NotFixable] = []
    fixed: list[TextFigure] = []
    for figure in figures:
        if not fixable(figure):
            continue
        mention = figure.mention
        found = _edit(raw, kind, lines, figure)
        if isinstance(found, str):
            refused.append(NotFixable(mention.line, mention.column, mention.text, found))
        elif not any(e.start < found.end and found.start < e.end for e in edits):
            edits.append(found)
            fixed.append(figure)
    return Plan(edits, refused, fixed)


def _edit(raw: str, kind: str, lines: list[int], figure: TextFigure) -> Edit | str:
    """The edit of one figure, or the reason it cannot be made."""
    mention = figure.mention
    if mention.cities:
        return "a count given as a list of cities: edit the list"
    start = _offset(lines, mention.line, mention.column)
    end = _offset(lines, mention.end_line, mention.end_column)
    numbered = number_in(mention)  # the number as written: 71 in "71 other cities"
    stated = numbered[2] if numbered else mention.value
    number = _number_at(raw, start, end, mention.language, stated)
    if number is None:
        return "the number is spread over markup or written in a form lcnet does not rewrite"
    if _in_code_or_markup(raw, number[0], kind):
        return "the number is inside code, a link or a tag"
    expected = figure.judgement.expected
    assert expected is not None
    assert expected.figure is not None
    value = expected.figure.value - (mention.value - stated)  # "71 other cities": keep it
    if value <= 0:
        return "the accepted figure cannot be written with the words around it"
    if changes_the_noun(stated, value, raw[number[1] : end], mention.language):
        return f"the accepted figure ({value}) needs the noun in another form: edit it by hand"
    written = written_like(raw[number[0] : number[1]], value, mention.language)
    if written is None:
        return "the accepted figure cannot be written in the text's scale"
    qualifier_start = _qualifier_start(raw, start, number[0], mention.language)
    replaced_from, prefix = number[0], ""
    if qualifier_start is not None and mention.qualifier is not expected.figure.qualifier:
        replaced_from = qualifier_start  # "more than 500" of 425: the qualifier goes
        prefix = _qualifier_words(expected.figure, mention.language, raw[qualifier_start])
    elif qualifier_start is None and not expected.figure.exact:
        prefix = _qualifier_words(expected.figure, mention.language, raw[number[0]])
        written = written if not prefix else _lower_first(written)
    line, column = _position(lines, replaced_from)
    return Edit(replaced_from, number[1], prefix + written, line, column)


def _number_at(
    raw: str, start: int, end: int, language: str, stated: int
) -> tuple[int, int] | None:
    """Where the stated number is written in raw[start:end]."""
    pattern = re.compile(number_pattern(language))
    low = raw.lower()
    for found in pattern.finditer(low, start, end):
        read = read_number(found.group(), language)
        if read is not None and read == stated:
            return found.start(), found.end()
    return None


def _qualifier_start(raw: str, start: int, number: int, language: str) -> int | None:
    """Where a qualifier before the number starts, if the phrase opens with one."""
    before = raw[start:number]
    if not before.strip() or language not in CODES:
        return None
    words = " ".join(before.lower().split())
    data = language_data(language)
    if words in data.qualifiers or before.strip() in (">", "<", "~", "\u2248"):
        return start
    return None


def _qualifier_words(figure: Figure, language: str, first: str) -> str:
    """The language's words for the figure's qualifier, with a space; "" for exact."""
    if figure.exact or language not in CODES:
        return ""
    qualifiers = language_data(language).qualifiers.items()
    word = next((w for w, q in qualifiers if q is figure.qualifier and w[:1].isalpha()), None)
    if word is None:
        return ""
    word = word[:1].upper() + word[1:] if first.isupper() else word
    return word + " "


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _in_code_or_markup(raw: str, at: int, kind: str) -> bool:
    line_start = raw.rfind("\n", 0, at) + 1
    line = raw[line_start:at]
    if kind == "markdown":
        return line.count("`") % 2 == 1 or re.search(r"\]\([^)]*$", line) is not None
    if kind == "html":
        return raw.rfind("<", 0, at) > raw.rfind(">", 0, at)
    return False


def _line_starts(raw: str) -> list[int]:
    starts = [0]
    starts += [m.end() for m in re.finditer("\n", raw)]
    return starts


def _offset(lines: Sequence[int], line: int, column: int) -> int:
    return lines[line - 1] + column - 1


def _position(lines: Sequence[int], offset: int) -> tuple[int, int]:
    from bisect import bisect_right

    index = bisect_right(lines, offset) - 1
    return index + 1, offset - lines[index] + 1


__all__ = ["Edit", "NotFixable", "Plan", "fixable", "plan"]
