"""Figure phrases: a number (or an ordinal) and the unit noun it counts.

"more than 400 member cities", "sixty-four new members", "71 other cities", "the fifth
Vietnamese member", "425 thành phố thành viên", "thành phố thứ sáu của Việt Nam".
Whether a phrase is about the GNLC, and which metric it states, is decided later
(lcnet.extract.relevance, lcnet.extract.metric); here only its words are read, from
the unit nouns that lcnet.extract.candidates finds.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from typing import NamedTuple

from lcnet.dates import PartialDate
from lcnet.extract.adjectival import adjectival, attributed
from lcnet.extract.candidates import candidates, one_with_only, words_in
from lcnet.extract.closing_counts import closing_counts
from lcnet.extract.corrected import corrected
from lcnet.extract.counters import counted
from lcnet.extract.elliptic import (
    answered_counts,
    coordinated,
    country_counts,
    counts_over_countries,
    demonym_counts,
    elided,
    elliptic,
    fitting_counts,
    joined_counts,
    named_counts,
    of_the_network,
    placed_joined_counts,
    placed_parts,
    placed_siblings,
    pronoun_counts,
    repeated,
    said_parts,
    sole_demonym_counts,
    stated_totals,
    subjectless_counts,
    unit_said_before,
    verdict_counts,
)
from lcnet.extract.grammar import SYMBOL_STARTS, Grammar
from lcnet.extract.grammar import grammar as _grammar
from lcnet.extract.lang import Language, Role, Unit, language
from lcnet.extract.newcomers import (
    firsts_in_a_country,
    nationals,
    newcomer_parts,
    ranks_in_a_country,
)
from lcnet.extract.numbered_parts import numbered_parts
from lcnet.extract.numbers import (
    alternation,
    as_count,
    may_end_a_number,
    money_words,
    number_pattern,
    read_number,
    suffixed,
)
from lcnet.extract.occurrences import occurrences
from lcnet.extract.openings import opening_parts
from lcnet.extract.population import population_phrases
from lcnet.extract.predicates import (
    Others,
    Pronounced,
    additions_alone,
    apposed,
    bracketed,
    others_alone,
    predicated,
    pronounced,
    verb_places,
    wholes,
)
from lcnet.extract.region_rows import region_rows
from lcnet.extract.respective import respective
from lcnet.extract.subsets import subset_parts
from lcnet.extract.tables import capitals_labelled, tabled
from lcnet.extract.zeros import zero_counts
from lcnet.model import Qualifier

_REACH = 100  # characters before a unit where its number may start
_STEPS = 8  # words before the number's last word where a qualifier may start
# Where words touch, a phrase is short: "超过三亿九千万", "300개가 넘는 신규 회원"
_TOUCHING_REACH = 40
_YEAR = re.compile(r"(?:19|20)\d\d")
_FIRST_PART = re.compile(r"['\u2019-]")  # "sixty-four", "vietnam's"
_OPENING = "\"'([\u00ab\u201c\u201e\u2018\u201a\u00bf\u00a1"  # quotes that open a phrase: «, “, „
_CLOSING = '"\u201c\u201d\u00bb'  # quotes that close a number before its unit: “, ”, »
_OTHER = frozenset({Role.OTHER})
_MEMBER = frozenset({Role.MEMBER})
_NEW = frozenset({Role.NEW})


class Phrase(NamedTuple):
    start: int  # the qualifier or the number
    end: int  # after the unit and the words that follow it
    unit: Unit
    value: int
    qualifier: Qualifier
    roles: frozenset[Role]
    country: str | None  # from an adjective or a name in the phrase: "Vietnamese"
    region: str | None  # "13 new African cities"
    ordinal: bool  # "the fifth member"
    # The number follows what it counts: "its membership to 294" (Grammar.membership).
    trailing: bool = False
    dated: PartialDate | None = None  # the date a table's row or column gives the figure
    gapped: bool = False  # a number alone, its unit the figure before's (lcnet.extract.elliptic)
    part: bool = False  # "nine of the new members": a part of a count, a place's or none
    # A correction's number: where the figure it corrects starts, whose date is its own
    # when its clause gives none (lcnet.extract.corrected); -1 for any other phrase.
    corrects: int = -1
    # The next of a list of shares whose unit the first gave: "Três municípios do Brasil,
    # um de Portugal e um de Cabo Verde" (lcnet.extract.elliptic.placed_siblings); it
    # counts what the first counts.
    sibling: bool = False
    # A country's count of none: "no German city has joined yet" (lcnet.extract.zeros)
    zero: bool = False


_NO_ROLES: frozenset[Role] = frozenset()
_PART_REACH = 100  # characters after a figure where a part of it may be named


def phrases_in(low: str, start: int, end: int, grammar: Grammar) -> list[Phrase]:
    """Every figure phrase in low[start:end], in order, none overlapping another."""
    phrases = _phrases_in(low, start, end, grammar)
    if phrases:
        phrases = _capitals_labelled(low, start, phrases, grammar)
        phrases = _ranges(low, start, phrases, grammar)
    rounds = _round_nouns(grammar.language.code)
    if rounds is None or not phrases:
        return phrases
    # "les villes canadiennes seraient une dizaine", "México ya suma una decena": a
    # round number as a noun is about so many, whichever pass read it
    return [
        p._replace(qualifier=Qualifier.ABOUT)
        if p.qualifier is Qualifier.EXACT and rounds.search(low, p.start, p.end)
        else p
        for p in phrases
    ]


_CITIES = frozenset({Unit.CITY, Unit.MEMBER})
_RANGE_REACH = 48  # characters before a number where the low end of its range may start
_RANGE_WIDTH = 2  # a range's high end is at most twice its low end: "70-80", "400 to 450"
_DASHES = "-\u2013\u2014~\uff5e\u301c"  # and the tildes of "70~80개" (full-width too)
_DASHED_LOW = re.compile(r"\d{1,3}(?:[.,]\d{3})*[" + _DASHES + r"](?=\d)")


def _ranges(low: str, start: int, phrases: list[Phrase], grammar: Grammar) -> list[Phrase]:
    """ "70-80 cities" (a dash), "between 400 and 450 cities", "zwischen 70 und 80 Städte": a range
    is two bounds, at least its low end and at most its high end, each judged alone (a
    range read as its high end alone was an exact figure, wrong or flagged for nothing).
    The low end is a number before a dash, or in a form of Language.number_range; "grew
    from 229 to 294" is a change, whose start no range form takes."""
    found = phrases
    for index, phrase in enumerate(phrases):
        if phrase.qualifier is not Qualifier.EXACT or phrase.ordinal or phrase.trailing:
            continue
        first = max(start, phrase.start - _RANGE_REACH)
        before = low[first : phrase.start]
        tail = before.rstrip()
        if not tail or (tail[-1] not in _DASHES and not _ends_a_range_tie(tail, grammar)):
            continue  # the common case: no dash, no word of a range just before
        match = next(
            (m for form in _range_forms(grammar.language.code) if (m := form.search(before))),
            None,
        )
        if match is None:
            continue
        value = _count(match["low"], grammar.language.code)
        if value is None or not value < phrase.value <= _RANGE_WIDTH * value:
            continue
        previous = before[: match.start()].split()[-1:]
        if previous and previous[0] in grammar.language.number_range_not_after:
            continue  # "grew from 356 to 425 cities": a change, lcnet.extract.changes
        lowest = Phrase(
            first + match.start("low"),
            first + match.end("low"),
            phrase.unit,
            value,
            Qualifier.AT_LEAST,
            phrase.roles,
            phrase.country,
            phrase.region,
            False,
            gapped=True,
        )
        if found is phrases:
            found = list(phrases)
        found[index] = phrase._replace(qualifier=Qualifier.AT_MOST)
        found = [p for p in found if not (p.start < lowest.end and lowest.start < p.end)]
        found.append(lowest)
    return found if found is phrases else sorted(found)


def _ends_a_range_tie(tail: str, grammar: Grammar) -> bool:
    """Whether `tail` (the text before a number, stripped) ends in the word that ties a
    range's low end to its high end in some form of Language.number_range ("and" of
    "between 70 and", "bis", "至"): the cheap test before the forms are searched."""
    ends = _range_ends(grammar.language.code)
    if not ends:
        return False
    if grammar.language.attached:
        return tail.endswith(ends)
    return tail.rsplit(None, 1)[-1] in ends


