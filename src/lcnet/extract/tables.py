"""Figures in tables: "| Member cities | 425 |", or a header "| Member cities | Countries |"
over a row "| 425 | 91 |".

A table is a run of lines holding cells separated by "|": Markdown's tables, and HTML's
(lcnet.extract.html writes a row's cells so). A cell that holds only a number is a
figure when its row's first cell, or its column's header, names a unit ("member cities",
"países", "thành phố"): the figure then counts that unit, with the roles of the label's
words ("new members"). Whether it is about the GNLC is decided as for any figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from lcnet.dates import DateError, PartialDate
from lcnet.extract.grammar import Grammar
from lcnet.extract.grammar import grammar as _grammar
from lcnet.extract.lang import Language, Role, Unit
from lcnet.extract.numbers import alternation, as_count, read_number
from lcnet.extract.occurrences import occurrences
from lcnet.model import Qualifier

_ROW = re.compile(r"^[ \t]*\|?(?:[^|\n]*\|)+[^|\n]*$", re.MULTILINE)
_SEPARATOR = re.compile(r"^[\s|:-]*-[\s|:-]*$")
_CELL = re.compile(r"[^|\n]+")
_YEAR = re.compile(r"(?:19|20)\d\d")


class Cell(NamedTuple):
    start: int
    end: int
    text: str  # stripped


class Tabled(NamedTuple):
    """A figure of a table: where its number is, and what its label says."""

    start: int
    end: int
    unit: Unit
    value: int
    qualifier: Qualifier
    roles: frozenset[Role]
    country: str | None
    region: str | None
    dated: PartialDate | None  # a row or column of a date: "| 2022 | 77 |", "| 2016年8月 |"


def tabled(low: str, start: int, end: int, grammar: Grammar) -> list[Tabled]:
    """The figures of the tables and labelled lines in low[start:end], in order."""
    # a run of three spaces: plain text's columns; "|": a table's. Both asked of the
    # stretch's index (lcnet.extract.occurrences): no pass of their own over it (a
    # str.find for "   " stops at every space, ~1 ms per MB of English)
    spaces = bool(occurrences(low, start, end, "   "))
    labelled = _labelled(low, start, end, grammar, spaces=spaces) + _spaced(
        low, start, end, grammar, spaces=spaces
    )
    if not occurrences(low, start, end, "|"):
        return sorted(labelled) if len(labelled) > 1 else labelled  # the common case: []
    return sorted(_tables(low, start, end, grammar) + labelled)


# Plain text's tables, as a PDF's or a word processor's text writes them: columns lined
# up with tabs, ideographic spaces or runs of spaces, no "|" ("　2016年8月　115　　28"
# under "　年月　　加盟都市数　　国数"). Lines split at such gaps are read as a table's
# rows where two or more lines in a row split into the same number of cells. Found from
# the gaps (str.find): prose has none inside its lines.
_GAPS = ("\t", "\u3000", "   ")
_GAP = re.compile(r"[ \t\u3000]*(?:[\t\u3000]|   )[ \t\u3000]*")


def _spaced(low: str, start: int, end: int, grammar: Grammar, *, spaces: bool) -> list[Tabled]:
    if not spaces and all(not occurrences(low, start, end, gap) for gap in _GAPS[:-1]):
        return []  # the common case (the stretch's index: no pass of its own)
    gaps = [low.find(gap, start, end) for gap in _GAPS]  # the next place of each
    found: list[Tabled] = []
    block: list[list[Cell]] = []
    line = start
    while line < end:
        # only a line that holds a gap may split into cells: the lines before the next
        # such line split into none, and end a block (Markdown's made text has runs of
        # spaces where markup was blanked: most lines are passed by str.find here)
        for index, at in enumerate(gaps):
            if 0 <= at < line:
                gaps[index] = low.find(_GAPS[index], line, end)
        gap = min((at for at in gaps if at >= 0), default=-1)
        if gap < 0:
            break
        opening = low.rfind("\n", line, gap)
        opening = line if opening < 0 else opening + 1
        if opening > line and block:  # a line of no gap between
            found += _spaced_block(block, low, grammar)
            block = []
        line = opening
        stop = low.find("\n", line, end)
        stop = end if stop < 0 else stop
        cells = _spaced_cells(low, line, stop)
        if block and (cells is None or len(cells) != len(block[0])):
            found += _spaced_block(block, low, grammar)
            block = []
        if cells is not None:
            block.append(cells)
        line = stop + 1
    return found + _spaced_block(block, low, grammar)


def _spaced_cells(low: str, start: int, end: int) -> list[Cell] | None:
    """A line's cells between gaps, or None for a line of one cell (or none)."""
    while start < end and low[start] in " \t\u3000":
        start += 1
    while end > start and low[end - 1] in " \t\u3000\r":
        end -= 1
    cells: list[Cell] = []
    at = start
    for gap in _GAP.finditer(low, start, end):
        cells.append(Cell(at, gap.start(), low[at : gap.start()]))
        at = gap.end()
    if not cells:
        return None
    cells.append(Cell(at, end, low[at:end]))
    return cells


def _spaced_block(rows: list[list[Cell]], low: str, grammar: Grammar) -> list[Tabled]:
    if len(rows) < 2 or not any(_number(c.text, grammar) for row in rows for c in row):
        return []
    return _figures(rows, low, grammar, spaced=True)


