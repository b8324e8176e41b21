"""The characters a regular expression's matches may start with, read from its parse.

lcnet.extract.grammar leads the patterns that open with a lookbehind with a lookahead for
these characters (grammar.led): re cannot skip through a text to such a pattern's first
letters, and tries it in full at every character.

The parse is the one Python's re module makes (re._parser, Python 3.11 on; typeshed has
no stub for it). Whatever this module does not know for sure (a class like \\w, a
negated set, a back-reference, case-insensitive flags) gives None: no lookahead.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_RANGES_AT_MOST = 256  # ranges in a set; more and the lookahead is not worth it
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")  # "(?s)": must open the pattern


def first_characters(pattern: str) -> str | None:
    """A character set's inside ("a-z\\u00e9") holding every character a match of
    `pattern` may start with, or None if that is not known (or a match may be empty)."""
    return character_set(first_ranges(pattern))


def first_ranges(pattern: str) -> frozenset[tuple[int, int]] | None:
    """The ranges of characters a match of `pattern` may start with (first_characters
    before they are written as a set), or None if they are not known. The ranges of a
    choice of patterns are the union of theirs (a grammar's kinds: lcnet.extract.grammar
    ._first_led), found without parsing the choice again."""
    if _GLOBAL_FLAGS.match(pattern):
        return None  # no lookahead can come before it
    try:
        parser = importlib.import_module("re._parser")
        constants = importlib.import_module("re._constants")
        parsed = parser.parse(pattern)
    except (ImportError, AttributeError, re.error):  # any doubt: no lookahead
        return None
    if parsed.state.flags & constants.SRE_FLAG_IGNORECASE:
        return None
    ranges: set[tuple[int, int]] = set()
    if _firsts(list(parsed), ranges, constants) is not False or not ranges:
        return None  # unknown, or a match may be empty
    return frozenset(ranges)


def character_set(ranges: frozenset[tuple[int, int]] | None) -> str | None:
    """The inside of a character set of the ranges (first_ranges); None when they are not
    known or too many for a lookahead to be worth it."""
    if ranges is None or len(ranges) > _RANGES_AT_MOST:
        return None
    return "".join(_escaped(low, high) for low, high in sorted(ranges))


def _escaped(low: int, high: int) -> str:
    if (low, high) == _DIGITS:
        return "\\d"
    first = f"\\U{low:08x}"
    return first if low == high else f"{first}-\\U{high:08x}"


def _firsts(items: list[Any], ranges: set[tuple[int, int]], c: Any) -> bool | None:
    """Add the first characters of a sequence of parsed items to `ranges`; True if the
    sequence may match the empty string, False if not, None if unknown."""
    for op, av in items:
        if op is c.LITERAL:
            ranges.add((av, av))
            return False
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero width: the next item starts it
            continue
        if op is c.IN:
            return _in(av, ranges, c)
        if op is c.BRANCH:
            empty = False
            for alternative in av[1]:
                found = _firsts(list(alternative), ranges, c)
                if found is None:
                    return None
                empty = empty or found
            if not empty:
                return False
            continue
        if op is c.SUBPATTERN:
            _, add_flags, _, sub = av
            if add_flags & c.SRE_FLAG_IGNORECASE:
                return None
            found = _firsts(list(sub), ranges, c)
            if found is None:
                return None
            if not found:
                return False
            continue
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            least, _, sub = av
            found = _firsts(list(sub), ranges, c)
            if found is None:
                return None
            if least > 0 and not found:
                return False
            continue
        return None  # any other item: not known
    return True


def _in(items: list[Any], ranges: set[tuple[int, int]], c: Any) -> bool | None:
    for op, av in items:
        if op is c.LITERAL:
            ranges.add((av, av))
        elif op is c.RANGE:
            ranges.add((av[0], av[1]))
        elif op is c.CATEGORY and av is c.CATEGORY_DIGIT:
            ranges.add(_DIGITS)  # any decimal digit, which the set says as \d
        else:  # NEGATE, another class (\s, \w): not worth a lookahead
            return None
    return False


_DIGITS = (-1, -1)  # \d in `ranges`
