"""Figures dated by a city's own joining: "Cuando Tunja ingresó, la red tenía 229
ciudades", "«Quando entrámos, eram 229 cidades»", "When we joined, the network had 229
members". The clause names no date, but the city's joining has one: the store's.

The city is the member the clause names ("Tunja"); else, when the clause's subject is
"we" or "the city" (or left in the verb), the member named last before it in its
paragraph ("the councillor of Loures: «when we joined ...»"), else the one the page's
title or lead names first (a city hall's own page). A clause whose subject names no
member ("when Chile joined") dates nothing; nor does a plural verb ("when 77 cities
joined" is an intake). The clause governs the figures after it up to the end of its
clause ("eram 229; hoje são 356": the 356 is today's) and a figure just before it
("the network had 229 members when we joined").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from lcnet.dates import PartialDate
from lcnet.extract.engine import Found, lowered
from lcnet.extract.grammar import grammar, spaced
from lcnet.extract.lists import Gazetteer, names_of, place_key
from lcnet.extract.numbers import alternation
from lcnet.model import Metric

_BEFORE = 160  # characters before a figure where its clause may start
_AFTER = 60  # characters after a figure where a clause that dates it may start
_CLAUSE_END = re.compile(r"[.;!?]|\n[ \t]*\n")  # nothing dated across these
_AFTER_GAP = re.compile(r"[^.;!?\n]*")  # "229 members, when we joined"
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def dated_by_joining(
    found: list[Found], text: str, code: str, places: Gazetteer, head: str
) -> list[Found]:
    """The figures, each one a joining clause governs dated by that city's joining."""
    rules = grammar(code)
    clause, present = rules.joined_clause, rules.present
    words = rules.language.joined_words
    found = _in_member_state(found, text, code, places)
    found = _ranks_in_apposition(found, text, code, places)
    found = _ranks_of_the_subject(found, text, code, places)
    if clause is None or not places.places or all(f.as_of is not None for f in found):
        return found
    page_city: list[PartialDate | None] = []  # computed once, when first needed
    out = []
    for each in found:
        if each.as_of is None:
            joined = _joined_near(each, text, clause, present, words, places, head, page_city)
            if joined is not None:
                each = each._replace(as_of=joined)
        out.append(each)
    return out


def _joined_near(
    figure: Found,
    text: str,
    clause: re.Pattern[str],
    present: re.Pattern[str],
    words: Iterable[str],
    places: Gazetteer,
    head: str,
    page_city: list[PartialDate | None],
) -> PartialDate | None:
    floor = max(0, figure.start - _BEFORE)
    before = lowered(text[floor : figure.start])
    if any(word in before for word in words):
        matches = list(clause.finditer(before))
        last = matches[-1].end() if matches else 0
        if matches and not _CLAUSE_END.search(before, last) and not present.search(before, last):
            return _city_joined(matches[-1], before, text, floor, places, head, page_city)
    after = lowered(text[figure.end : figure.end + _AFTER])
    if any(word in after for word in words):
        gap = _AFTER_GAP.match(after)
        assert gap is not None
        found = clause.search(after, 0, gap.end())
        if found is not None and not present.search(after, 0, found.start()):
            return _city_joined(found, after, text, figure.end, places, head, page_city)
    return None


def _city_joined(
    found: re.Match[str],
    low: str,
    text: str,
    offset: int,
    places: Gazetteer,
    head: str,
    page_city: list[PartialDate | None],
) -> PartialDate | None:
    names = names_of(places)
    who = found.group("who")
    if who:  # "Cuando Tunja ingresó": a member by name, or nothing
        named = names.search(who)
        return places.places[place_key(named.group())].joined if named else None
    # "when we joined", "cuando la ciudad ingresó": the member named last before the
    # clause in its paragraph, else the page's own city
    start = offset + found.start()
    paragraph = max((m.end() for m in _PARAGRAPH.finditer(text, max(0, start - 600), start)),
                    default=max(0, start - 600))  # fmt: skip
    earlier = list(names.finditer(lowered(text[paragraph:start])))
    if earlier:
        return places.places[place_key(earlier[-1].group())].joined
    if not page_city:
        first = names.search(lowered(head))
        page_city.append(places.places[place_key(first.group())].joined if first else None)
    return page_city[0]


