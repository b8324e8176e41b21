"""Counts and ranks of a country's cities whose unit noun is left out, the country's
adjective standing for it: "le italiane sono otto", "les ivoiriennes sont donc deux",
the subject after the number too ("Son ya nueve las colombianas")
(the adjective is the subject, no scope said: lcnet.extract.newcomers reads "Le
italiane nella rete sono nove"), "una delle sei italiane", "l'une des cinq françaises"
(a part of the country's count), and a rank that continues the rank of cities before
it in its sentence: "la settima città italiana ad aderire, il borgo longobardo
l'ottava" (a rank with its country after it, "è la terza in Italia", is
lcnet.extract.newcomers' too). Their metric and date are read afterwards as any
figure's are (lcnet.extract.metric, lcnet.extract.historic).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from lcnet.dates import PartialDate
from lcnet.extract.lang import Attributes, Role, Unit, language
from lcnet.extract.numbers import alternation, number_pattern, read_number
from lcnet.extract.occurrences import occurrences
from lcnet.model import Qualifier

if TYPE_CHECKING:
    from lcnet.extract.grammar import Grammar
    from lcnet.extract.phrase import Phrase

# (start, end, unit, value, qualifier, roles, country, region, ordinal, trailing)
Alone = tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None, bool, bool]

_WORD = r"[^\W\d_][\w\u2019'-]*"
_NO_ROLES: frozenset[Role] = frozenset()
_RANK_REACH = 160  # characters after a rank of cities where a rank that continues it may be
_SUBJECT_REACH = 40  # characters before a verb where its article and adjective stand
_MOST = 100  # a rank or a part larger than this is no country's count


class _Forms(NamedTuple):
    subject: re.Pattern[str] | None  # "le italiane sono otto": from the verb on
    subject_before: re.Pattern[str] | None  # "le italiane": before the verb, at its end
    part: re.Pattern[str] | None  # "una delle sei italiane": from "una delle" on
    one_of: tuple[str, ...]
    rank: re.Pattern[str] | None  # "l'ottava", standing alone
    # "Son ya nueve las colombianas": from the verb on, the subject after the number
    inverted: re.Pattern[str] | None = None
    # "la séptima mexicana", "la séptima de México": a rank's country right after it
    rank_place: re.Pattern[str] | None = None
    # "la nona italiana ad entrare nella rete", "la neuvième française du réseau": a rank
    # whose noun the country's adjective stands for, and the network or a verb of joining
    # in the clause after it (not "la nona italiana per numero di abitanti")
    rank_demonym: re.Pattern[str] | None = None
    membership: re.Pattern[str] | None = None


def adjectival(
    low: str, start: int, end: int, phrases: Sequence[Phrase], grammar: Grammar
) -> Iterator[Alone]:
    """Each count or rank in low[start:end] whose noun a country's adjective stands for
    (or whose country is named after it, or by the rank it continues)."""
    data = grammar.language
    forms = _forms(data.code)
    if forms is None:
        return
    if forms.subject is not None and forms.subject_before is not None:
        yield from _subjects(low, start, end, forms, data.code)
    if forms.part is not None:
        yield from _parts(low, start, end, forms, data.code)
    if forms.rank is not None:
        yield from _ranks(low, start, end, phrases, forms, grammar)
    if forms.rank_demonym is not None and forms.membership is not None:
        yield from _demonym_ranks(low, start, end, forms, grammar)


def _subjects(low: str, start: int, end: int, forms: _Forms, code: str) -> Iterator[Alone]:
    """ "le italiane sono otto": an article and a country's adjective, the verb, a number."""
    data = language(code)
    assert forms.subject is not None
    assert forms.subject_before is not None
    for word in data.count_predicate_words:  # lcnet.extract.predicates looks for them too
        for at in occurrences(low, start, end, word):
            found = forms.subject.match(low, at, end)
            if found is None and forms.inverted is not None:
                inverted = forms.inverted.match(low, at, end)
                country = data.demonyms.get(inverted["place"]) if inverted else None
                value = read_number(inverted["number"], code) if inverted else None
                if inverted and country and isinstance(value, int) and 1 < value <= _MOST:
                    said = " ".join((inverted["qualifier"] or "").split())
                    qualifier = data.qualifiers.get(said, Qualifier.EXACT)
                    begin = inverted.start("qualifier") if said else inverted.start("number")
                    yield (begin, inverted.end("place"), Unit.CITY, value, qualifier,
                           _NO_ROLES, country, None, False, False)  # fmt: skip
            if found is not None:
                before = forms.subject_before.search(low, max(start, at - _SUBJECT_REACH), at)
                country = data.demonyms.get(before["place"]) if before else None
                value = read_number(found["number"], code)
                if country and isinstance(value, int) and 1 < value <= _MOST:
                    said = " ".join((found["qualifier"] or "").split())
                    qualifier = data.qualifiers.get(said, Qualifier.EXACT)
                    begin = found.start("qualifier") if said else found.start("number")
                    yield (begin, found.end("number"), Unit.CITY, value, qualifier, _NO_ROLES,
                           country, None, False, True)  # fmt: skip


