"""A country's count closing its clause after a verb of counting, the unit left out:
"Saudi Arabia, whose capital Riyadh entered in the same round, counts eight.",
"Deutschland zählt nun vier.", "México suma ocho.", "La France en compte neuf."

The subject is a country's name (an aside between commas may follow it); the verb is one
of Language.closing_count_verbs; the number (a word or at most two digits) ends the
clause. Each verb is looked for with str.find first (lcnet.extract.occurrences): most
text holds none.
"""

from __future__ import annotations

import re
from functools import cache

from lcnet.extract.grammar import Grammar, letter_led
from lcnet.extract.grammar import grammar as _grammar
from lcnet.extract.lang import Language, Role, Unit
from lcnet.extract.numbers import alternation, as_count, read_number
from lcnet.extract.occurrences import occurrences
from lcnet.model import Qualifier

# (start, end, unit, value, qualifier, roles, country, region)
ClosingCount = tuple[int, int, Unit, int, Qualifier, frozenset[Role], str, None]

_MEMBER = frozenset({Role.MEMBER})
_LARGEST = 99  # a country's count: at most two digits


def _member_count(
    said: re.Match[str], named: re.Match[str], data: Language
) -> ClosingCount | None:
    """The number of said's "number" group as the count of members of the country in
    named's "country" group, or None when it is no count a country can have (not a
    number, not whole, 0, or more than two digits)."""
    number = read_number(said["number"], data.code)
    value = None if number is None else as_count(number)
    if value is None or not 0 < value <= _LARGEST:
        return None
    country = data.country_names[" ".join(named["country"].split())]
    return (said.start("number"), said.end("number"), Unit.CITY, value,
            Qualifier.EXACT, _MEMBER, country, None)  # fmt: skip


def closing_counts(low: str, start: int, end: int, grammar: Grammar) -> list[ClosingCount]:
    """The countries' counts that close their clause in low[start:end]."""
    data = grammar.language
    if not data.closing_count_verbs or data.attached:
        return []
    found: list[ClosingCount] = []
    for verb in data.closing_count_verbs:
        after = start
        # the common case: no such verb in the text, no regex run; most verbs are found
        # from a unit noun's places ("counts", "count": lcnet.extract.occurrences)
        for at in occurrences(low, start, end, verb):
            if at < after:
                continue  # overlaps the verb read before: str.find went past it
            after = at + len(verb)
            counted = _number_after(data.code).match(low, after, end)
            subject = (
                _subject_before(data.code).search(low, max(start, at - _SUBJECT_REACH), at)
                if counted is not None and low[at - 1 : at].isspace()
                else None
            )
            if (
                counted is not None
                and subject is not None
                and (count := _member_count(counted, subject, data)) is not None
            ):
                found.append(count)
    found += _superlative_closings(low, start, end, grammar) + _placed(low, start, end, grammar)
    found += _verb_final(low, start, end, grammar)
    return sorted(set(found + _coordinated_after(low, found, end, grammar)))


def _verb_final(low: str, start: int, end: int, grammar: Grammar) -> list[ClosingCount]:
    """ "Sicher weiß ich, dass Italien sechs hat": the verb ends the subordinate clause,
    after the country and its count (Language.closing_final_verbs)."""
    form = _final_form(grammar.language.code)
    if form is None:
        return []
    data = grammar.language
    found: list[ClosingCount] = []
    for verb in data.closing_final_verbs:
        for at in occurrences(low, start, end, verb):
            said = form.search(low, max(start, at - _FINAL_REACH), min(end, at + len(verb) + 1))
            if said is None or said.end("verb") != at + len(verb):
                continue
            if (count := _member_count(said, said, data)) is not None:
                found.append(count)
    return found


_FINAL_REACH = 60  # characters before the verb where its country and number stand


