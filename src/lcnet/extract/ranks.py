"""A member city's rank in its country, the noun and the country left out: "Reggio è la
sesta, dopo Torino, Fermo, Palermo, Lucca e Trieste", "Lille, entrée en 2024, est la
septième", "Sousse est la deuxième tunisienne". The city is a member the fact store
knows (its gazetteer): its country is the count's, and the rank is the country's number
of members when the city joined.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from lcnet.dates import PartialDate
from lcnet.extract.engine import lowered
from lcnet.extract.grammar import Grammar, grammar
from lcnet.extract.historic import as_of
from lcnet.extract.lang import Unit
from lcnet.extract.lists import Gazetteer, Place, names_of, sentences
from lcnet.extract.numbers import alternation
from lcnet.extract.phrase import Phrase
from lcnet.extract.sentence import Span
from lcnet.model import Metric, Qualifier

_ASIDE = re.compile(r"\s*(?:,[^,.;:!?\n]{1,40},)?\s*\Z")  # "Lille, entrée en 2024, est"
_SUBJECT_REACH = 60  # characters before the verb where the city's name may end
_PLACE_WORD = re.compile(r"[^\W\d_]{1,3}")  # "in", "en", "do", "aus": before a place


class Ranked(NamedTuple):
    start: int
    end: int
    metric: Metric
    value: int
    qualifier: Qualifier
    country: str
    cities: tuple[str, ...]
    as_of: PartialDate | None


def ranked(text: str, code: str, places: Gazetteer, *, topic: bool) -> Iterator[Ranked]:
    """The ranks that `text` gives member cities among their country's members."""
    form = _form(code)
    if form is None or not places.places:
        return
    low = lowered(text)
    rules = grammar(code)
    names = names_of(places)
    data = rules.language
    for sentence in sentences(low, rules, topic=topic):
        for found in form.finditer(low, sentence.start(), sentence.end()):
            reach = max(sentence.start(), found.start() - _SUBJECT_REACH)
            named = list(names.finditer(low, reach, found.start()))
            place: Place | None
            if named and _ASIDE.match(low, named[-1].end(), found.start()) is not None:
                place = places.places[" ".join(named[-1].group().split())]
            else:  # "Reggio è la sesta", "Mantes fut la deuxième": a name said short
                place = _short_named(low, reach, found.start(), places)
            if place is None:
                continue
            demonym = found["demonym"]
            if demonym and data.demonyms.get(" ".join(demonym.split())) != place.country:
                continue  # "Sousse est la deuxième marocaine": not its own country
            where = found["where"]
            if where and data.country_names.get(" ".join(where.split())) != place.country:
                continue  # "a primeira do Rio Grande do Sul": of a part of it, or elsewhere
            value = data.ordinals[" ".join(found["ordinal"].split())]
            if value < 2:
                continue  # "Torino è stata la prima": first of many things, said loosely
            end = found.end("demonym") if demonym else found.end("ordinal")
            # "Cividale è l'ottava, Brescia la settima": the verb left out after a comma
            gapped = _gapped(code).match(low, end, sentence.end())
            start = found.start()  # "Lille, entrée en 2024, est la septième": its own day
            stop = gapped.start("name") if gapped else _clause_end(low, end, sentence.end())
            yield Ranked(found.start("ordinal"), end, Metric.COUNTRY_CITIES, value,
                         Qualifier.EXACT, place.country, (),
                         _dated(low, found.start("ordinal"), end, start, stop, rules))  # fmt: skip
            if gapped is None:
                continue
            other = names.fullmatch(low, gapped.start("name"), gapped.end("name"))
            more: Place | None
            if other is not None:
                more = places.places[" ".join(other.group().split())]
            else:
                more = _short_named(low, gapped.start("name"), gapped.end("name"), places)
            rank = data.ordinals[" ".join(gapped["ordinal"].split())]
            if more is None or more.country != place.country or rank < 2:
                continue
            at, stop = gapped.start("ordinal"), gapped.end("ordinal")
            yield Ranked(at, stop, Metric.COUNTRY_CITIES, rank, Qualifier.EXACT, more.country,
                         (), _dated(low, at, stop, gapped.start("name"),
                                    _clause_end(low, stop, sentence.end()), rules))  # fmt: skip


