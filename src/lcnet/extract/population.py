"""A population named before its number, as Chinese, Japanese and Korean write it:
"覆盖人口超过2.5亿", "居民总数超过3.1亿", "加盟都市に暮らす人口は3億9千万人", "인구는 3억 명".

The head word (Language.population_heads) says the number counts people; the words
between it and the number may hold a qualifier ("超过", "約") or a particle ("は").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from lcnet.extract.grammar import Grammar
from lcnet.extract.grammar import grammar as _grammar
from lcnet.extract.lang import Unit
from lcnet.extract.numbers import alternation, as_count, number_pattern, read_number
from lcnet.model import Qualifier

_GAP = 8  # characters between the head and its number
_SPACED_GAP = 40  # where words are spaced: a verb and a qualifier between them
# What ends a clause, in the Latin and the CJK (full-width) forms.
_STOPS = ".,;:\u3002\uff0e\uff0c\uff1b\uff1a\u3001"


def population_phrases(
    low: str, start: int, end: int, grammar: Grammar
) -> list[tuple[int, int, int, Qualifier]]:
    """(start, end, value, qualifier) of each population named before its number."""
    form = _form(grammar.language.code)
    if form is None:
        return []
    found = []
    data = grammar.language
    spaced = not (data.unspaced or data.attached)
    for match in form.finditer(low, start, end):
        at = match.start()
        if spaced and at > start and low[at - 1].isalpha():
            continue  # inside a word: "depopulation"
        value = read_number(match["number"], data.code)
        count = None if value is None else as_count(value)
        if count is None:
            continue
        qualifier = Qualifier.EXACT
        words = match["gap"]
        for word, meant in data.qualifiers.items():
            if word and _holds(words, word, spaced):
                qualifier = meant
                break
        after = match["after"]
        if after:
            qualifier = data.qualifiers_after_number.get(after, qualifier)
        begin = match.start("gap") + _qualifier_offset(words, data.qualifiers, spaced)
        found.append((begin, match.end(), count, qualifier))
    return found


def _holds(words: str, word: str, spaced: bool) -> bool:
    """Whether the qualifier `word` stands in `words`: where words are spaced, at a word's
    start ("the population covered is 390 million" holds no "over")."""
    if word not in words:
        return False  # the common case
    return not spaced or _position(words, word) >= 0


def _position(words: str, word: str) -> int:
    found = re.search(rf"(?<!\w){re.escape(word)}", words)  # a stem may go on: "superano"
    return found.start() if found else -1


def _qualifier_offset(words: str, qualifiers: Mapping[str, Qualifier], spaced: bool) -> int:
    positions = [
        words.find(w) if not spaced else _position(words, w)
        for w in qualifiers
        if w and _holds(words, w, spaced)
    ]
    return min(positions) if positions else len(words)


@cache
def _form(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    if not data.population_heads:
        return None
    people = [noun for noun, unit in data.units.items() if unit is Unit.CITIZEN]
    after = alternation(data.qualifiers_after_number) or "(?!)"
    # where words are spaced, the head is a word and a verb stands between ("the combined
    # population was put at more than 310 million", "gli abitanti delle città membri
    # superano i 310 milioni")
    gap = _GAP if data.unspaced or data.attached else _SPACED_GAP
    return re.compile(
        # a line end within the paragraph may stand between (hard-wrapped text: "覆盖人口\n3.9亿")
        rf"(?:{'|'.join(data.population_heads)})"
        rf"(?P<gap>(?:[^\d\n{_STOPS}]|\n(?![ \t]*\n)){{0,{gap}}}?)"
        rf"(?P<number>{number_pattern(code)})(?P<after>{after})?\s*(?:{alternation(people)})?"
    )