@cache
def _final_form(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    if not data.closing_final_verbs:
        return None
    countries = alternation(data.country_names)
    numbers = alternation(w for w, n in data.number_words.items() if 0 < n <= _LARGEST)
    adverbs = alternation(data.closing_number_adverbs) or "(?!)"
    verbs = alternation(data.closing_final_verbs)
    return re.compile(
        rf"(?<!\w)(?P<country>{countries})\s+(?:(?:{adverbs})\s+){{0,2}}"
        rf"(?P<number>\d{{1,2}}|{numbers})\s+(?P<verb>{verbs})(?=\s*(?:[.;!?,]|\s\w|\Z))"
    )


def _coordinated_after(
    low: str, found: list[ClosingCount], end: int, grammar: Grammar
) -> list[ClosingCount]:
    """The countries and counts coordinated right after a closing count, their verb left
    out: "dass Italien sechs hat und Portugal 16", "Italien hat sechs, Portugal 16"."""
    form = _sibling_form(grammar.language.code)
    if form is None:
        return []
    data = grammar.language
    more: list[ClosingCount] = []
    for count in found:
        at = _VERB_AFTER.match(low, count[1], end)
        position = at.end() if at is not None else count[1]
        while (said := form.match(low, position, end)) is not None:
            if (sibling := _member_count(said, said, data)) is None:
                break
            more.append(sibling)
            position = said.end()
    return more


_VERB_AFTER = re.compile(r"\s+[^\W\d_]+(?=\s*(?:,|\s\w))")  # "sechs hat" before "und"


@cache
def _sibling_form(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    if not data.closing_final_verbs or not data.conjunctions:
        return None
    countries = alternation(data.country_names)
    numbers = alternation(w for w, n in data.number_words.items() if 0 < n <= _LARGEST)
    conjunctions = alternation(data.conjunctions)
    return re.compile(
        rf"\s*(?:,\s*|\s+(?:{conjunctions})\s+)(?P<country>{countries})\s+"
        rf"(?P<number>\d{{1,2}}|{numbers})(?=\s*(?:[.;!?]|,\s|\s(?:{conjunctions})\s|\Z))"
    )


def _placed(low: str, start: int, end: int, grammar: Grammar) -> list[ClosingCount]:
    """ "Weltweit sind es 356 Städte; in Deutschland sind es weiterhin drei.": a country's
    count after the place and a verb of being (Language.closing_locatives), the number
    closing the clause as after a verb of counting."""
    form = _locative_form(grammar.language.code)
    if form is None:
        return []
    found: list[ClosingCount] = []
    for said in form.finditer(low, start, end):
        if (count := _member_count(said, said, grammar.language)) is not None:
            found.append(count)
    return found


@cache
def _locative_form(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    if not data.closing_locatives:
        return None
    countries = alternation(data.country_names)
    place = data.closing_locatives.format(country=f"(?P<country>{countries})")
    # led by its first words' letters: opened by the lookbehind, the pattern was tried in
    # full at every character of the stretch (16 % of the English benchmark's time)
    return letter_led(r"\w", f"{place}{_number_after(code).pattern}")


_VERB_BEFORE = 30  # characters before the superlative's word where its verb may start
_SUPERLATIVE_AFTER = 90  # ... after it, where the count closes the clause


def _superlative_closings(low: str, start: int, end: int, grammar: Grammar) -> list[ClosingCount]:
    """ "Portugal has the most in Europe, with 17.", "Kolumbien hat in Lateinamerika die
    meisten Mitglieder, nämlich neun.": the country's count after a superlative, its
    unit left out, closing the clause."""
    code = grammar.language.code
    words = grammar.language.superlative_words
    if not words or not grammar.language.superlatives:
        return []
    found: list[ClosingCount] = []
    form = _superlative_form(code)
    places = sorted(at for word in words for at in occurrences(low, start, end, word))
    for at in places:
        said = form.search(low, max(start, at - _VERB_BEFORE), min(end, at + _SUPERLATIVE_AFTER))
        if said is None or said.start() > at:
            continue
        subject = _subject_before(code).search(
            low, max(start, said.start() - _SUBJECT_REACH), said.start()
        )
        if (
            subject is not None
            and (count := _member_count(said, subject, grammar.language)) is not None
        ):
            found.append(count)
    return sorted(set(found))


@cache
def _superlative_form(code: str) -> re.Pattern[str]:
    """A superlative (Language.superlatives) and the count closing its clause."""
    data = _grammar(code).language
    numbers = alternation(w for w, n in data.number_words.items() if 0 < n <= _LARGEST)
    return re.compile(
        rf"(?<!\w)(?:{data.superlatives})\s*(?P<number>\d{{1,2}}|{numbers})"
        r"(?=\s*(?:[.;!?]|,\s|\Z))"
    )


_SUBJECT_REACH = 130  # characters before the verb where the country and its aside stand


@cache
def _subject_before(code: str) -> re.Pattern[str]:
    data = _grammar(code).language
    countries = alternation(data.country_names)
    adverbs = alternation(data.closing_subject_adverbs) or "(?!)"
    return re.compile(
        # the aside may hold a list and a line break: "Colombia, con Medellín, Bogotá y
        # Manizales entre los primeros,\nsuma ocho"
        rf"(?<!\w)(?P<country>{countries})(?:\s*,[^.;:!?]{{1,100}},)?\s+"
        # "Qatar also has eight" (Language.closing_subject_adverbs)
        rf"(?:(?:{adverbs})\s+){{0,2}}\Z"
    )


@cache
def _number_after(code: str) -> re.Pattern[str]:
    data = _grammar(code).language
    words = alternation(w for w, n in data.number_words.items() if 0 < n <= _LARGEST)
    # "zählt ebenfalls acht", "gibt es bislang nur zwei"
    adverbs = alternation(data.closing_number_adverbs) or "(?!)"
    return re.compile(
        rf"\s+(?:(?:{adverbs})\s+){{0,2}}(?P<number>\d{{1,2}}|{words})(?=\s*(?:[.;!?]|,\s|\Z))"
    )
