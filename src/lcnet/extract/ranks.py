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
from lcnet.extract.grammar import grammar
from lcnet.extract.lists import Gazetteer, names_of, sentences
from lcnet.extract.numbers import alternation
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
            if not named or _ASIDE.match(low, named[-1].end(), found.start()) is None:
                continue
            place = places.places[" ".join(named[-1].group().split())]
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
            yield Ranked(found.start("ordinal"), end, Metric.COUNTRY_CITIES, value,
                         Qualifier.EXACT, place.country, (), None)  # fmt: skip


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