# A label and its number, one to a line or between separators, as key-figure blocks and
# fact boxes write them: "Mitgliedsstädte: 294", "Città membri: 294 · Sede: Amburgo", and
# with the full-width colon of Chinese and Japanese. Found from the colons (str.find).
_COLONS = (":", "\uff1a")
# (an opening quotation mark too: a label quoted in a sentence, 'the leaflet still reads
# « Membres du réseau : 173 »', "reads \"Member cities: 173\"", „Mitgliedsstädte: 173“)
# (a colon before: "Der Flyer nennt: Mitgliedsstädte: 170"; and where words touch, the
# full-width semicolon, comma and colon, the ideographic full stop and a dash, as in
# "宣传片仍沿用旧数据——成员城市数量" before its colon; the ideographic space of a
# footer's fields: "网站标识码" is the label of 3302000001, not the whole line)
_SEPARATORS = '\n·•|;:\u00ab\u201c\u201e"\u300c\uff1b\uff0c\uff1a\u3002\u2014\u3000'
_DECORATION = " \t*_"
_LABEL_SIZE = range(2, 41)
# A label that opens its line, as a list of key figures writes it, may say more: "Capitali
# fra le nuove città dell'ultima tornata: 11", "Paesi con una città nella rete per la
# prima volta: 13" (up to the 60 characters _previous_separator looks back)
_LINE_LABEL_SIZE = range(2, 61)
_VALUE_SIZE = range(1, 25)


# A label and its value at the line's end, as fact boxes and key-figure lists write them,
# the label binding the number that has no unit of its own: "Countries ...... 91",
# "|  Villes membres ........ 356  |" (a box drawn with bars), "- Member cities \u2013 425",
# "Tổng số thành viên GNLC      294", "加盟都市……425", "新規加盟都市　　72", a tab. The
# line is found from its separator (str.find); the label must name a unit (_label), the
# value must be a number alone (_number), and the line ends after it (a box's bar may
# close it). A colon's label and value are read by _labelled_at.
# (each mark is a pass over the text, found or not: the en and em dashes alone, their
# spaces checked by the pattern; the CJK marks only where words touch; a run of three
# spaces is looked for once, with plain text's columns, by tabled)
_LINE_MARKS = ("..", "\u2026", "\t", "\u2013", "\u2014")
_TOUCHING_MARKS = ("\u3000", "\u2025", "\u2015")
_BORDERS = " \t\u3000|\u2502\u2551"
_TAIL = 24  # characters at a line's end where its value's digits stand
_LABEL_LINE = re.compile(
    rf"[{_BORDERS}]*(?:[-*\u2022\u30fb\u00b7][ \t]*)?"
    # (a label holds no full stop, but a German day's: "Neuaufnahmen am 4. Dezember 2025")
    r"(?P<label>[^\W\d_](?:[^\n.:?!|\u2502\u2551\u2026\u2025\t\u3000]|(?<=\d)\.(?= )){0,40}?)"
    r"(?:[ \t]*(?:\.{2,}|[\u2026\u2025]+)[ \t.\u2026\u2025]*"
    r"|(?P<gap>[ \t]*[\t\u3000][ \t\u3000]*|[ \t]{2,})"
    r"|[ \t]+[-\u2013\u2014\u2015][ \t]+|[ \t]*\u2015+[ \t]*)"
    rf"(?P<value>[^\s.|\u2502\u2551][^\n|\u2502\u2551\t]{{0,23}}?)[{_BORDERS}]*$",
    re.MULTILINE,
)


def _label_lines(
    low: str, start: int, end: int, grammar: Grammar, *, spaces: bool
) -> list[Tabled]:
    lines: set[int] = set()
    # one declared type: mypyc types a tuple by its length, and each branch has its own
    marks: tuple[str, ...] = _LINE_MARKS
    if grammar.language.attached:
        marks += _TOUCHING_MARKS
    if spaces:
        marks += ("   ",)
    for mark in marks:  # the stretch's index (occurrences): no pass of their own
        after = start  # the first mark of each line
        for at in occurrences(low, start, end, mark):
            if at < after:
                continue
            stop = low.find("\n", at, end)
            # a value ends the line: a digit among its last characters ("390 millions|")
            tail = low[max(at, (end if stop < 0 else stop) - _TAIL) : end if stop < 0 else stop]
            if any(c.isdigit() for c in tail):
                line = low.rfind("\n", start, at) + 1 or start
                lines.add(max(line, start))
            if stop < 0:
                break
            after = stop
    if not lines:
        return []  # the common case
    found = []
    named = []  # whether each label names the network
    columned: set[int] = set()  # the rows (their value's start) of a block of columns
    for line in sorted(lines):
        stop = low.find("\n", line, end)
        matched = _LABEL_LINE.match(low, line, end if stop < 0 else stop)
        if matched is None:
            continue
        number = _number(matched["value"].rstrip(_BORDERS), grammar)
        described = _label(matched["label"], grammar) if number is not None else None
        if number is None or described is None or described[0] is Unit.OTHERS:
            continue
        label_named = any(
            word in matched["label"] for word in _network_words(grammar.language.code)
        )
        value_start = matched.start("value")
        if matched["gap"] and not label_named and _in_columns(low, line, stop, start, end):
            columned.add(value_start)  # a row of a table of columns: its label may be
            # anything's (_spaced), unless the block is a list of the network's key figures
        unit, roles, country, region = described
        value, qualifier = number
        value_end = value_start + len(matched["value"].rstrip(_BORDERS))
        found.append(
            Tabled(value_start, value_end, unit, value, qualifier, roles, country, region, None)
        )
        named.append(label_named)
    if columned:
        found, named = _key_figures(found, named, columned, low)
    return _named_rows(found, named)


_MEMBERSHIP = frozenset({Role.MEMBER, Role.NEW})


