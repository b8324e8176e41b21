"""Prose as a reader sees it flow: a paragraph's soft line breaks are spaces.

A hard-wrapped plain text or Markdown paragraph breaks its lines wherever the width
ran out, inside the phrases the engine reads ("pour la\\npremière fois", "more\\nthan
400", "23か国38\\n都市"). A Markdown renderer and a browser join such lines: a line
break inside a paragraph is a space, or nothing between two Chinese or Japanese
characters (CSS Text's segment breaks). `soft_breaks` finds those breaks; the reader
writes each as a space in place (the offsets kept) and leaves out the white space
around it and, between wide characters, the break itself (through a source map).

A break stays where a line is structure rather than a paragraph's: a blank line, a
heading, a list item, a table row or a column gap, a quote, an indented block, a
label and its value ("Member cities: 425" over "Countries: 91"). A Markdown hard break
(two spaces at a line's end) is read as a soft one: a site that writes every line break
as <br> still shows one sentence over two lines.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import pairwise
from typing import NamedTuple

# What opens a line of its own: a heading, a list's bullet or number, a quote, a table
# row, an HTML block, a rule or a heading's underline, a footnote or reference label, a
# Chinese or Japanese paragraph's or item's mark
_BLOCK_START = re.compile(
    r"(?:#{1,6}(?:[ \t]|$)|[-*+\u2022\u00b7\u2023\u25e6\u2013\u2014][ \t]"
    r"|\d{1,9}[.)](?:[ \t]|$)"
    r"|[a-zA-Z][.)][ \t]|[|<>=]|-{3,}|_{3,}|\*{3,}|\[\^?[^\]\n]+\]:|\^[ \t]|\[\d{1,3}\][ \t]"
    r"|[\u25a0-\u25ff\u2600-\u27bf\u203b\u30fb\u3010\u3016\u2460-\u24ff\u3220-\u325f])"
)
# A line laid out as a table's row: a gap of three spaces, a tab or an ideographic space
# between words (a Chinese or Japanese table's, a headline's two parts), dot leaders, a
# pipe between cells (in Markdown, a row starts with one: "a | b" in a paragraph is text)
# A line break between two lines that hold words (led by the break: re finds it at
# memchr's speed)
_SINGLE_BREAK = re.compile(r"\n(?<=[^\n]\n)(?=[ \t\u3000]*[^\s])")
# (led by literals, which re finds at memchr's speed; a gap is checked between words after)
_COLUMNS = re.compile("   +|[\t\u3000]+|\\.\\.\\.|\u2026\u2026")
_MARKDOWN_ROW = re.compile(r"[ \t]*\||[ \t]*:?-+:?[ \t]*\|")
# "Member cities: 425": a short label, its colon and a value; not a sentence's words
# ("in den Städten leben: 250 Millionen", "Creative? No: in Toscana ...")
LABEL = re.compile(r"(?![a-zà-ÿ])[^\W\d_][^:\uff1a\n.?!;]{0,40}[:\uff1a][ \t]*\S")
_FIGURE_ALONE = re.compile(
    r"[<>~≈+±]?[ \t]*[\d\uff10-\uff19][\d\uff10-\uff19.,\u00a0\u202f ]*"
    r"(?:[ \t]?[^\W\d_]{1,12}\.?)?\+?"
)
_INDENT = " \t\u3000"
_LONG_LINE = 100  # characters: longer than any width a text is wrapped at


class Break(NamedTuple):
    """A soft line break: text[start:end] is its white space (the line break with the
    spaces around it), read as one space, or as none where `touching`."""

    start: int
    end: int
    touching: bool


def soft_breaks(text: str, kind: str) -> Iterator[Break]:
    """The soft line breaks of a plain text's or a Markdown text's paragraphs."""
    if _SINGLE_BREAK.search(text) is None:
        return  # every line a paragraph of its own: the common case
    lines = text.split("\n")
    tabled = _lines_with(_COLUMNS, text)  # found in the whole text at once: fast
    at = 0
    for index, (line, following) in enumerate(pairwise(lines)):
        end = at + len(line)
        laid_out = index in tabled or index + 1 in tabled
        if not laid_out and _joined(line, following, kind):
            start = end - (len(line) - len(line.rstrip(" \t")))
            after = end + 1 + len(following) - len(following.lstrip(_INDENT))
            yield Break(start, after, _touching(text, start - 1, after))
        at = end + 1


def _lines_with(pattern: re.Pattern[str], text: str) -> set[int]:
    """The lines (counted from 0) where the pattern is found."""
    found: set[int] = set()
    line = done = 0
    for match in pattern.finditer(text):
        start, end = match.span()
        if text[start] != "." and text[start] != "\u2026" and not _between_words(text, start, end):
            continue
        line += text.count("\n", done, match.start())
        done = match.start()
        found.add(line)
    return found


def _between_words(text: str, start: int, end: int) -> bool:
    return (
        start > 0 and end < len(text) and not text[start - 1].isspace() and not text[end].isspace()
    )


def _joined(line: str, following: str, kind: str) -> bool:
    """Whether the break between two lines is a paragraph's soft one (neither line laid
    out in columns)."""
    body, next_body = line.strip(_INDENT), following.lstrip(_INDENT)
    if not body or not next_body or _BLOCK_START.match(next_body):
        return False
    if len(following) > _LONG_LINE and not (body[-1].islower() or body[-1] == ","):
        return False  # a paragraph saved as one line, no wrap: the line above is its heading
    if kind == "markdown" and body.startswith(("#", "|")):
        return False  # a heading, a table's row
    if kind == "markdown":
        if _MARKDOWN_ROW.match(line) or _MARKDOWN_ROW.match(following):
            return False
    elif "|" in line or "|" in following:
        return False
    indent, next_indent = _indent(line), _indent(following)
    # an indented block (a quote, code, a new paragraph's first line); a Markdown
    # paragraph's lines may be indented up to three spaces
    if next_indent > max(indent, _content_column(line), 3 if kind == "markdown" else 0):
        return False
    # "Cities: 425\nCountries: 91", a fact box's lines; a figure over its label ("> 420\n
    # member cities worldwide"), a statistics block's
    # (a line that ends in a lower-case word is a sentence going on: "wie viele Menschen in
    # den\nMitgliedsstädten leben: 250 Millionen", German capitals its nouns)
    label = LABEL.match(next_body) is not None and (
        LABEL.match(body) is not None or not body[-1].islower()
    )
    if body[-1].isdigit() and next_body[0].isdigit():
        return False  # two numbers would run together ("tally to 13\n10 December 2025")
    if _wide_end(body) and _DATED.match(next_body):
        return False  # a title over its date line ("研修資料\n令和3年3月5日")
    if _FIGURE_ALONE.fullmatch(next_body) and (_wide_end(body) or LABEL.match(body)):
        return False  # a figure on a line of its own under its label ("加盟都市数\n2022")
    return not (label or _FIGURE_ALONE.fullmatch(body))


# two Han characters and a year's digits: an era's year opening a date line
_DATED = re.compile(r"[\u4e00-\u9fff]{2}[0-9\uff10-\uff19]{1,2}[\u5e74]")


def _wide_end(body: str) -> bool:
    return wide(body[-1])


def _indent(line: str) -> int:
    if not line.startswith(tuple(_INDENT)):
        return 0  # the common case
    return sum(2 if c == "\u3000" else 1 for c in line[: len(line) - len(line.lstrip(_INDENT))])


_ITEM = re.compile(r"[ \t]*(?:[-*+\u2022][ \t]+|\d{1,9}[.)][ \t]+)")


def _content_column(line: str) -> int:
    """Where a list item's words start ("- 2020: ..." at 2): its wrapped lines may be
    indented that far."""
    found = _ITEM.match(line)
    return found.end() if found else 0


def _touching(text: str, before: int, after: int) -> bool:
    """Whether the characters either side of a break touch with no space between: a
    Chinese or Japanese character beside another or beside a digit, a word's hyphen
    and the word after it."""
    if before < 0 or after >= len(text):
        return False
    left, right = text[before], text[after]
    if left == "-" and before and text[before - 1].isalpha():
        return True  # a compound's hyphen at a line's end: "Asia-\nPacific"
    if wide(left):
        return wide(right) or right.isdigit()
    return wide(right) and left.isdigit()


def wide(char: str) -> bool:
    """A Chinese or Japanese character (a letter, a full-width digit or mark): East Asian
    wide, not Hangul (Korean puts spaces between its words)."""
    if char.isascii() or unicodedata.east_asian_width(char) not in ("W", "F"):
        return False
    return not unicodedata.name(char, "").startswith("HANGUL")


# Two spaces between words, as typists put after a full stop and careless editors
# anywhere ("Of  the  72  newcomers,  11  are  national  capitals"): one, so that every
# pattern written with a space reads them. Not three or more, nor a tab: the gaps of a
# plain-text table's columns (lcnet.extract.tables).
DOUBLE_SPACE = re.compile(r"(?<=[^ \t\n]) (?= [^ \t\n])")

Edit = tuple[int, int, str]  # text[start:end] is written as the string (one character or none)
Runs = list[tuple[int, int]]  # (offset in the new text, offset in the old) where a run starts


def flowed(text: str, kind: str, removed: Sequence[tuple[int, int]] = ()) -> tuple[str, Runs]:
    """The text as it flows: each `removed` stretch (markup) left out, each soft break
    of what is left a space (none where characters touch), each double space between
    words one; and where each run of the new text starts in the old one (each run maps
    one to one)."""
    edits: list[Edit] = [(start, end, "") for start, end in removed]
    current, runs = compacted(text, edits) if edits else (text, [(0, 0)])
    for found in soft_breaks(current, kind):
        start, end = _origin(runs, found.start), _origin(runs, found.end - 1) + 1
        edits.append((start, end, "" if found.touching else " "))
    if len(edits) > len(removed):
        edits.sort()
        current, runs = compacted(text, edits)
    if "  " not in current:
        return current, runs
    doubles = [_origin(runs, m.start()) for m in DOUBLE_SPACE.finditer(current)]
    if not doubles:
        return current, runs
    edits += [(at, at + 1, "") for at in doubles]
    edits.sort()
    return compacted(text, edits)


def compacted(text: str, edits: list[Edit]) -> tuple[str, Runs]:
    """The text with the edits (sorted by start) made, and its runs: an edit that starts
    inside one made before is made on the rest of its stretch only."""
    parts: list[str] = []
    runs: Runs = []
    length = done = 0
    for start, end, new in edits:
        if start < done:
            if end <= done:
                continue
            start = done
        if start > done:
            runs.append((length, done))
            parts.append(text[done:start])
            length += start - done
        if new:
            runs.append((length, start))
            parts.append(new)
            length += len(new)
        done = end
    runs.append((length, done))
    parts.append(text[done:])
    return "".join(parts), runs


def _origin(runs: Runs, offset: int) -> int:
    """The old offset of a new text's character."""
    index = bisect_right(runs, offset, key=lambda run: run[0]) - 1
    new, old = runs[index]
    return old + offset - new