def _clause_end(low: str, at: int, end: int) -> int:
    semicolon = low.find(";", at, end)
    return end if semicolon < 0 else semicolon


def _dated(
    low: str, start: int, end: int, first: int, last: int, rules: Grammar
) -> PartialDate | None:
    """The date a rank is told for within its own clause: "Reggio era stata la sesta, nel
    2022"; None for a rank of the text's day."""
    span = Phrase(start, end, Unit.CITY, 0, Qualifier.EXACT, frozenset(), None, None, False)
    return as_of(low, span, Span(first, last), rules)


_SHORT_PART = re.compile(r"[^\W\d_]{4,}(?=[ -])")  # "reggio" of "reggio calabria"
_LAST_WORD = re.compile(r"([^\W\d_]{4,})\s*\Z")
_short: tuple[object, dict[str, str | None]] | None = None


def _short_named(low: str, start: int, end: int, places: Gazetteer) -> Place | None:
    """The member whose name the word ending at low[end] (before an aside) opens, where
    no other member's name does: "Reggio" for Reggio Calabria, "Mantes" for
    Mantes-la-Jolie. None when the word is no such short name."""
    aside = _ASIDE.search(low, start, end)
    last = _LAST_WORD.search(low, start, aside.start() if aside else end)
    if last is None:
        return None
    key = _shorts(places).get(last.group(1))
    return places.places.get(key) if key else None


def _shorts(places: Gazetteer) -> dict[str, str | None]:
    """Each member name's first word (of four letters or more) that opens a longer name,
    to the name: None where it opens the names of two members or is a name itself. Made
    once per gazetteer, when a rank is first met."""
    global _short
    if _short is not None and _short[0] is places.places:
        return _short[1]
    found: dict[str, str | None] = {}
    for name, place in places.places.items():
        first = _SHORT_PART.match(name)
        if first is None or first.group() in places.places:
            continue
        known = found.get(first.group(), name)
        same = known is not None and places.places[known].key == place.key
        found[first.group()] = name if same else None
    _short = (places.places, found)
    return found


@cache
def _gapped(code: str) -> re.Pattern[str]:
    data = grammar(code).language
    articles = r"(?:la|le|il|el|a|o|die|der|l['\u2019])"
    return re.compile(
        rf"\s*[,;]\s*(?:(?:e|et|y|and|und)\s+)?(?P<name>[^\W\d_][\w'\u2019-]*(?:\s+[^\W\d_][\w'\u2019-]*){{0,2}}?)"
        rf"\s+{articles}\s*(?P<ordinal>{alternation(data.ordinals)})(?=\s*(?:[,.;:!?)]|\Z))"
    )


@cache
def _form(code: str) -> re.Pattern[str] | None:
    data = grammar(code).language
    if not data.rank_verbs or data.attached or not data.ordinals:
        return None
    verbs = {*data.rank_verbs}
    for verb in data.rank_verbs:  # "è l'ottava", "est l'une"
        head, _, article = verb.rpartition(" ")
        if article in ("la", "le", "il"):
            verbs.add(f"{head} l'")
            verbs.add(f"{head} l\u2019")
    # the words after a rank that end its clause: "dopo", "à rejoindre"; a preposition of
    # place ("in", "do") only before the country: "la terza in Italia"
    ends = "|".join(e for e in data.rank_ends if not _PLACE_WORD.fullmatch(e)) or "(?!)"
    places = "|".join(e for e in data.rank_ends if _PLACE_WORD.fullmatch(e)) or "(?!)"
    return re.compile(
        rf"(?<!\w)(?:{alternation(sorted(verbs))})\s*(?P<ordinal>{alternation(data.ordinals)})"
        rf"(?:\s+(?P<demonym>{alternation(data.demonyms)}))?"
        rf"(?:\s+(?:{places})\s+(?:(?:la|le|il|l'|el|o|a|die|der|den)\s*)?"
        rf"(?P<where>[^\s,.;:!?)]+(?:\s+[^\s,.;:!?)]+){{0,3}}?)(?=\s*(?:[,.;:!?)]|\Z))"
        rf"|(?=\s*(?:[,.;:!?)]|\Z)|\s+(?:{ends})(?!\w)))"
    )


__all__ = ["Ranked", "ranked"]
