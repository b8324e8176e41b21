"""Figures whose unit is left out because the figure before gave it (gapping).

"il comptait 356 villes en février 2024, et 229 à l'automne 2020", "ya contaba con 294
ciudades, y en febrero de 2024 llegó a 356", "Nel 2022 le città erano 294; nel 2020,
dopo la correzione, 229", "first announced as 55 new members and 230 in total": after a
conjunction (or a semicolon) in the same sentence, a bare number counts what the figure
before it counts. Its metric and its date are read afterwards as any figure's are
(lcnet.extract.metric, lcnet.extract.historic).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from itertools import repeat
from typing import TYPE_CHECKING, NamedTuple

from lcnet.extract.changes import change_ends_at
from lcnet.extract.grammar import country_named_last, letter_led, spaced
from lcnet.extract.lang import Role, Unit, language
from lcnet.extract.numbered_parts import owner_before
from lcnet.extract.numbers import (
    alternation,
    as_count,
    money_words,
    number_pattern,
    read_number,
)
from lcnet.extract.occurrences import kept_places, occurrences
from lcnet.model import Qualifier

if TYPE_CHECKING:
    from lcnet.extract.grammar import Grammar
    from lcnet.extract.lang import Language
    from lcnet.extract.phrase import Phrase

_REACH = 120  # characters after a figure where its elliptic sibling may stand
_RATIO = 5  # the two figures of one kind differ by at most this factor
_PAIRED = 30  # characters between cities and the countries they are in, at most
_UNITS = frozenset({Unit.CITY, Unit.MEMBER, Unit.COUNTRY})
# A line break ends a sentence only before a list item, a heading, a table row or a blank
# line, as the engine reads sentences: soft-wrapped Markdown and hard-wrapped text go on.
# One class of the first characters leads: re skips to them in C (#14).
_SENTENCE_END = re.compile(
    r"[.!?\n|\u3002](?:(?<=[.!?])(?:\s|\Z)|(?<=\n)(?=[ \t]*(?:[-*+•|#>\n]|\d{1,3}[.)]\s))"
    r"|(?<=[|\u3002]))"
)
# A bare number: digits (grouped or not), not a part of a word, a date, a decimal or a
# percentage; number words are left out (too many of them are something else).
_BARE = re.compile(
    r"(?<![\w.,/:-])(\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d{1,4})(?![\w%/:-]|[.,]\d)"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD = re.compile(r"[^\W\d_]+")
_COMMA = re.compile(",")


def elliptic(
    low: str, phrases: Sequence[Phrase], end: int, grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    """(start, end, unit, value, qualifier, roles, country, region) of each bare number
    that a conjunction ties to a figure before it in its sentence."""
    data = grammar.language
    if data.unspaced or data.attached or not data.conjunctions:
        return
    joins = _joins(data.code)
    months = _months(data.code)
    words = _words(data.code)
    starts = [p.start for p in phrases]
    for index, phrase in enumerate(phrases):
        if phrase.unit not in _UNITS or phrase.ordinal or phrase.value < 2:
            continue
        limit = _own_reach(low, phrase, starts, index, end)
        model = phrase  # "294 members in 76 countries, and one of 77 that joined": cities
        if phrase.unit is Unit.COUNTRY and index and _holds(phrases[index - 1], phrase):
            model = phrases[index - 1]
        # "Among the 77 new cities from 44 countries, 13 ...": the part is the cities'
        whole = words.whole.search(low, max(0, model.start - 24), model.start) is not None
        found = _sibling(low, phrase, model, limit, joins, months, grammar, whole=whole)
        if found is not None:
            yield found


def coordinated(
    low: str, phrases: Sequence[Phrase], start: int, grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    """A bare number coordinated with the figure after it, whose noun counts both: "two
    counts, 294 and 292 cities", "294 o 292 ciudades", "356 und 425 Mitgliedsstädte"
    (Language.conjunctions and Language.alternatives right before the figure's number).
    Years, a number with a noun or a sign of its own and numbers of another size (more
    than _RATIO times apart: "12 and 425 cities") bind nothing."""
    data = grammar.language
    if data.unspaced or data.attached or not data.conjunctions:
        return
    words = tuple(f" {w} " for w in (*data.conjunctions, *data.alternatives))
    form = _coordinated_form(data.code)
    for phrase in phrases:
        if phrase.unit not in _UNITS or phrase.ordinal or phrase.value < 2:
            continue
        floor = max(start, phrase.start - _COORDINATED_REACH)
        window = low[floor : phrase.start]
        if not any(word in window for word in words):
            continue  # the common case: no conjunction right before the figure
        found = form.search(low, floor, phrase.start)
        if found is None or _YEAR.fullmatch(found["number"]):
            continue
        value = read_number(found["number"], data.code)
        if not isinstance(value, int) or value < 1:
            continue
        if not (phrase.value <= value * _RATIO and value <= phrase.value * _RATIO):
            continue
        roles = phrase.roles - {Role.OTHER}
        yield (found.start("number"), found.end("number"), phrase.unit, value,
               Qualifier.EXACT, roles, phrase.country, phrase.region)  # fmt: skip


_COORDINATED_REACH = 40  # characters before a figure where a number coordinated with it starts


@cache
def _coordinated_form(code: str) -> re.Pattern[str]:
    data = language(code)
    words = alternation((*data.conjunctions, *data.alternatives))
    return re.compile(
        rf"(?<![\w.,/:%$\u20ac-])(?P<number>{number_pattern(code)})"
        rf"(?![\w%]),?[ \t]+(?:{words})[ \t]+\Z"
    )


def pronoun_counts(
    low: str, phrases: Sequence[Phrase], start: int, end: int, grammar: Grammar
) -> Iterator[
    tuple[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None], bool]
]:
    """A bare number whose pronoun stands for a unit noun said before it with no number:
    "Learning cities are everywhere: the network counts 425 of them", "la red cuenta ya
    425 de ellas" (Language.pronoun_parts after the number), "Des villes apprenantes, le
    réseau en compte 425", "la rete ne conta 425" (Language.count_clitics before its verb).
    The antecedent is the unit noun said last before the number in its paragraph
    (_PRONOUN_REACH), with no number between them: after "77 cities", "13 of them" is a
    part of the 77 (said_parts), and after "600 delegates", "48 of them" counts
    delegates. The number ends its clause or is followed by no noun of its own. With
    each, whether the number adds to the figure that holds the noun ("ne
    entrarono altre settantasette" after "229 città")."""
    data = grammar.language
    if data.attached or not (data.pronoun_parts or data.count_clitics):
        return
    forms = _pronoun_forms(data.code)
    matches: list[re.Match[str]] = []
    numbers = data.number_words
    ends = sorted(p.end for p in phrases)
    for word in data.pronoun_parts:  # the stretch's index (occurrences): no pass here
        for at in occurrences(low, start, end, word):
            figure = bisect_right(ends, at) - 1
            if figure >= 0 and _SENTENCE_END.search(low, ends[figure], at) is None:
                continue  # the common case: "425 cities, 13 of them": a part (said_parts)
            said = low[max(start, at - _LAST_WORD) : at].split()
            last = said[-1].rsplit("-", 1)[-1] if said else ""
            if not (last[-1:].isdigit() or last in numbers):
                continue  # the common case: "13 of them" after a figure has digits, read
                # below; "some of them", "all of them" have none
            found = forms[0].search(low, max(start, at - _NUMBER_BEFORE), at + len(word))
            if found is not None and found.end() == at + len(word):
                matches.append(found)
    for clitic in data.count_clitics:
        for at in occurrences(low, start, end, f" {clitic} "):
            found = forms[1].match(low, at + 1, end)
            if found is not None and not _own_noun(low, found.end("number"), end, grammar):
                matches.append(found)
    for subject in data.pronoun_subjects:  # "Elles sont 72 au total", "Fueron 64, de"
        for at in _subject_places(low, start, end, subject, data.pronoun_subjects):
            opening = low[max(start, at - 3) : at].rstrip(" \t")
            if (at == start or opening[-1:] in _OPENS) and _last_said(low, at, start, data.code):
                found = forms[2].match(low, at + len(subject) + 1, end)
                if found is not None and not _own_noun(low, found.end("number"), end, grammar):
                    matches.append(found)
    for found in matches:
        number = found["number"]
        if _YEAR.fullmatch(number):
            continue
        value = read_number(number, data.code)
        count = as_count(value) if value is not None else None
        if count is None or not 1 < count < _MOST_ANSWERED:
            continue
        # "229 città, e nel 2022 ne entrarono altre settantasette": more of the figure's
        added = any(f" {w} " in f" {found.group()} " for w in data.added_words)
        antecedent = _antecedent(low, found.start("number"), start, phrases, grammar, added=added)
        added = added and antecedent is not None and antecedent[2]
        if antecedent is None:
            continue
        unit, roles, _ = antecedent
        if unit is Unit.COUNTRY and count not in _COUNTRY_TOTALS:
            continue
        qualifier = Qualifier.EXACT
        if found["qualifier"]:
            qualifier = data.qualifiers.get(" ".join(found["qualifier"].split()), Qualifier.EXACT)
        first = found.start("qualifier") if found["qualifier"] else found.start("number")
        yield (first, found.end("number"), unit, count, qualifier, roles, None, None), added


_OPENS = (".", "!", "?", "\n", ":")  # what a sentence opened by a pronoun follows


def _subject_places(
    low: str, start: int, end: int, subject: str, subjects: tuple[str, ...]
) -> list[int]:
    """Where `subject` and a space stand in low[start:end], in order: read from the places
    of its first word where other subjects open with it too ("they" of "they were", "they
    are", "they number"; "elles", "ils"), one pass over the stretch for them all (#14)."""
    needle = f"{subject} "
    first = subject.split(" ", 1)[0]
    if first in _shared_subject_words(subjects):
        return [
            at for at in occurrences(low, start, end, first) if low.startswith(needle, at, end)
        ]
    return occurrences(low, start, end, needle)  # the stretch's index: no pass here


@cache
def _shared_subject_words(subjects: tuple[str, ...]) -> frozenset[str]:
    """The first words (of four letters or more: shorter ones stand in too many words)
    that open two or more of a language's subject pronouns and their verbs."""
    firsts = [s.split(" ", 1)[0] for s in subjects]
    return frozenset(w for w in firsts if len(w) >= _SHARED_SUBJECT and firsts.count(w) > 1)


_SHARED_SUBJECT = 4


def _last_said(low: str, at: int, start: int, code: str) -> bool:
    """Whether the sentence before a subject pronoun ends on its unit noun, bar a few
    words with no plural among them ("la liste des nouvelles villes membres est parue
    en 2025. Elles sont 72"): after "the new member cities sent delegates.", "they
    were 48" counts the delegates, the plural said after the cities."""
    floor = max(start, at - _PRONOUN_REACH)
    said = None
    for said in _unit_nouns(code).finditer(low, floor, at):  # noqa: B007
        pass
    if said is None:
        return False
    words = [w for w in _WORD.findall(low, said.end(), at) if not w.isdigit()]
    plurals = language(code).plural_ends
    return len(words) <= _TRAILING_WORDS and not any(_plural(w, plurals) for w in words)


_TRAILING_WORDS = 4  # words after the noun a subject pronoun stands for, in its sentence
_LAST_WORD = 24  # characters before a pronoun where its number's last word stands
_PRONOUN_REACH = 200  # characters before a pronoun's number where its noun may be said
_DIGITS = re.compile(r"\d")


def _antecedent(
    low: str,
    at: int,
    start: int,
    phrases: Sequence[Phrase],
    grammar: Grammar,
    *,
    added: bool = False,
) -> tuple[Unit, frozenset[Role], bool] | None:
    """The unit and roles of the unit noun said last before `at` in its paragraph, if
    no number stands between them and no figure phrase holds it; or, `added` (a word of
    adding by the number: "ne entrarono altre settantasette"), the figure's that holds
    it, its number the only one between; and whether a figure held it."""
    from lcnet.extract.tables import label_of

    floor, said = _last_unit_noun(low, at, max(start, at - _PRONOUN_REACH), grammar)
    if said is None:
        return None
    holder = next((p for p in phrases if p.start <= said.start() < p.end), None)
    if holder is not None:
        if not added or holder.unit not in _UNITS or holder.ordinal:
            return None  # "77 cities joined; 13 of them": a part of a figure (said_parts)
        if any(not _YEAR.fullmatch(n) for n in re.findall(r"\d+", low[holder.end : at])):
            return None
        return holder.unit, holder.roles - {Role.OTHER}, True
    between = low[said.end() : at]
    if any(not _YEAR.fullmatch(n) for n in re.findall(r"\d+", between)):
        return None  # a number between them has the pronoun
    if _DIGITS.search(low, max(floor, said.start() - 3), said.start()):
        return None  # "in 91 countries": a count of its own
    described = label_of(low[max(floor, said.start() - _LABEL_BEFORE) : said.end()], grammar)
    if described is None or described[0] not in _UNITS:
        return None
    return described[0], described[1], False


_LABEL_BEFORE = 24  # characters before an antecedent noun read with it ("new member cities")


@cache
def _pronoun_forms(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = language(code)
    number = number_pattern(code)
    qualifiers = alternation(list(data.qualifiers)) or "(?!)"
    parts = alternation(data.pronoun_parts) or "(?!)"
    clitics = alternation(data.count_clitics) or "(?!)"
    return (
        re.compile(
            rf"(?<![\w.,/:-])(?:(?P<qualifier>{qualifiers})\s+)?(?P<number>{number})"
            rf"\s+(?:{parts})"
        ),
        re.compile(
            rf"(?:{clitics})\s+(?:[^\W\d_][\w'\u2019]*\s+){{1,2}}"
            rf"(?:(?P<qualifier>{qualifiers})\s+)?(?P<number>{number})(?![\w%]|[.,]\d)"
        ),
        # after a subject pronoun and its copula (Language.pronoun_subjects)
        re.compile(rf"(?:(?P<qualifier>{qualifiers})\s+)?(?P<number>{number})(?![\w%]|[.,]\d)"),
    )


def _ties(low: str, phrase: Phrase, joins: re.Pattern[str], grammar: Grammar) -> re.Pattern[str]:
    """The words that may tie a number to `phrase`: "went from 229 cities to 294" ties
    the end of the change too, whose unit is the start's."""
    if change_ends_at(low, phrase.start, phrase.end, grammar) is not None:
        return _joins_or_ends(grammar.language.code)
    return joins


def said_parts(
    low: str, phrases: Sequence[Phrase], end: int, grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    """A part of the figure before it, its unit left out, that what is said of it names:
    "425 cities in 91 countries, 13 of them represented for the first time" (first-time
    countries), "72 new members, 11 of them capitals" (capitals). Other parts ("and 12
    of them are African") are no figure of their own (Language.part_words)."""
    form = _said_part_form(grammar.language.code)
    if form is None:
        return
    part_said = _words(grammar.language.code).part_said
    starts = [p.start for p in phrases]
    for index, phrase in enumerate(phrases):
        if phrase.unit not in _UNITS or phrase.ordinal or phrase.value < 2:
            continue
        limit = _own_reach(low, phrase, starts, index, end)
        if part_said.search(low, phrase.end, limit) is None:
            yield from _first_time_after_a_word(low, phrase, limit, grammar)
            continue  # the common case: no "of them" after it, so no part of it
        for found in form.finditer(low, phrase.end, limit):
            value = read_number(found["number"], grammar.language.code)
            if not isinstance(value, int) or not 0 < value < phrase.value:
                continue
            span = found.start("number"), found.end("part")
            if found["first"] and phrase.unit is Unit.COUNTRY:
                yield (*span, Unit.COUNTRY, value, Qualifier.EXACT, _FIRST_TIME, None, None)
            elif found["capital"] and phrase.unit is not Unit.COUNTRY:
                yield (*span, Unit.CAPITAL, value, Qualifier.EXACT, frozenset(), None, None)
            break
        else:
            placed = _placed_part(low, phrases, index, limit, grammar)
            if placed is not None:
                yield placed
            else:
                yield from _first_time_after_a_word(low, phrase, limit, grammar)


def _placed_part(
    low: str, phrases: Sequence[Phrase], index: int, limit: int, grammar: Grammar
) -> tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None] | None:
    """A part of the cities before, placed by what is said after it: "Las ciudades
    admitidas proceden de 44 países; dieciséis de ellas están en África", "Os novos
    membros vêm de 35 países; sete deles ficam na África", "77 new cities from 44
    countries, 16 of them in Africa". After countries, the part counts the cities the
    clause named before them ("las ciudades admitidas", "os novos membros": their noun,
    their roles), not the countries."""
    phrase = phrases[index]
    found = _placed_part_form(grammar.language.code).search(low, phrase.end, limit)
    if found is None:
        return None
    place = _part_placed(low, found.end("part"), limit, grammar)
    if place is None:  # "294 ciudades y Colombia participa con ocho de ellas": the country
        # before the part, only words of having or of a share between (its clause's subject)
        owner = owner_before(low, found.start("number"), grammar)
        place = None if owner is None else (owner, None, found.end("part"))
    value = read_number(found["number"], grammar.language.code)
    newly = False
    whose = phrase.country or country_named_last(
        low, max(0, phrase.start - _OWNER_BEFORE), phrase.start, grammar
    )
    if place is None and whose is not None and phrase.unit is not Unit.COUNTRY:
        # "Italy has eight, two of them (Brescia and Cividale) added in the latest round":
        # a part of a country's members that a verb of joining in its clause names new
        newly = _joined_in_the_part(low, found.end("part"), limit, grammar)
        place = (whose, None, found.end("part")) if newly else None
    if place is None or not isinstance(value, int) or value < 1:
        return None
    country, region, finish = place
    if newly:
        if not value < phrase.value:
            return None
        return (found.start("number"), finish, Unit.CITY, value, Qualifier.EXACT, _NEW_ROLES,
                country, None)  # fmt: skip
    # "Ingresaron 77 ciudades ...; dieciséis de ellas ...", "Las ciudades admitidas ...":
    # a part of the cities a verb of joining admitted is new
    start = max(0, phrase.start - _NAMED_NOUN_REACH)
    start = max(start, *(low.rfind(mark, start, phrase.start) + 1 for mark in ".!?\n"))
    joined = any(c.lastgroup == "intake" for c in grammar.cues.finditer(low, start, phrase.start))
    cities = phrase
    if phrase.unit is Unit.COUNTRY:
        before = phrases[index - 1] if index else None
        if before is not None and _holds(before, phrase):
            cities = before  # "77 new cities from 44 countries, 16 of them in Africa"
        else:  # "Las ciudades admitidas proceden de 44 países": the noun before them
            named = _cities_named_before(low, phrase.start, grammar)
            if named is None:
                return None
            roles = named | {Role.NEW} if joined else named
            return (found.start("number"), finish, Unit.CITY, value, Qualifier.EXACT, roles,
                    country, region)  # fmt: skip
    if not value < cities.value:
        return None
    roles = cities.roles - {Role.OTHER} | ({Role.NEW} if joined else set())
    return (
        found.start("number"),
        finish,
        cities.unit,
        value,
        Qualifier.EXACT,
        roles,
        country,
        region,
    )


def joined_parts(
    low: str, phrases: Sequence[Phrase], end: int, grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    """The new part of a country's count whose noun is left out ("Italy has eight, two of
    them (Brescia and Cividale) added in the latest round"): the count's phrase is a
    gapped one, which said_parts does not read; only a part its verb of joining names
    new is read here."""
    starts = [p.start for p in phrases]
    for index, phrase in enumerate(phrases):
        if phrase.country is None or phrase.unit is Unit.COUNTRY or phrase.ordinal:
            continue
        placed = _placed_part(low, phrases, index, _own_reach(low, phrase, starts, index, end),
                              grammar)  # fmt: skip
        if placed is not None and Role.NEW in placed[5] and placed[6] == phrase.country:
            yield placed


def _joined_in_the_part(low: str, at: int, limit: int, grammar: Grammar) -> bool:
    """Whether a verb of joining stands in the part's clause after `at` (a bracket of
    names may stand between): "two of them (Brescia and Cividale) added in the latest
    round", "two of which joined in December"."""
    stop = _PART_CLAUSE_END.search(low, at, limit)
    end = stop.start() if stop is not None else limit
    return any(c.lastgroup == "intake" for c in grammar.cues.finditer(low, at, end))


_OWNER_BEFORE = 30  # characters before a country's count where the country is named
_PART_CLAUSE_END = re.compile(r"[.;!?]\s|[.;!?]\Z|\n")


def _cities_named_before(low: str, at: int, grammar: Grammar) -> frozenset[Role] | None:
    """The roles of a city or member noun that stands before `at` in its clause, with no
    number ("las ciudades admitidas", "os novos membros"), or None."""
    start = max(0, at - _NAMED_NOUN_REACH)
    for mark in ".;:!?\n":
        start = max(start, low.rfind(mark, start, at) + 1)
    words = low[start:at].split()
    nouns = grammar.nouns
    for i, word in enumerate(words):
        unit = nouns.get(word)
        if unit is not None and unit[0] in (Unit.CITY, Unit.MEMBER):
            if i and any(c.isdigit() for c in words[i - 1]):
                return None  # a count of its own
            near = words[max(0, i - 2) : i + 3]
            new = any(grammar.language.modifiers_before.get(w) is Role.NEW for w in near)
            return frozenset({Role.NEW}) if new else frozenset()
    return None


_NAMED_NOUN_REACH = 80  # characters before the countries where the cities' noun may be


@cache
def _placed_part_form(code: str) -> re.Pattern[str]:
    part = _words(code).part.pattern
    return re.compile(rf"(?<![\w.,])(?P<number>{number_pattern(code)})(?P<part>{part})")


def _first_time_after_a_word(
    low: str, phrase: Phrase, limit: int, grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    """ "Elles viennent de 46 pays, dont 13 qui n'avaient jusque-là aucune ville membre":
    the part's word before its number, then a first-time cue (countries only)."""
    if phrase.unit is not Unit.COUNTRY:
        return
    word = _words(grammar.language.code).part_before.search(low, phrase.end, limit)
    if word is None:
        return
    form = _first_after_word_form(grammar.language.code)
    found = form.match(low, word.end(), limit) if form is not None else None
    if found is None:
        return
    value = read_number(found["number"], grammar.language.code)
    if isinstance(value, int) and 0 < value < phrase.value:
        yield (found.start("number"), found.end("number"), Unit.COUNTRY, value,
               Qualifier.EXACT, _FIRST_TIME, None, None)  # fmt: skip


@cache
def _first_after_word_form(code: str) -> re.Pattern[str] | None:
    data = language(code)
    if data.unspaced or data.attached or not data.first_time_cues:
        return None
    first = "|".join(data.first_time_cues)
    return re.compile(rf"(?P<number>{number_pattern(code)})(?!\w)[^.;:!?\n]{{0,40}}?(?:{first})")


_FIRST_TIME = frozenset({Role.FIRST_TIME})


@cache
def _said_part_form(code: str) -> re.Pattern[str] | None:
    data = language(code)
    if data.unspaced or data.attached or not (data.first_time_cues or data.capital_predicates):
        return None
    first = spaced("|".join(data.first_time_cues)) or "(?!)"
    capitals = "|".join(data.capital_predicates) or "(?!)"
    return re.compile(
        rf"(?<![\w.,])(?P<number>{number_pattern(code)})(?P<part>{_words(code).part.pattern})"
        rf"(?:{_WRAPPED_GAP}(?P<first>{first})|\s+(?P<capital>{capitals}))"
    )


# Up to 40 characters of the clause, across a hard-wrapped text's line end but not a blank
# line: "13 davon sind zum ersten\nMal vertreten"
_WRAPPED_GAP = r"(?:[^.;:!?\n]|\n(?![ \t]*\n)){0,40}?"


def named_counts(
    low: str, start: int, end: int, grammar: Grammar
) -> Iterator[tuple[int, int, int, str, bool]]:
    """A country's count or rank, its unit left out, that the names after it spell out:
    "In Deutschland sind es weiterhin vier: Gelsenkirchen, Hamburg, Bonn und Dresden",
    "Dresden ist die vierte - nach Gelsenkirchen, Hamburg und Bonn". The names must be as
    many as the count says (one fewer than the rank), and a country must be named just
    before (by name or adjective): it owns the count. Ranks are yielded with the value
    of the rank, as a ranked phrase (lcnet.extract.phrase reads them so): (start, end,
    value, country, ranked)."""
    data = grammar.language
    if data.attached or not data.conjunctions or not data.rank_after:
        return  # (lcnet.extract.newcomers also reads "son tres:"; the longer reading wins)
    forms = _named_forms(data.code)
    for mark in _marks(low, start, end, forms):
        said = forms.before.search(low, max(start, mark.start() - 24), mark.start())
        if said is None:
            continue
        names = forms.names.match(low, mark.end(), end)
        if names is None:
            continue
        count = len(forms.separators.split(names["names"].strip()))
        rank = said["ordinal"]
        if rank is not None:
            value = data.ordinals[" ".join(rank.split())]
            if not names["after"] or count != value - 1:
                continue
        else:
            number = read_number(said["number"], data.code)
            if not isinstance(number, int) or names["after"] or count != number:
                continue
            value = number
        country = _country_named_before(low, said.start(), start, grammar)
        if country is None:
            continue
        yield said.start(), said.end(), value, country, rank is not None


_NAMED_REACH = 300  # characters before the count where its country may be named


def _marks(low: str, start: int, end: int, forms: _NamedForms) -> Iterator[re.Match[str]]:
    """forms.mark.finditer(low, start, end), found from the punctuation each mark holds.

    A mark holds one colon, dash or comma, and starts at the spaces right before a colon
    or a dash (at the colon when there are none), or at the comma. forms.mark itself
    starts with optional spaces, so re tried it at every character of every text: a
    quarter of the time lcnet.extract took (#14). Colons and dashes followed by a space
    are found in the stretch's index, the commas of marks by a pattern that starts with one;
    where a mark starts, forms.mark reads it as finditer would have, and the next mark
    is looked for past it.
    """
    points = [found.start() for found in forms.comma.finditer(low, start, end)]
    for char in _MARK_POINTS:  # the stretch's index (occurrences): no pass of their own
        for space in _SPACES:  # "vier: A", not "e-readers" nor "10:30"
            points += occurrences(low, start, end, char + space)
    floor = start
    for point in sorted(points):
        if point < floor:
            continue
        begin = point
        if low[point] != ",":
            while begin > floor and low[begin - 1] in _SPACES:
                begin -= 1
        mark = forms.mark.match(low, begin, end)
        if mark is not None:
            floor = mark.end()
            yield mark


_DASHES = "\u2013\u2014-"  # a dash with spaces around it, after a count or a rank
_MARK_POINTS = (":", *_DASHES)
_SPACES = (" ", "\t")


class _NamedForms(NamedTuple):
    # A colon or a dash after a count, or a comma before the word of a rank, then the
    # names: "vier: A, B und C", "die vierte - nach A", "the fourth, after A"
    mark: re.Pattern[str]
    before: re.Pattern[str]  # a count or a rank, ending at the mark
    names: re.Pattern[str]  # the names, to the end of the sentence
    separators: re.Pattern[str]  # between two names
    comma: re.Pattern[str]  # the comma of a mark (the mark's other alternative)


@cache
def _named_forms(code: str) -> _NamedForms:
    data = language(code)
    ordinals = alternation(data.ordinals) or "(?!)"
    after = alternation(data.rank_after) or "(?!)"
    conjunctions = alternation(data.conjunctions)
    name = r"[^\W\d_][\w'\u2019.-]*(?:[ \t][^\W\d_][\w'\u2019.-]*){0,3}"
    comma = rf",[ \t]+(?=(?:{after})\s)"
    return _NamedForms(
        re.compile(rf"[ \t]*(?::|[ \t]+[{_DASHES}])[ \t]+|{comma}"),
        re.compile(rf"(?<!\w)(?:(?P<ordinal>{ordinals})|(?P<number>{number_pattern(code)}))\Z"),
        re.compile(
            rf"(?:(?P<after>{after})\s+)?(?P<names>{name}(?:,\s*{name})*\s+"
            rf"(?:{conjunctions})\s+{name})\s*(?:[.;!?]|\n|\Z)"
        ),
        re.compile(rf"\s*,\s*|\s+(?:{conjunctions})\s+"),
        re.compile(comma),
    )


def _country_named_before(low: str, at: int, floor: int, grammar: Grammar) -> str | None:
    """The country named last before `at`, not far: "In Deutschland sind es", "Wie viele
    deutsche Städte sind dabei? Dresden ist die vierte"."""
    return country_named_last(low, max(floor, at - _NAMED_REACH), at, grammar)


def _own_reach(low: str, phrase: Phrase, starts: Sequence[int], index: int, end: int) -> int:
    """Where the words said of a figure end: its sentence's end, the next figure (which
    speaks for itself), or _REACH characters on."""
    limit = min(end, phrase.end + _REACH)
    if index + 1 < len(starts):
        limit = min(limit, starts[index + 1])
    return _sentence_end(low, phrase.end, limit)


_ends_of: str | None = None  # the text whose sentence ends _ends keeps
_ends: dict[tuple[int, int], int] = {}


def _sentence_end(low: str, start: int, limit: int) -> int:
    """Where the sentence that goes on at `start` ends, if before `limit` (else `limit`).

    elliptic, said_parts and placed_parts each ask it after every figure: it is read
    once per figure and kept for the others (a third of what this module cost, #14)."""
    global _ends_of, _ends
    if low is not _ends_of:
        _ends_of, _ends = low, {}
    found = _ends.get((start, limit))
    if found is None:
        stop = _SENTENCE_END.search(low, start, limit)
        found = _ends[start, limit] = stop.start() if stop else limit
    return found


def _holds(cities: Phrase, countries: Phrase) -> bool:
    """Whether the countries are those of the cities just before: "294 members in 76
    countries"."""
    return cities.unit in (Unit.CITY, Unit.MEMBER) and countries.start - cities.end <= _PAIRED


def _sibling(
    low: str,
    figure: Phrase,
    phrase: Phrase,
    limit: int,
    joins: re.Pattern[str],
    months: frozenset[str],
    grammar: Grammar,
    *,
    whole: bool = False,
) -> tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None] | None:
    """The bare number after `figure` that takes the unit of `phrase` (the figure itself,
    or the cities whose countries it counts), if one is tied to it; of a `whole`, a
    smaller part of it ("Of the 425 cities, 72 joined")."""
    data = grammar.language
    after = figure.end
    for number in _BARE.finditer(low, after, limit):
        text = number.group(1)
        if _YEAR.fullmatch(text) or _next_to_a_month(low, number, months):
            continue  # "en février 2024", "le 4 décembre": a date, read later as one
        if _in_a_date(low, number, grammar):
            continue  # "hồi tháng 2 năm nay": a month given by its number
        value = read_number(text, data.code)
        if not isinstance(value, int):
            return None
        gap = low[after : number.start()]
        if data.money_nouns and money_words(data.money_nouns).search(gap) is not None:
            return None  # "grew by 72 cities; its budget rose to 425": money's number
        # the ties are read only here: most figures have no bare number after them
        ties = _COMMA if whole else _ties(low, figure, joins, grammar)  # "Of the 425 cities, 72"
        reached = not whole and _reached(low, gap, phrase, value, data)
        tied = (
            reached
            or ties.search(gap) is not None
            or (not whole and _added(low, number, data.code))
        )
        totalled = not tied and not whole and _comma_then_total(gap, grammar)
        if not (tied or totalled) or _words(data.code).part.match(low, number.end()):
            return None
        if not whole and _own_noun(low, number.end(), limit, grammar):
            return None  # "and the city opened 30 libraries": the number's own noun
        if whole and not value < phrase.value:
            return None
        if whole:  # "Of the 72 newcomers, 11 are national capitals": what the part is
            part = _whole_part(low, number.end(), limit, phrase.unit, data.code)
            if part is not None:
                unit, roles, finish = part
                return number.start(), finish, unit, value, Qualifier.EXACT, roles, None, None
            placed = _part_placed(low, number.end(), limit, grammar, adjective=True)
            if placed is not None:  # "Of the 77 new cities, 13 come from Asia and the Pacific"
                country, region, finish = placed
                roles = phrase.roles - {Role.OTHER}
                return (
                    number.start(), finish, phrase.unit, value, Qualifier.EXACT, roles, country,
                    region,
                )  # fmt: skip
        if reached:  # "grew by 72 cities to 425": the total the intake brought
            roles = phrase.roles - {Role.OTHER, Role.NEW}
            return (
                number.start(), number.end(), phrase.unit, value, Qualifier.EXACT, roles,
                phrase.country, phrase.region,
            )  # fmt: skip
        if not whole and not (phrase.value <= value * _RATIO and value <= phrase.value * _RATIO):
            return None
        start, qualifier = number.start(), Qualifier.EXACT
        words = gap.split()
        for size in (3, 2, 1):  # "et environ 229", "y más de 300"
            said = " ".join(words[-size:])
            if len(words) >= size and said in data.qualifiers:
                start, qualifier = (
                    low.rfind(words[-size], 0, number.start()),
                    data.qualifiers[said],
                )
                break
        roles = phrase.roles - {Role.OTHER}
        cue = grammar.cues.match(low, number.end() + 1) if number.end() < limit else None
        if totalled or (cue is not None and cue.lastgroup == "total"):
            roles -= {Role.NEW}  # "55 new members and 230 in total"
        elif words and words[-1] in data.count_heads:
            roles -= {Role.NEW}  # "le nuove città sono 54 e il totale 229": the total's
        return (
            start, number.end(), phrase.unit, value, qualifier, roles, phrase.country,
            phrase.region,
        )  # fmt: skip
    if whole or phrase.unit is Unit.COUNTRY:
        return None
    return _country_and_word(low, figure, phrase, limit, joins, grammar)


def _own_noun(low: str, at: int, limit: int, grammar: Grammar) -> bool:
    """Whether the word after a bare number (past a word of adding: "30 more
    libraries") is a noun of its own, which the number counts instead of the figure
    before's unit: "and the city opened 30 libraries", "20 écoles de plus", "otras 20
    bibliotecas". Not a noun: a word of Language.count_followers (a preposition, an
    auxiliary, an adverb: "72 more were added", "e 72 em 2025"), a verb of joining or of
    a total (the grammar's cues: "72 joined"), punctuation, a digit. A language with no
    count_followers is not checked."""
    data = grammar.language
    followers = data.count_followers
    if not followers:
        return False
    word = _NEXT_WORD.match(low, at, limit)
    if word is None:
        return False
    text = word["word"]
    for added in data.added_words:  # "30 more libraries", "72 de plus en 2025"
        if (text == added or added.startswith(text + " ")) and low.startswith(
            added, word.start("word")
        ):
            word = _NEXT_WORD.match(low, word.start("word") + len(added), limit)
            if word is None:
                return False
            text = word["word"]
            break
    if text in followers or text in data.added_words or text in data.conjunctions:
        return False
    cue = grammar.cues.match(low, word.start("word"))
    return cue is None or cue.lastgroup not in _VERB_CUES


_VERB_CUES = frozenset({"intake", "total", "cumulative"})
_NEXT_WORD = re.compile(r"[ \t]+(?P<word>[^\W\d_][\w'\u2019-]*)")


def _added(low: str, number: re.Match[str], code: str) -> bool:
    """Whether a word of adding stands right before or after a bare number: "im Dezember
    2025 weitere 72", "puis 72 de plus", "another 72", "72 more" (Language.added_words):
    the number counts more of what the figure before it counts, as after "and"."""
    words = language(code).added_words
    if not words:
        return False
    before = low[max(0, number.start() - _ADDED_REACH) : number.start()].rstrip()
    after = low[number.end() : number.end() + _ADDED_REACH].lstrip()
    for word in words:
        if (
            before.endswith(word)
            and (len(before) == len(word) or not before[-len(word) - 1].isalnum())
        ) or (
            after.startswith(word) and (len(after) == len(word) or not after[len(word)].isalnum())
        ):
            return True
    return False


_ADDED_REACH = 16  # characters on each side of a number where its word of adding stands


def _reached(low: str, gap: str, phrase: Phrase, value: int, data: Language) -> bool:
    """Whether the words between an intake's figure and a bare number lead to the total
    it brought (Language.reached_words): "grew by 72 cities to 425", "72 neue Städte auf
    425", "72 new member cities in 2025, taking it to 425". Nothing else may stand
    between them but a comma after a short date ("in 2025,"): ", raising the budget to
    300" binds nothing. The total is larger than the intake and one the network's
    members have had. The intake may be said as the network's growth: "grew by 72
    cities to 425" (a difference, lcnet.extract.metric.difference)."""
    words = data.reached_words
    if not words or phrase.unit is Unit.COUNTRY:
        return False
    if value not in _TOTALS or value <= phrase.value:
        return False
    if Role.NEW not in phrase.roles:
        from lcnet.extract.metric import difference  # metric reads phrases this module makes

        if not difference(low, phrase, data.code):
            return False
    said = gap.rstrip()
    for word in words:
        if not said.endswith(word):
            continue
        rest = said[: len(said) - len(word)]
        if rest and rest[-1].isalnum():
            continue  # "auf" ending "darauf"
        rest = rest.strip()
        if not rest or (
            len(rest) <= _REACHED_REST
            and (rest.endswith(",") or _A_YEAR_LAST.search(rest) is not None)
        ):  # "grew by 72 cities in 2025 to 425", "um 72 Städte im Jahr 2025 auf 425"
            return True
    return False


_REACHED_REST = 20  # characters of a date and a comma between an intake and its total's words
_A_YEAR_LAST = re.compile(r"(?<!\d)(?:19|20)\d\d\Z")  # a short date without its comma


def _comma_then_total(gap: str, grammar: Grammar) -> bool:
    """Whether a comma, then a verb of a total, stand between a figure and a bare number:
    "La red, que hasta la semana pasada agrupaba 229 ciudades, tiene ya 294", "The
    network, which until last week had 229 cities, now has 294"."""
    comma = gap.rfind(",")
    if comma < 0:
        return False
    # the verb right after the comma, no subject of its own ("..., Tailandia tiene ya 13":
    # Thailand's count, not the network's)
    start = comma + 1 + len(gap[comma + 1 :]) - len(gap[comma + 1 :].lstrip())
    clitic = _CLITIC.match(gap, start)  # "..., ne ha ora 294", "..., en a désormais 294"
    cue = grammar.cues.match(gap, clitic.end() if clitic else start)
    return cue is not None and cue.lastgroup == "total"


_CLITIC = re.compile(r"(?:ne|en)\s+")


def _country_and_word(
    low: str, figure: Phrase, phrase: Phrase, limit: int, joins: re.Pattern[str], grammar: Grammar
) -> tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None] | None:
    """A country and a number word right after it, tied to the figure by a conjunction:
    "Thailand has eleven member cities and Saudi Arabia eight" (small counts are spelled
    out; a number word alone is too often something else, a country before it is not)."""
    data = grammar.language
    for found in _word_after_a_name(data.code).finditer(low, figure.end, limit):
        country = _ends_in_a_country(low[figure.end : found.start()], grammar)
        if country is None:
            continue
        gap = low[figure.end : found.start()]
        if "," not in gap and not joins.search(gap):  # "A has 13, B eight and C ten"
            return None
        value = read_number(found["number"], data.code)
        if not isinstance(value, int):
            return None
        if not (phrase.value <= value * _RATIO and value <= phrase.value * _RATIO):
            return None
        roles = phrase.roles - {Role.OTHER}
        return (
            found.start("number"), found.end("number"), phrase.unit, value, Qualifier.EXACT,
            roles, country, None,
        )  # fmt: skip
    return None


@cache
def _word_after_a_name(code: str) -> re.Pattern[str]:
    """A number word of two to twenty after a word, ending its clause or before a
    conjunction: "... Saudi Arabia eight and Egypt ten"."""
    data = language(code)
    words = alternation(w for w, v in data.number_words.items() if 2 <= v <= 20)
    ends = rf"\s*(?:[,.;:!?)]|\Z|\n)|\s+(?:{alternation(data.conjunctions) or '(?!)'})\s"
    return re.compile(rf"(?<=[^\W\d_] )(?P<number>{words or '(?!)'})(?={ends})")


def _part_placed(
    low: str, at: int, limit: int, grammar: Grammar, *, adjective: bool = False
) -> tuple[str | None, str | None, int] | None:
    """The country or region a whole's part is placed in, said right after its number
    with at most two words between ("13 come from Asia and the Pacific", "three are in
    Thailand", "21 desde Asia-Pacífico"): (country, region, end), or None."""
    if grammar.language.attached:
        return None
    for after, key in ((grammar.region_after, "region"), (grammar.country_after, "country")):
        found = _words_then(after.pattern, grammar.language.code).match(low, at, limit)
        if found is not None:
            name = " ".join(found[key].split())
            if key == "region":
                return None, grammar.language.regions[name], found.end()
            return grammar.language.country_names[name], None, found.end()
    if not adjective:
        return None
    # the part of a whole named just before, by an adjective after a verb of being: "Of
    # the 72 newcomers, 14 are African" (not "425 cities in 91 countries, and 12 of them
    # are African": African cities, or countries?)
    found = _adjective_after(grammar.language.code).match(low, at, limit)
    if found is not None:
        place = " ".join(found["place"].split())
        country = grammar.language.demonyms.get(place)
        return country, None if country else grammar.language.regions.get(place), found.end()
    return None


def _copulas(data: Language) -> list[str]:
    """The verbs of being a part's place may follow, and the ones a subject's pronoun is
    in ("sono italiane", "eram portugueses")."""
    return [c for c in (*data.copulas, *data.pronoun_subjects) if c not in _NOT_A_COPULA]


@cache
def _adjective_after(code: str) -> re.Pattern[str]:
    data = language(code)
    copulas = alternation(_copulas(data)) or "(?!)"
    places = alternation([*data.demonyms, *data.regions]) or "(?!)"
    return re.compile(rf"\s+(?:{copulas})\s+(?P<place>{places})(?![^\W\d_])")


@cache
def _words_then(pattern: str, code: str) -> re.Pattern[str]:
    """A place's pattern (Grammar.region_after or country_after) with at most two words
    before it, no conjunction among them: "13 come from Asia", "21 son de Asia-Pacífico"."""
    conjunctions = "|".join(language(code).conjunctions) or "(?!)"
    return re.compile(rf"(?:\s+(?!(?:{conjunctions})\b)[^\W\d_]+){{0,2}}?" + pattern)


def _whole_part(
    low: str, at: int, limit: int, unit: Unit, code: str
) -> tuple[Unit, frozenset[Role], int] | None:
    """What the part of a whole is said to be, right after its number: capitals (of
    cities), countries represented for the first time (of countries)."""
    forms = _whole_part_forms(code)
    if forms is None:
        return None
    capitals, first = forms
    if unit is not Unit.COUNTRY:
        found = capitals.match(low, at, limit)
        return None if found is None else (Unit.CAPITAL, frozenset(), found.end())
    found = first.match(low, at, limit)
    return None if found is None else (Unit.COUNTRY, _FIRST_TIME, found.end())


@cache
def _whole_part_forms(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    data = language(code)
    if not (data.capital_predicates or data.first_time_cues):
        return None
    capitals = "|".join(data.capital_predicates) or "(?!)"
    first = spaced("|".join(data.first_time_cues)) or "(?!)"
    return (
        re.compile(rf"\s+(?:{capitals})"),
        re.compile(rf"{_WRAPPED_GAP}(?:{first})"),
    )


def _in_a_date(low: str, number: re.Match[str], grammar: Grammar) -> bool:
    """Whether a date the language writes (with its month as a number: "tháng 2 năm nay",
    "ngày 4/12") holds the number."""
    start, end = max(0, number.start() - 16), min(len(low), number.end() + 16)
    for form in (grammar.relative, grammar.historic):
        if form is None:
            continue
        for found in form.finditer(low, start, end):
            if found.start() <= number.start() and number.end() <= found.end():
                return True
    return False


def _next_to_a_month(low: str, number: re.Match[str], months: frozenset[str]) -> bool:
    if len(number.group(1)) > 2 or int(number.group(1)[:2].strip(".,")) > 31:
        return False  # no day of a month: "229 villes en 2021 et 356 en février 2024"
    window = low[max(0, number.start() - 16) : number.start()]
    # "en février 2024, 356": a month with its year before the number is not its day's
    before = [] if _YEAR_BEFORE.search(window) else _WORD.findall(window)
    after = _WORD.findall(low[number.end() : number.end() + 16])
    near = before[-1:] + after[:2]  # "14 de febrero": the month two words on
    return any(word in months for word in near)


_YEAR_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d\W*\Z")


@cache
def _joins(code: str) -> re.Pattern[str]:
    from lcnet.extract.lang import language

    conjunctions = alternation(language(code).conjunctions)
    return re.compile(rf";|(?<!\w)(?:{conjunctions})(?!\w)")


@cache
def _joins_or_ends(code: str) -> re.Pattern[str]:
    """A conjunction, or the word that ends a change (Language.change_to)."""
    from lcnet.extract.lang import language

    data = language(code)
    return re.compile(rf"{_joins(code).pattern}|(?<!\w)(?:{data.change_to})(?!\w)")


@cache
def _months(code: str) -> frozenset[str]:
    from lcnet.extract.lang import language

    return frozenset(word for name in language(code).months for word in name.split())


_ELIDED_REACH = 260  # characters after a figure where a count of its cities, its
# subject left out, may stand (the next sentence or two)
_ELIDED_UNITS = frozenset({Unit.CITY, Unit.MEMBER})
_CLAUSE_MARK = re.compile(r"[,;:.!?\n(]")


def elided(
    low: str, phrases: Sequence[Phrase], end: int, grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    """Counts of the cities a figure before counts, their subject left out (a pro-drop
    language says "they were" in the verb): "Colombia contaba con seis ciudades en la
    red; hoy son nueve", "città che sono 425. Nel 2024, dopo la tornata di febbraio,
    erano 356", "en agosto de 2016 eran apenas 115". The verb of being
    (Language.count_predicates_first) opens its clause, or follows only a date or an
    adverb there; the number ends the clause, and counts as many as the figure before,
    give or take a factor of five."""
    code = grammar.language.code
    form = _elided_form(code)
    if form is None:
        return
    cities = [p for p in phrases if p.unit in _ELIDED_UNITS and not p.ordinal]
    for index, phrase in enumerate(cities):
        if phrase.value < 2:
            continue
        limit = min(end, phrase.end + _ELIDED_REACH)
        if index + 1 < len(cities):
            limit = min(limit, cities[index + 1].start)  # the next count of cities is theirs
        paragraph = low.find("\n\n", phrase.end, limit)
        limit = paragraph if paragraph >= 0 else limit
        for found in form.finditer(low, phrase.end, limit):
            if not _opens_its_clause(low, found.start(), phrase.end, grammar):
                continue
            if _other_plural_between(low, phrase.end, found.start(), grammar):
                break  # "294 ciudades. La escuela tiene muchos alumnos: hoy son 300"
            value = read_number(found["number"], code)
            if not isinstance(value, int) or _YEAR.fullmatch(found["number"]):
                continue
            if not (phrase.value <= value * _RATIO and value <= phrase.value * _RATIO):
                continue
            first, qualifier = _qualified(found, grammar)
            roles = phrase.roles - {Role.OTHER, Role.NEW}
            yield (first, found.end("number"), phrase.unit, value, qualifier, roles, None, None)
            break


_TOTALS = range(100, 1000)  # the network's members have been 115 to a few hundred
_CLAUSE_MARKS = re.compile(r"[.;:!?]")


def _other_plural_between(low: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether a sentence between a figure's and a count whose subject is left out names
    other things in the plural (a plural word, no unit noun in it): the subject the verb
    leaves out is theirs ("294 ciudades. La escuela tiene muchos alumnos: hoy son 300")."""
    plurals = grammar.language.plural_ends
    if not plurals:
        return False
    units = _unit_nouns(grammar.language.code)
    for sentence in _CLAUSE_MARKS.split(low[start:end])[1:-1]:  # those wholly between
        if units.search(sentence) is not None:
            continue  # still of the cities: "i dati parlano di città che sono 425"
        if any(
            _plural(word, plurals) and word not in grammar.nouns
            for word in _WORD.findall(sentence)
        ):
            return True
    return False


def _plural(word: str, plurals: tuple[str, ...]) -> bool:
    """Whether a word reads as a plural noun: longer than _PLURAL_SIZE, a plural ending."""
    return len(word) > _PLURAL_SIZE and word.endswith(plurals)


_PLURAL_SIZE = 4  # letters a word must exceed to be read as a plural noun


def of_the_network(
    low: str, phrases: Sequence[Phrase], start: int, end: int, grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    """ "La Rete globale ... è nata nel 2013 ...: nell'agosto 2016 erano 115. Oggi sono
    425": with no count of cities before it, a count whose subject is left in the verb
    is the network's when the network is named just before and the count is of the
    size its membership has had (read as its total, as "its membership to 294" is)."""
    form = _elided_form(grammar.language.code)
    if form is None or not grammar.network_finder.search(low, start, end):
        return  # the common case: the network is not named here
    cities = [p for p in phrases if p.unit in _ELIDED_UNITS]
    counted = [p.start for p in cities]
    for found in form.finditer(low, start, end):
        at = found.start()
        value = read_number(found["number"], grammar.language.code)
        if not isinstance(value, int) or value not in _TOTALS or _YEAR.fullmatch(found["number"]):
            continue
        before = bisect_right(counted, at)
        if (
            before
            and at - counted[before - 1] <= _ELIDED_REACH
            and value <= cities[before - 1].value * _RATIO
        ):
            continue  # a count of cities before it is its model (elided); not an
            # intake's ("72 ciudades en diciembre. Ya son 425 en la red")
        floor = max(start, at - _ELIDED_REACH)
        if grammar.network_names.search(low, floor, at) is None and not _in_the_network(
            low, found.end("number"), end, grammar
        ):
            continue
        if not _opens_its_clause(low, at, floor, grammar):
            continue
        first, qualifier = _qualified(found, grammar)
        roles = frozenset({Role.MEMBER})
        yield (first, found.end("number"), Unit.MEMBER, value, qualifier, roles, None, None)


def _in_the_network(low: str, at: int, end: int, grammar: Grammar) -> bool:
    """Whether the network is referred to right after a count ("Ya son 425 en la red",
    "Já são 425 na rede"): the count's place, its subject left in the verb."""
    place = _words(grammar.language.code).network_place.match(low, at, end)
    if place is None:
        return False
    # "en la red", "na rede": the reference after the preposition; "nella rete": with it
    return any(
        grammar.references.match(low, after, end) for after in (place.start("word"), place.end())
    )


def _qualified(found: re.Match[str], grammar: Grammar) -> tuple[int, Qualifier]:
    """Where an elided count starts (its qualifier, or its number) and its qualifier."""
    if not found["qualifier"]:
        return found.start("number"), Qualifier.EXACT
    said = " ".join(found["qualifier"].split())
    return found.start("qualifier"), grammar.language.qualifiers.get(said, Qualifier.EXACT)


def _opens_its_clause(low: str, at: int, floor: int, grammar: Grammar) -> bool:
    """Whether only a date or adverbs stand between the clause's start and `at`."""
    marks = list(_CLAUSE_MARK.finditer(low, floor, at))
    start = marks[-1].end() if marks else floor
    if not marks and low[floor:at].strip():
        return False  # the figure's own clause goes on: "294 ciudades que son 4"
    before = low[start:at].strip()
    if not before:
        return True
    words = before.split()
    adverbs = grammar.possession_words
    if all(word in adverbs for word in words):
        return True
    # a clause of its own after "that", as hearsay is reported: "Leggo su un altro blog
    # che ormai sarebbero oltre 120", "on lit ailleurs qu'elles seraient 120"
    data = grammar.language
    while words and words[-1] in adverbs and _unelided_that(words[-1]) not in data.that_words:
        words.pop()  # (es and pt "que" is an adverb of possession too: "Colombia, que tiene")
    if words and len(words) <= _REPORTED_WORDS and _unelided_that(words[-1]) in data.that_words:
        return True
    if len(words) <= 5 and grammar.dated.search(before) is not None:
        return True  # "en agosto de 2016"
    # "Antes de esa convocatoria eran 356", "Prima dell'ultima tornata erano 356": a time
    # said by a preposition of time and a few words
    return len(words) <= _TIME_WORDS and _unelided_of(words[0]) in data.time_prepositions


_TIME_WORDS = 6


def _unelided_of(word: str) -> str:
    """ "jusqu'à" -> "jusqu", "dell'ultima" stays: the word before an elided vowel."""
    cut = word.find("'")
    if cut < 0:
        cut = word.find("\u2019")
    return word[:cut] if cut > 0 else word


_REPORTED_WORDS = 9  # words before "that": "Leggo su un altro blog che"


def _unelided_that(word: str) -> str:
    """ "qu'elles" -> "que": the complementizer an elision glued to the next word."""
    return "que" if word[:3] == "qu'" or word[:3] == "qu\u2019" else word


@cache
def _elided_form(code: str) -> re.Pattern[str] | None:
    data = language(code)
    if not data.count_predicates_first or data.attached:
        return None
    verbs = "|".join(data.count_predicates_first)
    qualifiers = alternation(list(data.qualifiers))
    only = alternation(data.only_adverbs) or "(?!)"
    return re.compile(
        rf"(?<![^\W\d_])(?:{verbs})\s+(?:(?:{only})\s+)?(?:(?P<qualifier>{qualifiers})\s+)?"
        rf"(?P<number>{number_pattern(code)}){_words(code).elided_ends}"
    )


def placed_parts(
    low: str, phrases: Sequence[Phrase], end: int, grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    """A part of a count of cities placed by an adjective, its unit left out: "dont trois
    qataries", "y tres tailandesas", "di cui due italiane". A word of a part or a
    conjunction opens it; the adjective of a country (or a region) closes it, which is
    what lets a number word stand alone here; the part is smaller than the whole."""
    form = _placed_form(grammar.language.code)
    if form is None:
        return
    data = grammar.language
    cities = [p for p in phrases if p.unit in _ELIDED_UNITS and not p.ordinal]
    # the next figure speaks for itself; not the countries of these cities: "77 villes de
    # 44 pays ; seize d'entre elles sont africaines"
    starts = [p.start for p in phrases if p.unit is not Unit.COUNTRY]
    last_words = _place_last_words(data.code)
    for phrase in cities:
        after = bisect_right(starts, phrase.start)  # the next figure speaks for itself
        limit = min(end, phrase.end + _REACH, starts[after] if after < len(starts) else end)
        limit = _sentence_end(low, phrase.end, limit)
        words = low[phrase.end : limit].split()
        if last_words.isdisjoint(map(str.strip, words, repeat(",.;:()"))):
            continue  # the common case: no country's or region's adjective after it
        for found in form.finditer(low, phrase.end, limit):
            if found["alone"] and not found["copula"]:
                continue  # "drew only 48 German visitors": "only" and no verb of being
            value = read_number(found["number"], data.code)
            if not isinstance(value, int) or not 0 < value < phrase.value:
                continue
            of = " ".join((found["of"] or "").split())
            if (
                of
                and not _words(data.code).cities_pronoun.match(of)
                and _countries_between(phrases, phrase.end, found.start())
            ):
                continue  # "... in 91 countries, and 12 of them": whose?
            place = " ".join(found["place"].split())
            country = data.demonyms.get(place)
            region = None if country else data.regions.get(place)
            roles = phrase.roles - {Role.OTHER}
            start, stop_at = found.start("number"), found.end("place")
            yield (start, stop_at, phrase.unit, value, Qualifier.EXACT, roles, country, region)


def _countries_between(phrases: Sequence[Phrase], start: int, end: int) -> bool:
    return any(p.unit is Unit.COUNTRY and start <= p.start < end for p in phrases)


@cache
def _place_last_words(code: str) -> frozenset[str]:
    data = language(code)
    return frozenset(place.split()[-1] for place in [*data.demonyms, *data.regions])


@cache
def _placed_form(code: str) -> re.Pattern[str] | None:
    data = language(code)
    places = [*data.demonyms, *data.regions]
    if data.attached or not places:
        return None
    joiners = alternation([*data.conjunctions, *data.part_openers])
    # a verb of being may stand between them: "Tra le 72 nuove città, sette sono africane"
    # (and those a subject's pronoun is in: "Dos 54 novos membros, três eram portugueses")
    copulas = alternation(_copulas(data))
    copula = rf"(?:(?P<copula>{copulas})\s+)?" if copulas else "(?P<copula>(?!))?"
    # "only", and the names in brackets: "Delle 205 città, soltanto due (Torino e Fermo)
    # sono italiane"; "only" opens the part alone too: "su 205 città ... soltanto due"
    only = alternation([*data.only_adverbs, *data.only_placed]) or "(?!)"
    return re.compile(
        rf"(?:(?:[,;]|(?<![^\W\d_])(?:{joiners}))\s+(?:(?:{only})\s+)?"
        rf"|(?<![^\W\d_])(?P<alone>{only})\s+)"
        rf"(?P<number>{number_pattern(code)})\s+(?:\([^()\n]{{1,80}}\)\s+)?"
        rf"(?:(?P<of>{_words(code).of_them})\s+)?{copula}(?P<place>{alternation(places)})(?![^\W\d_])"
    )


_NOT_A_COPULA = frozenset({"now", "ora", "agora", "nun"})


def demonym_counts(
    low: str, phrases: Sequence[Phrase], start: int, end: int, grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    """A count of a country's cities said by a number and the country's adjective alone,
    the noun left out as the adjective agrees with it: "Na lista constam três brasileiras:
    Curitiba, Leme e Recife", "En 2024 fueron admitidas dos argentinas", "due italiane",
    "deux françaises". Only the feminine plural of the adjective (cities are feminine in
    these languages; "três brasileiros" may be people); what it counts (an intake's share
    or the country's members) is read afterwards, as any figure's metric is."""
    form = _demonym_form(grammar.language.code)
    if form is None:
        return
    last_words = _feminine_last_words(grammar.language.code)
    words = low[start:end].split()
    if last_words.isdisjoint(map(str.strip, words, repeat(",.;:()"))):
        return  # the common case: no such adjective here
    data = grammar.language
    taken = [(p.start, p.end) for p in phrases]
    for found in form.finditer(low, start, end):
        first, last = found.start("number"), found.end("place")
        if any(s < last and first < e for s, e in taken):
            continue  # a figure already read there ("tres ciudades colombianas")
        before = low[max(start, first - 24) : first].rstrip(" ,")
        if before.endswith(data.part_openers):
            continue  # "entre ellas setenta coreanas": a part, which placed_parts reads
        value = read_number(found["number"], data.code)
        if not isinstance(value, int) or not 0 < value < _LARGEST_SHARE:
            continue
        country = data.demonyms.get(" ".join(found["place"].split()))
        if country is None:
            continue
        # "junta-se às outras 14 portuguesas": others, as "outras 14 cidades" are
        other = before.rsplit(None, 1)[-1:] in ([w] for w in data.other_before)
        roles = _OTHER_ROLE if other else frozenset()
        yield (first, last, Unit.CITY, value, Qualifier.EXACT, roles, country, None)


_LARGEST_SHARE = 80  # no country has had so many members


def sole_demonym_counts(
    low: str, phrases: Sequence[Phrase], start: int, end: int, grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    """One city of a country said by "one", a word of only and the country's adjective,
    the noun left out: "fra queste una sola italiana, Palermo", "dont une seule
    française", "entre ellas una sola española", "entre elas uma só portuguesa", "un'unica
    italiana" (Language.answer_ones, answer_only). The word of only is required: "una
    italiana" alone may be a woman. What the one counts is read afterwards."""
    form = _sole_demonym_form(grammar.language.code)
    if form is None:
        return
    data = grammar.language
    if not any(low.find(word, start, end) >= 0 for word in data.answer_only):
        return  # the common case: no word of only here
    taken = [(p.start, p.end) for p in phrases]
    for found in form.finditer(low, start, end):
        first, last = found.start("one"), found.end("place")
        if any(s < last and first < e for s, e in taken) or not _cities_before(
            low, phrases, first
        ):
            continue
        country = data.demonyms.get(" ".join(found["place"].split()))
        if country is not None:
            yield (first, last, Unit.CITY, 1, Qualifier.EXACT, frozenset(), country, None)


def counts_over_countries(
    low: str, phrases: Sequence[Phrase], start: int, end: int, grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    """A bare number that opens its clause, then a comma and the countries it spreads
    over: "« 356, dans 79 pays »" (a speaker's reply), "356, in 79 Paesi", "356, en 79
    países": the number counts the cities the countries hold (nothing else is counted
    over countries so); what it counts of them is read afterwards."""
    form = _over_countries_form(grammar.language.code)
    if form is None:
        return
    taken = [(p.start, p.end) for p in phrases]
    for countries in phrases:
        if countries.unit is not Unit.COUNTRY or countries.ordinal or countries.start < start:
            continue
        found = form.search(low, max(start, countries.start - _OVER_REACH), countries.start)
        if found is None or _OVER_END.match(low, countries.end) is None:
            continue  # (not "300, dans 79 pays, étaient des maires": a clause goes on)
        first, last = found.span("number")
        if _YEAR.fullmatch(found["number"]) or any(s < last and first < e for s, e in taken):
            continue
        value = read_number(found["number"], grammar.language.code)
        if isinstance(value, int) and value in _OVER_COUNTRIES:
            yield (first, last, Unit.CITY, value, Qualifier.EXACT, frozenset(), None, None)


# the reply ends after the countries: "356, dans 79 pays." or "356, in 79 countries," she
_OVER_END = re.compile(r"[ \t]*(?:[.;!?)\u00bb\"\u201d]|,[ \t]*[\u00bb\"\u201d]|\n|\Z)")
_OVER_REACH = 40  # characters before the countries where the bare number may open its clause
_OVER_COUNTRIES = range(10, 1001)  # a count of cities, never fewer than the countries


_OPENERS = r"[\n\u00ab\"\u201c:?!.\u2014\u2013]"  # what a clause may open after


@cache
def _over_countries_form(code: str) -> re.Pattern[str] | None:
    data = language(code)
    connectors = [c for c in data.place_connectors if len(c.split()) == 1]
    if data.attached or not connectors:
        return None
    return re.compile(
        # the clause opens: a line, a quotation, a colon, a question or a sentence before
        # (or a dialogue's dash)
        rf"(?:^|(?<={_OPENERS})|(?<={_OPENERS}[ \t\u00a0]))[ \t\u00a0]*"
        rf"(?P<number>{number_pattern(code)}),[ \t]+(?:{alternation(connectors)})[ \t]+\Z"
    )


def subjectless_counts(
    low: str, phrases: Sequence[Phrase], start: int, end: int, grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    """A count said by a copula that holds its subject, as people talk: "Yo tenía entendido
    que eran unas 300", "Ho letto su un blog che ormai sono quasi 400", "Secondo me sono
    già 500", "o deputado manteve que \"são 15\"" (Language.subjectless_copulas). The
    copula opens its clause (or follows "that" or a word of opinion), the number ends it,
    and cities or members were said before (within _TALK_REACH); the number is a total
    they may be (and more than any count of countries, unless cities were said last)."""
    form = _subjectless_form(grammar.language.code)
    if form is None:
        return
    copulas = grammar.language.subjectless_copulas
    if not any(low.find(f" {c} ", start, end) >= 0 or low.find(f"{c} ", start, end) >= 0
               for c in copulas):  # fmt: skip
        return
    taken = [(p.start, p.end) for p in phrases]
    for found in form.finditer(low, start, end):
        first, last = found.start("number"), found.end("number")
        if _YEAR.fullmatch(found["number"]) or any(s < last and first < e for s, e in taken):
            continue
        value = read_number(found["number"], grammar.language.code)
        if not isinstance(value, int) or value < _LEAST_TALKED:
            continue
        said = _talked_of(low, found.start(), grammar)
        if said is None or (said is Unit.COUNTRY and value <= _MOST_COUNTRIES):
            continue
        qualifier = Qualifier.EXACT
        if found["qualifier"]:
            known = grammar.language.qualifiers.get(" ".join(found["qualifier"].split()))
            if known is None:
                continue
            qualifier, first = known, found.start("qualifier")
        yield (first, last, Unit.MEMBER, value, qualifier, _MEMBER_ROLE, None, None)


_TALK_REACH = 400  # characters before a count in talk where the cities it counts are said
# a total of the network's (115 members at the first count): a smaller count in talk may
# be of anything ("las escuelas dicen que son 40"), or a country's named elsewhere
_LEAST_TALKED = 100
_MOST_COUNTRIES = 200  # more than any count of countries: cities


def _talked_of(low: str, at: int, grammar: Grammar) -> Unit | None:
    """The unit said last before `at` (cities, members or countries), if cities or
    members were said at all within _TALK_REACH; else None."""
    units = [
        grammar.nouns[" ".join(m.group().split())][0]
        for m in _unit_nouns(grammar.language.code).finditer(low, max(0, at - _TALK_REACH), at)
    ]
    said = [u for u in units if u in _SAID_UNITS]
    if not any(u in (Unit.CITY, Unit.MEMBER) for u in said):
        return None
    return Unit.CITY if said[-1] in (Unit.CITY, Unit.MEMBER) else Unit.COUNTRY


@cache
def _subjectless_form(code: str) -> re.Pattern[str] | None:
    data = language(code)
    if data.attached or not data.subjectless_copulas:
        return None
    openers = alternation([*data.that_words, *data.subjectless_openers])
    adverbs = alternation([*data.possession_words, *data.having_adverbs]) or "(?!)"
    qualifiers = alternation(list(data.qualifiers)) or "(?!)"
    exactly = alternation([w for w, q in data.qualifiers_after.items() if q is Qualifier.EXACT])
    exactly = exactly or "(?!)"
    return re.compile(
        # (not after a colon: "La escuela tiene muchos alumnos: hoy son 300", the noun's)
        rf"(?:(?<=[\n.!?\u00ab\"\u201c])|(?<=[\n.!?\u00ab\"\u201c][ \t])"
        rf"|(?<![^\W\d_])(?:{openers})[ \t]+(?:[\u00ab\"\u201c][ \t]*)?)"
        rf"(?:(?:{adverbs})[ \t]+)?(?:{alternation(data.subjectless_copulas)})[ \t]+"
        rf"(?:(?:{adverbs})[ \t]+)?(?:(?P<qualifier>{qualifiers})[ \t]+)?"
        rf"(?P<number>{number_pattern(code)})"
        # "Son 300 exactas, lo vi en una página oficial": a word of exactly after it
        rf"(?:[ \t]+(?:{exactly}))?(?=[ \t]*(?:[.,;:!?)\u00bb\"\u201d]|\n|\Z))"
    )


def verdict_counts(
    low: str, phrases: Sequence[Phrase], start: int, end: int, grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    """The number a fact-check's verdict opens its paragraph with, its noun left out:
    "Verdade. Dezassete, de facto." after the claim "Portugal tem dezassete cidades na
    rede", "Vrai. Quatre cent vingt-cinq, pour être exact." (Language.verdict_words): it
    counts what the claim's last unit noun counts, of the country the claim names."""
    form = _verdict_form(grammar.language.code)
    if form is None or _verdict_trigger(grammar.language.code).search(low, start, end) is None:
        return  # most text holds no verdict word, which the form needs
    taken = [(p.start, p.end) for p in phrases]
    for found in form.finditer(low, start, end):
        first, last = found.span("number")
        if _YEAR.fullmatch(found["number"]) or any(s < last and first < e for s, e in taken):
            continue
        value = read_number(found["number"], grammar.language.code)
        claim = _claimed_unit(low, found.start(), grammar)
        if not isinstance(value, int) or value < 1 or claim is None:
            continue
        unit, country = claim
        yield (first, last, unit, value, Qualifier.EXACT, frozenset(), country, None)


_CLAIM_REACH = 300  # characters before a verdict where the claim's unit noun stands


def _claimed_unit(low: str, at: int, grammar: Grammar) -> tuple[Unit, str | None] | None:
    """The unit of the last unit noun before the verdict at `at` (cities, members or
    countries) and the country its line names before it."""
    said = None
    for said in _unit_nouns(grammar.language.code).finditer(  # noqa: B007
        low, max(0, at - _CLAIM_REACH), at
    ):
        pass
    if said is None:
        return None
    unit = grammar.nouns[" ".join(said.group().split())][0]
    if unit not in _SAID_UNITS:
        return None
    line = low.rfind("\n", 0, said.start()) + 1
    return unit, country_named_last(low, line, said.start(), grammar)


@cache
def _verdict_trigger(code: str) -> re.Pattern[str]:
    """The verdict words alone (Language.verdict_words), as _verdict_form reads them."""
    return re.compile(alternation(language(code).verdict_words) or "(?!)")


@cache
def _verdict_form(code: str) -> re.Pattern[str] | None:
    data = language(code)
    if data.attached or not data.verdict_words:
        return None
    return re.compile(
        rf"(?:^|(?<=\n))[ \t*_]*(?:{alternation(data.verdict_words)})[ \t*_]*[.!:][ \t*_]*"
        rf"(?P<number>{number_pattern(code)})(?=[ \t]*[,.;:!])"
    )


_SOLE_REACH = 160  # characters before "una sola italiana" where the cities it is one of end


def _cities_before(low: str, phrases: Sequence[Phrase], at: int) -> bool:
    """Whether a count of cities ends shortly before `at` in its sentence (a semicolon
    or a comma may stand between): the noun the one leaves out ("... 38 nuove città da 23
    Paesi; fra queste una sola italiana"), not a person ("c'era una sola italiana")."""
    return any(
        p.unit in (Unit.CITY, Unit.MEMBER)
        and at - _SOLE_REACH <= p.end <= at
        and not any(c in low[p.end : at] for c in ".!?\n")
        for p in phrases
    )


@cache
def _sole_demonym_form(code: str) -> re.Pattern[str] | None:
    data = language(code)
    if data.attached or not data.answer_ones or not data.answer_only:
        return None
    ones = alternation(dict.fromkeys((*data.answer_ones, *data.one_words)))
    return re.compile(
        rf"(?<![^\W\d_])(?P<one>{ones})(?:\s+|['\u2019])(?:{alternation(data.answer_only)})"
        rf"\s+(?P<place>{alternation(data.demonyms)})(?![^\W\d_])"
    )


_OTHER_ROLE = frozenset({Role.OTHER})


@cache
def _feminine_demonyms(code: str) -> tuple[str, ...]:
    endings = language(code).feminine_plural_ends
    if not endings:
        return ()
    return tuple(d for d in language(code).demonyms if d.split()[-1].endswith(endings))


@cache
def _feminine_last_words(code: str) -> frozenset[str]:
    return frozenset(d.split()[-1] for d in _feminine_demonyms(code))


@cache
def _demonym_form(code: str) -> re.Pattern[str] | None:
    demonyms = _feminine_demonyms(code)
    if not demonyms or language(code).attached:
        return None
    return re.compile(
        rf"(?<![^\W\d_])(?P<number>{number_pattern(code)})\s+(?P<place>{alternation(demonyms)})"
        rf"(?![^\W\d_])"
    )


def joined_counts(
    low: str, phrases: Sequence[Phrase], start: int, end: int, grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    """A count of the cities that joined, said by the verb of joining and a bare number,
    the noun left out: "En la de 2022 entraron 77", "em 2022 entraram 77", "in 2022, 77
    joined", "ne sono entrate 77". The number ends its clause (no noun of its own after
    it), is not a year, and is the size an intake has had; whether it speaks of the GNLC
    is decided afterwards, as for any figure."""
    form = _joined_form(grammar.language.code)
    if form is None:
        return
    words = grammar.language.joined_bare_words
    text = low[start:end]
    if not any(word in text for word in words):
        return  # the common case: no such verb here
    taken = [(p.start, p.end) for p in phrases]
    for found in form.finditer(low, start, end):
        first, last = found.span("number")
        if _YEAR.fullmatch(found["number"]) or any(s < last and first < e for s, e in taken):
            continue
        value = read_number(found["number"], grammar.language.code)
        if not isinstance(value, int) or value not in _INTAKES:
            continue
        yield (first, last, Unit.CITY, value, Qualifier.EXACT, _NEW_ROLE, None, None)


_INTAKES = range(10, 121)  # 12 to 77 cities have joined at one time
_NEW_ROLE = frozenset({Role.NEW})


@cache
def _joined_form(code: str) -> re.Pattern[str] | None:
    verbs = language(code).joined_bare
    if not verbs:
        return None
    return re.compile(rf"(?<![^\W\d_]){verbs}[ \t]+(?P<number>\d{{2,3}}){_words(code).joined_end}")


def country_counts(
    low: str, phrases: Sequence[Phrase], start: int, end: int, grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    """A country's count of members said by the country, a verb of having and a number,
    the noun left out: "Con Chía, Colombia suma ocho", "México aportaba siete", "el país
    sumaba seis" (the country named before), "Portugal passa a ter 16", "Ireland now has
    three". The number ends its clause and is a size a country's count has had; whether
    it speaks of the GNLC is decided afterwards, as for any figure. The verb and its
    number are found first, one pattern per verb that opens with its literal words (re
    looks for those in C); the country is looked for only just before them."""
    code = grammar.language.code
    if not grammar.language.having_verbs:
        return
    forms, subject = _country_count_forms(code)
    taken = [(p.start, p.end) for p in phrases]
    data = grammar.language
    for found in _verbs_matched(forms, low, start, end, grammar.language.having_verbs):
        at = found.start()
        if at and (low[at - 1].isalpha()):
            continue  # "phase": inside a word
        share = _free_share(found, taken, code)
        if share is None:
            total = _network_total(low, found, taken, start, grammar)
            if total is not None:  # "La red volvió a crecer. Hoy cuenta con 425"
                yield total
            continue
        first, last, value = share
        said = subject.search(low, max(start, at - _SUBJECT_REACH), at)
        if said is None:
            continue
        name = said["country"]
        if name is None:  # "el país": the country named last before it
            country = _country_named_before(low, said.start(), start, grammar)
        else:
            country = data.country_names.get(" ".join(name.split()))
        qualifier = _qualifier_of(found, data.qualifiers)
        if country is None or qualifier is None:
            continue
        if found["qualifier"] is not None:
            first = found.start("qualifier")
        yield (first, last, Unit.CITY, value, qualifier, frozenset(), country, None)


def _qualifier_of(found: re.Match[str], qualifiers: Mapping[str, Qualifier]) -> Qualifier | None:
    """The qualifier a match's group "qualifier" says (exact without one)."""
    said = found["qualifier"]
    return Qualifier.EXACT if said is None else qualifiers.get(" ".join(said.split()))


_SUBJECT_REACH = 140  # characters before the verb where its country (and an aside) stand


def _verbs_matched(
    forms: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...],
    low: str,
    start: int,
    end: int,
    verbs: tuple[str, ...],
) -> list[re.Match[str]]:
    """Each verb's matches in low[start:end] (a verb's form opens with it: "has 5"), the
    verbs in their order. The verbs that start alike ("has", "had"; "suma", "sumaba") are
    read in one pass of a pattern of them all, which re skips to by their shared start
    (one pass where each took one: 1.36 ms per MB of English instead of 2.04); where a
    verb's places are known without a pass ("counts" from the unit noun "count"), it is
    tried there only. No verb's match holds another's start, and at most one verb of a
    family is followed by a space at a place, so the matches are each verb's own."""
    found: dict[str, list[re.Match[str]]] = {verb: [] for verb in verbs}
    for family, form in forms:
        places = [kept_places(low, start, end, verb) for verb in family]
        if all(p is not None for p in places):
            for verb, kept in zip(family, places, strict=True):
                after = start
                for at in kept or ():
                    if at >= after and (match := form.match(low, at, end)) is not None:
                        after = match.end()
                        found[verb].append(match)
            continue
        for match in form.finditer(low, start, end):
            found[match["verb"]].append(match)
    return [match for verb in verbs for match in found[verb]]


def _network_total(
    low: str, found: re.Match[str], taken: list[tuple[int, int]], start: int, grammar: Grammar
) -> tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None] | None:
    """The network's members said by a verb of having and a number of their size, the
    network its subject, named or referred to just before in its paragraph, the noun
    left out: "La red volvió a crecer. Hoy cuenta con 425", "The network grew again. It
    now counts 425", "La Rete ... conta ora 425"."""
    if " ".join(found["verb"].split()) not in grammar.language.having_now:
        return None  # "la red tenía 229": a past count, dated by what is around it
    first, last = found.span("number")
    if _YEAR.fullmatch(found["number"]) or any(s < last and first < e for s, e in taken):
        return None
    value = read_number(found["number"], grammar.language.code)
    if not isinstance(value, int) or value not in _TOTALS:
        return None
    at = found.start()
    floor = max(start, at - _SUBJECT_REACH)
    paragraph = low.rfind("\n\n", floor, at)
    floor = paragraph + 2 if paragraph >= 0 else floor
    said = None  # the network named or referred to last before the verb
    for said in grammar.network_names.finditer(low, floor, at):  # noqa: B007
        pass
    if said is not None and said.lastgroup != "gnlc":
        return None  # "the Creative Cities Network has 350": another network's
    referred = None
    for referred in grammar.references.finditer(low, floor, found.end("verb")):  # noqa: B007
        pass
    if said is None and referred is None:
        return None
    subject = max(m.end() for m in (said, referred) if m is not None)
    between = low[subject:at].split()
    adverbs = grammar.possession_words
    tail = _words(grammar.language.code).name_tail
    if not all(word in adverbs or word in tail for word in between) and not (
        grammar.language.subject_in_the_verb and _opens_its_clause(low, at, floor, grammar)
    ):  # "La red suma ya 425", "It now counts 425"; "La red creció. Hoy cuenta con 425"
        return None  # "A rede cresceu. A cidade de Lisboa tem 545": another subject
    qualifier = _qualifier_of(found, grammar.language.qualifiers)
    if qualifier is None:
        return None
    if found["qualifier"] is not None:
        first = found.start("qualifier")
    return (first, last, Unit.MEMBER, value, qualifier, _MEMBER_ROLE, None, None)


# what may end the network's name before its verb in every language (besides each
# language's Language.name_tail_words: "... del Aprendizaje de la UNESCO")
_NAME_TAIL = frozenset({"unesco", "(gnlc)", "gnlc", "unesco,", "(gnlc),"})


def _free_share(
    found: re.Match[str], taken: list[tuple[int, int]], code: str
) -> tuple[int, int, int] | None:
    """The span and value of the number a share's match holds: not a year, not a figure
    another pass read, a count small enough for a country's share."""
    first, last = found.span("number")
    if _YEAR.fullmatch(found["number"]) or any(s < last and first < e for s, e in taken):
        return None
    value = read_number(found["number"], code)
    if not isinstance(value, int) or not 0 < value < _LARGEST_SHARE:
        return None
    return first, last, value


@cache
def _country_count_forms(
    code: str,
) -> tuple[tuple[tuple[tuple[str, ...], re.Pattern[str]], ...], re.Pattern[str]]:
    """Each verb and its number; the country before it (with an aside between them:
    "Colombia, con Medellín y Bogotá entre los primeros, suma ocho")."""
    names = alternation(list(language(code).country_names))
    number = number_pattern(code)
    qualifiers = alternation(list(language(code).qualifiers)) or "(?!)"
    words = _words(code)
    adverbs = words.having_adverbs
    families: dict[str, list[str]] = {}  # verbs by their first two letters
    for verb in language(code).having_verbs:
        families.setdefault(verb[:2], []).append(verb)
    verbs = tuple(
        (
            tuple(family),
            re.compile(
                rf"(?P<verb>{'|'.join(re.escape(v) for v in family)})"
                # "Tailandia tiene ya 13", "Thailand now has 13" (an adverb after the verb);
                # a bound: "Korea alone has more than 20", "Corea tiene más de 20"
                rf"\s+{adverbs}(?:(?P<qualifier>{qualifiers})\s+)?(?P<number>{number})"
                rf"{words.joined_end}"
            ),
        )
        for family in families.values()
    )
    # "Colombia cuenta ya con ocho, y en 2020 contaba con tres", "Portugal soma dezasseis,
    # e em 2019 contava onze": the subject of the clause before, a conjunction and a year
    # between (the subject left out of the second clause)
    conjunctions = "|".join(language(code).conjunctions) or "(?!)"
    coordinated = (
        rf"(?:\s+[^.;:!?,]{{1,60}}?,?\s+(?:{conjunctions})\s+(?:[^\W\d_]{{1,4}}\s+)?"
        rf"(?:19|20)\d\d\s*,?)?"
    )
    # "el Ecuador vecino cuenta ya con cuatro": an epithet after the name
    epithet = alternation(language(code).country_epithets)
    epithet = rf"(?:\s+(?:{epithet}))?" if epithet else ""
    subject = re.compile(
        rf"(?<![^\W\d_])(?:(?P<country>{names}){epithet}|{language(code).having_country})"
        rf"(?:,[^.;:!?]{{1,80}}?,)?{coordinated}\s+{adverbs}(?:ne\s+)?\Z"
    )
    return verbs, subject


def placed_siblings(
    low: str, phrases: Sequence[Phrase], end: int, grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    """The shares listed after a count of cities placed in a country, their unit left
    out: "Três municípios do Brasil, um de Portugal e um de Cabo Verde", "tres ciudades de
    Colombia, dos de México y una de Chile", "three cities from Brazil, two from Mexico
    and one from Chile". Each takes the first's unit and its own country (said after it
    with the language's place connectors, Grammar.country_after); the first's metric is
    theirs (lcnet.extract.metric)."""
    data = grammar.language
    if data.attached or not data.conjunctions:
        return
    tie = _sibling_tie(data.code)
    for phrase in phrases:
        if phrase.unit not in _ELIDED_UNITS or phrase.ordinal or phrase.country:
            continue
        placed = grammar.country_after.match(low, phrase.end, end)
        if placed is None:
            continue  # the common case: no place said after the figure
        at = placed.end("country")
        while True:
            # the names of a share's cities in brackets after its country: "três cidades do
            # Brasil (Leme, Recife e Curitiba), uma de Portugal (Fundão) e ..."
            named = _NAMES_IN_BRACKETS.match(low, at, end)
            found = tie.match(low, named.end() if named else at, end)
            if found is None:
                break
            one = found["number"] in data.one_words
            value = 1 if one else read_number(found["number"], data.code)
            if not isinstance(value, int) or not 0 < value < _LARGEST_SHARE:
                break
            where = grammar.country_after.match(low, found.end("number"), end)
            if where is None:
                break
            country = data.country_names[" ".join(where["country"].split())]
            roles = phrase.roles - {Role.OTHER}
            first, at = found.start("number"), where.end("country")
            yield (first, at, phrase.unit, value, Qualifier.EXACT, roles, country, None)


_NAMES_IN_BRACKETS = re.compile(r"[ \t\n]*\([^()\d]{1,120}\)")


@cache
def _sibling_tie(code: str) -> re.Pattern[str]:
    """A comma or a conjunction, then a number: "…do Brasil, um de", "…de Colombia y dos de"."""
    data = language(code)
    conjunctions = alternation(data.conjunctions)
    one = alternation(data.one_words) or "(?!)"
    return re.compile(
        rf"(?:[ \t]*,[ \t\n]*|[ \t\n]+(?:{conjunctions})[ \t\n]+)"
        rf"(?P<number>{one}|{number_pattern(code)})(?![^\W\d_])"
    )


def _ends_in_a_country(text: str, grammar: Grammar) -> str | None:
    words = text.replace(",", " ").split()
    if not words or words[-1] not in grammar.country_last_words:
        return None
    names = grammar.language.country_names
    for size in range(1, min(4, len(words)) + 1):
        name = " ".join(words[-size:])
        if name in names:
            return names[name]
        if _ARTICLE.sub("", name) in names:  # "l'arabie saoudite"
            return names[_ARTICLE.sub("", name)]
    return None


_ARTICLE = re.compile(r"^(?:l|d)['\u2019]")


def placed_joined_counts(
    low: str, phrases: Sequence[Phrase], start: int, end: int, grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    """A country's share of an intake said by the country, the verb of admission and a
    number, the noun left out: "Do Brasil foram escolhidas três: Curitiba, Leme e Recife",
    "Do Brasil foram admitidas duas, Araguaína e Passo Fundo", "De México fueron
    elegidas dos", "Dall'Italia sono state ammesse due". The number (a word or digits)
    ends its clause."""
    code = grammar.language.code
    words = grammar.language.placed_joined_words
    if not words:
        return
    if not any(occurrences(low, start, end, word) for word in words):
        return  # the common case: no such verb here (the stretch's index: no pass here)
    form = _placed_joined_form(code)
    taken = [(p.start, p.end) for p in phrases]
    data = grammar.language
    for found in form.finditer(low, start, end):
        share = _free_share(found, taken, code)
        if share is None:
            continue
        first, last, value = share
        country = data.country_names.get(" ".join(found["country"].split()))
        if country is not None:
            yield (first, last, Unit.CITY, value, Qualifier.EXACT, _NEW_ROLE, country, None)


@cache
def _placed_joined_form(code: str) -> re.Pattern[str]:
    data = language(code)
    connector, verbs = data.placed_joined_connector, data.placed_joined_verbs
    names = alternation(list(language(code).country_names))
    return re.compile(
        rf"(?<![^\W\d_]){connector}\s*(?P<country>{names}),?\s+{verbs}\s+"
        rf"(?P<number>{number_pattern(code)})(?=\s*[:,.;]|\s+(?:y|e|ed)\s)"
    )


def repeated(
    low: str, phrases: Sequence[Phrase], start: int, end: int, grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    """A figure said again by pointing back at its first saying (Language.repeat_articles,
    repeat_markers): "Ours is more like the 180 I said", "die 425, die ich genannt habe",
    "les 425 dont j'ai parlé". The number counts what the figure of the same value said
    before it in the text counts (unit, roles, country, region); a qualifier before it is
    its own ("more like": about)."""
    data = grammar.language
    triggers = _repeat_triggers(data.code)
    for index, form in enumerate(_repeat_forms(data.code)):
        if triggers[index].search(low, start, end) is not None:  # most text says none
            yield from _repeated_by(form, low, phrases, start, end, grammar)


def _repeated_by(
    form: re.Pattern[str],
    low: str,
    phrases: Sequence[Phrase],
    start: int,
    end: int,
    grammar: Grammar,
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    data = grammar.language
    for found in form.finditer(low, start, end):
        value = read_number(found["number"], data.code)
        if not isinstance(value, int) or _YEAR.fullmatch(found["number"]):
            continue
        model = next(
            (p for p in reversed(phrases)
             if p.end <= found.start() and p.value == value and p.unit in _REPEATED_UNITS
             and not p.ordinal),
            None,
        )  # fmt: skip
        said = found["qualifier"]
        qualifier = data.qualifiers.get(" ".join(said.split())) if said else Qualifier.EXACT
        if model is None or qualifier is None:
            continue
        first = found.start("qualifier") if said else found.start("number")
        yield (
            first, found.end("number"), model.unit, value, qualifier, model.roles,
            model.country, model.region,
        )  # fmt: skip


_REPEATED_UNITS = frozenset({Unit.CITY, Unit.MEMBER, Unit.COUNTRY, Unit.CITIZEN})


@cache
def _repeat_forms(code: str) -> tuple[re.Pattern[str], ...]:
    """The number pointed back at ("the 180 I said"), and the number kept to ("Stick with
    425 until UNESCO announces another round", "Bleiben Sie bei 425":
    Language.repeat_verbs): each must equal a figure said before."""
    data = language(code)
    qualifiers = alternation(list(data.qualifiers)) or "(?!)"
    number = number_pattern(code)
    forms = []
    if data.repeat_markers:
        articles = alternation(data.repeat_articles)
        markers = "|".join(data.repeat_markers)
        forms.append(re.compile(
            rf"(?<![^\W\d_])(?:(?P<qualifier>{qualifiers})\s+)?(?:{articles})\s+"
            rf"(?P<number>{number})(?![\d%]),?\s+(?:{markers})(?![^\W\d_])"
        ))  # fmt: skip
    if data.repeat_verbs:
        verbs = alternation(data.repeat_verbs)
        forms.append(re.compile(
            rf"(?<![^\W\d_])(?:{verbs})\s+(?:(?P<qualifier>{qualifiers})\s+)?"
            rf"(?P<number>{number})(?![\d%]|[.,]\d)"
        ))  # fmt: skip
    return tuple(forms)


@cache
def _repeat_triggers(code: str) -> tuple[re.Pattern[str], ...]:
    """The words each of _repeat_forms needs (its markers, its verbs), in the same order:
    a literal alternation that re scans fast, so that the forms, which open with a
    lookbehind and wide alternations, run only over text that holds one."""
    data = language(code)
    triggers = []
    if data.repeat_markers:
        triggers.append(re.compile("|".join(data.repeat_markers)))
    if data.repeat_verbs:
        triggers.append(re.compile(alternation(data.repeat_verbs)))
    return tuple(triggers)


def fitting_counts(
    low: str, start: int, end: int, grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    """A bare number that opens its sentence and is called the right one
    (Language.fitting_words): "Das ist zu hoch gegriffen. Mehr als 350 trifft es.", "425
    is closer", "Plus de 350, c'est plus juste". It counts what the unit noun said last
    before it counts (in its paragraph, or the one before it: the claim it answers)."""
    data = grammar.language
    form = _fitting_form(data.code)
    if form is None or _fitting_trigger(data.code).search(low, start, end) is None:
        return  # most text holds no word of fitting, which the form needs
    for found in form.finditer(low, start, end):
        value = read_number(found["number"], data.code)
        count = as_count(value) if value is not None else None
        if count is None or _YEAR.fullmatch(found["number"]) or not 1 < count < _MOST_ANSWERED:
            continue
        at = found.start("qualifier") if found["qualifier"] else found.start("number")
        said = _claim_before(low, at, max(start, at - _STATED_REACH), grammar)
        if said is None:
            continue
        unit = grammar.nouns[" ".join(said.group().split())][0]
        qualifier = (
            data.qualifiers.get(" ".join(found["qualifier"].split()))
            if found["qualifier"]
            else Qualifier.EXACT
        )
        if unit in _SAID_UNITS and qualifier is not None:
            yield (at, found.end("number"), unit, count, qualifier, _NO_ROLES, None, None)


def _claim_before(low: str, at: int, floor: int, grammar: Grammar) -> re.Match[str] | None:
    """The unit noun of the last figure said before `at` (in its paragraph or the one
    before: the claim a fitting number answers), right after that figure's number; None
    when the last number before counts something else ("400 Schüler")."""
    paragraph = low.rfind("\n\n", floor, at)
    if paragraph >= 0:
        before = low.rfind("\n\n", floor, paragraph)
        floor = before + 2 if before >= 0 else floor
    numbers = list(_DIGITS.finditer(low, floor, at))
    if not numbers:
        return None
    last = numbers[-1].end()
    return _unit_nouns(grammar.language.code).match(low, last, at) or _unit_nouns(
        grammar.language.code
    ).match(low, last + 1, at)


@cache
def _fitting_trigger(code: str) -> re.Pattern[str]:
    """The words of fitting alone (Language.fitting_words), as _fitting_form reads them."""
    return re.compile("|".join(language(code).fitting_words) or "(?!)", re.IGNORECASE)


@cache
def _fitting_form(code: str) -> re.Pattern[str] | None:
    data = language(code)
    if not data.fitting_words:
        return None
    qualifiers = alternation(list(data.qualifiers)) or "(?!)"
    fitting = "|".join(data.fitting_words)
    return re.compile(
        rf"(?:(?<=[.!?]\s)|(?<=\n)|\A)(?:(?P<qualifier>{qualifiers})\s+)?"
        rf"(?P<number>\d{{1,3}}(?:[.,\u00a0]\d{{3}})*),?\s+(?:{fitting})(?=\s*[.,;:!])",
        re.IGNORECASE,
    )


def answered_counts(
    low: str, start: int, end: int, grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    """A count an FAQ's answer gives, its unit in the question: "¿Cuántas ciudades
    colombianas hacen parte? Seis, tres de ellas antioqueñas", "Quantas cidades
    portuguesas fazem parte da rede? Quinze." The question's noun and demonym say what
    the number counts (cities or countries, and whose); found from the question mark.

    A question with no "how many" asks for what it names first, as a label does ("Les
    villes membres ? Quatre cent vingt-cinq", "Newcomers in the last round? There were
    72", "加盟都市の数は" and 425): it is read as a fact box's label is
    (lcnet.extract.tables.label_of). The answer may open with the words that lead one
    (Language.answer_leads: "there were", "il y en a", "son", "es sind", "答案是")."""
    form = _answer_form(grammar.language.code)
    if form is None:
        return
    for mark in _QUESTION_MARKS:
        at = low.find(mark, start, end)
        while at >= 0:
            yield from _answered_at(low, at, start, end, form, grammar)
            at = low.find(mark, at + 1, end)
    for mark in grammar.language.question_ends:  # "…のでしょうか。": at its full stop
        at = low.find(mark, start, end)
        while at >= 0:
            yield from _answered_at(low, at + len(mark) - 1, start, end, form, grammar)
            at = low.find(mark, at + 1, end)


_QUESTION_MARKS = ("?", "\uff1f")
_ANSWER_REACH = 200  # characters after a question where "the answer is" may stand


def _answer_said(low: str, start: int, end: int, grammar: Grammar) -> re.Match[str] | None:
    """The answer a sentence after a question names as one: "After the last round, the
    answer is 425" (Language.answer_words), in the first sentence after the question."""
    words = grammar.language.answer_words
    form = _answer_form(grammar.language.code)
    if not words or form is None:
        return None
    while start < end and low[start] in " \t\n\u3000*_#":
        start += 1  # the answer's paragraph, under a question in a heading
    stop = _sentence_end(low, start, min(end, start + _ANSWER_REACH))
    for word in words:
        at = low.find(word, start, stop)
        if at >= 0:
            return form.match(low, at + len(word), end)
    return None


def _answered_at(
    low: str, at: int, start: int, end: int, form: re.Pattern[str], grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    found = form.match(low, at + 1, end)
    if found is None:  # "HOST: How many cities are in it now?" / "GUEST: 425."
        found = _spoken_answer(low, at, start, end, form)
    if found is None:  # "How many cities belong to it?" over "..., the answer is 425"
        found = _answer_said(low, at + 1, end, grammar)
    question = low[max(start, at - _QUESTION_REACH) : at]
    country_asked = _asked_of_a_country(question, grammar)
    if found is None and country_asked is not None:  # "Und in Deutschland?" / "Nach
        # meiner Zählung zwei Städte": the answer's own noun agrees with what is asked
        nouns = _answer_form(grammar.language.code, nouns=True)
        if nouns is not None:  # (under its speaker's label: "ALBERS: Zwei Städte")
            found = nouns.match(low, at + 1, end) or _spoken_answer(low, at, start, end, nouns)
    if found is None:
        return
    if found["when"] is not None and not grammar.historic.search(
        low, found.start("when"), found.end("when") + 1
    ):
        return  # a time before the answer that would not date it: not read
    asked = _asked(question, grammar) or country_asked
    if asked is None:  # 'Appendix C says "over 450" members. Which figure should we use?'
        asked = _asked_of_a_doubted_figure(question, grammar)
    if asked is None and _members_in_the_answer(low, found, end, grammar):
        # "¿A cuántas personas alcanza? A cerca de 500 millones, si se suman todas las
        # ciudades miembros": the answer says whose people they are
        asked = _asked(question, grammar, people=True)
    value = read_number(found["number"], grammar.language.code) if found["number"] else 1
    count = as_count(value) if value is not None else None
    if asked is None or count is None or count <= 0:
        return
    if found["number"] and _YEAR.fullmatch(found["number"]):
        return  # "What year did it join? 2016."
    unit, country, roles = asked
    noun = found.groupdict().get("noun")
    if noun is not None:  # "日本の加盟都市は" asked, "A. 2都市です": the answer's noun agrees
        said_unit = _labelled_question(noun, grammar)
        if said_unit is None and len(noun) >= _COUNTER_SIZE:
            return
        if said_unit is not None and said_unit[0] is not unit:
            return  # (a counter of one character, "59곳", names nothing)
    said = found["qualifier"]  # "Rund 390 Millionen, so die UNESCO."
    qualifier = (
        grammar.language.qualifiers.get(" ".join(said.split())) if said else Qualifier.EXACT
    )
    number = "number" if found["number"] else "one"
    first = found.start("qualifier") if said else found.start(number)
    people = unit is Unit.CITIZEN
    if qualifier is not None and (
        _LEAST_PEOPLE <= count < _MOST_PEOPLE if people else count < _MOST_ANSWERED
    ):
        last = found.end("noun") if noun is not None else found.end(number)
        yield (first, last, unit, count, qualifier, roles, country, None)
        again = _labelled_again(low, last, end, form)
        if again is not None:  # "The short version: 425. The longer version: 425, ..."
            value = read_number(again["number"], grammar.language.code)
            if isinstance(value, int) and value == count:
                yield (again.start("number"), again.end("number"), unit, count,
                       Qualifier.EXACT, roles, country, None)  # fmt: skip


def _labelled_again(low: str, at: int, end: int, form: re.Pattern[str]) -> re.Match[str] | None:
    """The same answer given again in the next sentence, under a label of its own ("The
    longer version: 425, spread over 91 countries", "Ausführlich: 425 in 91 Staaten")."""
    stop = _AGAIN.match(low, at, end)
    if stop is None:
        return None
    found = form.match(low, stop.end(), end)
    if found is None or found["number"] is None or found["qualifier"] is not None:
        return None
    label = low[stop.end() : found.start("number")]
    return found if ":" in label and len(label) <= _AGAIN_LABEL else None


_AGAIN = re.compile(r"[.!;]\s+")  # the first answer ends its sentence
_AGAIN_LABEL = 30  # characters of the second answer's label


_QUESTION_REACH = 100  # characters before the question mark where "how many" stands


def _asked_of_a_doubted_figure(
    question: str, grammar: Grammar
) -> tuple[Unit, str | None, frozenset[Role]] | None:
    """A question of doubt (Language.doubt_questions: "Which figure should we use?", "Is
    that right?", "Stimmt das?") right after a sentence that gives a figure asks for that
    figure: the answer's bare number counts what it counts ('Appendix C says the network
    has "over 450" members. Which figure should we use?' / "A. Use 425."). The figure is a
    number with its unit noun (a qualifier or a closing quote between) ending the clause
    just before the question."""
    data = grammar.language
    if not data.doubt_questions or data.attached:
        return None
    clause = question[max((m.end() for m in _QUESTION_START.finditer(question)), default=0) :]
    said = " ".join(clause.strip(' \t\n\u00bf*_"\u201c\u00ab').split())
    if not any(said == d or said.endswith(" " + d) for d in data.doubt_questions):
        return None
    before = question[: len(question) - len(clause)].rstrip(" \t\n.!:;\"'\u201d\u00bb")
    nouns = _unit_nouns(data.code)
    noun = None
    for figure in _doubted_figure(data.code).finditer(before, max(0, len(before) - _DOUBTED_SPAN)):
        noun = nouns.match(before, figure.end()) or noun
    if noun is None or noun.end() < len(before) - _DOUBTED_TAIL:
        return None
    unit, _, roles = grammar.nouns[" ".join(noun.group().split())]
    if unit not in _ASKED_UNITS or Role.NEW in roles:
        return None
    return unit, None, frozenset(roles & {Role.MEMBER, Role.LEARNING})


@cache
def _doubted_figure(code: str) -> re.Pattern[str]:
    """A number (with its scale word: Language.scales), then at most a closing quote and
    two words before its unit noun."""
    scales = alternation(language(code).scales) or "(?!)"
    return re.compile(
        rf"\d[\d,.\u00a0]*(?:\s*[+]|\s+(?:{scales}))?"
        r"[\"'\u201c\u201d\u00bb]?\s+(?:[^\W\d_]+\s+){0,2}?(?=[^\W\d_])"
    )


def _asked_of_a_country(
    question: str, grammar: Grammar
) -> tuple[Unit, str | None, frozenset[Role]] | None:
    """A question that names a country alone after an opener (Language.country_questions:
    "And in Ireland?", "What about Ireland?", "Und in Deutschland?", "Et en France ?")
    asks for that country's cities, as the talk before asked for the network's: the
    answer counts them ("Nach meiner Zählung zwei Städte, Hamburg und Gelsenkirchen").
    Not a city ("Und in Hamburg?"), a year or anything with more words."""
    data = grammar.language
    if not data.country_questions:
        return None
    clause = question[max((m.end() for m in _QUESTION_START.finditer(question)), default=0) :]
    said = " ".join(clause.strip(' \t\n\u00bf*_"\u201c\u00ab').split())
    opener = next((o for o in data.country_questions if said.startswith(o + " ")), None)
    if opener is None or any(c.isdigit() for c in said):
        return None
    rest = said[len(opener) + 1 :]
    if len(rest.split()) > _COUNTRY_ASKED_WORDS:
        return None
    country = country_named_last(rest, 0, len(rest), grammar)
    if country is None:
        return None
    return Unit.CITY, country, _NO_ROLES


_COUNTRY_ASKED_WORDS = 4  # "in der Schweiz selbst", "the United Kingdom itself"
_DOUBTED_TAIL = 30  # characters between the figure's noun and the end of its sentence
_DOUBTED_SPAN = 80  # characters before the question where the figure may start


def _spoken_answer(
    low: str, at: int, start: int, end: int, form: re.Pattern[str]
) -> re.Match[str] | None:
    """The answer of a transcript, on the line after the question, each line opened by
    its speaker's label: "HOST: How many cities are in it now?" / "GUEST: Four hundred
    and twenty-five.", "ANIMATRICE : Combien de villes ... ?" / "INVITÉ : 425." Only
    where the question's own line opens with a speaker too (a label before a number is
    otherwise what the number counts: lcnet.extract.tables)."""
    reach = min(end, at + _SPEAKER_REACH)
    if low.find(":", at, reach) < 0 and low.find("\uff1a", at, reach) < 0:
        return None  # the common case: no label after the question
    line = low.rfind("\n", start, at) + 1
    if _SPEAKER.match(low, max(line, start), at) is None:
        return None
    said = _SPEAKER_NEXT.match(low, at + 1, end)
    return form.match(low, said.end(), end) if said is not None else None


_SPEAKER_REACH = 48  # characters after a question where its answer's speaker label ends
# a speaker's name or role, up to four words ("GUEST", "Maria Lopez", "**Director**"), a colon
_SPEAKER_LABEL = (
    r"[*_]{0,2}[^\W\d_][^\W\d_.'\u2019-]*(?:[ .'\u2019-]{1,2}[^\W\d_]+){0,3}"
    r"[*_]{0,2}[ \t\u00a0\u202f]*[:\uff1a]"
)
_SPEAKER = re.compile(rf"[ \t]*{_SPEAKER_LABEL}")
_SPEAKER_NEXT = re.compile(
    rf"[ \t\u00a0\u00bb\"\u201d]*\n(?:[ \t]*\n)?[ \t]*{_SPEAKER_LABEL}"
    r"[ \t\u00a0]*[\u00ab\"\u201c]?[ \t\u00a0]*"
)
_MOST_ANSWERED = 1000
# "¿Cuántas personas viven en las ciudades de la red? Casi 500 millones": the people of
# the network's cities, never a town's ("¿Cuántos habitantes tiene Chía? 150.000")
_LEAST_PEOPLE = 10_000_000
_MOST_PEOPLE = 10_000_000_000


def _members_in_the_answer(low: str, found: re.Match[str], end: int, grammar: Grammar) -> bool:
    """Whether the rest of the answer's sentence names the network's member cities."""
    stop = _sentence_end(low, found.end(), min(end, found.end() + _ANSWER_REACH))
    nouns = _unit_nouns(grammar.language.code).finditer(low, found.end(), stop)
    units = {grammar.nouns[" ".join(m.group().split())][0] for m in nouns}
    data = grammar.language
    members = [w for w, r in (*data.modifiers_before.items(), *data.modifiers_after.items())
               if r is Role.MEMBER]  # fmt: skip
    said = low[found.end() : stop]
    return Unit.MEMBER in units or (
        Unit.CITY in units and any(re.search(rf"(?<!\w){re.escape(w)}", said) for w in members)
    )


def _asked(
    question: str, grammar: Grammar, *, people: bool = False
) -> tuple[Unit, str | None, frozenset[Role]] | None:
    """The unit, country and roles a question asks about, or None: the noun right after
    its "how many" (Language.how_many; a demonym, a modifier or "of" may stand between:
    "how many years" asks for none), or, with no "how many", the noun a short question
    opens with, read as a label ("Les villes membres ?", "Neue Städte in der Runde
    2025?", "회원 도시 수는?")."""
    data = grammar.language
    how = _how_many(data.code)
    asks = list(how.finditer(question)) if how is not None else []
    if not asks:
        return _asked_size(question, grammar) or _labelled_question(question, grammar)
    found = asks[-1]
    if data.attached:  # "회원 도시는 몇 곳", "有多少个成员城市": the noun before or after
        return _asked_touching(question, found, grammar)
    after = question[found.end() :]
    noun = _unit_nouns(data.code).search(after)
    if noun is None:
        return _asked_intake(after, grammar)
    between = [_ELISION.sub("", w) for w in after[: noun.start()].split()]
    demonyms = data.demonyms
    if len(between) > _ASKED_WORDS or not all(
        w in data.ask_links
        or w in demonyms
        or w in data.modifiers_before
        or _asked_link(w, data.code)
        for w in between
    ):
        return None  # "how many years", "combien d'années", "wie viele Schulen"
    unit = grammar.nouns[" ".join(noun.group().split())][0]
    if unit is Unit.CITIZEN:  # of the network's cities, the question says ("the
        # network's cities", "in diesen Städten": its cities' noun after the people)
        network = _asked_of_network(data.code)
        said = network is not None and network.search(after) is not None
        cities = any(
            grammar.nouns[" ".join(m.group().split())][0] in (Unit.CITY, Unit.MEMBER)
            for m in _unit_nouns(data.code).finditer(after, noun.end())
        )
        return (unit, None, _NO_ROLES) if said or cities or people else None
    if unit not in (Unit.CITY, Unit.MEMBER, Unit.COUNTRY):
        return None
    next_words = after[noun.end() :].split()[:1]
    country = demonyms.get(next_words[0]) if next_words else None
    for word in between:  # "Wie viele Schweizer Städte", "How many Thai cities"
        country = country or demonyms.get(word)
    if country is None and unit is not Unit.COUNTRY:  # "Việt Nam có bao nhiêu thành phố"
        # (in the question's own clause: "... a décima quinta portuguesa.\n\nQuantas
        # cidades entraram?" asks of no country)
        opened = max((m.end() for m in _QUESTION_START.finditer(question)), default=0)
        country = country_named_last(question, opened, len(question), grammar)
    roles = frozenset(r for w in between if (r := data.modifiers_before.get(w)) is not None)
    kinds = {cue.lastgroup for cue in grammar.cues.finditer(after, noun.end())}
    if unit is Unit.COUNTRY and "first_time" in kinds:
        # "¿Cuántos países se sumaron por primera vez? Trece": the question's cue after
        # its noun says what the countries are, as a cue after a count does
        roles = roles | {Role.FIRST_TIME}
    return unit, country, roles


def _asked_size(
    question: str, grammar: Grammar
) -> tuple[Unit, str | None, frozenset[Role]] | None:
    """ "How big is the network now?", "mạng lưới bây giờ lớn đến đâu?": a question of the
    network's size (Language.size_questions) that refers to it asks for its members."""
    forms = _size_forms(grammar.language.code)
    if forms is None:
        return None
    size, network = forms
    clause = question[max((m.end() for m in _QUESTION_START.finditer(question)), default=0) :]
    if size.search(clause) is None or network.search(clause) is None:
        return None
    return Unit.CITY, None, frozenset({Role.MEMBER})


@cache
def _size_forms(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    data = language(code)
    if not data.size_questions or not data.network_references:
        return None
    network = "|".join(f"(?:{r})" for r in data.network_references)
    return re.compile(data.size_questions), re.compile(network)


_ASKED_WORDS = 4  # words between "how many" and its noun: "combien y a-t-il aujourd'hui de"


@cache
def _asked_links(code: str) -> tuple[frozenset[str], re.Pattern[str]]:
    data = language(code)
    words = frozenset(w for w in (*data.copulas, *data.plural_articles) if " " not in w)
    return words, re.compile(rf"(?:{'|'.join(data.answer_nows) or '(?!)'})")


def _asked_link(word: str, code: str) -> bool:
    """Whether a word between "how many" and its noun is a copula, a plural article or a
    word of now: "Quante sono oggi le città della rete?", "¿Cuántas son hoy las
    ciudades?", "Quantas são hoje as cidades?" ask for the cities as "how many cities"
    does (an answer of a bare number then counts them)."""
    words, nows = _asked_links(code)
    return word in words or nows.fullmatch(word) is not None


def _asked_intake(after: str, grammar: Grammar) -> tuple[Unit, str | None, frozenset[Role]] | None:
    """ "How many joined in 2024?", "Combien ont rejoint le réseau ?", "Quante sono
    entrate?": a "how many" whose verb of joining follows it with no noun (short words,
    an auxiliary, a year between) asks for an intake's members."""
    cue = grammar.cues.search(after, 0, _INTAKE_ASKED)
    if cue is None or cue.lastgroup != "intake":
        return None
    if any(len(w) >= _CONTENT_WORD and not w.isdigit() for w in after[: cue.start()].split()):
        return None  # "how many schools joined": a noun of its own
    return Unit.MEMBER, None, _NEW_ROLES


_INTAKE_ASKED = 30  # characters after "how many" where its verb of joining may start
_CONTENT_WORD = 5  # letters of a word that may be a noun (not "ont", "sono", "have")
_NEW_ROLES = frozenset({Role.NEW, Role.MEMBER})


def _asked_touching(
    question: str, how: re.Match[str], grammar: Grammar
) -> tuple[Unit, str | None, frozenset[Role]] | None:
    """Where words touch, the noun a "how many" asks about stands before it (ja, ko:
    "회원 도시는 몇 곳", "加盟都市はいくつ") or after its counter (zh: "有多少个成员城市");
    a one-character unit right after it is its counter ("몇 곳"), which names nothing."""
    clause = question[max((m.end() for m in _QUESTION_START.finditer(question)), default=0) :]
    at = how.start() - (len(question) - len(clause))
    before, after = clause[: max(0, at)], clause[max(0, at) + len(how.group()) :]
    units = _unit_nouns(grammar.language.code)
    # (a unit of one character before is a country's name's: "中国有多少个成员城市" asks for
    # China's member cities, not for countries)
    if any(len(u.group()) >= _COUNTER_SIZE for u in units.finditer(before)):
        return _labelled_question(before, grammar)
    inner = units.search(how.group())
    if inner is not None and len(inner.group()) >= _COUNTER_SIZE:
        return _labelled_question(inner.group(), grammar)  # "何都市が加盟", "何か国から"
    after = after.strip()
    for linker in grammar.language.unit_linkers:
        after = after.removeprefix(linker)
    noun = units.match(after)
    if noun is None or len(noun.group()) < _COUNTER_SIZE:
        return None
    asked = _labelled_question(after, grammar)
    if asked is None or asked[1] is not None or not before.strip():
        return asked
    # the country the words before name: "中国有多少个成员城市" (China's), "韩国目前有"
    whose = _labelled_question(before.strip() + after, grammar)
    return whose if whose is not None and whose[0] is asked[0] else asked


_COUNTER_SIZE = 2  # a unit of one character right after "how many" is its counter


_ELISION = re.compile(r"^(?:d|l)['\u2019]")
_QUESTION_START = re.compile(r"[.!?\n\u3002\uff01\uff1f;:\u00bf]")
_LABEL_QUESTION = range(2, 51)  # characters of a question read as a label
_OPENING_WORDS = 3  # words before the noun a question read as a label opens with


def _labelled_question(
    question: str, grammar: Grammar
) -> tuple[Unit, str | None, frozenset[Role]] | None:
    """The unit of a short question that opens with its noun, read as a label."""
    from lcnet.extract.tables import label_of

    clause = question[max((m.end() for m in _QUESTION_START.finditer(question)), default=0) :]
    clause = clause.strip(" \t*_\u00bf\u3000-\u2013\u2014")
    if len(clause) not in _LABEL_QUESTION or any(c.isdigit() for c in clause[:12]):
        return None
    data = grammar.language
    if not data.attached:
        words = clause.split()
        if words and (
            words[0] in data.question_words or " ".join(words[:2]) in data.question_words
        ):
            return None  # "¿Qué ciudades colombianas hacen parte?": names, not a count
        opening = " ".join(words[: _OPENING_WORDS + 1])
        if _unit_nouns(data.code).search(opening) is None:
            return None
    described = label_of(clause, grammar)
    if described is None or described[0] not in _ASKED_UNITS:
        return None
    unit, roles, country, _ = described
    return unit, country, roles


_ASKED_UNITS = frozenset({Unit.CITY, Unit.MEMBER, Unit.COUNTRY, Unit.CITIZEN})


@cache
def _how_many(code: str) -> re.Pattern[str] | None:
    data = language(code)
    if not data.how_many:
        return None
    if data.attached:
        return re.compile(rf"(?:{data.how_many})")
    return re.compile(rf"(?<!\w)(?:{data.how_many})(?!\w)")


@cache
def _asked_of_network(code: str) -> re.Pattern[str] | None:
    """The words that make a question's people the network's (Language.asked_of_network)."""
    words = language(code).asked_of_network
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)") if words else None


@cache
def _answer_form(code: str, nouns: bool = False) -> re.Pattern[str] | None:
    """How an answer gives its number; with `nouns`, also with its own unit noun after it
    where words are spaced ("Und in Deutschland?" / "Nach meiner Zählung zwei Städte")."""
    data = language(code)
    if not data.how_many:
        return None
    source = data.answer_sources or "(?!)"
    qualifiers = alternation(list(data.qualifiers)) or "(?!)"
    gap = r"\s*" if data.attached else r"\s+"
    leads = alternation(data.answer_leads)
    # (a label and a lead: "A. Use 425", a comma after it: "Soweit ich weiß, drei"; after
    # "no", the figure that holds: "Is that right? No, the correct figure is 425",
    # "Stimmt das? Nein, richtig ist 425")
    no = alternation(data.answer_no)
    refused = rf"(?:(?:{no})\s*[,.;:!\u2014\u2013]\s*)?" if no else ""
    lead = rf"{refused}(?:(?:{leads}),?{gap}){{0,2}}" if leads else ""
    counter = rf"(?:{alternation(data.unit_linkers)})?" if data.attached else ""
    if data.attached:  # "A. 2都市です", "답: 59곳입니다": the answer's own unit noun
        counter += rf"(?:\s*(?P<noun>{_unit_nouns(code).pattern}))?"
    elif nouns:
        counter = rf"(?:\s+(?P<noun>{_unit_nouns(code).pattern}))?"
    just = alternation(data.answer_just) or "(?!)"
    ones = alternation(data.answer_ones) or "(?!)"
    only = alternation(data.answer_only) or "(?!)"
    nows = "|".join(data.answer_nows) or "(?!)"
    # "As of September 2022, 294", "Tính đến tháng 9/2022 là 294", "Stand 2022: 294":
    # the time of the answer before it, a year its last word, then a comma, a colon or
    # a word that leads an answer (its date is read afterwards as any figure's is)
    # the answer's own label may open it: "Đáp: Tính đến tháng 9/2022 là 294"
    # a day and its month may stand before the year: "anunciada el 4 de diciembre de 2025"
    labels = alternation(w for w in data.answer_leads if w.endswith(":"))
    when = (
        rf"(?:(?:{labels})\s*)?"
        rf"(?P<when>[^,.;:!?\n\d]{{0,48}}?(?:\d{{1,2}}\w{{0,2}}(?:\s+[^\W\d]+){{1,3}}\s+"
        rf"|\d{{1,2}}[/.])?(?:19|20)\d\d(?!\d))"
        rf"(?:\s*[,:]\s*|\s+(?=(?:{leads})\s))"
        if labels and not data.attached
        else "(?P<when>(?!))"
    )
    openers = data.answer_openers
    ends = alternation(data.answer_ends) or "(?!)"
    return re.compile(
        # (a definition list's term and its description are read as "...? : Eine"; an
        # interview's turns opened by a hyphen: "- Việt Nam có bao nhiêu thành viên?\n- Sáu")
        r"[*_\s\u3000]*(?::\s+)?(?:(?:[\u2015\u2014\u2013]+|-(?=\s))\s*)?(?:</?\w+[^>]*>\s*)*"
        rf"{openers}(?:(?:{source})\s+[^,.;:!?\n]{{1,40}},\s*|{when})?{lead}"
        rf"(?:(?P<qualifier>{qualifiers}){gap})?"
        rf"(?:(?:{just})\s+)?"  # "Just one: Lausanne", "Nur eine: Lausanne"
        rf"(?:(?P<number>{number_pattern(code)})"
        # "Eine einzige: Lausanne", "Just one: Lausanne": the article as the number
        rf"|(?P<one>{ones})(?=\s+(?:{only})\b))"
        rf"(?:\s+(?:{only}))?{counter}"
        # the answer ends its sentence, or a place, a time or "today" follows it
        rf"(?=\s*[,.;:!\u3001\uff0c\u3002]|\s*$|{_words(code).stated_end}|\s+(?:{nows})(?!\w)"
        rf"|(?:{ends})[\u3002.!])",
        re.MULTILINE,
    )


def stated_totals(
    low: str, start: int, end: int, grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    """A total said by a noun of counting, its unit the one said last before it: "a
    network of 229 cities ... 229 was the figure at the time", "indicava 14 cidades
    portuguesas e um total de 229 na rede", "the 92nd country? No, the count is 91",
    "la rete tocca quota 356". The number ends its clause; the unit noun said last in its
    paragraph (at most _STATED_REACH before) says what it counts, and it is of a size the
    network's members (or countries) have had: read as the network's total, whose it is
    decided afterwards as for any figure (only where a network is named in the stretch)."""
    code = grammar.language.code
    forms = _stated_forms(code)
    if forms is None:
        return
    yield from _linked_labels(low, start, end, grammar)
    yield from _people_scaled(low, start, end, grammar)
    matches = _stated_matches(low, start, end, forms, grammar.language.stated_keys)
    nows = _now_matches(low, start, end, grammar)
    if not (matches or nows):
        return  # the common case: no noun of counting or word of "now" before a number
    if not grammar.network_finder.search(low, start, end):
        # no network named: only a count that updates a figure said just before ("115
        # Mitglieder aus 28 Ländern. Inzwischen dürften es um die 180 sein"), whose it
        # is decided afterwards as that figure's is
        matches = [m for m in nows if _figure_said_before(low, m.start(), start, grammar)]
    else:
        matches += nows
    for found in matches:
        value = read_number(found["number"], grammar.language.code)
        if not isinstance(value, int) or _YEAR.fullmatch(found["number"]):
            continue
        said = unit_said_before(low, found.start(), start, grammar)
        if said is Unit.COUNTRY and value in _COUNTRY_TOTALS:
            unit, roles = Unit.COUNTRY, _NO_ROLES
        elif said is not None and value in _TOTALS:
            unit, roles = Unit.MEMBER, _MEMBER_ROLE
        else:
            continue
        first, qualifier = _qualified(found, grammar)
        yield (first, found.end("number"), unit, value, qualifier, roles, None, None)


def _people_scaled(
    low: str, start: int, end: int, grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    """A count of people said by its scale alone, its noun the people said just before:
    "den Menschen in seinen Mitgliedsstädten - zusammen rund 390 Millionen -", "close to
    500 million residents. Older leaflets still say 390 million", "les habitants de ses
    villes membres, quelque 390 millions au total". The people's noun stands at most
    _PEOPLE_REACH before in the paragraph, no number, money noun or country between; the
    number closes its clause ("in all", "of them" at most after it)."""
    data = grammar.language
    if data.attached:
        return
    forms = _people_forms(data.code)
    if forms is None:
        return
    scales, after = forms
    for key in scales:
        for at in occurrences(low, start, end, key):
            stop = at + len(key)
            if low[stop : stop + 1].isalpha():
                continue  # "million" in "millions": that word's own
            if after.match(low, stop, end) is None:
                continue  # a noun of its own after it ("390 Millionen Menschen", "390
                # million euros"): most scale words, tested first (a match, not a search)
            head = _SCALED_HEAD.search(low, max(start, at - _SCALED_BEFORE), at)
            if head is None:
                continue  # no digits before it
            value = read_number(low[head.start() : stop], data.code)
            count = as_count(value) if value is not None else None
            if count is None or not _LEAST_PEOPLE <= count < _MOST_PEOPLE:
                continue
            if not _people_said_before(low, head.start(), start, grammar):
                continue
            first, qualifier = head.start(), Qualifier.EXACT
            words = low[max(start, first - _SCALED_BEFORE) : first].split()
            for size in (3, 2, 1):  # "rund 390 Millionen", "close to 500 million"
                said = " ".join(words[-size:])
                if len(words) >= size and said in data.qualifiers:
                    first, qualifier = low.rfind(words[-size], start, first), data.qualifiers[said]
                    break
            yield (first, stop, Unit.CITIZEN, count, qualifier, _NO_ROLES, None, None)


# the digits of a count of people right before its scale word: "390 ", "1,4 ", "1.4 "
# (led by its first digit, the lookbehind after it: re skips to digits in C instead of
# trying the lookbehind at each character of the window)
_SCALED_HEAD = re.compile(r"\d(?<![\w.,]\d)\d{0,2}(?:[.,]\d{1,3})?[ \t\u00a0\u202f]+\Z")
_SCALED_BEFORE = 40  # characters before a scale word where its number and qualifier start
_PEOPLE_REACH = 120  # characters before a count of people where their noun may be said


def _people_said_before(low: str, at: int, start: int, grammar: Grammar) -> bool:
    """Whether a noun of people stands last among the people nouns said before `at` in
    its paragraph (within _PEOPLE_REACH), with no number, money noun or country between."""
    reach = max(start, at - _PEOPLE_REACH)
    floor, _ = _last_unit_noun(low, at, reach, grammar)
    asked = low[reach:floor].rstrip()
    if asked.endswith(_QUESTION_MARKS):  # the answer's paragraph under its question's:
        # "Wie viele Menschen leben dort?" / "Knapp 400 Millionen. Die UNESCO ... 390"
        floor = max(reach, low.rfind("\n\n", reach, reach + len(asked)) + 2)
    people = None
    for said in _unit_nouns(grammar.language.code).finditer(low, floor, at):
        if grammar.nouns[" ".join(said.group().split())][0] is Unit.CITIZEN:
            people = said
    if people is None:
        return False
    data = grammar.language
    # (another count of people said by its scale may stand between: "Wie viele Menschen
    # ...? Knapp 400 Millionen. Die UNESCO selbst spricht von 390 Millionen")
    between = _scaled_people(data.code).sub(" ", low[people.end() : at])
    if _DIGITS.search(between) or (
        data.money_nouns and money_words(data.money_nouns).search(between) is not None
    ):
        return False
    return country_named_last(low, people.end(), at, grammar) is None


@cache
def _scaled_people(code: str) -> re.Pattern[str]:
    """A number said by its scale, no noun after it ("400 Millionen.", "500 million,")."""
    scales = alternation(k for k, v in language(code).scales.items() if v >= _MILLION)
    return re.compile(rf"\d[\d.,]*\s*(?:{scales or '(?!)'})(?=[ \t]*[,.;:!?)]|\n|\Z)")


@cache
def _people_forms(code: str) -> tuple[tuple[str, ...], re.Pattern[str]] | None:
    data = language(code)
    scales = tuple(k for k, v in data.scales.items() if v >= _MILLION and k.isalpha())
    if not scales:
        return None
    tail = alternation([*data.in_all, *data.pronoun_parts]) or "(?!)"
    return (
        scales,
        re.compile(rf"(?:\s+(?:{tail}))?[ \t]*(?:[,.;:!?)\u2013\u2014]|\s-\s|\n|\Z)"),
    )


_MILLION = 10**6


def _linked_labels(
    low: str, start: int, end: int, grammar: Grammar
) -> Iterator[tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]]:
    """A count whose sentence opens with its noun, read as a fact box's label, the words
    of Language.label_links between them: "Mitglieder sind es deutlich weniger als 200",
    "Des villes membres, il y en a 425". Only adverbs of having (possession words) may
    stand between the link and the number, which closes its clause."""
    from lcnet.extract.tables import label_of

    data = grammar.language
    if not data.label_links or data.attached:
        return
    form = _linked_form(data.code)
    for link in data.label_links:  # the stretch's index (occurrences): no pass here
        for at in occurrences(low, start, end, f" {link}"):
            after = at + len(link) + 1  # a space or a line break after the link
            found = form.match(low, after + 1, end) if low[after : after + 1].isspace() else None
            floor = max(start, at - _LABEL_QUESTION.stop)
            opening = max(floor, *(low.rfind(m, floor, at) + 1 for m in _OPENS))
            label = low[opening:at].strip(" \t*_,")
            if (
                found is not None
                and len(label) in _LABEL_QUESTION
                and not any(c.isdigit() for c in label)
                and all(w in grammar.possession_words for w in found["between"].split())
            ):
                described = label_of(label, grammar)
                value = read_number(found["number"], data.code)
                count = as_count(value) if value is not None else None
                if described is not None and described[0] in _ASKED_UNITS and count:
                    unit, roles, country, region = described
                    people = unit is Unit.CITIZEN
                    if not _YEAR.fullmatch(found["number"]) and (
                        _LEAST_PEOPLE <= count < _MOST_PEOPLE if people else count < _MOST_ANSWERED
                    ):
                        first, qualifier = _qualified(found, grammar)
                        yield (first, found.end("number"), unit, count, qualifier, roles,
                               country, region)  # fmt: skip


@cache
def _linked_form(code: str) -> re.Pattern[str]:
    data = language(code)
    qualifiers = alternation(list(data.qualifiers)) or "(?!)"
    # the number closes its sentence or clause, "in all" or "today" at most after it
    # ("Ciudades hay 300 en la provincia": a place's)
    tail = alternation([*data.in_all, *data.answer_nows]) or "(?!)"
    return re.compile(
        rf"\s*(?P<between>(?:[^\W\d_]+\s+){{0,2}}?)(?:(?P<qualifier>{qualifiers})\s+)?"
        rf"(?P<number>{number_pattern(code)})(?:\s+(?:{tail}))?"
        r"(?=[ \t]*(?:[,.;:!?)\]\u00bb\"\u201d]|\n|\Z))"
    )


def _now_matches(low: str, start: int, end: int, grammar: Grammar) -> list[re.Match[str]]:
    """The bare counts after a word of "now" and a verb of being (Language.now_totals):
    "115 Mitglieder aus 28 Ländern. Inzwischen dürften es um die 180 sein", "có thêm 72
    thành phố, giờ là 425", found from the word of "now" (str.find), each only where the
    sentence before it ends on its unit noun, bar a few words with no plural among them
    (_last_said: after "the school has many pupils", "today there are 300" counts them)."""
    forms = _now_forms(grammar.language.code)
    found: list[re.Match[str]] = []
    for key, patterns in forms:
        for at in occurrences(low, start, end, key):
            floor = max(start, at - _NOW_BEFORE)
            stop = min(end, at + _NOW_AFTER)
            for pattern in patterns:
                match = pattern.search(low, floor, stop)
                if match is None or (match.end() >= stop and stop < end):
                    continue  # none, or one the window's end made (its number cut)
                if match.start() <= at and _last_said(
                    low, match.start(), start, grammar.language.code
                ):
                    found.append(match)
                    break
    return found


_NOW_BEFORE = 24  # characters before a word of "now" where its form may start ("es sind")
_NOW_AFTER = 120  # characters after it where its number ends


def _figure_said_before(low: str, at: int, start: int, grammar: Grammar) -> bool:
    """Whether the unit noun said last before `at` in its paragraph has a number of its
    own right before it ("115 Mitglieder aus 28 Ländern": a figure)."""
    _, said = _last_unit_noun(low, at, max(start, at - _STATED_REACH), grammar)
    return (
        said is not None
        and _DIGITS.search(low, max(start, said.start() - 4), said.start()) is not None
    )


@cache
def _now_forms(code: str) -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    data = language(code)
    if not data.now_totals:
        return ()
    qualifiers = alternation(list(data.qualifiers)) or "(?!)"
    counted = rf"(?:(?P<qualifier>{qualifiers})\s+)?(?P<number>{number_pattern(code)})"
    forms = []
    for key, fragments in data.now_totals.items():
        patterns = []
        for fragment in fragments:
            form = spaced(fragment)
            if "{n}" in form:  # "dürften es um die 180 sein": words after the number
                form = form.replace("{n}", counted) + r"(?![^\W\d_])"
            else:
                form = rf"{form},?\s+{counted}{_words(code).stated_end}"
            patterns.append(letter_led(r"^\W\d_", form))  # skipped to in C (#14)
        forms.append((key, tuple(patterns)))
    return tuple(forms)


def _last_unit_noun(
    low: str, at: int, floor: int, grammar: Grammar
) -> tuple[int, re.Match[str] | None]:
    """Where the stretch before `at` starts (`floor`, or the start of the paragraph of
    `at` if later) and the unit noun said last in it."""
    paragraph = low.rfind("\n\n", floor, at)
    floor = paragraph + 2 if paragraph >= 0 else floor
    said = None
    for said in _unit_nouns(grammar.language.code).finditer(low, floor, at):  # noqa: B007
        pass
    return floor, said


def unit_said_before(low: str, at: int, start: int, grammar: Grammar) -> Unit | None:
    """The unit of the unit noun said last before `at` in its paragraph (at most
    _STATED_REACH before): what a count whose own noun is left out counts ("the count is
    91" after "46 countries"), if it is cities, members or countries; else None."""
    _, said = _last_unit_noun(low, at, max(start, at - _STATED_REACH), grammar)
    if said is None:
        return None
    unit = grammar.nouns[" ".join(said.group().split())][0]
    return unit if unit in _SAID_UNITS else None


_SAID_UNITS = frozenset({Unit.CITY, Unit.MEMBER, Unit.COUNTRY})
_NO_ROLES: frozenset[Role] = frozenset()
_MEMBER_ROLE = frozenset({Role.MEMBER})


_STATED_REACH = 200  # characters before a stated total where its unit may be said
# the network's countries: 28 in 2016, 91 in 2025; its members never fewer than 115
_COUNTRY_TOTALS = range(28, 115)


class _StatedForms(NamedTuple):
    before: re.Pattern[str] | None  # the words before the noun, up to it
    noun: re.Pattern[str]  # the noun, its verb and the number, matched at the noun
    after: re.Pattern[str] | None  # "229 was the figure", searched before its noun


@cache
def _stated_forms(code: str) -> _StatedForms | None:
    data = language(code)
    if not data.stated_nouns:
        return None
    before, noun = data.stated_determiners, data.stated_nouns
    number = number_pattern(code)
    qualifiers = alternation(list(data.qualifiers))
    qualifier = rf"(?:(?P<qualifier>{qualifiers})\s+)?" if qualifiers else ""
    after = data.stated_after
    if data.attached:  # "總數則是294個", "정확한 수는 356개입니다": a counter, then the end
        counter = alternation([*data.unit_linkers, *data.stated_counters])
        ends = f"|{data.stated_ends}" if data.stated_ends else ""
        return _StatedForms(
            None,
            re.compile(
                rf"(?:{noun})\s*(?P<qualifier>)(?P<number>{number})(?:{counter})?"
                rf"(?=[\s,.;:!?\u3001\uff0c\u3002\uff09)\u300d]|\Z{ends})"
            ),
            None,
        )
    return _StatedForms(
        re.compile(rf"(?<![^\W\d_])(?:{spaced(before)})\s+\Z") if before else None,
        re.compile(
            rf"(?:{spaced(noun)})\s+{qualifier}(?P<number>{number}){_words(code).stated_end}"
        ),
        re.compile(
            rf"(?:(?<=[.;:,]\s)|(?<=\bthat\s))(?P<qualifier>)(?P<number>{number})"
            rf"{spaced(after)}(?![^\W\d_])"
        )
        if after
        else None,
    )


def _stated_matches(
    low: str, start: int, end: int, forms: _StatedForms, keys: tuple[str, ...]
) -> list[re.Match[str]]:
    """The matches of the forms, found from their words by str.find, in order."""
    found: dict[int, re.Match[str]] = {}
    for key in keys:
        for at in occurrences(low, start, end, key):
            match = forms.noun.match(low, at, end)
            if match is not None and (
                forms.before is None
                or forms.before.search(low, max(start, at - _WORDS_BEFORE), at) is not None
            ):
                found.setdefault(at, match)
            elif forms.after is not None and match is None:  # "229 was the figure"
                floor = max(start, at - _NUMBER_BEFORE)
                match = forms.after.search(low, floor, min(end, at + len(key)))
                if match is not None and match.end() == at + len(key):
                    found.setdefault(match.start(), match)
    return [found[at] for at in sorted(found)]


_WORDS_BEFORE = 30  # characters before a noun of counting where its determiner may start
_NUMBER_BEFORE = 60  # characters before "figure" where "229 was the" may start


@cache
def _unit_nouns(code: str) -> re.Pattern[str]:
    from lcnet.extract.grammar import grammar

    said = grammar(code)
    nouns = alternation(said.nouns)
    if said.language.attached:  # "회원도시", "城市": a unit may touch the word before it
        return re.compile(rf"(?:{nouns})")
    return re.compile(rf"(?<![^\W\d_])(?:{nouns})(?![^\W\d_])")


class _Words(NamedTuple):
    """A language's words this module reads (Language fields), compiled once per language."""

    # "and 12 of them are African": a part of the figure before, not a figure of its kind
    part: re.Pattern[str]
    part_said: re.Pattern[str]  # its words, found faster
    # "46 pays, dont 13 qui n'avaient jusque-là aucune ville": the part's word before it
    part_before: re.Pattern[str]
    # "Of the 425 cities, 72 joined": a whole that opens its sentence, whose part follows
    # the comma; the verb after the part is the part's, not the whole's
    whole: re.Pattern[str]
    elided_ends: str  # what may follow an elided count's number: its clause's end, or words
    network_place: re.Pattern[str]  # "en la red", "na rede", "nella rete"
    of_them: str  # "seize d'entre elles", "12 of them": before a part's place
    cities_pronoun: re.Pattern[str]  # ... the pronouns that can only be the cities'
    joined_end: str  # what may follow a bare count's number: a mark, or a word
    name_tail: frozenset[str]  # what may end the network's name before its verb
    having_adverbs: str  # "Tailandia tiene ya 13", "Thailand now has 13"
    stated_end: str  # what a stated total ends with: its clause, or a place or a time


@cache
def _words(code: str) -> _Words:
    data = language(code)
    part = "|".join(data.part_words) or "(?!)"
    part_before = "|".join(data.part_before_words) or "(?!)"
    whole = "|".join(data.whole_openers) or "(?!)"
    cities = "|".join(data.of_them_cities)
    joined = "|".join(data.joined_ends)
    stated = "|".join(data.stated_followers)
    adverbs = "|".join(data.having_adverbs)
    return _Words(
        part=re.compile(rf"\s*(?:{part})"),
        part_said=re.compile(part),
        part_before=re.compile(rf"(?<!\w)(?:{part_before})\s+"),
        whole=re.compile(rf"(?:\A|[\n.!?;:\-*\u2022])\s*(?:{whole})\s+\Z"),
        elided_ends=r"(?=\s*(?:[,.;:!?)\]]|\Z|\n)"
        + (rf"|\s+(?:{'|'.join(data.elided_ends)})\s" if data.elided_ends else "")
        + ")",
        network_place=re.compile(rf"\s+(?P<word>{'|'.join(data.network_places) or '(?!)'})\s+"),
        of_them="|".join((*data.of_them_cities, *data.of_them_others)) or "(?!)",
        cities_pronoun=re.compile(rf"(?:{cities or '(?!)'})\Z"),
        joined_end=r"(?=[ \t]*(?:[.,;:)\u2014\u2013]|\n|\Z)"
        + (rf"|[ \t]+(?:{joined})(?![^\W\d_])" if joined else "")
        + ")",
        name_tail=_NAME_TAIL | frozenset(data.name_tail_words),
        having_adverbs=rf"(?:(?:{adverbs})\s+)?" if adverbs else "",
        stated_end=r"(?=[ \t]*(?:[,.;:!?)\]\u00bb\"\u201d]|\n|\Z)"
        + (rf"|\s+(?:{stated})\s" if stated else "")
        + ")",
    )