def _parts(low: str, start: int, end: int, forms: _Forms, code: str) -> Iterator[Alone]:
    """ "una delle sei italiane": one of a country's count, the adjective for its noun."""
    data = language(code)
    assert forms.part is not None
    for opening in forms.one_of:  # the stretch's index (occurrences): no pass here
        for at in occurrences(low, start, end, opening):
            found = forms.part.match(low, at + len(opening), end)
            if found is not None and (at == 0 or not low[at - 1].isalpha()):
                country = data.demonyms.get(found["place"])
                value = read_number(found["number"], code)
                if country and isinstance(value, int) and 1 < value <= _MOST:
                    stop = found.end("place")
                    yield (found.start("number"), stop, Unit.CITY, value, Qualifier.EXACT,
                           _NO_ROLES, country, None, False, False)  # fmt: skip


def _ranks(
    low: str, start: int, end: int, phrases: Sequence[Phrase], forms: _Forms, grammar: Grammar
) -> Iterator[Alone]:
    """ "la settima città italiana ..., il borgo l'ottava": a rank of a country's cities."""
    data = grammar.language
    assert forms.rank is not None
    ranked = [p for p in phrases if p.ordinal and p.country]
    for found in forms.rank.finditer(low, start, end):
        value = data.ordinals.get(found["ordinal"])
        if value is None or value > _MOST:
            continue
        country = _continued(low, found.start(), ranked)
        if country is None and found["joined"]:  # the country of the rank joined to it
            country = next(
                (p.country for p in ranked if found.end() < p.start < found.end("joined")), None
            )
        if country is None:
            continue
        # its own country right after it: "L'Alcora es la segunda localidad española ...,
        # y Puebla la séptima de México" (a Spanish rank before, a Mexican one here)
        placed = forms.rank_place.match(low, found.end(), end) if forms.rank_place else None
        if placed is not None:
            mine = data.country_names.get(" ".join((placed["country"] or "").split()))
            country = mine or data.demonyms.get(placed["demonym"] or "") or country
        stop = found.end()
        yield (found.start("ordinal"), stop, Unit.CITY, value, Qualifier.EXACT, _NO_ROLES,
               country, None, True, False)  # fmt: skip


_MEMBERSHIP_REACH = 80  # characters after a rank's adjective where its network may be


def _demonym_ranks(
    low: str, start: int, end: int, forms: _Forms, grammar: Grammar
) -> Iterator[Alone]:
    """ "Brescia è la nona italiana ad entrare nella rete", "Lille devient la neuvième
    française du réseau": a rank of a country's cities, its noun left out, with the
    network or a verb of joining after it in its clause."""
    data = grammar.language
    assert forms.rank_demonym is not None
    assert forms.membership is not None
    for found in forms.rank_demonym.finditer(low, start, end):
        value = data.ordinals.get(found["ordinal"])
        country = data.demonyms.get(found["demonym"])
        if value is None or value > _MOST or country is None:
            continue
        stop = min(end, found.end() + _MEMBERSHIP_REACH)
        clause = _CLAUSE_MARK.search(low, found.end(), stop)
        if not forms.membership.search(low, found.end(), clause.start() if clause else stop):
            continue
        yield (found.start("ordinal"), found.end("demonym"), Unit.CITY, value, Qualifier.EXACT,
               _NO_ROLES, country, None, True, False)  # fmt: skip