def _key_figures(
    found: list[Tabled], named: list[bool], columned: set[int], low: str
) -> tuple[list[Tabled], list[bool]]:
    """The rows of a block of columns, label and value alone on each line ("Mitglieds-
    städte weltweit      425" over "Vertretene Staaten      91", a report's table of key
    figures with no header), kept where a row of the block counts members: the block
    speaks of the network. A block of other labels ("Municipios del estado      217"
    under "Indicador      Valor") stays a table of columns, read under its header."""
    blocks: list[list[int]] = []
    for index, figure in enumerate(found):
        if figure.start not in columned:
            continue
        if blocks and "\n\n" not in low[found[blocks[-1][-1]].end : figure.start]:
            blocks[-1].append(index)
        else:
            blocks.append([index])
    dropped = {
        index
        for block in blocks
        if not any(found[i].unit is Unit.MEMBER or found[i].roles & _MEMBERSHIP for i in block)
        for index in block
    }
    kept = [i for i in range(len(found)) if i not in dropped]
    return [found[i] for i in kept], [named[i] for i in kept]


def _in_columns(low: str, line: int, stop: int, start: int, end: int) -> bool:
    """Whether the line before or after a line whose label and value a gap sets apart is
    split by a gap too: then the lines are a table's rows, read by _spaced under a header
    of units, not a box's lone labelled lines."""
    before = low.rfind("\n", start, max(start, line - 1)) + 1 if line > start else -1
    neighbours = []
    if before >= 0 and line > start:
        neighbours.append(low[max(before, start) : line - 1])
    if stop >= 0 and stop < end:
        after = low.find("\n", stop + 1, end)
        neighbours.append(low[stop + 1 : end if after < 0 else after])
    return any(_GAP.search(text.strip(" \t\u3000")) is not None for text in neighbours)


_BLOCK_GAP = 300  # characters between two rows of one box


def _named_rows(found: list[Tabled], named: list[bool]) -> list[Tabled]:
    """ "Ciudades miembro de la red GNLC 170" over "Municipios del estado 217": in a box
    where one row names the network, a row that does not counts something else."""
    if not any(named):
        return found  # the common case
    kept: list[Tabled] = []
    block: list[int] = []
    for index, figure in enumerate(found):
        if block and figure.start - found[block[-1]].end > _BLOCK_GAP:
            kept += _named_block(found, named, block)
            block = []
        block.append(index)
    return kept + _named_block(found, named, block)


def _named_block(found: list[Tabled], named: list[bool], block: list[int]) -> list[Tabled]:
    said = any(named[i] for i in block)
    return [found[i] for i in block if named[i] or not said]


def _labelled(low: str, start: int, end: int, grammar: Grammar, *, spaces: bool) -> list[Tabled]:
    found: list[Tabled] = _label_lines(low, start, end, grammar, spaces=spaces)
    for colon in _COLONS:
        at = low.find(colon, start, end)
        while at >= 0:
            item = _labelled_at(low, at, start, end, grammar)
            if item is not None:
                found.append(item)
            at = low.find(colon, at + 1, end)
    for dash in _DASHES:  # "Members \u2013 230 | Countries \u2013 64": a dash for a colon
        after = start  # each past the one before (" - - ": the first)
        for at in occurrences(low, start, end, dash):  # the stretch's index: no pass
            if at < after:
                continue
            item = _dashed_at(low, at, len(dash), start, end, grammar)
            if item is not None:  # a line's last value, which _label_lines read with
                # the whole line for its label ("Cities \u2013 294 \u2022 ... \u2022
                # Citizens \u2013 310 million"): the label between its separators says
                # what it counts
                found = [f for f in found if f.start != item.start] + [item]
            after = at + len(dash)
    return _membership_block(sorted(found)) if len(found) > 1 else found


# A label and its value parted by a spaced dash, between the separators of a fact box
# written on one line: "Members \u2013 230 | Countries \u2013 64", "Städte \u2014 356 \u00b7
# Staaten \u2014 79". The value must end at a separator (a bar, a dot, a semicolon, the
# line's end, a closing bracket or quote): prose's dash ("the network grew fast \u2013 72
# cities joined") has words after its number.
_DASHES = (" \u2013 ", " \u2014 ", " - ")
_LABEL_OPENERS = ("(", ": ", "\u2018", "'")  # a box quoted in a sentence: "(it now reads: ..."
_COLON_LABEL_OPENERS = (": ", *_DASHES)  # "vẫn dùng số liệu cũ \u2014 thành phố thành viên: 294"


def _dashed_at(
    low: str, dash: int, width: int, start: int, end: int, grammar: Grammar
) -> Tabled | None:
    value_start = dash + width
    value_end = _next_separator(low, value_start, end, _VALUE_SIZE.stop)
    if value_end < 0:
        return None  # the common case: words go on after the dash
    value = low[value_start:value_end].rstrip(_DECORATION + ".")
    if value.endswith(")") and "(" not in value:  # "(... Countries \u2013 64)."
        value = value[:-1].rstrip(_DECORATION)
    value = value.rstrip("'\u2019")  # "says 'Members \u2013 292; Countries \u2013 76'."
    label_start = _previous_separator(low, dash, start)
    for opener in _LABEL_OPENERS:
        opened = low.rfind(opener, label_start, dash)
        label_start = label_start if opened < 0 else opened + len(opener)
    label = low[label_start:dash].strip(_DECORATION)
    if len(label) not in _LABEL_SIZE or len(value) not in _VALUE_SIZE:
        return None
    number = _number(value, grammar)
    described = _label(label, grammar) if number is not None else None
    if number is None or described is None or described[0] is Unit.OTHERS:
        return None
    unit, roles, country, region = described
    count, qualifier = number
    return Tabled(value_start, value_start + len(value), unit, count, qualifier, roles, country,
                  region, None)  # fmt: skip


