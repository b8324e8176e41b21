"""The literal words a pattern's every match holds, to pass text that holds none of them
by str.find instead of trying the pattern at each of its characters.

A pattern that opens with a choice of words, a word boundary or a frequent letter
("\\b(?:at\\s+the\\s+time|back\\s+then|that\\s+year|...)") is tried by re at nearly every
character of the text it searches (some tens of microseconds for a sentence); most
sentences hold none of its words, which str.find tells in a fraction of that. The words
are read from the pattern itself (its parse, as re reads it), so they cannot drift from
the language data: every match of the pattern holds one of them (`needles`), and
`search` gives exactly what the pattern's own search gives.
"""

from __future__ import annotations

import importlib
import re
from functools import cache

_PARSER = importlib.import_module("re._parser")  # re's own parser (what re compiles)
_SHORTEST = 3  # letters: a shorter needle stands nearly everywhere, no gate
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


def needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Literal strings one of which every match of `pattern` holds (in the text it
    consumes, not in a lookaround), the fewest and longest found; None when the pattern
    gives none of three letters or more (a case-insensitive one gives none)."""
    # kept by the pattern's text: hashing a compiled pattern hashes its code each time
    # (1-5 microseconds for the grammar's, more than the str.find tests save), its text's
    # hash is kept by the string
    return _needles(pattern.pattern, pattern.flags)


@cache
def _needles(source: str, flags: int) -> tuple[str, ...] | None:
    if flags & re.IGNORECASE:
        return None
    try:
        parsed = _PARSER.parse(source, flags)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:  # an inline (?i) for the whole pattern
        return None
    found = _needed(list(parsed))
    if found is None or min(len(n) for n in found) < _SHORTEST:
        return None
    # a needle that holds another is found wherever that one is: the shorter tells
    kept = [n for n in found if not any(o != n and o in n for o in found)]
    return tuple(sorted(kept))


def search(pattern: re.Pattern[str], low: str, start: int, end: int) -> re.Match[str] | None:
    """pattern.search(low, start, end), None at once where low[start:end] holds none of
    the pattern's needles."""
    return pattern.search(low, start, end) if may_match(pattern, low, start, end) else None


def may_match(pattern: re.Pattern[str], low: str, start: int, end: int) -> bool:
    """Whether low[start:end] holds one of the pattern's needles (or it has none): only
    then may the pattern match there."""
    words = needles(pattern)
    if words is None:
        return True
    window = low[start:end]  # a sentence, a few words: `in` over a copy is the fastest
    for word in words:  # noqa: SIM110  (a loop: any() over a generator costs twice as much)
        if word in window:
            return True
    return False


def _needed(items: list[tuple[object, object]]) -> frozenset[str] | None:
    """For a sequence of parsed items: the best of the sets of literals its parts need
    (a run of literal characters is one; a group, a choice whose every branch needs one,
    a repeat done at least once give theirs), or None."""
    choices: list[frozenset[str]] = []
    starts = _starts(items)  # "j(?:an|u[ln])": what a match opens with, "jan", "jul", "jun"
    if starts is not None:
        choices.append(starts)
    run: list[str] = []
    for op, value in items:
        name = str(op)
        if name == "LITERAL" and isinstance(value, int):
            run.append(chr(value))
            continue
        if run:
            choices.append(frozenset(("".join(run),)))
            run = []
        inner = _inner(name, value)
        if inner is not None:
            choices.append(inner)
    if run:
        choices.append(frozenset(("".join(run),)))
    if not choices:
        return None
    return max(choices, key=_quality)


def _starts(items: list[tuple[object, object]]) -> frozenset[str] | None:
    """The literal strings every match of a sequence opens with, each as far as it is
    literal (through groups, choices and an optional part: "(?:in )?may" opens with "in
    may" or "may"), or None when one opens with no literal or they grow too many."""
    prefixes = [""]
    for index, (op, value) in enumerate(items):
        name = str(op)
        if name == "LITERAL" and isinstance(value, int):
            prefixes = [p + chr(value) for p in prefixes]
            continue
        rest = items[index + 1 :]
        ways = _ways(name, value, rest)
        if ways is None:
            break  # anything else: each prefix so far opens the matches that take it
        grown: set[str] = set()
        for way in ways:
            tails = _starts(way)
            grown.update(p + t for p in prefixes for t in (tails or ("",)))
            if len(grown) > _MOST_STARTS:
                return None
        prefixes = list(grown)
        break
    if not all(prefixes):
        return None
    return frozenset(prefixes)


_MOST_STARTS = 64


def _ways(
    name: str, value: object, rest: list[tuple[object, object]]
) -> list[list[tuple[object, object]]] | None:
    """The sequences a match may go on with from a group, a choice or an optional part
    followed by `rest`; None for any other item."""
    if name == "SUBPATTERN" and isinstance(value, tuple) and len(value) == 4:
        _, added, removed, body = value
        return None if (added | removed) & re.IGNORECASE else [list(body) + rest]
    if name == "BRANCH" and isinstance(value, tuple) and len(value) == 2:
        return [list(branch) + rest for branch in value[1]]
    if name in _REPEATS and isinstance(value, tuple) and len(value) == 3:
        least, most, body = value
        if least == 0 and most == 1:
            return [list(body) + rest, rest]
        if least == 1 and most == 1:
            return [list(body) + rest]
    return None


def _inner(name: str, value: object) -> frozenset[str] | None:
    """What a group, a choice or a repeat needs; None for anything else (a class, a
    lookaround, a boundary, a back reference, a conditional group: no literal)."""
    if name == "SUBPATTERN" and isinstance(value, tuple) and len(value) == 4:
        _, added, removed, body = value
        if (added | removed) & re.IGNORECASE:
            return None
        return _needed(list(body))
    if name == "ATOMIC_GROUP":
        return _needed(list(value))  # type: ignore[call-overload]
    if name == "BRANCH" and isinstance(value, tuple) and len(value) == 2:
        union: set[str] = set()
        for branch in value[1]:
            found = _needed(list(branch))
            if found is None:
                return None  # a branch that needs no literal: the choice needs none
            union |= found
        return frozenset(union)
    if name in _REPEATS and isinstance(value, tuple) and len(value) == 3:
        least, _, body = value
        return _needed(list(body)) if isinstance(least, int) and least >= 1 else None
    return None


def _quality(choice: frozenset[str]) -> tuple[int, int]:
    """The longer its shortest needle, then the fewer needles, the better a set gates."""
    return min(len(n) for n in choice), -len(choice)