_CLAUSE_MARK = re.compile(r"[.;:!?\n]")


# a sentence's end, a paragraph's or a list item's: not a hard-wrapped line's ("la
# settima città italiana ad aderire, il borgo\nlongobardo l'ottava")
_CLAUSE_END = re.compile(r"[.!?]|\n[ \t]*(?:\n|[-*\u2022+#>|]|\d+[.)])")


def _continued(low: str, at: int, ranked: Sequence[Phrase]) -> str | None:
    """The country of a rank of cities shortly before `at` in its sentence, which the rank
    at `at` continues: "la settima città italiana ad aderire, il borgo l'ottava"."""
    for phrase in reversed(ranked):
        if phrase.end > at:
            continue
        if at - phrase.end > _RANK_REACH or _CLAUSE_END.search(low, phrase.end, at):
            return None
        return phrase.country
    return None


@cache
def _forms(code: str) -> _Forms | None:
    data = language(code)
    if data.attached or not data.demonyms:
        return None
    number = number_pattern(code)
    qualifiers = alternation(list(data.qualifiers))
    subject = subject_before = part = rank = inverted = rank_place = None
    rank_demonym = membership = None
    nouns = data.adjectives_as_nouns
    if nouns and data.count_predicates and data.plural_articles:
        verbs = "|".join(data.count_predicates)
        subject = re.compile(
            rf"(?:{verbs})\s+(?:(?P<qualifier>{qualifiers})\s+)?(?P<number>{number})"
            r"(?=\s*[,.;:!?)\]]|\s*\Z|\s+(?:"
            + (alternation(data.subject_count_ends) or "(?!)")
            + r")(?![^\W\d_]))"
        )
        articles = alternation(list(data.plural_articles))
        subject_before = re.compile(rf"(?<![^\W\d_])(?:{articles})\s+(?P<place>{_WORD})\s+\Z")
        inverted = re.compile(
            rf"(?:{verbs})\s+(?:(?P<qualifier>{qualifiers})\s+)?(?P<number>{number})\s+"
            rf"(?:{articles})\s+(?P<place>{_WORD})(?![\w\u2019'-])"
        )
    if nouns and data.one_of:
        part = re.compile(rf"\s+(?P<number>{number})\s+(?P<place>{_WORD})(?![\w\u2019'-])")
    if data.rank_articles and data.ordinals and not data.ordinal_after_unit:
        ordinals = alternation(list(data.ordinals))
        articles = "|".join(data.rank_articles)
        demonyms = alternation(list(data.demonyms))
        # or another rank after a conjunction: "la quarta e la quinta città italiana"
        conjunctions = alternation(list(data.conjunctions))
        joined = rf"\s+(?:{conjunctions})\s+(?:{articles})\s*(?:{ordinals})"
        rank = re.compile(
            rf"(?<![^\W\d_])(?:{articles})\s*(?P<ordinal>{ordinals})"
            rf"(?=\s*[,.;:!?)\]]|\s*\Z|\s+(?:{'|'.join(data.rank_ends)})(?![^\W\d_])"
            rf"|(?P<joined>{joined})(?![^\W\d_]))"
        )
        countries = alternation(list(data.country_names))
        links = "|".join(data.rank_place_links) or "(?!)"
        rank_place = re.compile(
            rf"\s+(?:(?:{links})(?P<country>{countries})|(?P<demonym>{demonyms}))(?![\w\u2019'-])"
        )
        if nouns:
            rank_demonym = re.compile(
                rf"(?<![^\W\d_])(?:{articles})\s*(?P<ordinal>{ordinals})\s+"
                rf"(?P<demonym>{demonyms})(?![\w\u2019'-])"
            )
            joining = [*data.network_references, *data.network_names, *data.intake_cues]
            membership = re.compile("|".join(f"(?:{cue})" for cue in joining))
    return _Forms(
        subject, subject_before, part, data.one_of, rank, inverted, rank_place, rank_demonym,
        membership,
    )  # fmt: skip


# Extended attributes: a number, words that qualify a participle or adjective, then the
# unit noun ("die 64 im Februar aufgenommenen Städte"): Language.attributes
_ATTRIBUTE_REACH = 90  # characters between the number and the unit noun


