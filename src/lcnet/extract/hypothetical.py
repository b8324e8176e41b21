"""Figures that are not the network's state: projections and size classes.

"Ha Long would be the country's 7th city", "plus de 500 villes membres d'ici peu",
"aspira a ser la quinta ciudad": a figure under a verb of the future or a condition
speaks of what may be, not of what is. "700 villes de plus de 100 000 habitants",
"cities of over one million people": cities counted by their size are a class of
cities, not members.
"""

from __future__ import annotations

import re
from functools import cache

from lcnet.extract.grammar import Grammar, spaced
from lcnet.extract.grammar import grammar as _grammar
from lcnet.extract.lang import Unit
from lcnet.extract.numbers import alternation, as_count, number_pattern, read_number
from lcnet.extract.phrase import Phrase
from lcnet.extract.sentence import Span

_FUTURE_BEFORE = 70  # characters before a figure where a verb of the future rules it
_FUTURE_AFTER = 25  # ... and after it: "500 villes membres d'ici peu"
_SIZE_CLASS = 10_000_000  # a city of more people than this is a megacity, not a count


def hypothetical(low: str, phrase: Phrase, sentence: Span, grammar: Grammar) -> bool:
    """Whether the figure is a projection or a size class rather than a state."""
    return _projected(low, phrase, sentence, grammar) or _size_class(low, phrase, grammar)


def _projected(low: str, phrase: Phrase, sentence: Span, grammar: Grammar) -> bool:
    future = _future(grammar.language.code)
    if future is None:
        return False
    start = max(sentence.start, phrase.start - _FUTURE_BEFORE)
    end = min(sentence.end, phrase.end + _FUTURE_AFTER)
    return any(
        m.end() <= phrase.start or m.start() >= phrase.end
        for m in future.finditer(low, start, end)
    )


def _size_class(low: str, phrase: Phrase, grammar: Grammar) -> bool:
    if phrase.unit not in (Unit.CITY, Unit.MEMBER):
        return False
    form = _sized(grammar.language.code)
    found = form.match(low, phrase.end) if form is not None else None
    if found is None:
        return False
    value = read_number(found["number"], grammar.language.code)
    count = None if value is None else as_count(value)
    return count is not None and count < _SIZE_CLASS


@cache
def _future(code: str) -> re.Pattern[str] | None:
    cues = _grammar(code).language.future_cues
    if not cues:
        return None
    blank = r"\s*" if _grammar(code).language.attached else r"\s+"
    return re.compile(r"(?<!\w)(?:" + "|".join(spaced(c, blank) for c in cues) + r")(?!\w)")


@cache
def _sized(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    if not data.size_linkers:
        return None
    citizens = [noun for noun, unit in data.units.items() if unit is Unit.CITIZEN]
    qualifiers = alternation(data.qualifiers) or "(?!)"
    return re.compile(
        rf"\s+(?:{alternation(data.size_linkers)})\s+(?:(?:{qualifiers})\s+)?"
        rf"(?P<number>{number_pattern(code)})\s+(?:{alternation(data.unit_linkers) or '(?!)'}\s+)?"
        rf"(?:{alternation(citizens) or '(?!)'})(?!\w)"
    )