_COUNTED = frozenset({Unit.CITY, Unit.MEMBER})


def _membership_block(found: list[Tabled], *, counted: bool = False) -> list[Tabled]:
    """A weak unit's figure ("| Staaten | 91 |", "Member states: 91") in a table or block
    whose other figures (or a row labelled so: "| Mitglieder | 425 Städte (Stand ...) |")
    count the network's cities or members is the network's too: the rows of one fact box
    speak of one thing."""
    if not any(Role.WEAK in f.roles for f in found):
        return found  # the common case
    if not counted and not any(f.unit in _COUNTED and Role.WEAK not in f.roles for f in found):
        return found
    return [f._replace(roles=f.roles - {Role.WEAK}) if Role.WEAK in f.roles else f for f in found]


def _labelled_at(low: str, colon: int, start: int, end: int, grammar: Grammar) -> Tabled | None:
    if colon > start and low[colon - 1].isdigit() and low[colon + 1 : colon + 2].isdigit():
        return None  # a time ("全国・海外 2025年12月5日 18:20"), not a label and its value
    value_end = _next_separator(low, colon + 1, end, _ASIDE_REACH)
    if value_end < 0:
        return None  # the common case: a colon before a sentence
    value_start = colon + 1
    while value_start < value_end and low[value_start] in _DECORATION:
        value_start += 1
    # "nuove città: 72, da 46 Paesi", "Villes membres : 425, réparties dans 91 pays",
    # "Mitglieder: 115 (Stand: August 2016)": an aside after the value (its countries,
    # read apart, or its date) ends it
    aside = _ASIDE.search(low, value_start, min(value_end, value_start + _VALUE_SIZE.stop))
    if aside is not None and aside.start() > value_start:
        value_end = aside.start()
    while value_end > value_start and low[value_end - 1] in _DECORATION + ".":
        value_end -= 1
    if value_end - value_start not in _VALUE_SIZE:
        return None
    label_start = _previous_separator(low, colon, start)
    for opener in _COLON_LABEL_OPENERS:  # "the panel still reads \u2014 member cities: 294;
        opened = low.rfind(opener, label_start, colon)  # countries: 76": the words that
        if opened >= 0 and _in_a_region_name(low, opened, len(opener), grammar):
            continue  # "Thành viên mới ở châu Á - Thái Bình Dương: 18": the name's own dash
        label_start = label_start if opened < 0 else opened + len(opener)  # lead in are
    label = low[label_start:colon].strip(_DECORATION)  # no part of the first label
    if len(label) not in (_LINE_LABEL_SIZE if _opens_a_line(low, label_start) else _LABEL_SIZE):
        return None
    number = _number(low[value_start:value_end], grammar)
    if number is None and grammar.language.attached:
        # "参加国" and its colon, "76のまま掲載している": where words touch, a particle
        # after the digits ends the value
        digits = _ATTACHED_VALUE.match(low, value_start, value_end)
        if digits is not None:
            value_end = digits.end()
            number = _number(low[value_start:value_end], grammar)
    described = _label(label, grammar) if number is not None else None
    if number is None or described is None or described[0] is Unit.OTHERS:
        return None
    unit, roles, country, region = described
    value, qualifier = number
    return Tabled(value_start, value_end, unit, value, qualifier, roles, country, region, None)


def _in_a_region_name(low: str, at: int, width: int, grammar: Grammar) -> bool:
    """Whether the spaced dash at `at` is part of a region's name around it."""
    for name in grammar.language.regions:
        inside = name.find(low[at : at + width])
        if inside > 0 and low.startswith(name, at - inside):
            return True
    return False


# digits, then a kana or hangul particle right after them
_ATTACHED_VALUE = re.compile(
    r"[0-9\uff10-\uff19][0-9\uff10-\uff19,\uff0c]*(?=[\u3041-\u309f\uac00-\ud7a3])"
)


def capitals_labelled(low: str, at: int, floor: int, grammar: Grammar) -> frozenset[Role] | None:
    """The roles of a label that names an intake's capitals right before a figure that
    counts cities with a unit of its own ("New capitals: 11 cities", "신규 수도: 11곳",
    "新規加盟の首都: 11都市"): the figure counts those capitals. None when no such label
    stands there (a colon is looked for first, a few characters back)."""
    colon = at - 1
    while colon >= max(floor, at - _LABEL_GAP) and low[colon] in _DECORATION:
        colon -= 1
    if colon < floor or low[colon] not in _COLONS:
        return None  # the common case
    label = low[_previous_separator(low, colon, floor) : colon].strip(_DECORATION)
    if len(label) not in _LABEL_SIZE:
        return None
    described = _label(label, grammar)
    if described is None or described[0] is not Unit.CAPITAL or Role.NEW not in described[1]:
        return None  # "Capital cities in the network: 40": no metric counts them all
    named = grammar.network_names.search(label)
    if named is not None and named.lastgroup != "gnlc":
        return None  # "European Capitals of Culture: 11 cities": another programme's
    return described[1]