def attributed(
    low: str, start: int, end: int, taken: Sequence[Phrase], grammar: Grammar
) -> Iterator[Attributed]:
    """A count whose unit noun an attribute of several words precedes, its last word an
    adjective or a participle ("Mit den 64 im Februar aufgenommenen Städten", "Die vier
    in Deutschland ansässigen Mitgliedsstädte"): the number counts the noun. A
    participle of admission makes the count new; a country named inside, its country."""
    attributes = grammar.language.attributes
    if attributes is None:
        return
    stems = attributes.units
    form = _attribute_form(grammar.language.code)
    data = grammar.language
    for stem in stems:
        for at in occurrences(low, start, end, stem):
            found = _ATTRIBUTED_WORD.match(low, at)
            noun = grammar.nouns.get(found.group()) if found is not None else None
            if found is None or noun is None or at - start < 4 or low[at - 1] != " ":
                continue
            if not low.endswith("en", 0, at - 1):  # "aufgenommenen Städte": a weak ending
                continue
            head = form.search(low, max(start, at - _ATTRIBUTE_REACH), at)
            if head is None or any(p.start < found.end() and head.start() < p.end for p in taken):
                continue
            value = read_number(head["number"], data.code)
            if not isinstance(value, int) or not 0 < value < _YEARS_FROM:
                continue
            words = head["attribute"].split()
            if not _an_attribute(words, low[at - 1 - len(head["last"]) : at - 1], attributes):
                continue  # "mit 12 aus anderen Städten": the noun of a preposition
            roles = (
                noun[2] | _NEW_ROLE
                if any(w.startswith(attributes.admitted) for w in words)
                else noun[2]
            )
            country = next((data.country_names[w] for w in words if w in data.country_names), None)
            dated = _attribute_date(head["attribute"], data.code)  # "im Februar 2024 aufgen..."
            yield (head.start("number"), found.end(), noun[0], value, Qualifier.EXACT,
                   roles, country, None, dated)  # fmt: skip


_ATTRIBUTED_WORD = re.compile(r"[^\W\d_][\w-]*")
# (start, end, unit, value, qualifier, roles, country, region, the attribute's date)
Attributed = tuple[
    int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None, PartialDate | None
]


def _attribute_date(words: str, code: str) -> PartialDate | None:
    """The year, and the month before it, an attribute names: "im Dezember 2025 neu"."""
    found = _attribute_date_form(code).search(words)
    if found is None:
        return None
    month = language(code).months.get(found["name"]) if found["name"] else None
    return PartialDate(int(found["year"]), month)


@cache
def _attribute_date_form(code: str) -> re.Pattern[str]:
    months = alternation(language(code).months) or "(?!)"
    return re.compile(rf"(?:(?P<name>{months})\s+)?(?P<year>(?:19|20)\d\d)(?!\d)")


_YEARS_FROM = 1900  # a year before an attribute ("die 2022 aufgenommenen") counts nothing
_NEW_ROLE = frozenset({Role.NEW})


@cache
def _attribute_form(code: str) -> re.Pattern[str]:
    """The number and the attribute's words before a unit noun, up to it: two to five
    words (a year among them: "im Dezember 2025 neu aufgenommenen"), no punctuation."""
    words = r"(?:[^\W\d_][\w-]*|(?:19|20)\d\d)"
    return re.compile(
        rf"(?<![\w.,-])(?P<number>{number_pattern(code)})\s+"
        rf"(?P<attribute>(?:{words}\s+){{1,5}})(?P<last>{words})\s+\Z"
    )


def _an_attribute(words: list[str], last: str, attributes: Attributes) -> bool:
    """Whether the words between a number and a unit noun are an attribute of it: they
    open with a preposition or an adverb (a noun there is what the number counts: "30
    Teilnehmende aus anderen Städten"), hold more than a preposition and its article
    ("12 aus anderen Städten": the city noun is the preposition's), and end with a
    participle or an adjective of the kind ("aufgenommenen", "vertretenen", "ansässigen")."""
    prepositions = attributes.prepositions
    return (
        (words[0] in prepositions or words[0] in attributes.adverbs)
        and any(w not in prepositions for w in words)
        and last.endswith(attributes.endings)
    )