@cache
def _range_ends(code: str) -> tuple[str, ...]:
    """The last word of each range form after its low end ("and", "to", "至")."""
    after = (form.split("{low}")[-1].split() for form in language(code).number_range)
    return tuple(sorted({words[-1] for words in after if words}))


@cache
def _range_forms(code: str) -> tuple[re.Pattern[str], ...]:
    """The low end of a range and what ties it to the high end, ending where that starts:
    digits and a dash in every language ("70-80", "70 - 80", "70~80개", any dash), and the
    language's words (Language.number_range, {low} for the number: "between {low} and",
    "{low}至"). Where words touch, a letter may stand before the number ("有70至80个")."""
    touching = language(code).attached
    start = r"(?<![\d.,])" if touching else r"(?<![\w.,])"
    space = r"\s*" if touching else r"\s+"
    digits = rf"{start}(?P<low>\d{{1,3}}(?:[.,\u00a0 ]\d{{3}})*)\s?[{_DASHES}]\s?\Z"
    forms = [re.compile(digits)]
    number = f"(?P<low>{number_pattern(code)})"
    opening = "" if touching else r"(?<!\w)"
    for form in language(code).number_range:
        words = form.replace(" ", r"\s+").replace("{low}", number)
        forms.append(re.compile(rf"{opening}{words}{space}\Z"))
    return tuple(forms)


def _capitals_labelled(
    low: str, start: int, phrases: list[Phrase], grammar: Grammar
) -> list[Phrase]:
    """ "New capitals: 11 cities", "신규 수도: 11곳", "新增首都: 11个城市": a count of cities
    after a label that names capitals counts those capitals, with the label's roles."""
    found = phrases
    for index, phrase in enumerate(phrases):
        if phrase.unit not in _CITIES:
            continue
        roles = capitals_labelled(low, phrase.start, start, grammar)
        if roles is not None:
            if found is phrases:
                found = list(phrases)
            found[index] = phrase._replace(unit=Unit.CAPITAL, roles=phrase.roles | roles)
    return found


@cache
def _round_nouns(code: str) -> re.Pattern[str] | None:
    rounds = language(code).approximate_numbers
    return re.compile(rf"(?<!\w)(?:{alternation(rounds)})(?!\w)") if rounds else None


def _phrases_in(low: str, start: int, end: int, grammar: Grammar) -> list[Phrase]:
    words = words_in(low, start, end, grammar)
    phrases = _counted_or_ranked(low, start, end, grammar, words)
    # "Städte weltweit: 356\nLänder: 91": a label's value ends its line; the next line's
    # label is not its unit ("356 Länder"), lcnet.extract.tables reads the pair
    phrases = [p for p in phrases if not _a_labels_value(low, p)]
    heads = _trailing(low, end, grammar, words)
    if not grammar.language.attached:  # where words touch, counters read heads themselves
        phrases, heads = _headed(phrases, heads)
    # "noch keine deutsche Stadt", "aucune ville belge": a country's count of none; a
    # number inside one is its negation's ("한 곳도 없다": not even one)
    zeros = [
        Phrase(begin, finish, Unit.CITY, 0, Qualifier.EXACT, _MEMBER, country, None, False,
               True, zero=True)
        for begin, finish, country in zero_counts(low, start, end, grammar)
    ]  # fmt: skip
    if zeros:
        phrases = [p for p in phrases if not any(z.start <= p.start < z.end for z in zeros)]
    trailing = (
        # "the combined population was put at 310 million": people, their head before the
        # number (first: a count head's reading of the same words counts no people)
        [
            Phrase(
                begin, finish, Unit.CITIZEN, value, qualifier, _NO_ROLES, None, None, False, True
            )
            for begin, finish, value, qualifier in population_phrases(low, start, end, grammar)
        ]
        # "The newcomers, 72 in all, come from": the noun before the commas (first: a head
        # of the words of "in all" would take the number, "au total", "tổng cộng")
        + _apposed(low, start, end, grammar)
        # "Le città italiane della rete (6): Torino, ...": the noun before the bracket
        + _bracketed(low, start, end, grammar)
        # "put the intake and the new total at 72 and 425": each number its word's (first:
        # "the new total at 72" would take the intake's number)
        + [Phrase(*r, False, True) for r in respective(low, start, end, grammar)]
        + heads
        + _bare(low, start, phrases, grammar)
        + _one_of_elided(low, start, end, grammar)
        + _compounds(low, start, end, grammar)
        # "New members by region" over "- Africa (16)": a region's count, its unit above
        # (before a table's reading, which knows no region)
        + [Phrase(*r, False) for r in region_rows(low, start, end, grammar)]
        # "Saudi Arabia ... counts eight.": a country's count closing its clause
        + [Phrase(*c, False, True) for c in closing_counts(low, start, end, grammar)]
        + [Phrase(*t[:8], False, True, t.dated) for t in tabled(low, start, end, grammar)]
        + _predicated(low, start, end, grammar, words, phrases)
        + _counted_alone(low, start, end, grammar)
        # "Las mexicanas de esta ronda son tres: A, B y C": the adjective says more than
        # the names that follow (new ones); before _named, which would take the span
        + [Phrase(*e, False, False, None, True) for e in nationals(low, start, end, grammar)]
        + _named(low, start, end, grammar)
        # "die 64 im Februar aufgenommenen Städte": an attribute between number and noun
        + [
            Phrase(*a[:8], False, False, a[8])
            for a in attributed(low, start, end, phrases, grammar)
        ]
        + zeros
        + [
            Phrase(
                begin, finish, Unit.CITY, value, Qualifier.EXACT, _NO_ROLES, country, region, False
            )
            for begin, finish, value, country, region in subset_parts(
                low,
                [(p.end, min(end, p.end + _PART_REACH)) for p in phrases],
                (start, end),
                grammar,
            )
        ]
    )
    phrases = _merged(phrases, trailing)
    # "356 villes en février 2024, et 229 à l'automne 2020": a unit the figure before gave
    gapped = [Phrase(*e, False, False, None, True) for e in elliptic(low, phrases, end, grammar)]
    # "¿Cuántas ciudades colombianas hacen parte? Seis": an FAQ's answer (first: a count
    # elided after it is of its unit, "Cuatrocientas veinticinco. Antes eran 356")
    answers = [
        Phrase(*e, False, False, None, True) for e in answered_counts(low, start, end, grammar)
    ]
    if answers:  # "日本の加盟都市は" asked, "A. 2都市です": an answer with its own noun is read
        # as the question asks, not as its noun alone would be
        phrases = [p for p in phrases if not any(a.start <= p.start < a.end for a in answers)]
    models = _merged(phrases, answers) if answers else phrases
    bare = [Phrase(*e, False, False, None, True) for e in elided(low, models, end, grammar)]
    gapped += bare  # "eran 115"
    gapped += [
        Phrase(*e, False, False, None, True, True)  # a part of the figure before
        for e in placed_parts(low, phrases, end, grammar)
    ]  # "dont trois qataries"
    gapped += [  # "16 of the 64 new members were in Asia and the Pacific": a placed part
        Phrase(*e, False, False, None, True, True)
        for e in numbered_parts(low, phrases, end, grammar)
    ]
    gapped += [  # "En la de 2022 entraron 77": the verb of joining for the noun
        Phrase(*e, False, False, None, True)
        for e in joined_counts(low, _merged(phrases, gapped), start, end, grammar)
    ]
    gapped += [  # "Três municípios do Brasil, um de Portugal e um de Cabo Verde"
        Phrase(*e, False, False, None, True, False, -1, True)
        for e in placed_siblings(low, _merged(phrases, gapped), end, grammar)
    ]
    gapped += [  # "Do Brasil foram escolhidas três": the country's share, the noun left out
        Phrase(*e, False, False, None, True)
        for e in placed_joined_counts(low, _merged(phrases, gapped), start, end, grammar)
    ]
    gapped += [  # "Con Chía, Colombia suma ocho": the country's verb for the noun (its
        # count, the number after the verb: as a count head's, Phrase.trailing)
        Phrase(*e, False, True, None, True)
        for e in country_counts(low, _merged(phrases, gapped), start, end, grammar)
    ]
    gapped += answers
    gapped += [  # "Das ist zu hoch gegriffen. Mehr als 350 trifft es."
        Phrase(*e, False, False, None, True) for e in fitting_counts(low, start, end, grammar)
    ]
    gapped += [  # "Ours is more like the 180 I said": a figure said again
        Phrase(*e, False, False, None, True)
        for e in repeated(low, _merged(phrases, gapped), start, end, grammar)
    ]
    gapped += [  # "the network counts 425 of them", "le réseau en compte 425"
        # (a verb of the network must read it, as a count head's, unless it adds to a
        # figure: "ne entrarono altre settantasette", as a gapped sibling)
        Phrase(*e, False, not added, None, True)
        for e, added in pronoun_counts(low, _merged(phrases, gapped), start, end, grammar)
    ]
    gapped += [  # "two counts, 294 and 292 cities": the noun of the figure after it
        Phrase(*e, False, False, None, True) for e in coordinated(low, phrases, start, grammar)
    ]
    gapped += [  # "Na lista constam três brasileiras": the adjective for the noun
        Phrase(*e, False, False, None, True)
        for e in demonym_counts(low, _merged(phrases, gapped), start, end, grammar)
    ]
    gapped += [  # "« 356, dans 79 pays »": the cities the countries hold, the noun left out
        Phrase(*e, False, False, None, True)
        for e in counts_over_countries(low, _merged(phrases, gapped), start, end, grammar)
    ]
    gapped += [  # "Verdade. Dezassete, de facto.": what the claim before it counts
        Phrase(*e, False, False, None, True)
        for e in verdict_counts(low, _merged(phrases, gapped), start, end, grammar)
    ]
    gapped += [  # "Yo tenía entendido que eran unas 300": the cities said before
        Phrase(*e, False, False, None, True)
        for e in subjectless_counts(low, _merged(phrases, gapped), start, end, grammar)
    ]
    gapped += [  # "fra queste una sola italiana, Palermo": one, the adjective for the noun
        Phrase(*e, False, False, None, True)
        for e in sole_demonym_counts(low, _merged(phrases, gapped), start, end, grammar)
    ]
    gapped += [
        Phrase(*e, False, False, None, True) for e in said_parts(low, phrases, end, grammar)
    ]  # "13 of them represented for the first time"
    gapped += [  # "Trece de esos países participan por primera vez": opens its sentence
        Phrase(*e, False, False, None, True) for e in opening_parts(low, start, end, grammar)
    ]
    gapped += [  # "De las recién llegadas, siete están en África": the intake's parts
        Phrase(*e, False, False, None, True) for e in newcomer_parts(low, start, end, grammar)
    ]
    gapped += [  # "Es la décima de México": a rank among the country's cities
        Phrase(*e, True, False, None, True) for e in ranks_in_a_country(low, start, end, grammar)
    ]
    gapped += [  # "岡山市は国内で初めてGNLCに加盟した": the first of its country, no noun
        Phrase(*e, True, False, None, True) for e in firsts_in_a_country(low, start, end, grammar)
    ]
    gapped += [  # "le italiane sono otto", "Reggio è la sesta": the adjective for the noun
        Phrase(*e, None, False) for e in adjectival(low, start, end, phrases, grammar)
    ]
    networks = [  # "nell'agosto 2016 erano 115": the network's, named just before
        Phrase(*e, False, True, None, True)
        for e in of_the_network(low, phrases, start, end, grammar)
    ]
    gapped += networks
    gapped += [  # "229 was the figure", "um total de 229 na rede": a noun of counting
        Phrase(*e, False, True, None, True) for e in stated_totals(low, start, end, grammar)
    ]
    phrases = _merged(phrases, gapped)
    bare += networks
    if bare:  # "En 2022 eran 294; dos años después, 356": the unit a bare count was given
        phrases = _merged(
            phrases,
            [
                Phrase(*e, False, False, None, True)
                for e in elliptic(low, sorted(bare), end, grammar)
            ],
        )
    fixed = [  # "cifras que luego corrigió a 54 y 229": the units of the figures corrected
        Phrase(*e[:8], False, False, None, True, False, e[8])
        for e in corrected(low, phrases, start, end, grammar)
    ]
    if not fixed:
        return phrases
    # a number another pass read with the same unit is the correction's: it keeps the
    # link to the figure it corrects (whose date is its own when its clause has none)
    spans = {(f.start, f.end): f for f in fixed}
    kept = [spans.pop((p.start, p.end), p) if p.unit is spans.get((p.start, p.end), p).unit
            else p for p in phrases]  # fmt: skip
    return _merged(kept, list(spans.values()))


