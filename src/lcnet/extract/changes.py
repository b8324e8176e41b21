"""The figure a change started from: "von 229 auf rund 300 Städte", "grew from 229 to
300 cities", "由2019年的170多個" (from 2019's 170-odd).

The number after "from" counts what the figure after "to" counts, at an earlier date.
It is a figure of its own only where the text dates it ("since 2020", "2019年的"): an
undated starting point would be judged at the text's date, which it is not of.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from lcnet.dates import PartialDate
from lcnet.extract.grammar import Grammar
from lcnet.extract.grammar import grammar as _grammar
from lcnet.extract.numbers import alternation, as_count, number_pattern, read_number
from lcnet.extract.sentence import Span
from lcnet.model import Qualifier

_REACH = 90  # characters before a figure where its starting point may be
_TO_REACH = 24  # ... and where the word that ends the change must be


class Start(NamedTuple):
    start: int
    end: int
    value: int
    qualifier: Qualifier
    as_of: PartialDate


def started_from(low: str, start: int, sentence: Span, grammar: Grammar) -> Start | None:
    """The dated starting point of the change that ends in the figure at `start`."""
    form = _change(grammar.language.code)
    if form is None:
        return None
    to = _to(grammar.language.code)  # the common case: no "to" just before; cheap to see
    if to.search(low, max(sentence.start, start - _TO_REACH), start) is None:
        return None
    found = form.search(low, max(sentence.start, start - _REACH), start)
    if found is None:
        return None
    value = read_number(found["number"], grammar.language.code)
    count = None if value is None else as_count(value)
    date = _year(found["year"]) or _since(low, sentence, found.start(), grammar)
    if count is None or date is None:
        return None
    data = grammar.language
    qualifier = Qualifier.EXACT
    if found["qualifier"]:
        qualifier = data.qualifiers.get(" ".join(found["qualifier"].split()), qualifier)
    if found["after"]:
        qualifier = data.qualifiers_after_number.get(found["after"], qualifier)
    return Start(found.start("number"), found.end("number"), count, qualifier, date)


def begins_a_change(low: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether the figure in low[start:end] is where a change began: "pasó de 115
    miembros a", "grew from 229 cities to" (the words of Language.change_from right
    before it, and of Language.change_to after it: "eine von 64 Städten" is none)."""
    code = grammar.language.code
    form = _from_before(code)
    if form is None or form.search(low, max(0, start - _REACH), start) is None:
        return False
    # past the reach by a word, so that "auf" is not taken for the start of "aufgenommen"
    ended = _ended(code).search(low, end, end + _AFTER_REACH + 20)
    return ended is not None and ended.start() < end + _AFTER_REACH


_AFTER_REACH = 40  # characters after a change's start where the word that ends it stands


@cache
def _ended(code: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_grammar(code).language.change_to})(?!\w)")


def ends_a_change(low: str, start: int, floor: int, grammar: Grammar) -> int | None:
    """Where the word that ends a change ("a", "to", "auf") stands right before the
    figure at `start`, when a change began before it in low[floor:start]; else None."""
    if not grammar.language.change_from:
        return None
    to = _to(grammar.language.code).search(low, max(floor, start - _TO_REACH), start)
    if to is None or _began(grammar.language.code).search(low, floor, to.start()) is None:
        return None
    return to.start()


@cache
def _began(code: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_grammar(code).language.change_from})(?!\w)")


@cache
def _from_before(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    if not data.change_from:
        return None
    blank = r"\s*" if data.attached else r"\s+"
    return re.compile(rf"(?<!\w)(?:{data.change_from}){blank}\Z")


def _year(text: str | None) -> PartialDate | None:
    return PartialDate(int(text)) if text else None


def _since(low: str, sentence: Span, before: int, grammar: Grammar) -> PartialDate | None:
    """ "Seit 2020 ist das Netzwerk von 229 ...": the year the change is counted from."""
    form = _since_form(grammar.language.code)
    if form is None:
        return None
    years = [int(m["year"]) for m in form.finditer(low, sentence.start, before)]
    return PartialDate(years[-1]) if years else None


@cache
def _change(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    if not data.change_from:
        return None
    blank = r"\s*" if data.attached else r"\s+"
    qualifiers = alternation(data.qualifiers) or "(?!)"
    after = alternation(data.qualifiers_after_number) or "(?!)"
    linkers = alternation(data.unit_linkers) or "(?!)"
    nouns = alternation(_grammar(code).nouns) or "(?!)"
    return re.compile(
        rf"(?<!\w)(?:{data.change_from}){blank}"
        rf"(?:(?P<year>(?:19|20)\d\d)\s*(?:年|년)?\s*(?:的|の|의)?\s*)?"
        rf"(?:(?P<qualifier>{qualifiers}){blank})?(?P<number>{number_pattern(code)})"
        rf"\s*(?P<after>{after})?\s*(?:{linkers})?\s*(?:{nouns})?\s*[,\uff0c\u3001]?\s*"
        rf"(?:{data.change_to}){blank}\Z"
    )


@cache
def _to(code: str) -> re.Pattern[str]:
    data = _grammar(code).language
    blank = r"\s*" if data.attached else r"\s+"
    return re.compile(rf"(?:{data.change_to}){blank}\Z")


@cache
def _since_form(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    if not data.since_year:
        return None
    return re.compile(data.since_year.format(year=r"(?P<year>(?:19|20)\d\d)(?!\d)"))
