"""What the extractor knows about each language, as data.

One module per language (``en.py``, ``vi.py``, ...) defines a ``LANGUAGE`` of type
:class:`Language`: number words, qualifiers, unit nouns, the network's names, the words
that say "new", "total", "in 2020" or "now". The engine (lcnet.extract.engine) is the same
for every language; adding one is adding a module here and its code to ``CODES``.

Words and phrases are written in lower case (the engine matches lower-cased text) and in
NFC. Entries of the ``*_cues`` and ``*_names`` tuples are regular-expression fragments,
so that one entry can cover inflections ("join(?:s|ed)?"); plain words are fine too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from fractions import Fraction
from functools import cache
from importlib import import_module
from types import MappingProxyType
from typing import NamedTuple

from lcnet.model import Qualifier

CODES = ("en", "vi", "es", "fr", "pt", "de", "it", "ko", "zh", "ja")  # lang.<code>, ISO 639-1


class Unit(StrEnum):
    """What a unit noun counts."""

    CITY = "city"  # cities, municipalities
    MEMBER = "member"  # members: cities, but only when the network is meant
    OTHERS = "others"  # "joins 71 others": cities, and the subject is one more
    COUNTRY = "country"
    CITIZEN = "citizen"  # citizens, people, inhabitants
    CAPITAL = "capital"  # capital cities of an intake


class Role(StrEnum):
    """What a word between a number and its unit (or after the unit) says."""

    NEW = "new"  # "64 new members"
    OTHER = "other"  # "71 other cities": the subject is one more
    MEMBER = "member"  # "member cities": about a network's membership
    LEARNING = "learning"  # "learning cities": names the GNLC itself
    FIRST_TIME = "first_time"  # "13 first-time countries"
    CAPITAL = "capital"  # "11 capital cities"
    PLAIN = "plain"  # allowed, says nothing ("participating", "UNESCO")
    # A unit that counts the GNLC's members only where its sentence names the network:
    # "194 member states" are UNESCO's; "63 provinces" a country's (Language.weak_units).
    WEAK = "weak"
    # Cities an award went to, not the network's members: "28 città premiate" (the
    # Learning City Award's winners), "10 award-winning cities"
    AWARDED = "awarded"
    # Seats in a round ("dix-sept places", "diciassette posti", "siebzehn Plätze"): cities
    # only as an intake's, with a verb or noun of admission in the figure's own clause
    SEAT = "seat"
    # A threshold named after its number: "passed the 400 mark", "the 400-member mark",
    # "die 400er-Marke": a bound of the network's members, at least, more than after a
    # verb of passing (Language.passing_verbs), nearly after one of approaching
    MARK = "mark"


class Zeros(NamedTuple):
    """How a language says a country has no member city ("no German city has joined yet",
    "noch keine deutsche Stadt", "aucune ville belge"; lcnet.extract.zeros).

    Regex fragments, lower case, one statement each; a group "demonym" ({demonym}: any of
    Language.demonyms) or "country" ({country}: any of Language.country_names) says whose.
    `forms` start with one of `words` (literal) and are tried only where one stands
    (str.find): "keine deutsche Stadt". `owned` name the country first ("Katar hat noch
    keine Mitgliedsstadt", "ラオスの加盟都市はまだない"): tried only around one of
    `owned_words` (literal), their match must hold it. `members`: literal words of
    membership; with a verb of joining (intake_cues) or a name of the network in the
    sentence, one makes the zero the network's (not "no German city hosted the
    conference"). `still`: literal words of a state so far ("yet", "noch", "encore"): with
    them a verb of joining states the country's count; without, an intake's share ("no
    Thai city joined in 2024"). `blockers`: literal words of an award or prize: a sentence
    with one is never read ("no German city has won the award")."""

    forms: tuple[str, ...]
    words: tuple[str, ...]
    owned: tuple[str, ...]
    owned_words: tuple[str, ...]
    members: tuple[str, ...]
    still: tuple[str, ...]
    blockers: tuple[str, ...]


class Attributes(NamedTuple):
    """How a language puts an attribute of several words between a number and its unit
    noun, as German does: "die 64 im Februar aufgenommenen Städte", "die 425 im Netzwerk
    vertretenen Städte" (lcnet.extract.adjectival.attributed). Literal, lower case.

    `units`: the starts of the unit nouns such an attribute may end before ("städte",
    "länder"); `admitted`: the starts of participles of admission, which make the count
    new ("aufgenommen"); `prepositions`: the prepositions and articles an attribute may
    hold (one that holds nothing else is a preposition's phrase: "12 aus anderen
    Städten"); `adverbs`: besides those, the words an attribute may open with ("neu",
    "bereits"); `endings`: the endings of its last word, a participle or adjective
    ("ten", "enen")."""

    units: tuple[str, ...]
    admitted: tuple[str, ...]
    prepositions: frozenset[str]
    adverbs: frozenset[str]
    endings: tuple[str, ...]


class Correction(NamedTuple):
    """How a language says a correction set figures, their unit left out: "cifras que
    luego corrigió a 54 y 229", "a few days later UIL set the figures at 54 and 229",
    "le rectificatif a ramené les chiffres à 54 et 229" (lcnet.extract.corrected).

    `words`: a regex fragment of the words of correcting or of the figures set
    ("correct\\w*", "figures?"); `links`: a regex fragment of the prepositions the new
    value follows, within a few words of them ("to|at", "à|a"); `starts`: literal starts
    of `words`, one of which every match opens with (found with str.find, so that text
    without one is not tried); `conjunctions`: a regex fragment of the words between
    the two numbers ("and", "e|ed")."""

    words: str
    links: str
    starts: tuple[str, ...]
    conjunctions: str


class Language(NamedTuple):
    code: str
    # Frequent words, to tell the language of a text that does not say.
    stopwords: frozenset[str]

    # --- numbers ------------------------------------------------------------------
    number_words: Mapping[str, int]  # added up: "fifty" + "six"
    multipliers: Mapping[str, int]  # multiply the group before: "three hundred"
    scales: Mapping[str, int]  # "thousand", "million", "billion", "triệu"
    fractions: Mapping[str, Fraction]  # only before a scale: "half a" billion, "a" million
    number_joiners: tuple[str, ...]  # "three hundred and fifty-six"
    decimal_mark: str  # "1.5 million" (en) or "1,5 triệu" (vi)
    ordinals: Mapping[str, int]  # "fifth": 5
    ordinal_digits: str  # regex of a numeric ordinal, group "n": "6th", "thứ 6"
    ordinal_after_unit: bool  # "thành phố thứ sáu" rather than "sixth city"

    # --- the figure phrase ---------------------------------------------------------
    qualifiers: Mapping[str, Qualifier]  # before the number: "more than"
    qualifiers_after: Mapping[str, Qualifier]  # after the unit: "or more"
    other_before: tuple[str, ...]  # "otras 71 ciudades": other before the number
    # Between the number and the unit: "millones de habitantes"; a counter: "个", "개".
    unit_linkers: tuple[str, ...]
    units: Mapping[str, Unit]  # plural nouns and compounds: "cities", "member cities"
    singular_units: Mapping[str, Unit]  # for "the fifth member" and "one new city"
    modifiers_before: Mapping[str, Role]  # between the number and the unit
    modifiers_after: Mapping[str, Role]  # after the unit: "thành phố mới"

    # --- places --------------------------------------------------------------------
    demonyms: Mapping[str, str]  # "vietnamese": "VN" (a modifier of the unit)
    country_names: Mapping[str, str]  # "vietnam": "VN"
    regions: Mapping[str, str]  # "asia-pacific": a lcnet.model.Region value
    place_connectors: tuple[str, ...]  # "cities in Vietnam", "425 cities from 91 countries"
    possession_words: tuple[str, ...]  # may stand between "Vietnam" and "six cities"

    # --- is it the GNLC? -------------------------------------------------------------
    network_names: tuple[str, ...]  # the GNLC by name: enough on their own
    network_references: tuple[str, ...]  # "the network": the last network named
    other_networks: tuple[str, ...]  # named networks that are not the GNLC
    negative_subjects: tuple[str, ...]  # "the association has 1.5 million members"
    # Places a preposition puts a word of another body in, never a subject: "de la crèche
    # à l'université", "nelle scuole" (each form ends right before the word).
    negative_governors: tuple[str, ...]

    # --- which metric ----------------------------------------------------------------
    intake_cues: tuple[str, ...]  # "joins", "welcomes": the figure is an intake's
    total_cues: tuple[str, ...]  # "now has", "a network of": the figure is a total
    along_cues: tuple[str, ...]  # "along with 76 cities": the subject is one more
    besides_cues: tuple[str, ...]  # "aside from A and B, three other": two more
    conjunctions: tuple[str, ...]  # "A and B": to count the names a list gives
    first_time_cues: tuple[str, ...]  # "for the first time"
    candidate_cues: tuple[str, ...]  # "interested in joining": not members

    # --- when ------------------------------------------------------------------------
    present_markers: tuple[str, ...]  # "now", "so far": the statement is current
    historic_markers: tuple[str, ...]  # before a date: "in", "back in", "as of"
    founding_words: tuple[str, ...]  # "founded in 2013" is not a historic figure
    months: Mapping[str, int]
    # Date forms, with {day}, {month} (a name or number), {month_number} and {year}.
    date_forms: tuple[str, ...]

    # --- optional: each has a default, so a language may leave it out ------------------
    thousands_space: bool = False  # a plain space groups thousands too: "1 000" (fr)
    # Nouns take another form after "one" than after other numbers ("one city", "two
    # cities"): a figure rewritten across one needs its noun changed, which lcnet leaves
    # to a person. False where a noun does not change (vi, zh, ja, ko).
    plural_nouns: bool = True
    # Scales written onto the digits, as headlines abbreviate them: "500m citizens",
    # "1.2bn" (lower case; never after a space, where "m" would be a metre).
    scale_suffixes: Mapping[str, int] = MappingProxyType({})
    # The membership named before its number: "bringing its membership to 294", "the
    # total stood at 425" (Grammar.membership). A regex fragment, matched where one of
    # `membership_anchors` starts; the qualifier and number follow it. Group "more" marks
    # the verbs that make the number a lower bound ("had passed 200"); group "country",
    # where the fragment holds {countries}, the country whose members they are.
    membership_before_number: str = ""
    membership_anchors: tuple[str, ...] = ()  # literal words; one starts each match
    # Where the predicate comes last (ja, ko, zh), the words of belonging or gathering a
    # short relative clause that closes on the network's name says its members with,
    # besides `membership_anchors`: "356개 도시가 참여하는 네트워크", "79개국 356개 도시로
    # 이뤄진 GNLC", "356都市が参加するネットワーク", "由356个城市组成的网络" (literal words).
    # The figure is the network's, whatever other body the sentence names before it, and
    # its total, whatever verb of joining the main clause ends in.
    relative_members: tuple[str, ...] = ()
    # Where words touch (ja, ko, zh), the words of a shortlist of the network's candidates
    # (literal): a count drawn "among" another body's cities and shortlisted is the
    # network's applicants and candidates, not that body's: "국내 평생학습도시 11곳 중 3곳이
    # 국내 후보 도시로 선정됐다" (Korea's lifelong-learning cities that applied; three put
    # forward). Not the other body's own selections ("평생학습도시 12곳 중 5곳이 우수
    # 평생학습도시로 선정": no shortlist word).
    shortlist_words: tuple[str, ...] = ()
    # Words that date a figure by the sentence before: "In 2022 we joined. At the time,
    # the network had 294 members" (a regex fragment).
    earlier_date: str = ""
    # A count's verb in a past tense of states (the imperfect: "la red tenía 229", "a
    # rede tinha", "le réseau comptait", "la rete contava"), which dates the figure by
    # the sentence before it as `earlier_date` does: "Loures entrou em 2020. A rede tinha
    # 229 cidades" (a regex fragment; for languages whose imperfect says a past state;
    # it does not open with a lookbehind: the start of the word is tested after).
    past_states: str = ""
    # What says a story is a repost of an earlier one, its date after it: "Originally
    # published 5 September 2022" (a regex fragment). Its undated figures are of that date
    # until the text speaks of a later year (lcnet.extract.historic.republished_blocks).
    republished: str = ""
    # A clause of a city's own joining, which dates the figures it governs: "Cuando Tunja
    # ingresó, la red tenía 229 ciudades", "Quando entrámos, eram 229" (lcnet.extract.
    # joining). A regex fragment: the word "when", then group "self" (we, the city: the
    # page's own city) or group "who" (a few words that must name a member city), then a
    # verb of joining in the singular or the first person plural ("entramos", never
    # "entraron": "when 77 cities joined" is an intake, not a city's joining). Its first
    # word is literal, to find the clause fast (joined_words).
    joined_clause: str = ""
    joined_words: tuple[str, ...] = ()  # literal: "cuando", "when"
    # A clause that dates a figure by a member city's joining, its name(s) in the group
    # "who": "when Vinh and Sa Dec joined, the network had 229 members" is of the day
    # they joined, which the fact store knows (lcnet.check.texts; a regex fragment,
    # matched on the lower-case sentence).
    joined_when: str = ""
    # What follows a number or a word may touch it: counters, units and particles are
    # written without a space ("91개국", "425个城市", "356都市が"). No space need then stand
    # between a number, its counter, its modifiers and its unit, and letters of the CJK
    # scripts end no word (lcnet.extract.numbers.word_letters). Korean, Chinese, Japanese.
    attached: bool = False
    # Nothing separates words at all: letters of the CJK scripts start no word either
    # ("加入了425个城市"). Chinese and Japanese; Korean words start after a space.
    unspaced: bool = False
    # Qualifiers between a number and its counter or unit: "300여 개", "400多个", "300余座".
    qualifiers_after_number: Mapping[str, Qualifier] = MappingProxyType({})
    # When countries come before the cities they hold ("79개국 356개 도시", "79か国の356都市",
    # "79个国家的356个城市"): a regex fragment of what may stand between the two figures.
    # Empty: the language names the countries after ("425 cities in 91 countries").
    countries_first: str = ""
    # Eras that count years from their own first: "令和6年" is 2024. The year before each
    # era's first (令和: 2018); date_forms use them as {era} ("{era}年").
    eras: Mapping[str, int] = MappingProxyType({})
    # Named programmes and lists that are no network: "World Heritage", "biosphere
    # reserves", the Learning City Award, national schemes. Like other_networks they own
    # the figures near them, but "the network" never refers to one (regex fragments).
    other_programmes: tuple[str, ...] = ()
    # Page furniture that introduces other stories ("Related news", "Read more"): like a
    # programme, it owns the figures after it in its paragraph (regex fragments).
    elsewhere: tuple[str, ...] = ()
    # A threshold between a qualifier and the number: "passed the mark of 350 cities", "a
    # franchi la barre des 350", "superó la barrera de las 350", "die Marke von 350 Städten
    # überschritten". Passed or reached, a threshold makes the figure a lower bound (at
    # least; more than with a verb of passing before it, one of `qualifiers`).
    marks: tuple[str, ...] = ()
    # A threshold after its number (unit nouns of Role.MARK: "passed the 400 mark", "die
    # 400er-Marke"): the articles one needs before the number ("the"; without one it is no
    # threshold), and the verbs before the article that make it a bound other than at
    # least (words: "passed": more than, "approaching": nearly).
    mark_articles: tuple[str, ...] = ()
    mark_verbs: Mapping[str, Qualifier] = MappingProxyType({})
    # Words that make a count of people the world's, not the network's cities': "1.5
    # billion learners worldwide" (school closures in 2020), "weltweit waren 1,5 Milliarden
    # Lernende betroffen" (literal, lower case; right after the figure, or among the few
    # words before it in its clause).
    world_words: tuple[str, ...] = ()
    # Words that make the qualifier after them a preposition: "spread over 91 countries".
    qualifier_blockers: tuple[str, ...] = ()
    # Words that may stand between such a verb and its preposition, passed over to find
    # it: "erstreckt sich inzwischen über 91 Länder", "stretches now over" (literal).
    blocker_gaps: tuple[str, ...] = ()
    # A count whose noun is the subject's, left out after the number (phrase._one_of_elided):
    # "Capital one of eleven to be admitted this round", '"Being one of 170 is not the
    # point"'. The openings of "one of" and of "among" (literal, with their space: "among
    # 77 admitted" is a part of the intake instead when one of `elided_count_nouns` ends
    # the word before it, "Three Indian cities among 77"); what must follow the number (a
    # regex fragment: a participle of admission, as group "new", or a verb of being: else
    # the clause ends); the start of the word for "capital" that makes the count one of
    # capitals when it comes shortly before ("Capital one of eleven").
    elided_one_of: tuple[str, ...] = ()
    elided_among: tuple[str, ...] = ()
    elided_after: str = ""
    elided_capital: str = ""
    elided_count_nouns: tuple[str, ...] = ()
    # Prepositions of "with" that open a clause holding a small count, its country the
    # subject right after the comma (or, in German, after the verb): "Con nueve ciudades,
    # Colombia es uno de los países más representados", "Mit vier Mitgliedsstädten ist
    # Deutschland gut vertreten" (literal, lower case; lcnet.extract.metric._fronted_with);
    # what stands between the count's noun phrase and the country (a regex fragment: the
    # comma, or German's verb, then an article).
    fronted_with: tuple[str, ...] = ()
    fronted_links: str = ""
    # Units that are adjectives standing for the noun they leave out ("64 Neue aus 35
    # Ländern", "elf der Neuen": also in `units`), read only where their noun phrase ends:
    # punctuation after them, or one of `adjective_followers` (a regex fragment of the words
    # that are no noun: prepositions, verbs; lcnet.extract.phrase._adjective_ends).
    adjective_units: tuple[str, ...] = ()
    adjective_followers: str = ""
    # A range's low end and the words that tie it to the high end, which follows: "between
    # {low} and", "{low} to" ({low} for the number; regex fragments; "from {low} to" is a
    # change, never one of these). A range is read as two bounds, at least {low} and at
    # most the high end (phrase._ranges); digits joined by a dash are one in every language.
    number_range: tuple[str, ...] = ()
    number_range_not_after: tuple[str, ...] = ()  # words before {low} that make a change
    # Words that make a day the end of the time a figure speaks of: "until 4 December",
    # "before 14 February", "bis zum 4. Dezember" (literal; one or two words, ending right
    # before the date or opening its marker): the figure is of the day before
    # (historic._day_before).
    before_dates: tuple[str, ...] = ()
    # The same words where they follow the date: "12月4日まで", "12월 4일까지", "12月4日之前"
    # (literal, right after the date, spaces allowed before them).
    before_dates_after: tuple[str, ...] = ()
    # In a question of people, the words that make them the network's cities' ("How many
    # people live in the network's cities?", "in these cities", "in UNESCO learning
    # cities"): its answer is then the citizens figure ("Close to 500 million"); a town's
    # people are not (lcnet.extract.elliptic.answered_counts; regex fragments).
    asked_of_network: tuple[str, ...] = ()
    # The network said as an adverbial between a country and its count: "Deutschland hat im
    # Netzwerk inzwischen vier Städte", "Thailand kommt im GNLC auf 13" (regex fragments;
    # passed over as possession words are, metric._country_before).
    network_adverbials: tuple[str, ...] = ()
    # Roles a unit noun (a key of units or singular_units) carries by itself: WEAK for
    # "member states", "provinces"; NEW for "newcomers".
    unit_roles: Mapping[str, tuple[Role, ...]] = MappingProxyType({})
    # A part of the figures named just before: "Among them are two cities from Viet Nam"
    # counts new members when the figure before was an intake's (regex fragments).
    subset_cues: tuple[str, ...] = ()
    # A verb of joining right before a number: the figure is the group joined, "Ajman
    # joins 356 cities" (a total), unless "other" ("joins 71 other cities": an intake).
    group_cues: tuple[str, ...] = ()
    # "more than 100 cities have joined since its launch": joined so far, a total.
    cumulative_cues: tuple[str, ...] = ()
    # Words before a bare number that the countries after it show to be the network's
    # size: "... to 230 in 64 countries" (a regex fragment).
    bare_count_before: str = ""
    # A count made one word with its unit before the network: "the 91-country network",
    # "a 425-member network", "das 91-Länder-Netzwerk". The unit words after the hyphen
    # (literal) with their units, and what must follow them (a regex fragment).
    compound_units: Mapping[str, Unit] = MappingProxyType({})
    compound_network: str = ""
    # Between two figures of one statement: "425 cities| are located in |91 countries".
    copulas: tuple[str, ...] = ()
    # "Hanoi is one of 72 cities from 34 other countries": the subject is not among the
    # 72 when the countries are "other" ones (73 from 35). Literal words before a number.
    one_of: tuple[str, ...] = ()
    # A country's adjective stands for its cities as a noun: "le italiane sono otto",
    # "una delle sei italiane" (lcnet.extract.adjectival)
    adjectives_as_nouns: bool = False
    # A rank whose noun is left out, after a rank of cities (lcnet.extract.adjectival):
    # the articles before it ("la", "l'") and the words that may follow it where its
    # clause goes on ("ad aderire", "in"), as regex fragments.
    rank_articles: tuple[str, ...] = ()
    rank_ends: tuple[str, ...] = ()
    # A count named before its number, with the verb that gives it: "the number of
    # member cities in the GNLC has now reached 425", "la cifra de miembros asciende a
    # 425". The head words (literal: each starts a count), the words that tie the head
    # to its unit noun ("of", "de"), and the verbs (regex fragments).
    count_heads: tuple[str, ...] = ()
    count_links: tuple[str, ...] = ()
    count_verbs: tuple[str, ...] = ()
    # The verb of a count whose number comes before its head: "portant à 230 le nombre
    # total de villes membres" (a regex fragment; the head, link and noun follow).
    count_verb_first: str = ""
    # Nouns of money next to a count head, whose number is then no count of members:
    # "the total budget is 300", "le budget total est de 300", "il totale della spesa è
    # di 300" (words; looked for from just before the head to the number).
    money_nouns: tuple[str, ...] = ()
    # Words of "only" between an article that is also the number one and a singular unit,
    # which make the article that number: "una sola ciudad", "un solo municipio" (a
    # modifier_before each; lcnet.extract.candidates.one_with_only). Where the articles
    # are no number words (fr "une", it "una": round_articles), numbers.one_articles
    # makes them the number one before these words only: "une seule ville".
    only_words: tuple[str, ...] = ()
    # A source still in use, whose figure is said today whatever date the source or the
    # figure has: "our leaflet still says", "a 2022 leaflet, still handed out at the town
    # hall, speaks of", "notre dépliant de 2021 parle encore de", "pas mise à jour depuis
    # 2022", "ancora in distribuzione", "配布しているリーフレット" (regex
    # fragments; also markers of the present). An earlier source the text reports ("the
    # 2019 brochure said 170", "Stand 2021") is dated by its date: historic.as_of.
    circulation_markers: tuple[str, ...] = ()
    # A source in use said in two parts, words between them: a word of "still" and,
    # within a few words after it, a word of being in use ("still available at the front
    # desk", "weiterhin in den Bürgerbüros ausliegt", "vẫn đang phát", "仍在各社区学校发放",
    # "今も窓口で配られ"), or before it, one word apart at most ("que l'on trouve
    # toujours"). Regex fragments; together they make circulation markers
    # (lcnet.extract.grammar.circulation_parts).
    still_words: tuple[str, ...] = ()
    in_use_words: tuple[str, ...] = ()
    # Dates that count from the text's own date: "last month", "昨年9月", "지난해",
    # "ad agosto" (a month without its year: the last such month up to the text's date).
    # Keys: "this_year" (a month must be named: {month} or {month_number}), "last_year"
    # (with or without a month), "last_month", "years_ago" ({years}: "two years ago",
    # "2년 전"; a form without it counts one year), "years_before" ("two years
    # earlier": from the date said before it), "since_month" ("since February": dates no
    # figure, but is the time "at the time" points back to), "before_month" ("before
    # December": the month before the last December); values: regex fragments,
    # each starting at a word, with the historic markers they need written in.
    relative_dates: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    # Verbs of origin with their place connector, right before a count of countries:
    # "coming from", "venues de", "provengono da", "đến từ" (lcnet.extract.origins).
    origin_words: tuple[str, ...] = ()
    # Where the predicate comes last, the place particle and the verb of origin right
    # after a count of countries: "64都市は35か国から集まった", "64개 도시는 35개국에서 왔다"
    # (regex fragments; lcnet.extract.origins): the countries of the cities counted
    # before them in the sentence, as Language.origin_words ties them.
    origin_after: tuple[str, ...] = ()
    # Verbs of the future and conditions that make a figure a projection: "would be the
    # 7th", "d'ici peu", "aspira a ser" (lcnet.extract.hypothetical; regex fragments).
    future_cues: tuple[str, ...] = ()
    # Connectors of a size class: "villes de plus de 100 000 habitants" (literal words).
    size_linkers: tuple[str, ...] = ()
    # Heads that name a population before its number, where words touch: "人口超过2.5亿",
    # "인구는 3억 명" (lcnet.extract.population; regex fragments).
    population_heads: tuple[str, ...] = ()
    # Words for "capital" right before a count, where words touch: "首都11都市", "수도 11곳"
    # count capitals (literal words).
    capitals_before: tuple[str, ...] = ()
    # Capitals as the topic of the count's clause: "수도는 ... 11곳", "首都は ... 11都市".
    capitals_topic: tuple[str, ...] = ()
    # Letters that make a word of the numeral after them where words touch: "唯一の加盟
    # 都市" (the only member city), "統一", "同一" (a character class body).
    numeral_not_after: str = ""
    # Right after a figure, the words that make it the subject of what follows, where the
    # predicate comes last: with a correction later in the sentence, the figure is the
    # one corrected away ("「230都市」はその後、訂正された", "230개 도시는 이후
    # 정정됐다", "230个城市后来被更正"): no figure of the text (a regex).
    corrected_subject: str = ""
    # Words before a part of the figure named by its place: "dont sept en France",
    # "di cui 7 in Africa" (lcnet.extract.subsets; literal words).
    subset_words: tuple[str, ...] = ()
    # Words that refer to a country named before: "the country's number of member cities"
    # (literal, lower case).
    country_references: tuple[str, ...] = ()
    # Present markers that an explicit date in their clause outweighs: "en 2022, ya
    # contaba con 294" (already, in 2022) is historic (literal, as matched).
    weak_present: tuple[str, ...] = ()
    # Counts given by a verb after their unit, which is the subject with its article:
    # "las ciudades miembro eran 294" (lcnet.extract.predicates). The plural definite
    # articles (literal), the verbs (regex fragments, adverbs written in), and the verbs
    # that open the inverted form "Sono 64, da 35 Paesi, le nuove città".
    plural_articles: tuple[str, ...] = ()
    count_predicates: tuple[str, ...] = ()
    count_predicates_first: tuple[str, ...] = ()
    # Words right before a unit that make it plural where nouns do not change: "một trong
    # những thành phố đầu tiên" (one of the first cities) ranks no city (literal).
    plural_markers: tuple[str, ...] = ()
    # Words that stand for a country named before, as the owner of a count: "the
    # Kingdom has five members", "le pays compte quatre villes" (literal, lower case, the
    # article written in).
    country_subjects: tuple[str, ...] = ()
    # Verbs of speech: a subject before one is the speaker, not the figure's owner:
    # "与会者称网络已汇聚300余个城市", "delegates said the network has 425 cities"
    # (regex fragments).
    speech_cues: tuple[str, ...] = ()
    # Words of presence before the countries a network spans: "(le réseau est) présent
    # dans 64 pays", "present in 91 countries" (literal, lower case).
    presence_words: tuple[str, ...] = ()
    # Words of cities spread over countries, whose subject must be the cities or the
    # members (not delegates): "las ciudades están repartidas en 62 países", "le città
    # sono distribuite in 62 Paesi" (literal, lower case).
    spread_words: tuple[str, ...] = ()
    # Right after a count: the counted cities are among the new members ("Deux villes
    # marocaines figurent parmi les nouveaux membres", "are among the 64 new members")
    # (regex fragments).
    among_new_cues: tuple[str, ...] = ()
    # A difference, not a count: "grew by 60 cities" (the words right before the
    # number), "60곳 넘게 늘어난" (right after the unit) (regex fragments).
    difference_before: tuple[str, ...] = ()
    difference_after: tuple[str, ...] = ()
    # What must stand right before the figure for `difference_after` to make it a
    # difference, where the verb comes last: "ist um 72 Städte gewachsen" ("um"; a regex
    # fragment; empty: nothing needed, as in "60곳 넘게 늘어난").
    difference_after_needs: str = ""
    # Literal words, one of which every verb of count_predicates (and of
    # count_predicates_first) holds: found with str.find, they spare the patterns the
    # many unit nouns no such verb follows (lower case, the shortest common stems).
    count_predicate_words: tuple[str, ...] = ()
    # A clitic pronoun of the cities and its verb before a count: "(l'Institut) en
    # annonçait 115", "ne conta 425" (regex fragments; lcnet.extract.predicates).
    pronoun_counts: tuple[str, ...] = ()
    # Words of company before "others" counted with their noun left out: "ingresó con
    # otras 71", "entrou com outras 71" (whole words; `along_cues` count too; for
    # languages with `other_before`; lcnet.extract.predicates.others_alone).
    company_words: tuple[str, ...] = ()
    # Prepositions that make the others after them a verb's object, their subject one
    # more, though no subject stands before the verb: "se une a otras 71", "si aggiunge
    # ad altre 71", "junta-se às outras 71" (whole words, a plural article between them
    # and the word of others allowed; languages with `other_before`;
    # lcnet.extract.metric._another).
    others_prepositions: tuple[str, ...] = ()
    # A number that adds to a count said before, its noun left out, in a clause of
    # joining: the word after it ("72 more joined", "kamen 72 weitere hinzu", "en a admis
    # 72 de plus", "ne sono entrate 72 nuove") and the word before it ("admitted another
    # 72", "nahm weitere 72 auf", "se ne sono aggiunte altre 72"): an intake, of the
    # network's unit (lcnet.extract.predicates.additions_alone; literal words).
    addition_after: tuple[str, ...] = ()
    addition_before: tuple[str, ...] = ()
    # A figure the text says was superseded: "first announced as 55", "initialement",
    # "당초" (regex fragments). Undated, it is of no date the text gives: left out.
    superseded_cues: tuple[str, ...] = ()
    # A correction notice that says what an earlier version of the text got wrong: "An
    # earlier version of this story said 55 cities had joined", "It previously stated",
    # "In einer früheren Fassung hieß es", "fälschlich gemeldet" (regex fragments). A figure
    # after one in its clause was withdrawn, whatever date it has: never a statement
    # (unless a correction cue stands between them: "... misstated it; corrected to 54").
    retraction_cues: tuple[str, ...] = ()
    # A correction: "corrected to 54", "更正为229", "54都市に訂正". After a superseded
    # cue it ends the superseded part ("first announced as 55, then corrected to 54"),
    # and a superseded figure a correction follows is left out however dated (regex
    # fragments).
    correction_cues: tuple[str, ...] = ()
    # Words of an announcement or a release ("announcement", "communiqué", "Meldung"):
    # with a correction's or a superseded figure's words, the context in which "the
    # figures" stand for an intake and a total (lcnet.extract.respective; regex fragments).
    announcement_cues: tuple[str, ...] = ()
    # Words that open a clause of a later time after a figure: "in 2020 the network had
    # 229 members, before this year's intake": its "this year" does not make the figure
    # current (regex fragments, lcnet.extract.historic).
    later_clause: tuple[str, ...] = ()
    # An intake named as the point in time a count is of, in a table's header: "Members
    # after the intake", "Mitglieder nach der Aufnahme", "加入后成员": the column counts the
    # network's members then, not the intake's (regex fragments, searched in the header).
    intake_points: tuple[str, ...] = ()
    # Words that open a clause of the time since which a count holds, after the count:
    # "more than 100 cities have joined since cities could first apply, in September
    # 2015": its date starts the count, it does not date it (regex fragments; not the
    # "desde ... hasta" of a range).
    since_words: tuple[str, ...] = ()
    # People at an event counted by the cities they came from, right before the figure
    # ("representatives from", "Delegierte aus"), or the cities' taking part right after
    # it ("attended", "nahmen teil"): attendance, not membership (regex fragments).
    attendance_before: tuple[str, ...] = ()
    attendance_after: tuple[str, ...] = ()
    # The preposition before a country a rank is told for, earlier in its clause: "for
    # Saudi Arabia it is the first member city", "für Saudi-Arabien ist es die erste
    # Mitgliedsstadt" (literal words).
    rank_for: tuple[str, ...] = ()
    # A round's list as the subject of a country's cities: "The list includes three Thai
    # cities", "Auf der Liste stehen drei thailändische Städte": the country's share of the
    # intake (regex fragments, matched in the figure's clause before it).
    intake_lists: tuple[str, ...] = ()
    # The first word of an aside set off by commas before a figure that tells of another
    # event: "The application, submitted in late 2021, was approved alongside entries from
    # 44 countries" (a participle, a relative pronoun); its date is not the figure's
    # (regex fragment, matched right after the comma).
    aside_openers: str = ""
    # Verbs after which a country's count closes its clause, the unit left out: "Saudi
    # Arabia ... counts eight.", "México suma ocho." (literal words, with their spaces
    # around: " counts"; lcnet.extract.closing_counts).
    closing_count_verbs: tuple[str, ...] = ()
    # Where the verb ends a subordinate clause, the same verbs after the number: "dass
    # Italien sechs hat und Portugal 16" (literal; each country and number coordinated
    # after it, its verb left out, counts too; lcnet.extract.closing_counts).
    closing_final_verbs: tuple[str, ...] = ()
    # The same count after a place and a verb of being: "in Deutschland sind es weiterhin
    # drei", "in Germany there are still three" (a regex fragment that holds {country},
    # matched right before the number and its adverbs; lcnet.extract.closing_counts).
    closing_locatives: str = ""
    # The words before the other side of a comparison: another network named after them is
    # compared with, not the owner of, the figure ("With more than 350 members, it is
    # larger than the Creative Cities Network"; literal words).
    comparatives: tuple[str, ...] = ()
    # The words of degree a comparison opens with ("fewer", "moins", "meno"): "now" or
    # "today" after them and a comparative is the other side of the comparison, not the
    # figure's time ("229 members in 2021, 65 fewer than today"; literal words).
    comparative_degrees: tuple[str, ...] = ()
    # The words between a part's number and its whole's: "16 of the 64 new members were
    # in Asia and the Pacific" (literal words; lcnet.extract.numbered_parts).
    part_linkers: tuple[str, ...] = ()
    # Words of a share between a country and its part of a whole, beside the possession
    # words: "Thailand accounts for 13 of the 425 cities", "Auf Thailand entfallen 13 der
    # 425 Städte" (literal words; lcnet.extract.numbered_parts).
    share_words: tuple[str, ...] = ()
    # Number words that are round numbers as nouns, read as "about" ("une cinquantaine",
    # "un centenar", "un migliaio"); they are number_words too.
    approximate_numbers: tuple[str, ...] = ()
    # The indefinite articles a round number as a noun takes, where they are no number
    # words: "une dizaine", "una decina", "ein Dutzend" (literal words).
    round_articles: tuple[str, ...] = ()
    # What says the cities just counted are capitals: "Eleven of the newcomers are national
    # capitals", "elf der neuen Mitglieder sind Hauptstädte", "11 of them capitals" (regex
    # fragments, matched right after the count or its "of them").
    capital_predicates: tuple[str, ...] = ()
    # Relative pronouns that open an aside between commas: a network named inside it
    # ("The emirate, which holds the Creative City title, joins a network of 294") is not
    # what a reference after the aside points back to (literal, lower case).
    relative_pronouns: tuple[str, ...] = ()
    # The network of one country's members, named as such: "a rede nacional reúne hoje 15
    # municípios", "la red nacional, integrada por nueve municipios" (literal, lower case):
    # a count too small for the network that it holds is the members of the country named
    # last before it in the text (lcnet.extract.metric._national_home).
    national_networks: tuple[str, ...] = ()
    # The federal states of the language's own country, counted with a word for
    # "countries" (German "Länder"): the nouns (literal, lower case), how many states there
    # are, and the words of a sentence that say the states are meant ("Bund, Länder und
    # Kommunen", "Deutschlands 16 Länder", "in allen 16 Ländern"; regex fragments). A
    # count of those nouns no larger than the states, in such a sentence, is no count of
    # the network's countries (lcnet.extract.metric._federal_states).
    state_nouns: tuple[str, ...] = ()
    states: int = 0
    state_cues: tuple[str, ...] = ()
    # Words after a comma that open a clause of result, its verb the figure's own: "ingresó
    # San Nicolás, de modo que son dos las comunas chilenas" (the count is the members
    # after the intake, not the intake; literal, lower case; lcnet.extract.metric._own_clause)
    result_connectors: tuple[str, ...] = ()
    # The word between a rank and the members it comes after: "Dresden ist die vierte -
    # nach Gelsenkirchen, Hamburg und Bonn", "the fourth, after A, B and C" (literal).
    rank_after: tuple[str, ...] = ()
    # A change and where it started: "from 229 to 300" (lcnet.extract.changes). The words
    # before the starting number, and those between it and the figure (regex fragments);
    # the form that dates the start, with {year}: "since {year}".
    change_from: str = ""
    change_to: str = ""
    since_year: str = ""
    # The words after a figure that give the count its change started from: "to eight,
    # up from five after the February 2024 round", "auf 294, nach 229 seit der Runde vom
    # September 2020" (a regex fragment; the starting count is a figure only where the
    # words after it date it: lcnet.extract.changes.started_before).
    change_back: str = ""
    # A span of years before a change: "Entre 2022 y 2024 la red pasó de 294 a 356
    # ciudades" (the change's start is of the first year, its end of the last: a regex
    # fragment with {first} and {last} for the years; lcnet.extract.changes.year_span).
    year_span: str = ""
    # Where words touch, the words between a change's two ends that say it is a change, not
    # a correction (a subset of what links them, Language.change_to): "115개에서 294개로
    # 늘었다", "115都市から294都市に増えた". The start, undated, is a figure of some time
    # before the text's (Found.earlier), as "grew from 115 to 294" is; a correction's
    # first figure ("3都市ではなく2都市") is still left out. A regex fragment.
    change_link: str = ""
    # A joining since which a state holds, dated by its year: "Since joining in 2020,
    # Vinh has worked with the network's 425 members". A regex fragment with {year}; the
    # year dates the joining, not a figure of the main clause after the comma.
    since_event: str = ""
    # The subject's own joining told after a figure, its year the joining's, not the
    # figure's: "Makueni is among over 350 learning cities, following its designation as
    # a member in 2023", "one of 356 members after joining the network in 2023" (regex
    # fragments, before the year in its clause). A past verb before the figure in its
    # clause (Language.past_copulas) keeps the year: "was one of 294 when it joined in 2022".
    joining_after_figure: tuple[str, ...] = ()
    # A member named in an aside after a count, with its own joining or rank: the date
    # after it is the member's, not the count's: "la France compte huit villes membres,
    # dont Clermont-Ferrand, entrée en 2016", "l'Italia ne ha otto, da Torino, prima ad
    # aderire nel 2016, fino a Brescia" (regex fragments, from the comma after the count
    # to the words right before the date's preposition; lcnet.extract.historic).
    member_asides: tuple[str, ...] = ()
    past_copulas: tuple[str, ...] = ()
    # A named member's joining told in the clause that modifies its name, where that
    # clause comes before the name (ja, ko, zh): "2016年に加盟した岡山市など、76か国の294都市
    # が参加している", "2022년 가입한 세종시를 포함해 294개 도시가", "包括2022年加入的杭州在内,
    # 网络共有294个城市". A regex fragment from the words right after the joining's date
    # (a particle, the verb) to the name and the word after it: the date and the verb of
    # joining are the member's, not a figure's after it.
    joined_named: str = ""
    # A count added on the way to a total, between the total's head and its number, where
    # words touch: "국내 가입 도시는 이번 3곳을 더해 59개가 됐다", "国内の加盟都市は、今回の
    # 3都市を加えて5都市となった", "我国成员城市加上此次入选的3座城市, 达到15个". A regex
    # fragment that ends right before the total's number: the total's owner and its verb
    # are the head's before it, not the added count's.
    added_before: str = ""
    # The same added count seen from itself: the words right after it ("을 더해", "を加えて"),
    # and the words before it that make it this round's ("이번", "今回"): it is then the
    # intake of the total's owner ("国内の加盟都市は、今回の3都市を加えて5都市": Japan's 3).
    added_after: str = ""
    # A verb of reaching right after a count, where the verb ends its clause: "59곳으로
    # 늘었다", "59都市に増えた", "59都市となった" (a regex fragment matched at the count's
    # end): after an intake's count in its sentence, this count is the total it reached.
    reached_after: str = ""
    # The subject's particle and a verb of joining right after a count, where the verb
    # ends its clause: "세 곳이 추가되면서", "3곳이 더해져", "3都市が加わり" (a regex
    # fragment matched at the count's end): the count is the one that joined, whatever
    # topic of members ("국내 회원 도시는 …") stands before it. Also where the verb comes
    # after its subject: "Việt Nam có 2 thành phố tham gia", "dos comunas que se
    # incorporan" (not after a word of "so far" or "now": lcnet.extract.metric).
    joined_after: str = ""
    # Where words touch, countries a verb of spreading follows, right after the cities'
    # topic: "新たに加盟した77都市は、44か国にまたがる", "새로 가입한 77개 도시는 44개국에
    # 걸쳐 있다" (the countries are the cities'). A regex fragment matched after the
    # countries' figure.
    spread_after: str = ""
    # Where words touch, a list of member cities closed by "etc." and a count: "宁波等3座
    # 城市入选", "岡山市など2都市", "진천군 등 3곳". A regex fragment after the last name,
    # with {number} for the count; the cities' country is the named members' (the store's).
    list_closer: str = ""
    # Words right before two member names that make them a span's ends, not a list of a
    # country's members: "in Italia tra Fermo e Lucca", "entre Brest et Lille" (literal).
    list_spans: tuple[str, ...] = ()
    # Verbs by which a written source quotes a figure: "课件中仍写着“全球173个城市”",
    # "パンフレットには「世界229都市」と書かれている", "책자에는 '229개 도시'라고 적혀 있다".
    # Literal words; a figure in the quotation such a verb opens (or closes) restates a
    # membership count, the network's where the GNLC was named before.
    document_quotes: tuple[str, ...] = ()
    # "Before this round": a figure after it in its sentence is of the time just before
    # the text's news ("今回の発表の前、タイの加盟都市は7都市だった", "이번 발표 전 국내
    # 회원은 56곳이었다"): the undated start of a change, dated by the store (Found.earlier).
    # A regex fragment.
    before_this: str = ""
    # A clause closer that goes on in the same past time ("…도시였고, 국내 회원은 56곳이었다":
    # "was …, and"): the dates before it are the next clause's too. A regex fragment that
    # ends a closer (Language.clause_closers).
    parallel_closer: str = ""
    added_new: tuple[str, ...] = ()
    # Words of an unstated part ("several", "plusieurs", "một số"): in "23 countries,
    # several of them there for the first time" the first-time cue is the part's, not the
    # 23's. Literal words, lower case.
    some_words: tuple[str, ...] = ()
    # A clause of joining between a rank and its city noun, where words touch: "第11个
    # 加入该网络的城市", "2番目に加盟した都市", "세 번째로 가입한 도시" (a regex fragment).
    rank_clause: str = ""
    # A member's rank in its country with no city noun after it, where words touch: the
    # country (a name, or a home word), `rank_scope` (a regex fragment: "での", "の都市と
    # して", "에서"), a rank (an ordinal, or one of `first_words`, literal words of "the
    # first": "初めて", "率先", "최초로", rank 1), then `first_clause` (a regex fragment
    # that ends at a word of joining or of membership: "…GNLCに登録された", "加入了…",
    # "…에 가입했다"): "岡山市は国内で初めてGNLCに加盟した", "杭州在全国率先加入该网络",
    # "국내 최초로 GNLC에 가입했다" (lcnet.extract.newcomers.firsts_in_a_country).
    first_words: tuple[str, ...] = ()
    rank_scope: str = ""
    first_clause: str = ""
    # Words that make a country's count its first members, right before the number or
    # right after it and its unit: "Viet Nam's first two members", "hai thành phố đầu
    # tiên của Việt Nam được công nhận", "las dos primeras ciudades", "die ersten beiden
    # Städte": the country's count when the last of them came, whatever verb of joining
    # follows (Qatar's first two came in 2017 and 2019); not "for the first time" (regex
    # fragments).
    first_ones: tuple[str, ...] = ()
    # Counters that stand alone for a noun named before them in the clause, where they
    # are not the unit linkers: Japanese つ ("加盟都市が合計5つある", "新規加盟都市の3つ";
    # lcnet.extract.counters). Empty: the unit linkers are the counters ("个", "개").
    bare_counters: tuple[str, ...] = ()
    # The country a word for "at home" means where no country is named before it: "国内
    # 2番目の加盟都市" in a Japanese text is Japan's (literal words of country_subjects).
    home_words: tuple[str, ...] = ()
    home_country: str = ""
    # A local government of the text's own country named just before a small intake's
    # count, by the form of its name: "진천군을 포함한 3개 도시가 최종 승인을 받았고" (a
    # regex that ends where the count starts); the intake is then home_country's.
    home_places: str = ""
    # Cities whose people attend an event, listed by "from A, B and others, N cities"
    # ("来自德国、英国、巴西等29个会员城市……的代表共150余人参加"): the words before the
    # count (a regex that ends where it starts) and those after it in its sentence (empty:
    # the words before are enough, "Participarán 40 localidades").
    attending_before: str = ""
    attending_after: str = ""
    # A figure quoted as words, not stated: "仍沿用“230个城市”的说法", "「230都市」という
    # 数字", "'230개 도시'라는 표현" (a regex of what follows its closing quote mark).
    quoted_words: str = ""
    # Where words touch, an ending that closes a past relative clause after a figure:
    # "28개국 115개 도시였던 네트워크는 현재 ..." (the "now" is the main clause's; regex
    # fragments).
    past_clause_ends: tuple[str, ...] = ()
    # Where words touch and the verb ends its clause, the verb endings that close a clause
    # before a comma: a date before one of them is that clause's, not a figure's in the
    # clause after ("지난 6월 3곳이 후보로 뽑혔으며, ... 55개 도시가 확정됐다", "2022年には
    # 白山市が登録されており、国内の登録都市は5都市"; regex fragments ending in the comma).
    clause_closers: tuple[str, ...] = ()
    # Verbs after a figure that make it the result of the one dated event before it:
    # "2022年9月に白山市が加盟し、ネットワークは294都市に拡大した" is of September 2022
    # (regex fragments; two dated events before it make a running count, of the text's day).
    result_verbs: tuple[str, ...] = ()
    # Words that count the figure's clause on from the dated one before it ("발표했으나,
    # 며칠 뒤 54개 도시로 정정했다", "その後"): its date is still that clause's (regex).
    later_pointers: tuple[str, ...] = ()
    # Words that put a country's cities inside the intake told before them, in the figure's
    # own clause: "72곳 신규 선정… 한국 3개 도시 포함" is Korea's share of the intake, not
    # its total (regex fragments), after the count where the verb ends the clause, before
    # it elsewhere ("其中包括中国2个城市"; "15个成员城市包括天津" lists the cities counted).
    included_words: tuple[str, ...] = ()
    included_after: bool = False
    # A per-country cap on applications: a candidate figure in a sentence with one of
    # these is the quota, not a count of applicants ("each country may nominate three
    # cities", "各国からの推薦は3都市が上限"; regex fragments, spaced).
    quota_cues: tuple[str, ...] = ()
    # Verbs that say cities are members, besides the verbs of joining (intake_cues): in a
    # sentence after one that names the GNLC they make a figure the network's, as
    # "member cities" does ("中国では12都市が加盟しています"; regex fragments, spaced).
    member_verbs: tuple[str, ...] = ()
    # The text's own body as a clause's subject, where words touch: "我市", "本市", "우리
    # 시는" (regex fragments). Between a count and a word of applying after it, it is the
    # one that applies: "网络共有294个成员城市, 我市积极筹备申报" counts members.
    own_subjects: tuple[str, ...] = ()
    # The words after a date that make it the date of a figure said before it in the
    # sentence, where words touch: "「229都市」は2020年9月時点のものだ", "229个城市, 这是
    # 2020年9月的数据" (a regex fragment matched at the date's end).
    figure_dated_after: str = ""
    # The newcomers as a set, their noun left out, before the parts named by place:
    # "De las recién llegadas, siete están en África" (regex fragments, spaced; a comma
    # follows; lcnet.extract.newcomers), and the verbs of place besides the copulas that
    # may stand in a part ("pertenecen a", "vêm de"; literal words).
    newcomer_sets: tuple[str, ...] = ()
    newcomer_words: tuple[str, ...] = ()  # one is in every set: where to look (literal)
    newcomer_verbs: tuple[str, ...] = ()
    # Words that make a number the whole of what its noun names, where the number stands
    # between commas after the noun: "The newcomers, 72 in all, come from 46 countries",
    # "Die Neuzugänge, insgesamt 72, kommen aus 46 Ländern" (literal; before or after the
    # number: lcnet.extract.predicates.apposed).
    in_all: tuple[str, ...] = ()
    # What a country's cities, named by its adjective, are counted in: "Las mexicanas
    # en la red son tres" (the network: MEMBER), "de esta ronda" (an intake: NEW).
    # Literal words; an empty mapping leaves the form out (lcnet.extract.newcomers).
    adjective_scopes: Mapping[str, Role] = MappingProxyType({})
    # A verb of being and the article before a rank in a country: "Es la décima de
    # México" (literal words).
    rank_verbs: tuple[str, ...] = ()
    # The words after a member city's noun that make the number after them its rank,
    # as an ordinal would: "la ciudad número 14 de México", "a cidade nº 14 de Portugal",
    # "el municipio mexicano número catorce" (literal, lower case; digits or number
    # words after them; lcnet.extract.phrase reads the noun, its modifiers and country).
    rank_numbers: tuple[str, ...] = ()
    # Verbs before a member's rank with its noun left out, read only after a member's name
    # (lcnet.extract.ranks), where rank_verbs would be too common a word to anchor "of
    # <country>" on: "Umm Salal became the seventh" (literal words).
    bare_rank_verbs: tuple[str, ...] = ()
    # Verbs of being or becoming in a past tense, singular and plural, before a member's
    # rank: "Palermo fu la terza", "Mantes a été la deuxième", "Bonn war die dritte",
    # "Trieste e Lucca furono la quarta e la quinta". The rank is then its country's
    # count on the day that member joined (lcnet.extract.ranks, lcnet.extract.joining),
    # whatever its clause leaves undated; a present ("Cividale è l'ottava") stays the
    # text's. Literal words, without the article.
    past_rank_verbs: tuple[str, ...] = ()
    # The time the text's own city joined, named without a date: "Lors de notre
    # adhésion, le réseau comptait 294 villes", "when we joined" (a regex fragment). A
    # figure in its sentence is of the date that city joined, when the fact store knows
    # it and the text's title names the city (lcnet.extract.historic.joined_then).
    joining_time: str = ""
    # Subject pronouns that stand for the cities counted in the sentence before: "72
    # villes ont rejoint le réseau. Elles viennent de 46 pays" (regex fragments, matched
    # where a sentence starts; lcnet.extract.engine). A sentence that opens with a verb
    # of origin (Language.origin_words: "Provengono da 46 Paesi") has its subject left
    # out, the same cities.
    subject_pronouns: tuple[str, ...] = ()
    # Adverbs of the whole that may open such a sentence: "Together they are in 91
    # countries", "Zusammen liegen sie in 91 Ländern" (regex fragments).
    subject_adverbs: tuple[str, ...] = ()
    # Between a country's count and the network's total it is a part of: "le città
    # italiane sono otto su 425", "huit, sur 425", "eight out of 425" (literal words).
    out_of: tuple[str, ...] = ()
    # "Until now" with a verb of the past before a count: "Jusqu'ici, le réseau
    # regroupait 292 villes" in the news of an intake is the count before it (a regex
    # fragment, matched in the figure's clause before it; lcnet.extract.historic.until_now).
    until_now: str = ""
    # "Now" in a past tense: "- 2024: 64 joined; the network now had 356", "das Netzwerk
    # hatte nun 356 Mitglieder": the time of the line's date, not the text's (a regex
    # fragment, matched in the figure's clause; lcnet.extract.historic.dated_by_lead).
    # Languages with `past_states` need none: such a verb beside "now" says so.
    narrative_now: str = ""
    # Where a rank's country is said after it: "the tenth city to join from Thailand"
    # (the prepositions before a country's name), "... from the kingdom" (the words for
    # the country named before; literal, lower case).
    rank_places: tuple[str, ...] = ()
    rank_references: tuple[str, ...] = ()
    # Two counts after the words they count, in order: "put the intake and the new total
    # at 72 and 425", "bezifferte Aufnahme und Gesamtzahl auf 72 und 425"
    # (lcnet.extract.respective): the words of an intake's count, of the network's
    # members and of its countries (regex fragments, spaced), the articles before them
    # and the words right before the numbers (literal). No links: the form is left out.
    respective_new: tuple[str, ...] = ()
    respective_total: tuple[str, ...] = ()
    respective_countries: tuple[str, ...] = ()
    respective_articles: tuple[str, ...] = ()
    respective_links: tuple[str, ...] = ()
    # Words that stand for the two counts named before, in their order: "... gave the
    # intake and the total as 55 and 230; UIL later set the figures at 54 and 229",
    # "korrigierte die Angaben auf 54 und 229" (regex fragments, spaced).
    respective_anaphora: tuple[str, ...] = ()
    # A list of a country's members by name (lcnet.extract.lists): the verbs that tie a
    # list to membership ("its members are A, B and C", "A and B are members"), the words
    # that make it some of them, not all ("including", "darunter"), and "the only", as a
    # country's sole member is said ("the only member from Ghana", "die einzige"). Each a
    # regex fragment, word boundaries included; an empty one leaves the form out.
    list_links: str = ""
    list_partial: str = ""
    sole_words: str = ""
    # The language writes a day as an ordinal with a full stop: "am 4. Dezember 2025".
    # That full stop, before a month (`months`, by its first three letters), ends no
    # sentence; neither does the one of a month's abbreviation before a day or a year
    # ("Sept. 2020": every name in `months` that starts another name of its month).
    ordinal_days: bool = False
    # Whether dates are written with a full stop after the year, the month and the day:
    # "2016. 8. 23.", "2016. 8. 기준" (Korean). Those full stops end no sentence.
    dotted_dates: bool = False
    # The words that make a year a plan's deadline, right before it ("到2028年") or right
    # after it ("2028년까지", "2028年までに"): a later year than the text's so marked dates
    # no count ("到2028年, 对标网络内356个成员城市": the count is of the text's day). Regex
    # fragments; an empty one leaves the form out.
    deadline_before: str = ""
    deadline_after: str = ""
    # Words right before a count that make it the members already there ("기존 회원도시
    # 35곳", "既存の加盟都市35都市", "原有35个成员城市"): never an intake, whatever joins in
    # the rest of the sentence; a small one is its country's (metric.read_metric).
    existing_words: tuple[str, ...] = ()
    # Between a country and its count, the words that say it has the most members:
    # "South Korea has the most members, with more than 30 cities", "leads with", "Hàn
    # Quốc có nhiều thành viên nhất, hơn 30". A regex fragment, matched where the words
    # before the count end; the country before it owns the count (a total of its own).
    superlatives: str = ""
    # Abbreviated titles before a name, whose full stop ends no sentence: "TP. Hồ Chí
    # Minh" (thành phố, city), "Dr. Nguyen", "M. Dupont". Literal, lower case, no stop.
    title_abbreviations: tuple[str, ...] = ()
    # The title before a city's name, in a subject or a list of names: "the cities of",
    # "thành phố", "TP.", "la ciudad de", "die Städte". A regex fragment, lower case.
    city_titles: str = ""
    # Words that head a table's column of the network's counts only beside another such
    # column, or one that names members: "| Round | Newcomers | Total |", "| Runde | Neu |
    # Gesamt |" (MEMBER: its totals; NEW: an intake's). Literal, lower case.
    column_heads: Mapping[str, Role] = MappingProxyType({})
    # A past state that names members: "when Gelsenkirchen and Hamburg were already
    # members, the network had 170 cities". Not "until now" (until_now): the figure is of
    # the time the last member it names joined, from the store (lcnet.extract.joining).
    # A regex fragment; group "who" holds the names.
    member_state: str = ""
    # A country's count of none, and what makes it one (Zeros); None: not read.
    zeros: Zeros | None = None
    # The figures a correction set after the figures it corrected (Correction); None: not
    # read.
    correction: Correction | None = None
    # --- counts whose noun is left out (lcnet.extract.elliptic) ---------------------------
    # The endings of a plural word ("s"; fr "s", "x"; it "i"; de "te", "ten", "er"): a
    # plural said after the cities' noun is another subject ("the new member cities sent
    # delegates. They were 48"). Empty: not told, the forms that need it are not read.
    plural_ends: tuple[str, ...] = ()
    # The feminine plural endings of a country's adjective, where cities are feminine:
    # "tres colombianas", "deux françaises", "due italiane" count cities with the noun
    # left out (elliptic.demonym_counts; empty: not read).
    feminine_plural_ends: tuple[str, ...] = ()
    # The verbs of joining in the plural right before a bare intake: "en 2022 entraron
    # 77", "ne sono entrate 77" (a regex fragment), and their literal words, one of which
    # must stand in the stretch (str.find) before it is tried (elliptic.joined_counts).
    joined_bare: str = ""
    joined_bare_words: tuple[str, ...] = ()
    # The verbs of having between a country and its bare count: "Colombia suma ocho",
    # "Portugal passa a ter 16", "Ireland now has three" (literal, an adverb written in
    # where one may stand: "llegó entonces a"); those of them in the present, which make
    # the network's count now ("cuenta con 425"); the words for the country named before,
    # as their subject ("el país sumaba seis", a regex fragment). Empty: not read
    # (elliptic.country_counts).
    having_verbs: tuple[str, ...] = ()
    having_now: tuple[str, ...] = ()
    having_country: str = ""
    # Epithets that may follow a country's name before its count: "La Côte d'Ivoire
    # voisine en compte 4", "el Ecuador vecino cuenta ya con cuatro" (literal, lower case;
    # elliptic.country_counts and metric's country before a figure).
    country_epithets: tuple[str, ...] = ()
    # The language leaves a subject pronoun out, in the verb: "La red creció. Hoy cuenta
    # con 425" is the network's count (es, pt, it).
    subject_in_the_verb: bool = False
    # A country's share of an intake said by the country and a verb of admission, the
    # noun left out: "Do Brasil foram escolhidas três", "De México fueron elegidas dos".
    # The connector before the country and the verbs (regex fragments), and literal words
    # of those verbs, one of which must stand in the stretch (elliptic.
    # placed_joined_counts; empty: not read).
    placed_joined_connector: str = ""
    placed_joined_verbs: str = ""
    placed_joined_words: tuple[str, ...] = ()
    # Who says an answer's number, before it: "Según la UNESCO, casi 500 millones",
    # "according to" (a regex fragment; elliptic.answered_counts).
    answer_sources: str = ""
    # A total stated by a noun of counting before its number: "the total is 425", "la
    # cifra asciende a 425", "die Zahl liegt bei 425", "總數則是294個" (elliptic.
    # stated_totals). The words that may stand before the noun (a determiner, an
    # adjective; a regex fragment, empty where none is needed); the noun with its verb
    # up to the number (a regex fragment that opens with the noun; empty: not read); the
    # literal nouns, one of which opens every match (found by str.find); the form with
    # the number first, "229 was the figure at the time" (a regex fragment after the
    # number). Where words touch, the counters the number may carry beyond
    # `unit_linkers` ("곳", "个") and the words that may end the statement after it
    # ("입니다", "です"; a regex fragment).
    stated_determiners: str = ""
    stated_nouns: str = ""
    stated_keys: tuple[str, ...] = ()
    stated_after: str = ""
    stated_counters: tuple[str, ...] = ()
    stated_ends: str = ""
    # "Only" before a count whose noun is left out: after a verb of counting ("son
    # solamente 3", "sono soltanto due": `only_adverbs`), and before a country's part
    # ("Delle 205 città, soltanto due (Torino e Fermo) sono italiane"; `only_adverbs` and
    # `only_placed`: "solo", "seulement", "only", "nur"). Literal, lower case.
    only_adverbs: tuple[str, ...] = ()
    only_placed: tuple[str, ...] = ()
    # --- a country's count closing its clause (lcnet.extract.closing_counts) -------------
    # The literal words of `superlatives` ("the most", "die meisten", "más"), looked for
    # with str.find before its pattern runs (empty: superlatives are not read there).
    superlative_words: tuple[str, ...] = ()
    # Adverbs between the country and the verb of counting ("Qatar also counts eight",
    # "México ya suma ocho") and between the verb and the number ("Katar zählt
    # ebenfalls acht", "counts now eight"; literal words).
    closing_subject_adverbs: tuple[str, ...] = ()
    closing_number_adverbs: tuple[str, ...] = ()
    # --- parts of an intake opening their sentence (lcnet.extract.openings) -------------
    # "Tres de esos países entran por primera vez", "Two of them are Mexican": the words
    # for "of these countries" and for "of them" (regex fragments), the literal openings
    # of "of them" (found with str.find; empty: that form is not read), and the literal
    # stems the language's first-time cues and words for capitals hold ("first", "prim",
    # "capita"), one of which must stand in a block for those cues to be tried.
    these_countries: str = ""
    of_them: str = ""
    of_them_words: tuple[str, ...] = ()
    cue_stems: tuple[str, ...] = ()
    # --- dates and ranks (lcnet.extract.historic, lcnet.extract.ranks) -----------------
    # A sentence that opens by saying what the figure before it is, and so dates it:
    # "That was the count after the September 2022 round", "Esa es la cifra de septiembre
    # de 2022", "Đó là con số sau đợt công nhận tháng 9/2022" (a regex fragment, matched
    # where the next sentence opens; historic.dated_by_the_next; empty: not read).
    that_figure: str = ""
    # Plural verbs of being or becoming before two members' ranks: "Trieste e Lucca sono
    # la quarta e la quinta", "Brescia et Cividale sont la septième et la huitième"
    # (literal; ranks._coordinated; empty: not read).
    plural_rank_verbs: tuple[str, ...] = ()
    # The text's own city as the subject right before a verb of rank: "el municipio
    # (sabanero) se convierte en la novena", "nuestra ciudad", "la commune", "the city" (a
    # regex fragment, the article written in; lcnet.extract.ranks; empty: not read).
    self_subjects: str = ""
    # The prepositions before the year of the next member's rank: "Trieste fu la quinta;
    # Reggio Calabria nel 2022 la sesta" (literal).
    rank_year_prepositions: tuple[str, ...] = ()
    # --- parts of an intake by place (lcnet.extract.newcomers) ---------------------------
    # "Entre las 72 admitidas hay dos municipios mexicanos", "Von den Neuzugängen stammen
    # 21 aus Asien und dem Pazifik", "Dos 54 novos membros, três são da região da Ásia".
    # Literal words: "among" opening a set of newcomers (it names the intake); the
    # articles before a place (there and in a part of a figure: "dont sept dans les
    # Hauts-de-France", lcnet.extract.subsets); the words for "region" before a region's name; the
    # prepositions before a part's place besides `place_connectors` ("a", "à", "in",
    # "to"); "national" after a place ("capitales nacionales"); the `copulas` that are
    # adverbs ("now", "ora"), no verb between a number and its place. A regex fragment of
    # the connectors elided onto the place ("d", "dell": "d'Asie", "dell'Africa").
    among_words: tuple[str, ...] = ()
    place_articles: tuple[str, ...] = ()
    region_words: tuple[str, ...] = ()
    part_connectors: tuple[str, ...] = ()
    national_words: tuple[str, ...] = ()
    copula_adverbs: tuple[str, ...] = ()
    elided_connectors: str = ""
    # An attribute of several words between a number and its unit noun (Attributes); None:
    # not read.
    attributes: Attributes | None = None
    # Nouns that name a group of newcomers, not a unit: "Avec ce nouvel apport, venu de 35
    # pays", "questa infornata", "this cohort" (whole words; with a verb of origin they make
    # the countries an intake's: lcnet.extract.origins).
    group_nouns: tuple[str, ...] = ()
    # A figure denied (lcnet.extract.hypothetical): the words that answer a question "no"
    # ("¿Son 500 ciudades? No, son 425.", "Est-ce vrai ? Non."); the words of negation
    # right before a figure denied after the one that holds ("54 ciudades y no 55", "54,
    # not 55", "là 54, không phải 55"), and the conjunctions that may stand before them
    # (a comma always may). Literal, lower case; empty: not read.
    answer_no: tuple[str, ...] = ()
    denial_links: tuple[str, ...] = ()
    denial_words: tuple[str, ...] = ()
    # A count said in talk by a copula that holds its subject, opening its clause or after
    # a word of "that" or of opinion, the cities said before: "Yo tenía entendido que eran
    # unas 300", "Secondo me sono già 500", "manteve que \"são 15\"": the copulas
    # (literal, lower case) and the openers besides Language.that_words (literal).
    subjectless_copulas: tuple[str, ...] = ()
    subjectless_openers: tuple[str, ...] = ()
    # A fact-check's verdict opening its paragraph, before the number it confirms or
    # corrects: "Verdade. Dezassete, de facto." counts what the claim quoted before it
    # counts ("Portugal tem dezassete cidades na rede") (literal, lower case).
    verdict_words: tuple[str, ...] = ()
    # Words that tell someone to stop saying what follows, before the figure in its
    # sentence: the figure is denied, no statement ("arrêtez de dire que c'est un réseau
    # de plus de 600 villes", "stop saying the network has 600 cities") (regex fragments).
    denied_sayings: tuple[str, ...] = ()
    # A figure put to doubt by the question right after its sentence, then rejected by the
    # answer: the questions of doubt ("Is that right?", "Which figure should we use?",
    # "Stimmt das?", "C'est vrai ?"; the question's words, without its mark) and the words
    # of an answer that says the figure was never right ("was an error", "ein Fehler",
    # "c'est faux"; an answer_no word too). "Outdated" is no rejection: a source's old
    # figure still in use is stale, not withdrawn. Literal, lower case; empty: not read.
    doubt_questions: tuple[str, ...] = ()
    rejection_words: tuple[str, ...] = ()
    # What may follow the number of a count given by a verb, which ends its clause
    # (lcnet.extract.predicates): the prepositions of place and time and the conjunctions
    # besides `conjunctions` ("294 en 2022", "229 à l'automne 2020"; literal), and the words
    # of a time of day that make the number no count ("llega a las diez de la mañana",
    # "at ten o'clock": a regex fragment after the number; "h" and "10:30" are read in
    # every language).
    count_ends: tuple[str, ...] = ()
    clock_words: str = ""
    # The articles before a member's rank set after its name: "Chinhoyi, the second",
    # "Lucca, la quarta" (lcnet.extract.joining; literal, lower case, elided forms written
    # with their apostrophe).
    apposed_articles: tuple[str, ...] = ()
    # Words of awarding after a count in its clause: the cities are an award's winners,
    # not members ("wurden 16 Städte aus aller Welt ausgezeichnet", "were honoured";
    # literal, lower case).
    award_words: tuple[str, ...] = ()
    # Words of hearsay in a sentence that ends as a question: its figure is asked about,
    # not stated ("听说网络已有400多个城市, 是真的吗?", "400都市あると聞きましたが本当ですか?";
    # literal, lower case; lcnet.extract.engine._asked_hearsay).
    hearsay_words: tuple[str, ...] = ()
    # "How many", the words of a question a bare number answers: "¿Cuántas ciudades
    # colombianas hacen parte? Seis" (a regex fragment; its noun follows it, or, where
    # words touch, stands anywhere in the question: "加盟都市はいくつ"). A language
    # without it reads no answers (lcnet.extract.elliptic.answered_counts).
    how_many: str = ""
    # The words of a question of the network's size with no "how many": "how big is the
    # network", "mạng lưới bây giờ lớn đến đâu", "网络现在有多大" (a regex fragment); with
    # the network referred to in the question (Language.network_references), a bare
    # number answers with its member cities.
    size_questions: str = ""
    # A figure said again by pointing back at its first saying: the articles before its
    # number ("the", "die", "les") and the words after it (regex fragments: "i said", "die
    # ich (?:genannt|erwähnt) habe", "dont j'ai parlé"): "Ours is more like the 180 I
    # said" counts what the 180 said before counts (lcnet.extract.elliptic.repeated).
    repeat_articles: tuple[str, ...] = ()
    repeat_markers: tuple[str, ...] = ()
    # The words that call a bare number opening its sentence the right one: "Mehr als 350
    # trifft es", "425 is closer", "plus de 350, c'est plus juste" (regex fragments; the
    # number counts what the unit noun said last counts: lcnet.extract.elliptic.fitting_counts).
    fitting_words: tuple[str, ...] = ()
    # ... and the verbs of keeping to a figure said before ("Stick with 425 until UNESCO
    # announces another round", "Bleiben Sie bei 425"; literal, lower case).
    repeat_verbs: tuple[str, ...] = ()
    # The openers of a question that names a country alone, which asks for that country's
    # cities: "and in" Ireland?, "what about" Ireland?, "und in" Deutschland?, "et en"
    # France ? (literal, lower case; lcnet.extract.elliptic._asked_of_a_country).
    country_questions: tuple[str, ...] = ()
    # The words that may open an answer before its number: "there were 72", "il y en a
    # 91", "son 91", "es sind 91", "答案是425" (literal, lower case).
    answer_leads: tuple[str, ...] = ()
    # Where words touch: the ends of a question written with no question mark ("…加盟して
    # いるのでしょうか。": literal, the last character a full stop), what may open its
    # answer before the number (a regex fragment: an assembly's minutes name the speaker,
    # "◯生涯学習課長(…)", and open with a formula, "お答えいたします。"), and the words
    # that may follow the number ("でございます", "です"; literal).
    question_ends: tuple[str, ...] = ()
    answer_openers: str = ""
    answer_ends: tuple[str, ...] = ()
    # The short words that may stand between "how many" and its noun: "how many of the
    # cities", "combien de les villes", "quanti i comuni" (literal, lower case; with a
    # demonym or a modifier_before, at most three words: any other word is a noun of its
    # own, "how many years"; lcnet.extract.elliptic._asked).
    ask_links: tuple[str, ...] = ()
    # The words of "today" or "now" that may follow a bare answer: "How many? 425
    # today", "Combien ? 425 aujourd'hui" (regex fragments, each a word).
    answer_nows: tuple[str, ...] = ()
    # The words of "only" and "just" an answer's number may follow: "Just one: Lausanne",
    # "Nur eine: Lausanne", "Apenas uma" (literal, lower case).
    answer_just: tuple[str, ...] = ()
    # The articles that are the number one in an answer when a word of "single" (answer_only)
    # follows: "Eine einzige: Lausanne", "Une seule", "Uma só" (literal, lower case); the
    # words of "single" may also follow a number ("Just one only").
    answer_ones: tuple[str, ...] = ()
    answer_only: tuple[str, ...] = ()
    # The words of "now" and a verb of being right before a bare count that updates the
    # figure before it: "115 Mitglieder aus 28 Ländern. Inzwischen dürften es um die 180
    # sein", "thêm 72 thành phố, giờ là 425", "Now there are about 180", "hoy son 425"
    # (by their word of "now", found by str.find: regex fragments that hold it; "{n}"
    # stands for the number and its qualifier where words follow it, else it follows the
    # fragment). The number is read as the network's total, as after a noun of counting,
    # when the sentence before ends on the unit noun (lcnet.extract.elliptic.stated_totals).
    now_totals: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    # The words that link a sentence's opening noun to its bare count, as a label's colon
    # would: "Mitglieder sind es deutlich weniger als 200", "Des villes membres, il y en
    # a 425" (literal, lower case; the noun is read as a label, lcnet.extract.tables.
    # label_of; lcnet.extract.elliptic.stated_totals).
    label_links: tuple[str, ...] = ()
    # The words that name a number the answer to the question before, anywhere in the
    # first sentence after it: "How many cities belong to it? After the last round, the
    # answer is 425" (literal, lower case).
    answer_words: tuple[str, ...] = ()
    # The words that open a question asking for something other than a count: "¿Qué
    # ciudades colombianas hacen parte? Seis" names no count (literal, lower case; a
    # question opened by one is not read as a label).
    question_words: tuple[str, ...] = ()
    # "Or" between two numbers of one noun: "294 or 292 cities", "294 o 292 ciudades"
    # (literal; Language.conjunctions are read there too: lcnet.extract.elliptic.coordinated).
    alternatives: tuple[str, ...] = ()
    # Words of adding right before or after a bare number that count more of what the
    # figure before it in its sentence counts: "77 Städte kamen hinzu, 2025 weitere 72",
    # "64 villes en 2024, puis 72 de plus" (literal; lcnet.extract.elliptic._added).
    added_words: tuple[str, ...] = ()
    # Words that say a count of others is beyond a city told before it, where "others"
    # opens the count with no word of company: "ingresaron además otras 71", "também
    # entraram outras 71", "sono entrate anche altre 71" (the subject is one more); with
    # none of them, "se sumaron otras 72 ciudades" is another 72 (literal, lower case;
    # lcnet.extract.metric).
    also_words: tuple[str, ...] = ()
    # Words of "all" right before a count of countries: "Mitglieder kommen jetzt aus allen
    # 91 Ländern", "members from all 91 countries": the whole network's countries, never
    # an intake's, whatever verb of joining is near (literal, lower case; lcnet.extract.
    # metric).
    all_words: tuple[str, ...] = ()
    # The words that lead from an intake to the total it brought, right before a bare
    # number: "grew by 72 cities to 425", "72 neue Städte, insgesamt auf 425", "72 villes,
    # passant à 425", "taking it to 425" (literal, lower case; the intake's figure then a
    # comma or nothing before them; lcnet.extract.elliptic._reached).
    reached_words: tuple[str, ...] = ()
    # The words that may follow a bare count in its clause without being its noun:
    # prepositions, auxiliaries, adverbs ("e 72 em 2025", "72 more were added", "und 72
    # im Dezember"); any other word after a bare number is the number's own noun ("and
    # the city opened 30 libraries"), and the number takes no unit from the figure before
    # (lcnet.extract.elliptic._own_noun). Literal, lower case; empty: not checked.
    count_followers: tuple[str, ...] = ()
    # A pronoun after a bare number that stands for a unit noun said before: "the network
    # counts 425 of them", "la red cuenta ya 425 de ellas" (literal, lower case;
    # lcnet.extract.elliptic.pronoun_counts).
    pronoun_parts: tuple[str, ...] = ()
    # A clitic pronoun before the verb of a bare count: "le réseau en compte 425", "la
    # rete ne conta 425" (literal; a word or two, then the number, follow it).
    count_clitics: tuple[str, ...] = ()
    # A subject pronoun and its copula opening a sentence, before a bare number: "La
    # liste des villes admises est parue. Elles sont 72 au total", "Fueron 64, procedentes
    # de 35 países" (literal, lower case; the number stands for the unit noun said last
    # before it, as after pronoun_parts; lcnet.extract.elliptic.pronoun_counts).
    pronoun_subjects: tuple[str, ...] = ()
    # --- which count a figure states (lcnet.extract.metric) -------------------------------
    # The words that open an aside listing names, set off by commas, between a country and
    # the verb of its count: "l'Arabie saoudite, avec l'entrée de Riyad, d'AlUla et de
    # Djeddah, compte" (literal, lower case; lcnet.extract.metric._country_before).
    aside_list_openers: tuple[str, ...] = ()
    # The prepositions of "of" (a genitive), with their contractions: "a rede de
    # bibliotecas" (a network of something else), "las candidaturas de 77 ciudades",
    # "l'ingresso di Lucca e di Trieste" (literal, lower case; lcnet.extract.metric).
    of_words: tuple[str, ...] = ()
    # The prepositions of "from" that may tie a noun of applying to its count, besides
    # `of_words`: "the applications from 64 cities", "Bewerbungen aus 120 Städten"
    # (literal).
    from_words: tuple[str, ...] = ()
    # Nouns of joining whose "of" (`of_words`) names the ones who join: "l'ingresso di Lucca
    # e Trieste", "l'admission de Brest et de Nanterre", "die Aufnahme von" (literal, lower
    # case; lcnet.extract.metric._named_after_noun).
    joining_nouns: tuple[str, ...] = ()
    # Where words touch, the particles after a subject or topic that may stand between it
    # and the countries it spreads over: "77都市は、44か国にまたがる" (literal).
    subject_particles: tuple[str, ...] = ()
    # Where words touch, the particles of a topic: a comma after one goes on with its clause
    # ("申請した都市は、", "신청한 도시는,"; literal, one character each).
    topic_particles: tuple[str, ...] = ()
    # Where words touch, the words after a country that make it the topic of its sentence:
    # "韓國是成員最多的國家", "韓国は", "한국은" (literal; lcnet.extract.metric._topic_country).
    topic_markers: tuple[str, ...] = ()
    # A short modifier that may stand before that country: "鄰近的韓國" (a regex fragment).
    topic_modifier: str = ""
    # The words of "has" that open a clause with no subject of its own, whose count is then
    # the topic's: "已有40多個城市加入", "すでに40都市以上が", "이미 40여 곳이" (regex fragments).
    has_openings: tuple[str, ...] = ()
    # Relative words of possession after a part of an intake, which tell its application as
    # its past: "deux villes françaises, Brest et Nanterre, dont les candidatures avaient
    # été transmises" (regex fragments).
    whose_words: tuple[str, ...] = ()
    # The network's size right before a figure: "una red de", "un réseau de", "a network of"
    # (literal; a quotation mark may follow): the network a candidate would join.
    network_of: tuple[str, ...] = ()
    # Where the predicate comes last, "but" closing a clause: "参加しているが、",
    # "있지만", a full-width comma then "但" (regex fragments): a figure's clause ends
    # there. In every language, a correction notice's or a disowned report's reach ends
    # there too ("Một số báo đưa tin “47 quốc gia”, nhưng con số chính thức là 46").
    contrast_ends: tuple[str, ...] = ()
    # What a word of applying may be for other than the network, a programme or an award:
    # "candidatos ao Programa ECOXXI", "applied for the award" (regex fragments, an optional
    # preposition or article then the noun).
    other_calls: tuple[str, ...] = ()
    # Where words touch, the words of "when" right after a word of applying: "申请时", "申請の際",
    # "신청할 때" (the time of applying, not applicants counted; literal).
    when_words: tuple[str, ...] = ()
    # The adjectives of "the only", a rank of one: "a única cidade portuguesa admitida"
    # (literal; the ordinals give them the value 1; lcnet.extract.metric._only_joined).
    only_adjectives: tuple[str, ...] = ()
    # "Our country", the writer's: "le città del nostro Paese salgono a otto" (literal; the
    # country the sentence named before it).
    our_country: tuple[str, ...] = ()
    # A clause that opens on a country, its preposition and article before the name: "In
    # Italia", "En France,", "Nel Regno Unito" (regex fragments;
    # lcnet.extract.metric._opening_place).
    opening_places: tuple[str, ...] = ()
    # Words of negation, which end the words that describe a whole before what it is:
    # "Eleven of the cities admitted are not capitals" (regex fragments, each a word).
    negations: tuple[str, ...] = ()
    # The word "with" of languages where it opens no "others" with their noun left out:
    # "avec trois autres villes" (literal; besides `company_words`).
    with_words: tuple[str, ...] = ()
    # The auxiliaries of a passive: "were admitted", "wurden aufgenommen" make cities the
    # subject, not the agency (literal; lcnet.extract.metric._agency_admits).
    passive_auxiliaries: tuple[str, ...] = ()
    # The active verbs of an agency admitting cities: "UNESCO admitted 38 more cities", "hat
    # das UNESCO-Institut 38 weitere Städte aufgenommen" (literal; empty: not read).
    admitting_verbs: tuple[str, ...] = ()
    # Prepositions and conjunctions that may end a list of names before the count it is
    # counted with: "... e ad altre 70", "... and with 70 others" (literal, lower case).
    list_ends: tuple[str, ...] = ()
    # The articles and the nouns of a town that open an aside between commas after a name:
    # "Libreville, la capitale, et Makokou", "Lucca, città delle mura, e Trieste" (literal,
    # elided articles written with their apostrophe).
    aside_articles: tuple[str, ...] = ()
    aside_nouns: tuple[str, ...] = ()
    # Words between a subject and its verb of joining: auxiliaries, clitics, adverbs of time
    # ("Lucca e Trieste sono così entrate"; literal, lower case).
    before_verb_words: tuple[str, ...] = ()
    # Where a subject's clause opens inside its sentence: the subordinators ("da quando",
    # "lorsque", "when"), the times said before the subject ("lo scorso anno", "yesterday")
    # and the prepositions before a year ("nel 2020", "en septembre 2020") (regex fragments;
    # the prepositions literal).
    subordinators: tuple[str, ...] = ()
    time_openers: tuple[str, ...] = ()
    year_prepositions: tuple[str, ...] = ()
    # A subject counted by a number word: the articles and demonstratives before it, and the
    # words before a year it may end with: "Las tres elegidas este 2020", "Les deux villes
    # retenues" (literal).
    numbered_articles: tuple[str, ...] = ()
    numbered_years: tuple[str, ...] = ()
    # Both of a subject's cities, counted by the word: "ambos municipios", "as duas
    # cidades", "les deux villes" (regex fragments, the word, an article, a noun of cities).
    both_forms: tuple[str, ...] = ()
    # "Into the network", where the subject of a verb of joining is named after it: "a la
    # red", "na rede", "nella rete" (regex fragments).
    into_the_network: tuple[str, ...] = ()
    # The definite article of the others a subject joins, right before the figure: the
    # members already there ("junta-se às outras 14", "si aggiunge alle altre 14", "rejoint
    # les 14 autres", "joins the other 14"; regex fragments).
    the_others: tuple[str, ...] = ()
    # The noun "region" after a region's name: "the Asia-Pacific region has" (literal).
    region_nouns: tuple[str, ...] = ()
    # A region or a country gets its share of an intake: the auxiliaries and verbs of
    # getting ("L'Afrique a obtenu dix-sept places", "Africa won seventeen places"), and the
    # verbs of placing besides them, with "new" said ("La Chine obtient cinq nouvelles
    # villes", "Africa sends seven new members") (literal, lower case).
    got_verbs: tuple[str, ...] = ()
    placed_verbs: tuple[str, ...] = ()
    # The verbs of placing that say a country's share of an intake with no word "new":
    # "Le Cameroun y place trois communes", "Colombia coloca tres ciudades", "il Camerun
    # vi piazza tre comuni", "o Brasil emplaca duas cidades" (literal, lower case; the
    # count is the country's new cities: lcnet.extract.metric).
    share_verbs: tuple[str, ...] = ()
    # Where words touch, what may stand between a region and its count: "地区", "지역",
    # a particle of topic or possession and "has": "亚太地区有20个",
    # "アジア太平洋地域は20都市" (a regex fragment).
    region_owner_gap: str = ""
    # The word "side" that makes a country's adjective its owner: "Côté français, on en est
    # à huit", "On the French side" (literal).
    side_words: tuple[str, ...] = ()
    # The relative adverb of place after a country: "Thailand, where ten cities have joined"
    # (literal).
    where_words: tuple[str, ...] = ()
    # Where words touch, a country then the names of its cities, as many as its count: what
    # may stand between the country and the names (who announced them, "タイ政府は19日、"; the
    # particles and words of "as for", "からは", "則只有"; regex fragments) and what joins the
    # names (a character class body: "、と", "、和与與及"; lcnet.extract.metric._listed_in_full).
    list_announcers: tuple[str, ...] = ()
    list_linked: tuple[str, ...] = ()
    name_joins: str = ""
    # The articles before a country's name at a sentence's start or in a list of countries:
    # "Le Chili fait son entrée", "O Chile estreia-se", "Le Bénin, le Chili et 11 autres
    # pays" (literal, elided forms written with their apostrophe).
    country_articles: tuple[str, ...] = ()
    # The common noun of the network, whose presence a verb after its countries says: "Das
    # Netzwerk ist in 91 Ländern vertreten" (literal).
    network_nouns: tuple[str, ...] = ()
    # Demonstratives before a subject that stands for the cities of the figure before: "Ces
    # villes, réparties dans 46 pays" (literal).
    demonstratives: tuple[str, ...] = ()
    # The prepositions of "into" or "in" after a list of names that a noun of joining is of:
    # "l'ingresso di Lucca e Trieste nella rete" (literal).
    into_words: tuple[str, ...] = ()
    # --- counts whose noun is left out, and their parts (lcnet.extract.elliptic) ----------
    # The words of "of them" right after a number, which make it a part of the figure
    # before: "and 12 of them are African", "dont 13 d'entre elles", "7 di cui" (regex
    # fragments; lcnet.extract.elliptic).
    part_words: tuple[str, ...] = ()
    # The words of a part before its number: "46 pays, dont 13 qui n'avaient jusque-là
    # aucune ville" (regex fragments).
    part_before_words: tuple[str, ...] = ()
    # The words that open a sentence's whole, whose part follows the comma: "Of the 425
    # cities, 72 joined", "De las 425 ciudades, 72" (regex fragments, before the number).
    whole_openers: tuple[str, ...] = ()
    # The words after the number of a count whose verb comes first and whose noun is left
    # out, where its clause goes on: "son 425 en la red", "sono 425 nel mondo" (literal).
    elided_ends: tuple[str, ...] = ()
    # The prepositions of place before a reference to the network after a count: "Ya son 425
    # en la red", "Já são 425 na rede" (literal).
    network_places: tuple[str, ...] = ()
    # The prepositions of time that may open the clause of a count whose noun is left out:
    # "Antes de esa convocatoria eran 356", "Prima dell'ultima tornata erano 356" (literal;
    # a word before an elided vowel without it: "jusqu").
    time_prepositions: tuple[str, ...] = ()
    # The words that open a reported clause: "Leggo su un altro blog che ormai sarebbero
    # oltre 120" (literal; an elided "qu'" reads as "que").
    that_words: tuple[str, ...] = ()
    # The words that open a part of the figure before, placed by an adjective: "9 villes des
    # États arabes, dont trois qataries", "64 nuevas ciudades, entre ellas tres colombianas"
    # (literal).
    part_openers: tuple[str, ...] = ()
    # The pronouns of "of them" before a part's place: those that can only be the cities'
    # ("seize d'entre elles sont africaines", "sette di queste"; feminine where cities are),
    # and the others, which may be the countries' too ("12 of them are African") (regex
    # fragments).
    of_them_cities: tuple[str, ...] = ()
    of_them_others: tuple[str, ...] = ()
    # What may follow the number of a bare count after its verb where its clause goes on: a
    # conjunction, a preposition of time or place, "of them" ("en 2022 entraron 77 y ...",
    # "ne sono entrate 77 nel 2022"; regex fragments, each a word).
    joined_ends: tuple[str, ...] = ()
    # The words that may end the network's name before its verb: "... del Aprendizaje de la
    # UNESCO" (literal; "unesco" and "gnlc" end it in every language).
    name_tail_words: tuple[str, ...] = ()
    # Adverbs that may stand between a country and its verb of having, or between the verb
    # and its number: "Tailandia tiene ya 13", "Thailand now has 13" (literal).
    having_adverbs: tuple[str, ...] = ()
    # The articles (or "another") that say one where a place follows them: "une du Chili",
    # "una del Cile", "eine aus Chile", "outro de Cabo Verde" (literal; number patterns
    # leave them out).
    one_words: tuple[str, ...] = ()
    # The words that may follow a stated total, a place or a time after it: "the total is
    # 425 in 91 countries", "la cifra asciende a 425 desde 2025" (literal, each a word; a
    # mark may always follow).
    stated_followers: tuple[str, ...] = ()
    # --- dates (lcnet.extract.historic) ---------------------------------------------------
    # An apposition after a figure that dates it as a document's number: "..., un chiffre de
    # l'été 2016", "..., dati del 2019", "..., a figure from 2016" (regex fragments, an
    # article and a noun of figures; lcnet.extract.historic).
    document_figures: tuple[str, ...] = ()
    # Words after "after" that start no member's name: "after the 2024 round", "nach ihrem
    # Beitritt 2019", "après son admission en 2022", "sau khi được công nhận năm 2022" date
    # the rank itself (literal; besides the stop words).
    not_name_words: tuple[str, ...] = ()
    # The words of a clause that only sets the time of the next: "Era il settembre 2020, e",
    # "C'était en septembre 2020, et", "It was September 2020, and", "Fue en 2020 y"
    # (literal).
    setting_words: tuple[str, ...] = ()
    # Where words touch, what says "as of" after a date: "2024年2月時点", "2024년 2월 기준",
    # "2024年2月底现在" (a regex fragment, matched at the date's end); the words that say it
    # before the date ("截至2024年2月", literal); and the words that may close it before a colon
    # ("为止", literal).
    as_of_after: str = ""
    as_of_before: tuple[str, ...] = ()
    as_of_closers: tuple[str, ...] = ()
    # The words of "now" that make a list item's label no date's: "· 2017년 5월 자료: 42개국" is
    # of its date, "현재: 356" is not (literal).
    now_words: tuple[str, ...] = ()
    # A list or a tally whose content a colon opens: its date, said before it, is its
    # figures' ("l'elenco dei membri: 115 città", "son décompte : 115 villes", "its list of
    # members: 115 cities"; regex fragments, the noun, its members and "updated").
    list_nouns: tuple[str, ...] = ()
    # Words that make a date opening a clause a bound of a stretch, not the time of an
    # event: "Dès 2016", "Since 2016", "Seit 2016" (literal; a word before an elided vowel
    # without it: "jusqu").
    bounding_words: tuple[str, ...] = ()
    # The word for an era's first year, instead of its number: "令和元年" is 2019 (Language.
    # eras).
    era_first_year: str = ""
    # Where words touch, the counters after a year and a month in a date: "2016년 8월",
    # "2020年9月" (literal; a timeline's line may open with them).
    year_counters: tuple[str, ...] = ()
    month_counters: tuple[str, ...] = ()
    # --- the grammar's patterns (lcnet.extract.grammar) -----------------------------------
    # Where words touch, the words that close a list of a country's cities before their
    # count: "국내에서는 안성시와 서울 강동구 등 3곳", "北京、上海等12个城市",
    # "岡山市など2市" (regex fragments; lcnet.extract.grammar).
    list_closers: tuple[str, ...] = ()
    # Where words touch, the prefixes of an ordinal before its digits: "第15个城市", "제3"
    # (literal): a figure may start there.
    ordinal_prefixes: tuple[str, ...] = ()
    # What a count of members is never followed by: a share ("30 per cent", "30 por ciento";
    # regex fragments) or money ("300 euros", "300 dólares"; literal names of currencies;
    # symbols and codes such as "€", "usd", "chf" in every language).
    percent_words: tuple[str, ...] = ()
    money_words: tuple[str, ...] = ()
    # Short words that glue a phrase's words but never end a number or a modifier alone:
    # "vingt et un", "nine of the new members" (literal).
    glue_words: tuple[str, ...] = ()
    # --- counters and titles where words touch (counters, sentence) ---------------------
    # Where words touch, the letters a counter starts with: a country's counter word
    # ("64개국", "79か国", "91个国家") counts what precedes it, never a bare count after it (a
    # string of letters; lcnet.extract.counters).
    counter_letters: str = ""
    # Unit linkers that count people, never cities alone: "名" (literal).
    person_counters: tuple[str, ...] = ()
    # Where words touch, the particles that may follow a bare counter ending its clause:
    # "회원 도시: 64개국 229개가", "现在已经有59个了" (a regex fragment).
    counter_particles: str = ""
    # The mark of a relative clause before its noun, alone between a figure and the
    # network's name: "356个城市的网络" (literal; lcnet.extract.sentence).
    relative_linkers: tuple[str, ...] = ()
    # A document's title in brackets that names learning, and the nouns of such a document:
    # "《学习型城市建设手册》", "『生涯学習まちづくりハンドブック』",
    # "『평생학습도시 안내서』": a network named inside it names the document, not the
    # figure's network (regex fragments; lcnet.extract.sentence.in_a_document_title).
    title_learning: tuple[str, ...] = ()
    title_documents: tuple[str, ...] = ()
    # --- ranks (lcnet.extract.ranks) ------------------------------------------------------
    # The articles before each of two members' ranks after a plural verb: "Trieste e Lucca
    # sono la quarta e la quinta", "are the fourth and the fifth" (regex fragments;
    # lcnet.extract.ranks).
    coordinated_articles: tuple[str, ...] = ()
    # The articles at the end of a rank verb that are also written elided before a vowel: "è
    # la" is also "è l'ottava", "est la" also "est l'une" (literal).
    elided_articles: tuple[str, ...] = ()
    # The articles before the place a rank is told in: "la terza in Italia", "die vierte in
    # der Schweiz" (literal, elided ones with their apostrophe).
    rank_place_articles: tuple[str, ...] = ()
    # --- the smaller readers (adjectival, relevance, tables, phrase, changes, numbers) ---
    # The preposition of "of" and the article before the country a rank whose noun is left
    # out belongs to: "l'ottava d'Italia", "la novena de Colombia" (regex fragments, each
    # ending where the country's name starts; lcnet.extract.adjectival).
    rank_place_links: tuple[str, ...] = ()
    # What may follow a count given by a verb after a country's adjective as a noun, where
    # its clause goes on: "le italiane sono otto su 425", "sono due e ..." (literal).
    subject_count_ends: tuple[str, ...] = ()
    # The articles that open an apposition after a name ("Hanoi, a Creative City since
    # 2019,"; indefinite) and those that may open one after the network's name besides them
    # ("The UNESCO GNLC, the global alliance of 356 cities"; definite): the name or the noun
    # in apposition is no other body owning a figure (regex fragments;
    # lcnet.extract.relevance).
    apposition_indefinites: tuple[str, ...] = ()
    apposition_definites: tuple[str, ...] = ()
    # The ordinal suffixes of a day's number before a month: "1er mai", "1º de mayo" (a
    # label so dated is the day's news, not a month's figure; literal).
    day_suffixes: tuple[str, ...] = ()
    # Linkers between a number and its unit that make a part of a count: "nine of the new
    # members", "neun der neuen Mitglieder" (literal; lcnet.extract.phrase).
    partitive_linkers: tuple[str, ...] = ()
    # Where nothing separates words, a clause of joining right before a count's number word:
    # "算上此次入选的三市", "新加入的兩市" (a regex fragment, ending at the number).
    joined_before: str = ""
    # Where words touch, the particle between a year and the number it dates: "2016年的115个",
    # "2016年の115都市", "2016년의 115개" (literal; lcnet.extract.changes).
    year_possessives: tuple[str, ...] = ()
    # Where words touch, the letters a number written in words starts with: "由一百一十五个" (a
    # character class body).
    numeral_letters: str = ""
    # The indefinite articles before a round number as a noun: "une dizaine", "una decina",
    # "un centenar", "uma dezena", "a dozen", "ein Dutzend" (literal; with one, the noun
    # counts one of them, about: lcnet.extract.numbers.read_number, lcnet.extract.phrase).
    indefinite_articles: tuple[str, ...] = ()
    # A clause opening with a place that scopes its small count to a part of the world
    # (lcnet.extract.metric): the prepositions and articles before the place ("sur le",
    # "nel", "on the": regex fragments, a space after each) and the words for a continent
    # that name none ("le continent", "il continente", "the continent": literal, lower
    # case). "En Afrique, 17 villes ont été retenues" is Africa's share; "Sur le continent,
    # 17 villes ont été retenues" is some continent's, not the intake: it is not read.
    region_openers: tuple[str, ...] = ()
    continents: tuple[str, ...] = ()


@cache
def language(code: str) -> Language:
    """The data of one language; a KeyError for a code not in CODES."""
    if code not in CODES:
        raise KeyError(code)
    module = import_module(f"{__name__}.{code}")
    data: Language = module.LANGUAGE
    return data._replace(regions=_any_dash(data.regions))


# The hyphen of a compound region name as outlets type it: an en or em dash, spaced or
# not ("Asia<en dash>Pacific", "châu Á <en dash> Thái Bình Dương", "Asie <em dash>
# Pacifique"), or a non-breaking hyphen. Every language's "asia-pacific" is all of them.
_DASHES = ("-", "\u2010", "\u2011", "\u2013", "\u2014")


def _any_dash(regions: Mapping[str, str]) -> Mapping[str, str]:
    variants = {
        re.sub(r"\s*-\s*", joint, name): region
        for name, region in regions.items()
        if "-" in name
        for dash in _DASHES
        for joint in (dash, f" {dash} ")
    }
    return MappingProxyType({**variants, **regions})


def supported(code: str) -> bool:
    return code in CODES


__all__ = [
    "CODES",
    "Attributes",
    "Correction",
    "Language",
    "Role",
    "Unit",
    "Zeros",
    "language",
    "supported",
]
