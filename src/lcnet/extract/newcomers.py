"""Counts whose noun is left out: what the cities are stands in for them.

Parts of an intake named by their place: "De las recién llegadas, siete están en África
y once en Asia y el Pacífico", "Das 64 escolhidas, sete ficam na África e três no
Brasil", "Entre las recién llegadas, once son capitales" (newcomer_parts). A country's
cities as its adjective: "Las mexicanas en la red son tres", "as portuguesas na rede são
agora dezasseis"; the new ones as their own: "as novas são 54" (nationals). A rank in a
country: "Es la décima de México", "É a décima sexta de Portugal" (ranks_in_a_country).

The set opens the sentence (Language.newcomer_sets: "de las recién llegadas", "das
novas", "of the newcomers") and a comma closes it, a few words after it at most; each
part is a number, a verb of being or of place, and a region, a country, an adjective
of nationality or the word for capitals. Parts follow one another after a comma or a
conjunction, their verb left out ("y once en Asia"). A number inside the set ("Das 64
escolhidas", "entre las 72 admitidas") is the intake, whatever follows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from lcnet.extract.grammar import Grammar, country_named_last, spaced, wrapped
from lcnet.extract.grammar import grammar as _grammar
from lcnet.extract.lang import Role, Unit
from lcnet.extract.numbers import alternation, number_pattern, read_number
from lcnet.extract.occurrences import kept_places, occurrences
from lcnet.model import Qualifier

Found = tuple[int, int, Unit, int, Qualifier, frozenset[Role], str | None, str | None]

_NEW = frozenset({Role.NEW})
_LARGEST_PART = 100  # an intake has had at most 77 cities
_WHOLE = re.compile(r"\d{1,3}")


def newcomer_parts(low: str, start: int, end: int, grammar: Grammar) -> Iterator[Found]:
    """Each part of the newcomers named by its place (and the intake the set names)."""
    forms = _forms(grammar.language.code)
    if forms is None:
        return
    opener, part, joiner = forms
    data = grammar.language
    for found in _anchored(
        opener, low, (start, end), data.newcomer_words, (_SET_REACH, _SET_REACH)
    ):
        whole = _WHOLE.search(found.group("set"))
        size = int(whole.group()) if whole else _LARGEST_PART
        # "Entre las 72 admitidas hay ...": among them, or before the comma of its parts
        # (not "com o voto dos 11 eleitos presentes")
        among = found.group("opens") is not None or found.group("set").startswith(data.among_words)
        if whole is not None and size <= _LARGEST_PART and among:
            at = found.start("set") + whole.start()
            yield (at, at + len(whole.group()), Unit.CITY, size, Qualifier.EXACT, _NEW, None, None)
        if found.group("opens") is None:  # no comma after it: no parts follow
            continue
        at = found.end()
        while (match := part.match(low, at, end)) is not None:
            value = read_number(match["number"], data.code)
            if not isinstance(value, int) or not 0 < value < size:
                break
            place = " ".join(match["place"].split())
            unit, country, region = _placed(place, grammar)
            yield (match.start("number"), match.end(), unit, value, Qualifier.EXACT,
                   _NEW, country, region)  # fmt: skip
            joined = joiner.match(low, match.end(), end)
            if joined is None:
                break
            at = joined.end()


def after_a_newcomer_set(low: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether a set of newcomers (Language.newcomer_sets) stands between `start` and
    `end`: "Entre las 72 admitidas hay dos municipios mexicanos", "Among the 72
    newcomers are two Thai cities": a country's count after it is its share of them."""
    form = _set_form(grammar.language.code)
    return form is not None and form.search(low, start, end) is not None


