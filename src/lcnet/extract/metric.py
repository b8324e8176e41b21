"""Which metric a figure phrase states, and its value once "other" is counted.

The unit noun says what is counted (cities, countries, citizens); the words around it
say which count: "new" or a verb of admission ("joins", "welcomed") make it an intake's,
"now has", "a network of" or nothing make it the network's total, a country's name or
adjective make it that country's count. When both kinds of cue precede a figure, the
nearer one wins: "Hanoi joins a network of 425 cities" is a total.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import NamedTuple

from lcnet.extract.changes import changes_to, started_from
from lcnet.extract.grammar import BRACKETED_ASIDE, Grammar, _places, country_named_last
from lcnet.extract.grammar import grammar as _grammar
from lcnet.extract.hypothetical import hypothetical, taking_part
from lcnet.extract.lang import Language, Role, Unit
from lcnet.extract.named_joinings import past_joined_named
from lcnet.extract.newcomers import after_a_newcomer_set, in_a_newcomer_set
from lcnet.extract.numbered_parts import part_before, place_of_a_part
from lcnet.extract.numbers import alternation, number_pattern
from lcnet.extract.origins import countries_by_origin, new_members_before
from lcnet.extract.phrase import Phrase
from lcnet.extract.sentence import (
    Cue,
    Sentence,
    Span,
    describes_the_network,
    share_verb_before,
    share_verb_length,
    shortlisted_from,
)
from lcnet.model import Metric, Qualifier

# Values outside these ranges are never statements about the GNLC, whatever the words
# say: the network has had more than 100 members since 2016 and fewer than 500 to this
# day, no member city has 50 million inhabitants, and a "five cities" or "2,900 cities"
# is about something else.
PLAUSIBLE = {
    Metric.TOTAL_CITIES: range(20, 1_001),
    Metric.TOTAL_COUNTRIES: range(5, 201),
    Metric.NEW_CITIES: range(1, 301),
    Metric.NEW_COUNTRIES: range(1, 151),
    Metric.FIRST_TIME_COUNTRIES: range(1, 101),
    Metric.NEW_CAPITALS: range(1, 101),
    Metric.COUNTRY_CITIES: range(1, 201),
    Metric.CITIZENS: range(50_000_000, 5_000_000_001),
    Metric.CANDIDATE_CITIES: range(1, 10_001),
}
# The widest range of each unit's metrics: a cheap first test, before any context is read.
_POSSIBLE = {
    unit: range(min(PLAUSIBLE[m].start for m in metrics), max(PLAUSIBLE[m].stop for m in metrics))
    for unit, metrics in {
        Unit.CITIZEN: (Metric.CITIZENS,),
        Unit.COUNTRY: (Metric.TOTAL_COUNTRIES, Metric.NEW_COUNTRIES, Metric.FIRST_TIME_COUNTRIES),
        Unit.CAPITAL: (Metric.NEW_CAPITALS,),
    }.items()
}
_POSSIBLE_CITIES = range(0, PLAUSIBLE[Metric.CANDIDATE_CITIES].stop)
_CITY_METRICS = frozenset(
    {Metric.TOTAL_CITIES, Metric.NEW_CITIES, Metric.COUNTRY_CITIES, Metric.CANDIDATE_CITIES}
)
_AFTER_REACH = 60  # characters after a figure where "have joined" still speaks of it
_INTAKE_AFTER = 120  # ... where a verb of joining speaks of it, past an aside: "Cities
# from 35 countries, from small towns in Europe to capitals in Africa, joined in 2024"
_COUNTRY_REACH = 80  # characters before a figure where its country may be named
# "Hanoi applied to the GNLC, which has 425 cities": an application far before the
# figure is the subject's, not the figure's.
_CANDIDATE_REACH = 40
# No intake of the network has admitted fewer cities: a smaller number of new cities,
# with no country or region to say whose, is some place's news ("Two cities join").
_SMALLEST_INTAKE = 10
_SMALLEST_TOTAL = 100  # 115 members at the first count, in 2016
_LARGEST_INTAKE = 120  # 77 cities in 2022, the largest: more others than that are all
_ASIDE = 120  # the longest aside between a country and its figure's verb
_SUBSET_REACH = 600  # characters before "among them" where the intake is looked for
_SHARES = frozenset({Metric.NEW_CITIES, Metric.COUNTRY_CITIES})
_CUE_KINDS = {
    "total": 0,
    "intake": 1,
    "group": 1,
    "along": 2,
    "subset": 3,
}  # on a tie, the more specific kind wins


class Reading(NamedTuple):
    metric: Metric
    value: int
    country: str | None
    region: str | None
    review: bool  # the metric or the value rests on an inference
    along: bool = False  # "along with 76 cities": the value counts the subject
    # the metric was not read: a default by the unit and the nearest cues, which the
    # check judges without a flagged verdict (a false alarm is worse than a miss)
    unsure: bool = False


class Ahead(NamedTuple):
    """The next figure in the sentence, and where the one after it starts."""

    phrase: Phrase
    following: int


class Previous(NamedTuple):
    """The figure before, in the same sentence: "425 cities" before "from 91 countries"."""

    end: int
    metric: Metric
    along: bool  # "along with 76 cities": its value counted the subject
    country: str | None = None  # whose count it was: "국내 회원도시는 기존 35곳에서"
    value: int = 0  # its value: "Deux villes ... avec 53 autres" counts the two
    ordinal: bool = False  # a rank ("thành viên thứ ba"), no count of a subject


_FIRST_BEFORE = 12  # characters before a count where "first" may stand ("'s first two")
_FIRST_AFTER = 12  # ... and after it ("2 thành phố đầu tiên": in the phrase or just past)


_OWNER_WORDS = 3  # words of a possessive owner's name: "the united kingdom's"


def _opens_its_clause(low: str, sentence: Sentence, phrase: Phrase, grammar: Grammar) -> bool:
    """Whether the figure opens its clause, its owner's possessive and an article aside:
    "Viet Nam's first two members joined the GNLC in 2020", "Las dos primeras ciudades de
    Colombia fueron admitidas": the subject of the verb of joining, an intake."""
    start = max(sentence.span.start, low.rfind(", ", sentence.span.start, phrase.start) + 2)
    words = low[start : phrase.start].split()
    owners = [i for i, w in enumerate(words) if w.endswith(("'s", "\u2019s"))]
    # the owner's name opens the clause ("Viet Nam's"), not a verb's object ("became ...")
    words = words[owners[0] + 1 :] if owners and owners[0] <= _OWNER_WORDS else words
    form = _first_ones_form(grammar.language.code)
    data = grammar.language  # "the", "las", "le": each language's own articles
    articles = {*data.stopwords, *data.plural_articles}
    return all(w in articles or (form is not None and form.fullmatch(w)) for w in words)


def _first_ones(low: str, phrase: Phrase, grammar: Grammar) -> bool:
    """Whether a word of Language.first_ones stands at the count: "the first two members",
    "hai thành phố đầu tiên", "las dos primeras ciudades"."""
    form = _first_ones_form(grammar.language.code)
    start = max(0, phrase.start - _FIRST_BEFORE)
    end = min(len(low), phrase.end + _FIRST_AFTER)
    return form is not None and form.search(low, start, end) is not None


@cache
def _first_ones_form(code: str) -> re.Pattern[str] | None:
    words = _grammar(code).language.first_ones
    return re.compile("|".join(f"(?:{w})" for w in words)) if words else None


def possible(phrase: Phrase) -> bool:
    """Whether the phrase's value may be a figure of some metric its unit counts."""
    return phrase.value in _POSSIBLE.get(phrase.unit, _POSSIBLE_CITIES)


def read_metric(
    low: str,
    phrase: Phrase,
    sentence: Sentence,
    previous: Previous | None,
    following: int,
    grammar: Grammar,
    ahead: Ahead | None = None,
    chain: int = -1,
) -> Reading | None:
    """The metric of a figure about the GNLC, or None when its value cannot be one.
    `chain`: where the shares listed after it end ("Três municípios do Brasil, um de
    Portugal e um de Cabo Verde passam a integrar": the verb after them is its too)."""
    reading: Reading | None
    if hypothetical(low, phrase, sentence, grammar):
        return None  # "would be the 7th city", "700 cities of over 100,000 people"
    if difference(low, phrase, grammar.language.code):
        return None  # "grew by 60 cities", "60곳 넘게 늘어난": how much, not how many
    if _quoted_as_words(low, phrase, grammar.language.code):
        return None  # "仍沿用“230个城市”的说法": the words, not a statement of them
    if Role.SEAT in phrase.roles and not _admitted_in_its_clause(phrase, sentence):
        return None  # "ein Seminar zu Learning Cities (30 Plätze, ...)": a course's seats
    if phrase.unit is Unit.CITIZEN:
        if _place_owns(low, previous, sentence, phrase, grammar):
            return None  # "Africa, home to 1.4 billion people": a place's population
        reading = Reading(Metric.CITIZENS, phrase.value, None, None, False)
    elif phrase.unit is Unit.COUNTRY:
        if _federal_states(low, phrase, sentence, grammar):
            return None  # "Bund, Länder und Kommunen ... in allen 16 Ländern": Germany's
        reading = _countries(low, phrase, sentence, previous, following, grammar, ahead)
    else:
        reading = _cities(low, phrase, sentence, previous, following, grammar, chain, ahead)
    if reading is None:
        return None
    if (
        reading.metric is Metric.TOTAL_CITIES
        and 1 < reading.value < _SMALLEST_TOTAL
        and not (reading.country or reading.region or reading.along)
        and phrase.unit is not Unit.OTHERS
        and Role.OTHER not in phrase.roles
        and not grammar.language.attached
        and not sentence.has("intake")
    ):
        # "os concelhos portugueses que fazem parte da rede, hoje composta por 15",
        # "a rede nacional reúne hoje 15 municípios": too few for the network, its
        # sentence says whose members they are
        home = _national_home(low, phrase, sentence, grammar)
        if home is not None:
            return Reading(Metric.COUNTRY_CITIES, reading.value, home, None, reading.review)
    if (
        reading.metric is Metric.TOTAL_CITIES
        and reading.value < _SMALLEST_TOTAL
        and not (reading.country or reading.region)
        and grammar.language.attached
        and (
            sentence.has("cumulative", phrase.end, _clause_end(sentence, phrase.end))
            or _last_cue(sentence, Span(_clause_opening(low, sentence, phrase), phrase.start))
            == "total"
            # "国内的成员城市是10余个": a count said to be of members
            or (Role.MEMBER in phrase.roles and not sentence.has("intake"))
        )
    ):
        # "在国内, 北京、杭州等10余个城市已经加入", "在国内, 已有12个城市加入": too few for
        # the network, joined so far or held: the members of the country named before, or
        # of the text's own ("国内")
        home = country_named_last(
            low, sentence.span.start, phrase.start, grammar, outside_brackets=True
        ) or _home_before(low, sentence.span.start, phrase.start, grammar)
        if home is not None:
            return Reading(Metric.COUNTRY_CITIES, reading.value, home, None, reading.review)
    if (
        reading.metric is Metric.TOTAL_CITIES
        and not (reading.country or reading.region)
        and previous is not None
        and previous.metric is Metric.TOTAL_COUNTRIES
        and grammar.countries_first is not None
        and grammar.countries_first.fullmatch(low, previous.end, phrase.start) is not None
        and reading.value in PLAUSIBLE[Metric.NEW_CITIES]
        and reading.value not in _plausible(reading)
    ):
        # "「9カ国11都市が参加」とありました" (a newspaper of the first weeks): the cities of
        # the countries read as the network's are its size, however few
        return reading._replace(review=True)
    if reading.value not in _plausible(reading):
        # "Die neun Städte sind: ...", "les sept villes existantes sont ...": fewer cities
        # than the network ever had, and no metric said: a default, not a drop
        return _small_default(low, phrase, sentence, reading, grammar)
    # "기존 회원도시 35곳", "既存の加盟都市": the members already there, whatever joins or
    # applies in the rest of the sentence (Language.existing_words)
    existing = reading.metric in _EXISTING_METRICS and _existing(low, phrase, sentence, grammar)
    if existing and reading.country:
        reading = reading._replace(metric=Metric.COUNTRY_CITIES, review=False)
    elif existing and not reading.region:
        reading = reading._replace(metric=Metric.TOTAL_CITIES, review=False)
    small = (
        reading.metric is Metric.TOTAL_CITIES
        and reading.value < _SMALLEST_TOTAL
        and not reading.region  # a region's members are few: "sept villes africaines"
    )
    if small and phrase.trailing and reading.country is None:
        return None  # "the country's number of members rose to eleven": whose?
    # "기존 회원도시 35곳", "既存の加盟都市35都市": the members already there, whatever joins
    # in the rest of the sentence
    existing = existing and small
    home = (
        country_named_last(low, sentence.span.start, phrase.start, grammar, outside_brackets=True)
        if small and grammar.language.attached and (existing or not sentence.has("intake"))
        else None
    )
    if home is None and small and grammar.language.attached and not sentence.has("intake"):
        home = _asked_members(low, sentence, grammar)  # "Q. 국내에서는 몇 곳이 …? A. 59곳"
    if existing and home is None and grammar.language.attached:
        home = _sole_country(low, sentence, grammar)  # "기존 회원도시 35곳을 제외한 국내 도시"
        if home is None:
            return None  # a country's members, whose is not said: no intake, no total
    if home is not None:
        # "현재 국내 평생학습도시는 190여 곳, GNLC 회원 도시는 59곳이다": fewer members than the
        # network ever had, in a sentence that names a country and no joining: that
        # country's (where words touch, the country set as the sentence's scope)
        reading = reading._replace(metric=Metric.COUNTRY_CITIES, country=home)
    elif small:
        # "la red suma 72 ciudades": "suma" adds as well as totals, and the network has
        # had more than a hundred members since its first intake: an intake it is.
        reading = reading._replace(metric=Metric.NEW_CITIES, review=True)
    whose = reading.country or reading.region
    if reading.metric is Metric.CANDIDATE_CITIES and not whose and grammar.language.attached:
        # "올해 국내에서 가입을 신청한 지자체는 12곳이며": applicants, where words touch, are
        # of the one country their sentence names
        reading = reading._replace(country=_sole_country(low, sentence, grammar))
    if reading.metric is Metric.NEW_CITIES and reading.value < _SMALLEST_INTAKE and not whose:
        # "Two more cities join": a country's or a city's news, not which; where words
        # touch, the one country the sentence names, before the count or after it
        # ("我国此次新增3个成员城市", "加上此次入选的3个城市, 中国已有15个城市加入")
        home = _sole_country(low, sentence, grammar) if grammar.language.attached else None
        if home is None:
            return _small_default(low, phrase, sentence, reading, grammar)
        reading = reading._replace(country=home)
    return reading


def _national_home(low: str, phrase: Phrase, sentence: Sentence, grammar: Grammar) -> str | None:
    """The country whose members a count too small for the network is: the one its
    sentence names before it (by name or adjective, not in brackets), or, where the
    sentence names a national network (Language.national_networks), the one the text
    named last before it ("Rede ... em Portugal" ... "A rede nacional reúne hoje 15")."""
    if phrase.qualifier is Qualifier.AT_MOST:
        return None  # "bis zu drei Städte vorschlagen": a quota
    if sentence.has("subset", sentence.span.start, phrase.start):
        return None  # "trong đó Đồng Tháp có 2": a part
    named = _places_named(low, sentence.span.start, phrase.start, grammar)
    if named is not None:
        # the country, then the network that holds the count: "os concelhos portugueses
        # que fazem parte da rede, hoje composta por 15" (not "Đoàn Việt Nam gồm đại diện
        # ba thành phố": no network between them)
        home, at = named
        of_something = _words(grammar.language.code).of_something
        between = any(
            at <= c.start
            and c.end <= phrase.start
            and (c.kind == "gnlc" or c.kind == "reference")
            and not of_something.match(low, c.end)
            for c in sentence.networks
        )  # not "Portugal tem na rede de bibliotecas 14 cidades": a network of something else
        return home if between else None
    words = grammar.language.national_networks
    if not words or not any(low.find(w, sentence.span.start, phrase.start) >= 0 for w in words):
        return None
    return country_named_last(low, max(0, phrase.start - _NATIONAL_REACH), phrase.start, grammar)


_NATIONAL_REACH = 2_000  # characters before the count where its country may be named


def _places_named(low: str, start: int, end: int, grammar: Grammar) -> tuple[str, int] | None:
    """The country named last in low[start:end] (not in brackets) and where its name ends."""
    home = country_named_last(low, start, end, grammar, outside_brackets=True)
    if home is None:
        return None
    data = grammar.language
    for found in reversed(list(_places(data.code).finditer(low, start, end))):
        key = " ".join(found.group().split())
        if (data.country_names.get(key) or data.demonyms.get(key)) == home:
            return home, found.end()
    return None


def _small_default(
    low: str, phrase: Phrase, sentence: Sentence, reading: Reading, grammar: Grammar
) -> Reading | None:
    """The default of a count of cities too small for the network's total whose metric
    no word says, or an intake's too small to be the network's with no country to own
    it: the country the sentence names before it owns it (its members, or its intake
    where a verb of joining or "new" says so); else it is an intake's. Unsure either way
    (Reading.unsure): the check gives it no flagged verdict. None where the count may be
    no city count of the network at all: a region's, a trailing value ("rose to
    eleven"), a rank, "others", or none of the figures a count of cities may be."""
    if (
        reading.metric not in _DEFAULTED
        or reading.region
        or reading.country
        or phrase.trailing
        or phrase.ordinal  # "la troisième ville", of no country said: a rank of what?
        # (new members are an intake's: "les six nouvelles venues sont : ...")
        or (phrase.unit not in _DEFAULT_UNITS and Role.NEW not in phrase.roles)
        or reading.value not in PLAUSIBLE[Metric.NEW_CITIES]
        or reading.value >= PLAUSIBLE[Metric.TOTAL_CITIES].start
        or phrase.part
        or not _names_follow(low, phrase, sentence)
        # "Fünf Städte nahmen an der Werkstatt teil: ...": an event's, not the network's
        or taking_part(low, phrase.end, sentence.span.end, grammar)
    ):
        return None
    country = phrase.country or country_named_last(low, sentence.span.start, phrase.start, grammar)
    if country is None:  # "**Việt Nam có bao nhiêu thành viên?** Năm thành phố: Sa Đéc, ..."
        country = _asked_country(low, sentence.span.start, grammar)
    new = reading.metric is Metric.NEW_CITIES or Role.NEW in phrase.roles
    if country is not None and not new:
        return Reading(Metric.COUNTRY_CITIES, reading.value, country, None, True, unsure=True)
    return Reading(Metric.NEW_CITIES, reading.value, country, None, True, unsure=True)


def _asked_country(low: str, start: int, grammar: Grammar) -> str | None:
    """The country a question right before `start` names (an FAQ's question line, its
    answer after it): "Việt Nam có những thành phố nào là thành viên?" over "Hiện có 3
    thành phố: ...". None when no question ends just before."""
    question = _question_before(low, start)
    return None if question is None else country_named_last(low, *question, grammar)


def _asked_members(low: str, sentence: Sentence, grammar: Grammar) -> str | None:
    """The country whose members a question right before the answer asks for, no verb of
    joining in it: "Q. 국내에서는 몇 곳이 가입해 있나요? A. 59곳입니다." (not "How many
    Korean cities joined in December?": an intake's share)."""
    question = _question_before(low, sentence.span.start)
    if question is None or sentence.has("intake", *question):
        return None
    return country_named_last(low, *question, grammar) or _home_before(low, *question, grammar)


def _asked_first_time(low: str, sentence: Sentence, grammar: Grammar) -> bool:
    """Whether the question right before the answer asks for first-time countries."""
    question = _question_before(low, sentence.span.start)
    return question is not None and any(
        cue.lastgroup == "first_time" for cue in grammar.cues.finditer(low, *question)
    )


def _question_before(low: str, start: int) -> tuple[int, int] | None:
    """Where the question that ends right before `start` is (its sentence, up to its
    question mark), or None."""
    floor = max(0, start - _ASKED_REACH)
    mark = max(low.rfind("?", floor, start), low.rfind("\uff1f", floor, start))
    if mark < 0 or any(c.isalnum() for c in _ANSWER_LABEL.sub("", low[mark + 1 : start])):
        return None
    floor = max(floor, mark - _ASKED_REACH)
    opened = max(low.rfind(end, floor, mark) for end in _QUESTION_OPENS)
    return max(opened + 1, floor), mark


# an answer's label before it: "A.", "A:", "답:", "答:" (a letter or two and a mark), or
# an interview's hyphen opening a turn ("- Theo tôi đếm là mười hai nước")
_ANSWER_LABEL = re.compile(r"(?:(?<![^\W_])[^\W\d_]{1,2}\s*[.:)\uff1a\uff0e]|-)\s*\Z")


_ASKED_REACH = 200  # characters: a question line, and the markup after it
_QUESTION_OPENS = ("\n", ".", "!", "?", "\u3002")  # where the sentence before it ended


def _names_follow(low: str, phrase: Phrase, sentence: Sentence) -> bool:
    """Whether a colon after the count opens the list of the cities it counts, in its
    sentence: "Die neun Städte sind: Adrar, Algier, ...", "integrada por nueve
    municipios: ...", "las 9 ciudades que forman parte desde 2017: Bogotá, ..." (the
    count of a list of members; a conference's or a province's cities get no list)."""
    end = sentence.span.end
    colon = low.find(":", phrase.end, end)
    if colon < 0:
        colon = low.find("\uff1a", phrase.end, end)
    # the colon the count's own clause ends with, not the next label's ("13 Mitglieder,
    # Verwaltung: ...")
    return colon >= 0 and _CLAUSE_MARKS.search(low, phrase.end, colon) is None


_CLAUSE_MARKS = re.compile(r"[,;\u3001\uff0c\uff1b]")


_DEFAULTED = frozenset({Metric.TOTAL_CITIES, Metric.NEW_CITIES})
# cities only: members may be a council's or a committee's ("Anwesend: 13 Mitglieder",
# "un comité integrado por nueve miembros: ...")
_DEFAULT_UNITS = frozenset({Unit.CITY})


_EXISTING_METRICS = frozenset({Metric.TOTAL_CITIES, Metric.NEW_CITIES, Metric.CANDIDATE_CITIES})


