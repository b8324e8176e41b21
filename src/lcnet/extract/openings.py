"""A part of an intake that opens its sentence and names its whole in words: "Trece de
esos países participan por primera vez", "Treze desses países estreiam na rede" (the
intake's first-time countries), "Once de las nuevas son capitales", "Onze das novas são
capitais", "Eleven of the newcomers are capitals" (its capitals); "Tres de ellas son
colombianas", "Três delas são brasileiras", "Two of them are Thai" after an intake told
in the paragraph before (the country's share of it).

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
from lcnet.extract.numbers import alternation, number_pattern, read_number
from lcnet.extract.occurrences import occurrences
from lcnet.model import Qualifier

Found = tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]

_FIRST_TIME = frozenset({Role.FIRST_TIME})
_LARGEST_PART = 100  # an intake has had at most 77 cities and 46 countries
_OPENERS = ".!?:;\n"  # what ends the sentence before the part
_OPENING_MARKS = " \t\"'«“*"


_LOOK_BACK = 120  # characters before a cue where the number and its whole may start


@cache
def _said_words(code: str) -> tuple[str, ...]:
    """The literal stems the language's own first-time cues and words for capitals hold
    (Language.cue_stems: "first" and "capita" in English): a block with none of them is
    not read further. Their places come from the stretch's index (occurrences: one scan
    for every reader's words), no pass of their own (a pattern per stem, a pass each,
    was 1.2 ms per MB of the throughput benchmark's English: 2026-12)."""
    return tuple(language(code).cue_stems)


class _Forms(NamedTuple):
    said: re.Pattern[str]  # a first-time cue (group "first") or the word for capitals
    countries: re.Pattern[str]  # the number and "of these countries", up to the cue
    newcomers: re.Pattern[str]  # the number and "of the newcomers", up to the capitals
    placed: re.Pattern[str]  # the number, "of them", a verb of being and a nationality


_PART_REACH = 80  # characters after "of them" where the verb and the nationality end
_NUMBER_REACH = 30  # characters before "of them" where its number may start
_NEW = frozenset({Role.NEW})
_INTAKE_REACH = 300  # characters before a part where the intake it is part of is told


def opening_parts(low: str, start: int, end: int, grammar: Grammar) -> Iterator[Found]:
    """The parts of an intake that open their sentence in low[start:end]."""
    code = grammar.language.code
    forms = _forms(code)
    if forms is None:
        return
    yield from _placed(low, start, end, forms.placed, grammar)
    if not any(occurrences(low, start, end, word) for word in _said_words(code)):
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


def _placed(
    low: str, start: int, end: int, form: re.Pattern[str], grammar: Grammar
) -> Iterator[Found]:
    """ "Tres de ellas son colombianas": a nationality's share of the intake the
    paragraph told just before, where the part opens its sentence."""
    places = _demonym_ends(grammar.language.code)
    for at, stop in _of_them(low, start, end, grammar.language.code):
        floor, ceiling = max(start, at - _NUMBER_REACH), min(end, stop + _PART_REACH)
        if places.isdisjoint(_WORD.findall(low, stop, ceiling)):
            continue  # the common case: no nationality after it, so no part of this kind
        found = form.search(low, floor, ceiling)
        if found is None or not found.start("whole") <= at < found.end("whole"):
            continue
        before = low[max(0, found.start() - 4) : found.start()].rstrip(_OPENING_MARKS)
        if before and before[-1] not in _OPENERS:
            continue  # not where its sentence opens
        value = read_number(found["number"], grammar.language.code)
        country = grammar.language.demonyms.get(" ".join(found["place"].split()))
        if not isinstance(value, int) or not 0 < value < _LARGEST_PART or country is None:
            continue
        if _intake_before(low, found.start(), grammar):
            yield (found.start("number"), found.end("place"), Unit.CITY, value,
                   Qualifier.EXACT, _NEW, country, None)  # fmt: skip


def _intake_before(low: str, at: int, grammar: Grammar) -> bool:
    """Whether the paragraph before `at` told an intake (a verb of entering)."""
    start = max(0, at - _INTAKE_REACH)
    paragraph = low.rfind("\n\n", start, at)
    start = paragraph + 2 if paragraph >= 0 else start
    return any(cue.lastgroup == "intake" for cue in grammar.cues.finditer(low, start, at))


def _of_them(low: str, start: int, end: int, code: str) -> list[tuple[int, int]]:
    """Where the words of "of them" stand in low[start:end], in order, none overlapping:
    from the stretch's index (lcnet.extract.occurrences), no pass of their own. None of
    a language's words starts another or holds another's start, so at most one stands at
    a place, and each is kept past the end of the one before (as a pattern of them all
    finds them)."""
    spans = sorted(
        (at, at + len(word))
        for word in language(code).of_them_words
        for at in occurrences(low, start, end, word)
    )
    found: list[tuple[int, int]] = []
    after = start
    for at, stop in spans:
        if at >= after:
            found.append((at, stop))
            after = stop
    return found


_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


@cache
def _demonym_ends(code: str) -> frozenset[str]:
    """The last words of a language's nationality adjectives: "colombianas", "thai"."""
    return frozenset(name.split()[-1] for name in language(code).demonyms)


@cache
def _forms(code: str) -> _Forms | None:
    data = language(code)
    if data.unspaced or data.attached or not (data.first_time_cues and data.capital_predicates):
        return None
    sets = "|".join(data.newcomer_sets) or "(?!)"
    first, capitals = "|".join(data.first_time_cues), "|".join(data.capital_predicates)
    number = rf"(?<![\w.,])(?P<number>{number_pattern(code)})\s+"
    copulas = alternation([c for c in data.copulas if " " not in c]) or "(?!)"
    demonyms = alternation(list(data.demonyms)) or "(?!)"
    these = data.these_countries or "(?!)"
    of_them = data.of_them or "(?!)"
    return _Forms(
        re.compile(rf"(?<!\w)(?:(?P<first>{first})|(?:{capitals}))"),
        re.compile(rf"{number}(?P<whole>(?:{these}))(?!\w)[^.;:!?\n]{{0,50}}?\Z"),
        re.compile(rf"{number}(?P<whole>{sets})\s+\Z"),
        re.compile(
            rf"{number}(?P<whole>(?:{of_them}))\s+(?:{copulas})\s+"
            rf"(?P<place>{demonyms})(?!\w)"
        ),
    )