_LABEL_GAP = 4  # characters between a label's colon and its value: spaces, emphasis
# What ends a labelled value before its line does: a comma, or a bracket after a space
# (a number's own bracket, "425 (+72)", is the cell's); ideographic ones where words touch
# ... or the sentence goes on past it: "countries: 76. We have asked for a new copy",
# "countries: 79 \u2014 and officers promised to replace it" (a full stop after a digit, a
# spaced dash)
_ASIDE = re.compile(
    r"[,\uff0c\u3001](?!\d{3})|\s[(\[]|[\uff08\u3010]|(?<=\d)\.\s|\s[\u2013\u2014-]\s"
)
_ASIDE_REACH = 80  # characters after a label's colon where the line of its value ends


# (or a closing quote; the full-width semicolon and the ideographic full stop; a full stop
# that ends a sentence: "nennt: Mitgliedsstädte: 425; Staaten: 91. Nach Angaben ...")
_SEPARATOR_AFTER = re.compile(r"[\n·•|;\u00bb\u201d\u201c\"\u300d\uff1b\u3002]|\.(?=\s)")


def _next_separator(low: str, position: int, end: int, reach: int = 40) -> int:
    found = _SEPARATOR_AFTER.search(low, position, min(end, position + reach))
    return found.start() if found else (end if end <= position + reach else -1)


def _opens_a_line(low: str, position: int) -> bool:
    """Whether only a list's bullet or decoration stands between the line's start and
    `position`."""
    line = low.rfind("\n", 0, position) + 1
    return not low[line:position].strip(_DECORATION + "-\u2022\u2013>#")


def _previous_separator(low: str, position: int, start: int) -> int:
    floor = max(start, position - 60)
    return max(floor, *(low.rfind(mark, floor, position) + 1 for mark in _SEPARATORS))


def _tables(low: str, start: int, end: int, grammar: Grammar) -> list[Tabled]:
    found: list[Tabled] = []
    rows: list[list[Cell]] = []
    last_end = -2
    for line in _rows(low, start, end):
        cells = _cells(low, line.start(), line.end())
        if len(cells) < 2:
            continue
        if line.start() > last_end + 1 and rows:  # a gap: a new table
            found += _figures(rows, low, grammar)
            rows = []
        rows.append(cells)
        last_end = line.end()
    return found + _figures(rows, low, grammar) if rows else found