def _federal_states(low: str, phrase: Phrase, sentence: Sentence, grammar: Grammar) -> bool:
    """Whether a count of countries is one of the language's own country's federal states
    (Language.state_nouns, states, state_cues): "die 16 Länder" beside "Bund" or
    "Kommunen", "Deutschlands 16 Länder"; not "Städte aus 91 Ländern"."""
    data = grammar.language
    if not data.state_nouns or phrase.value > data.states:
        return False
    said = low[phrase.start : phrase.end].split()
    if not any(word in data.state_nouns for word in said):
        return False
    cues = _state_cues(data.code)
    span = sentence.span
    return cues is not None and cues.search(low, span.start, span.end) is not None


@cache
def _state_cues(code: str) -> re.Pattern[str] | None:
    fragments = _grammar(code).language.state_cues
    return re.compile("|".join(f"(?:{f})" for f in fragments)) if fragments else None


def _existing(low: str, phrase: Phrase, sentence: Sentence, grammar: Grammar) -> bool:
    """Whether a word of Language.existing_words stands just before the count."""
    start = max(sentence.span.start, phrase.start - _EXISTING_REACH)
    for word in grammar.language.existing_words:
        at = low.find(word, start, phrase.start)
        if at < 0:
            continue
        # another count between is the one it says exists ("기존 회원도시 56곳에 더해 3곳이"),
        # unless it starts a change ("기존 35곳에서 44곳으로": both ends existing members')
        between = low[at + len(word) : phrase.start]
        change = grammar.language.change_to
        if not any(c.isdigit() for c in between) or (change and re.search(change, between)):
            return True
    return False


_EXISTING_REACH = 16  # characters before a count where "existing" (기존, 既存の) stands


def _sole_country(low: str, sentence: Sentence, grammar: Grammar) -> str | None:
    """The country a sentence names, when it names one only (by name or adjective)."""
    names = _touching_country_names(grammar.language.code)
    found = {
        grammar.language.country_names[name.group()]
        for name in names.finditer(low, *sentence.span)
    }
    return found.pop() if len(found) == 1 else None


_SEAT_CLAUSE = re.compile(r"[,;()\[\]\uff0c\u3001\uff1b]")


def _admitted_in_its_clause(phrase: Phrase, sentence: Sentence) -> bool:
    """Whether a verb or noun of admission stands in the figure's clause (between commas,
    semicolons or brackets): "L'Afrique a obtenu dix-sept places dans cette promotion"."""
    low = sentence.low
    start = max(
        (m.end() for m in _SEAT_CLAUSE.finditer(low, sentence.span.start, phrase.start)),
        default=sentence.span.start,
    )
    found = _SEAT_CLAUSE.search(low, phrase.end, sentence.span.end)
    return sentence.has("intake", start, found.start() if found else sentence.span.end)


_OPENING_QUOTES = "\"'\u201c\u2018\u300c\u300e"
_QUOTED_REACH = 8  # characters between a quote mark and the figure inside it


def _quoted_as_words(low: str, phrase: Phrase, code: str) -> bool:
    """Whether the figure stands in quote marks that a word for words follows
    (Language.quoted_words): it is cited, not stated."""
    form = _quoted_form(code)
    if form is None:
        return False
    before = low[max(0, phrase.start - _QUOTED_REACH) : phrase.start]
    quoted = any(mark in before for mark in _OPENING_QUOTES)
    return quoted and form.match(low, phrase.end) is not None


@cache
def _quoted_form(code: str) -> re.Pattern[str] | None:
    words = _grammar(code).language.quoted_words
    if not words:
        return None
    closing = "[\"'\u201d\u2019\u300d\u300f]"
    # the figure is all the quote holds ("“230个城市”的说法"), not a clause ("세계 356개 도시가
    # 가입한 네트워크"라는 문구: a statement a page still makes)
    return re.compile(rf"[^\"'\u201d\u2019\u300d\u300f\n]{{0,3}}{closing}\s*(?:{words})")


def difference(low: str, phrase: Phrase, code: str) -> bool:
    """Whether the figure is a difference, not a count: "grew by 60 cities"."""
    before, after, needs = _difference_forms(code)
    if (
        after is not None
        and after.match(low, phrase.end) is not None
        and (needs is None or needs.search(low, max(0, phrase.start - _NEEDS_REACH), phrase.start))
    ):  # "60곳 넘게 늘어난", "ist um 72 Städte gewachsen"
        return True
    return (
        before is not None
        and before.search(low, max(0, phrase.start - 40), phrase.start) is not None
    )


_NEEDS_REACH = 24  # characters before a difference where the word it needs stands