def _named(low: str, start: int, end: int, grammar: Grammar) -> list[Phrase]:
    """ "sind es vier: A, B, C und D", "die vierte - nach A, B und C" (named_counts)."""
    found = []
    for first, last, value, country, ranked in named_counts(low, start, end, grammar):
        where = (first, last, Unit.CITY, value, Qualifier.EXACT, _NO_ROLES, country, None)
        found.append(Phrase(*where, ranked, False, None, True))
    return found


def _headed(phrases: list[Phrase], heads: list[Phrase]) -> tuple[list[Phrase], list[Phrase]]:
    """The figures whose number a head before it shares ("Thailand's representation has
    expanded to 10 cities", "bringing the country's total to six cities"): one figure, from
    the head to the unit, whose owner stands before the head (Phrase.trailing); and the
    heads that share no number with a figure."""
    if not heads:
        return phrases, heads
    rest: list[Phrase] = []
    for head in heads:
        index = bisect_left(phrases, head.end, key=_start) - 1
        shared = phrases[index] if index >= 0 else None
        before = phrases[index - 1].end if index > 0 else -1
        if (
            shared is None
            or not before <= head.start < shared.start < head.end <= shared.end
            or (head.unit is Unit.COUNTRY) != (shared.unit is Unit.COUNTRY)
        ):
            rest.append(head)
            continue
        phrases[index] = shared._replace(
            start=head.start,
            roles=shared.roles | head.roles,
            country=shared.country or head.country,
            region=shared.region or head.region,
            trailing=True,
        )
    return phrases, rest


def _merged(phrases: list[Phrase], extras: list[Phrase]) -> list[Phrase]:
    if extras:  # rare: a figure whose number follows what it counts
        kept: list[Phrase] = []  # sorted, none overlapping, like `phrases`
        for extra in extras:  # one that overlaps a unit's phrase is that phrase
            if not _overlaps(phrases, extra) and not _overlaps(kept, extra):
                insort(kept, extra)
        phrases = sorted(phrases + kept)
    return phrases


def _overlaps(phrases: list[Phrase], extra: Phrase) -> bool:
    """Whether `extra` overlaps one of `phrases`, sorted and none overlapping another
    (so their ends are in order too): only the last that starts before it ends can."""
    index = bisect_left(phrases, extra.end, key=_start) - 1
    return index >= 0 and phrases[index].end > extra.start


def _start(phrase: Phrase) -> int:
    return phrase.start


def _counted_or_ranked(
    low: str, start: int, end: int, grammar: Grammar, words: dict[str, list[int]]
) -> list[Phrase]:
    found: list[Phrase] = []
    taken = start
    for at, stop, kind in candidates(low, start, end, grammar, words):
        if at < taken:
            continue
        if kind == "number":
            phrase = _counted(low, at, stop, start, end, grammar)
        else:
            phrase = _ranked(low, at, stop, start, end, grammar)
            if phrase is None and grammar.language.attached:  # "第3回の会議には50都市"
                phrase = _counted(low, at, stop, start, end, grammar)
        if phrase is None:
            continue
        if found and phrase.start < found[-1].end and kind == "number" and not found[-1].ordinal:
            # "72 ciudades más de 46 países": the count's trailing word ("más", more
            # cities) is no qualifier of the next number ("de 46 países", where from)
            shared = _counted(low, at, stop, found[-1].end, end, grammar)
            if shared is not None:
                phrase = shared._replace(qualifier=Qualifier.EXACT)
        if found and phrase.start < found[-1].end:  # "229个成员|城市": the longer reading
            if phrase.end <= found[-1].end:
                continue
            found.pop()
        taken = phrase.end
        found.append(phrase)
    return found