def _rows(low: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """_ROW.finditer(low, start, end), trying only the lines that hold a "|" (found
    with str.find) instead of every line start: a row is one line and holds one."""
    at = low.find("|", start, end)
    while at >= 0:
        line = low.rfind("\n", 0, at) + 1
        if line >= start:  # a line that starts before `start` has no "^" in the window
            row = _ROW.match(low, line, end)
            if row is not None:
                yield row
        next_line = low.find("\n", at, end)
        if next_line < 0:
            return
        at = low.find("|", next_line + 1, end)


def _cells(low: str, start: int, end: int) -> list[Cell]:
    cells = []
    for match in _CELL.finditer(low, start, end):
        text = match.group()
        if text.strip():
            lead = len(text) - len(text.lstrip())
            cells.append(
                Cell(match.start() + lead, match.start() + len(text.rstrip()), text.strip())
            )
    return cells


def _figures(
    rows: list[list[Cell]], low: str, grammar: Grammar, *, spaced: bool = False
) -> list[Tabled]:
    """The figures of a table's rows. `spaced`: a plain text's table (_spaced), read only
    under a header of units, and not in a column of years (a list's "Total" under "Year
    of joining" counts the rows): its rows' labels may count what is not the network's
    ("Municipios del estado" beside "Ciudades miembro de la red")."""
    header: list[Cell] = []
    if len(rows) > 1 and _SEPARATOR.match(" ".join(c.text for c in rows[1])):
        header, rows = rows[0], rows[2:]
    elif rows and not any(_number(c.text, grammar) for c in rows[0]):
        header, rows = rows[0], rows[1:]
    elif len(rows) > 1 and not _digits(rows[0]) and _digits(rows[1]):
        # an HTML table's head of words over rows of digits, a word of which is also a
        # number word: "| Năm | Thành viên mới | Tổng số |" (năm: year, and five)
        header, rows = rows[0], rows[1:]
    # a key-value table's first row is a pair of its own ("| Formation | 2013 |", as an
    # infobox writes it), not a header whose year dates the column below
    dating = len(header) > 2 or not header or not header[0].text.strip(" *")
    dating = dating or _YEAR.fullmatch(header[-1].text.strip(" *")) is None
    found = []
    heads = _heads(header, grammar)
    if spaced and not any(heads):
        return []
    years = {i for row in rows for i, c in enumerate(row) if _YEAR.fullmatch(c.text)}
    # "| Netzwerk | Beitritt | Mitglieder weltweit | Staaten |" over a row per network: the
    # row that names the GNLC is its, counted by the header; the other rows are other
    # networks' ("| Klima-Bündnis | 1997 | 1.900 | 27 |"), and the name's "Learning Cities"
    # no label of the row
    named = _gnlc_rows(rows, header, grammar) if any(heads) and not spaced else set()
    for number_of_row, row in enumerate(rows):
        aligned = len(header) == len(row)
        if named and number_of_row not in named and _label(row[0].text, grammar) is None:
            continue
        for index, cell in enumerate(row):
            number = _number(cell.text, grammar)
            if number is None:  # a year is none either: it may date the row
                continue
            if spaced and index in years:
                continue
            label = _label(row[0].text, grammar) if index > 0 and not spaced else None
            if number_of_row in named and aligned and heads[index] is not None:
                label = None
            if not index and len(row) == _PAIR and not spaced and not aligned:
                # "| 356 | cidades membro |": a key-figures table whose number leads its
                # row, the caption after it
                label = _caption(row[1].text, grammar)
            year = None
            if aligned and label is not None and dating:
                year = _date(header[index].text, grammar)
            if label is None and aligned:
                label = heads[index]
                year = _date(row[0].text, grammar) if index > 0 else None
                if year is None and index > 0 and dating:
                    # "| 國家 | 成員城市(2022年9月) |", full-width brackets too: the head dates it
                    year = _head_date(header[index].text, grammar)
            if label is not None and label[0] is not Unit.OTHERS:
                unit, roles, country, region = label
                value, qualifier = number
                found.append(
                    Tabled(
                        cell.start, cell.end, unit, value, qualifier, roles, country, region, year
                    )
                )
    if not any(Role.WEAK in f.roles for f in found):
        return found
    labels = (_label(row[0].text, grammar) for row in rows if len(row) > 1)
    counted = any(
        label is not None and label[0] in _COUNTED and Role.WEAK not in label[1]
        for label in labels
    )
    return _membership_block(found, counted=counted)


def _gnlc_rows(rows: list[list[Cell]], header: list[Cell], grammar: Grammar) -> set[int]:
    """The rows of a table of several subjects whose first cell names the GNLC, where
    the header labels the columns ("| Network | Joined | Members | Countries |")."""
    if len(rows) < _PAIR or len(header) <= _PAIR:
        return set()
    return {
        i
        for i, row in enumerate(rows)
        if len(row) == len(header) and any(f.search(row[0].text) for f in grammar.gnlc_finders)
    }


_PAIR = 2


def _caption(
    text: str, grammar: Grammar
) -> tuple[Unit, frozenset[Role], str | None, str | None] | None:
    """What a caption after a number counts ("cidades membro", "novas cidades em 2024",
    "de habitantes abrangidos"), if it names a unit and holds no number but a year."""
    if _NOT_A_YEAR.search(text) is not None:
        return None
    return _label(text, grammar)


_NOT_A_YEAR = re.compile(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d")


def _digits(row: list[Cell]) -> bool:
    return any(char.isdigit() for cell in row for char in cell.text)


_Label = tuple[Unit, frozenset[Role], str | None, str | None]


def _heads(header: list[Cell], grammar: Grammar) -> list[_Label | None]:
    """What each column's header counts: its unit (_label), or, for a header of one of
    Language.column_heads ("Total", "Gesamt", "Neu"), the network's members, where another
    column counts members or cities too: "| Round | Newcomers | Total |"."""
    labels = [_label(cell.text, grammar) for cell in header]
    words = grammar.language.column_heads
    if not words:
        return labels
    headed = [words.get(" ".join(cell.text.strip(_DECORATION).split())) for cell in header]
    counted = sum(
        1
        for label, role in zip(labels, headed, strict=True)
        if role is not None or (label is not None and label[0] in (Unit.CITY, Unit.MEMBER))
    )
    if counted < 2:
        return labels
    return [
        label
        if label is not None or role is None
        else (
            Unit.MEMBER,
            frozenset({Role.MEMBER} if role is Role.MEMBER else {Role.MEMBER, role}),
            None,
            None,
        )
        for label, role in zip(labels, headed, strict=True)
    ]


def _date(text: str, grammar: Grammar) -> PartialDate | None:
    """A cell that is a date: "2022", "2016-08", "August 2016", "Sept. 2020"."""
    found = _date_cell(grammar.language.code).fullmatch(text.strip(" *"))
    if found is None:
        return _attached_date(text, grammar)
    month = found["number"] and int(found["number"])
    if found["name"]:
        month = grammar.language.months.get(found["name"])
    try:
        return PartialDate.checked(int(found["year"]), month or None, None, text)
    except DateError:
        return None


def _head_date(text: str, grammar: Grammar) -> PartialDate | None:
    """The date in brackets (full-width ones too) that ends a column's head: "Members
    (2022)", "成員城市(2022年9月)"."""
    found = _BRACKETED_DATE.search(text)
    return _date(found["date"], grammar) if found is not None and found.start() > 0 else None


_BRACKETED_DATE = re.compile(r"[(\uff08](?P<date>[^()\uff08\uff09]{4,16})[)\uff09][\s*]*\Z")


@cache
def _date_cell(code: str) -> re.Pattern[str]:
    months = alternation(_grammar(code).language.months) or "(?!)"
    return re.compile(
        rf"(?:(?P<name>{months})\.?\s+)?(?P<year>(?:19|20)\d\d)(?:[-/](?P<number>\d{{1,2}}))?"
    )


def label_date(label: str, code: str) -> PartialDate | None:
    """The month a key figure's label dates it by ("Città aderenti, agosto 2016",
    "Member cities (as of May 2017)", "Stand Mai 2017 laut Ministerium"): one month and
    year in the label, no day before it (a dateline's "15 May 2017: ..." is its news of
    the day); None otherwise."""
    found = [m for m in _date_cell(code).finditer(label) if m["name"]]
    if len(found) != 1 or _day_before(code).search(label, 0, found[0].start()):
        return None
    date = found[0]
    if any(c.isdigit() for c in label[: date.start()] + label[date.end() :]):
        return None  # "14.03.2023 - Bonn trat im September 2022 bei:" an entry's own date
    # a label: it names what is counted ("Città aderenti"), or dates it in brackets or
    # by a word of "as of" ("Stand Mai 2017"), not a bare preposition of a clause ("En
    # août 2016, une nouvelle étape : 425 villes")
    rules = _grammar(code)
    said = rules.historic.search(label, max(0, date.start() - _AS_OF_REACH))
    as_of = (
        said is not None
        and said.start() + 4 <= date.start() <= said.end()
        and not any(c.isdigit() for c in label[said.start() : date.start()])
    )
    bracketed = "(" in label[: date.start()] and ")" in label[date.end() :] + ")"
    if not (as_of or bracketed or _unit_in(code).search(label)):
        return None
    month = rules.language.months.get(date["name"])
    try:
        return PartialDate.checked(int(date["year"]), month or None, None, label)
    except DateError:
        return None


_AS_OF_REACH = 20  # characters before a label's date where its word of "as of" stands


@cache
def _day_before(code: str) -> re.Pattern[str]:
    """A day's number before a month: "15 May", "1er mai" (Language.day_suffixes)."""
    suffixes = "|".join(_grammar(code).language.day_suffixes)
    return re.compile(rf"\d\.?(?:{suffixes})?\s*\Z" if suffixes else r"\d\.?\s*\Z")


def _attached_date(text: str, grammar: Grammar) -> PartialDate | None:
    """Where words touch, a cell in the language's own date form: "2016年8月", "2024년 2월",
    "令和6年"."""
    date = grammar.historic.fullmatch(text) if grammar.language.attached else None
    if date is None:
        return None
    fields = {k.rstrip("0123456789"): v for k, v in date.groupdict().items() if v}
    if "year" in fields:
        year = int(fields["year"])
    elif "era" in fields:
        count = fields["era_year"]
        first = count == grammar.language.era_first_year
        year = grammar.language.eras[fields["era"]] + (1 if first else int(count))
    else:
        return None
    month = int(fields["month_number"]) if "month_number" in fields else None
    return PartialDate(year, month if month and 1 <= month <= 12 else None)


def _number(text: str, grammar: Grammar) -> tuple[int, Qualifier] | None:
    """A cell that holds only a number (with a qualifier or a "+"): its value."""
    found = _number_cell(grammar.language.code).fullmatch(text)
    if found is None or _YEAR.fullmatch(found["number"]):
        return None
    value = read_number(found["number"], grammar.language.code)
    count = None if value is None else as_count(value)
    if count is None:
        return None
    words = found["qualifier"]
    if words:
        return count, grammar.language.qualifiers[" ".join(words.split())]
    after = found["after"]
    if after:  # "| 韓国 | 40以上 |", "| 韓國 | 50多個 |"
        return count, grammar.language.qualifiers_after_number[after]
    return count, Qualifier.MORE_THAN if found["plus"] else Qualifier.EXACT


def _label(
    text: str, grammar: Grammar
) -> tuple[Unit, frozenset[Role], str | None, str | None] | None:
    """The unit a label names, the roles of its words, its country and region."""
    units = _unit_in(grammar.language.code)
    if grammar.language.attached:  # the last noun is the head: "新成員所屬國家" counts countries
        found = max(units.finditer(text), key=lambda m: m.start(), default=None)
        name = " ".join(text.strip(" *").split())
        if found is not None and name in grammar.language.country_names:
            found = None  # "| 韓国 | 40以上 |": a country's name ends in 国, no unit of its own
    else:
        found = units.search(text)
    data = grammar.language
    if found is None and (_count_head(text, grammar) or _head_of_the_network(text, data)):
        # "| Network total |", "Total de la red tras esa ronda: 294"
        return Unit.MEMBER, frozenset({Role.MEMBER}), None, None
    if found is None:  # "Colombianas en la red: ocho": a country's cities, its adjective
        country = _demonym_in_the_network(text, data)
        if country is not None:
            return Unit.CITY, frozenset(), country, None
    if found is None:  # "| 本批新增 | 72个 |", "신규 가입: 72": a label of new members
        cue = grammar.cues.search(text)
        if cue is None or cue.lastgroup != "intake":
            return None
        unit, roles = Unit.MEMBER, frozenset({Role.NEW, Role.MEMBER})
    else:
        unit, _, roles = grammar.nouns[" ".join(found.group().split())]
    more: set[Role] = set()
    if (
        found is not None
        and unit is Unit.COUNTRY
        and any(cue.lastgroup == "first_time" for cue in grammar.cues.finditer(text))
    ):  # "Pays représentés pour la première fois : 13", "Paesi alla prima adesione: 12"
        more.add(Role.FIRST_TIME)
    if found is not None and unit is not Unit.CITIZEN:  # "Ciudades admitidas: 38"
        cue = grammar.cues.search(text)
        if (cue is not None and cue.lastgroup == "intake") or _joined_word_after(
            text, found.end(), data
        ):
            point = _intake_point(data.code)  # not "| Members after the intake |"
            if point is None or point.search(text) is None:
                more.add(Role.NEW)
    country = region = None
    named = _country_in(data.code).search(text)  # "中国成员" (15个), "Viet Nam members: 6"
    if named is not None:
        country = data.country_names[" ".join(named.group().split())]
    for word in (" ".join(w.split()) for w in grammar.modifier_words_before.findall(text)):
        if word in data.demonyms:
            country = data.demonyms[word]
        elif word in data.regions:
            region = data.regions[word]
        elif word in data.modifiers_before:
            more.add(data.modifiers_before[word])
    if found is not None and data.modifiers_after:  # "| Thành viên mới |", "| Miembros nuevos |"
        for word in grammar.modifier_words_after.findall(text, found.end()):
            role = data.modifiers_after.get(" ".join(word.split()))
            if role is not None:
                more.add(role)
    return unit, roles | more, country, region


def _joined_word_after(text: str, at: int, data: Language) -> bool:
    """Whether a participle of joining (Language.joined_bare_words) follows the label's
    noun: "| Villes admises le 4 décembre | 72 |", "Villes africaines admises : 15" (a
    label's participle, which prose's cues leave to the words after it)."""
    return any(w.strip(".,;:") in data.joined_bare_words for w in text[at:].split())


def label_of(
    text: str, grammar: Grammar
) -> tuple[Unit, frozenset[Role], str | None, str | None] | None:
    """The unit a label names, the roles of its words, its country and region: what a
    number bound to the label counts (a fact box's row, a question read as a label)."""
    return _label(text, grammar)


_LIST_MARKS = " \t-*\u2022\u00b7\u2013\u2014"  # a list item's mark before its label


def _head_of_the_network(text: str, data: Language) -> bool:
    """Whether a label opens with a count's head, its link and the network's noun, a time
    after it or not: "Total de la red tras esa ronda", "Totale della rete", "Total du
    réseau après cette vague" (Language.count_heads, count_links, network_nouns)."""
    if data.attached or not data.network_nouns:
        return False
    words = [w.strip("*_") for w in text.lstrip(_LIST_MARKS).split()]
    if not words or words[0] not in data.count_heads:
        return False
    rest = " ".join(words[1:])
    for link in sorted(data.count_links, key=len, reverse=True):
        if rest.startswith(f"{link} "):
            rest = rest[len(link) + 1 :]
            break
    else:
        return False
    for article in data.place_articles:
        if rest.startswith(f"{article} "):
            rest = rest[len(article) + 1 :]
            break
    said = rest.split()
    return bool(said) and said[0] in data.network_nouns and not _of_another(said[1:2], data)


def _of_another(after: list[str], data: Language) -> bool:
    """Whether the word after the network's noun links another's name to it: "la red de
    bibliotecas", "la rete delle città creative" (Language.count_links)."""
    return bool(after) and any(after[0] == link.split()[0] for link in data.count_links)


def _demonym_in_the_network(text: str, data: Language) -> str | None:
    """The country of a label that is a feminine plural adjective of a country, then the
    network: "Colombianas en la red", "Italiane nella rete", "Françaises dans le réseau"
    (the cities' noun left out, as it agrees with them)."""
    if data.attached or not data.network_nouns or not data.feminine_plural_ends:
        return None
    words = [w.strip("*_") for w in text.lstrip(_LIST_MARKS).split()]
    if len(words) < 2 or not words[0].endswith(data.feminine_plural_ends):
        return None
    at = next((i for i in range(1, min(4, len(words))) if words[i] in data.network_nouns), 0)
    if not at or _of_another(words[at + 1 : at + 2], data):
        return None
    return data.demonyms.get(words[0])


def _count_head(text: str, grammar: Grammar) -> bool:
    """Whether a label is a count's head with the network's name: "Network total", "GNLC
    membership" (Language.count_heads); "Total" alone or "Total budget" is not."""
    if grammar.language.attached:
        return False
    names = _network_words(grammar.language.code)
    said = text.split()
    words = [w for w in said if w != "unesco" and not w.startswith(names)]
    named = len(words) < len(said) and any(w.startswith(names) for w in said)
    return named and bool(words) and " ".join(words) in grammar.language.count_heads


@cache
def _network_words(code: str) -> tuple[str, ...]:
    """The anchors of the network's names and references, as word starts ("network")."""
    grammar = _grammar(code)
    anchors = (a.strip() for a in (*grammar.gnlc_anchors, *grammar.reference_anchors))
    return tuple(a for a in anchors if len(a) > 3)


@cache
def _intake_point(code: str) -> re.Pattern[str] | None:
    """The words that make an intake a header's point in time (Language.intake_points)."""
    points = _grammar(code).language.intake_points
    return re.compile("|".join(f"(?:{p})" for p in points)) if points else None


@cache
def _country_in(code: str) -> re.Pattern[str]:
    data = _grammar(code).language
    before, after = ("", "") if data.attached else (r"(?<!\w)", r"(?!\w)")
    return re.compile(rf"{before}(?:{alternation(data.country_names)}){after}")


@cache
def _number_cell(code: str) -> re.Pattern[str]:
    from lcnet.extract.numbers import number_pattern

    data = _grammar(code).language
    qualifiers = alternation(data.qualifiers) or "(?!)"
    # where words touch, a counter may follow the number: "| 成员城市 | 425个 |"
    counter = rf"(?:{alternation(data.unit_linkers)})?" if data.attached else ""
    gap = r"\s*" if data.attached else r"\s+"
    # where words touch, a qualifier may follow the number: "| 韓国 | 40以上 |"
    after = alternation(data.qualifiers_after_number) if data.attached else ""
    after = rf"(?:\s*(?P<after>{after}))?" if after else "(?P<after>(?!))?"
    return re.compile(
        rf"(?:(?P<qualifier>{qualifiers}){gap})?(?P<number>{number_pattern(code)})(?P<plus>\+)?"
        rf"{after}{counter}\s*[*\u2020\u2021\u00b9\u00b2\u00b3]*"
        r"(?:\[\^?\w{1,8}\])?"  # footnotes: "54[^c]"
    )


@cache
def _unit_in(code: str) -> re.Pattern[str]:
    grammar = _grammar(code)
    # an adjective read as a unit ("64 Neue aus") is the modifier of a label's noun
    # ("Neue Hauptstädte: 11 Städte"), not its unit
    adjectives = grammar.language.adjective_units
    nouns = alternation([noun for noun in grammar.nouns if noun not in adjectives])
    if grammar.language.attached:  # "회원도시": a unit may touch the word before it
        return re.compile(rf"(?:{nouns})")
    return re.compile(rf"(?<!\w)(?:{nouns})(?!\w)")