@cache
def _difference_forms(
    code: str,
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    data = _grammar(code).language
    before = "|".join(data.difference_before)
    after = "|".join(data.difference_after)
    space = r"\s*" if data.attached else r"\s+"  # where words touch: "增加了一百多個"
    needs = data.difference_after_needs
    return (
        re.compile(
            rf"(?:{before}){space}\Z" if data.attached else rf"(?<!\w)(?:{before}){space}\Z"
        )
        if before
        else None,
        re.compile(rf"(?:{after})") if after else None,
        re.compile(rf"(?<!\w)(?:{needs}){space}\Z") if needs else None,
    )


def _plausible(reading: Reading) -> range:
    if reading.metric is Metric.TOTAL_CITIES and reading.region:  # "60 African members"
        return _REGION_TOTAL
    return PLAUSIBLE.get(reading.metric, range(0))


_REGION_TOTAL = range(1, 1_001)


def paired_ahead(low: str, phrase: Phrase, ahead: Ahead | None, grammar: Grammar) -> bool:
    """ "79개국 356개 도시", "79か国の356都市": the countries hold the cities after them."""
    link = grammar.countries_first
    return (
        link is not None
        and ahead is not None
        and phrase.unit is Unit.COUNTRY
        and ahead.phrase.unit in (Unit.CITY, Unit.MEMBER)
        and not ahead.phrase.ordinal
        and link.fullmatch(low, phrase.end, ahead.phrase.start) is not None
    )


def paired(low: str, phrase: Phrase, previous: Previous | None, grammar: Grammar) -> bool:
    """ "425 cities from 91 countries": the countries belong to the cities before; also
    past a few words that hold no number: "294 cities and towns from 75 countries", "77
    cities, including Derby, from 44 countries", "294 cities from around the world in 76
    countries"."""
    if phrase.unit is not Unit.COUNTRY or previous is None or previous.metric not in _CITY_METRICS:
        return False
    if grammar.pairing_gap.fullmatch(low, previous.end, phrase.start) is not None:
        return True
    if _SEPARATOR_GAP.fullmatch(low, previous.end, phrase.start) is not None:
        return True  # "115 Mitgliedsstädte · 28 Staaten", "356 cities | 79 countries"
    if grammar.language.spread_after and _spread_over(low, previous.end, phrase, grammar):
        return True  # "新たに加盟した77都市は、44か国にまたがる"
    if previous.metric is Metric.TOTAL_CITIES and _coordinated(low, previous.end, phrase, grammar):
        return True  # "Dort stehen 356 Mitgliedsstädte und 79 Länder"
    return _paired_past_words(low, previous.end, phrase.start, grammar)


def _coordinated(low: str, start: int, phrase: Phrase, grammar: Grammar) -> bool:
    """Whether a count of countries follows the network's members right after "and"
    ("356 Mitgliedsstädte und 79 Länder", "356 member cities and 79 countries", "356개
    회원 도시와 79개국"), or, as a label's value, right after the members' value and a
    separator ("Mitgliedsstädte: 170; Staaten: 53", the full-width ones of Chinese): the
    key figures of one statement, the countries the members'."""
    form = _coordination(grammar.language.code)
    if form.fullmatch(low, start, phrase.start) is not None:
        return True
    return phrase.trailing and _NEXT_LABEL.fullmatch(low, start, phrase.start) is not None


# a separator, then the next label and its colon: "; Staaten: ", "覆盖国家" between the
# full-width semicolon and colon
_NEXT_LABEL = re.compile(
    r"[ \t]*[;\uff1b\u3001\uff0c,\u00b7|][ \t]*[^\W\d_][^\W\d]{0,14}[ \t]*[:\uff1a][ \t]*"
)


@cache
def _coordination(code: str) -> re.Pattern[str]:
    data = _grammar(code).language
    blank = r"\s*" if data.attached else r"\s+"
    return re.compile(rf"[ \t,]*(?:{alternation(data.conjunctions)}){blank}")


# A key-figures line's separator between the cities and their countries, nothing else
_SEPARATOR_GAP = re.compile(r"[ \t]*[\u00b7\u2022|/][ \t]*")


def _spread_over(low: str, start: int, phrase: Phrase, grammar: Grammar) -> bool:
    """Whether the countries follow the cities' topic and a verb of spreading follows
    them (Language.spread_after): "77都市は、44か国にまたがる"."""
    if _words(grammar.language.code).topic_gap.fullmatch(low, start, phrase.start) is None:
        return False
    return _spread_form(grammar.language.code).match(low, phrase.end) is not None


@cache
def _spread_form(code: str) -> re.Pattern[str]:
    return re.compile(_grammar(code).language.spread_after)


_PAIRING_REACH = 40  # characters of words between the cities and their countries


def _paired_past_words(low: str, start: int, end: int, grammar: Grammar) -> bool:
    if end - start > _PAIRING_REACH or grammar.language.attached:
        return False
    gap = low[start:end]
    if any(ch.isdigit() or ch in _SENTENCE_MARKS for ch in gap):
        return False  # another count between them, or another sentence
    connector = _pairing_tail(grammar.language.code).search(gap)
    return connector is not None and connector.start() > 0


_SENTENCE_MARKS = frozenset(".;:!?()[]")


@cache
def _pairing_tail(code: str) -> re.Pattern[str]:
    """The connector that ends the words between cities and their countries: "… from "."""
    return re.compile(rf"(?<=[\w,])(?:{_grammar(code).pairing_gap.pattern})\Z")


def _cities(
    low: str,
    phrase: Phrase,
    sentence: Sentence,
    previous: Previous | None,
    following: int,
    grammar: Grammar,
    chain: int = -1,
    ahead: Ahead | None = None,
) -> Reading | None:
    if phrase.sibling and previous is not None and previous.metric in _SHARES:
        # "um de Portugal" after "Três municípios do Brasil": what the first counts
        return Reading(previous.metric, phrase.value, phrase.country, phrase.region, False)
    before = Span(previous.end if previous else sentence.span.start, phrase.start)
    if _attending(low, phrase, sentence, grammar):
        return None  # "来自德国、英国等29个会员城市的代表参加": the cities of people who attend
    if phrase.trailing and (phrase.unit is Unit.CAPITAL or Role.CAPITAL in phrase.roles):
        return Reading(Metric.NEW_CAPITALS, phrase.value, None, None, False)  # "Capitals: 11"
    if phrase.trailing:  # "its membership to 294": a total, the network's or a country's
        country = phrase.country or _country_before(low, before, phrase, grammar)
        if country is None and phrase.value < _SMALLEST_TOTAL:  # "the country's number"
            country = _referred_country(low, sentence, phrase, grammar)
            # "In Italia le città della rete sono cinque": the place the clause opens with
            country = country or _opening_place(low, sentence, phrase, grammar)
            # "le due nuove italiane, le città del nostro Paese salgono a otto"
            country = country or _our_country(low, sentence, phrase, grammar)
            if country is None and (phrase.unit is Unit.MEMBER or phrase.gapped):
                # "... font partie des villes françaises du réseau ; on en est à huit": too
                # few for the network, the count of the cities its sentence placed last
                country = _placed_cities_before(low, sentence.span.start, phrase.start, grammar)
        if (
            country is None
            and previous is not None
            and previous.country
            and previous.metric in _NEW_METRICS
            and phrase.value < _SMALLEST_TOTAL
        ):  # "한국은 이번에 3개 도시가 추가돼 가입 도시가 59개로 늘었다", "我国此次新增3个,
            # 成员城市总数达到15个": after a country's intake, the members it now has
            country = previous.country
        if not grammar.language.attached and _candidates(low, phrase, sentence, grammar):
            # "le città interessate ad aderire nel mondo sono circa mille": those who would
            # join, not members (where words touch, a verb of applying may end another clause)
            return Reading(Metric.CANDIDATE_CITIES, phrase.value, country, None, False)
        if grammar.language.attached and _candidate_head(low, before, phrase, sentence, grammar):
            # "意向加入城市: 1000个以上", "가입 희망 도시는 1,000곳 이상": where words touch, a
            # word of applying in the count's own head (its clause, before it)
            return Reading(Metric.CANDIDATE_CITIES, phrase.value, country, None, False)
        if (
            Role.NEW in phrase.roles
            or _joined_just_before(low, sentence, before, phrase, grammar)
            or _new_ones_joined(low, sentence, phrase, grammar)
        ):
            # "the number of new members reached 72", "ne sono entrate altre 64"
            region = phrase.region
            if region is None and country is None and phrase.value < _SMALLEST_TOTAL:
                # "亚太地区新加入的城市有20个": the region the clause opens with
                region = _opening_region(low, sentence, phrase, grammar)
                region = None if region == _SOME_CONTINENT else region
            return Reading(Metric.NEW_CITIES, phrase.value, country, region, False)
        if (
            country is None
            and _SMALLEST_INTAKE <= phrase.value < _SMALLEST_TOTAL
            # the count's own head may say it: "Le nombre de villes admises cette année est
            # de 54", "Số thành phố được kết nạp đợt này là 54"
            and sentence.has("intake", sentence.span.start, phrase.end)
        ):  # "Sa dernière promotion, rendue publique fin septembre, en comptait 54": too
            # few for the network, said of a round: the round's
            return Reading(Metric.NEW_CITIES, phrase.value, None, phrase.region, False)
        metric = Metric.COUNTRY_CITIES if country else Metric.TOTAL_CITIES
        return Reading(metric, phrase.value, country, None, False)
    own = _own_clause(low, before, phrase, grammar)
    if grammar.language.joined_named and sentence.has("intake", own.start, own.end):
        # "2016年に加盟した岡山市など、…294都市": the joining is Okayama's
        own = past_joined_named(low, own, grammar.language.code, sentence.span.end)
    added = _added_before(low, sentence.span, phrase, grammar)
    head = before  # "국내 가입 도시는 이번 3곳을 더해 59개": the head's words, before the count
    if added is not None:  # added (which may be a figure of its own: "今回の3都市を加えて")
        head = Span(sentence.span.start, added)
        own = _own_clause(low, head, phrase._replace(start=added), grammar)
    cue = _last_cue(sentence, own)
    if (
        cue == "total"
        and phrase.value < _SMALLEST_TOTAL
        and sentence.has("subset", *own)
        and (
            previous.metric in _NEW_METRICS
            if previous is not None
            else _after_an_intake(low, sentence, grammar)
            # "Trong số các thành viên mới có hai thành phố": among the new ones, said so
            or new_members_before(low, sentence.span.start, phrase.start, grammar)
        )
    ):  # "(64 villes ont été accueillies.) Parmi elles, on compte sept villes africaines":
        # a verb of counting after "among them" counts a part of the intake, not the
        # network (not "Viet Nam có 3 thành phố ..., trong đó Đồng Tháp có 2": a part of a
        # country's members, a province's)
        cue = "subset"
    if cue is None:
        cue = _cue_after(sentence, phrase, following, chain)
        if cue == "intake" and Role.NEW not in phrase.roles and _beyond_intakes(phrase):
            # more than any intake, the verb of joining after it, not said to be new: the
            # subject that joins is another ("The GNLC, a network comprising 356 cities,
            # welcomed Hanoi"), or all that joined so far ("more than 100 cities from 28
            # countries have become members", UIL, August 2016); "has added more than 190
            # members" stays the additions
            cue = "total"
    if cue == "intake" and (
        sentence.has("cumulative", phrase.end)
        or sentence.has("cumulative", before.start, phrase.start)
        or (  # "目前全球有91個國家、425個城市加入": the countries' cue is the cities' too
            previous is not None
            and previous.metric is Metric.TOTAL_COUNTRIES
            and sentence.has("cumulative", sentence.span.start, phrase.start)
        )
    ):
        cue = "total"  # "more than 100 cities have joined since its launch": all so far
    if (
        cue == "intake"
        and Role.NEW not in phrase.roles
        and describes_the_network(sentence, phrase.start, phrase.end)
    ):
        cue = "total"  # "79개국 356개 도시가 활동하는 GNLC에 합류했다": the network's members
    if cue == "intake" and _network_holds(sentence, phrase):
        cue = "total"  # "Le réseau accueille 425 villes de 91 pays": what it holds
    if (
        cue == "intake"
        and phrase.value > _LARGEST_INTAKE
        and Role.NEW not in phrase.roles
        and _network_after_the_intake(sentence, own, phrase)
    ):  # "With the new intake, the network passed 350 cities": the intake said before the
        # network's own verb, a count larger than any intake is the network's (not "the
        # GNLC has added more than 190 members": the verb of adding governs it)
        cue = "total"
    if cue == "intake" and _own_clause_total(low, sentence, before, phrase):
        cue = "total"  # "aufgenommen, dem weltweit bereits über 100 Städte angehören"
    if cue == "intake" and _after_a_joining_clause(low, sentence, before, phrase, grammar):
        cue = "total"  # "Als wir 2024 beitraten, waren es 356 Städte": the network then
    joined_right_after = False  # the count the subject of a verb of joining after it
    if (
        (cue in (None, "total") or (cue == "subset" and previous is None))
        and _joined_after(low, phrase, grammar)
        and (
            grammar.language.attached
            or not (_so_far_or_now(low, sentence, phrase, grammar) or _beyond_intakes(phrase))
        )
    ):
        # "국내 회원 도시는 이번에 세 곳이 추가되면서": the count that joined; "신청해 이 가운데
        # 6곳이 새로 회원이 되었다" (the whole no figure); not the part of a figure before
        # it ("신청 도시 12곳 가운데 3곳이 선정됐다": the applicants' part); "Việt Nam có 2
        # thành phố tham gia", "Chile tiene dos comunas que se incorporan": not after a
        # word of "so far" or "now" ("Đến nay, Việt Nam đã có 6 thành phố gia nhập")
        joined_right_after = True
        cue = "intake"
    if (
        cue == "intake"
        and previous is not None
        and previous.metric in _NEW_METRICS
        and _reached(low, phrase, grammar)
    ):  # "세 곳이 새로 이름을 올리며 59곳으로 늘었다": the intake, then the total it reached
        cue = "total"
    others = phrase.unit is Unit.OTHERS or Role.OTHER in phrase.roles
    if (
        cue == "intake"
        and not others
        and Role.NEW not in phrase.roles
        and phrase.unit is not Unit.CAPITAL
        and _beyond_intakes(phrase)
        and not sentence.has("candidate", sentence.span.start, sentence.span.end)
        and _group_between(low, sentence, own, phrase)
    ):
        # more than any intake (77 at most), after a verb of joining, and not said to be
        # new: the group the subject joins, whatever word names it ("junta-se a uma lista
        # com 356 membros", "se incorpora a un colectivo de 359 urbes", "entre dans un
        # club de 425 villes", "gia nhập danh sách 425 thành viên"): the network's size
        cue = "total"
    if cue == "group":  # "Ajman joins 356 cities": the group joined; "joins 71 others": new
        cue = "intake" if others or Role.NEW in phrase.roles else "total"
    if cue == "intake" and others and phrase.value > _LARGEST_INTAKE:
        cue = "total"  # "a rejoint 177 autres villes": more others than any intake, all
    if cue in ("intake", "along") and others and _the_others(low, phrase, grammar):
        cue = "total"  # "Braga junta-se às outras 14 portuguesas": the members already
        # there, the definite article says, and the subject with them (15)
    held = _held_by_countries(low, phrase, previous, grammar)
    if held is not None:  # "새로 가입한 35개국 64개 도시": the cities go as their countries
        cue = "intake" if held is Metric.NEW_COUNTRIES else "total"
    value, review, along = phrase.value, False, False
    if phrase.unit is Unit.OTHERS or Role.OTHER in phrase.roles:
        listed = _listed_before(low, sentence, before, phrase, grammar)
        if not listed and cue == "along":  # "Seoul and Suwon, along with 4 other cities"
            listed = _listed_subject(low, sentence, before, grammar)
            listed = listed if listed > 1 else 0
            # "Cividale è entrata insieme a Brescia e ad altre 70": the subject, Brescia
            listed = listed or _listed_along(low, sentence, before, phrase, grammar)
        if not listed and cue in ("along", "intake"):  # "Lucca e Trieste sono entrate
            listed = _named_before_verb(low, sentence, before, grammar)  # con altre 52"
        if not listed:  # "l'ingresso di Lucca e Trieste ..., con altre 52": the noun
            listed = _named_after_noun(low, sentence, phrase, grammar)  # says the joining
        if not listed and cue in ("along", "intake"):  # "Deux villes du Sénégal ont
            listed = _counted_subject(sentence, previous, phrase)  # rejoint ..., avec 53 autres"
        if not listed and cue in ("along", "intake"):  # "Las tres elegidas se suman a la
            listed = _numbered_subject(low, sentence, before, grammar)  # red junto a otras 52"
        if (
            not listed
            and cue in ("along", "intake")
            and _words(grammar.language.code).both.search(low, sentence.span.start, phrase.start)
        ):
            listed = 2  # "la postulación de ambos municipios, admitidos ... junto con otras 75"
        if not listed and cue in ("along", "intake"):  # "en 2022 ingresaron Querétaro,
            listed = _named_after_verb(low, sentence, before, phrase, grammar)  # Pachuca y
            # General Escobedo con otras 74 ciudades"
        # "Die UNESCO hat 38 weitere Städte aufgenommen": 38, no city is the subject
        agency = (
            not listed
            and cue in (None, "intake", "total")
            and _agency_admits(low, sentence, phrase)
        )
        # "En diciembre se sumaron otras 72 ciudades", "Sono entrate altre 72 città": "otras"
        # before the number with no city named and no word of company is "another 72"
        agency = agency or (
            not listed
            and cue in (None, "intake")
            and not sentence.has("along")
            and _another(low, sentence, phrase, grammar)
            and not _also_before(low, sentence, phrase, grammar)
            and not _in_company(low, phrase, grammar)
            and not _joined_to_a_name(low, phrase, grammar)
        )
        value, review = value + (listed or int(not agency)), bool(listed)
        along = True  # its value counts the subject: are the countries after it its own?
    elif phrase.ordinal:
        pass  # a rank counts no subject beside it: "ao lado de Buenos Aires, Hanói e Riade,
        # e torna-se a décima sétima cidade portuguesa" (the 17th, not 18 with Lisbon)
    elif cue == "along" and _apposed(low, phrase, grammar.language.code):
        pass  # "Tunja ingresó junto con Quibdó y Rionegro, las tres ciudades colombianas
        # admitidas": the names before it summed, the subject among them
    elif cue == "along" and _plural_predicate(low, phrase, grammar):
        pass  # "Junto con San Nicolás, son las dos primeras comunas chilenas": the plural
        # verb's subject is both, the companion already counted
    elif cue == "along" and phrase.value > _LARGEST_INTAKE:
        pass  # "alongside 356 cities in the network", "sánh vai cùng 356 thành phố": more
        # than any intake, so no co-joiners: the members there, counted as published
    elif cue == "along" and not sentence.has("intake") and _quoted(low, sentence, phrase):
        pass  # '"Hoy caminamos junto a 425 ciudades", afirmó la secretaria': a member
        # quoted on where it stands, no joining said: the group it is part of, all told
    elif cue == "along" and Role.NEW not in phrase.roles and not _among(low, phrase, grammar):
        # "Hanoi, along with 71 cities": one more; "Casablanca et Oujda ..., aux côtés de 72
        # nouveaux membres": the intake they are part of, not others
        listed = _listed_subject(low, sentence, before, grammar)
        value, along, review = value + listed, True, listed > 1
    elif cue == "along" and not _among(low, phrase, grammar):
        # "Culiacán se integra ... junto a 71 nuevas ciudades" (72 with it) or "Casablanca
        # et Oujda, aux côtés de 72 nouveaux membres" (the intake they are part of): the
        # words leave open whether the new ones count the subject; the value is as said,
        # and the check tries it with its subjects too (lcnet.check.texts)
        review = True
    whole = _a_whole(low, phrase, grammar)  # "16 of the 64 new members are in ...": the
    # place after the whole is its part's (lcnet.extract.numbered_parts)
    after = None if phrase.country or whole else _country_after(low, phrase, grammar)
    said_place = None
    if (
        after is None
        and not phrase.country
        and not phrase.region
        and not whole
        and (Role.NEW in phrase.roles)
    ):
        # "Tres de las nuevas ciudades son mexicanas", "Deux des nouveaux membres sont
        # français", "Three of the new cities are Mexican": a part, its place said after it
        said_place = place_of_a_part(low, phrase.start, phrase.end, grammar)
        if said_place is not None:
            after = said_place[0]
    country = phrase.country or after
    owner = phrase if added is None else phrase._replace(start=added)
    country = country or _country_before(low, head, owner, grammar)
    if country is None and phrase.value < _SMALLEST_TOTAL and cue in (None, "total"):
        # "Con nueve ciudades, Colombia es uno de los países más representados"
        country = _fronted_with(low, sentence, phrase, grammar)
    if country is None and grammar.language.attached and previous is None:
        country = _topic_country(low, sentence, phrase, grammar)
    if country is None and previous is not None and low.find(",", previous.end, phrase.start) >= 0:
        # "Thailand, which added three cities in December, now counts 13 members": the
        # country before the relative clause (which held a figure of its own) owns the count
        country = _country_past_aside(low, sentence, previous, owner, grammar)
    if country is None and previous is not None and previous.country:
        country = _changed_from(low, previous, phrase, grammar)  # "35곳에서 44곳으로"
        if (
            country is None
            and cue == "total"
            and previous.metric in _NEW_METRICS
            and phrase.value < _SMALLEST_TOTAL
        ):  # "우리나라 회원 도시는 세 곳이 새로 이름을 올리며 59곳으로 늘었다": the members
            country = previous.country  # the country has after its intake
        if country is None and phrase.gapped:  # "contaba con seis ciudades en la red; hoy
            country = previous.country  # son nueve": the same country's
        if (
            country is None
            and previous.metric is Metric.COUNTRY_CITIES
            and phrase.value < _SMALLEST_TOTAL
            and _but_between(low, previous.end, phrase.start, grammar)
        ):  # "国内の加盟都市は56都市だったが、もう59都市になった": then, but now, the same
            country = previous.country  # country's members
        if country is None and cue == "subset":  # "국내 12개 신청 도시 가운데 3곳": a part
            country = previous.country  # of a country's figure is that country's
    if country is None and phrase.value < _SMALLEST_TOTAL and cue in (None, "total"):
        # "Portugal ganhou um membro, o Fundão, e chegou a 16 cidades": the country that
        # opens the sentence is the subject of the verb after "and" too
        country = _coordinated_subject(low, sentence, phrase, grammar)
    if country is None and phrase.value < _SMALLEST_INTAKE and cue in (None, "total"):
        # "Aus Deutschland gehören dem Netzwerk damit vier Städte an", "In Italia le città
        # della rete sono cinque": the country the clause opens with owns its small count
        country = _opening_place(low, sentence, phrase, grammar)
    if country is None and phrase.ordinal:  # "the tenth city to join from the kingdom"
        country = _rank_place(low, sentence, phrase, grammar)
        country = country or _ranked_for(low, before, phrase, grammar)
        # "In Svizzera, Losanna è finora l'unica Learning City"
        country = country or _opening_place(low, sentence, phrase, grammar)
    gained = None  # "México sumó tres nuevas urbes": the country's intake
    if country is None and cue == "intake" and phrase.value < _SMALLEST_INTAKE:
        country = gained = _subject_country(low, before, phrase, sentence, grammar)
        country = country or _home_place(low, before, phrase, grammar)
        if country is None:  # "En México, Chihuahua y Culiacán son las dos urbes admitidas"
            country = gained = _opening_place(low, sentence, phrase, grammar)
    if (
        country is None
        and cue != "intake"
        and phrase.value < _SMALLEST_INTAKE
        and grammar.language.attached
        and _members_said(low, sentence, grammar)
    ):  # "国内からの加盟は、岡山市と翌年の多久市(佐賀県)の2市にとどまる": the text's own
        # country's local governments listed before their count (Language.home_places)
        country = _home_place(low, before, phrase, grammar)
        if country is None and phrase.qualifier is Qualifier.EXACT and not phrase.ordinal:
            # "日本からの参加は、岡山市と、今年加わった佐賀県多久市の2市です": past a member's
            # own joining, the country (or "国内") the sentence named before the list
            clause = Span(sentence.span.start, phrase.start)
            code = grammar.language.code
            if past_joined_named(low, clause, code, sentence.span.end) != clause:
                country = country_named_last(
                    low, sentence.span.start, phrase.start, grammar
                ) or _home_before(low, sentence.span.start, phrase.start, grammar)
    region = phrase.region or (None if whole else _region_after(low, phrase, grammar))
    region = region or (said_place[1] if said_place else None)
    holder = None if country or region else _region_before(low, before, phrase, grammar)
    region = region or holder
    # "América Latina y el Caribe sumó 14 ciudades", "l'Afrique a placé sept villes": a
    # verb of getting after the region owning the count says its share of an intake
    gained = gained or (holder if holder and _region_got(low, phrase, grammar) else None)
    if country is None and region is None and not whole and phrase.value < _SMALLEST_TOTAL:
        # "En Afrique, 17 villes ont été retenues", "In Africa sono state scelte 17 nuove
        # città": the region the clause opens with scopes its small count
        region = _opening_region(low, sentence, phrase, grammar)
        if region == _SOME_CONTINENT:  # "Sur le continent, 17 villes ont été retenues":
            return None  # some continent's share, not the network's; which, unknown
    if (country or region) and in_a_newcomer_set(low, phrase.start, phrase.end, grammar):
        country = region = None  # "Duas cidades brasileiras estão entre as 72 admitidas": all
    elif country is None and region is None and low.find(":", before.start, phrase.start) >= 0:
        country, region = _labelled_place(low, phrase, grammar)  # "- Africa: 60 members"
    if (
        (phrase.part or cue == "subset")
        and country is None
        and region is None
        and grammar.language.attached
        and previous is not None
        and previous.metric is Metric.CANDIDATE_CITIES
    ):  # "국내에서는 …올해 12개 시·군·구가 신청해 이 가운데 6곳이 새로 회원이 되었다": the part
        # of the applicants, where the sentence names one country, is that country's
        country = _sole_country(low, sentence, grammar)
    if phrase.part and country is None and region is None:
        if (
            Role.CAPITAL in phrase.roles  # "Eleven of the 72 new cities are capitals"
            or _said_capitals(low, phrase.end, grammar)
            or _said_capitals(low, phrase.end, grammar, past_words=True)
            or _capitals(low, phrase, sentence.span.start, grammar)
        ):  # "Eleven of the newcomers are capitals", "72都市のうち首都は11都市"
            return Reading(Metric.NEW_CAPITALS, value, None, None, False)
        return None  # "Thirteen of the new members are African": a part, whose is unknown
    # "along with 71 others" speaks of an intake where a verb of joining says so; a
    # figure that is the subject of the verb ("Three Portuguese cities ... joined") is new,
    # its country's too
    joined = cue == "intake" or (cue == "along" and sentence.has("intake"))
    joined = joined and not (others and phrase.value > _LARGEST_INTAKE)  # "with 291 others"
    # "Khi được kết nạp, Ninh Bình sẽ sánh vai cùng 425 thành phố": a company larger than
    # any intake is the members there, whoever is admitted in its sentence
    joined = joined and not (cue == "along" and phrase.value > _LARGEST_INTAKE)
    # "three other cities have joined": others are no subject of their own
    subject = _last_cue(sentence, before) is None and cue == "intake" and not others
    # "阿尔及利亚有3个城市入选": where the verb ends the clause, a country's cities that
    # join are its new ones (in "中国已有12个城市加入" a total's word is nearer)
    own_intake = sentence.touching and held is None
    # "Ingresaron dos ciudades tailandesas": cities the adjective places joined, whatever
    # the order of verb and subject; "México sumó tres" may be its total (its subject)
    # "Entraron tres ciudades de Colombia": the place said right after the unit as well
    placed = (phrase.country is not None or after is not None) and not others
    # "Việt Nam có 2 thành phố tham gia": the count that joins, whoever has it
    new = Role.NEW in phrase.roles or (
        joined and (country is None or subject or own_intake or placed or joined_right_after)
    )
    if cue == "subset" and _pool_of_another(sentence, phrase):
        # "전국 평생학습도시 가운데 국내 3곳이 UIL의 승인을 얻었다": a part of another body's
        # cities is an intake only by its own verb of joining, after it
        new = new or sentence.has("intake", phrase.end)
    elif cue == "subset":  # a part of the figure before it, or of an intake told before
        of_new = previous.metric in _NEW_METRICS if previous else None
        new = new or (of_new if of_new is not None else _after_an_intake(low, sentence, grammar))
        # "Parmi les nouveaux membres figurent 9 villes": the part is of the new ones
        new = new or new_members_before(low, sentence.span.start, phrase.start, grammar)
        # "12곳이 신청했으며, 이 가운데 3곳이 최종 선정됐다": the part of the applicants a
        # verb of joining after it admits is the intake
        new = new or (
            previous is not None
            and previous.metric is Metric.CANDIDATE_CITIES
            and sentence.has("intake", phrase.end)
        )
    new = new or gained is not None
    # "Le Cameroun y place trois communes": the country's share of an intake
    new = new or (country is not None and share_verb_before(low, phrase.start, grammar))
    if not new and phrase.part and phrase.gapped and previous is not None:
        new = previous.metric in _NEW_METRICS  # "77 villes ... ; seize d'entre elles sont
        # africaines": a placed part of the intake before it
    if not new and country and _added_this_round(low, phrase, grammar):
        new = True  # "国内の加盟都市は、今回の3都市を加えて5都市": Japan's intake
    elif (
        not new
        and country is None
        and region is None
        and phrase.value <= _LARGEST_INTAKE
        and _added_this_round(low, phrase, grammar)
    ):
        # "今回の3都市を含め、国内の加盟都市は15都市になった", "이번 3곳을 포함해 국내 회원
        # 도시는 59곳이 됐다": this round's count fronted, the total's owner after it
        new = True
        end = min(following, sentence.span.end)
        country = country_named_last(
            low, phrase.end, end, grammar, outside_brackets=True
        ) or _home_before(low, phrase.end, end, grammar)
    if (
        not new
        and cue is None
        and country
        and added is None
        and _next_in_a_list(low, previous, phrase, grammar)
    ):
        new = True  # "dont trois villes coréennes et trois villes thaïlandaises"
    # "Duas cidades brasileiras, Araguaína (TO) e Passo Fundo (RS), estão entre as 72
    # admitidas": past the names the list gives; the cue starts there (it may end later)
    among = sentence.opens("among_new", phrase.end, phrase.end + _AMONG_REACH)
    if not new and (country or region) and among:
        new = True  # "Deux villes marocaines figurent parmi les nouveaux membres"
    # (not where the count before was added on the way to this one: "今回の3都市を含めて
    # 59都市", "이번 3곳을 포함해 모두 56곳": the total includes the intake)
    if (
        not new
        and country
        and added is None
        and previous is not None
        and previous.metric in _NEW_METRICS
        # "이번 3곳을 포함해 국내 회원 도시는 59곳": the count before, fronted, was added
        and not _added_just_before(low, previous, grammar)
    ):
        words = _included_words(grammar.language.code)  # "The 72 new members include three
        new = words is not None and words.search(low, previous.end, phrase.start) is not None
    if not new and country and added is None and _included(low, phrase, sentence, grammar):
        # "新入选的72个城市中包括中国的3座城市", "72곳 신규 선정… 한국 3개 도시 포함": the
        # country's share of the intake just told, in its sentence or its line
        # "국내 3개 도시를 포함한 64개 도시가 새로 이름을 올렸다": the whole it is part of
        # joins after it
        new = (
            previous.metric in _NEW_METRICS
            if previous
            else _intake_on_line(low, sentence, grammar)
            or (grammar.language.attached and sentence.has("intake", phrase.end))
        )
    if not new and country and _on_an_intake_list(low, phrase, sentence, grammar):
        new = True  # "The list includes three Thai cities": the share of the round's list
    if cue is None and not new and previous is None and phrase.value <= _LARGEST_INTAKE:
        # "among the new members are seven" (not "Com as novas adesões, a rede ultrapassou
        # as 350 cidades": more than any intake, the network's size)
        new = new_members_before(low, sentence.span.start, phrase.start, grammar)
    if cue in (None, "subset") and not new and (country or region):
        # "Among the 72 newcomers are two Thai cities": a country's share of the intake
        new = after_a_newcomer_set(low, sentence.span.start, phrase.start, grammar)
    if cue is None and not new and country and previous is None:
        # "(UNESCO admitió ayer 77 ciudades.) Incluye dos ciudades mexicanas", "Deux villes
        # françaises en font partie": the intake told before includes them
        words = _included_words(grammar.language.code)
        new = (
            words is not None
            and words.search(low, sentence.span.start, sentence.span.end) is not None
            and _after_an_intake(low, sentence, grammar)
        )
    if (
        new
        and country
        and Role.NEW not in phrase.roles
        and _first_ones(low, phrase, grammar)
        and not _opens_its_clause(low, sentence, phrase, grammar)
    ):
        # "Sa Đéc và Vinh là hai thành phố đầu tiên của Việt Nam được công nhận", "Viet
        # Nam's first two members joined in 2020": the country's count when the last of
        # them came (Qatar's first two joined in 2017 and 2019), not an intake
        new = False
    # "aprobó 72 candidaturas": applications a verb of entering approved are the intake
    approved = cue == "intake" and sentence.has("candidate", phrase.start, phrase.end)
    # "foram aprovadas candidaturas de outras 76 cidades", "the applications of 64 cities
    # were accepted": the applications are the head of the count, a verb of entering
    # governs them
    approved = approved or (
        cue == "intake"
        and not grammar.language.attached  # (where words touch, the clause ends unmarked:
        # "국내 신청 도시는 12곳이었으나 최종 선정은 3곳": the applicants, then the selected)
        and _applications_of(low, phrase, sentence, previous, following)
    )
    # "Parmi elles figurent deux villes françaises, Brest et Nanterre, dont les candidatures
    # avaient été transmises au printemps": a part of the intake, its application behind it
    approved = approved or (
        cue == "subset"
        and new
        and _words(grammar.language.code).whose.search(
            low, phrase.end, min(sentence.span.end, phrase.end + _WHOSE_REACH)
        )
        is not None
    )
    if not approved and _candidates(low, phrase, sentence, grammar):  # "1,000 cities applied"
        if phrase.qualifier is Qualifier.AT_MOST or _quota(low, sentence, phrase, grammar):
            return None  # "each country may nominate up to three cities": a quota
        metric = Metric.CANDIDATE_CITIES
        if (
            others
            and not review
            and not _joined_to_a_name(low, phrase, grammar)
            and not (cue == "along" or _in_company(low, phrase, grammar))
        ):
            # "el municipio espera que otras tres ciudades postulen": other than the
            # member that speaks, which is no candidate ("Tunja y otras dos": three;
            # "Brescia ha presentato la domanda con altri tre comuni": four)
            value = phrase.value
    elif (
        phrase.unit is Unit.CAPITAL
        or Role.CAPITAL in phrase.roles
        or _capitals(low, phrase, sentence.span.start, grammar)
        or (
            country is None
            and _said_capitals(low, phrase.end, grammar)  # "11都市は首都"
            and not part_before(low, phrase.start, grammar)  # not the whole of "Eleven of
        )  # the 72 new cities are capitals"
    ):
        metric = Metric.NEW_CAPITALS
    elif phrase.ordinal and country and _only_joined(low, phrase, sentence):
        metric = Metric.NEW_CITIES  # "la única cidade portuguesa admitida": the intake's one
    elif phrase.ordinal:
        metric = Metric.COUNTRY_CITIES if country else Metric.TOTAL_CITIES
    elif (
        new
        and cue == "subset"
        and not (country or region)
        and _a_part(previous, phrase)
        # "Na lista agora divulgada constam 64 cidades de 35 países": a count with its
        # countries is the whole list, not a part of it
        and not _with_its_countries(low, phrase, ahead, grammar)
    ):
        # "새로 가입한 64개 도시 가운데 16곳은 아프리카 도시다": a part of the intake whose
        # owner is not read is not the intake
        return None
    elif new:
        metric = Metric.NEW_CITIES
    elif country:
        metric = Metric.COUNTRY_CITIES
    else:
        metric = Metric.TOTAL_CITIES
    return Reading(metric, value, country, region, review, along)


def _group_between(low: str, sentence: Sentence, own: Span, phrase: Phrase) -> bool:
    """Whether words stand between the last verb of joining and the count: the group
    joined ("junta-se a uma lista com 356", "gia nhập danh sách 425"), not the verb's own
    object ("has added more than 190 members": the additions)."""
    joining = sentence.within(own.start, phrase.start, ("intake",))
    if not joining:
        return False
    return len(low[joining[-1].end : phrase.start].split()) >= _GROUP_WORDS


_GROUP_WORDS = 1  # "nhóm", "danh sách", "a list of", "a uma lista com"


def _applications_of(
    low: str, phrase: Phrase, sentence: Sentence, previous: Previous | None, following: int
) -> bool:
    """Whether a word of applying heads the count, a short link between them and no
    clause mark ("candidaturas de outras 76 cidades", "las postulaciones de 77 ciudades",
    "the applications of 64 cities"), and the verb of entering is theirs: before them with
    no other count between ("foram aprovadas 64 das candidaturas de 120 cidades": the 64),
    or after them in their clause ("Das candidaturas de 120 cidades, foram aprovadas 64")."""
    head = next(
        (
            cue
            for cue in sentence.within(phrase.start - _HEAD_REACH, phrase.start, ("candidate",))
            if len(low[cue.end : phrase.start].split()) <= _HEAD_WORDS
            and _CLAUSE_MARK.search(low, cue.end, phrase.start) is None
            # the noun and its "of" ("candidaturas de", "applications of"), not a verb of
            # applying ("Um die Aufnahme bewarben sich mehr als 200 Städte": applicants)
            and _words(sentence.grammar.language.code).head_link.match(low, cue.end) is not None
        ),
        None,
    )
    if head is None:
        return False
    since = sentence.span.start if previous is None else max(previous.end, sentence.span.start)
    if sentence.has("intake", since, head.start):
        return True
    mark = _CLAUSE_MARK.search(low, phrase.end, sentence.span.end)
    end = min(following, mark.start() if mark else sentence.span.end)
    return sentence.has("intake", phrase.end, end)


_HEAD_REACH = 24  # characters of "candidaturas de las " before the count
_HEAD_WORDS = 2  # "de", "of the", "de las"


def _a_part(previous: Previous | None, phrase: Phrase) -> bool:
    """Whether a count after a word of a part is smaller than the figure before it, or,
    after an intake told in an earlier sentence, not itself said to be of new members
    ("Of these 72 new members, 21 come from Asia": the 72 are the whole)."""
    if previous is not None:
        return previous.value > phrase.value
    return not phrase.roles & _NEW_OR_MEMBER


_NEW_OR_MEMBER = frozenset({Role.NEW, Role.MEMBER})


def _with_its_countries(low: str, phrase: Phrase, ahead: Ahead | None, grammar: Grammar) -> bool:
    """Whether the countries of the cities follow them: "64 cidades de 35 países"."""
    if ahead is not None:  # (where countries come first, the next figure is known)
        return (
            ahead.phrase.unit is Unit.COUNTRY
            and grammar.pairing_gap.fullmatch(low, phrase.end, ahead.phrase.start) is not None
        )
    gap = grammar.pairing_gap.match(low, phrase.end)
    if gap is None or grammar.language.attached:
        return False
    return _countries_next(grammar.language.code).match(low, gap.end()) is not None


@cache
def _countries_next(code: str) -> re.Pattern[str]:
    """A count of countries: "35 países", "46 countries"."""
    data = _grammar(code).language
    nouns = alternation([noun for noun, unit in data.units.items() if unit is Unit.COUNTRY])
    return re.compile(rf"(?:{number_pattern(code)})\s+(?:{nouns})(?!\w)")


_INCLUDED_AFTER = 12  # characters after a count where "포함", "含まれる" may stand


def _included(low: str, phrase: Phrase, sentence: Sentence, grammar: Grammar) -> bool:
    """Whether a word of inclusion stands in the figure's own clause, between the clause
    marks around it."""
    words = _included_words(grammar.language.code)
    if words is None or Role.MEMBER in phrase.roles:  # "中国的15个成员城市": its members
        return False
    marks = (low.rfind(mark, sentence.span.start, phrase.start) for mark in _CLAUSE_COMMAS)
    start = max(max(marks) + 1, sentence.span.start)
    if _last_cue(sentence, Span(start, phrase.start)) not in (None, "intake"):
        return False  # "네트워크에는 한국 59개 도시가 포함돼 있다": a total's words in its clause
    if grammar.language.included_after:
        end = min(_clause_end(sentence, phrase.end), phrase.end + _INCLUDED_AFTER)
        return words.search(low, phrase.end, end) is not None
    return words.search(low, start, phrase.start) is not None


def _on_an_intake_list(low: str, phrase: Phrase, sentence: Sentence, grammar: Grammar) -> bool:
    """Whether a round's list is said in the figure's clause before it (Language.
    intake_lists): "The list includes three Thai cities"."""
    form = _intake_lists(grammar.language.code)
    if form is None:
        return False
    marks = (low.rfind(mark, sentence.span.start, phrase.start) for mark in _CLAUSE_COMMAS)
    start = max(max(marks) + 1, sentence.span.start)
    return form.search(low, start, phrase.start) is not None


@cache
def _intake_lists(code: str) -> re.Pattern[str] | None:
    words = _grammar(code).language.intake_lists
    return re.compile("|".join(f"(?:{w})" for w in words)) if words else None


def _intake_on_line(low: str, sentence: Sentence, grammar: Grammar) -> bool:
    start = low.rfind("\n", 0, sentence.span.start) + 1
    return any(
        cue.lastgroup == "intake" for cue in grammar.cues.finditer(low, start, sentence.span.start)
    )


@cache
def _included_words(code: str) -> re.Pattern[str] | None:
    words = _grammar(code).language.included_words
    return re.compile("|".join(f"(?:{w})" for w in words)) if words else None


_RANK_PLACE_REACH = 60  # characters after a rank where its country may be said
_REFERRED_REACH = 600  # characters before a rank where "the kingdom" finds its name


def _rank_place(low: str, sentence: Sentence, phrase: Phrase, grammar: Grammar) -> str | None:
    """The country a rank's clause names after it: "the tenth city to join from
    Thailand"; "from the kingdom" is the country named last before, in the paragraph."""
    form = _rank_place_form(grammar.language.code)
    if form is None:
        return None
    end = min(sentence.span.end, phrase.end + _RANK_PLACE_REACH)
    found = form.match(low, phrase.end, end)
    if found is None:
        return None
    if found["name"]:
        return grammar.language.country_names.get(_key(found["name"]))
    start = max(0, phrase.start - _REFERRED_REACH)
    paragraph = low.rfind("\n\n", start, phrase.start)
    return country_named_last(
        low, paragraph + 2 if paragraph >= 0 else start, phrase.start, grammar
    )


def _ranked_for(low: str, before: Span, phrase: Phrase, grammar: Grammar) -> str | None:
    """ "For Saudi Arabia it is the first member city": the country a preposition names
    earlier in the rank's clause (Language.rank_for)."""
    form = _ranked_for_form(grammar.language.code)
    if form is None:
        return None
    start = max(before.start, phrase.start - _RANK_FOR_REACH)
    found = list(form.finditer(low, start, phrase.start))
    if not found or _CLAUSE_BREAK.search(low, found[-1].end(), phrase.start):
        return None
    return grammar.language.country_names.get(_key(found[-1]["name"]))


_RANK_FOR_REACH = 60  # characters before a rank where "for <country>" may stand
_CLAUSE_BREAK = re.compile(r"[.;:!?]")


@cache
def _ranked_for_form(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    if not data.rank_for or data.attached:
        return None
    names = alternation(data.country_names)
    return re.compile(
        rf"(?<!\w)(?:{alternation(data.rank_for)})(?:\s+|(?<=['\u2019]))(?:the\s+)?"
        rf"(?P<name>{names})(?!\w)"
    )


@cache
def _rank_place_form(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    if not data.rank_places:
        return None
    places = alternation(data.rank_places)
    names = alternation(data.country_names)
    references = alternation(data.rank_references) if data.rank_references else "(?!)"
    return re.compile(
        rf"(?:\s+[^\W\d_]+){{0,4}}?\s+(?:(?:{places})\s+(?P<name>{names})|(?:{references}))(?!\w)"
    )


def _quota(low: str, sentence: Sentence, phrase: Phrase, grammar: Grammar) -> bool:
    """Whether a per-country word stands in the figure's clause: "each country may put
    forward three cities" (not "Tre comuni preparano la candidatura, che ammette al
    massimo 3 candidature per Paese": the applicants, then the rule)."""
    start = max(
        (m.end() for m in _CLAUSE_MARK.finditer(low, sentence.span.start, phrase.start)),
        default=sentence.span.start,
    )
    return grammar.quota.search(low, start, _clause_end(sentence, phrase.end)) is not None


_POOL_REACH = 6  # characters from a count to its "among": "11곳 중", "9곳 가운데"


def _candidates(low: str, phrase: Phrase, sentence: Sentence, grammar: Grammar) -> bool:
    """Whether a word of applying speaks of the figure: its own unit ("120 candidaturas"),
    after it, unless a country named past a comma applies ("gần 300 thành viên, Việt Nam
    chuẩn bị thêm hồ sơ"), or before it in its clause ("khi tỉnh bắt đầu chuẩn bị hồ sơ,
    mạng lưới có 170 thành viên": the province applies, the network has its members)."""
    if sentence.has("candidate", phrase.start, phrase.end):
        return True
    if phrase.unit is Unit.MEMBER or Role.MEMBER in phrase.roles:
        return False  # "The network's 425 member cities are interested in ...": members
    if describes_the_network(sentence, phrase.start, phrase.end):
        return False  # "356개 도시가 함께하는 GNLC에 도전장을 냈다": the members of what it
        # applies to
    among = sentence.within(phrase.end, phrase.end + _POOL_REACH, ("subset",))
    if among and shortlisted_from(sentence, phrase.end, Span(phrase.start, phrase.end)):
        return True  # "평생학습도시 11곳 중 3곳이 국내 후보 도시로 선정됐다": the pool a
        # shortlist of candidates is drawn from, the applicants
    # "Altri due comuni calabresi, Cosenza e Lamezia Terme, hanno avviato l'iter di
    # candidatura": the subject's names set off by commas do not count in the reach
    aside = _NAMES_ASIDE.match(low, phrase.end, sentence.span.end)
    if aside is not None:  # not past a clause of its own: ", A y B, y otros preparan"
        rest = low[aside.end() : aside.end() + _AFTER_REACH].split(maxsplit=1)
        aside = None if rest and rest[0] in grammar.language.conjunctions else aside
    reach = _AFTER_REACH + (len(aside.group()) if aside else 0)
    after = sentence.within(phrase.end, phrase.end + reach, ("candidate",))
    # "três novos membros portugueses, dois dos quais candidatos ao Programa ECOXXI":
    # applicants to another programme or award
    another_call = _words(grammar.language.code).another_call
    after = [cue for cue in after if another_call.match(low, cue.end) is None]
    # past a colon, another clause: '"una red de 230 ciudades": el texto es anterior a la
    # candidatura' (the network the text describes, before a word of the application)
    after = [
        cue
        for cue in after
        if low.find(":", phrase.end, cue.start) < 0 and low.find(";", phrase.end, cue.start) < 0
    ]  # nor past a semicolon: "425 cities; more want to join"
    if after and grammar.member_verbs.search(low, phrase.end, after[0].start) is not None:
        after = []  # "30여 곳이 이미 가입해 있으며, … 세 곳이 신청한": members, then others apply
    but = _words(grammar.language.code).but
    if after and grammar.language.attached and but.search(low, phrase.end, after[0].start):
        after = []  # "世界では300を超える都市が参加しているが、本市として加盟を検討する": the
        # figure's clause ends at "but"; the one applying is the next clause's subject
    if after and _counted_apart(low, phrase.end, after[0].start):
        after = []  # "共有294个成员城市, 另有30个城市正在申请", "회원 도시는 294곳이며, 이 밖에
        # 30곳이 가입을 신청했다": the next clause counts its own applicants
    if after and _own_subject(low, phrase.end, after[0].start, grammar):
        after = []  # "网络共有294个成员城市, 我市自2019年起积极筹备申报": the text's own
        # city, the next clause's subject, applies; the count is the network's members
    if after:
        comma = low.find(",", phrase.end, after[0].start)
        if comma < 0 or country_named_last(low, comma, after[0].start, grammar) is None:
            return True
    network_of = _words(grammar.language.code).network_of
    if network_of.search(low, max(0, phrase.start - _NETWORK_OF_REACH), phrase.start):
        return False  # "aspira a entrar en una red de 230 ciudades": the network it would join
    before = sentence.within(phrase.start - _CANDIDATE_REACH, phrase.start, ("candidate",))
    return any(
        # not past a comma, nor one of the CJK commas: "申請は続いており、現在は120都市を超
        # えている" (applying goes on; the network has passed 120); a topic's comma goes
        # on ("申請した都市は、現在120都市を超えている": the applicants), as one before
        # "among them" does ("12市町村が申請し、そのうち3市は": a part of the applicants)
        not _past_a_clause_comma(low, cue.end, phrase.start, sentence)
        # 'sa lettre de candidature : « Nous rejoignons 229 villes de 64 pays »': what the
        # application says, quoted, is no count of applicants
        and _QUOTE_OPENS.search(low, cue.end, phrase.start) is None
        and not _when_applying(low, cue.end, grammar)
        and not _admitted_part(low, cue, phrase, sentence, grammar)
        # "가입을 준비하기 시작한 2017년에는 회원도시가 180곳": the members' own noun heads it
        and not (grammar.language.attached and _members_headed(low, cue.end, phrase.end, grammar))
        for cue in before
    )


def _candidate_head(
    low: str, before: Span, phrase: Phrase, sentence: Sentence, grammar: Grammar
) -> bool:
    """Whether a word of applying stands in the head of a count told after its noun, in
    its clause (no clause mark between them)."""
    return any(
        _CLAUSE_MARK.search(low, cue.end, phrase.start) is None
        and not _when_applying(low, cue.end, grammar)  # "준비하기 시작한 2024년에는": a time
        and not _members_headed(low, cue.end, phrase.end, grammar)
        for cue in sentence.within(before.start, phrase.start, ("candidate",))
    )


def _members_headed(low: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether a word of membership (_membership_heads) stands in low[start:end]."""
    return any(low.find(w, start, end) >= 0 for w in _membership_heads(grammar.language.code))


@cache
def _membership_heads(code: str) -> tuple[str, ...]:
    """The words of membership before a unit (Language.modifiers_before of Role.MEMBER): a
    count they head is no applicants' ("가입을 준비하기 시작한 2024년에는 회원도시가 356개",
    whatever word of applying stands before them)."""
    modifiers = _grammar(code).language.modifiers_before
    return tuple(word for word, role in modifiers.items() if role is Role.MEMBER)


def _counted_apart(low: str, end: int, cue: int) -> bool:
    """Whether another number stands between a figure and a word of applying after it, past
    a clause mark (a comma, a semicolon, their CJK forms): that number's are the
    applicants."""
    mark = _CLAUSE_MARK.search(low, end, cue)
    return mark is not None and _DIGIT.search(low, mark.end(), cue) is not None


def _admitted_part(
    low: str, applied: Cue, phrase: Phrase, sentence: Sentence, grammar: Grammar
) -> bool:
    """Whether the figure is the part of the applicants told before it that joined: "12개
    시·군·구가 신청해 이 가운데 6곳이 새로 회원이 되었다", "12市町村が申請し、そのうち3市が新たに
    加盟した", "12个城市提交申请, 其中6个城市新加入网络" (the applicants counted as the subject
    of the word of applying, a word of a part after it, a word of entering in the figure's
    clause). Not a part of "applicant cities" counted after the word ("국내 신청 도시 12곳
    가운데 3곳이 선정됐다": selected at home, still applicants to the network)."""
    if not sentence.has("subset", applied.end, phrase.start):
        return False
    if _DIGIT.search(low, sentence.span.start, applied.start) is None:
        return False
    found = _CLAUSE_MARK.search(low, phrase.end, sentence.span.end)
    end = found.start() if found else sentence.span.end
    return sentence.has("intake", phrase.end, end) or (
        grammar.member_verbs.search(low, phrase.end, end) is not None
    )


# a colon and a quotation opening after it: what the application says, quoted ("are
# 'about a thousand'" after "interested" keeps the cue: no colon)
# a relative of possession after a part of an intake: its application, told as its past
_WHOSE_REACH = 80


_QUOTE_OPENS = re.compile('[:\uff1a]\\s*["\u00ab\u201c\u201e\u300c\u300e]')


_NETWORK_OF_REACH = 20  # characters of "réseau de « " before the figure


# The names of a subject's members set off by commas after its count, an adjective
# before them: "due comuni calabresi, Cosenza e Lamezia Terme,"
_NAMES_ASIDE = re.compile(r"(?: [^\W\d_]+)?,[^,.;:!?\d]{3,60},")


_DIGIT = re.compile(r"\d")


_WHEN_REACH = 4  # characters between a word of applying and "when": "신청할 당시"


def _own_subject(low: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether the text's own body is named as a subject between start and end
    (Language.own_subjects)."""
    form = _own_subjects(grammar.language.code)
    return form is not None and form.search(low, start, end) is not None


@cache
def _own_subjects(code: str) -> re.Pattern[str] | None:
    words = _grammar(code).language.own_subjects
    return re.compile("|".join(f"(?:{w})" for w in words)) if words else None


def _when_applying(low: str, end: int, grammar: Grammar) -> bool:
    """Whether the word of applying dates another statement ("가입을 신청할 당시 네트워크
    규모를 '76개국 294개 도시'로 소개했다", "申請した当時"): the time of the application,
    not applicants counted (Language.earlier_date right after it)."""
    after = low[end : end + _WHEN_REACH + 2]
    if any(word in after for word in grammar.language.when_words):
        return True
    form = grammar.earlier_date
    return form is not None and form.search(low, end, end + _WHEN_REACH + 4) is not None


_AMONG_REACH = 80  # characters after a country's count where "are among the new" may start
_NEW_METRICS = frozenset({Metric.NEW_CITIES, Metric.NEW_COUNTRIES, Metric.FIRST_TIME_COUNTRIES})
_TOPIC_REACH = 60  # characters before a count where its clause's topic may be named
_REFERENCE_REACH = 30  # characters before a count where "the country's" may stand


def _changed_from(low: str, previous: Previous, phrase: Phrase, grammar: Grammar) -> str | None:
    """The country of the figure a change started from, right before: "국내 회원도시는
    기존 35곳에서 44곳으로", "Vietnam's members went from five cities to six cities"."""
    return previous.country if changes_to(low, previous.end, phrase.start, grammar) else None


def _placed_cities_before(low: str, start: int, end: int, grammar: Grammar) -> str | None:
    """The country of the last cities an adjective placed in low[start:end] ("des villes
    françaises", "delle città italiane"): not a country named alone ("l'Italia ne conta 61"
    counts its World Heritage sites)."""
    found = list(_placed_cities(grammar.language.code).finditer(low, start, end))
    return grammar.language.demonyms.get(found[-1]["demonym"]) if found else None


@cache
def _placed_cities(code: str) -> re.Pattern[str]:
    rules = _grammar(code)
    units = [n for n, (unit, _, _) in rules.nouns.items() if unit in (Unit.CITY, Unit.MEMBER)]
    demonyms = alternation(list(rules.language.demonyms))
    return re.compile(rf"(?<!\w)(?:{alternation(units)})\s+(?P<demonym>{demonyms})(?!\w)")


def _referred_country(
    low: str, sentence: Sentence, phrase: Phrase, grammar: Grammar
) -> str | None:
    """ "the country's number of member cities": the country named last before it in
    its sentence (by name or adjective: "Three Portuguese cities")."""
    words = grammar.language.country_references
    near = low[max(sentence.span.start, phrase.start - _REFERENCE_REACH) : phrase.end]
    if not words or not any(word in near for word in words):
        return None
    # "Portugal conta agora dezasseis cidades. ... em 2022 entrou Braga, que elevou o
    # total nacional para quinze": the country named last, in the sentence or just before
    return country_named_last(
        low, sentence.span.start, phrase.start, grammar, outside_brackets=True
    ) or _last_country(low, phrase.start, grammar)


_ONLY_REACH = 80  # characters after "the only Portuguese city" where its verb may join it


def _only_joined(low: str, phrase: Phrase, sentence: Sentence) -> bool:
    """ "O Fundão foi a única cidade portuguesa admitida", "la única ciudad española que
    logró entrar en la red ese año": the only one that joined is the country's intake of
    one, not its count of members."""
    words = low[phrase.start : phrase.end].split()
    if not words or words[0] not in _words(sentence.grammar.language.code).only:
        return False
    return sentence.has("intake", phrase.end, min(sentence.span.end, phrase.end + _ONLY_REACH))


def _our_country(low: str, sentence: Sentence, phrase: Phrase, grammar: Grammar) -> str | None:
    """ "Con Brescia e Cividale, le due nuove italiane, le città del nostro Paese salgono
    a otto": the country "ours" stands for is the one the sentence named before it."""
    said = _words(grammar.language.code).our_country.search(low, sentence.span.start, phrase.start)
    if said is None:
        return None
    return country_named_last(low, sentence.span.start, said.start(), grammar)


_JUST_BEFORE = 12  # characters between a verb of joining and the count it gives


def _joined_just_before(
    low: str, sentence: Sentence, before: Span, phrase: Phrase, grammar: Grammar
) -> bool:
    """ "ne sono entrate altre 64", "ne sono state ammesse 72": a verb of joining just
    before a count that follows its verb is an intake's (not "ad oggi ne sono state
    riconosciute 229": so far, all of them; nor more than any intake)."""
    if phrase.value > _LARGEST_INTAKE or grammar.language.attached:
        return False  # where words touch, a verb of joining may end another clause
    if len(low[phrase.start : phrase.end].split()) > 2:
        return False  # a count with its noun: "(ingressi) le città italiane salgono a otto"
    cues = sentence.within(max(before.start, phrase.start - 60), phrase.start, ("intake",))
    if not cues or phrase.start - cues[-1].end > _JUST_BEFORE:
        return False
    gap = low[cues[-1].end : phrase.start]  # at most "altre": not "ingressi le città"
    if "," in gap or len(gap.split()) > 1:
        return False
    return not sentence.has("cumulative", sentence.span.start, phrase.start)


_CLAUSE_BREAKS = ";:\n"


def _opening_place(low: str, sentence: Sentence, phrase: Phrase, grammar: Grammar) -> str | None:
    """ "In Italia le città della rete sono cinque", "En France, les villes membres sont
    huit": the country a clause opens with owns the count its verb gives at the end,
    unless another country is named between them."""
    start = max(
        [
            sentence.span.start,
            *(low.rfind(c, sentence.span.start, phrase.start) + 1 for c in _CLAUSE_BREAKS),
        ]
    )
    while start < phrase.start and not low[start].isalnum():
        start += 1
    opening = _words(grammar.language.code).opening_place.match(low, start, phrase.start)
    if opening is None:
        return None
    names = _country_names(grammar.language.code)
    found = names.match(low, opening.end(), phrase.start)
    if found is None or names.search(low, found.end(), phrase.start) is not None:
        return None
    return grammar.language.country_names[" ".join(found.group().split())]


_SOME_CONTINENT = "continent"  # a continent that names none (Language.continents)


def _opening_region(low: str, sentence: Sentence, phrase: Phrase, grammar: Grammar) -> str | None:
    """The region a clause opens with, after a preposition (Language.region_openers),
    that scopes the count the clause gives: "En Afrique, 17 villes ont été retenues",
    "In Africa sono state scelte 17 nuove città"; _SOME_CONTINENT for a continent that
    names none ("Sur le continent, 17 villes ..."); None when no place opens the clause,
    or a country is named between the place and the count."""
    form = _opening_regions(grammar.language.code)
    if form is None:
        return None
    # (a line end in hard-wrapped text breaks no clause: "Sur le continent,\n17 villes")
    breaks = (";", ":", "\n\n", *(f"\n{c}" for c in "-*\u2022"))
    start = max(
        [
            sentence.span.start,
            *(low.rfind(c, sentence.span.start, phrase.start) + 1 for c in breaks),
        ]
    )
    while start < phrase.start and not low[start].isalnum():
        start += 1
    found = form.match(low, start, phrase.start)
    if found is None or _country_names(grammar.language.code).search(
        low, found.end(), phrase.start
    ):
        return None
    if found["continent"]:
        return _SOME_CONTINENT
    return grammar.language.regions[" ".join(found["region"].split())]


@cache
def _opening_regions(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    regions = sorted(data.regions, key=len, reverse=True)
    if not data.region_openers and data.attached and data.region_owner_gap and regions:
        # where words touch, the region opens the clause with its own particle, a relative
        # clause between it and the count: "아시아·태평양 지역에서 새로 들어온 곳은 20곳",
        # "アジア太平洋地域から新たに加盟したのは20都市" (a small count: the region's share)
        return re.compile(
            rf"(?P<region>{alternation(regions)})(?P<continent>(?!))?{data.region_owner_gap}"
        )
    if not data.region_openers:
        return None
    # "En la región de América Latina y el Caribe, ...", "Dans la région Afrique", "Na
    # região da América Latina": the noun "region" before the name, with an article
    # before it and up to two small words of "of" after it ("de la", "dell'", "of the")
    noun = (
        rf"(?:\w+\s)?(?:{alternation(data.region_nouns)})\s+(?:\w{{1,4}}(?:\s+|['\u2019]))"
        r"{0,2}"
        if data.region_nouns
        else "(?!)"
    )
    return re.compile(
        rf"(?:{'|'.join(data.region_openers)})(?:{noun})?(?:(?P<region>{alternation(regions)})"
        rf"|(?P<continent>{alternation(data.continents) or '(?!)'}))(?!\w)"
    )


# Where words touch, a country the sentence opens with as its topic ("韓國是成員最多的國家",
# "韓国は", "한국은"), and a clause of the figure's with no subject of its own, opening
# with "has" ("已有40多個城市加入", "すでに40都市以上が", "이미 40여 곳이")
_CLAUSE_ENDS = ",;\uff0c\u3001\uff1b"


def _topic_country(low: str, sentence: Sentence, phrase: Phrase, grammar: Grammar) -> str | None:
    """ "韓國是成員最多的國家, 已有40多個城市加入": the country the sentence opens with, as
    its topic, owns the count of a later clause that has no subject of its own."""
    clause = max(low.rfind(c, sentence.span.start, phrase.start) for c in _CLAUSE_ENDS)
    topic = _words(grammar.language.code)
    if (
        clause < sentence.span.start
        or topic.has_opening.match(low, clause + 1, phrase.start) is None
    ):
        return None
    # (or the part after a semicolon: "內地方面, 北京…早已是成員; 南韓的成員更多, …")
    start = max(sentence.span.start, *(low.rfind(c, 0, phrase.start) + 1 for c in ";\uff1b"))
    while start < phrase.start and not low[start].isalnum():
        start += 1  # "- 韓國: …"
    names = _touching_country_names(grammar.language.code)
    found = names.match(low, start, clause)
    modifier = topic.topic_modifier.match(low, start, clause) if found is None else None
    if modifier is not None:  # "鄰近的韓國是成員最多的國家": a short modifier before it
        found = names.match(low, modifier.end(), clause)
    if found is None or topic.topic_after.match(low, found.end(), clause) is None:
        return None
    if names.search(low, found.end(), phrase.start) is not None:
        return None  # another country named since
    return grammar.language.country_names[" ".join(found.group().split())]


_SUBJECT_WORDS = 5  # words between a country and the count its verb of joining gives


def _subject_country(
    low: str, before: Span, phrase: Phrase, sentence: Sentence, grammar: Grammar
) -> str | None:
    """ "México sumó tres nuevas urbes", "Viet Nam gained two members": the country is
    the subject of the verb of joining just before a small intake's count."""
    if grammar.language.attached:
        return None
    names = _country_names(grammar.language.code).finditer(low, before.start, phrase.start)
    found = max(names, key=lambda m: m.start(), default=None)
    if found is None:
        return None
    # the network's name counts as one word: "Le Maroc fait son entrée dans le Réseau
    # mondial des villes apprenantes avec trois villes"
    between = grammar.network_names.sub(" network ", low[found.end() : phrase.start])
    if len(between.split()) > _SUBJECT_WORDS + 2:
        return None
    if not sentence.has("intake", found.end(), phrase.start):
        return None
    return grammar.language.country_names[" ".join(found.group().split())]


def _fronted_with(low: str, sentence: Sentence, phrase: Phrase, grammar: Grammar) -> str | None:
    """ "Con nueve ciudades, Colombia es uno de los países más representados", "Với 5
    thành phố thành viên, Việt Nam là ...", "Mit vier Mitgliedsstädten ist Deutschland gut
    vertreten": a clause opened by "with" and the count (Language.fronted_with) belongs to
    the country that is the subject right after it."""
    form = _fronted_form(grammar.language.code)
    if form is None:
        return None
    start = max(
        [
            sentence.span.start,
            *(low.rfind(c, sentence.span.start, phrase.start) + 1 for c in _CLAUSE_BREAKS),
        ]
    )
    while start < phrase.start and not low[start].isalnum():
        start += 1
    if form.opening.fullmatch(low, start, phrase.start) is None:
        return None
    subject = form.subject.match(low, phrase.end, sentence.span.end)
    if subject is None:
        return None
    found = _country_names(grammar.language.code).match(low, subject.end(), sentence.span.end)
    if found is None:
        return None
    return grammar.language.country_names[" ".join(found.group().split())]


class _Fronted(NamedTuple):
    opening: re.Pattern[str]  # "con " up to the count, a word or two between
    subject: re.Pattern[str]  # from the count's end to its country


@cache
def _fronted_form(code: str) -> _Fronted | None:
    data = _grammar(code).language
    if not data.fronted_with or not data.fronted_links:
        return None
    return _Fronted(
        # "con apenas dos ciudades", "with its five cities", "với 5": the count right after
        re.compile(rf"(?:{alternation(list(data.fronted_with))})\s+(?:[^\W\d_]+\s+){{0,2}}?"),
        # the rest of the count's noun phrase ("en la red", "thành viên"), then what links
        # it to the country (Language.fronted_links: a comma, German's verb, an article)
        re.compile(rf"(?:\s+[^\W\d_]+){{0,3}}?(?:{data.fronted_links})"),
    )


def _attending(low: str, phrase: Phrase, sentence: Sentence, grammar: Grammar) -> bool:
    """Whether the count lists the cities people come from to attend an event
    (Language.attending_before, Language.attending_after)."""
    forms = _attending_forms(grammar.language.code)
    if forms is None:
        return False
    before, after = forms
    start = max(sentence.span.start, phrase.start - 60)
    return (
        before.search(low, start, phrase.start) is not None
        and after.match(low, phrase.end, sentence.span.end) is not None
    )


@cache
def _attending_forms(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    data = _grammar(code).language
    if not data.attending_before:
        return None  # "Participarán 40 localidades": a verb before the count is enough
    return re.compile(rf"(?:{data.attending_before})\s*\Z"), re.compile(data.attending_after)


def _home_place(low: str, before: Span, phrase: Phrase, grammar: Grammar) -> str | None:
    """ "진천군을 포함한 3개 도시": a local government of the text's own country named just
    before a small intake's count makes it that country's (Language.home_places)."""
    form = _home_places(grammar.language.code)
    if (
        form is None
        or form.search(low, max(before.start, phrase.start - 40), phrase.start) is None
    ):
        return None
    return grammar.language.home_country or None


def _members_said(low: str, sentence: Sentence, grammar: Grammar) -> bool:
    """Whether a word of membership (Grammar.relative_members: 加盟, 参加, 회원, 가입, ...)
    stands in the sentence."""
    span = sentence.span
    return any(low.find(w, span.start, span.end) >= 0 for w in grammar.relative_members)


@cache
def _home_places(code: str) -> re.Pattern[str] | None:
    form = _grammar(code).language.home_places
    return re.compile(rf"(?:{form})\s*\Z") if form else None


@cache
def _touching_country_names(code: str) -> re.Pattern[str]:
    """The country names where words touch: a name meets the next word ("韓國是")."""
    return re.compile(alternation(_grammar(code).language.country_names))


@cache
def _country_names(code: str) -> re.Pattern[str]:
    names = _grammar(code).language.country_names
    return re.compile(rf"(?<!\w)(?:{alternation(names)})(?!\w)")


def _plural_predicate(low: str, phrase: Phrase, grammar: Grammar) -> bool:
    """A plural verb of being and a plural article right before the figure: "son las
    dos", "são as duas", "sont les deux" (Language.copulas, plural_articles)."""
    data = grammar.language
    if not data.plural_articles:
        return False
    words = low[max(0, phrase.start - 30) : phrase.start].split()
    return len(words) >= 2 and words[-1] in data.plural_articles and words[-2] in data.copulas


def _among(low: str, phrase: Phrase, grammar: Grammar) -> bool:
    """ "Along with Son La, HCMC is in the list of 64 new members": among them, not one
    more (Language.one_of just before the number)."""
    form = grammar.one_of
    return (
        form is not None and form.search(low, max(0, phrase.start - 40), phrase.start) is not None
    )


def _said_capitals(low: str, end: int, grammar: Grammar, *, past_words: bool = False) -> bool:
    """Whether what follows a count says its cities are capitals (Language.capital_predicates);
    `past_words`: past a few words that describe the whole, no negation among them ("Eleven
    of the cities admitted are national capitals")."""
    form = _capital_predicate(grammar.language.code, past_words)
    return form is not None and form.match(low, end) is not None


@cache
def _capital_predicate(code: str, past_words: bool = False) -> re.Pattern[str] | None:
    data = _grammar(code).language
    space = r"\s*" if data.attached else r"\s+"
    words = data.capital_predicates
    if not words or (past_words and data.attached):
        return None
    negations = "|".join(data.negations) or "(?!)"
    between = rf"(?:\s+(?!(?:{negations})\b)[^\W\d_]+){{1,3}}?" if past_words else ""
    return re.compile(between + space + "(?:" + "|".join(words) + ")")


def _capitals(low: str, phrase: Phrase, start: int, grammar: Grammar) -> bool:
    """ "首都11都市", "수도 11곳": a word for capitals just before the count."""
    words = grammar.language.capitals_before
    # "新規首都: 11都市", "신규 수도: 11곳": a fact box's label names them too
    before = low[max(0, phrase.start - 6) : phrase.start].rstrip().rstrip(":\uff1a").rstrip()
    if words and before.endswith(words):
        return True
    # "수도는 부에노스아이레스, 리스본 등 11곳이다": capitals as the topic of the clause
    # ("72都市のうち首都は11都市": a count of the whole before the topic is no matter)
    topics = grammar.language.capitals_topic
    clause = low[max(start, phrase.start - _TOPIC_REACH) : phrase.start]
    at = max((clause.rfind(topic) + len(topic) for topic in topics if topic in clause), default=-1)
    return at >= 0 and not any(c.isdigit() for c in clause[at:])


def _after_an_intake(low: str, sentence: Sentence, grammar: Grammar) -> bool:
    """ "64 cities have joined ... Among them are two from Viet Nam": whether the text
    before, in the paragraph or the one before it, spoke of an intake (a part of it is
    new members too; "Na lista constam três cidades brasileiras" opens a paragraph of
    its own after the announcement in wire copy, where every line is one)."""
    start = max(0, sentence.span.start - _SUBSET_REACH)
    paragraph = low.rfind("\n\n", start, sentence.span.start)
    if paragraph >= 0:
        previous = low.rfind("\n\n", start, paragraph)
        # HTML's blanked tags leave empty paragraphs between two (lcnet.extract.html):
        # the paragraph before is the one with words
        while previous >= 0 and not low[previous + 2 : paragraph].strip():
            paragraph, previous = previous, low.rfind("\n\n", start, previous)
        start = previous + 2 if previous >= 0 else start
    return any(
        cue.lastgroup == "intake" for cue in grammar.cues.finditer(low, start, sentence.span.start)
    )


def _countries(
    low: str,
    phrase: Phrase,
    sentence: Sentence,
    previous: Previous | None,
    following: int,
    grammar: Grammar,
    ahead: Ahead | None,
) -> Reading | None:
    if phrase.trailing:  # "the number of countries has reached 91"
        kind = Metric.NEW_COUNTRIES if Role.NEW in phrase.roles else Metric.TOTAL_COUNTRIES
        if Role.FIRST_TIME in phrase.roles:
            kind = Metric.FIRST_TIME_COUNTRIES
        return Reading(kind, phrase.value, None, None, False)
    other = int(Role.OTHER in phrase.roles)
    # "12 countries, including Turkmenistan, joined for the first time", "it marks the
    # first time 12 countries have joined": the cue between this figure and its neighbours
    since = previous.end if previous else sentence.span.start
    # (a number between the figure and the cue after it has the cue: "91 countries, 13 of
    # them represented for the first time")
    after = _BARE_NUMBER.search(low, phrase.end, following)
    # (a cue may start before the next figure and hold it: "Per tredici Paesi si tratta
    # della prima città ammessa")
    first_time = (
        sentence.opens("first_time", phrase.end, following if after is None else after.start())
        and not _some_of_them(low, phrase, sentence, grammar)
    ) or sentence.has("first_time", since, phrase.start)
    if not first_time and previous is None and Role.FIRST_TIME not in phrase.roles:
        # "- Có bao nhiêu nước lần đầu có thành viên?\n- Theo tôi đếm là mười hai nước": the
        # question's "for the first time" is its answer's
        first_time = _asked_first_time(low, sentence, grammar)
    if first_time and Role.FIRST_TIME not in phrase.roles and _a_whole(low, phrase, grammar):
        # "Trece de los 46 países entran por primera vez": the whole of a first-time part
        # is the intake's countries (lcnet.extract.numbered_parts)
        return Reading(Metric.NEW_COUNTRIES, phrase.value, None, None, False)
    if Role.FIRST_TIME in phrase.roles or first_time:
        # "Benin, Chile and 11 other countries join for the first time": 13
        named = (
            _countries_listed_before(low, sentence.span.start, phrase.start, grammar)
            if other
            else 0
        )
        if other and not named and sentence.has("along", sentence.span.start, phrase.start):
            # "Chile figura por primera vez, junto a otros doce países": 13
            named = int(_country_subject(low, sentence.span.start, grammar))
        return Reading(Metric.FIRST_TIME_COUNTRIES, phrase.value + named, None, None, False)
    if (
        previous is not None
        and previous.metric in (Metric.FIRST_TIME_COUNTRIES, Metric.NEW_COUNTRIES)
        and sentence.has("retracted", sentence.span.start, previous.end)
        and _but_between(low, previous.end, phrase.start, grammar)
        and _last_cue(sentence, Span(previous.end, phrase.start)) is None
    ):  # "일부 매체는 처음 가입한 나라를 12개국으로 썼지만 유네스코 발표문은 13개국입니다":
        # the count set against a disowned one, "but", is of the same thing
        return Reading(previous.metric, phrase.value, None, None, False)
    if (
        previous is not None
        and previous.metric in (Metric.NEW_CITIES, Metric.TOTAL_CITIES)
        and _a_whole(low, phrase, grammar)
    ):  # "Ingresaron 72 ciudades; diez de los 46 países están en África": the whole a
        # part is of counts the countries of the cities before it (the intake's here)
        new = previous.metric is Metric.NEW_CITIES
        metric = Metric.NEW_COUNTRIES if new else Metric.TOTAL_COUNTRIES
        return Reading(metric, phrase.value, None, None, False)
    if Role.NEW in phrase.roles:  # "13 new countries": first-time ones, most likely
        return Reading(Metric.FIRST_TIME_COUNTRIES, phrase.value, None, None, True)
    if previous is not None and paired(low, phrase, previous, grammar):
        if previous.metric is Metric.NEW_CITIES:
            review = previous.along and not other  # is the subject's country among them?
            return Reading(Metric.NEW_COUNTRIES, phrase.value + other, None, None, review)
        if previous.metric is Metric.TOTAL_CITIES:
            return Reading(Metric.TOTAL_COUNTRIES, phrase.value + other, None, None, False)
        if _network_present_in(low, previous.end, phrase, grammar):
            # "o Brasil tem oito cidades numa rede presente em 91 países": the network's
            return Reading(Metric.TOTAL_COUNTRIES, phrase.value + other, None, None, False)
        return None  # the countries of a country's or of candidate cities
    before = Span(previous.end if previous else sentence.span.start, phrase.start)
    # where the verb ends its clause, a verb of joining before a comma closed another one
    # ("新たに44か国の77都市が加わり、現在は76か国の294都市に広がっている"), as for cities
    cued = _own_clause(low, before, phrase, grammar)
    if grammar.language.joined_named and sentence.has("intake", cued.start, cued.end):
        # "2016年に加盟した岡山市など、76か国の294都市": the joining is Okayama's
        cued = past_joined_named(low, cued, grammar.language.code, sentence.span.end)
    described = _subject_aside(low, sentence, previous, phrase, grammar)
    if described is not None:  # "Les nouvelles villes, réparties dans 46 pays, portent le
        # réseau à 425": the countries of the subject the aside describes
        return Reading(described, phrase.value + other, None, None, False)
    if ahead is not None and paired_ahead(low, phrase, ahead, grammar):
        cue = _last_cue(sentence, cued) or _cue_after(sentence, ahead.phrase, ahead.following)
        if cue == "intake" and sentence.has("cumulative", sentence.span.start, phrase.start):
            cue = "total"  # "目前有79个国家的356个城市加入": all who joined so far
        if cue == "intake" and describes_the_network(sentence, phrase.start, ahead.phrase.end):
            cue = "total"  # "世界79か国356都市が参加するネットワークに加わった": its members
        new = Role.NEW in ahead.phrase.roles or cue in ("intake", "along")
        metric = Metric.NEW_COUNTRIES if new else Metric.TOTAL_COUNTRIES
        return Reading(metric, phrase.value + other, None, None, False)
    if grammar.countries_first is not None and _other_count_follows(low, phrase, grammar):
        return None  # "来自90个国家的1200名代表": the countries of other people
    origin = countries_by_origin(
        low, phrase, sentence, previous.metric if previous else None, grammar
    )
    if origin is not None:  # "63 other cities, coming from 35 countries"
        return Reading(origin, phrase.value + other, None, None, False)
    if _of_the_cities_before(low, sentence, previous, before, phrase, grammar):
        assert previous is not None  # "one of the 229 members of the GNLC, which is
        new = previous.metric is Metric.NEW_CITIES  # coordinated by UIL, from 64 countries"
        metric = Metric.NEW_COUNTRIES if new else Metric.TOTAL_COUNTRIES
        return Reading(metric, phrase.value + other, None, None, False)
    if not _countries_of_members(low, before, phrase, grammar):
        return None  # "1,200 participants from 90 countries"
    cue = _last_cue(sentence, cued) or _cue_after(sentence, phrase, following)
    if cue == "intake" and sentence.has("cumulative", sentence.span.start, phrase.start):
        cue = "total"  # "By August 2016 over 100 cities had joined, from 28 countries"
    new = cue in ("intake", "along") or sentence.has("among_new", phrase.end, phrase.end + 40)
    new = new and not _all_of(low, phrase, grammar)  # "aus allen 91 Ländern": the whole
    metric = Metric.NEW_COUNTRIES if new else Metric.TOTAL_COUNTRIES  # "46 countries are
    return Reading(metric, phrase.value + other, None, None, False)  # among the new ..."


def _all_of(low: str, phrase: Phrase, grammar: Grammar) -> bool:
    """Whether a word of Language.all_words stands right before the count."""
    before = " ".join(low[max(0, phrase.start - 16) : phrase.start].split())
    return any(before == w or before.endswith(f" {w}") for w in grammar.language.all_words)


def _pool_of_another(sentence: Sentence, phrase: Phrase) -> bool:
    """Whether the whole a part is taken from is another body's cities, named right before
    the word of "among": "(시는 GNLC에 가입했다.) 국내 평생학습도시 가운데 56곳이 회원이다"
    is a part of the national scheme's cities, not of an intake told before."""
    pools = sentence.within(sentence.span.start, phrase.start, ("subset",))
    if not pools:
        return False
    among = pools[-1]
    if _CLAUSE_MARKS.search(sentence.low, among.end, phrase.start):
        return False  # "평생학습도시 중 도내에서 처음으로, 시는 294개 도시가 모인": another clause
    others = sentence.within(sentence.span.start, among.start, ("negative",))
    return any(among.start - other.end <= _POOL_GAP for other in others)


_POOL_GAP = 12  # characters between another body's cities and "among": "평생학습도시 198곳 "


def _subject_aside(
    low: str, sentence: Sentence, previous: Previous | None, phrase: Phrase, grammar: Grammar
) -> Metric | None:
    """The countries' metric when they stand in an aside right after their sentence's
    subject: "Les nouvelles villes, réparties dans 46 pays, ..." and "The new members,
    from 46 countries, ..." (new), "Ces villes, ..." after a figure of cities (its kind)."""
    found = _ASIDE_SUBJECT.fullmatch(low, sentence.span.start, phrase.start)
    if found is None:
        return None  # the common case: the countries do not follow the subject so
    words = found["subject"].split()
    noun = grammar.nouns.get(words[-1]) if 2 <= len(words) <= 4 else None
    if noun is None or noun[0] not in (Unit.CITY, Unit.MEMBER):
        return None
    modifiers = grammar.language.modifiers_before
    if any(modifiers.get(word) is Role.NEW for word in words[:-1]):
        return Metric.NEW_COUNTRIES
    if words[0] not in grammar.language.demonstratives or previous is None:
        return None
    return _COUNTRIES_OF.get(previous.metric)


_COUNTRIES_OF = {
    Metric.NEW_CITIES: Metric.NEW_COUNTRIES,
    Metric.TOTAL_CITIES: Metric.TOTAL_COUNTRIES,
}


# A subject, a comma, a few words of place: "Ces villes, réparties dans " (the countries'
# number follows)
_ASIDE_SUBJECT = re.compile(r"\s*(?P<subject>[^\W\d][^,;:()\d]{2,60}?),\s*[^,;:()\d]{0,30}")


def _some_of_them(low: str, phrase: Phrase, sentence: Sentence, grammar: Grammar) -> bool:
    """Whether an unstated part stands between the countries and the first-time cue after
    them: "23 pays, dont plusieurs font leur entrée pour la première fois", "23 quốc gia,
    trong đó có một số nước lần đầu góp mặt" (the cue is the part's, not the 23's)."""
    words = grammar.language.some_words
    cue = next(
        (c for c in sentence.cues if c.kind == "first_time" and c.start >= phrase.end), None
    )
    if not words or cue is None:
        return False
    return _some_words(grammar.language.code).search(low, phrase.end, cue.start) is not None


@cache
def _some_words(code: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(_grammar(code).language.some_words)})(?!\w)")


def _held_by_countries(
    low: str, phrase: Phrase, previous: Previous | None, grammar: Grammar
) -> Metric | None:
    """The metric of the countries named just before the cities they hold, or None."""
    link = grammar.countries_first
    if (
        link is None
        or previous is None
        or previous.metric not in (Metric.NEW_COUNTRIES, Metric.TOTAL_COUNTRIES)
        or link.fullmatch(low, previous.end, phrase.start) is None
    ):
        return None
    return previous.metric


_A_NUMBER_NEXT = 12  # characters after countries where another count may start


def _other_count_follows(low: str, phrase: Phrase, grammar: Grammar) -> bool:
    """Where countries come first, a number right after them is what they hold; a count
    of cities would have paired with them ("90个国家的1200名代表" counts people)."""
    link = grammar.countries_first
    assert link is not None
    after = link.match(low, phrase.end, phrase.end + _A_NUMBER_NEXT)
    at = after.end() if after is not None else phrase.end
    return low[at : at + 1].isdigit()


def _so_far_or_now(low: str, sentence: Sentence, phrase: Phrase, grammar: Grammar) -> bool:
    """A word of "so far" or "now" before the figure in its sentence: "Đến nay, Việt Nam
    đã có 6 thành phố gia nhập", "Portugal tem hoje 15 cidades que aderiram": all that
    joined, not an intake."""
    start = sentence.span.start
    return (
        sentence.has("cumulative", start, phrase.start)
        or grammar.present.search(low, start, phrase.start) is not None
    )


def _joined_after(low: str, phrase: Phrase, grammar: Grammar) -> bool:
    """Whether the count is the subject of a verb of joining right after it (Language.
    joined_after): "세 곳이 추가되면서", "3都市が加わり"."""
    form = _joined_form(grammar.language.code)
    return form is not None and form.match(low, phrase.end) is not None


@cache
def _joined_form(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    return re.compile(data.joined_after) if data.joined_after else None


def _new_ones_joined(low: str, sentence: Sentence, phrase: Phrase, grammar: Grammar) -> bool:
    """Whether a count after its noun names the ones that joined in this round, its verb
    of joining in the phrase and a word of this round just before it (Language.
    added_new): "此次加入的城市有77个", "2022年9月新加入的城市有77個" (not "目前加入的城市有
    294个": all that joined so far)."""
    words = grammar.language.added_new
    if not words:
        return False
    start = max(sentence.span.start, phrase.start - _ADDED_NEW_REACH)
    # the verb of joining the phrase holds ("新加入" may open before it)
    verbs = [c for c in sentence.within(start, phrase.end, ("intake",)) if c.end > phrase.start]
    if not verbs:
        return False
    reach = max(sentence.span.start, verbs[0].start - _THIS_ROUND_REACH)
    return any(word in low[reach : phrase.start] for word in words)


_THIS_ROUND_REACH = 4  # characters before the verb where "此次", "新" may stand


def _reached(low: str, phrase: Phrase, grammar: Grammar) -> bool:
    """Whether a verb of reaching ends the count's clause right after it (Language.
    reached_after): "59곳으로 늘었다", "59都市に増えた"."""
    form = _reached_form(grammar.language.code)
    return form is not None and form.match(low, phrase.end) is not None


@cache
def _reached_form(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    return re.compile(data.reached_after) if data.reached_after else None


def _added_before(low: str, before: Span, phrase: Phrase, grammar: Grammar) -> int | None:
    """Where a count added on the way to the figure starts, right before it
    (Language.added_before): "국내 가입 도시는 이번 3곳을 더해 59개" (at "이번")."""
    form = _added_form(grammar.language.code)
    if form is None or phrase.start - before.start < _ADDED_SHORTEST:
        return None
    found = form.search(low, max(before.start, phrase.start - _ADDED_REACH), phrase.start)
    return found.start() if found is not None else None


_ADDED_REACH = 40  # characters of the added count's words before the total's number
_ADDED_SHORTEST = 4  # "3곳을 더해": no shorter


def _added_this_round(low: str, phrase: Phrase, grammar: Grammar) -> bool:
    """Whether the figure is this round's count added to a total after it (Language.
    added_after, added_new): "이번 3곳을 더해 59개", "今回の3都市を加えて5都市"."""
    data = grammar.language
    if not data.added_after or not any(
        w in low[max(0, phrase.start - _ADDED_NEW_REACH) : phrase.start] for w in data.added_new
    ):
        return False
    return _added_after(data.code).match(low, phrase.end) is not None


_ADDED_NEW_REACH = 12  # characters before the added count where "이번", "今回" may stand


def _added_just_before(low: str, previous: Previous | None, grammar: Grammar) -> bool:
    """Whether the figure before is a count added on the way to this one (Language.
    added_after): "이번 3곳을 포함해 국내 회원 도시는 59곳" (the 59 include the 3)."""
    data = grammar.language
    return (
        previous is not None
        and bool(data.added_after)
        and _added_after(data.code).match(low, previous.end) is not None
    )


@cache
def _added_after(code: str) -> re.Pattern[str]:
    return re.compile(_grammar(code).language.added_after)


@cache
def _added_form(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    return re.compile(rf"(?:{data.added_before})\Z") if data.added_before else None


def _network_after_the_intake(sentence: Sentence, own: Span, phrase: Phrase) -> bool:
    """Whether the network is named between the last cue of joining and the figure."""
    joining = sentence.within(own.start, phrase.start, ("intake",))
    if not joining:
        return False
    after = joining[-1].end
    return any(after <= c.start and c.end <= phrase.start and c.kind != "other"
               for c in sentence.networks)  # fmt: skip


def _last_cue(sentence: Sentence, span: Span) -> str | None:
    """The kind of the last cue in the span: "intake", "total" or "along"."""
    cues = sentence.within(span.start, span.end, _CUE_KINDS)
    return max(cues, key=lambda c: (c.end, _CUE_KINDS[c.kind])).kind if cues else None


def _in_company(low: str, phrase: Phrase, grammar: Grammar) -> bool:
    """Whether a word of company stands right before the figure: "con altri tre comuni",
    "avec trois autres villes", "with three other cities" (the subject is among them)."""
    words = low[max(0, phrase.start - 12) : phrase.start].split()
    # (two tests, not "in (*a, *b)": mypyc cannot compile a starred tuple after "in")
    data = grammar.language
    return bool(words) and (words[-1] in data.company_words or words[-1] in data.with_words)


def _also_before(low: str, sentence: Sentence, phrase: Phrase, grammar: Grammar) -> bool:
    """Whether a word of Language.also_words or of company stands before the figure in
    its sentence: "Além da capital, a organização incluiu outras 63 cidades", "Con la
    città dello Stretto entrano nella rete altre 76 realtà" (the subject is one more)."""
    data = grammar.language
    words = (*data.also_words, *data.company_words)
    return bool(words) and any(
        re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low[sentence.span.start : phrase.start])
        for w in words
    )


def _another(low: str, sentence: Sentence, phrase: Phrase, grammar: Grammar) -> bool:
    """Whether the figure opens with a word of others before its number ("otras 72
    ciudades", "altre 72 città", "outras 72 cidades"), where words are spaced, and no
    subject stands before its verb of joining, only a time ("En diciembre se sumaron
    otras 72"; not "Bogotá se une a otras 71")."""
    data = grammar.language
    if data.attached or data.unspaced:
        return False
    first = low[phrase.start : phrase.end].split(maxsplit=1)
    if not first or first[0] not in data.other_before:
        return False
    if _governed_others(low, sentence, phrase, data):
        return False
    verbs = sentence.within(sentence.span.start, phrase.start, ("intake",))
    if not verbs:
        return False
    plain = {*data.stopwords, *data.setting_words, *data.months}
    head = low[sentence.span.start : verbs[0].start].replace(",", " ").split()
    return all(w in plain or w.isdigit() for w in head)


def _governed_others(low: str, sentence: Sentence, phrase: Phrase, data: Language) -> bool:
    """Whether a preposition governs the word of others before the figure, a plural
    article allowed between them (Language.others_prepositions): "se une a otras 71",
    "si aggiunge alle altre 71", "junta-se às outras 71": the others are the verb's
    object, their subject one more, though none stands before the verb."""
    words = low[sentence.span.start : phrase.start].split()[-2:]
    if words and words[-1] in data.plural_articles:
        words = words[:-1]
    return bool(words) and words[-1] in data.others_prepositions


def _joined_to_a_name(low: str, phrase: Phrase, grammar: Grammar) -> bool:
    """Whether a conjunction ties the figure to what is named before it: "Tunja y otras
    dos ciudades", "Leme and two other cities"."""
    words = low[max(0, phrase.start - 12) : phrase.start].split()
    return bool(words) and words[-1] in grammar.language.conjunctions


def _cue_after(sentence: Sentence, phrase: Phrase, following: int, chain: int = -1) -> str | None:
    """ "64 cities from 35 countries have joined": a verb of admission after the figure
    (or after the shares listed after it, up to `chain`)."""
    end = min(following, max(phrase.end, chain) + _INTAKE_AFTER)
    if sentence.touching:  # a verb ends its clause, however long: "…に新たに登録した"
        end = min(following, _clause_end(sentence, phrase.end))
    else:  # "dos localidades del Perú integran hoy la red: Arequipa y Chachapoyas,
        colon = sentence.low.find(":", phrase.end, end)  # admitidas en ...": the words
        end = colon if colon >= 0 else end  # after a colon are the names' own
        semicolon = sentence.low.find(";", phrase.end, end)  # "vier Mitgliedern; zuletzt
        end = semicolon if semicolon >= 0 else end  # kam Dresden hinzu": another clause's
    # "115 città di 28 Paesi, di cui più di cento entrate nello stesso mese": the verb
    # after "of which" is the part's
    parts = sentence.within(phrase.end, end, ("subset",))
    end = min(end, parts[0].start) if parts else end
    return "intake" if sentence.has("intake", phrase.end, end) else None


_CLAUSE_MARK = re.compile(r"[,;\u3001\uff0c\uff1b]")  # and the CJK ones
_CLAUSE_COMMAS = (",", "\u3001", "\uff0c")


def _past_a_clause_comma(low: str, start: int, end: int, sentence: Sentence) -> bool:
    """Whether a comma that ends a clause stands in low[start:end] (not a topic's, nor
    one before "among them")."""
    comma = _words(sentence.grammar.language.code).clause_comma.search(low, start, end)
    if comma is None:
        return False
    after = (
        comma.end()
        + len(low[comma.end() : comma.end() + 2])
        - len(low[comma.end() : comma.end() + 2].lstrip())
    )  # "、そのうち": the cue right after the comma
    return not any(cue.start == after for cue in sentence.within(after, end, ("subset",)))


def _own_clause(low: str, before: Span, phrase: Phrase, grammar: Grammar) -> Span:
    """The part of `before` in the figure's own clause, after a semicolon: a verb of
    joining before it is another clause's ("Doha joined in 2022; the commission then
    spoke of six Qatari members"); where the verb ends its clause, after a verb that
    closed one with a comma too ("本市は2017年に加盟し、現在は世界356都市が加盟する
    ネットワーク": the figure's own verb comes after it). A gapped figure ("en 2020, 54;
    en 2022, 77") keeps its verb. A clause of result after a comma is its own too
    (Language.result_connectors: "ingresó San Nicolás, de modo que son dos las ...")."""
    result = -1
    for word in grammar.language.result_connectors:
        found = low.rfind(f", {word} ", before.start, phrase.start)
        result = max(result, found + 1 if found >= 0 else -1)
    if phrase.gapped:
        return before if result < 0 else Span(result + 1, before.end)
    mark = max(
        low.rfind(";", before.start, phrase.start), low.rfind("\uff1b", before.start, phrase.start)
    )
    mark = max(mark, result)
    closers = _clause_closers(grammar.language.code)
    if closers is not None:
        for closed in closers.finditer(low, before.start, phrase.start):
            mark = max(mark, closed.end() - 1)
        # a headline's ellipsis parts its clauses: "72곳 새로 선정…국내 가입 59곳으로" (the
        # verb of joining is the first clause's; a date before it stays the headline's)
        mark = max(mark, low.rfind("\u2026", before.start, phrase.start))
    return before if mark < 0 else Span(mark + 1, before.end)


@cache
def _clause_closers(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    if not data.attached or not data.clause_closers:
        return None
    return re.compile("|".join(f"(?:{c})" for c in data.clause_closers))


def _own_clause_total(low: str, sentence: Sentence, before: Span, phrase: Phrase) -> bool:
    """A verb of totals closes the figure's own clause, after a comma that ends the
    clause of the verb of joining (verb-final clauses: German, Korean-like orders;
    "…に登録されており、国内の登録都市は5都市となった")."""
    comma = max(low.rfind(mark, before.start, phrase.start) for mark in _CLAUSE_COMMAS)
    if comma < 0:
        return False
    joined = sentence.within(before.start, comma, ("intake",))
    end = _clause_end(sentence, phrase.end)
    if not joined or sentence.has("intake", comma, end):  # "本批新成员中, …2座城市同时
        return False  # 入选": a verb of joining in the figure's own clause is its own
    return sentence.has("total", phrase.end, end)


def _after_a_joining_clause(
    low: str, sentence: Sentence, before: Span, phrase: Phrase, grammar: Grammar
) -> bool:
    """Whether the verb of joining before the figure is a city's own joining clause,
    closed by a comma before it ("When we joined in 2024, there were 356 cities", "Als
    wir 2024 beitraten, waren es 356 Städte", Language.joined_clause): the figure is the
    network's at that time, which lcnet.extract.joining dates. Not a plural joining
    ("when 77 cities joined" is an intake), which the clause's form leaves out."""
    clause = grammar.joined_clause
    words = grammar.language.joined_words
    if clause is None or not any(w in low[before.start : phrase.start] for w in words):
        return False  # the common case
    comma = low.rfind(",", before.start, phrase.start)
    if comma < 0 or sentence.has("intake", comma, phrase.start):
        return False
    for found in clause.finditer(low, before.start, comma + 1):
        if found.end() <= comma and not low[found.end() : comma].strip(" \t\n").count(" ") > 6:
            return True
    return False


def _clause_end(sentence: Sentence, position: int) -> int:
    """Where the clause from `position` ends: at its next comma or semicolon, not one
    within brackets, full-width ones too ("2都市(A市、B市)が新たに加盟した", "2개 도시(A시,
    B시)가 새로 가입했다": the names listed in brackets, the verb after them)."""
    low, end = sentence.low, sentence.span.end
    found = _CLAUSE_MARK.search(low, position, end)
    while found is not None:
        opened = _OPENING.search(low, position, found.start())
        closed = _CLOSING.search(low, found.end(), end) if opened is not None else None
        if closed is None or _OPENING.search(low, found.end(), closed.start()):
            return found.start()
        position = closed.end()  # the brackets' marks are the list's
        found = _CLAUSE_MARK.search(low, position, end)
    return end


_OPENING = re.compile(r"[(\uff08\[\u3010]")  # ( [ and their full-width forms, 【
_CLOSING = re.compile(r"[)\uff09\]\u3011]")


_BARE_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?![\w.,]\d)")
_LIST_GAP = 30  # characters between two parts of a list of countries' counts, at most
_LIST_MARKS = frozenset(",;\u3001\uff0c\uff1b")


def _next_in_a_list(low: str, previous: Previous | None, phrase: Phrase, grammar: Grammar) -> bool:
    """Whether the figure goes on a list whose figure before it was a country's part of
    an intake: "dont trois villes coréennes et trois villes thaïlandaises", "うち韓国が
    3都市、タイが3都市", "其中韩国3个城市、泰国3个城市". Only a separator, a conjunction
    and the next country stand between them; a word of the present ("now") ends it."""
    if previous is None or previous.metric is not Metric.NEW_CITIES or previous.country is None:
        return False
    gap = low[previous.end : phrase.start]
    if len(gap) > _LIST_GAP or grammar.present.search(gap):
        return False
    if any(mark in gap for mark in _LIST_MARKS):
        return True
    conjunctions = grammar.language.conjunctions
    return any(f" {word} " in f" {gap} " for word in conjunctions)


# The agency admitting, active: "Im Juli hat das UNESCO-Institut ... 38 weitere Städte
# aufgenommen", "UNESCO admitted 38 more cities": the others are the figure itself, no city
# is its subject; not "wurden ... aufgenommen", "were admitted" (the subject is cities)
_AGENCY = r"(?:\bunesco(?!(?:'|\u2019)s\b| gnlc| global| learning)|\buil\b|\binstitut|\bistituto)"


def _agency_admits(low: str, sentence: Sentence, phrase: Phrase) -> bool:
    """Whether an agency (UNESCO, UIL, its institute) is the subject of an active verb of
    admitting in the figure's sentence, before the figure or with the figure inside."""
    start = sentence.span.start
    head = low[start : phrase.start]
    if not any(word in head for word in ("unesco", "uil", "institut", "istituto")):
        return False
    words_of = _words(sentence.grammar.language.code)
    if words_of.agency_admits is None:
        return False
    found = words_of.agency_admits.search(low, start, min(sentence.span.end, phrase.end + 120))
    return (
        found is not None
        and found.start() < phrase.start
        and words_of.passive.search(low, start, found.start()) is None
    )


def _listed_before(
    low: str, sentence: Sentence, before: Span, phrase: Phrase, grammar: Grammar
) -> int:
    """ "aside from A and B, three other cities": the names listed (2), or 0."""
    besides = sentence.within(before.start, before.end, ("besides",))
    if not besides:
        return 0
    names = low[besides[-1].end : phrase.start].strip(" ,;:")
    conjunctions = "|".join(re.escape(c) for c in grammar.language.conjunctions)
    last = (
        [m.end() for m in re.finditer(rf"\s(?:{conjunctions})\s", names)] if conjunctions else []
    )
    if last and (end := names.find(",", last[-1])) >= 0:
        names = names[:end]  # "además de A y B, hay otras nueve": the list ends at B
    elif not last and "," in names:
        names = names[: names.find(",")]  # "Besides Cao Lanh, Vietnam has four other": one
    parts = re.split(rf",|\s(?:{conjunctions})\s", names) if conjunctions else names.split(",")
    return sum(1 for part in parts if part.strip())


_NAME = r"[^\W\d_][\w'.\u2019-]*(?: [^\W\d_][\w'.\u2019-]*){0,2}"  # one to three words


def _listed_along(
    low: str, sentence: Sentence, before: Span, phrase: Phrase, grammar: Grammar
) -> int:
    """ "Hanoi joined along with Hue and 70 other cities": the names listed after "along
    with", and the subject (2), or 0 when no name stands there."""
    along = sentence.within(before.start, before.end, ("along",))
    conjunctions = _conjunctions(grammar.language.code)
    if not along or not conjunctions:
        return 0
    words = low[along[-1].end : phrase.start].replace(",", " , ").split()
    linking = grammar.language.list_ends
    while words and (words[-1] in linking or words[-1] == ","):
        words.pop()  # "... e ad altre 70": the list ends before its preposition
    names = " ".join(words)
    if not names or re.fullmatch(rf"{_NAME}(?: ,? ?{_NAME})*", names) is None:
        return 0
    parts = re.split(rf" , (?:{conjunctions}) | , | (?:{conjunctions}) ", names)
    if not low[sentence.span.start : along[-1].start].strip(_OPENING_MARKS):
        # "Along with Bangkok, 71 other cities were admitted", "Zusammen mit Bangkok
        # wurden 71 weitere Städte aufgenommen": the others are the subject, no one else
        return len(parts)
    return 1 + len(parts)


_OPENING_MARKS = " \t\n*_>#-\u2022\"'\u201c\u201e\u00ab"  # what may stand before a sentence


def _listed_subject(low: str, sentence: Sentence, before: Span, grammar: Grammar) -> int:
    """ "Seoul and Suwon, along with 4 others": the names listed before "along" (2), or
    1 when the subject is not a plain list of names."""
    along = sentence.within(before.start, before.end, ("along",))
    if not along:
        return 1
    return _names_in(low[sentence.span.start : along[-1].start], grammar) or 1


@cache
def _conjunctions(code: str) -> str:
    """The language's conjunctions as one alternation ("" when it has none): built once,
    not at each figure a list of names may stand before (#14)."""
    return alternation(_grammar(code).language.conjunctions)


def _names_in(subject: str, grammar: Grammar) -> int:
    """How many names `subject` lists ("Lucca e Trieste": 2), after the asides and titles
    a subject carries in real text ("On 14 February, the cities of Liège (Belgium) and
    Namur", "Tối 4/12, thành phố Huế (tỉnh Thừa Thiên Huế) và thành phố Đà Lạt"); 0 when it
    is not a plain list of two or more names."""
    conjunctions = _conjunctions(grammar.language.code)
    if not conjunctions:
        return 0
    subject = BRACKETED_ASIDE.sub("", subject) if "(" in subject else subject
    words_of = _words(grammar.language.code)
    opens = list(words_of.clause_opens.finditer(subject))
    subject = subject[opens[-1].end() if opens else 0 :]
    # an aside between commas after a name: "Libreville, la capitale, et Makokou, le
    # chef-lieu de la province, ont rejoint", "Lucca, città delle mura, e Trieste"
    subject = words_of.comma_aside.sub("", subject) if subject.count(",") > 1 else subject
    words = subject.replace(",", " , ").split()
    while words and words[-1] in words_of.before_verb:
        words.pop()
    names = " ".join(words).replace(" ,", ",")
    titles = _city_titles(grammar.language.code)
    names = (titles.sub("", names) if titles else names).strip(" ,;:")
    if re.fullmatch(rf"{_NAME}(?:, {_NAME})*,? (?:{conjunctions}) {_NAME}", names) is None:
        return 0
    return len(re.split(rf", (?:{conjunctions}) |, | (?:{conjunctions}) ", names))


@cache
def _city_titles(code: str) -> re.Pattern[str] | None:
    """The titles before names: "thành phố Sa Đéc", "the cities of Hue and Da Nang"."""
    titles = _grammar(code).language.city_titles
    return re.compile(rf"\b(?:{titles})\s+") if titles else None


_SUBJECT_METRICS = frozenset({Metric.NEW_CITIES, Metric.COUNTRY_CITIES})


def _counted_subject(sentence: Sentence, previous: Previous | None, phrase: Phrase) -> int:
    """ "Deux villes du Sénégal ont rejoint le réseau, avec 53 autres villes", "Three
    Moroccan cities joined, along with 52 other cities": the count of cities before the
    first verb of joining, its subject, which the others are counted with; or 0."""
    if previous is None or previous.along or previous.ordinal:
        return 0  # "thành viên thứ ba của Việt Nam, gia nhập ... cùng 76": a rank
    if previous.metric not in _SUBJECT_METRICS:
        return 0
    if sentence.within(sentence.span.start, previous.end, ("intake", "along")):
        return 0  # the verb came first: "ont rejoint trois villes marocaines et 52 autres"
    if not sentence.within(previous.end, phrase.start, ("intake", "along")):
        return 0
    return previous.value


def _named_before_verb(low: str, sentence: Sentence, before: Span, grammar: Grammar) -> int:
    """ "Brescia e Cividale sono entrate nella rete insieme ad altre 70", "Liège et Namur
    ont rejoint le réseau avec 62 autres villes": the names (two or more) that are the
    subject of the first verb of joining, which the others are counted with; or 0."""
    verbs = sentence.within(sentence.span.start, before.end, ("intake", "along"))
    if not verbs:
        return 0
    head = low[sentence.span.start : verbs[0].start]
    named = _names_in(head, grammar)
    cut = None if named else _FINITE_AUXILIARY.search(head)
    # "Chachoengsao, Chiang Mai und Phuket sind dem Netzwerk beigetreten, zusammen mit 52
    # weiteren": the participle last, the subject ends at the auxiliary
    return named if cut is None else _names_in(head[: cut.start()], grammar)


# The auxiliaries a subject's clause puts before its object and a participle last
# (German), where the subject ends
_FINITE_AUXILIARY = re.compile(r" (?:sind|haben|waren|hatten|wurden) ")


def _numbered_subject(low: str, sentence: Sentence, before: Span, grammar: Grammar) -> int:
    """ "Las tres elegidas se suman a la red, junto a otras 52 ciudades", "Os três
    municípios entraram com outras 61": a subject of the first verb of joining counted
    by a number word (two to nine), which the others are counted with; or 0."""
    verbs = sentence.within(sentence.span.start, before.end, ("intake", "along"))
    if not verbs:
        return 0
    head = low[sentence.span.start : verbs[0].start]
    words_of = _words(grammar.language.code)
    opens = list(words_of.clause_opens.finditer(head))
    words = head[opens[-1].end() if opens else 0 :].split()
    while words and words[-1] in words_of.before_verb:
        words.pop()
    found = words_of.numbered_subject.fullmatch(" ".join(words).strip(" ,"))
    if found is None:
        return 0
    value = grammar.language.number_words.get(found["number"])
    return value if value is not None and 2 <= value <= 9 else 0


_OTHERS_REACH = 20  # characters before a figure where its article and "other" stand


def _apposed(low: str, phrase: Phrase, code: str) -> bool:
    """Whether the figure opens an apposition that sums the names before it, a comma (or
    a colon, a dash) and a definite article before it: "Tunja ingresó junto con Quibdó y
    Rionegro, las tres ciudades colombianas admitidas", "Lucca è entrata insieme a
    Trieste e Palermo, le tre città italiane ammesse", "Derby joined together with
    Kirklees and Leeds, the three British cities admitted". The subject is one of them."""
    form = _apposition(code)
    if form is None:
        return False
    return form.search(low, max(0, phrase.start - _APPOSED_REACH), phrase.start) is not None


@cache
def _apposition(code: str) -> re.Pattern[str] | None:
    articles = _grammar(code).language.plural_articles
    if not articles:
        return None
    return re.compile(rf"[,:\u2013\u2014]\s*(?:{alternation(articles)})\s+\Z")


_APPOSED_REACH = 12  # characters of ", las " before the figure


def _the_others(low: str, phrase: Phrase, grammar: Grammar) -> bool:
    the_others = _words(grammar.language.code).the_others
    return the_others.search(low, max(0, phrase.start - _OTHERS_REACH), phrase.start) is not None


def _named_after_verb(
    low: str, sentence: Sentence, before: Span, phrase: Phrase, grammar: Grammar
) -> int:
    """ "En 2022 ingresaron Querétaro, Pachuca y General Escobedo con otras 74 ciudades":
    the names (two or more) listed right after the first verb of joining, the subject
    after its verb, which the others are counted with; or 0."""
    verbs = sentence.within(sentence.span.start, before.end, ("intake",))
    conjunctions = _conjunctions(grammar.language.code)
    if not verbs or not conjunctions:
        return 0
    words = low[verbs[0].end : phrase.start]
    into = _words(grammar.language.code).into_the_network.match(words.lstrip())
    words = words.lstrip()[into.end() :] if into else words
    tokens = words.replace(",", " , ").split()
    while tokens and (tokens[-1] in grammar.language.list_ends or tokens[-1] == ","):
        tokens.pop()  # "... y General Escobedo con otras 74": the list ends before "con"
    names = " ".join(tokens).replace(" ,", ",")
    if re.fullmatch(rf"{_NAME}(?:, {_NAME})*,? (?:{conjunctions}) {_NAME}", names) is None:
        return 0
    return len(re.split(rf", (?:{conjunctions}) |, | (?:{conjunctions}) ", names))


def _named_after_noun(low: str, sentence: Sentence, phrase: Phrase, grammar: Grammar) -> int:
    """ "l'ingresso di Lucca e Trieste nella rete, assieme ad altre 52", "l'admission de
    Brest et de Nanterre, aux côtés de 75 autres": the names (two or more) a noun of
    joining is of, up to where the network or a comma follows them; or 0."""
    conjunctions = _conjunctions(grammar.language.code)
    if not conjunctions:
        return 0
    words_of = _words(grammar.language.code)
    nouns = list(words_of.joining_noun.finditer(low, sentence.span.start, phrase.start))
    if not nouns:
        return 0  # the common case
    listed = re.match(
        rf"{_NAME}(?:, {_NAME})*,? (?:{conjunctions}) (?:{words_of.of_words} )?{_NAME}"
        rf"(?=\s*,|\s+(?:{words_of.into_words})\s)",
        low[nouns[-1].end() : phrase.start].replace("\n", " "),
    )
    if listed is None:
        return 0
    return len(re.split(rf", (?:{conjunctions}) |, | (?:{conjunctions}) ", listed.group()))


def _country_after(low: str, phrase: Phrase, grammar: Grammar) -> str | None:
    found = grammar.country_after.match(low, phrase.end)
    return grammar.language.country_names[_key(found["country"])] if found else None


def _region_after(low: str, phrase: Phrase, grammar: Grammar) -> str | None:
    found = grammar.region_after.match(low, phrase.end)
    return grammar.language.regions[_key(found["region"])] if found else None


@cache
def _region_ends(code: str) -> frozenset[str]:
    return frozenset(name.split()[-1] for name in _grammar(code).language.regions)


def _region_touching(low: str, before: Span, phrase: Phrase, grammar: Grammar) -> str | None:
    """Where words touch, the region right before the figure that owns it, as a country
    does: "此次入选城市中, 亚太地区有20个" (Asia-Pacific's share of the intake)."""
    start = max(before.start, phrase.start - _COUNTRY_REACH)
    gap = _words(grammar.language.code).region_owner
    owner = gap.search(low, start, phrase.start) if gap is not None else None
    if owner is None:
        return None
    head = low[start : owner.start()].rstrip()
    for name, region in sorted(grammar.language.regions.items(), key=_longest_first):
        if head.endswith(name):
            return region
    return None


def _longest_first(item: tuple[str, str]) -> int:
    return -len(item[0])


def _region_got(low: str, phrase: Phrase, grammar: Grammar) -> bool:
    """Whether a verb of getting (Language.got_verbs) that is no word of possession
    stands in the words right before the figure: "sumó 14", "a placé sept"."""
    words = low[max(0, phrase.start - 30) : phrase.start].replace(",", " ").split()[-3:]
    got = _words(grammar.language.code).got
    return any(w in got and w not in grammar.possession_words for w in words)


def _region_before(low: str, before: Span, phrase: Phrase, grammar: Grammar) -> str | None:
    """ "the Asia-Pacific region has 21 new members": a region owns the figure as a
    country does, with only words of possession between them."""
    if grammar.language.attached:
        return _region_touching(low, before, phrase, grammar)
    text = low[max(before.start, phrase.start - _COUNTRY_REACH) : phrase.start]
    words = text.replace(",", " ").split()
    words_of = _words(grammar.language.code)
    got = words_of.placed if Role.NEW in phrase.roles else words_of.got
    while words and (words[-1] in grammar.possession_words or words[-1] in got):
        words.pop()
    if words:  # "l'afrique a obtenu dix-sept places"
        words[-1] = _ELIDED.sub("", words[-1])
    if words and words[-1] in words_of.region_nouns:
        words.pop()  # "the Asia-Pacific region has"
    if not words or words[-1] not in _region_ends(grammar.language.code):
        return None  # the common case
    regions = grammar.language.regions
    for size in range(1, min(7, len(words)) + 1):
        name = " ".join(words[-size:])
        if name in regions:
            return regions[name]
    return None


# Commas, table bars and quotation marks part words: "ghi \"Việt Nam có 5 thành phố\""
_CLAUSE_LABEL = re.compile(r"[;.|]\s*(?P<place>[^\W\d_][^:;.|\n]{1,40}?)\s*:\s*\Z")
_NOT_WORDS = str.maketrans(dict.fromkeys(',|"\u201c\u201d\u201e\u00ab\u00bb\u2013\u2014', " "))


_GENITIVE_S = frozenset({"de"})  # languages whose genitive adds "s" to the name: "Irlands"
# A country's own bodies, after its adjective: "the Korean commission counts 40"
_NATIONAL_BODIES = frozenset(
    {"commission", "government", "ministry", "kommission", "nationalkommission", "regierung",
     "ministerium", "unesco-kommission"}
)  # fmt: skip
_NATIONAL_WORDS = frozenset({"national", "nationale"})


@cache
def _network_adverbial(code: str) -> re.Pattern[str] | None:
    words = _grammar(code).language.network_adverbials
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)")


def _country_before(low: str, before: Span, phrase: Phrase, grammar: Grammar) -> str | None:
    """ "Vietnam now has six cities", "Vietnam's six cities": the country owns the figure.

    Only the words that say possession ("now", "has", "a total of") may stand between
    the country and the figure: "Vietnam's Hanoi joins 71 other cities" is not Vietnam's.
    """
    start = max(before.start, phrase.start - _COUNTRY_REACH)
    touching = grammar.country_before
    if touching is not None:  # "中国已有12个城市": no spaces to split the words at
        found = touching.search(low, start, phrase.start)
        if found is not None:
            return grammar.language.country_names[_key(found["country"])]
        subject = grammar.subject_before  # "日本からは...。国内の加盟都市は2都市": the one named
        home = subject.search(low, start, phrase.start) if subject is not None else None
        if home is not None:  # "国内" is the country its line names, else the text's own:
            own = _home(home["country"], grammar)  # not a table's row above
            line = low.rfind("\n", 0, phrase.start) + 1 if own else 0
            return country_named_last(
                low,
                max(line, phrase.start - _NAMED_REACH),
                phrase.start,
                grammar,
                outside_brackets=True,  # not "UIL(ドイツ・ハンブルク)": an aside's place
            ) or _home(home["country"], grammar)
        return _listed_in_full(low, start, phrase, grammar)
    end = _before_a_change(low, before, phrase, grammar)  # "Brazil went from five to six"
    text = low[max(before.start, end - _COUNTRY_REACH - _ASIDE) : end]
    names = grammar.language.country_names
    words_of = _words(grammar.language.code)
    aside = words_of.aside_clause.search(text)
    if (
        aside is not None
        and not _named(aside.group(), names)
        and _only_countries(aside.group(), grammar)
    ):
        return None  # "Somando Brasil, Portugal e Cabo Verde, são cinco": several's
    text = words_of.aside_clause.sub(  # not the country itself, set off by commas: "for the
        # first time, Viet Nam, whose two members"
        lambda found: found.group() if _named(found.group(), names) else " ",
        text,
    )
    adverbial = _network_adverbial(grammar.language.code)
    if adverbial is not None:  # "Deutschland hat im Netzwerk inzwischen vier Städte": the
        # network said between the country and its count, however long its name ("Colombia
        # tiene en la Red Mundial de Ciudades del Aprendizaje ocho"): taken out before the reach
        text = adverbial.sub(" ", text)
    text = text[-_COUNTRY_REACH:]  # "Viet Nam, where ..., has"
    most = _superlative(grammar.language.code)  # "South Korea has the most members, with"
    found = most.search(text) if most is not None else None
    if found is not None:
        text = text[: found.start()]
    if text.rstrip().endswith(":"):  # "rede com 173 cidades; Portugal: 11 membros": a
        # country labelling its count, first in its clause (not a headline's "Portugal: 72
        # novas cidades", whose clause opens the line: read there by the label reader)
        label = _CLAUSE_LABEL.search(text)
        if label is not None and _key(label["place"]) in names:
            return names[_key(label["place"])]
    words = text.translate(_NOT_WORDS).split()  # "| Viet Nam's members | 6 |", «Viet Nam
    placed = Role.NEW in phrase.roles  # "La Chine obtient cinq nouvelles villes"
    # "l'Italia ne conta otto città": a count clitic where the figure names its own noun
    # (a bare "l'Italia ne conta 61" may count what the clitic stands for: heritage sites)
    clitics = () if phrase.trailing else grammar.language.count_clitics
    while words:
        share = share_verb_length(words, grammar)  # "fait entrer" goes as one
        if not (
            share
            or words[-1] in grammar.possession_words
            or words[-1] in grammar.language.country_epithets  # "La Côte d'Ivoire voisine"
            or words[-1] in clitics
            or (placed and words[-1] in words_of.placed)
        ):
            break
        del words[-(share or 1) :]
    if len(words) > 1 and words[-1] in words_of.where:
        # "Thailand, where ten cities have joined so far": the country the clause is of
        words.pop()
        while words and words[-1] in grammar.possession_words:
            words.pop()
    if (
        words
        and grammar.language.code in _GENITIVE_S
        and words[-1].endswith("s")
        and words[-1][:-1] in grammar.country_last_words
    ):
        words[-1] = words[-1][:-1]  # "Irlands drei Lernstädte": the genitive's country
    if len(words) > 1 and words[-1] in _NATIONAL_BODIES:
        # "the Korean commission counts more than 40 of its towns": the body's country
        body = grammar.language.demonyms.get(words[-2])
        if body is None and len(words) > 2 and words[-2] in _NATIONAL_WORDS:
            body = grammar.language.demonyms.get(words[-3])  # "the Korean national commission"
        if body is not None:
            return body
    sides = words_of.side
    if len(words) > 1 and (words[-1] in sides or words[-2] in sides):
        side = grammar.language.demonyms.get(words[-2] if words[-1] in sides else words[-1])
        if side is not None:  # "Côté français, on en est à huit", "On the French side,"
            return side
    if (
        words
        and grammar.language.country_subjects
        and _possessor(words[-1]) in _subject_ends(grammar.language.code)
    ):
        said = _possessor(" ".join(words[-3:]))
        if said.endswith(grammar.language.country_subjects):  # "the Kingdom has five"
            return _last_country(low, phrase.start, grammar)
    if not words or (
        _possessor(words[-1]) not in grammar.country_last_words
        and _ELIDED.sub("", _possessor(words[-1])) not in grammar.country_last_words
    ):
        return None  # the common case: no country's name can end here ("l'égypte" can)
    names = grammar.language.country_names
    for size in range(1, min(4, len(words)) + 1):
        name = _possessor(" ".join(words[-size:]))
        if name in names:
            return names[name]
        if _ELIDED.sub("", name) in names:  # "l'arabie saoudite": not "d'ivoire" alone
            return names[_ELIDED.sub("", name)]
    return None


def _country_past_aside(
    low: str, sentence: Sentence, previous: Previous, phrase: Phrase, grammar: Grammar
) -> str | None:
    """The country named before a relative clause that held the figure before: "Thailand,
    which added three cities in December, now counts 13", "Portugal, das im Dezember zwei
    Städte gewann, zählt nun 17"."""
    opener = _relative_opener(grammar.language.code)
    if opener is None:
        return None
    start = max(sentence.span.start, previous.end - _COUNTRY_REACH)
    if opener.search(low, start, previous.end) is None:
        return None
    return _country_before(low, Span(sentence.span.start, phrase.start), phrase, grammar)


@cache
def _relative_opener(code: str) -> re.Pattern[str] | None:
    words = _grammar(code).language.relative_pronouns
    return re.compile(rf",\s+(?:{'|'.join(words)})\s") if words else None


def _before_a_change(low: str, before: Span, phrase: Phrase, grammar: Grammar) -> int:
    """Where the words before a figure end, the start of the change it ends left out:
    "Brazil went from five to six cities", "Portugal passou de 16 para 17 cidades" (the
    country owns the figure as in "Brazil went to six cities"); else the figure's start."""
    if not grammar.language.change_from or grammar.language.attached:
        return phrase.start
    begun = started_from(low, phrase.start, Span(before.start, phrase.end), grammar)
    if begun is None:
        return phrase.start
    verb = _change_from_end(grammar.language.code)
    found = verb.search(low, before.start, begun.start) if verb is not None else None
    return found.start() if found is not None else phrase.start


@cache
def _change_from_end(code: str) -> re.Pattern[str] | None:
    said = _grammar(code).language.change_from
    return re.compile(rf"(?<![^\W\d_])(?:{said})\s*\Z") if said else None


@cache
def _superlative(code: str) -> re.Pattern[str] | None:
    """Language.superlatives, where the words before a count end."""
    words = _grammar(code).language.superlatives
    return re.compile(rf"\b(?:{words})\s*\Z") if words else None


def _only_countries(text: str, grammar: Grammar) -> bool:
    """Whether `text` names countries and nothing else but commas and conjunctions:
    ", Portugal e Cabo Verde,"."""
    rest = _country_names(grammar.language.code).sub(" ", text)
    words = rest.replace(",", " ").split()
    return rest != text and all(w in grammar.language.conjunctions for w in words)


def _listed_in_full(low: str, start: int, phrase: Phrase, grammar: Grammar) -> str | None:
    """ "泰国合艾、帕尧、素可泰3座城市": a country, then as many names as the count says,
    is the country's (its own cities, all of them named). "中国南京、苏州等64个城市",
    with more cities than names, is not."""
    listing = _listing(grammar.language.code)
    if listing is None:
        return None
    found = listing[0].search(low, start, phrase.start)
    if found is None or len(listing[1].findall(found["names"])) + 1 != phrase.value:
        return None
    return grammar.language.country_names[_key(found["country"])]


@cache
def _listing(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The country, who announced the names ("タイ政府は19日、"), the words that tie them
    ("日本からは", "日本則只有") and the names (Language.list_announcers, list_linked,
    name_joins); and what joins the names. None: the language lists no names so."""
    data = _grammar(code).language
    if not data.name_joins:
        return None
    name = r"[^\s\d,\uff0c\u3001\u3002;\uff1b:\uff1a\u7b49\u3068]{1,8}"  # not 等 (etc.), と
    announced = f"(?:{'|'.join(data.list_announcers)})?" if data.list_announcers else ""
    linked = f"(?:{'|'.join(data.list_linked)})*" if data.list_linked else ""
    joins = f"[{data.name_joins}]"
    return re.compile(
        rf"(?P<country>{alternation(data.country_names)}){announced}{linked}\s*"
        rf"(?P<names>{name}(?:{joins}{name}){{1,11}})(?:\u306e)?\s*\Z"
    ), re.compile(joins)


def _but_between(low: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether "but" (Language.contrast_ends) stands in low[start:end], no place named
    after it: "56都市だったが、もう59都市" (not "韓国は59都市だが、日本は2都市")."""
    but = _words(grammar.language.code).but.search(low, start, end)
    return but is not None and country_named_last(low, but.end(), end, grammar) is None


def _clause_opening(low: str, sentence: Sentence, phrase: Phrase) -> int:
    """Where the figure's clause starts: after the last comma or semicolon before it."""
    marks = list(_CLAUSE_MARK.finditer(low, sentence.span.start, phrase.start))
    return marks[-1].end() if marks else sentence.span.start


def _home_before(low: str, start: int, end: int, grammar: Grammar) -> str | None:
    """The text's own country where a word of "at home" stands in low[start:end] ("在国内,
    北京、杭州等12个城市已加入") and no country is named there."""
    data = grammar.language
    if not data.home_country or not any(low.find(w, start, end) >= 0 for w in data.home_words):
        return None
    return data.home_country


def _home(word: str, grammar: Grammar) -> str | None:
    """The text's own country for a word of "at home" when none is named before it."""
    data = grammar.language
    return data.home_country if word in data.home_words and data.home_country else None


_NAMED_REACH = 1500  # characters before "the Kingdom" where its name may stand


def _last_country(low: str, at: int, grammar: Grammar) -> str | None:
    """The country named last before `at` (by name or adjective), nearby."""
    return country_named_last(low, max(0, at - _NAMED_REACH), at, grammar, outside_brackets=True)


@cache
def _subject_ends(code: str) -> frozenset[str]:
    return frozenset(words.split()[-1] for words in _grammar(code).language.country_subjects)


def _place_owns(
    low: str, previous: Previous | None, sentence: Sentence, phrase: Phrase, grammar: Grammar
) -> bool:
    """ "Africa, home to 1.4 billion people", "China's 1.4 billion people": a country or a
    region owns the figure, as possession words ("home to", "has") let it."""
    before = Span(previous.end if previous else sentence.span.start, phrase.start)
    if _country_before(low, before, phrase, grammar) is not None:
        return True
    if (
        Role.WEAK in phrase.roles or _the_worlds(low, before, phrase, grammar.language.world_words)
    ) and not any(
        cue.kind in ("gnlc", "reference") and cue.start < phrase.start for cue in sentence.networks
    ):  # "1.5 billion learners worldwide", "some 1.5 billion learners were affected by
        # closures": school closures, not the network, unless it is named before them
        return True  # ("the GNLC reaches nearly 500 million citizens worldwide")
    words = low[max(before.start, phrase.start - _COUNTRY_REACH) : phrase.start].split()
    while words and words[-1] in grammar.possession_words:
        words.pop()
    if words and words[-1] in _words(grammar.language.code).region_nouns:
        words.pop()  # "the Asia-Pacific region has"
    regions = grammar.language.regions
    return any(
        _possessor(" ".join(words[-size:]).rstrip(",")) in regions
        for size in range(1, min(4, len(words)) + 1)
    )


def _the_worlds(low: str, before: Span, phrase: Phrase, words: tuple[str, ...]) -> bool:
    """Whether a word of the whole world stands right after the count of people (a comma
    or a preposition's phrase may stand between: "1.6 billion learners, in over 190
    countries worldwide" no; "1.5 billion learners worldwide", "around the world") or
    among the three words before it in its clause ("weltweit waren 1,5 Milliarden")."""
    if not words:
        return False
    after = low[phrase.end : phrase.end + _WORLD_AFTER].lstrip(" ,")
    if any(after.startswith(word) for word in words):
        return True
    start = max(before.start, phrase.start - _WORLD_BEFORE)
    start = max(start, *(low.rfind(mark, start, phrase.start) + 1 for mark in ",;:"))
    said = " ".join(low[start : phrase.start].split()[-_WORLD_WORDS:])
    return any(word in said for word in words)


_WORLD_AFTER = 24  # characters after a count of people where "worldwide" stands
_WORLD_BEFORE = 40  # ... and before it
_WORLD_WORDS = 3  # words before it: "weltweit waren (rund)"


def _of_the_cities_before(
    low: str,
    sentence: Sentence,
    previous: Previous | None,
    before: Span,
    phrase: Phrase,
    grammar: Grammar,
) -> bool:
    """Whether the countries, in a clause of their own (a comma, then a word of place:
    ", from 64 countries", ", thuộc 64 quốc gia"), are those of the network's cities
    counted before them, with only words about the network between, however many: "one
    of the 229 members of the GNLC, which is coordinated by UIL, from 64 countries" (not
    "425 members sent delegates to a conference in Jubail, from 90 countries")."""
    if previous is None or previous.metric not in _OF_THE_NETWORK or previous.country:
        return False
    text = low[before.start : phrase.start].rstrip()
    comma = text.rfind(",")
    if comma < 0 or any(c.isdigit() for c in text):
        return False
    words = text[comma + 1 :].split()
    if not (0 < len(words) <= 2 and words[-1] in _connector_words(grammar.language.code)):
        return False
    end = before.start + comma
    return any(
        c.kind in ("gnlc", "reference") and before.start <= c.start and c.end <= end
        for c in sentence.networks
    )


_OF_THE_NETWORK = frozenset({Metric.TOTAL_CITIES, Metric.NEW_CITIES})


_LIST_REACH = 160  # characters before "N other countries" where their named ones may start


def _country_subject(low: str, start: int, grammar: Grammar) -> bool:
    """Whether the sentence at `start` opens with a country's name, its article before it
    ("Chile figura por primera vez", "O Chile estreia-se", "Le Chili fait son entrée")."""
    return _opening_country(low, start, grammar) is not None


def _opening_country(low: str, start: int, grammar: Grammar) -> str | None:
    """The country whose name opens the sentence at `start`, its article before it."""
    words = low[start : start + 60].split()[:5]
    articles = grammar.language.country_articles
    if words and any(words[0] == article.strip() for article in articles):
        words = words[1:]
    names = grammar.language.country_names
    for size in range(4, 0, -1):
        name = _ELIDED.sub("", " ".join(words[:size]).rstrip(","))
        if name in names:
            return names[name]
    return None


def _coordinated_subject(
    low: str, sentence: Sentence, phrase: Phrase, grammar: Grammar
) -> str | None:
    """The country that opens the sentence, when the figure's verb follows "and" with
    only words of having or reaching between ("Portugal também ganhou um membro, o Fundão,
    e chegou a 16 cidades", "Colombia sumó una ciudad y llegó a diez ciudades", "l'Italia
    ha guadagnato una città e sale a 14"): the subject the second verb leaves out."""
    if grammar.language.attached:
        return None
    words = low[sentence.span.start : phrase.start].translate(_NOT_WORDS).split()
    if len(words) < _COORDINATED_LEAST:
        return None
    at = len(words)
    while at > 0 and words[at - 1] in grammar.possession_words:
        at -= 1
    if at == len(words) or at < 2 or words[at - 1] not in grammar.language.conjunctions:
        return None
    if any(ch.isdigit() for ch in low[sentence.span.start : phrase.start]):
        return None  # another count before: its own clause's
    country = _opening_country(low, sentence.span.start, grammar)
    comma = low.find(",", sentence.span.start, phrase.start)
    if country is None and 0 <= comma - sentence.span.start <= _FRONTED_REACH:
        # "Do outro lado do Atlântico, Portugal também ganhou um membro ... e chegou a
        # 16 cidades": a fronted phrase, then the subject
        country = _opening_country(low, comma + 1, grammar)
    return country


_FRONTED_REACH = 40  # characters of a phrase fronted before the subject, up to its comma
_COORDINATED_LEAST = 4  # words of a country, a verb, "and" and a verb at least


def _countries_listed_before(low: str, start: int, at: int, grammar: Grammar) -> int:
    """How many countries a list names right before "N other countries" ("Benin, Chile
    and 11 other countries", "Le Bénin, le Chili et 11 autres pays"): the names read back
    from the conjunction, each set off by a comma; 0 when a word that names no country
    stands between."""
    data = grammar.language
    text = low[max(start, at - _LIST_REACH) : at].rstrip()
    words = text.split()
    if not words or words[-1] not in data.conjunctions:
        return 0
    items = " ".join(words[:-1]).split(",")
    count = 0
    for item in reversed(items):
        name = item.strip()
        for article in data.country_articles:
            elided = article.endswith(("'", "\u2019"))
            if name.startswith(article if elided else article + " "):
                name = name[len(article) :].strip()
                break
        if name not in data.country_names:
            break
        count += 1
    return count


def _countries_of_members(low: str, before: Span, phrase: Phrase, grammar: Grammar) -> bool:
    """Whether countries that a connector ties to the word before ("from 90 countries")
    are those of the network's members: that word must be one of a unit ("cities",
    "members") or of the network's names. "1,200 participants from 90 countries" are not.
    """
    found = grammar.pairing_gap.fullmatch(low, max(before.start, phrase.start - 30), phrase.start)
    if found is not None:
        return True  # nothing before the connector in the sentence
    words = low[max(before.start, phrase.start - 60) : phrase.start].replace(",", " ").split()
    if len(words) < 2 or (words[-1] == "the" and len(words) < 3):
        return True
    connector_at = len(words) - (2 if words[-1] == "the" else 1)
    if words[connector_at] not in _connector_words(grammar.language.code):
        return True  # "the GNLC spans 91 countries": no connector
    owner = words[connector_at - 1] if connector_at >= 1 else ""
    if owner[-1:].isdigit() or owner in grammar.gate_words:
        return True  # "learning cities now number 425 in 91 countries"
    at = connector_at - 1
    presence = grammar.language.presence_words
    while at > 0 and (
        (words[at] in grammar.possession_words and words[at] not in presence)
        or words[at] in _REFLEXIVES  # "erstreckt sich (inzwischen) über 91 Länder"
    ):
        at -= 1  # "présent désormais dans" ("présent" of "à présent" is a word of "now" too)
    if at >= 0 and words[at] in grammar.language.presence_words:
        return True  # "(the network is) present in 64 countries"
    members = _member_words(grammar.language.code)
    if at > 0 and words[at] in grammar.language.spread_words:
        # "las ciudades (de la red) están repartidas en 62 países": the cities or the
        # members spread, said before the word (not "los delegados están repartidos")
        spreading = _spreading_nouns(grammar.language.code)
        return any(w in spreading for w in words[max(0, at - _SPREAD_SUBJECT) : at])
    if owner in members:
        return True
    # "Das Netzwerk ist in 91 Ländern vertreten": the network's presence, its verb last
    after = low[phrase.end : phrase.end + _PRESENCE_AFTER].split()
    return (
        at >= 0
        and (words[at] in members or words[at] in _words(grammar.language.code).network_nouns)
        and bool(after)
        and after[0].strip(".,;:") in presence
    )


_SPREAD_SUBJECT = 5  # words before a word of spreading where the cities it spreads stand


@cache
def _spreading_nouns(code: str) -> frozenset[str]:
    """The nouns of cities and members, and the network's nouns: what may spread over
    countries (Language.spread_words)."""
    data = _grammar(code).language
    units = {**data.units, **data.singular_units}
    nouns = {n for n, unit in units.items() if unit in (Unit.CITY, Unit.MEMBER) and " " not in n}
    return frozenset(nouns | set(_words(code).network_nouns))


def _quoted(low: str, sentence: Sentence, phrase: Phrase) -> bool:
    """Whether the figure stands in a quotation its sentence opens before it and closes
    after it ("«...»", "\"...\"", "\u201c...\u201d")."""
    start, end = sentence.span.start, sentence.span.end
    for opening, closing in _QUOTES:
        before = low.rfind(opening, start, phrase.start)
        if before < 0:
            continue
        if opening == closing:
            inside = low.count(opening, start, phrase.start) % 2 == 1
        else:
            inside = low.find(closing, before + 1, phrase.start) < 0
        if inside and low.find(closing, phrase.end, end) >= 0:
            return True
    return False


_QUOTES = (('"', '"'), ("\u201c", "\u201d"), ("\u00ab", "\u00bb"))


def _network_present_in(low: str, start: int, phrase: Phrase, grammar: Grammar) -> bool:
    """Whether the network's noun and a word of presence (Language.presence_words) stand
    right before the countries' connector: "... oito cidades numa rede presente em 91
    países", "huit villes dans un réseau présent dans 91 pays" (the countries the whole
    network spans, not the cities' before it)."""
    words = low[max(start, phrase.start - 60) : phrase.start].replace(",", " ").split()
    if len(words) < 3 or words[-1] not in _connector_words(grammar.language.code):
        return False
    at, presence = len(words) - 2, grammar.language.presence_words
    while at > 1 and words[at] in grammar.possession_words and words[at] not in presence:
        at -= 1  # "présent désormais dans", "presente hoje em"
    nouns = _words(grammar.language.code).network_nouns
    # "numa rede hoje presente em", "na rede, que está presente em": a few words may
    # stand between the noun and the word of presence
    return words[at] in presence and any(w in nouns for w in words[max(0, at - 3) : at])


_REFLEXIVES = frozenset({"sich"})
_PRESENCE_AFTER = 20  # characters after the countries where a verb at the end says presence


def _a_whole(low: str, phrase: Phrase, grammar: Grammar) -> bool:
    """Whether a part's number and linker stand right before the figure ("16 of the 64
    new members"): the place after it is the part's (lcnet.extract.numbered_parts)."""
    linkers = grammar.language.part_linkers
    if not linkers:
        return False
    before = low[max(0, phrase.start - _WHOLE_REACH) : phrase.start].rstrip()
    for linker in linkers:
        if before.endswith(linker):
            head = before[: -len(linker)].rstrip()
            word = head.rsplit(None, 1)[-1] if head else ""
            if not (word[-1:].isdigit() or word in grammar.language.number_words):
                return False
            # "uno de los 14 municipios de México": one, the subject, of a country's whole
            # (but "one of the 64 new members is in Viet Nam": the one's place, a verb says)
            data = grammar.language
            one = word == "1" or data.number_words.get(word) == 1
            following = low[phrase.end : phrase.end + _WHOLE_REACH].split(None, 1)
            return not one or (bool(following) and following[0] in data.copulas)
    return False


_WHOLE_REACH = 30  # characters before a figure where a part's number and linker stand


def _named(aside: str, names: Mapping[str, str]) -> bool:
    """Whether an aside set off by commas is a country's name alone, its article before
    it ("le Vietnam", "o Vietname")."""
    inner = _key(aside.strip(" ,"))
    return inner in names or inner.split(" ", 1)[-1] in names


def _possessor(words: str) -> str:
    """ "vietnam's" -> "vietnam"."""
    return words[:-2] if words.endswith(("'s", "\u2019s")) else words


_ELIDED = re.compile(r"^(?:l|d|dell|all|nell)['\u2019]")  # an article elided before a name


_LABEL = re.compile(
    r"[ \t]*(?:[-*+\u2022|>]\s*|\d{1,2}[.)]\s*)?(?P<place>[^\W\d_][^:\n]{1,40}?)"
    r"[ \t*_]*[:\uff1a][ \t*_]*\Z"
)


def _labelled_place(low: str, phrase: Phrase, grammar: Grammar) -> tuple[str | None, str | None]:
    """A place that labels its line's figure, as a list or a fact box writes it ("- Africa:
    60 members", "Viet Nam: 6 cities"): (country, region), or (None, None)."""
    line = low.rfind("\n", 0, phrase.start) + 1
    found = _LABEL.match(low, line, phrase.start)
    if found is None:
        return None, None
    place = _key(found["place"])
    data = grammar.language
    country = data.country_names.get(place) or data.demonyms.get(place)
    return (country, None) if country else (None, data.regions.get(place))


def _key(words: str) -> str:
    return " ".join(words.split())


@cache
def _connector_words(code: str) -> frozenset[str]:
    grammar = _grammar(code)
    return frozenset(w for c in grammar.language.place_connectors for w in c.split()[-1:])


@cache
def _member_words(code: str) -> frozenset[str]:
    """The words that may own countries: of units and of the network's names."""
    grammar = _grammar(code)
    data = grammar.language
    units = {**data.units, **data.singular_units}
    nouns = [n for n, unit in units.items() if unit is not Unit.CITIZEN]
    # Modifiers before the unit ("new", "member"); not those after it, which may be
    # people's nouns too: "ciudades participantes", but "600 participantes de 70 países".
    nouns += [*data.modifiers_before]
    names = [*grammar.gnlc_anchors, *grammar.reference_anchors]
    return frozenset(w.strip(" '\u2019") for phrase in (*nouns, *names) for w in phrase.split())


def _network_holds(sentence: Sentence, phrase: Phrase) -> bool:
    """Whether the network, named right before the verb of welcoming or incorporating
    that governs the figure, holds a count larger than any intake, "new" unsaid: "Le
    réseau accueille 425 villes", "La red incorpora 425 ciudades", "A rede acolhe 425
    cidades": all its members (its verb of joining does not make them an intake)."""
    if phrase.value <= _LARGEST_INTAKE or Role.NEW in phrase.roles or sentence.touching:
        return False
    cues = [c for c in sentence.networks if c.end <= phrase.start]
    if not cues:
        return False
    low = sentence.low
    between = low[cues[-1].end : phrase.start].split()
    if not 0 < len(between) <= _HOLDING_WORDS:
        return False
    # the verb first, in the present: "Le réseau a ajouté plus de 190 membres depuis 2016"
    # (an auxiliary first) stays the additions
    verb = low.find(between[0], cues[-1].end)
    return any(c.start == verb for c in sentence.within(verb, verb + len(between[0]), ("intake",)))


_HOLDING_WORDS = 3  # the verb and an adverb or two: "accueille désormais plus de"


def _beyond_intakes(phrase: Phrase) -> bool:
    """Whether a count is larger than any intake: above _LARGEST_INTAKE, or a round count
    of at least _SMALLEST_TOTAL given as a bound ("more than 100", "nearly 200"), which no
    intake (77 at most) has come near and a milestone of the network's growth is."""
    if phrase.value > _LARGEST_INTAKE:
        return True
    return phrase.value >= _SMALLEST_TOTAL and phrase.qualifier is not Qualifier.EXACT


class _Words(NamedTuple):
    """A language's words this module reads (Language fields), compiled once per language."""

    # ", where several of our students come from," between a country and its verb, or an
    # aside that lists (Language.aside_list_openers): "l'Arabie saoudite, avec l'entrée
    # de Riyad, d'AlUla et de ..., "
    aside_clause: re.Pattern[str]
    of_something: re.Pattern[str]  # "rede de bibliotecas": a network of something else
    head_link: re.Pattern[str]  # "candidaturas de", "applications of"
    topic_gap: re.Pattern[str]  # "77都市は、": the topic before its countries
    whose: re.Pattern[str]
    network_of: re.Pattern[str]  # "una red de «": the network's size right before a figure
    but: re.Pattern[str]  # where the predicate comes last, "but" closing a clause
    another_call: re.Pattern[str]  # a programme, an award applied for
    only: frozenset[str]  # "the only": a rank of one that counts one
    our_country: re.Pattern[str]
    opening_place: re.Pattern[str]  # "In Italia", "En France,"
    topic_after: re.Pattern[str]  # "韓國是", "韓国は", "한국은"
    topic_modifier: re.Pattern[str]  # "鄰近的韓國"
    has_opening: re.Pattern[str]  # "已有40多個城市加入", "すでに40都市以上が"
    clause_comma: re.Pattern[str]  # a comma, not one after a topic ("申請した都市は、")
    agency_admits: re.Pattern[str] | None  # "UNESCO admitted 38 more cities"
    passive: re.Pattern[str]  # "were admitted": the subject is cities
    comma_aside: re.Pattern[str]  # "Libreville, la capitale, et Makokou"
    before_verb: frozenset[str]  # between a subject and its verb of joining
    clause_opens: re.Pattern[str]  # where a subject's clause opens inside its sentence
    numbered_subject: re.Pattern[str]  # "Las tres elegidas este 2020"
    both: re.Pattern[str]  # "ambos municipios"
    into_the_network: re.Pattern[str]  # "a la red", "nella rete"
    the_others: re.Pattern[str]  # "às outras", "the other"
    joining_noun: re.Pattern[str]  # "l'ingresso di", "the admission of"
    of_words: str  # an alternation of the language's "of"
    into_words: str  # an alternation of its "into"
    region_nouns: frozenset[str]
    got: frozenset[str]  # "L'Afrique a obtenu dix-sept places"
    placed: frozenset[str]  # ... and, with "new" said, "Africa sends seven new members"
    region_owner: re.Pattern[str] | None  # "亚太地区有20个"
    side: frozenset[str]  # "côté français"
    where: frozenset[str]  # "Thailand, where ten cities have joined"
    network_nouns: frozenset[str]  # "Das Netzwerk ist in 91 Ländern vertreten"


_NEVER = "(?!)"
# Words between a subject and its verb of joining in every language
_BEFORE_ANY_VERB = frozenset({"unesco"})


@cache
def _words(code: str) -> _Words:
    data = _grammar(code).language
    return _Words(
        aside_clause=_aside_clause(data),
        of_something=re.compile(rf"\s+{_either(data.of_words)}\s"),
        head_link=re.compile(rf"\s+{_either((*data.of_words, *data.from_words))}\s"),
        topic_gap=re.compile(
            rf"[\s,\uff0c\u3001]*(?:{'|'.join(data.subject_particles)})?[\s,\uff0c\u3001]*"
        ),
        whose=re.compile(rf"\b(?:{'|'.join(data.whose_words) or _NEVER})\b"),
        network_of=re.compile(
            rf"(?<!\w)(?:{'|'.join(map(_spaced, data.network_of)) or _NEVER})"
            r"\s*[\"'\u00ab\u201c]?\s*\Z"
        ),
        but=re.compile("|".join(data.contrast_ends) or _NEVER),
        another_call=re.compile(rf"\s+(?:{'|'.join(data.other_calls) or _NEVER})\b"),
        only=frozenset(data.only_adjectives),
        our_country=re.compile(rf"\b{_either(data.our_country)}\b"),
        opening_place=re.compile("|".join(data.opening_places) or _NEVER),
        topic_after=re.compile(rf"\s*(?:{'|'.join(data.topic_markers) or _NEVER})"),
        topic_modifier=re.compile(data.topic_modifier or _NEVER),
        has_opening=re.compile(rf"\s*(?:{'|'.join(data.has_openings) or _NEVER})"),
        clause_comma=re.compile(
            (f"(?<![{''.join(data.topic_particles)}])" if data.topic_particles else "")
            + r"[,\u3001\uff0c]"
        ),
        agency_admits=_agency_admits_form(data),
        passive=re.compile(rf"\b{_either(data.passive_auxiliaries)}\b"),
        comma_aside=_comma_aside(data),
        before_verb=_BEFORE_ANY_VERB | frozenset(data.before_verb_words),
        clause_opens=_clause_opens(data),
        numbered_subject=_numbered_subject_form(data),
        both=re.compile(rf"(?<!\w)(?:{'|'.join(data.both_forms) or _NEVER})(?!\w)"),
        into_the_network=re.compile(rf"(?:{'|'.join(data.into_the_network) or _NEVER})\s+"),
        the_others=re.compile(rf"(?<![\w'\u2019])(?:{'|'.join(data.the_others) or _NEVER})\s*\Z"),
        joining_noun=re.compile(
            rf"(?<!\w){_either(data.joining_nouns)}\s+{_either(data.of_words)}\s*"
        ),
        of_words=_either(data.of_words),
        into_words="|".join(data.into_words) or _NEVER,
        region_nouns=frozenset(data.region_nouns),
        got=frozenset(data.got_verbs),
        placed=frozenset((*data.got_verbs, *data.placed_verbs)),
        region_owner=re.compile(rf"(?:{data.region_owner_gap})\Z")
        if data.region_owner_gap
        else None,
        side=frozenset(data.side_words),
        where=frozenset(data.where_words),
        network_nouns=frozenset({"gnlc", *data.network_nouns}),
    )


def _spaced(phrase: str) -> str:
    return phrase.replace(" ", r"\s+")


def _either(words: tuple[str, ...]) -> str:
    """One group of literal words, never matching when there are none."""
    return f"(?:{'|'.join(re.escape(w) for w in words) or _NEVER})"


def _aside_clause(data: Language) -> re.Pattern[str]:
    listing = (
        rf"|,\s*(?:{'|'.join(data.aside_list_openers)})\s(?:[^,.;:]{{3,80}},){{1,3}}(?=[^,]*\Z)"
        if data.aside_list_openers
        else ""
    )
    return re.compile(r",[^,.;:]{3,120},(?=[^,]*\Z)" + listing)


def _agency_admits_form(data: Language) -> re.Pattern[str] | None:
    if not data.admitting_verbs:
        return None
    passive = rf"\b{_either(data.passive_auxiliaries)}\b"
    return re.compile(
        rf"{_AGENCY}(?:(?!{passive})[^.;:!?]){{0,200}}?\b{_either(data.admitting_verbs)}\b"
    )


def _comma_aside(data: Language) -> re.Pattern[str]:
    """An aside set off by commas after a name, opened by an article or a noun of a town
    (Language.aside_articles, aside_nouns; its closing comma kept)."""
    elided = [a for a in data.aside_articles if a.endswith(("'", "\u2019"))]
    spaced = [a for a in data.aside_articles if a not in elided]
    opens = [
        *([rf"(?:{'|'.join(spaced)})\s+"] if spaced else []),
        *(re.escape(a) for a in elided),
        *([rf"(?:{'|'.join(data.aside_nouns)})\b"] if data.aside_nouns else []),
    ]
    return re.compile(rf",\s*(?:{'|'.join(opens) or _NEVER})[^,;:]{{1,80}}(?=,)")


def _clause_opens(data: Language) -> re.Pattern[str]:
    """Where a subject's clause opens inside its sentence: after a colon or a subordinator,
    a time said before the subject ("Lo scorso anno Lucca e Trieste sono entrate", "nel
    settembre 2020 Lucca e Trieste"; Language.subordinators, time_openers,
    year_prepositions), a date opening the sentence, or a wire dateline."""
    times = list(data.time_openers)
    if data.year_prepositions:
        years = "|".join(data.year_prepositions)
        times.append(rf"(?:{years}) (?:[^\W\d_]+ )?(?:19|20)\d\d")
    return re.compile(
        r"[:;(]\s*"
        + (rf"|\b(?:{'|'.join(data.subordinators)})\s+" if data.subordinators else "")
        + (rf"|\b(?:{'|'.join(times)})\b,?\s*" if times else "")
        # a date opening the sentence: "On 23 September,", "Ngày 23/9,", "El 4 de
        # diciembre,", "Em fevereiro de 2024,", "En septiembre de 2020,"
        + r"|^[^,\d]{0,20}\d[^,]{0,24},\s*"
        # a wire dateline before it, up to its en or em dash: "PARIGI, 23 SETTEMBRE",
        # "DAKAR (APS)"
        r"|^[^,.;:\n\u2013\u2014]{2,30}(?:,[^,.;:\n\u2013\u2014]{1,30})?(?:\([^)\n]{1,20}\)\s*)?"
        r"[\u2013\u2014]\s*"
    )


def _numbered_subject_form(data: Language) -> re.Pattern[str]:
    """A subject counted by a number word, with its article and at most two words after
    it ("Las tres elegidas", "Les deux villes retenues"), and a year it may end with ("Las
    tres elegidas este 2020"; Language.numbered_articles, numbered_years)."""
    articles = "|".join(data.numbered_articles)
    years = "|".join(data.numbered_years)
    return re.compile(
        (rf"(?:(?:{articles}) )?" if articles else "")
        + r"(?P<number>[^\W\d_]+)(?: [^\W\d_][\w'\u2019-]*){0,2}"
        + (rf"(?: (?:{years}) (?:19|20)\d\d)?" if years else "")
    )