def _counted(
    low: str, at: int, stop: int, floor: int, end: int, grammar: Grammar
) -> Phrase | None:
    """ "more than 400 member cities": a number before the unit."""
    before = _match_before(grammar.before, low, at, floor, grammar, _ends_number)
    if before is None:
        return None
    data = grammar.language
    noun = " ".join(low[at:stop].split())
    unit, singular, roles = grammar.nouns[noun]
    if noun in data.adjective_units and not _adjective_ends(low, stop, end, data.code):
        return None  # "12 neue Kolleginnen": the adjective of another noun, not "64 Neue aus"
    value = _count(before["number"], data.code)
    if value is None or (singular and value != 1):
        return None  # "2.5 cities"; "the 2025 learning city award"
    if (
        stop - at == 1
        and data.unspaced
        and not any(c.isdigit() for c in before["number"])
        and not _names_counted(low, before.start("number"), floor, data.code)
    ):
        return None  # a one-letter unit is a headline's, with digits: "79国"; "两国" is "both"
    after = grammar.after.match(low, stop, end)
    assert after is not None  # every part of it is optional
    country = region = None
    leading, trailing = before["modifiers"], after["modifiers"]
    if leading or trailing:
        more, country, region = _modifiers(leading, trailing, grammar)
        roles |= more
    if before["other_pre"]:
        roles |= _OTHER
    qualifier = _qualifier(before, after, data)
    said = before["number"].split()
    if said[-1] in data.approximate_numbers:  # "une cinquantaine de pays", "un centenar"
        article = (
            said[:-1] or low[max(0, before.start("number") - 8) : before.start("number")].split()
        )
        # "duas dezenas", "medio centenar": counted or halved, so many of them
        counted = len(said) > 1 and (
            said[-2] in data.number_words
            or said[-2] in data.fractions
            or " ".join(said[:-1]) in data.fractions  # "ein halbes Dutzend"
        )
        indefinite = data.indefinite_articles  # "d'une"
        if not counted and (not article or unelided(article[-1]) not in indefinite):
            return None  # "superado el centenar de miembros": a milestone, not a count
        qualifier = Qualifier.ABOUT if qualifier is Qualifier.EXACT else qualifier
    # Positional: a NamedTuple is built several times faster so, and phrases are many.
    start, finish = before.start(), after.end()
    if before["qualifier"] and _blocked(low, start, before["qualifier"], grammar):
        qualifier, start = Qualifier.EXACT, before.start("number")  # "spread over 91 ..."
    if Role.MARK in roles:  # "passed the 400 mark": a bound, said by the verb before it
        marked = (
            _mark_bound(low, before.start("number"), data)
            if qualifier is Qualifier.EXACT
            else qualifier
        )
        if marked is None:
            return None  # "400 mark" with no article: no threshold
        qualifier = marked
    linker = " ".join(before["linker"].split()) if before["linker"] else ""
    if value == 1 and linker and (linker in data.partitive_linkers or linker in data.part_linkers):
        return None  # "uno de los países más representados", "one of the new members":
        # one of them, no count of its own
    if linker and linker in data.partitive_linkers:
        return Phrase(start, finish, unit, value, qualifier, roles, country, region, False,
                      part=True)  # fmt: skip
    return Phrase(start, finish, unit, value, qualifier, roles, country, region, False)


@cache
def _adjective_follower(code: str) -> re.Pattern[str]:
    follow = language(code).adjective_followers or "(?!)"
    return re.compile(rf"\s*(?:[.,;:!?)\u201c\u201d\"]|\Z)|\s+(?:{follow})(?!\w)")


def _adjective_ends(low: str, stop: int, end: int, code: str) -> bool:
    """Whether an adjective read as a unit ("64 Neue aus 35 Ländern", Language.adjective_units)
    ends its noun phrase: punctuation or a word that is no noun follows it."""
    return _adjective_follower(code).match(low, stop, end) is not None


# the names a count closes: "南京和苏州两市", "岡山與多久兩市" (two names joined, then it)
_NAMES_JOINED = re.compile(r"[^\W\d_]{1,6}[\u548c\u4e0e\u8207\u53ca\u3001\u3068][^\W\d_]{1,6}\Z")


@cache
def _joined_before(code: str) -> re.Pattern[str] | None:
    """A clause of joining right before a count: "算上此次入选的三市", "新加入的兩市" (the
    cities that joined; Language.joined_before)."""
    form = language(code).joined_before
    return re.compile(rf"(?:{form})\Z") if form else None


def _names_counted(low: str, number: int, floor: int, code: str) -> bool:
    """Whether the names of the cities a count closes stand just before its number word,
    or a clause of joining does."""
    reach = max(floor, number - 13)
    joined = _joined_before(code)
    return _NAMES_JOINED.search(low, reach, number) is not None or (
        joined is not None and joined.search(low, reach, number) is not None
    )


def _ranked(low: str, at: int, stop: int, floor: int, end: int, grammar: Grammar) -> Phrase | None:
    """ "the fifth Vietnamese member", "thành phố thứ sáu": an ordinal and a unit."""
    data = grammar.language
    key = " ".join(low[at:stop].split())
    unit, _, _ = grammar.nouns[key]
    # A noun both singular and plural ("città") counts any number and ranks too.
    singular = key in data.singular_units
    if unit not in (Unit.CITY, Unit.MEMBER):
        return None
    if not (singular or data.ordinal_after_unit or _ranked_together(low, at, grammar)):
        return None  # "the 3rd and 4th French cities": two ranks, the plural noun is theirs
    if data.ordinal_after_unit:
        found = grammar.ordinal_after.match(low, stop, end)
        if found is None or _after_plural_marker(low, at, floor, data.plural_markers):
            return None  # "những thành phố đầu tiên": the first ones, not the first
        place = grammar.country_after.match(low, found.end())  # "thứ sáu của việt nam"
        if place is None and low[found.end() : found.end() + 1] in _QUOTE_CLOSERS:
            place = grammar.country_after.match(low, found.end() + 1)  # "thứ sáu” của"
        country = data.country_names[" ".join(place["country"].split())] if place else None
        start, finish = at, found.end()
        roles, demonym, region = _modifiers("", found["modifiers"], grammar)
    else:
        found = _match_before(grammar.ordinal_before, low, at, floor, grammar, _is_ordinal)
        if found is None:
            return _numbered(low, at, stop, end, unit, grammar)
        after = grammar.after.match(low, stop, end)  # "la quinta ciudad colombiana"
        start, finish = found.start(), after.end() if after else stop
        country = data.country_names.get(" ".join((found["country"] or "").split()))
        trailing = after["modifiers"] if after else ""
        roles, demonym, region = _modifiers(found["modifiers"], trailing, grammar)
    rank = _rank(found, data)
    if rank is None:
        return None
    return _rank_phrase(start, finish, unit, rank, (roles, demonym, region), country)


def _rank_phrase(
    start: int,
    end: int,
    unit: Unit,
    rank: int,
    modified: tuple[frozenset[Role], str | None, str | None],
    country: str | None,
) -> Phrase:
    """A rank's phrase ("the fifth Vietnamese member", "la ciudad número 14 de México"):
    its modifiers' roles, demonym and region (_modifiers), a country said after it first."""
    roles, demonym, region = modified
    return Phrase(
        start=start,
        end=end,
        unit=unit,
        value=rank,
        qualifier=Qualifier.EXACT,
        roles=roles,
        country=country or demonym,
        region=region,
        ordinal=True,
    )


def _numbered(
    low: str, at: int, stop: int, end: int, unit: Unit, grammar: Grammar
) -> Phrase | None:
    """ "la ciudad número 14 de México", "o município português n.º 14": a singular city
    or member noun, its modifiers, a rank word (Language.rank_numbers) and the number."""
    numbered = grammar.numbered_after
    found = numbered.match(low, stop, end) if numbered is not None else None
    if found is None:
        return None
    rank = _count(found["number"], grammar.language.code)
    if rank is None or not 0 < rank < 1000:
        return None
    place = grammar.country_after.match(low, found.end(), end)  # "número 14 de méxico"
    data = grammar.language
    country = data.country_names[" ".join(place["country"].split())] if place else None
    modified = _modifiers("", found["modifiers"], grammar)
    return _rank_phrase(at, found.end(), unit, rank, modified, country)


