"""Counts given as lists: "Viet Nam's learning cities are Sa Dec, Vinh, Cao Lanh, Ho Chi Minh
City and Son La" states that the country has five members, at the text's date.

The extractor knows no city; the checker gives it a Gazetteer built from the fact store's
member list (lcnet.check.gazetteer). A list counts when it names two or more members of
one country joined by commas and a conjunction, in a sentence that speaks of membership
("members", "learning cities", "thành viên", "miembros") on a page about the GNLC or in a
sentence naming it, and names that country (by name or adjective: "Braga and Gondomar
were already members" names two members, not Portugal's count). "include", "such as",
"among them" make the count a lower bound; members named after "besides" before the list
are counted with it ("Oltre a Reggio Calabria, le città italiane sono ..."). A single
member named as "the only" one of its country is a list of one ("Lausanne is the only
Swiss learning city"), unless a verb of joining makes it an intake's or another
programme is named.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import NamedTuple

from lcnet.dates import PartialDate
from lcnet.extract.engine import Lowered, read_text
from lcnet.extract.grammar import ASIDE, BRACKETED_ASIDE, Grammar, _places, grammar
from lcnet.extract.historic import as_of
from lcnet.extract.lang import Role, Unit, language
from lcnet.extract.numbers import alternation, as_count, number_pattern, read_number
from lcnet.extract.phrase import Phrase
from lcnet.extract.sentence import Span
from lcnet.model import Metric, Qualifier


@cache
def _sentence(code: str) -> re.Pattern[str]:
    """A sentence, over soft line breaks and the full stop of an abbreviated title ("TP.
    Sa Đéc, TP. Vinh và TP. Cao Lãnh": Language.title_abbreviations)."""
    titles = "".join(
        rf"|(?<=\b{re.escape(title)})\." for title in sorted(language(code).title_abbreviations)
    )
    # a run of letters at a time where a title's full stop may stand between them (not
    # one letter at a time: re goes through the group's choices at each, 36 ms per MB of
    # English against 13); the same runs, so the same sentences
    word = rf"(?:[^.!?\n]+{titles})" if titles else r"(?:[^.!?\n])"
    return re.compile(rf"{word}+(?:\n(?![ \t]*(?:[-*+•#|]|\n)){word}+)*")


class Place(NamedTuple):
    key: str  # the city's id: "vn/hanoi"
    country: str  # ISO 3166-1 alpha-2
    # When it joined: its intake's month ("2020-09"), or the year it was admitted on its
    # own; None when not known (lcnet.extract.joining dates "when we joined" by it).
    joined: PartialDate | None = None


def place_key(name: str) -> str:
    """A city's name as the gazetteer keys it: lower case, one space between its words,
    a hyphen read as a space ("Hô Chi Minh-Ville", "Hô-Chi-Minh-Ville": one name)."""
    return " ".join(name.lower().replace("-", " ").split())


class Gazetteer(NamedTuple):
    """Member cities by their names, lower case ("ho chi minh city", "thành phố hồ chí minh").

    `names` and `shorts` are made from `places` once, by gazetteer_of (one gazetteer
    serves every text of a run: sorting and hashing its names cost as much per page as
    reading the page for lists); where they are None (a gazetteer written out by hand),
    names_of and short_names make them at each text."""

    places: Mapping[str, Place]
    names: re.Pattern[str] | None = None  # every name, one pattern (names_of)
    shorts: Mapping[str, str | None] | None = None  # short names (short_names)


def gazetteer_of(places: Mapping[str, Place]) -> Gazetteer:
    """The gazetteer of these places, its names' pattern and short names made now."""
    return Gazetteer(places, _names_pattern(places), _short_names(places))


class Listed(NamedTuple):
    """A list of member cities stated as a country's members."""

    start: int
    end: int
    metric: Metric
    value: int
    qualifier: Qualifier
    country: str
    cities: tuple[str, ...]  # the cities' keys, in the order listed
    as_of: PartialDate | None  # "In 2023 the members were A, B and C"


def listed(
    text: str,
    code: str,
    places: Gazetteer,
    *,
    topic: bool,
    written: PartialDate | None = None,
    read: Lowered | None = None,
) -> Iterator[Listed]:
    """The lists of member cities that `text` states as a country's members; `read`: the
    text lowered and its anchors (lcnet.extract.engine.read_text), when known."""
    if not places.places:
        return
    rules = grammar(code)
    if read is None:
        read = read_text(text, rules)
    low = read.low
    names = names_of(places)
    link = _link(rules.language.code)
    only = _only(rules.language.code)
    partial = _partial(rules.language.code)  # "including A, B and C in Thailand"
    closer = _closer(rules.language.code)  # "宁波等3座城市": closed by a count
    for sentence in sentences(low, rules, topic=topic, anchors=read.anchors):
        said = sentence.group()  # one copy of the sentence for the four searches
        linked = link.search(said) is not None
        linked = linked or partial.search(said) is not None
        alone = only.search(said) is not None
        closed = closer is not None and closer.search(said) is not None
        if not linked and not alone and not closed:
            continue  # no list is a count without its link (_list): not read for names
        found = list(names.finditer(low, sentence.start(), sentence.end()))
        result = None
        if linked and len(found) >= 2:
            result = _list(low, found, sentence, places, rules, topic=topic, written=written)
        while result is not None and result.metric is Metric.NEW_CITIES:
            # the shares of an intake go on: "A, B and C in Thailand, D and E in China"
            yield result
            found = [m for m in found if m.start() >= result.end]
            result = None
            if len(found) >= 2:
                result = _list(low, found, sentence, places, rules, topic=topic, written=written)
        if result is None and alone and found:
            result = _the_only(low, found, sentence, places, rules, topic=topic, written=written)
        if result is None and closed and found:
            result = _closed_by_count(low, found, sentence, places, rules, written)
        if result is not None:
            yield result


def sentences(
    low: str, rules: Grammar, *, topic: bool, anchors: list[int]
) -> Iterator[re.Match[str]]:
    """The sentences a list may be in: all of a page about the GNLC, else those that name
    it (found from the names' `anchors`, lcnet.extract.engine.anchored: most of a long
    text is never read)."""
    if topic:
        yield from _sentence(rules.language.code).finditer(low)
        return
    read_to = -1
    for at in anchors:
        if at < read_to:
            continue
        # the last mark before it: "!" and "?" are looked for after the last full stop or
        # line break only (where a text has none, rfind read back to its start for each)
        begin = max(low.rfind(".", 0, at), low.rfind("\n", 0, at))
        begin = max(begin, low.rfind("!", begin + 1, at), low.rfind("?", begin + 1, at)) + 1
        sentence = _sentence(rules.language.code).match(low, begin)
        if sentence is not None:
            read_to = sentence.end()
            yield sentence


def _list(
    low: str,
    found: list[re.Match[str]],
    sentence: re.Match[str],
    places: Gazetteer,
    rules: Grammar,
    *,
    topic: bool,
    written: PartialDate | None = None,
) -> Listed | None:
    data = rules.language
    joiner = alternation(data.conjunctions) or "(?!)"
    titles = rf"(?:(?:{data.city_titles})\s*)?" if data.city_titles else ""
    run = [found[0]]
    for match in found[1:]:  # names joined by commas and a last conjunction, each name
        gap = low[run[-1].end() : match.start()]  # with its title and aside: ", TP. Vinh
        # (Nghệ An) và TP. Cao Lãnh"
        # (a name's region may be joined to it by a hyphen: "Lagoa-Açores, Praia da Vitória")
        if re.fullmatch(rf"(?:{_HYPHENED}|{ASIDE})?\s*(?:,|;|,?\s+(?:{joiner}))\s*{titles}", gap):
            run.append(match)
        elif len(run) < 2:
            run = [match]
    if len(run) < 2 or (
        _more_items(low, run[0].start(), run[-1].end(), joiner)
        and not _after_a_share(low[max(0, run[0].start() - 20) : run[0].start()], rules)
    ):
        return None  # "Jubail, Yanbu, Al-Ahsa": a name lcnet does not know is listed too
    if len(run) == 2 and _spanned(low, run[0].start(), data.code):
        return None  # "le Learning Cities UNESCO in Italia tra Fermo e Lucca": two ends
    run = _besides(low, found, run, sentence.start(), rules) + run
    cities = [places.places[place_key(m.group())] for m in run]
    countries = {city.country for city in cities}
    if len(countries) != 1 or len({c.key for c in cities}) != len(cities):
        return None
    clause = low[sentence.start() : sentence.end()]
    country = next(iter(countries))
    if _share_of_intake(low, sentence, run, country, rules):
        # "The 54 newcomers come from 27 countries, including A, B and C in Thailand":
        # the names are Thailand's part of the intake, not its members
        keys = tuple(city.key for city in cities)
        start, end = run[0].start(), run[-1].end()
        return _counted(
            low, sentence, start, end, Qualifier.EXACT, country, keys, rules, written,
            Metric.NEW_CITIES,
        )  # fmt: skip
    partial = _partial(data.code).search(clause) is not None
    if not _speaks_of_members(clause, rules) or not (partial or _link(data.code).search(clause)):
        return None  # "Benguerir and Chefchaouen: Morocco enters ...": no "are", no count
    if any(m.lastgroup != "gnlc" for m in rules.network_names.finditer(clause)):
        return None  # "Fès et Essaouira appartiennent au réseau des villes créatives"
    if not _names_its_country(clause, next(iter(countries)), rules):
        return None  # "when Braga and Gondomar were already members": two of them, no count
    if not topic and not rules.network_names.search(clause):
        return None
    qualifier = Qualifier.AT_LEAST if partial else Qualifier.EXACT
    start, end = run[0].start(), run[-1].end()
    country = countries.pop()
    keys = tuple(city.key for city in cities)
    if not partial and _they_joined(low, end, sentence, rules):
        # "THAILAND: A, B und C sind dem Netzwerk beigetreten": the country's share of
        # the intake its sentence tells, not all its members
        return _counted(
            low, sentence, start, end, qualifier, country, keys, rules, written,
            Metric.NEW_CITIES,
        )  # fmt: skip
    return _counted(low, sentence, start, end, qualifier, country, keys, rules, written)


def _spanned(low: str, start: int, code: str) -> bool:
    """Whether a word of a span (Language.list_spans) stands right before the names."""
    form = _span_form(code)
    return form is not None and form.search(low, max(0, start - _SPAN_WORD), start) is not None


_SPAN_WORD = 16  # characters before the first name where "between" may stand


@cache
def _span_form(code: str) -> re.Pattern[str] | None:
    words = language(code).list_spans
    return re.compile(rf"(?<!\w)(?:{alternation(words)})\s+\Z") if words else None


def _they_joined(low: str, end: int, sentence: re.Match[str], rules: Grammar) -> bool:
    """Whether the names' own clause goes on with a verb of joining (up to its comma),
    in a sentence that does not say "so far" ("A, B and C have joined the network, along
    with 52 others"; not "..., which joined in 2016", nor "have joined so far")."""
    stop = min(
        (at for at in (low.find(mark, end, sentence.end()) for mark in ",;") if at >= 0),
        default=sentence.end(),
    )
    kinds = {m.lastgroup for m in rules.cues.finditer(low, end, stop)}
    if "intake" not in kinds:
        return False
    return not any(
        m.lastgroup == "cumulative"
        for m in rules.cues.finditer(low, sentence.start(), sentence.end())
    )


def _counted(
    low: str,
    sentence: re.Match[str],
    start: int,
    end: int,
    qualifier: Qualifier,
    country: str,
    keys: tuple[str, ...],
    rules: Grammar,
    written: PartialDate | None,
    metric: Metric = Metric.COUNTRY_CITIES,
) -> Listed:
    """The country's count the names at low[start:end] state, dated as its sentence."""
    span = Phrase(start, end, Unit.CITY, len(keys), qualifier, frozenset(), country, None, False)
    dated = as_of(low, span, Span(sentence.start(), sentence.end()), rules, written)
    return Listed(start, end, metric, len(keys), qualifier, country, keys, dated)


_SHARE_PLACE = 40  # characters after the last name where its country is said


def _share_of_intake(
    low: str, sentence: re.Match[str], run: list[re.Match[str]], country: str, rules: Grammar
) -> bool:
    """Whether the names are a country's part of an intake counted in their sentence:
    the sentence counts new members ("54 newcomers", "72 Städte ... kamen hinzu"), a word
    of a part ("including", "darunter") stands right before the names, and the country
    right after them ("... in Thailand")."""
    data = rules.language
    before = low[max(sentence.start(), run[0].start() - 20) : run[0].start()]
    if not _partial(data.code).search(before) and not _after_a_share(before, rules):
        return False
    after = low[run[-1].end() : min(sentence.end(), run[-1].end() + _SHARE_PLACE)]
    if not _names_its_country(after, country, rules) or not _place_first(after, rules):
        return False
    clause = low[sentence.start() : run[0].start()]
    if _joining(clause, rules):
        return True
    news = _new_words(data.code)
    return any(word in news for word in re.findall(r"\w+", clause))


def _after_a_share(before: str, rules: Grammar) -> bool:
    """Whether the names follow another share's country: "... in Thailand, D and E in
    China" (a comma, maybe a conjunction, after a country's name)."""
    head = before.rstrip()
    for joiner in rules.language.conjunctions:
        if head.endswith(" " + joiner):
            head = head[: -len(joiner) - 1].rstrip()
            break
    if not head.endswith(","):
        return False
    country = _places(rules.language.code).search(head[-40:].rstrip(",").rstrip() + " ")
    return country is not None and head[-40:].rstrip(",").rstrip().endswith(
        country.group().rstrip()
    )


def _place_first(after: str, rules: Grammar) -> bool:
    """Whether a place's preposition opens the words after the names ("in", "aus")."""
    word = after.split(maxsplit=1)
    return bool(word) and word[0] in rules.language.place_connectors


@cache
def _new_words(code: str) -> frozenset[str]:
    """The words that make a count an intake's: "new", "newcomers", "neue"."""
    rules = grammar(code)
    words = {w for w, role in rules.language.modifiers_before.items() if role is Role.NEW}
    words |= {noun for noun, (_, _, roles) in rules.nouns.items() if Role.NEW in roles}
    return frozenset(w for w in words if " " not in w)


def _the_only(
    low: str,
    found: list[re.Match[str]],
    sentence: re.Match[str],
    places: Gazetteer,
    rules: Grammar,
    *,
    topic: bool,
    written: PartialDate | None = None,
) -> Listed | None:
    """ "In Switzerland, Lausanne is so far the only learning city": a list of one, a
    country's count of 1. The one member named near "the only", in a sentence of
    membership about the GNLC that names no other network or programme ("the only city
    to win the Learning City Award twice" is the award's)."""
    clause = low[sentence.start() : sentence.end()]
    if not _speaks_of_members(clause, rules):
        return None
    named = [m.lastgroup for m in rules.network_names.finditer(clause)]
    if any(kind != "gnlc" for kind in named) or not (topic or named):
        return None
    cue = _only(rules.language.code).search(low, sentence.start(), sentence.end())
    assert cue is not None
    near = [m for m in found if abs(m.start() - cue.start()) <= _ONLY_REACH]
    cities = {places.places[place_key(m.group())] for m in near}
    if len(near) != 1 or len(cities) != 1:
        return None
    city = cities.pop()
    name = near[0]
    if not _names_its_country(clause, city.country, rules):
        return None
    # said from the name to "the only" (or back): "Lausanne die einzige Learning City",
    # "Bouaké, seule ville ivoirienne" (readers point at either word)
    start, end = min(name.start(), cue.start()), max(name.end(), cue.end())
    if _joining(clause, rules):  # "Fundão was the only Portuguese city admitted this
        # round": the country's share of an intake, 1
        return _counted(
            low, sentence, start, end, Qualifier.EXACT, city.country, (city.key,), rules,
            written, Metric.NEW_CITIES,
        )  # fmt: skip
    return _counted(
        low, sentence, start, end, Qualifier.EXACT, city.country, (city.key,), rules, written
    )  # fmt: skip


def _names_its_country(clause: str, country: str, rules: Grammar) -> bool:
    """Whether the sentence names the list's country, by name or adjective ("Viet Nam's
    learning cities are ...", "le Learning Cities italiane sono ..."): a list of members
    that names none is some of them, not the country's count."""
    data = rules.language
    for found in _places(data.code).finditer(clause):
        key = " ".join(found.group().split())
        if (data.country_names.get(key) or data.demonyms.get(key)) == country:
            return True
    return False


def _closed_by_count(
    low: str,
    found: list[re.Match[str]],
    sentence: re.Match[str],
    places: Gazetteer,
    rules: Grammar,
    written: PartialDate | None,
) -> Listed | None:
    """ "宁波等3座城市入选", "天津、沈阳、宁波等3座城市", "岡山市など2都市": members named, then
    "etc." and their count (Language.list_closer), all of one country: the country's
    intake where a verb of joining follows, its members where its cue says "so far"."""
    form = _closing_count(rules.language.code)
    for index in range(len(found) - 1, -1, -1):
        closing = form.match(low, found[index].end(), sentence.end())
        if closing is None:
            continue
        first = index  # the names before, joined by list marks
        while first > 0 and _LIST_GAP.fullmatch(low, found[first - 1].end(), found[first].start()):
            first -= 1
        run = found[first : index + 1]
        cities = [places.places[place_key(m.group())] for m in run]
        countries = {city.country for city in cities}
        value = read_number(closing["number"], rules.language.code)
        count = as_count(value) if value is not None else None
        if len(countries) != 1 or count is None or count < len(cities):
            return None
        kinds = {m.lastgroup for m in rules.cues.finditer(low, sentence.start(), sentence.end())}
        members = rules.member_verbs.search(low, closing.end(), sentence.end()) is not None
        if "cumulative" in kinds or members:  # "北京、上海等12个城市至今已加入": so far,
            metric = Metric.COUNTRY_CITIES  # "岡山市など2都市が加盟している": members
        elif "intake" in kinds:
            metric = Metric.NEW_CITIES
        else:
            return None
        start, end = closing.start("number"), closing.end()
        exact = Qualifier.EXACT
        span = Phrase(start, end, Unit.CITY, count, exact, frozenset(), None, None, False)
        dated = as_of(low, span, Span(sentence.start(), sentence.end()), rules, written)
        keys = tuple(city.key for city in cities)
        return Listed(start, end, metric, count, Qualifier.EXACT, countries.pop(), keys, dated)
    return None


_LIST_GAP = re.compile(r"\s*[,\u3001\uff0c\u548c\u4e0e\u8207\u53ca\u3068\u30fb\u00b7]\s*")


@cache
def _closer(code: str) -> re.Pattern[str] | None:
    closer = language(code).list_closer
    return re.compile(closer.replace("{number}", number_pattern(code))) if closer else None


@cache
def _closing_count(code: str) -> re.Pattern[str]:
    form = _closer(code)
    assert form is not None
    return form


def _joining(clause: str, rules: Grammar) -> bool:
    """Whether a verb of joining stands in the sentence: "the only city admitted"."""
    return any(m.lastgroup == "intake" for m in rules.cues.finditer(clause))


_ONLY_REACH = 60  # characters between the city's name and "the only"


@cache
def _only(code: str) -> re.Pattern[str]:
    """ "The only", as a country's sole member is said (Language.sole_words)."""
    return re.compile(language(code).sole_words or "(?!)")


def _besides(
    low: str, found: list[re.Match[str]], run: list[re.Match[str]], start: int, rules: Grammar
) -> list[re.Match[str]]:
    """The members named after "besides" before the list, which it leaves out of itself:
    "Oltre a Reggio Calabria, le Learning Cities italiane sono Torino, Fermo, ..." names
    six (Language.besides_cues)."""
    cue = next(
        (m for m in rules.cues.finditer(low, start, run[0].start()) if m.lastgroup == "besides"),
        None,
    )  # the sentence cues' own "besides" kind (Grammar.cues)
    if cue is None:
        return []
    return [m for m in found if cue.end() <= m.start() and m.end() <= run[0].start()]


_HYPHENED = r"-[^\W\d_]+"  # "Lagoa-Açores": the region after the name, as one word


def _more_items(low: str, start: int, end: int, joiner: str) -> bool:
    """Whether the list goes on past the names lcnet knows: an item before the first
    ("Jubail, Yanbu, [Al-Ahsa]") or after the last."""
    before = low[max(0, start - 3) : start]
    after = low[end : end + 12]
    if after.lstrip().startswith("("):  # past the last name's aside: "Vinh (Nghệ An), X"
        aside = BRACKETED_ASIDE.match(low, end)
        after = low[aside.end() : aside.end() + 12] if aside else after
    elif after.startswith("-"):  # past the last name's region: "Lagoa-Açores, X"
        region = re.match(_HYPHENED, after)
        after = low[end + region.end() : end + region.end() + 12] if region else after
    return (
        before.rstrip().endswith(",")
        or re.match(rf"\s*,\s*\w|\s+(?:{joiner})\s", after) is not None
    )


def _speaks_of_members(clause: str, rules: Grammar) -> bool:
    """Words of membership in the sentence: "members", "learning cities"."""
    for noun, (unit, _, roles) in rules.nouns.items():
        if (unit is Unit.MEMBER or roles & {Role.MEMBER, Role.LEARNING}) and noun in clause:
            return True
    # "the cities of the network are A, B and C": a reference to the network will do
    return any(rules.network_names.finditer(clause)) or bool(rules.references.search(clause))


def names_of(places: Gazetteer) -> re.Pattern[str]:
    """The pattern of the places' names (the gazetteer's, when gazetteer_of made it)."""
    return places.names if places.names is not None else _names_pattern(places.places)


def _names_pattern(places: Mapping[str, Place]) -> re.Pattern[str]:
    return _names(tuple(sorted(places, key=len, reverse=True)))


def short_names(places: Gazetteer) -> Mapping[str, str | None]:
    """Each member name's first word (of four letters or more) that opens a longer name,
    to the name: None where it opens the names of two members or is a name itself
    ("reggio" for "reggio calabria": lcnet.extract.ranks); the gazetteer's, when
    gazetteer_of made them."""
    return places.shorts if places.shorts is not None else _short_names(places.places)


_SHORT_PART = re.compile(r"[^\W\d_]{4,}(?=[ -])")  # "reggio" of "reggio calabria"


def _short_names(places: Mapping[str, Place]) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for name, place in places.items():
        first = _SHORT_PART.match(name)
        if first is None or first.group() in places:
            continue
        known = found.get(first.group(), name)
        same = known is not None and places[known].key == place.key
        found[first.group()] = name if same else None
    return found


# A name's edge: no letter of a spaced script next to it; where words touch (Han, Kana)
# a name meets the next word: "宁波等3座城市", "岡山市など"
_EDGE = r"[^\W\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]"


@cache
def _names(names: tuple[str, ...]) -> re.Pattern[str]:
    body = alternation(names).replace(r"\s+", r"[\s-]+")  # a hyphen for a space (place_key)
    return re.compile(rf"(?<!{_EDGE})(?:{body})(?!{_EDGE})")


@cache
def _link(code: str) -> re.Pattern[str]:
    """What ties a list to membership: "its members are A, B and C" (Language.list_links)."""
    return re.compile(language(code).list_links or "(?!)")


@cache
def _partial(code: str) -> re.Pattern[str]:
    """What makes a list some of the members: "including" (Language.list_partial)."""
    return re.compile(language(code).list_partial or "(?!)")