def in_a_newcomer_set(low: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether low[start:end] is the number of a set of newcomers ("entre as 72
    admitidas"): the whole intake, no country's share of it."""
    if not low[start:end].isdigit():
        return False
    form = _set_form(grammar.language.code)
    if form is None:
        return False
    found = form.search(low, max(0, start - _SET_REACH), min(len(low), end + _SET_REACH))
    while found is not None and found.start() <= start:
        if found.end() >= end:
            return True
        found = form.search(low, found.start() + 1, min(len(low), end + _SET_REACH))
    return False


@cache
def _set_form(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    if not data.newcomer_sets or data.attached:
        return None
    sets = "|".join(f"(?:{s})" for s in data.newcomer_sets)
    return re.compile(rf"(?<![^\W\d_])(?:{sets})(?![^\W\d_])")


_SET_REACH = 60  # characters around a newcomer word where the set it names may stand
_RANK_REACH = 120  # characters after a verb where its rank and country end


def _anchored(
    form: re.Pattern[str],
    low: str,
    span: tuple[int, int],
    words: tuple[str, ...],
    around: tuple[int, int],
    *,
    shared: bool = False,
) -> list[re.Match[str]]:
    """The form's matches that hold one of `words` (literal), found with str.find (the
    common case is none, at the speed of reading the text) and tried only `around`
    them: so many characters before and after. `shared`: other readers look for the
    same words in the same text (lcnet.extract.occurrences keeps their places)."""
    start, end = span
    if not words:
        return []
    # where each word's places are known without a pass ("newcomers" from the unit
    # needle "new", kept for the stretch), no pass is made at all
    kept = [kept_places(low, start, end, word) for word in words]
    if all(k is not None for k in kept):
        places = [k or [] for k in kept]
    elif not shared and _any_of(words).search(low, start, end) is None:
        return []  # the common case: one pass over the text says none is there
    else:
        places = [occurrences(low, start, end, word) for word in words]
    if not any(places):
        return []
    before, after = around
    found: dict[tuple[int, int], re.Match[str]] = {}
    for each in places:
        for at in each:
            floor, ceiling = max(start, at - before), min(end, at + after)
            near = form.search(low, floor, ceiling)
            while near is not None and near.end() <= at:
                near = form.search(low, near.start() + 1, ceiling)
            if near is not None and near.start() <= at:
                match = form.match(low, near.start(), end)  # its lookaheads past the window
                if match is not None and match.end() > at:
                    found[match.span()] = match
    return [found[key] for key in sorted(found)]


@cache
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the literal words (one pass, where str.find would read the text once per
    word)."""
    return re.compile("|".join(map(re.escape, words)))


def _placed(place: str, grammar: Grammar) -> tuple[Unit, str | None, str | None]:
    data = grammar.language
    noun = grammar.nouns.get(place)
    if noun is not None and noun[0] is Unit.CAPITAL:
        return Unit.CAPITAL, None, None
    country = data.demonyms.get(place) or data.country_names.get(place)
    return Unit.CITY, country, None if country else data.regions.get(place)


@cache
def _forms(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    data = _grammar(code).language  # its fragments spaced
    if not data.newcomer_sets or data.attached:
        return None
    capitals = [noun for noun, unit in data.units.items() if unit is Unit.CAPITAL]
    places = alternation([*data.regions, *data.country_names, *data.demonyms, *capitals])
    copulas = [c for c in data.copulas if c not in data.copula_adverbs]
    verbs = alternation([*copulas, *data.newcomer_verbs])
    connectors = alternation([*data.place_connectors, *data.part_connectors])
    articles = alternation(data.place_articles) or "(?!)"
    regions = alternation(data.region_words) or "(?!)"
    elided = rf"(?:{data.elided_connectors})['\u2019]\s*" if data.elided_connectors else "(?!)"
    national = alternation(data.national_words) or "(?!)"
    sets = "|".join(f"(?:{s})" for s in data.newcomer_sets)
    # the set, and the comma that opens its parts, after a few words of its own ("Das 54
    # admitidas após a correção, três são portuguesas"); without one it still names the
    # intake ("Entre las 72 admitidas hay dos municipios mexicanos")
    # ... or, where the verb comes second, its verb of origin: "Von den Neuzugängen stammen
    # 21 aus Asien und dem Pazifik"
    second = alternation(data.newcomer_verbs) or "(?!)"
    opener = re.compile(
        rf"(?<![^\W\d_])(?P<set>{sets})(?![^\W\d_])"
        rf"(?P<opens>[^,.;:\n]{{0,40}}?\s*,\s*|\s+(?=(?:{second})\s))?"
    )
    part = re.compile(
        # the verb may come first: "Von den Neuzugängen stammen 21 aus Asien"
        rf"(?:(?:{verbs})\s+)?"
        rf"(?P<number>{number_pattern(code)})\s+(?:(?:{verbs})\s+)?"
        rf"(?:(?:{connectors})\s+|{elided})?"
        rf"(?:(?:{articles})\s+)?(?:(?:{regions})\s+(?:(?:{articles})\s+)?)?"
        rf"(?P<place>{places})(?![^\W\d_])(?:\s+(?:{national})(?![^\W\d_]))?"
    )
    conjunctions = alternation(data.conjunctions)
    joiner = re.compile(rf"\s*,\s*(?:(?:{conjunctions})\s+)?|\s+(?:{conjunctions})\s+")
    return opener, part, joiner


def nationals(low: str, start: int, end: int, grammar: Grammar) -> Iterator[Found]:
    """ "Las colombianas en la red son ahora ocho": the plural article, an adjective of
    nationality, what they are counted in (Language.adjective_scopes: the network, or
    an intake, which makes the count new), a verb of counting and a number that ends
    its clause: the country's cities."""
    form = _nationals_form(grammar.language.code)
    if form is None:
        return
    data = grammar.language
    words = data.count_predicate_words  # lcnet.extract.predicates looks for them too
    for found in _anchored(form, low, (start, end), words, (_SET_REACH, _SET_REACH), shared=True):
        value = read_number(found["number"], data.code)
        nation = " ".join(found["nation"].split())
        country = data.demonyms.get(nation)
        if not isinstance(value, int) or not 0 < value < _LARGEST_PART:
            continue
        scope = " ".join((found["scope"] or "").split())
        role = data.adjective_scopes.get(scope, Role.MEMBER)
        if country is None:  # "as novas são 54": the new ones, the intake
            if value < 2:
                continue
            role = Role.NEW
        qualifier = Qualifier.EXACT
        first = found.start("number")
        if found["qualifier"]:
            said = " ".join(found["qualifier"].split())
            qualifier, first = data.qualifiers.get(said, qualifier), found.start("qualifier")
        yield (first, found.end("number"), Unit.CITY, value, qualifier, frozenset({role}),
               country, None)  # fmt: skip


@cache
def _nationals_form(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    if not data.adjective_scopes or not data.count_predicates or not data.plural_articles:
        return None
    from lcnet.extract.predicates import ends_a_count

    verbs = "|".join(spaced(verb) for verb in data.count_predicates)
    adverbs = alternation(data.possession_words)
    new = [word for word, role in data.modifiers_before.items() if role is Role.NEW]
    return re.compile(
        rf"(?<![^\W\d_])(?:{alternation(data.plural_articles)})\s+"
        rf"(?P<nation>{alternation([*data.demonyms, *new])})"
        rf"(?:\s+(?P<scope>{alternation(data.adjective_scopes)}))?(?![^\W\d_])"
        rf"(?:,[^,.;:\n]{{1,25}},)?\s+(?:(?:{adverbs})\s+)?(?:{verbs})"
        rf"(?:,[^,.;:\n]{{1,25}},)?\s+(?:(?P<qualifier>{alternation(data.qualifiers)})\s+)?"
        rf"(?P<number>{number_pattern(code)}){ends_a_count(code)}"
    )


def ranks_in_a_country(low: str, start: int, end: int, grammar: Grammar) -> Iterator[Found]:
    """ "Es la décima de México", "É a décima sexta de Portugal": a verb of being, the
    article, an ordinal and the country (Language.rank_verbs): the city's rank among
    the country's members, which counts them as a "tenth Mexican city" does."""
    form = _ranks_form(grammar.language.code)
    if form is None:
        return
    data = grammar.language
    verbs = wrapped(data.rank_verbs)  # "Es\nla décima de México" in hard-wrapped text
    for found in _anchored(form, low, (start, end), verbs, (0, _RANK_REACH)):
        rank = data.ordinals.get(" ".join(found["ordinal"].split()))
        country = data.country_names.get(" ".join(found["country"].split()))
        if rank is None or country is None:
            continue
        yield (found.start("ordinal"), found.end("country"), Unit.CITY, rank,
               Qualifier.EXACT, frozenset(), country, None)  # fmt: skip


@cache
def _ranks_form(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    if not data.rank_verbs or data.attached:
        return None
    connectors = alternation(data.place_connectors)
    articles = alternation(data.place_articles) or "(?!)"
    return re.compile(
        rf"(?<![^\W\d_])(?:{alternation(data.rank_verbs)})\s+"
        rf"(?P<ordinal>{alternation(data.ordinals)})\s+(?:{connectors})\s+"
        rf"(?:(?:{articles})\s+)?(?P<country>{alternation(data.country_names)})"
        rf"(?![^\W\d_])"
    )


def firsts_in_a_country(low: str, start: int, end: int, grammar: Grammar) -> Iterator[Found]:
    """ "岡山市は国内で初めてGNLCに加盟した", "杭州在全国率先加入全球学习型城市网络", "국내
    최초로 GNLC에 가입했다": where words touch, a country (or a word of "at home"), the
    first (Language.first_words, or an ordinal of one) and a clause of joining or of
    membership (Language.first_clause), no city noun needed: the subject is the first of
    its country's members, a count of one, as "国内初の加盟都市" is."""
    form = _firsts_form(grammar.language.code)
    if form is None:
        return
    data = grammar.language
    for found in _anchored(form, low, (start, end), _first_anchors(data.code), _FIRST_AROUND):
        if found["country"]:
            country = data.country_names.get(found["country"])
        else:  # "ベトナムのハノイ市は、国内で初めて": at home is the country named before
            opening = max(low.rfind(mark, start, found.start()) for mark in _SENTENCE_MARKS)
            country = country_named_last(
                low, max(start, opening + 1), found.start(), grammar, outside_brackets=True
            )
            country = country or data.home_country or None
        if country is None:
            continue
        yield (found.start("rank"), found.end(), Unit.CITY, 1,
               Qualifier.EXACT, frozenset(), country, None)  # fmt: skip


_SENTENCE_MARKS = ("\u3002", "\n", "!", "?", "\uff01", "\uff1f")
_FIRST_AROUND = (40, 80)  # characters before and after a word of the first where its clause is


@cache
def _first_anchors(code: str) -> tuple[str, ...]:
    data = _grammar(code).language
    ones = [word for word, value in data.ordinals.items() if value == 1]
    return tuple(sorted({*data.first_words, *ones}))


@cache
def _firsts_form(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    if not data.first_clause or not data.attached:
        return None
    home = alternation(data.home_words) or "(?!)"
    return re.compile(
        rf"(?:(?P<country>{alternation(data.country_names)})(?:{home})?|{home})"
        rf"(?:{data.rank_scope or '(?!)'})?(?P<rank>{alternation(_first_anchors(code))})"
        rf"(?:{data.first_clause})"
    )


__all__ = [
    "after_a_newcomer_set",
    "firsts_in_a_country",
    "in_a_newcomer_set",
    "nationals",
    "newcomer_parts",
    "ranks_in_a_country",
]