_QUOTE_CLOSERS = frozenset("\"'\u201d\u2019\u00bb)")


def _after_plural_marker(low: str, at: int, floor: int, markers: tuple[str, ...]) -> bool:
    if not markers:
        return False
    words = low[max(floor, at - 12) : at].split()
    return bool(words) and words[-1] in markers


def _ranked_together(low: str, at: int, grammar: Grammar) -> bool:
    """Whether two ordinals joined by a conjunction stand before the noun at `at`:
    "les 3e et 4e villes françaises", "the third and fourth cities"."""
    data = grammar.language
    if not data.conjunctions:
        return False
    words = low[max(0, at - 40) : at].split()
    while words and words[-1] in grammar.modifier_words and not _is_ordinal(words[-1], grammar):
        words.pop()
    return (
        len(words) >= 3
        and _is_ordinal(words[-1], grammar)
        and words[-2] in data.conjunctions
        and _is_ordinal(words[-3], grammar)
    )


def _trailing(low: str, end: int, grammar: Grammar, words: dict[str, list[int]]) -> list[Phrase]:
    """ "bringing its membership to 294": found from the form's anchor words."""
    form = grammar.membership
    found: list[Phrase] = []
    for anchor in grammar.membership_anchors if form is not None else ():
        for at in words[anchor]:
            match = form.match(low, at, end)  # type: ignore[union-attr]
            if match is not None:
                phrase = _membership_phrase(match, grammar)
                if phrase is not None:
                    found.append(phrase)
    return found + _counts(low, end, grammar, words)


def _predicated(
    low: str,
    start: int,
    end: int,
    grammar: Grammar,
    words: dict[str, list[int]],
    phrases: list[Phrase],
) -> list[Phrase]:
    """ "las ciudades miembro eran 294", "Sono 64, da 35 Paesi, le nuove città"."""
    data = grammar.language
    if not data.count_predicates and not data.pronoun_counts:
        return []
    verbs = verb_places(low, start, end, data.code)  # none in most text: no noun is read
    places = _uncounted_units(words, phrases, grammar) if verbs else []
    found = []
    for said in predicated(low, start, end, data.code, places, verbs):
        value = _count(said.number, data.code)
        if value is None:
            continue
        unit, _, roles = grammar.nouns[said.noun]
        more, country, region = _modifiers(said.before, said.after, grammar)
        qualifier = data.qualifiers[" ".join(said.qualifier.split())] if said.qualifier else None
        qualified = qualifier or Qualifier.EXACT
        at = (said.start, said.end)
        found.append(
            Phrase(*at, unit, value, qualified, roles | more, country, region, False, True)
        )
    # "en annonçait 115": members; "junto a otras 71.": others, the noun left out
    members = _not_money(low, start, pronounced(low, start, end, data.code), data)
    found += _said(members, Unit.MEMBER, _MEMBER, data, True)
    found += _said(others_alone(low, start, end, data.code), Unit.OTHERS, frozenset(), data, False)
    # "In December UNESCO added seventy-two more": an intake, its noun said before
    found += _said(additions_alone(low, start, end, data.code), Unit.CITY, _NEW, data, False)
    # "..., for 294 in all", "insgesamt 294": the whole, its unit said before; never of
    # a million ("quelque 390 millions au total": people, elliptic.stated_totals)
    whole = [w for w in wholes(low, start, end, data.code) if _members_size(w.number, data.code)]
    found += _said(whole, Unit.MEMBER, _MEMBER, data, True)
    return found


def _members_size(number: str, code: str) -> bool:
    value = _count(number, code)
    return value is not None and value < _MOST_MEMBERS


_MOST_MEMBERS = 10_000  # a count of the network's members, or of any country's, is smaller


def _not_money(
    low: str, start: int, items: Iterable[Pronounced], data: Language
) -> list[Pronounced]:
    """The counts whose clause names no money before them: "its budget rose to 425", "the
    cost reached 300" are money (Language.money_nouns), not the members a verb of rising
    or reaching says of the network's unit said before."""
    found = list(items)
    if not found or not data.money_nouns:
        return found
    money = money_words(data.money_nouns)
    kept = []
    for item in found:
        first = max(start, item.start - _MONEY_REACH)
        clause = max(low.rfind(mark, first, item.start) for mark in _CLAUSE_ENDS) + 1
        if money.search(low, max(first, clause), item.start) is None:
            kept.append(item)
    return kept


_MONEY_REACH = 40  # characters before a count where the noun of its money may stand
_CLAUSE_ENDS = (";", ",", ".", ":")


def _said(
    items: Iterable[Pronounced | Others],
    unit: Unit,
    roles: frozenset[Role],
    data: Language,
    trailing: bool,
) -> list[Phrase]:
    """The phrases of counts said without their usual form (a clitic, "others" alone)."""
    found = []
    for item in items:
        value = _count(item.number, data.code)
        if value is None:
            continue
        said_qualifier = " ".join(item.qualifier.split())
        qualified = data.qualifiers[said_qualifier] if said_qualifier else Qualifier.EXACT
        at = (item.start, item.end)
        found.append(Phrase(*at, unit, value, qualified, roles, None, None, False, trailing))
    return found


def _counted_alone(low: str, start: int, end: int, grammar: Grammar) -> list[Phrase]:
    """ "网络成员已由...170多个 ... 增至今天的逾300个": a counter whose noun came before."""
    data = grammar.language
    found = []
    for said in counted(low, start, end, data.code):
        value = _count(said.number, data.code)
        if value is None:
            continue
        unit, _, roles = grammar.nouns[said.noun]
        if said.noun_at >= 0:  # "新規加盟都市の3つ": the words right before its noun
            roles = roles | _roles_before(low, said.noun_at, grammar)
        qualifier = Qualifier.EXACT
        if said.qualifier:
            qualifier = data.qualifiers[said.qualifier]
        elif said.after:
            qualifier = data.qualifiers_after_number[said.after]
        found.append(
            Phrase(
                said.start, said.end, unit, value, qualifier, roles, None, None, False, said.headed
            )
        )
    return found


_ROLES_REACH = 12  # characters before a counted noun where its modifiers may stand


def _roles_before(low: str, at: int, grammar: Grammar) -> frozenset[Role]:
    """The roles of the modifiers touching a noun from before ("新規加盟" of "64の新規加盟
    都市の3つ"), and a verb of membership right before it ("加盟している都市は合計5つ":
    its members), where words touch."""
    before = low[max(0, at - _ROLES_REACH) : at]
    found = _touching_modifiers(grammar.language.code).search(before)
    roles: frozenset[Role] = frozenset()
    if found is not None:
        roles = _modifiers(found.group(), "", grammar)[0]
    verb = grammar.member_verbs.search(before)
    if verb is not None and verb.end() == len(before):
        roles = roles | _MEMBER
    return roles


@cache
def _touching_modifiers(code: str) -> re.Pattern[str]:
    data = _grammar(code).language
    words = [w for w in data.modifiers_before if w not in data.demonyms]
    return re.compile(rf"(?:{alternation(words) or '(?!)'})+\Z")


def _apposed(low: str, start: int, end: int, grammar: Grammar) -> list[Phrase]:
    """ "The newcomers, 72 in all, come from 46 countries": the noun before the commas."""
    data = grammar.language
    found = []
    for said in apposed(low, start, end, data.code):
        value = _count(said.number, data.code)
        if value is None or said.noun not in grammar.nouns:
            continue
        unit, _, roles = grammar.nouns[said.noun]
        more, country, region = _modifiers("", said.after, grammar)
        at = (said.start, said.end)
        found.append(
            Phrase(*at, unit, value, Qualifier.EXACT, roles | more, country, region, False)
        )
    return found


def _bracketed(low: str, start: int, end: int, grammar: Grammar) -> list[Phrase]:
    """ "Le città italiane della rete (6): ...": the noun before the bracket, its
    modifiers before and after it."""
    found = []
    for said in bracketed(low, start, end, grammar.language.code):
        value = _count(said.number, grammar.language.code)
        if value is None or said.noun not in grammar.nouns:
            continue
        unit, _, roles = grammar.nouns[said.noun]
        more, country, region = _modifiers(said.before, said.after, grammar)
        at = (said.start, said.end)
        found.append(
            Phrase(*at, unit, value, Qualifier.EXACT, roles | more, country, region, False)
        )
    return found


