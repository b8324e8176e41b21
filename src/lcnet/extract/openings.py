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
_NUMBER_REACH = 40  # characters before the whole where its number may start
_OPENERS = ".!?:;\n"  # what ends the sentence before the part
_OPENING_MARKS = " \t\"'«“*"


class _Forms(NamedTuple):
    wholes: re.Pattern[str]  # the whole: "de esos países" or a set of newcomers
    number: re.Pattern[str]  # the number right before it
    first: re.Pattern[str]  # the first-time cue, in the clause after "of these countries"
    capital: re.Pattern[str]  # the word for capitals, right after the newcomers


def opening_parts(low: str, start: int, end: int, grammar: Grammar) -> Iterator[Found]:
    """The parts of an intake that open their sentence in low[start:end]."""
    code = grammar.language.code
    forms = _forms(code)
    if forms is None:
        return
    for whole in forms.wholes.finditer(low, start, end):
        floor = max(start, whole.start() - _NUMBER_REACH)
        number = forms.number.search(low, floor, whole.start())
        if number is None:
            continue
        before = low[max(start, number.start() - 4) : number.start()].rstrip(_OPENING_MARKS)
        if before and before[-1] not in _OPENERS:
            continue  # not where its sentence opens
        value = read_number(number["number"], code)
        if not isinstance(value, int) or not 1 < value < _LARGEST_PART:
            continue
        span = number.start("number"), whole.end()
        if whole["countries"]:
            if forms.first.match(low, whole.end(), end):
                yield (*span, Unit.COUNTRY, value, Qualifier.EXACT, _FIRST_TIME, None, None)
        elif forms.capital.match(low, whole.end(), end):
            yield (*span, Unit.CAPITAL, value, Qualifier.EXACT, frozenset(), None, None)


@cache
def _forms(code: str) -> _Forms | None:
    data = language(code)
    if data.unspaced or data.attached or not (data.first_time_cues and data.capital_predicates):
        return None
    sets = "|".join(data.newcomer_sets) or "(?!)"
    return _Forms(
        re.compile(rf"(?<!\w)(?:(?P<countries>{_THESE_COUNTRIES})|(?:{sets}))(?!\w)"),
        re.compile(rf"(?<![\w.,])(?P<number>{number_pattern(code)})\s+\Z"),
        re.compile(rf"[^.;:!?\n]{{0,50}}?(?:{'|'.join(data.first_time_cues)})"),
        re.compile(rf"\s+(?:{'|'.join(data.capital_predicates)})"),
    )
