"""Where members come from: "63 other cities, coming from 35 countries", "Les nouvelles
villes proviennent de 44 pays", "Các thành viên mới đến từ 46 quốc gia".

A verb of origin ties countries to the members before it, however many words stand
between them: the cities counted just before in the sentence, or the members the
sentence's subject names ("the new members"). Their countries are an intake's where
those members are new, the network's where they are all of its members.
"""

from __future__ import annotations

import re
from functools import cache

from lcnet.extract.grammar import Grammar
from lcnet.extract.grammar import grammar as _grammar
from lcnet.extract.lang import Role, Unit
from lcnet.extract.numbers import alternation
from lcnet.extract.phrase import Phrase
from lcnet.extract.sentence import Sentence
from lcnet.model import Metric

_REACH = 60  # characters before the countries where the verb of origin may end
_COUNT = re.compile(r"\d")  # a count of something else between the members and the verb
_NOUN_REACH = 40  # characters before the members' noun's end where the noun starts


def countries_by_origin(
    low: str, phrase: Phrase, sentence: Sentence, previous: Metric | None, grammar: Grammar
) -> Metric | None:
    """The metric of countries a verb of origin ties to members, or None if no verb does."""
    code = grammar.language.code
    after = _origin_after(code)
    if after is not None and after.match(low, phrase.end, sentence.span.end) is not None:
        return _COUNTRIES_OF.get(previous) if previous is not None else None
    verb = _origin(code)
    if verb is None:
        return None
    found = verb.search(low, max(sentence.span.start, phrase.start - _REACH), phrase.start)
    if found is None:
        return None
    if previous is Metric.NEW_CITIES:
        return Metric.NEW_COUNTRIES
    if previous is Metric.TOTAL_CITIES:
        return Metric.TOTAL_COUNTRIES
    subject = low[sentence.span.start : found.start()]
    members = [m.end() for m in _members(grammar.language.code).finditer(subject)]
    if not members and previous is None and _group(grammar.language.code).search(subject):
        return Metric.NEW_COUNTRIES  # "Avec ce nouvel apport, venu de 35 pays": an intake
    if previous is not None or not members or _COUNT.search(subject, members[-1]):
        return None  # "650 delegates coming from 90 countries" (after "a learning city")
    # (the verb of origin is no intake of its own: "Die Mitglieder kommen aus rund 80
    # Ländern", where "kommen" alone would say one; an intake said elsewhere still does)
    new = _new(grammar.language.code).search(subject) or _intake_apart(sentence, found)
    # "Avec ces arrivées, venues de 46 pays", "Le nuove arrivate provengono da 27 Paesi":
    # a noun that names the newcomers themselves
    near = subject[max(0, members[-1] - _NOUN_REACH) :]
    new = new or Role.NEW in _noun_roles(grammar.language.code, near)
    return Metric.NEW_COUNTRIES if new else Metric.TOTAL_COUNTRIES


def _intake_apart(sentence: Sentence, verb: re.Match[str]) -> bool:
    """Whether the sentence says an intake outside the verb of origin's own words."""
    span = sentence.span
    return sentence.has("intake", span.start, verb.start()) or sentence.has(
        "intake", verb.end(), span.end
    )


@cache
def _group(code: str) -> re.Pattern[str]:
    """A group of newcomers named by a noun of its own, not by a unit: "ce nouvel apport",
    "questa infornata", "this cohort" (Language.group_nouns)."""
    nouns = alternation(_grammar(code).language.group_nouns) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{nouns})(?!\w)")


def new_members_before(low: str, start: int, end: int, grammar: Grammar) -> bool:
    """ "Sur la liste des nouveaux membres figurent sept villes": the new members, named
    without a number of their own before a count in its sentence, make it new."""
    code = grammar.language.code
    for found in _new(code).finditer(low, start, end):
        if _members(code).search(low, max(start, found.start() - 20), min(end, found.end() + 20)):
            return True
    return False


@cache
def _origin(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    if not data.origin_words:
        return None
    if data.attached:  # "这些城市来自35个国家": words touch
        return re.compile(rf"(?:{'|'.join(data.origin_words)})\s*\Z")
    return re.compile(rf"(?<!\w)(?:{'|'.join(data.origin_words)})\s+\Z")


@cache
def _origin_after(code: str) -> re.Pattern[str] | None:
    """The particle and verb of origin after a count of countries (Language.origin_after)."""
    words = _grammar(code).language.origin_after
    return re.compile(f"(?:{'|'.join(words)})") if words else None


# The countries of the cities counted before them, by what those cities are
_COUNTRIES_OF = {
    Metric.NEW_CITIES: Metric.NEW_COUNTRIES,
    Metric.TOTAL_CITIES: Metric.TOTAL_COUNTRIES,
}


@cache
def _members(code: str) -> re.Pattern[str]:
    """The unit nouns of cities and members, and the network's references."""
    data = _grammar(code).language
    units = {**data.units, **data.singular_units}
    nouns = [n for n, unit in units.items() if unit in (Unit.CITY, Unit.MEMBER, Unit.OTHERS)]
    return re.compile(rf"(?<!\w)(?:{alternation(nouns)})(?!\w)")


def _noun_roles(code: str, text: str) -> frozenset[Role]:
    """The roles of the last unit noun that ends `text` ("nuove arrivate": new)."""
    found = max(_members(code).finditer(text), key=lambda m: m.start(), default=None)
    if found is None:
        return frozenset()
    roles = _grammar(code).language.unit_roles.get(" ".join(found.group().split()), ())
    return frozenset(roles)


@cache
def _new(code: str) -> re.Pattern[str]:
    data = _grammar(code).language
    roles = {**data.modifiers_before, **data.modifiers_after}
    new = [word for word, role in roles.items() if role is Role.NEW]
    return re.compile(rf"(?<!\w)(?:{alternation(new) or '(?!)'})(?!\w)")
