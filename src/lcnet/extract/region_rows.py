"""Counts per UNESCO region given without their unit, in the rows of a list or a table
under a line that names what they count: "New members by region" over "- Africa (16)",
"- Europe and North America, 104" (or after a dash), "Arab States: 9"; "Neue
Mitglieder nach Region" over "- Afrika: 13"; a table's "| Africa | 16 |" under its
header row.

A row is a line that holds only a region's name and a number (in brackets, or after a
colon or a dash). The line above the rows must be short, end no sentence and hold a unit
noun of the language ("members", "cities", "Mitglieder"); a word for "new" in it makes
the counts an intake's. Without such a line, "Africa (16)" says nothing of what it
counts, and is left alone.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import accumulate

from lcnet.extract.grammar import Grammar
from lcnet.extract.grammar import grammar as _grammar
from lcnet.extract.lang import Role, Unit
from lcnet.extract.numbers import alternation
from lcnet.model import Qualifier

# (start, end, unit, value, qualifier, roles, country, region)
RegionRow = tuple[int, int, Unit, int, Qualifier, frozenset[Role], None, str]

_HEADING_REACH = 240  # characters above the first row where its heading may stand
_HEADING_LENGTH = 100
_ROW_LENGTH = 60  # characters: "- Latin America and the Caribbean (12)" and a little more
_ROW_ENDS = frozenset("0123456789)|")
_NEW = frozenset({Role.NEW})
_MEMBER = frozenset({Role.MEMBER})


def region_rows(low: str, start: int, end: int, grammar: Grammar) -> list[RegionRow]:
    """The rows of region counts in low[start:end] under a heading that names their unit."""
    forms = _forms(grammar.language.code)
    if forms is None:
        return []
    row, heading_unit, new_word, gate = forms
    # no line of low[start:end] a row (the first, or one after a line break): nothing to
    # read; most texts, found at the speed of re's search for a line break
    first = low.find("\n", start, end)
    if gate.search(low, start, end) is None and not row.fullmatch(
        low, start, end if first < 0 else first
    ):
        return []
    data = grammar.language
    found: list[RegionRow] = []
    roles: frozenset[Role] | None = None  # the heading's, read at the first row
    lines = low[start:end].split("\n")
    ends = list(accumulate(map(len, lines)))  # ends[i] + i: where line i ends
    # Only a short line can be a row; most lines are prose (long) or blank, and the loop
    # in Python runs over the short ones (a headline, a dateline): #14
    short = [i for i, line in enumerate(lines) if 0 < len(line) <= _ROW_LENGTH]
    previous = -1  # the short line before
    for i in short:
        if roles is not None and _prose_between(lines, previous, i):
            roles = None  # past the rows: the next rows have a heading of their own
        previous = i
        line = lines[i]
        kept = line.rstrip(" \t")
        if not kept:
            continue
        if kept[-1] not in _ROW_ENDS:  # the common case: a line of prose
            if len(kept) > 1:
                roles = None
            continue
        stop = start + ends[i] + i
        at = stop - len(line)
        match = row.fullmatch(low, at, stop)
        if match is None:
            roles = None  # past the rows: the next rows have a heading of their own
            continue
        if roles is None:
            roles = _heading(low, at, heading_unit, new_word)
        if roles:
            value = int(match["bracketed"] or match["after"])
            region = data.regions[" ".join(match["region"].split())]
            found.append(
                (match.start("region"), match.end(), Unit.CITY, value, Qualifier.EXACT, roles,
                 None, region)
            )  # fmt: skip
    return found


def _prose_between(lines: list[str], first: int, last: int) -> bool:
    """Whether a line between two short ones (so a long or a blank one) ends the rows: a
    long one does unless it holds one character and spaces."""
    for line in lines[first + 1 : last]:
        if line and (line[-1] not in " \t" or len(line.rstrip(" \t")) > 1):
            return True
    return False


def _heading(
    low: str, first: int, unit: re.Pattern[str], new: re.Pattern[str] | None
) -> frozenset[Role]:
    """The roles the line above the rows gives them (none: it names no unit)."""
    at = first - 1
    reach = max(0, first - _HEADING_REACH)
    while at > reach:
        begin = low.rfind("\n", reach, at) + 1
        line = low[begin:at].strip(" \t#*-:|")  # a table's rule "|---|---|" is empty
        if line:
            if len(line) > _HEADING_LENGTH or line[-1:] in ".!?;" or not unit.search(line):
                return frozenset()
            return _NEW if new is not None and new.search(line) else _MEMBER
        at = begin - 1
    return frozenset()


@cache
def _forms(
    code: str,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None, re.Pattern[str]] | None:
    data = _grammar(code).language
    if data.attached or not data.regions:
        return None
    regions = alternation(data.regions)
    opening = rf"[ \t]*(?:[-*\u2022\u00b7|][ \t]*)?(?P<region>{regions})[ \t]*"
    row = re.compile(
        rf"{opening}"
        rf"(?:\((?P<bracketed>\d{{1,3}})\)|[:\u2013\u2014|-][ \t]*(?P<after>\d{{1,3}}))"
        rf"[ \t|]*"
    )
    # what a row after a line break starts with: it opens on the break
    gate = re.compile(rf"\n{opening}(?:\(\d|[:\u2013\u2014|-][ \t]*\d)")
    nouns = [n for n, unit in {**data.units, **data.singular_units}.items()
             if unit in (Unit.CITY, Unit.MEMBER)]  # fmt: skip
    unit = re.compile(rf"(?<!\w)(?:{alternation(nouns)})(?!\w)")
    news = [w for w, role in data.modifiers_before.items() if role is Role.NEW]
    new = re.compile(rf"(?<!\w)(?:{alternation(news)})(?!\w)") if news else None
    return row, unit, new, gate
