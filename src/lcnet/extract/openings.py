"""A part of an intake that opens its sentence and names its whole in words: "Trece de
esos países participan por primera vez", "Treze desses países estreiam na rede" (the
intake's first-time countries), "Once de las nuevas son capitales", "Onze das novas são
capitais", "Eleven of the newcomers are capitals" (its capitals).

lcnet.extract.elliptic.said_parts reads such parts after the figure they are part of, in
its sentence ("72 new members, 11 of them capitals"); here the figure is in the sentence
before (or nowhere: "these countries" and "the newcomers" say what is counted), so the
part must open its sentence, where a reader takes its whole from what was just said.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from lcnet.extract.grammar import Grammar
from lcnet.extract.lang import Role, Unit, language
from lcnet.extract.numbers import number_pattern, read_number
from lcnet.model import Qualifier

Found = tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]

# "of these countries": the countries just counted (one pattern for every language, as
# lcnet.extract.elliptic._PART); the verb and the first-time cue follow in the clause
_THESE_COUNTRIES = (
    r"(?:de (?:esos|estos|aquellos) países|(?:desses|destes|daqueles) países"
    r"|of (?:these|those) countries|de ces pays|(?:di|tra) questi paesi"
    r"|dieser länder|von diesen ländern)"
)
_FIRST_TIME = frozenset({Role.FIRST_TIME})
_LARGEST_PART = 100  # an intake has had at most 77 cities and 46 countries
_OPENERS = ".!?:;\n"  # what ends the sentence before the part
_OPENING_MARKS = " \t\"'«“*"


# Literal words every first-time cue or word for capitals holds, in some language: a
# block with none of them is not read further. Each is a pattern of its own, a literal
# that re skips to in C, faster than str.find for words that start with a rarer letter
# ("prim" finds "primer" too; #14).
_SAID_WORDS = tuple(
    re.compile(word)
    for word in ("first", "prim", "premi", "erst", "estrei", "debut", "capita", "hauptst")
)
_LOOK_BACK = 120  # characters before a cue where the number and its whole may start


class _Forms(NamedTuple):
    said: re.Pattern[str]  # a first-time cue (group "first") or the word for capitals
    countries: re.Pattern[str]  # the number and "of these countries", up to the cue
    newcomers: re.Pattern[str]  # the number and "of the newcomers", up to the capitals


def opening_parts(low: str, start: int, end: int, grammar: Grammar) -> Iterator[Found]:
    """The parts of an intake that open their sentence in low[start:end]."""
    code = grammar.language.code
    forms = _forms(code)
    if forms is None or not any(word.search(low, start, end) for word in _SAID_WORDS):
        return
    for said in forms.said.finditer(low, start, end):
        floor = max(start, said.start() - _LOOK_BACK)
        form = forms.countries if said["first"] else forms.newcomers
        found = form.search(low, floor, said.start())
        if found is None:
            continue
        before = low[max(start, found.start() - 4) : found.start()].rstrip(_OPENING_MARKS)
        if before and before[-1] not in _OPENERS:
            continue  # not where its sentence opens
        value = read_number(found["number"], code)
        if not isinstance(value, int) or not 1 < value < _LARGEST_PART:
            continue
        span = found.start("number"), found.end("whole")
        if said["first"]:
            yield (*span, Unit.COUNTRY, value, Qualifier.EXACT, _FIRST_TIME, None, None)
        else:
            yield (*span, Unit.CAPITAL, value, Qualifier.EXACT, frozenset(), None, None)


@cache
def _forms(code: str) -> _Forms | None:
    data = language(code)
    if data.unspaced or data.attached or not (data.first_time_cues and data.capital_predicates):
        return None
    sets = "|".join(data.newcomer_sets) or "(?!)"
    first, capitals = "|".join(data.first_time_cues), "|".join(data.capital_predicates)
    number = rf"(?<![\w.,])(?P<number>{number_pattern(code)})\s+"
    return _Forms(
        re.compile(rf"(?<!\w)(?:(?P<first>{first})|(?:{capitals}))"),
        re.compile(rf"{number}(?P<whole>{_THESE_COUNTRIES})(?!\w)[^.;:!?\n]{{0,50}}?\Z"),
        re.compile(rf"{number}(?P<whole>{sets})\s+\Z"),
    )