def _uncounted_units(
    words: dict[str, list[int]], phrases: list[Phrase], grammar: Grammar
) -> list[int]:
    """Where unit nouns stand outside the counted phrases ("425 cities" has its number)."""
    ends = [p.end for p in phrases]  # in order: phrases are sorted and apart
    starts = [p.start for p in phrases]
    return sorted(
        at
        for prefix, *_ in grammar.unit_groups
        for at in words[prefix]
        if (i := bisect_right(starts, at) - 1) < 0 or ends[i] <= at
    )


def _bare(low: str, start: int, phrases: list[Phrase], grammar: Grammar) -> list[Phrase]:
    """ "bringing the network to 230 in 64 countries": the bare number the countries
    follow counts the network's members."""
    form = grammar.bare_count
    if form is None:
        return []
    found = []
    for countries in phrases:
        if countries.unit is not Unit.COUNTRY:
            continue
        match = form.search(low, max(start, countries.start - 60), countries.start)
        value = _count(match["number"], grammar.language.code) if match else None
        if match is not None and value is not None:
            number = match.span("number")
            found.append(
                Phrase(
                    *number, Unit.MEMBER, value, Qualifier.EXACT, _MEMBER, None, None, False, True
                )
            )
    return found


# "Capital one of eleven to be admitted this round", "Three Indian cities among 77
# admitted worldwide", '"Being one of 170 is not the point"': one of a count whose noun
# is the subject's, left out after the number (Language.elided_one_of, elided_among,
# elided_after, elided_capital, elided_count_nouns). The openings are found with str.find.
_ONE_OF_SMALLEST = 10  # "one of two" is no count of the network's


def _one_of_elided(low: str, start: int, end: int, grammar: Grammar) -> list[Phrase]:
    data = grammar.language
    if not data.elided_one_of:
        return []
    code = data.code
    found: list[Phrase] = []
    for among in (False, True):
        for opening in data.elided_among if among else data.elided_one_of:
            for at in occurrences(low, start, end, opening):
                if at > 0 and low[at - 1].isalnum():
                    continue
                if among and _ends_a_count(low, max(start, at - 30), at, data):
                    continue  # "Three Indian cities among 77 admitted": a part of the
                    # intake, whose verb after it is the part's (its metric read from it)
                match = _one_of_form(code).match(low, at + len(opening), end)
                value = _count(match["number"], code) if match is not None else None
                if match is None or value is None or not _ONE_OF_SMALLEST <= value < 1000:
                    continue
                after = low[match.end() : match.end() + 40].split()[:2]
                if any(word.strip(".,;:") in grammar.nouns for word in after):
                    continue  # "eine von 64 neu aufgenommenen Städten": the noun is said
                capital = bool(data.elided_capital) and (
                    low.rfind(data.elided_capital, max(start, at - 30), at) >= 0
                )
                unit = Unit.CAPITAL if capital else Unit.MEMBER
                roles = _NEW if match["new"] else _MEMBER
                span = match.span("number")
                found.append(Phrase(*span, unit, value, Qualifier.EXACT, roles, None, None, False))
    return found


def _ends_a_count(low: str, start: int, end: int, data: Language) -> bool:
    """Whether a count's noun (Language.elided_count_nouns, or a compound ending in one:
    "Mitgliedsstädte") ends low[start:end] before a space."""
    if end - 1 < start or low[end - 1] != " ":
        return False
    words = low[start : end - 1].rsplit(None, 1)
    return bool(words) and words[-1].endswith(data.elided_count_nouns)


@cache
def _one_of_form(code: str) -> re.Pattern[str]:
    """The number after "one of", then a participle of admission or the clause's end."""
    return re.compile(
        rf"(?P<number>{number_pattern(code)})"
        rf"(?:\s+(?:{language(code).elided_after})|(?=[.,;:!?\u201c\u201d\"]))"
    )


def _compounds(low: str, start: int, end: int, grammar: Grammar) -> list[Phrase]:
    """ "the 91-country network", "a 425-member network": a count made one word with its
    unit, before a name of the network (Language.compound_units)."""
    form = grammar.compound
    if form is None:
        return []
    units = grammar.language.compound_units
    found = []
    # one pass for every unit word (str.find per word read the text once per word)
    for hyphen in _hyphened(tuple(units)).finditer(low, start, end):
        at = hyphen.start()
        match = form.search(low, max(start, at - 8), min(end, at + 80))
        if match is not None and match.start("unit") == at + 1:
            value = _count(match["number"], grammar.language.code)
            unit = units[match["unit"]]
            roles = _MEMBER if unit is Unit.MEMBER else _NO_ROLES
            if value is not None:
                span = (match.start(), match.end("unit"))
                found.append(Phrase(*span, unit, value, Qualifier.EXACT, roles, None, None, False))
    return found


@cache
def _hyphened(words: tuple[str, ...]) -> re.Pattern[str]:
    """A hyphen that one of the words follows ("-country"): where a compound may be."""
    return re.compile("-(?=" + "|".join(map(re.escape, words)) + ")")


def _counts(low: str, end: int, grammar: Grammar, words: dict[str, list[int]]) -> list[Phrase]:
    """ "the number of member cities in the GNLC has now reached 425"."""
    form, first = grammar.count_form, grammar.count_first
    if form is None:
        return []
    found: list[Phrase] = []
    for head in grammar.count_heads:
        for at in words[head]:
            match = form.match(low, at, end)
            if (
                match is None and first is not None and _number_just_before(low, at, grammar)
            ):  # "portant à 230 le nombre de villes"
                match = next(
                    (m for m in first.finditer(low, max(0, at - _FIRST_BEFORE), min(end, at + 80))
                     if m.start("head") == at),
                    None,
                )  # fmt: skip
                if match is not None and not match["first_verb"] and not match["noun"]:
                    match = None  # no verb, no noun: "230 in total" (the whole said before)
            if match is not None:
                phrase = _count_phrase(low, match, grammar)
                if phrase is not None:
                    found.append(phrase)
    return found


def _number_just_before(low: str, at: int, grammar: Grammar) -> bool:
    """Whether a number may end one or two words before the count head at `at`, as
    Grammar.count_first reads it ("to 230 the number", "230 le nombre"): the cheap test
    before its search around every head (most heads, "the number of", "countries", have
    none there)."""
    code = grammar.language.code
    words = low[max(0, at - _FIRST_BEFORE) : at].split()[-2:]
    return any(may_end_a_number(word, code) for word in words)


_FIRST_BEFORE = 60  # characters before a head where count_first's match may start
_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)\s+\Z")


def _demonym_before(low: str, at: int, data: Language) -> str | None:
    """The country of the adjective of nationality right before `at`, if one stands
    there: "Thai tally", "die deutsche Mitgliederzahl"."""
    word = _WORD_BEFORE.search(low, max(0, at - 30), at)
    return data.demonyms.get(word.group(1)) if word else None


def _count_phrase(low: str, match: re.Match[str], grammar: Grammar) -> Phrase | None:
    data = grammar.language
    value = _count(match["number"], data.code)
    if value is None:
        return None
    noun = match["noun"]
    if not noun and data.money_nouns:  # "the total budget is 300": money, not members
        money = money_words(data.money_nouns).search(
            low, max(0, match.start() - 24), match.start("number")
        )
        if money is not None:
            return None
    unit, _, roles = (
        grammar.nouns[" ".join(noun.split())] if noun else (Unit.MEMBER, False, _MEMBER)
    )
    if (
        not noun
        and value < _FEWEST_MEMBERS
        and unit_said_before(low, match.start(), 0, grammar) is Unit.COUNTRY
    ):  # "72 cities from 46 countries; with them the count is 91": the countries said
        unit, roles = Unit.COUNTRY, _NO_ROLES  # last, a count too small for the members
    after = match.groupdict().get("after") or ""  # "le nombre de villes thaïlandaises"
    more, country, region = _modifiers(match["modifiers"] or "", after, grammar)
    if country is None:  # "the total of learning cities in Viet Nam to five"
        place = grammar.country_after.search(low, match.start(), match.start("number"))
        country = data.country_names[" ".join(place["country"].split())] if place else None
    if country is None:  # "Thai tally reaches ten": the adjective right before the head
        country = _demonym_before(low, match.start(), data)
    leading = match["qualifier"]
    if leading:
        qualifier = data.qualifiers[" ".join(leading.split())]
    else:
        qualifier = Qualifier.MORE_THAN if match["plus"] else Qualifier.EXACT
    start, end = match.span()
    if _DIGIT.search(low, start, match.start("number")):  # "membership grew from 229 in
        start = match.start("qualifier") if leading else match.start("number")  # 2020 to
        # 294": the change's start is a figure of its own, and so is its end
    roles = roles | more | _MEMBER if unit is not Unit.COUNTRY else roles | more
    return Phrase(start, end, unit, value, qualifier, roles, country, region, False, True)