def _in_member_state(found: list[Found], text: str, code: str, places: Gazetteer) -> list[Found]:
    """ "When Gelsenkirchen and Hamburg were already members, the network had 170 cities":
    an undated figure in the sentence of such a past state is of the month the last of
    the members it names joined (every one named must be known, with its date)."""
    form = _state_form(code)
    if form is None or not places.places or all(f.as_of is not None for f in found):
        return found
    out = []
    names = names_of(places)
    for each in found:
        if each.as_of is None:
            floor = max(0, each.start - _BEFORE)
            window = lowered(text[floor : each.end + 2 * _BEFORE])
            state = form.search(window)
            if state is not None and not _CLAUSE_END.search(
                window, min(state.end(), each.start - floor), max(state.start(), each.end - floor)
            ):
                joined = _last_joined(state.group("who"), names, places)
                if joined is not None:
                    each = each._replace(as_of=joined)
        out.append(each)
    return out


def _last_joined(who: str, names: re.Pattern[str], places: Gazetteer) -> PartialDate | None:
    named = [places.places[place_key(m.group())] for m in names.finditer(who)]
    dates = [p.joined for p in named]
    if not named or any(d is None for d in dates):
        return None
    return max((d for d in dates if d is not None), key=lambda d: (d.year, d.month or 0))


@cache
def _state_form(code: str) -> re.Pattern[str] | None:
    data = grammar(code).language
    return re.compile(spaced(data.member_state)) if data.member_state else None


# A rank beside the member it ranks, between commas or after a verb of being: "Jubail
# Industrial City, the first Saudi member, hosted the conference last year", "The first
# Saudi member, Jubail Industrial City, ...", "Al Wakra was the first Qatari member, in
# 2017, ...", "Gelsenkirchen, die erste deutsche Mitgliedsstadt, ...".
@cache
def _apposed_before(code: str) -> re.Pattern[str]:
    # a past verb of being only (Language.past_rank_verbs): "Chinhoyi devient la deuxième
    # ville" (now) is the news of its own joining, of the text's date
    verbs = grammar(code).language.past_rank_verbs
    past = rf"|\s+(?:{alternation(verbs)})" if verbs else ""
    articles = alternation(grammar(code).language.apposed_articles) or "(?!)"
    return re.compile(rf"(?:\s*,{past})\s+(?:(?:{articles})\s*)?\Z")


_APPOSED_AFTER = re.compile(r"\s*,\s*")
_RANKS = frozenset({Metric.COUNTRY_CITIES, Metric.NEW_CITIES})
_NAME_REACH = 80  # characters on either side of a rank where its member's name may be


def _ranks_in_apposition(
    found: list[Found], text: str, code: str, places: Gazetteer
) -> list[Found]:
    """A country's rank set beside a member's name between commas is the country's count
    when that member joined, whatever else its clause dates ("..., the first Saudi member,
    hosted the conference last year": 1, when Jubail joined)."""
    data = grammar(code).language
    ordinals = data.ordinals
    # "Puebla es la única ciudad mexicana admitida": "only" counts now, it ranks nothing
    sole = re.compile(data.sole_words) if data.sole_words else None
    out = []
    for each in found:
        if each.country is not None and each.metric in _RANKS:
            said = " ".join(lowered(text[each.start : each.end]).split())
            # a rank with its noun ("the first Saudi member", "a décima sétima cidade
            # portuguesa"); one without it ("Braga foi a terceira") is lcnet.extract.ranks'
            # to date
            head = _ordinal_head(said, ordinals, each.value)
            if head and not (sole is not None and sole.search(head)):
                joined = _apposed_member(each, text, code, places)
                if joined is not None:
                    each = each._replace(metric=Metric.COUNTRY_CITIES, as_of=joined, earlier=False)
        out.append(each)
    return out