_DIGIT = re.compile(r"\d")
_FEWEST_MEMBERS = 115  # the network's members since it first counted them (2016)


def _membership_phrase(match: re.Match[str], grammar: Grammar) -> Phrase | None:
    data = grammar.language
    value = _count(match["number"], data.code)
    if value is None:
        return None
    leading = match["qualifier"]
    if leading:
        qualifier = data.qualifiers[" ".join(leading.split())]
    elif match["plus"] or match.groupdict().get("more"):
        qualifier = Qualifier.MORE_THAN  # "the count had passed 200"
    elif approximately := match.groupdict().get("after_number"):
        qualifier = data.qualifiers_after_number[" ".join(approximately.split())]
    else:
        qualifier = Qualifier.EXACT
    place = match.groupdict().get("country")
    # a country's name ("Italia"), or its adjective ("le città italiane sono sei")
    key = " ".join(place.split()) if place else ""
    country = data.country_names.get(key) or data.demonyms.get(key) if key else None
    start, end = match.span()
    # "总数由230个更正为229个": not the first figure; "加盟都市は2024年2月の発表で356に": the
    # time or means between the members and their count dates it, before the phrase
    if match.groupdict().get("changed") or match.groupdict().get("means"):
        start = match.start("qualifier") if leading else match.start("number")
    roles = _NEW if match.groupdict().get("new") else _MEMBER  # "再添3座": newcomers
    # "参加国は76に広がり": the member countries named before their bare count
    unit = Unit.COUNTRY if match.groupdict().get("nations") else Unit.MEMBER
    return Phrase(start, end, unit, value, qualifier, roles, country, None, False, True)


def _match_before(
    pattern: re.Pattern[str],
    low: str,
    at: int,
    floor: int,
    grammar: Grammar,
    plausible: Callable[[str, Grammar], bool],
) -> re.Match[str] | None:
    """The longest match of `pattern` that ends where the unit starts.

    The words before the unit are read first (str.split is fast): past the modifiers,
    the last word must end a number (or be an ordinal); only then is the pattern tried,
    at the words that may open a phrase, from the farthest one inward.
    """
    reach = max(floor, at - _REACH)
    paragraph = low.rfind("\n\n", reach, at)
    if paragraph >= 0:
        reach = paragraph + 2
    if grammar.openers is not None:
        reach = max(reach, at - _TOUCHING_REACH)
        return _match_touching(pattern, low, at, reach, grammar.openers)
    words = low[reach:at].split()
    last = len(words) - 1
    if last >= 0 and words[last] in _CLOSING:
        last -= 1  # « 200 » villes: the quote closes the number
    while last >= 0 and words[last] in grammar.modifier_words:
        if plausible is _is_ordinal and _is_ordinal(words[last], grammar):
            break  # "the first Iraqi city": "first" ranks here, it is no modifier
        last -= 1
    if last < 0:
        return None
    after = words[last + 1] if last + 1 < len(words) else ""
    if not plausible(words[last], grammar) and not one_with_only(
        words[last], after, grammar.language
    ):
        return None
    known = grammar.phrase_openers
    # Digits take a word or two ("390 million"), so a qualifier starts at most 3 words
    # before them; number words take more ("three hundred and fifty-six").
    steps = grammar.digit_steps if words[last][0].isdigit() else _STEPS
    openers: list[int] = []
    for i in range(max(0, last - steps), last + 1):
        word = words[i]
        if word[0] in _OPENING:  # «quasi 400 città»: few words open on a quote
            word = word.lstrip(_OPENING)
        # a word of letters only opens a phrase as a word of one (most words: one test)
        if word in known or (not word.isalpha() and _opens_as_written(word, known)):
            openers.append(i)
    if not openers:
        return None
    starts = [0] * len(words)
    position = at
    for index in range(len(words) - 1, openers[0] - 1, -1):
        position = starts[index] = low.rfind(words[index], reach, position)
    for index in openers:
        word = words[index]
        if word.isalnum():  # the common case ("the", "more", "64"): nothing to skip
            found = pattern.match(low, starts[index], at)
            if found is not None:
                return found
            continue
        if ":" in word and _glued_after_colon(word):
            skip = word.rindex(":") + 1
        elif word[:1].isdigit() and (dash := _DASHED_LOW.match(word)) is not None:
            skip = dash.end()  # "70-80 cities": the high end of a range (_ranges)
        elif (
            ("'" in word or "\u2019" in word)
            and word.lstrip(_OPENING) not in known
            and word.lstrip(_OPENING) not in grammar.gate_words  # "un'unica": a number
            and _is_ordinal(word, grammar)
        ):
            skip = len(word) - len(unelided(word.lstrip(_OPENING)))  # "l'ottava"
        else:
            skip = len(word) - len(word.lstrip(_OPENING))  # «quasi 400 città»
        found = pattern.match(low, starts[index] + skip, at)
        if found is None and word.lstrip(_OPENING)[:3] in _QUE:
            # "qu'onze villes", "qu'une seule ville": a number after an elided "que"
            bare = unelided(word.lstrip(_OPENING))
            if bare in known:
                found = pattern.match(low, starts[index] + len(word) - len(bare), at)
        if found is not None:
            return found
    return None


_QUE = ("qu'", "qu\u2019")  # French "que" elided before a number


def _glued_after_colon(word: str) -> bool:
    """ "cities:64": a number glued to the colon after a word (no space after the
    colon, as in some headlines); "10:30", a time, has a digit before the colon."""
    head, colon, tail = word.rpartition(":")
    return bool(colon) and tail[:1].isdigit() and head[-1:].isalpha()


def _opens_as_written(word: str, known: frozenset[str]) -> bool:
    """Whether a word that is not all letters may open a figure phrase: a number, an
    elided or hyphened opener, a headline's label glued to its number, a symbol."""
    return (
        word[:1].isdigit()
        or (("'" in word or "\u2019" in word) and unelided(word) in known)  # "l'ottava"
        # "sixty-four", "vietnam's": the first part may open a phrase
        or (
            ("-" in word or "'" in word or "\u2019" in word)
            and _FIRST_PART.split(word, maxsplit=1)[0] in known
        )
        or (":" in word and _glued_after_colon(word))  # a headline's "Cities:64 new members"
        or (word[:1] in SYMBOL_STARTS and word[1:2].isdigit())  # "~500 million"
    )


def _match_touching(
    pattern: re.Pattern[str], low: str, at: int, reach: int, openers: re.Pattern[str]
) -> re.Match[str] | None:
    """_match_before where words touch ("共有356个城市"): no spaces to split the words
    at, so the pattern is tried where a qualifier or a number starts, farthest first."""
    reach = _last_item_start(low, reach, at)  # "- 成员: 425个\n- 中国成员": not past its item
    for opener in openers.finditer(low, reach, at):
        found = pattern.match(low, opener.start(), at)
        if found is not None:
            return found
    return None


_NEW_ITEM = re.compile(r"\n[ \t]*(?:[-*+|>\u2022]|\d{1,2}[.)])[ \t]|\n[ \t]*\n")


def _last_item_start(low: str, start: int, end: int) -> int:
    """Where the last list item, table row, quote or paragraph in low[start:end] begins."""
    last = start
    for found in _NEW_ITEM.finditer(low, start, end):
        last = found.end()
    return last


def _ends_number(word: str, grammar: Grammar) -> bool:
    # an opening quote touches the number word: "\"Deux villes du Sénégal ont rejoint"
    word = (
        word.rstrip(_CLOSING).rstrip("+*\u2020\u2021").removesuffix("-plus").removesuffix("-odd")
    )
    word = word.lstrip(_OPENING)
    if word not in grammar.gate_words:  # "un'unica città": a number word with its article
        word = unelided(word)  # "ne comptait qu'onze villes"
    return (
        word[-1:].isdigit()
        or word.rsplit("-", 1)[-1] in grammar.gate_words
        or suffixed(word, grammar.language)  # "500m citizens"
    )