def _ranks_of_the_subject(
    found: list[Found], text: str, code: str, places: Gazetteer
) -> list[Found]:
    """Where words touch, a country's rank whose sentence names a member of that country
    before it ("杭州はこのほど…中国で最初にネットワークに加えられた都市となった",
    "该市是全国第二个加入该网络的城市", "A구는 국내 47번째로 가입한 도시다"): the country's
    count when that member joined (the store's date), not at a later date its clause
    gives ("このほど": the news, days after the joining)."""
    data = grammar(code).language
    if not data.attached or not places.places:
        return found
    out = []
    for each in found:
        if each.country is not None and each.metric is Metric.COUNTRY_CITIES:
            joined = _subject_joined(each, text, code, places)
            if joined is not None and (each.as_of is None or _not_after(joined, each.as_of)):
                each = each._replace(as_of=joined, earlier=False)
        out.append(each)
    return out


def _subject_joined(figure: Found, text: str, code: str, places: Gazetteer) -> PartialDate | None:
    """When the member named last before a rank in its sentence joined, if the figure is
    a rank and the member is of the rank's country."""
    said = lowered(text[figure.start : figure.end])
    if not said.startswith(_rank_words(code)) and not _digit_rank(code).match(said):
        return None
    before = lowered(text[max(0, figure.start - _NAME_REACH) : figure.start])
    stop = max(before.rfind(mark) for mark in _SENTENCE_MARKS)
    named = list(names_of(places).finditer(before, stop + 1))
    if not named:
        return None
    place = places.places[place_key(named[-1].group())]
    return place.joined if place.country == figure.country else None


_SENTENCE_MARKS = ("\u3002", "\n", "!", "?", "\uff01", "\uff1f")


@cache
def _rank_words(code: str) -> tuple[str, ...]:
    data = grammar(code).language
    return tuple(sorted({*data.ordinals, *data.first_words}, key=len, reverse=True))


@cache
def _digit_rank(code: str) -> re.Pattern[str]:
    return re.compile(grammar(code).language.ordinal_digits or "(?!)")


def _not_after(one: PartialDate, other: PartialDate) -> bool:
    """Whether `one` starts no later than `other` does (at their common precision)."""
    return (one.year, one.month or 0, one.day or 0) <= (
        other.year,
        other.month or 0,
        other.day or 0,
    )


def _ordinal_head(said: str, ordinals: Mapping[str, int], value: int) -> str:
    """The ordinal of `value` that opens `said` before its noun ("décima sétima" in
    "décima sétima cidade"), or ""."""
    first = said.split(" ", 1)[0]
    if ordinals.get(first) == value and len(said) > len(first):
        return first
    for word, rank in ordinals.items():
        if rank == value and " " in word and said.startswith(f"{word} "):
            return word
    return ""


def _apposed_member(figure: Found, text: str, code: str, places: Gazetteer) -> PartialDate | None:
    """When the member of the rank's country named right before or after it between
    commas joined, if the store knows."""
    names = names_of(places)
    before = lowered(text[max(0, figure.start - _NAME_REACH) : figure.start])
    gap = _apposed_before(code).search(before)
    if gap is not None and gap.start() > 0:
        for named in names.finditer(before, max(0, gap.start() - _NAME_REACH)):
            if named.end() == gap.start():
                place = places.places[place_key(named.group())]
                if place.country == figure.country:
                    return place.joined
    after = lowered(text[figure.end : figure.end + _NAME_REACH])
    gap = _APPOSED_AFTER.match(after)
    if gap is not None and gap.end() > 0:
        following = names.match(after, gap.end())
        # the name set between commas, not the next clause's subject ("..., Brescia la
        # settima")
        if following is not None and after[following.end() : following.end() + 1] in ",)":
            place = places.places[place_key(following.group())]
            if place.country == figure.country:
                return place.joined
    return None