# An article elided onto the word after it: "l'ottava", "dell'unica", "l'unique"
# and French "qu'" (que) before a number: "n'a qu'une seule ville", "qu'onze villes"
_ELIDED_ARTICLE = re.compile(r"(?:l|dell|all|nell|sull|dall|un|d|qu)['\u2019](?=\w)")


def unelided(word: str) -> str:
    """The word without an article elided onto it ("l'ottava": "ottava")."""
    if "'" not in word and "\u2019" not in word:
        return word  # the common case, without a pattern
    found = _ELIDED_ARTICLE.match(word)
    return word[found.end() :] if found else word


def _is_ordinal(word: str, grammar: Grammar) -> bool:
    data = grammar.language
    word = unelided(word.lstrip(_OPENING))  # "“la sesta città italiana", "l'ottava"
    return word in data.ordinals or re.fullmatch(data.ordinal_digits, word) is not None


@lru_cache(maxsize=4096)  # the same numbers are read again and again ("5", "425")
def _count(number: str, code: str) -> int | None:
    if _YEAR.fullmatch(number):
        return None  # "the 2025 cities": a year, never a count of the network's members
    value = read_number(number, code)
    return None if value is None else as_count(value)


def _rank(found: re.Match[str], data: Language) -> int | None:
    if found["n"]:
        return int(found["n"]) or None
    return data.ordinals.get(" ".join(found["ordinal"].split()))


def _blocked(low: str, start: int, qualifier: str, grammar: Grammar) -> bool:
    """Whether the word before a qualifier makes it a preposition ("spread over"), or a
    symbol opens its line: "> 230" quotes an e-mail or a page (Grammar.quoted_lines)."""
    data = grammar.language
    if qualifier in _LINE_MARKS and grammar.quoted_lines:  # the line read only then
        begin = low.rfind("\n", 0, start) + 1
        if not low[begin:start].strip():
            return not _statistic_line(low, begin, start)
    if not data.qualifier_blockers:
        return False
    words = low[max(0, start - 40) : start].split()
    while len(words) > 1 and words[-1] in data.blocker_gaps:
        words.pop()  # "erstreckt sich inzwischen über 91 Länder", "stretches now over"
    return bool(words) and words[-1] in data.qualifier_blockers


_LINE_MARKS = frozenset({">", "<"})
# A headline statistic: the symbol, a number and at most a word of scale, all its line holds
# ("> 390 million", then "inhabitants of UNESCO learning cities" on the next line)
_STATISTIC = re.compile(r"[<>]\s?[\d][\d.,\s]{0,11}(?:\s?[^\W\d]{1,10}\.?)?[ \t]*(?:\n|\Z)")


def _statistic_line(low: str, begin: int, start: int) -> bool:
    """Whether a ">" or "<" that opens its line is a headline statistic's qualifier, not an
    e-mail's quote: the number (and a word of scale) is all its line holds, and neither
    the line before nor the line after opens with a quote mark ("> 390 million" between
    "79 countries" and "inhabitants of UNESCO learning cities", as UIL's pages lay them out
    copied as text)."""
    if _STATISTIC.match(low, start) is None:
        return False
    before = low.rfind("\n", 0, max(0, begin - 1)) + 1
    after = low.find("\n", start)
    return not (
        (begin > 0 and low[before : begin - 1].lstrip()[:1] in _LINE_MARKS)
        or (after >= 0 and low[after + 1 : after + 80].lstrip(" \t")[:1] in _LINE_MARKS)
    )


def _mark_bound(low: str, at: int, data: Language) -> Qualifier | None:
    """The bound a threshold named after its number gives ("passed the 400 mark": more
    than; "reached the 400-member mark": at least; "approaching the 400 mark": nearly),
    None when no article stands right before the number (Language.mark_articles)."""
    words = low[max(0, at - 40) : at].split()
    if not words or words[-1] not in data.mark_articles:
        return None
    verb = words[-2] if len(words) > 1 else ""
    return data.mark_verbs.get(verb, Qualifier.AT_LEAST)


def _qualifier(before: re.Match[str], after: re.Match[str], data: Language) -> Qualifier:
    leading = before["qualifier"]
    if before["mark"]:  # "passed the mark of 350", "la barre des 350": at least, or more
        return data.qualifiers[" ".join(leading.split())] if leading else Qualifier.AT_LEAST
    if leading:
        return data.qualifiers[" ".join(leading.split())]
    if before["plus"]:
        return Qualifier.MORE_THAN  # "400+ cities"
    trailing = after["qualifier"]  # a group of `after` in every language, maybe empty
    if trailing:
        return data.qualifiers_after[" ".join(trailing.split())]
    approximately = before["after_number"]  # "300여 개", "400多个"
    if approximately:
        return data.qualifiers_after_number[" ".join(approximately.split())]
    return Qualifier.EXACT


def _modifiers(
    before: str, after: str, grammar: Grammar
) -> tuple[frozenset[Role], str | None, str | None]:
    """The roles, country and region that the words around the unit give."""
    return _read_modifiers(before, after, grammar.language.code)


@lru_cache(maxsize=4096)
def _read_modifiers(
    before: str, after: str, code: str
) -> tuple[frozenset[Role], str | None, str | None]:
    # Remembered: a language has few modifiers ("new", "member", "Vietnamese"), which
    # prose combines in few ways, and reading them takes two patterns and a loop.
    grammar = _grammar(code)
    data = grammar.language
    roles: set[Role] = set()
    country = region = None
    words = [
        *grammar.modifier_words_before.findall(before),
        *grammar.modifier_words_after.findall(after),
    ]
    for word in (" ".join(w.split()) for w in words):
        if word in data.demonyms:
            country = data.demonyms[word]
        elif word in data.regions:
            region = data.regions[word]
        else:
            roles.add(data.modifiers_before.get(word) or data.modifiers_after[word])
    return frozenset(roles), country, region


def _a_labels_value(low: str, phrase: Phrase) -> bool:
    """Whether the phrase's number is the value after a label's colon, its unit on the
    next line: "Städte weltweit: 356\nDeutsche Städte: 4" is two label-value lines."""
    wrap = low.find("\n", phrase.start, phrase.end)
    if wrap < 0:
        return False  # the common case
    before = low[max(0, phrase.start - 4) : phrase.start].rstrip(" \t*_")
    line_end = low.find("\n", wrap + 1)
    label = low[wrap + 1 : line_end if line_end >= 0 else len(low)]
    if not before.endswith((":", "\uff1a")):
        # "Countries ...... 91\nNew members .... 72": a leader's value, the next line a
        # label with its own
        line = low[low.rfind("\n", 0, phrase.start) + 1 : phrase.start]
        if _LEADER_BEFORE.search(line) is not None and _LEADER_LINE.match(label) is not None:
            return True
        return _GAP_BEFORE.search(line) is not None and _GAP_LINE.match(label) is not None
    return ":" in label or "\uff1a" in label  # the next line is a label's too


_LEADER_BEFORE = re.compile(r"^[ \t]*[^\W\d_][^\n]*?(?:\.{2,}|\u2026)[ \t.]*\Z")
_LEADER_LINE = re.compile(r"[ \t]*[^\W\d_][^\n]*?(?:\.{2,}|\u2026)[ \t.]*\S")
# or a gap of columns between a short label and its value: "Vertretene Staaten      91"
# over "Neuaufnahmen am 4. Dezember      72" (a label holds no sentence's stop: prose whose
# markup was blanked has gaps too, "brings together   425" over "cities")
_GAP_LABEL = (
    r"[ \t]*[^\W\d_](?:[^\n.:?!|]|(?<=\d)\.(?= )){0,40}?(?:[ \t]*[\t\u3000][ \t\u3000]*|[ \t]{2,})"
)
_GAP_BEFORE = re.compile(rf"^{_GAP_LABEL}\Z")
_GAP_LINE = re.compile(rf"{_GAP_LABEL}[0-9\uff10-\uff19][^\n]{{0,12}}$", re.MULTILINE)
