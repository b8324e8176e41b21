"""A language's data compiled into the regular expressions the engine runs.

Every pattern matches lower-cased text (the engine lower-cases each text once, keeping
its length), so none needs re.IGNORECASE, which would make the scan several times slower.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from typing import NamedTuple, TypeVar

from lcnet.extract.firsts import character_set, first_characters, first_ranges
from lcnet.extract.lang import Language, Role, Unit, language
from lcnet.extract.numbers import alternation, number_pattern, one_articles, word_letters
from lcnet.model import Qualifier

_GROUP = re.compile(r"\([^()]*\)[?*+]?")
_OPTIONAL_CHAR = re.compile(r"(?:\\.|\[[^]]*\]|.)[?*]")
_META = re.compile(r"\\[a-zA-Z]|\[[^]]*\]|[()?|*+{}.^$\\]")


class Spacing(NamedTuple):
    """What stands between the words of a figure phrase, and what ends a word.

    Spaced languages: "\\w" on both sides, a space between words. Where words touch
    (Language.attached) no space is needed, and the letters of the CJK scripts end no
    word ("356개 도시가", "425个城市"); where nothing separates words (Language.unspaced)
    they start none either.
    """

    start: str  # a class body: what may not stand before a word
    end: str  # ... nor after it
    gap: str  # between the words of a phrase: "[\\s-]+" or "[\\s-]*"
    space: str  # "\\s+" or "\\s*"

    def not_after(self, extra: str = "") -> str:
        """A lookbehind: no word letter (nor any of `extra`) just before."""
        return rf"(?<![{self.start}{extra}])" if extra or self.start != r"\w" else r"(?<!\w)"

    def not_before(self) -> str:
        return r"(?!\w)" if self.end == r"\w" else rf"(?![{self.end}])"


def spacing(data: Language) -> Spacing:
    touching = data.attached
    return Spacing(
        word_letters(data, start=True),
        word_letters(data, start=False),
        r"[\s-]*" if touching else r"[\s-]+",
        r"\s*" if touching else r"\s+",
    )


class UnitGroup(NamedTuple):
    """Unit nouns that start alike, found in one pass with str.find."""

    prefix: str
    nouns: tuple[str, ...]  # longest first
    # On the reversed text, from the character before a unit: may a figure end there?
    figure_end: re.Pattern[str]
    ranked_after: re.Pattern[str] | None  # a unit and its ordinal after it: "thành phố thứ sáu"


class Grammar(NamedTuple):
    language: Language
    gate_words: frozenset[str]  # words that may end a number written in words
    unit_prefixes: tuple[tuple[str, tuple[str, ...]], ...]  # a prefix and its unit nouns
    unit_groups: tuple[UnitGroup, ...]  # the same, with the patterns that test a unit
    nouns: Mapping[str, tuple[Unit, bool, frozenset[Role]]]  # unit, singular, roles
    modifier_words: frozenset[str]  # words that may stand between a number and its unit
    digit_ends_number: bool  # no modifier word ends in a digit: "425 cities" is a number
    phrase_openers: frozenset[str]  # first words of a figure phrase, digits aside
    # words before a number in digits where its phrase may start: "a franchi la barre des 350"
    digit_steps: int
    before: re.Pattern[str]  # qualifier, number, modifiers: ends where the unit starts
    ordinal_before: re.Pattern[str]  # "vietnam's sixth ", "the fifth vietnamese "
    after: re.Pattern[str]  # modifiers and "or more" after the unit
    ordinal_after: re.Pattern[str]  # "thành phố thứ sáu của việt nam"
    # a number after a rank word after the noun: "ciudad mexicana número 14" (None where
    # the language has no Language.rank_numbers)
    numbered_after: re.Pattern[str] | None
    # where words touch, an ordinal a few characters before a unit: "第15个", "2番目の"
    ordinal_near: re.Pattern[str] | None
    modifier_words_before: re.Pattern[str]  # one modifier, to read the "modifiers" group
    modifier_words_after: re.Pattern[str]
    country_after: re.Pattern[str]  # " in vietnam", " của việt nam"
    region_after: re.Pattern[str]  # " in the asia-pacific region"
    possession_words: frozenset[str]  # may stand between "vietnam" and "six cities"
    country_last_words: frozenset[str]  # the last word of each country's name: "nam"
    pairing_gap: re.Pattern[str]  # "425 cities| from |91 countries"
    # groups "gnlc", "other" (another network) and "programme" (a programme or list)
    network_names: re.Pattern[str]
    gnlc_anchors: tuple[str, ...]  # literal words, one in every name of the GNLC
    # The anchors as patterns that allow any white space between their words: one in
    # every name of the GNLC, of another network or programme, of any of them, and in
    # every reference ("the network").
    gnlc_finders: tuple[re.Pattern[str], ...]  # one each: found as fast as with str.find
    # Literal words, one in every other network's or programme's name; one in every
    # heading of page furniture ("related news"), which matters on a page about the GNLC.
    other_anchors: tuple[str, ...]
    furniture_anchors: tuple[str, ...]
    # Other names that are their anchor, word for word ("related news"): no pattern need
    # confirm them. The anchor (words one space apart): whether it names a network.
    literal_others: Mapping[str, bool]
    # The anchors of every name and of every reference, each set in one pattern that
    # allows any white space between words: for a sentence, one call.
    network_finder: re.Pattern[str]
    reference_finder: re.Pattern[str]
    references: re.Pattern[str]
    reference_anchors: tuple[str, ...]

    cues: re.Pattern[str]  # one group per kind of cue: "total", "intake", "along", ...
    present: re.Pattern[str]
    circulation: re.Pattern[str] | None  # Language.circulation_markers
    historic: re.Pattern[str]  # a marker and a date, groups day, month, year (or era)
    dated: re.Pattern[str]  # what every date holds: a year, or an era's name
    founding: re.Pattern[str]
    quota: re.Pattern[str]  # "each country may nominate three cities": a cap, no count
    member_verbs: re.Pattern[str]  # "are members": with intake cues, words of membership
    # "bringing its membership to 294": groups "qualifier", "number", "plus", and "more"
    # and "country" where the language has them; None when the language has no such form
    membership: re.Pattern[str] | None
    membership_anchors: tuple[str, ...]  # literal words; one starts each match
    # the words of a relative clause of membership (Language.relative_members, and the
    # membership anchors)
    relative_members: tuple[str, ...]
    # "the number of member cities in the GNLC has now reached 425": groups "noun" (the
    # unit counted, if named), "modifiers", "qualifier", "number", "plus"; None when the
    # language has no count heads. Tried where one of `count_heads` starts.
    count_form: re.Pattern[str] | None
    count_first: re.Pattern[str] | None  # the same, its number first (Language.count_verb_first)
    count_heads: tuple[str, ...]
    one_of: re.Pattern[str] | None  # "one of " just before a number (Language.one_of)
    # "to 230 in 64 countries": a bare number before countries, group "number"
    bare_count: re.Pattern[str] | None
    # "the 91-country network": a count one word with its unit (Language.compound_units)
    compound: re.Pattern[str] | None
    earlier_date: re.Pattern[str] | None  # "at the time": dated by the sentence before
    past_states: re.Pattern[str] | None  # "la red tenía": so too (Language.past_states)
    # right after a figure: the figure is the subject of a correction that follows it
    # ("「230都市」はその後訂正された"; Language.corrected_subject)
    corrected_subject: re.Pattern[str] | None
    republished: re.Pattern[str] | None  # "originally published" (Language.republished)
    joined_clause: re.Pattern[str] | None  # "when we joined" (Language.joined_clause)
    # Dates counted from the text's date (Language.relative_dates): one group per kind,
    # "this_year", "last_year", "last_month", with month groups numbered apart; None when
    # the language has none.
    relative: re.Pattern[str] | None
    # The literal words the phrases start from (unit prefixes, membership anchors), as
    # str.find passes: (needle, ((word, offset of the needle in it), ...)). One pass
    # serves words that hold the same needle: "cit" finds "learning cit" too.
    scans: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]
    # The words of `scans` that hold a space, with the part before it: found there too
    # when a line break or two spaces stand for the space ("quốc\ngia", "learning\ncities").
    broken_scans: tuple[tuple[str, str], ...]
    # Where words touch (Language.attached): where a figure phrase may start, to try
    # `before` there (phrase._match_before_touching); None for spaced languages.
    openers: re.Pattern[str] | None
    # Where words touch: a country's name and possession words that end where a figure
    # starts ("中国已有|12个城市", "한국의 |56개 도시"); None for spaced languages.
    country_before: re.Pattern[str] | None
    # the same with a word for a country named before ("国内", "同国"): Language.country_subjects
    subject_before: re.Pattern[str] | None
    # Countries before the cities they hold: "79개국| |356개 도시" (Language.countries_first)
    countries_first: re.Pattern[str] | None
    # A ">" or "<" that opens a line quotes an e-mail or a page ("> 230 members"), in
    # plain text and Markdown; in HTML it is a page's own "&gt; 390 million" (engine.scan).
    quoted_lines: bool = True


# The fields of Language that hold regular-expression fragments of words and phrases.
_FRAGMENTS = (
    "network_names",
    "network_references",
    "other_networks",
    "other_programmes",
    "elsewhere",
    "negative_subjects",
    "intake_cues",
    "total_cues",
    "along_cues",
    "besides_cues",
    "first_time_cues",
    "candidate_cues",
    "present_markers",
    "circulation_markers",
    "still_words",
    "in_use_words",
    "historic_markers",
    "founding_words",
    "quota_cues",
    "member_verbs",
    "subset_cues",
    "group_cues",
    "cumulative_cues",
    "count_verbs",
    "date_forms",
    "origin_words",
    "origin_after",
    "future_cues",
    "speech_cues",
    "among_new_cues",
    "superseded_cues",
    "retraction_cues",
    "newcomer_sets",
)
# Qualifiers written as symbols, the same in every language: "> 390 million inhabitants".
_SYMBOLS = {
    ">": Qualifier.MORE_THAN,
    "\u2265": Qualifier.AT_LEAST,
    "<": Qualifier.FEWER_THAN,
    "\u2264": Qualifier.AT_MOST,
    "~": Qualifier.ABOUT,
    "\u2248": Qualifier.ABOUT,
    "\u00b1": Qualifier.ABOUT,
}
# a symbol may touch its number: "~500 million", ">390 million", "≥ 400"
SYMBOL_STARTS = frozenset(_SYMBOLS)
# An aside in brackets after a name, one line and short: "Sa Đéc (tỉnh Đồng Tháp)",
# "Liège (Belgique)" (subjects in lcnet.extract.metric, lists in lcnet.extract.lists)
ASIDE = r"\s*\([^()\n]{0,60}\)"
BRACKETED_ASIDE = re.compile(ASIDE)
_AFTER_SYMBOL = "(?<=[" + re.escape("".join(_SYMBOLS)) + r"])\s*"
_LOOKBEHIND = re.compile(r"\(\?<[=!]")


def wrapped(phrases: Iterable[str]) -> tuple[str, ...]:
    """The phrases as written, and as hard-wrapped text breaks them at one of their spaces
    ("è\nla sesta in Italia"): literal anchors for str.find."""
    out = set(phrases)
    for phrase in list(out):
        gaps = [index for index, char in enumerate(phrase) if char == " "]
        out.update(f"{phrase[:index]}\n{phrase[index + 1 :]}" for index in gaps)
    return tuple(sorted(out))


def spaced(fragment: str, space: str = r"\s+") -> str:
    """A fragment whose spaces match any run of white space: a name or a phrase broken
    by a line break (soft-wrapped Markdown, hard-wrapped text), a double space or a
    non-breaking space is read as one. In character classes and lookbehinds (which must
    keep a fixed width) a space matches one white-space character."""
    out: list[str] = []
    depth: list[bool] = []  # for each open group: is it a lookbehind?
    for index, char, syntax in regex_characters(fragment):
        if syntax and char == "(":
            depth.append(_LOOKBEHIND.match(fragment, index) is not None)
        elif syntax and char == ")" and depth:
            depth.pop()
        elif syntax and char == " ":
            out.append(r"\s" if any(depth) else space)
            continue
        out.append(char)
    return "".join(out)


def regex_characters(fragment: str) -> Iterator[tuple[int, str, bool]]:
    """Each character of a regex fragment with its index, and whether it is syntax: not
    escaped (nor the backslash that escapes), not in a character class (nor its opening
    bracket). The one walk that spaced() and lcnet.extract.historic (a group's branches)
    read a fragment with."""
    in_class = escaped = False
    for index, char in enumerate(fragment):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            yield index, char, True
            continue
        yield index, char, False


def _spaced_language(data: Language) -> Language:
    """The language with its fragments spaced, and the English names of the network
    added to its own: texts in every language quote "Global Network of Learning Cities"
    and "GNLC"."""
    space = r"\s*" if data.attached else r"\s+"
    fields: dict[str, object] = {
        name: tuple(spaced(f, space) for f in getattr(data, name)) for name in _FRAGMENTS
    }
    if data.code != "en":
        english = tuple(spaced(f) for f in language("en").network_names)
        own = tuple(spaced(f, space) for f in data.network_names)
        fields["network_names"] = tuple(dict.fromkeys((*own, *english)))
    fields["qualifiers"] = {**_SYMBOLS, **data.qualifiers}
    if data.code in _TYPED_WITHOUT_ACCENTS:
        # wire copy typed without accents: "onze municipios", "38 cidades de 23 paises"
        fields["units"] = _with_unaccented(data.units)
        fields["singular_units"] = _with_unaccented(data.singular_units)
        fields["unit_roles"] = _with_unaccented(data.unit_roles)
    fields["membership_before_number"] = spaced(data.membership_before_number, space)
    fields["earlier_date"] = spaced(data.earlier_date, space)
    fields["past_states"] = spaced(data.past_states, space)
    fields["republished"] = spaced(data.republished, space)
    fields["joined_clause"] = spaced(data.joined_clause, space)
    spaced_data: Language = data._replace(**fields)  # type: ignore[arg-type]
    return spaced_data


# Languages whose texts are sometimes typed without their accents (agency copy, old
# keyboards); their unit nouns are read so too. Not Vietnamese (its words differ by their
# marks alone) nor German (its unaccented spellings write "ae", "oe", "ue").
_V = TypeVar("_V")
_TYPED_WITHOUT_ACCENTS = frozenset({"es", "pt", "fr", "it"})


def _unaccented(word: str) -> str:
    parts = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in parts if not unicodedata.combining(c)))


def _with_unaccented(table: Mapping[str, _V]) -> dict[str, _V]:
    """`table` and, for each key with an accent, its key without (the own keys win)."""
    added = {_unaccented(key): value for key, value in table.items()}
    return {**added, **table}


@cache
def grammar(code: str) -> Grammar:
    data = _spaced_language(language(code))
    number = number_pattern(code)
    space = spacing(data)
    gap, blank, end = space.gap, space.space, space.not_before()
    places = [*data.demonyms, *data.regions]
    modifiers_before = alternation([*data.modifiers_before, *places])
    modifiers_after = alternation([*data.modifiers_after, *places])
    ordinal = rf"(?:{alternation(data.ordinals)}){end}|{data.ordinal_digits}"
    countries = alternation(data.country_names)
    # a linker's words too: "nine of the new members" ("of the" is English's)
    # (never a number word: Vietnamese "ba", three, is also a word of "Ba Lan", Poland)
    modifier_words = (
        _words([*data.modifiers_before, *places])
        - frozenset(data.glue_words)
        - frozenset(data.number_words)
    ) | _words(data.unit_linkers)
    numbered = _numbered_after(data, modifiers_after, number, space)
    unit_groups = _unit_groups(data, modifiers_after, ordinal, space, numbered)
    return Grammar(
        language=data,
        gate_words=_gate_words(data),
        unit_prefixes=_prefixes({*data.units, *data.singular_units}),
        unit_groups=unit_groups,
        nouns=_nouns(data),
        modifier_words=modifier_words,
        digit_ends_number=not any(word[-1:].isdigit() for word in modifier_words),
        phrase_openers=_openers(data),
        digit_steps=_digit_steps(data),
        before=re.compile(
            space.not_after("-")
            + _optional("other_pre", data.other_before, blank)
            + _optional("qualifier", data.qualifiers, rf"(?:{blank}|{_AFTER_SYMBOL})")
            + _optional("mark", data.marks, blank)
            # a quote may close after the number: '"more than 100" members', „rund 200“
            + rf"(?P<number>{number})(?P<plus>\+|-plus|-odd)?[*\u2020\u2021]*{_CLOSING_QUOTE}"
            + _optional("after_number", data.qualifiers_after_number, "", lead=blank)
            + _optional("linker", data.unit_linkers, "", lead=blank)
            + _modifiers(modifiers_before, space)
            + rf"{gap}\Z"
        ),
        ordinal_before=re.compile(
            space.not_after("-")
            + rf"(?:(?P<country>{countries})['\u2019]s\s+)?(?P<ordinal>{ordinal})"
            + (rf"(?:{data.rank_clause})?" if data.rank_clause else "")
            + _modifiers(modifiers_before, space)
            + rf"{gap}\Z"
        ),
        # "15 cidades/vilas portuguesas", "12 cities/towns": a second noun after a slash
        after=re.compile(
            r"(?:/[^\W\d_][\w-]*)?"
            + _modifiers(modifiers_after, space, within_item=True)
            + _optional("qualifier", data.qualifiers_after, end, lead=blank)
        ),
        ordinal_after=re.compile(
            _modifiers(modifiers_after, space) + rf"\s+(?P<ordinal>{ordinal})"
        ),
        numbered_after=numbered,
        ordinal_near=re.compile(ordinal) if data.attached else None,
        modifier_words_before=re.compile(
            rf"{space.not_after('-')}(?:{modifiers_before or '(?!)'}){end}"
        ),
        modifier_words_after=re.compile(
            rf"{space.not_after('-')}(?:{modifiers_after or '(?!)'}){end}"
        ),
        # "three members are located in Germany", "drei Mitglieder liegen in Deutschland":
        # a copula may stand before the connector; "three cities from the Philippines",
        # "trois villes de l'Équateur", "tre città dell'Ecuador": an article, or one
        # elided onto the connector or before the name
        country_after=re.compile(
            rf"{blank}(?:(?:{alternation(data.copulas) or '(?!)'}){blank})?"
            rf"(?:{alternation(data.place_connectors)})"
            rf"(?:{blank}(?:the\s+|l['\u2019])?|(?<=l)['\u2019])"
            rf"(?P<country>{countries}){end}"
        ),
        region_after=re.compile(
            rf"{blank}(?:{alternation(data.place_connectors)}){blank}(?:the\s+)?"
            rf"(?P<region>{alternation(data.regions)}){end}"
        ),
        possession_words=_words((*data.possession_words, *_plain(data.present_markers))),
        country_last_words=frozenset(name.split(" ")[-1] for name in data.country_names),
        pairing_gap=re.compile(_pairing_gap(data, blank)),
        network_names=_network_names(data, space),
        gnlc_anchors=_gnlc_anchors(data),
        gnlc_finders=tuple(finder(a, data) for a in _gnlc_anchors(data)),
        other_anchors=_other_anchors(data, furniture=False),
        furniture_anchors=_other_anchors(data, furniture=True),
        literal_others=_literal_others(data),
        network_finder=_finder(
            _shortest((*(_anchor(p) for p in data.network_names), *_other_anchors(data))), data
        ),
        reference_finder=_finder(
            _shortest(_space_anchor(p) for p in data.network_references), data
        ),
        references=_any(data.network_references, space),
        reference_anchors=_shortest(_space_anchor(p) for p in data.network_references),
        cues=_cues(data, space),
        present=_any((*data.present_markers, *circulation_parts(data)), space),
        circulation=_any(circulation_parts(data), space) if circulation_parts(data) else None,
        historic=_historic(data, space),
        dated=re.compile("|".join([r"(?:19|20)\d\d", *data.eras])),
        founding=_any(data.founding_words, space),
        quota=_any(data.quota_cues, space),
        member_verbs=_any(data.member_verbs, space),
        membership=_membership(data, number, countries, blank),
        membership_anchors=data.membership_anchors,
        relative_members=tuple(dict.fromkeys(data.membership_anchors + data.relative_members)),
        count_form=_count_form(data, number, modifiers_before, modifiers_after, space),
        count_first=_count_first(data, number, modifiers_before, space),
        count_heads=data.count_heads,
        bare_count=_bare_count(data, number, blank),
        compound=_compound(data),
        one_of=re.compile(rf"(?:{alternation(data.one_of)}){blank}\Z") if data.one_of else None,
        earlier_date=re.compile(data.earlier_date) if data.earlier_date else None,
        past_states=re.compile(data.past_states) if data.past_states else None,
        corrected_subject=(re.compile(data.corrected_subject) if data.corrected_subject else None),
        republished=re.compile(data.republished) if data.republished else None,
        joined_clause=re.compile(data.joined_clause) if data.joined_clause else None,
        relative=_relative(data, space),
        scans=_scan_plan(
            [g.prefix for g in unit_groups], [*data.membership_anchors, *data.count_heads]
        ),
        broken_scans=_broken_scans(unit_groups),
        openers=_openers_where_words_touch(data),
        country_before=_country_before(data, countries),
        subject_before=(
            _country_before(data, alternation(data.country_subjects))
            if data.country_subjects
            else None
        ),
        countries_first=re.compile(data.countries_first) if data.countries_first else None,
    )


def _literal_others(data: Language) -> dict[str, bool]:
    literal: dict[str, bool] = {}
    for fragments, network in (
        (data.other_networks, True),
        ((*data.other_programmes, *data.elsewhere), False),
    ):
        for fragment in fragments:
            words = re.sub(r"\\s[+*]?", " ", fragment)
            if re.fullmatch(r"[\w' -]+", words):
                literal[" ".join(words.split())] = network
    return literal


def _other_anchors(data: Language, furniture: bool | None = None) -> tuple[str, ...]:
    """The anchors of other names: all of them, or (`furniture` True or False) those of
    page furniture only, or of other networks and programmes only."""
    gnlc = _shortest(_anchor(p) for p in data.network_names)
    if furniture is None:
        fragments = _others(data)
    elif furniture:
        fragments = data.elsewhere
    else:
        fragments = (*data.other_networks, *data.other_programmes)
    return _shortest(_anchor(p, gnlc) for p in fragments)


def _others(data: Language) -> tuple[str, ...]:
    return (*data.other_networks, *data.other_programmes, *data.elsewhere)


def _country_before(data: Language, countries: str) -> re.Pattern[str] | None:
    if not data.attached:
        return None
    possession = alternation(data.possession_words) or "(?!)"
    # "中国已有北京、上海和广州等12个城市": the names of its cities may stand between
    # a name may carry its year in brackets: "岡山市(2016年)、多久市(2017年)の2市"
    name = r"[^\s\d,\uff0c\u3001\u3002;\uff1b:\uff1a]{1,10}?(?:[(\uff08]\d{4}\u5e74?[)\uff09])?"
    # "日本からは岡山市と多久市の2都市": と joins them too, の closes them
    names = rf"(?:{name}[\u3001\u548c\u53ca\u4e0e\u8207\u3068])+{name}(?:\u7b49|\u306e)?"
    # "국내에서는 안성시와 서울 강동구, 강원 양구군 등 3곳": a list that "etc." closes
    closers = "|".join(data.list_closers)
    names += rf"|[^\d.!?\u3002\n]{{1,80}}?\s*(?:{closers})\s*" if closers else ""
    # "国内では岡山市に続き2番目の加盟都市", "국내에서는 수원시에 이어 두 번째": the member
    # before it in the ranking (Language.rank_after)
    if data.rank_after:
        names += rf"|{name}(?:{alternation(data.rank_after)})[\s,\uff0c\u3001]*"
    # "국내에서는 서울 송파구, 부산 남구, 충남 공주시 세 곳": names in apposition, spaced
    # (a soft-wrapped line may break a name: "강원\n양구군 세 곳"; not a paragraph)
    letter = r"(?:[^\d,.!?\u3002\n]|\n(?![ \t]*\n))"
    names += rf"|(?:{letter}{{1,14}}?,\s*)+{letter}{{1,14}}?\s"
    # a date may stand among them too: "국내 회원도시는 2020년 35곳", "中国2020年有12个城市"
    dated = r"(?:19|20)\d\d\s*[\ub144\u5e74](?:\s*\d{1,2}\s*[\uc6d4\u6708])?(?:\s*\uc5d0)?"
    owns = rf"(?:[\s|]*(?:{possession}|{dated}))"  # "| 日本 | 加盟12都市 |": a row's cells
    # an adverb before a word of possession: "泰国则有7个", "泰國一口氣有3個城市", "韓國:
    # 加入城市有59個"
    filler = r"[^\d\s,\uff0c\u3001\u3002;\uff1b:\uff1a|]{1,4}?"
    # a correction between the noun and its count: "摩洛哥入选城市由3个改为2个"
    changed = (
        rf"(?:(?:{data.change_from})[^\u3002\uff0c,;\n]{{1,12}}?(?:{data.change_to})\s*)?"
        if data.change_from and data.change_to
        else ""
    )
    # the list only after a word of possession: not "将中国南京、苏州等64个城市"
    return re.compile(
        rf"(?P<country>{countries})"
        rf"(?:(?:{owns}|{filler}(?={owns}))+[\s|]*(?:{names})?)?[\s,\uff0c\u3001|]*{changed}\Z"
    )


def _pairing_gap(data: Language, blank: str) -> str:
    """ "425 cities| from |91 countries", "425 cities (91 countries)"."""
    connectors = alternation(data.place_connectors)
    if data.attached:
        return rf"[\s,\uff0c\u3001]*(?:(?:{connectors}){blank}|[(\uff08]\s*)"
    # "425 member cities* are located in 91 countries": footnote marks and a copula too
    copulas = alternation(data.copulas)
    copula = rf"(?:(?:{copulas})\s+)?" if copulas else ""
    return (
        rf"[\s,*\u2020\u2021\u00b9\u00b2\u00b3]*{copula}(?:(?:{connectors})\s+|\(\s*)(?:the\s+)?"
    )


def _openers_where_words_touch(data: Language) -> re.Pattern[str] | None:
    """Where a figure phrase may start when words touch: a qualifier, "other", an
    ordinal, or the first digit or number word of a number (its run whole: "356",
    "三百五十六")."""
    if not data.attached:
        return None
    words = alternation([*data.qualifiers, *data.other_before, *data.ordinals])
    numbers = alternation([*data.number_words, *data.multipliers, *data.scales])
    forms = [rf"(?:{words})" if words else "", r"\d+", rf"(?:{numbers})+" if numbers else ""]
    if data.ordinal_prefixes:  # "第15个城市": the ordinal starts before its digits
        forms.append(rf"(?:{'|'.join(data.ordinal_prefixes)})(?=\d)")
    return re.compile("|".join(form for form in forms if form))


_SHARED_PREFIX = 5  # words that start with as many letters alike share a pass: "count"


def _scan_plan(
    prefixes: Sequence[str], anchors: Sequence[str]
) -> tuple[tuple[str, tuple[tuple[str, int], ...]], ...]:
    """The str.find passes that find every word: a word that holds another ("learning
    cit" holds "cit", "membership " holds "member") is found from that one's pass, and
    words that start alike ("countr", "count ") from one pass over their common start.
    Each pass costs as much as reading the text; checking a found place costs little."""
    words = list(dict.fromkeys([*prefixes, *anchors]))
    needles: dict[str, list[tuple[str, int]]] = {}
    for word in words:
        inner = [w for w in words if w != word and w in word]
        if inner:
            needle = min(inner, key=len)
            needles.setdefault(needle, []).append((word, word.index(needle)))
            continue
        alike = [
            common
            for other in words
            if other != word
            and not any(w != other and w in other for w in words)
            and len(common := _common_start(word, other)) >= _SHARED_PREFIX
        ]
        needle = min(alike, key=len) if alike else word
        needles.setdefault(needle, []).append((word, 0))
    return tuple((needle, tuple(found)) for needle, found in needles.items())


def _broken_scans(groups: Sequence[UnitGroup]) -> tuple[tuple[str, str], ...]:
    """The unit prefixes of several words whose nouns are found only whole: "quốc gia"
    (no "gia" alone); not "learning cit", whose "cities" is a unit of its own."""
    found = []
    for group in groups:
        if " " not in group.prefix:
            continue
        tails = {" ".join(noun.split()[1:]) for noun in group.nouns}
        if not any(_is_unit(tail, groups) for tail in tails):
            found.append((group.prefix, group.prefix.split(" ")[0]))
    return tuple(found)


def _is_unit(text: str, groups: Sequence[UnitGroup]) -> bool:
    return any(text in group.nouns for group in groups)


def _common_start(one: str, other: str) -> str:
    length = 0
    while length < min(len(one), len(other)) and one[length] == other[length]:
        length += 1
    return one[:length]


# A quote that closes a count before its unit: '"more than 100" members', « 200 » villes.
_CLOSING_QUOTE = '(?:\\s?["\u201c\u201d\u00bb])?'

# A quote that opens a count said after its head: 'the figure today is "nearly two
# hundred"', 'die Zahl liegt bei „rund 300"', 'le total est de « près de 300 »'.
_QUOTE = "(?:[\"\u201c\u201e\u00ab\u2018']\\s*)?"


# After a membership's number: not a share, a year or another number ("lên năm 2025").
# what a count of members is never followed by: a share ("30 per cent", "30 por ciento")
# or money ("the total budget is 300 euros", "le chiffre est de 300 euros par ville";
# Language.percent_words, money_words)
def _not_a_count(data: Language) -> str:
    words = "".join(f"|{w}\\b" for w in data.percent_words)
    money = "|".join(("eur", "usd", "chf", *data.money_words))
    return (
        # a digit on the next line is another line's ("... tally to 13\n10 December 2025")
        r"(?![ \t\u00a0]*\d)"
        rf"(?!\s*(?:%{words}|[€$£¥₫₩]|(?:{money})\b))"
    )


def _membership(data: Language, number: str, countries: str, blank: str) -> re.Pattern[str] | None:
    """The membership named before its number: "the total stood at 425"."""
    form = data.membership_before_number
    if not form:
        return None
    form = form.replace("{countries}", countries)
    qualifiers = alternation(data.qualifiers) or "(?!)"
    after = alternation(data.qualifiers_after_number)  # "加盟都市はもう200以上"
    approximately = rf"(?:{blank}(?P<after_number>{after}))?" if after else ""
    return re.compile(
        rf"(?:{form}){blank}{_QUOTE}(?:(?P<qualifier>{qualifiers}){blank})?"
        rf"(?P<number>{number})(?P<plus>\+)?{approximately}{_not_a_count(data)}"
    )


def _compound(data: Language) -> re.Pattern[str] | None:
    """ "the 91-country network": digits, a hyphen, the unit word, what must follow."""
    if not data.compound_units:
        return None
    units = alternation(data.compound_units)
    number = r"\d{1,3}(?:,\d{3})?"
    return re.compile(
        rf"(?<![\w.,])(?P<number>{number})-(?P<unit>{units})"
        rf"(?:,?\s+{number}-(?:{units}))?"  # "the 356-member, 79-country network"
        rf"(?:-|\s+)(?:{data.compound_network})"
    )


def _bare_count(data: Language, number: str, blank: str) -> re.Pattern[str] | None:
    if not data.bare_count_before:
        return None
    connectors = alternation(data.place_connectors)
    return re.compile(
        rf"(?<!\w)(?:{data.bare_count_before}){blank}(?P<number>{number})"
        rf"[\s,]*(?:{connectors}){blank}(?:the\s+)?\Z"
    )


def _count_first(
    data: Language, number: str, modifiers: str, space: Spacing
) -> re.Pattern[str] | None:
    """ "portant à 230 le nombre total de villes membres": verb, number, head, noun."""
    if not data.count_verb_first or not data.count_heads:
        return None
    blank = space.space
    nouns = alternation([*data.units, *data.singular_units])
    links = alternation(data.count_links) or "(?!)"
    qualifiers = alternation(data.qualifiers) or "(?!)"
    return re.compile(
        # the verb may be left out: "294 le nombre des villes de ce réseau" (a headline)
        rf"{space.not_after()}(?:(?P<first_verb>{spaced(data.count_verb_first, blank)}){blank})?"
        rf"(?:(?P<qualifier>{qualifiers}){blank})?(?P<number>{number})(?P<plus>\+)?{blank}"
        # (not "72 au total", in all: the whole of what was named before)
        rf"(?:(?!au{blank}total)\w+{blank})?(?P<head>{alternation(data.count_heads)})"
        rf"(?:{blank}totale?)?"
        rf"(?:{blank}(?:{links}){blank}(?P<modifiers>(?:(?:{modifiers or '(?!)'}){blank}){{0,3}})"
        rf"(?P<noun>{nouns}){space.not_before()}"
        # or no noun at all: a head whose link names another noun counts that ("brings to
        # 120 the number of events", "portant à 40 le nombre d'écoles")
        rf"|(?!{blank}(?:{links})(?:{blank}|(?<=['\u2019]))))"
    )


def _count_form(
    data: Language, number: str, modifiers: str, modifiers_after: str, space: Spacing
) -> re.Pattern[str] | None:
    """A count named before its number: head, [link, modifiers, unit noun, modifiers
    after it ("le nombre de villes thaïlandaises")], up to a clause of other words (no
    number, no sentence end), a verb, [qualifier,] number."""
    if not data.count_heads:
        return None
    blank = space.space
    nouns = alternation([*data.units, *data.singular_units])
    links = alternation([link for link in data.count_links if link]) or "(?!)"
    # an empty link: the noun follows the head at once ("tổng số thành viên")
    link = rf"(?:{blank}(?:{links}))?" if "" in data.count_links else rf"{blank}(?:{links})"
    noun = (
        rf"(?:{link}{blank}(?P<modifiers>(?:(?:{modifiers or '(?!)'}){blank}){{0,3}})"
        rf"(?P<noun>{nouns}){space.not_before()}"
        rf"(?P<after>(?:{blank}(?:{modifiers_after or '(?!)'}){space.not_before()}){{0,2}}))?"
    )
    verbs = "|".join(f"(?:{v})" for v in data.count_verbs)
    qualifiers = alternation(data.qualifiers) or "(?!)"
    return re.compile(
        # "le nombre total de villes", "el número total de ciudades", "il numero totale di"
        rf"{space.not_after()}(?:{alternation(data.count_heads)}){space.not_before()}"
        rf"(?:{blank}total[ea]?{space.not_before()})?{noun}"
        rf"[^.;:!?\n|\d\u3002]{{0,120}}?{blank}(?:{verbs}){blank}{_QUOTE}"
        rf"(?:(?P<qualifier>{qualifiers}){blank})?(?P<number>{number})(?P<plus>\+)?"
        + _not_a_count(data)
    )


def _numbered_after(
    data: Language, modifiers_after: str, number: str, space: Spacing
) -> re.Pattern[str] | None:
    """From the end of a city's or member's noun: its modifiers, a rank word and the
    number it ranks with ("ciudad mexicana número 14", "cidade n.º 14")."""
    if not data.rank_numbers:
        return None
    words = alternation(data.rank_numbers)
    return re.compile(
        _modifiers(modifiers_after, space)
        + rf"\s+(?:{words})(?:(?<=\.)|(?<=[\u00ba\u00aa])|\s+)\s*(?P<number>{number})(?![\w.,]\d)"
    )


def _unit_groups(
    data: Language,
    modifiers_after: str,
    ordinal: str,
    space: Spacing,
    numbered: re.Pattern[str] | None = None,
) -> tuple[UnitGroup, ...]:
    """The unit nouns by prefix, each group with the patterns that may keep a unit."""
    number_end = _figure_end(data, ordinals=False)
    ordinal_end = _figure_end(data, ordinals=True)
    units = {**data.units, **data.singular_units}
    groups = []
    for prefix, nouns in _prefixes(units):
        ranked = [n for n in nouns if units[n] in (Unit.CITY, Unit.MEMBER)]
        singular = [n for n in ranked if n in data.singular_units]
        if data.ordinal_after_unit:  # "thành phố thứ sáu": the ordinal comes after
            after = _ranked_after(ranked, modifiers_after, ordinal, space) if ranked else None
            groups.append(UnitGroup(prefix, nouns, number_end, after))
        else:  # "the fifth member": only a singular city or member is ranked
            after = None
            if numbered is not None and singular:  # "la ciudad número 14": after it
                after = re.compile(rf"(?:{alternation(singular)})(?:{numbered.pattern})")
            groups.append(UnitGroup(prefix, nouns, ordinal_end if singular else number_end, after))
    return tuple(groups)


def _figure_end(data: Language, *, ordinals: bool) -> re.Pattern[str]:
    """What `before` (and `ordinal_before`) end with, backwards: to test a unit in C.

    Read from the unit back: a space, at most four modifiers, then the end of a number
    ("425", "+", "sixty-four", "1.5 million", "millones de") or of an ordinal ("fifth",
    "6th"). Every figure phrase ends so before its unit, while most unit nouns in a text
    ("the city", "older people") do not: the engine tests this before reading their words.
    """
    places = [*data.demonyms, *data.regions]
    modifiers = _backwards([*data.modifiers_before, *places])
    linkers = _backwards(data.unit_linkers)
    ends = [*data.number_words, *data.multipliers, *data.scales, *one_articles(data)]
    if ordinals:
        ends += data.ordinals
    last_words = _backwards({phrase.split()[-1] for phrase in ends})
    # A numeric ordinal ("6th", "5.º") has no space after its last digit.
    # "425* cities", "400+ cities", "425-plus cities", "180-odd members" (read backwards)
    digits = r"\S*?\d" if ordinals else r"[*\u2020\u2021]*(?:\+|sulp-|ddo-)?\d"
    if data.scale_suffixes and not ordinals:  # "500m citizens": a scale onto the digits
        digits = rf"(?:{_backwards(data.scale_suffixes)})?{digits}"
    if data.attached:  # "356개 회원도시", "300여 개 도시", "3億9000万人": no space needed
        approximately = _backwards(data.qualifiers_after_number)
        # an ordinal in words may stand before a relative clause, as digits may: "第二个加入
        # 该网络的城市" (read back from the unit: any run without a space, then the word)
        # (a clause of at most 30 characters: the search reads back from every unit noun)
        words = rf"\S{{0,30}}?(?:{last_words})" if ordinals else rf"\+?(?:{last_words})"
        return re.compile(
            rf"[\s-]*(?:(?:{modifiers})[\s-]*){{0,4}}(?:(?:{linkers})\s*)?"
            rf"(?:(?:{approximately})\s*)?(?:{digits}|{words})"
        )
    quote = r"(?:[\"\u201c\u201d\u00bb]\s?)?"  # '"about 200" cities', « 200 » villes
    # number words take "+", "-plus" and "-odd" as digits do: "four hundred-odd cities"
    return re.compile(
        rf"\s[\s-]*(?:(?:{modifiers})[\s-]+){{0,4}}(?:(?:{linkers})\s+)?{quote}"
        rf"(?:{digits}|(?:\+|sulp-|ddo-)?(?:{last_words}))"
    )


def _backwards(phrases: Iterable[str]) -> str:
    """An alternation of the phrases written backwards, for the reversed text."""
    return alternation(p[::-1] for p in phrases) or "(?!)"


def _ranked_after(
    nouns: list[str], modifiers_after: str, ordinal: str, space: Spacing
) -> re.Pattern[str]:
    """A city or member noun and the ordinal after it: "thành phố thứ sáu"."""
    return re.compile(
        rf"(?:{alternation(nouns)})" + _modifiers(modifiers_after, space) + rf"\s+(?:{ordinal})"
    )


def _optional(name: str, phrases: Iterable[str], gap: str, lead: str = "") -> str:
    """An optional named group; one that never matches when there are no phrases."""
    phrases = list(phrases)
    return rf"(?:{lead}(?P<{name}>{alternation(phrases) or '(?!)'}){gap})?"


def _nouns(data: Language) -> dict[str, tuple[Unit, bool, frozenset[Role]]]:
    """Each unit noun's unit, whether it is singular, and the roles of its own words.

    A compound says its role: "member cities" is about membership like "member" is.
    """
    nouns: dict[str, tuple[Unit, bool, frozenset[Role]]] = {}
    for table, singular in ((data.singular_units, True), (data.units, False)):
        for noun, unit in table.items():
            words = noun.split()
            roles = {data.modifiers_before[w] for w in words if w in data.modifiers_before}
            roles.update(data.unit_roles.get(noun, ()))
            nouns[noun] = (unit, singular, frozenset(roles))
    return nouns


# Between a unit and the words after it, any space but a blank line or a line that
# opens a list item: "- 64 países\n- Más de 250 millones" ("más" is not "64 more")
_GAP_IN_ITEM = r"(?:[^\S\n]|-|\n(?![^\S\n]*(?:\n|(?:[-*+\u2022]|\d{1,2}[.)])\s)))"


def _modifiers(words: str, space: Spacing, within_item: bool = False) -> str:
    if not words:
        return "(?P<modifiers>)"
    gap = space.gap
    if within_item:
        gap = _GAP_IN_ITEM + ("*" if gap.endswith("*") else "+")
    return rf"(?P<modifiers>(?:{gap}(?:{words}){space.not_before()}){{0,4}})"


def circulation_parts(data: Language) -> tuple[str, ...]:
    """Language.circulation_markers, and the markers its still_words and in_use_words make
    together: a word of "still", then within a few words (no number, no mark that ends a
    clause) a word of being in use ("still available at the front desk", "weiterhin in
    den Bürgerbüros ausliegt", "仍在各社区学校发放", "아직도 주민센터에서 나눠 주고"), or the
    word of use first, one word at most before "still" ("que l'on trouve toujours")."""
    if not data.still_words or not data.in_use_words:
        return data.circulation_markers
    still, in_use = _choice(data.still_words), _choice(data.in_use_words)
    if data.unspaced:  # no spaces between words: a few characters between the two
        between = r"[^\s\d\u3002\uff0c\u3001,.;\uff1b:\uff1a!?\uff01\uff1f\u300c\u201c\"]{0,10}?"
        return (*data.circulation_markers, rf"(?:{still}){between}(?:{in_use})")
    if data.attached:  # words apart, particles on them: a few words between
        between = r"\s*(?:[^\s\d.,;:!?]+\s+){0,3}?"
        return (*data.circulation_markers, rf"(?:{still}){between}(?:{in_use})")
    word = r"[^\W\d_][\w'\u2019-]*"
    return (
        *data.circulation_markers,
        rf"\b(?:{still})(?:\s+{word}){{0,5}}?\s+(?:{in_use})(?!\w)",
        rf"\b(?:{in_use})(?:\s+{word})?\s+(?:{still})(?!\w)",
    )


def _choice(fragments: Sequence[str]) -> str:
    """The fragments as one choice, the longest first ("immer noch" before "noch")."""
    return "|".join(f"(?:{f})" for f in sorted(fragments, key=len, reverse=True))


def _any(fragments: Iterable[str], space: Spacing) -> re.Pattern[str]:
    """One pattern for all the fragments, tried only where a word starts (much faster)."""
    fragments = list(fragments)
    if not fragments:
        return re.compile(r"(?!)")
    return led(space.not_after() + "(?:" + "|".join(f"(?:{f})" for f in fragments) + ")")


def _name_start(space: Spacing) -> str:
    """Where a network's name may start: after no word letter; where words touch (ja,
    zh), a name in their own script may follow a Latin word ("UNESCO学習都市グローバル
    ネットワーク"), a Latin name ("gnlc") may not."""
    if space.start == r"\w":
        return space.not_after()
    return rf"(?:(?![{space.start}])|{space.not_after()})"


def led(pattern: str) -> re.Pattern[str]:
    """The pattern compiled, led by a lookahead for the characters a match may start with
    (lcnet.extract.firsts), when they are known: a pattern that opens with a lookbehind
    ("no word letter before") has neither a literal nor a set of first characters that re
    could skip to, and is tried in full at every character; the lookahead fails at once
    where none of them stands (spaces, digits, punctuation, rarer letters). It matches
    where the pattern does, and nowhere else."""
    first = first_characters(pattern)
    return re.compile(pattern if first is None else f"(?=[{first}]){pattern}")


def letter_led(not_after: str, pattern: str) -> re.Pattern[str]:
    """`(?<![not_after])pattern` compiled so that re skips in C to its first letters,
    when `pattern` opens with plain ones: the lookbehind (one character wide) is moved
    after them, where it looks back that much further ("now(?<![x]now)\\s+it" for
    "(?<![x])now\\s+it"). A pattern that opens with a lookbehind is tried in full at
    every character (several microseconds over a sentence); led by its letters, only
    where they stand. It matches where `(?<![not_after])pattern` does, with the same
    spans, and nowhere else. A pattern that opens with a group of plain words ("(?:in|aus)
    ...") has each word led by its letters, the lookbehind after each: re skips in C to
    the words' first letters."""
    words = _leading_words(pattern)
    if words is not None:
        led_words = "|".join(f"{word}(?<![{not_after}]{word})" for word in words)
        return re.compile(f"(?:{led_words}){pattern[pattern.index(')') + 1 :]}")
    size = 0
    while size < len(pattern) and pattern[size].isalpha():
        size += 1
    if size < len(pattern) and pattern[size] in _QUANTIFIERS:
        size -= 1  # "cities?": the letter the quantifier repeats is not literal
    if size <= 0:
        return re.compile(f"(?<![{not_after}]){pattern}")
    letters = pattern[:size]
    return re.compile(f"{letters}(?<![{not_after}]{letters}){pattern[size:]}")


_QUANTIFIERS = "?*+{"


def _leading_words(pattern: str) -> list[str] | None:
    """The words of the group of plain words that opens `pattern` ("(?:in|aus) ..."), when
    nothing repeats the group; else None."""
    if not pattern.startswith("(?:") or ")" not in pattern:
        return None
    close = pattern.index(")")
    words = pattern[3:close].split("|")
    if pattern[close + 1 : close + 2] in tuple(_QUANTIFIERS) or not all(
        word.isalpha() for word in words
    ):
        return None
    return words


def _network_names(data: Language, space: Spacing) -> re.Pattern[str]:
    """The GNLC's names, other networks' and programmes': each kind led by its first
    characters (_first_led)."""
    firsts: list[frozenset[tuple[int, int]] | None] = []
    programmes = _by_first_letter((*data.other_programmes, *data.elsewhere)) or "(?!)"
    kinds = (
        _first_led(rf"(?P<gnlc>{_by_first_letter(data.network_names)})", firsts),
        _first_led(rf"(?P<other>{_by_first_letter(data.other_networks) or '(?!)'})", firsts),
        _first_led(rf"(?P<programme>{programmes})", firsts),
    )
    return _kinds_led(rf"{_name_start(space)}(?:{'|'.join(kinds)})", firsts)


def _by_first_letter(fragments: Sequence[str]) -> str:
    """The fragments as one alternation, those that open with the same letter grouped
    under it ("g(?:lobal\\s+network|nlc)|l(?:earning\\s+cit...)"): re skips a branch that
    opens with a letter at a glance, and tries the fragments of one group only, where it
    tried all of them at every word (the names of the GNLC and other networks are read in
    most sentences; 52 -> 38 ms per MB of English). A fragment's order among those of its
    letter is kept; fragments of different first letters never match at the same place.
    A group of plain words first ("(?:its|their) own") is one fragment per word, in
    order; a word boundary first ("\\buccn") is a lookbehind after the letter. Any other
    opening (a class, an optional group) leaves the alternation as it was."""
    groups: dict[str, list[str]] = {}
    for fragment in fragments:
        for form in _each_leading_word(fragment):
            bounded = form.startswith(r"\b")
            if bounded:
                form = form[2:]
            letter, rest = form[:1], form[1:]
            if not letter.isalpha() or rest[:1] in tuple(_QUANTIFIERS) or _alternated(form):
                return "|".join(fragments)
            if bounded:  # "\\bc": no word letter before the c
                rest = f"(?<!\\w{letter}){rest}"
            groups.setdefault(letter, []).append(rest)
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


def _each_leading_word(fragment: str) -> list[str]:
    """ "(?:its|their) own": ["its own", "their own"]; any other fragment alone."""
    words = _leading_words(fragment)
    if words is None:
        return [fragment]
    rest = fragment[fragment.index(")") + 1 :]
    return [word + rest for word in words]


def _alternated(fragment: str) -> bool:
    """Whether a bar outside any group or class splits the fragment ("a|b")."""
    depth = 0
    for _, char, syntax in regex_characters(fragment):
        if not syntax:
            continue
        if char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return True
    return False


def _cues(data: Language, space: Spacing) -> re.Pattern[str]:
    """All the cue kinds in one pattern; where two overlap, the kind listed first wins."""
    kinds = {
        "future": data.future_cues,
        "first_time": data.first_time_cues,
        "candidate": data.candidate_cues,
        "along": data.along_cues,
        "besides": data.besides_cues,
        "negative": data.negative_subjects,
        "speech": data.speech_cues,
        "among_new": data.among_new_cues,
        "retracted": data.retraction_cues,
        "superseded": data.superseded_cues,
        "corrected": data.correction_cues,
        "subset": data.subset_cues,
        "group": data.group_cues,
        "cumulative": data.cumulative_cues,
        "intake": data.intake_cues,
        "total": data.total_cues,
    }
    ends = {"future": r"(?!\w)"}  # "comptera", not the "comptera" of "compterait"
    groups = []
    firsts: list[frozenset[tuple[int, int]] | None] = []
    for kind, fragments in kinds.items():
        if fragments:
            either = "|".join(f"(?:{_word_start(f)})" for f in fragments)
            groups.append(_first_led(f"(?P<{kind}>{either})", firsts) + ends.get(kind, ""))
    return _kinds_led(space.not_after() + "(?:" + "|".join(groups) + ")", firsts)


def _first_led(group: str, firsts: list[frozenset[tuple[int, int]] | None]) -> str:
    """A kind's group led by a lookahead for the characters its matches may start with
    (lcnet.extract.firsts), where they are known: at a word that opens none of the
    kind's forms, one test passes over the kind instead of one per form (#14). The
    group's first characters are added to `firsts`, for _kinds_led."""
    ranges = first_ranges(_UNNAMED.sub("(?:", group))  # names may repeat across its forms
    firsts.append(ranges)
    first = character_set(ranges)
    return group if first is None else f"(?=[{first}]){group}"


_UNNAMED = re.compile(r"\(\?P<\w+>")  # a named group's opening: read as a plain group


def _kinds_led(pattern: str, firsts: list[frozenset[tuple[int, int]] | None]) -> re.Pattern[str]:
    """led(pattern) for a pattern that is a lookbehind and a choice of kinds led by
    _first_led, whose first characters are `firsts`: their union is the choice's, and
    the whole pattern is not parsed once more for it (a grammar is built faster)."""
    union: set[tuple[int, int]] = set()
    for ranges in firsts:
        if ranges is None:
            return re.compile(pattern)  # not known for one kind: not for the choice
        union.update(ranges)
    first = character_set(frozenset(union))
    return re.compile(pattern if first is None else f"(?=[{first}]){pattern}")


def _word_start(fragment: str) -> str:
    """A fragment without its leading \\b: the whole pattern starts at a word already."""
    return fragment.removeprefix(r"\b")


def _historic(data: Language, space: Spacing) -> re.Pattern[str]:
    fields = _date_fields(data)
    forms = "|".join(f"(?:{form.format(**fields)})" for form in data.date_forms)
    # Python forbids a group name twice: number each form's groups apart.
    forms = _number_groups(forms)
    markers = "|".join(data.historic_markers)
    return led(rf"{space.not_after('-')}(?:{markers})(?:{forms})")


def _date_fields(data: Language) -> dict[str, str]:
    month_names = alternation(data.months) if data.months else r"(?!)"
    first_year = f"|{data.era_first_year}" if data.era_first_year else ""  # 令和元年
    return {
        "day": r"(?P<day>\d{1,2})(?!\d)",  # "September 2022" holds no day "20"
        "month": rf"(?P<month>{month_names})(?:\.|(?![^\W\d_]))",
        # a month that opens a compound: "Februarrunde", "Septemberaufnahme"
        "month_stem": rf"(?P<month>{month_names})",
        "month_number": r"(?P<month_number>\d{1,2})",
        "year": r"(?P<year>(?:19|20)\d\d)(?![\d/-])",
        "year_first": r"(?<!\d)(?P<year>(?:19|20)\d\d)",  # ISO 8601: "2016-08-23"
        "era": rf"(?P<era>{alternation(data.eras) or '(?!)'})(?P<era_year>\d{{1,2}}{first_year})",
        # "two years ago", "2년 전": a count of years (relative_dates' "years_ago")
        "years": rf"(?P<years>\d{{1,2}}|{_small_numbers(data)})",
    }


def _small_numbers(data: Language) -> str:
    """The number words from one to twenty, as a regex ("two", "deux", "두", "两")."""
    words = [word for word, value in data.number_words.items() if 1 <= value <= 20]
    return alternation(words) or "(?!)"


def _relative(data: Language, space: Spacing) -> re.Pattern[str] | None:
    if not data.relative_dates:
        return None
    fields = _date_fields(data)
    blank = r"\s*" if data.attached else r"\s+"
    kinds = []
    firsts: list[frozenset[tuple[int, int]] | None] = []
    for kind, forms in data.relative_dates.items():
        joined = "|".join(f"(?:{spaced(form, blank).format(**fields)})" for form in forms)
        kinds.append(_first_led(f"(?P<{kind}>{joined})", firsts))
    # the lookbehind guards every kind (grouped): "last month", not the "month" of "semester"
    return _kinds_led(space.not_after("-") + "(?:" + _number_groups("|".join(kinds)) + ")", firsts)


def _number_groups(pattern: str) -> str:
    counts: dict[str, int] = {}

    def renamed(match: re.Match[str]) -> str:
        name = match.group(1)
        counts[name] = counts.get(name, 0) + 1
        return f"(?P<{name}{counts[name]}>"

    return re.sub(r"\(\?P<(\w+)>", renamed, pattern)


def anchor(fragment: str) -> str:
    """The longest literal run of a regex fragment: every match of it holds the run."""
    return _anchor(fragment)


def _anchor(fragment: str, avoid: Iterable[str] = ()) -> str:
    """The longest literal run of a regex fragment, to find it quickly with str.rfind.

    Groups and optional characters are cut out first, as they may be absent from a match.
    A run that holds one of `avoid` (the GNLC's anchors, for another programme's name
    such as "learning city award") is taken only when there is no other: it would be
    found at every name of the GNLC.
    """
    # A spaced fragment's spaces: one space where one is needed; where words may touch
    # (\s*), the words are anchors of their own.
    text = re.sub(r"\\s[+]?", " ", fragment.replace(r"\s*", "|"))
    while (shorter := _GROUP.sub("|", text)) != text:
        text = shorter
    text = _OPTIONAL_CHAR.sub("|", text).replace(r"\b", " ")  # "\bit " -> " it "
    pieces = [p.strip() for p in _META.split(text) if p.strip()]
    # a lone letter a group was cut from ("unesco's global ..." -> "s global ..."): re would
    # try the anchor at every "s" of a text; the words after it are as rare and start it
    pieces = [p[2:] if p[1:2] == " " and p[2:] else p for p in pieces]
    avoided = tuple(avoid)
    rare = [p for p in pieces if not any(a in p or p in a for a in avoided)]
    return max(rare or pieces, key=len) if pieces else fragment


def _space_anchor(fragment: str) -> str:
    """An anchor that keeps the spaces around a word: " it " is rarer than "it"."""
    anchor = _anchor(fragment)
    fragment = re.sub(r"\\s[+*]?", " ", fragment)
    if not fragment.startswith(rf"\b{anchor}"):
        return anchor
    after = fragment[len(anchor) + 2 : len(anchor) + 3]
    return f" {anchor} " if after == " " else f" {anchor}"


def finder(anchor: str, data: Language) -> re.Pattern[str]:
    """An anchor's words as a pattern, any white space between them ("learning\ncit").
    It starts with the anchor's first word: re then finds it as fast as str.find."""
    gap = r"\s*" if data.attached else r"\s+"
    body = gap.join(re.escape(word) for word in anchor.split())
    before = r"(?<!\w)" if anchor.startswith(" ") else ""
    after = r"(?=\s)" if anchor.endswith(" ") and anchor.strip() else ""
    return re.compile(before + body + after)


def _prefixes(nouns: Iterable[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Nouns grouped by their first three letters, each group under its common prefix.

    str.find is fast; one pass per group instead of one per noun halves the cost.
    """
    groups: dict[str, list[str]] = {}
    for noun in nouns:
        groups.setdefault(noun[:3], []).append(noun)
    for key in sorted(groups, key=len):  # "城" holds "城市": one group, longest first
        for longer in [k for k in groups if k != key and k.startswith(key)]:
            groups[key] += groups.pop(longer)
    return tuple(
        (_common_prefix(group), tuple(sorted(group, key=len, reverse=True)))
        for _, group in sorted(groups.items())
    )


def _common_prefix(words: list[str]) -> str:
    """The start the words share. A compound broken by a line break ("learning\ncities")
    is still read: its last word is a unit of its own and the others its modifiers."""
    first, last = min(words), max(words)
    size = next((i for i, (a, b) in enumerate(zip(first, last, strict=False)) if a != b), None)
    return first if size is None else first[:size]


def _finder(anchors: Iterable[str], data: Language) -> re.Pattern[str]:
    """One pattern for all the anchors (never matching when there are none), factored by
    their common starts, so that re tests few branches at each character."""
    anchors = list(anchors)
    body = alternation([a.strip() for a in anchors]) or "(?!)"
    if data.attached:
        body = body.replace(r"\s+", r"\s*")
    if any(a.startswith(" ") for a in anchors):  # " it ": a word of its own
        return led(rf"(?<!\w)(?:{body})(?!\w)")
    return re.compile(body)


@cache
def any_gnlc_anchor() -> re.Pattern[str]:
    """One pattern for words that every name of the GNLC holds, in every language lcnet
    reads, made from the languages' data without their grammars: where it finds nothing
    in a lowered text, no language's grammar names the GNLC there. A hyphen or a space
    ("learning[- ]cities") is a gap of its own, so that "learning cit" is one anchor."""
    from lcnet.extract.lang import CODES

    fragments = (p.replace("[- ]", " ") for c in CODES for p in language(c).network_names)
    anchors = [a.strip() for a in _shortest(_anchor(p) for p in fragments)]
    return re.compile(alternation(anchors).replace(r"\s+", r"[\s\-]*"))


def names_an_anchor(low: str, code: str) -> bool:
    """Whether a lowered text holds an anchor of the GNLC's names in the language `code`
    (Grammar.gnlc_anchors), as the language's gnlc_finders find them. Where it finds
    none, reading the text in that language finds no figure, list or rank of the GNLC
    (each starts from an anchor, or from a title that names the network): `lcnet check
    DIR` then skips the extraction of a page that never names it (#14). Each anchor's
    first word is looked for with str.find and the rest matched where it is found
    (faster than one pattern of them all, which re tries at every "l" and "g"); made
    from the language's data without its grammar (2 ms, against 0.14 s for it)."""
    for word, rest in _anchor_words(code):
        at = low.find(word)
        while at >= 0:
            if rest is None or rest.match(low, at + len(word)) is not None:
                return True
            at = low.find(word, at + 1)
    return False


@cache
def _anchor_words(code: str) -> tuple[tuple[str, re.Pattern[str] | None], ...]:
    """Each anchor of the language's names: its first word, and a pattern of the others
    after it (None for an anchor of one word)."""
    found = []
    data = language(code)
    gap = r"\s*" if data.attached else r"\s+"  # as finder() reads them
    for anchor in _gnlc_anchors(_spaced_language(data)):
        words = anchor.split()
        rest = "".join(gap + re.escape(word) for word in words[1:])
        found.append((words[0], re.compile(rest) if rest else None))
    return tuple(found)


def _gnlc_anchors(data: Language) -> tuple[str, ...]:
    """The literal runs that every name of the GNLC in `data`'s language holds one of."""
    return _shortest(_anchor(p) for p in data.network_names)


def _shortest(anchors: Iterable[str]) -> tuple[str, ...]:
    """The anchors that contain no other: finding "learning cit" finds the longer names."""
    unique = set(anchors)
    return tuple(sorted(a for a in unique if not any(b != a and b in a for b in unique)))


def _gate_words(data: Language) -> frozenset[str]:
    phrases: list[str] = [*data.number_words, *data.multipliers, *data.scales]
    # A glue word ends a number when a number word ends with it: "vingt et un".
    ends = {re.split(r"[\s-]", w)[-1] for w in data.number_words if re.search(r"[\s-]", w)}
    return (_words(phrases) - frozenset(data.glue_words)) | ends


def _digit_steps(data: Language) -> int:
    """How many words before a number in digits (and the scale word after it: "390
    million") a figure phrase may start: its longest qualifier, threshold and "other"."""
    reach = _longest(data.qualifiers) + _longest(data.marks) + _longest(data.other_before)
    return max(4, reach + 1)


def _longest(phrases: Iterable[str]) -> int:
    return max((len(p.split()) for p in phrases), default=0)


def _openers(data: Language) -> frozenset[str]:
    """The words a figure phrase may start with, cut like phrase._first_word cuts them."""
    phrases = [
        *data.qualifiers,
        *data.marks,
        *data.other_before,
        *data.fractions,
        *data.number_words,
        *data.multipliers,
        *data.scales,
        *data.ordinals,
        *data.country_names,
        *data.round_articles,  # "una decina di città"
    ]
    return frozenset(re.split(r"[\s'\u2019-]", p, maxsplit=1)[0] for p in phrases)


def _plain(patterns: Iterable[str]) -> list[str]:
    """The patterns that are only words ("\\bheute\\b", "this\\s+year") as words: the
    words of "now" may stand between a country and its figure ("Deutschland hat heute vier
    Mitgliedsstädte") in every language, not only where its possession words list them."""
    words = (p.replace(r"\b", "").replace(r"\s+", " ") for p in patterns)
    return [w for w in words if _ONLY_WORDS.fullmatch(w)]


# one word or two: "so far", not "si legge ancora"
_ONLY_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?")


def _words(phrases: Iterable[str]) -> frozenset[str]:
    """The words of the phrases, hyphenated ones whole and in parts; not a dash standing
    alone ("asie \u2013 pacifique", lcnet.extract.lang._any_dash): "Tableau 12 - Villes"
    is no figure."""
    words = {w for phrase in phrases for w in phrase.split() if any(c.isalnum() for c in w)}
    return frozenset(words | {part for w in words for part in w.split("-")})


def country_named_last(
    low: str, start: int, end: int, grammar: Grammar, *, outside_brackets: bool = False
) -> str | None:
    """The country named last in low[start:end], by name or adjective ("Three Portuguese
    cities"): its code, or None. `outside_brackets`: not one named in brackets closed
    before `end` ("UIL(ドイツ・ハンブルク)…本市は国内初": an aside's place, not the
    country "at home" stands for)."""
    data = grammar.language
    names = list(_places(data.code).finditer(low, start, end))
    for last in reversed(names):
        key = " ".join(last.group().split())
        if key in _PRONOUNS and not _NOUN_AFTER.match(low, last.end()):
            continue  # "it helped us get here": the pronoun, not the United States
        if outside_brackets and _in_closed_brackets(low, start, last.start(), end):
            continue
        return data.country_names.get(key) or data.demonyms.get(key)
    return None


# Adjectives of a country that are also pronouns in lower case ("US", "us"): the adjective
# only before a noun it qualifies ("US cities", "the US delegation")
_PRONOUNS = frozenset({"us"})
_NOUN_AFTER = re.compile(
    r"[\s-]+(?:cit(?:y|ies)|members?|member|learning|towns?|municipalit(?:y|ies)|states?"
    r"|government|national|delegation|embassy|mission|based|network|commission)\b"
)


def _in_closed_brackets(low: str, floor: int, at: int, end: int) -> bool:
    """Whether `at` stands in brackets opened after `floor` and closed before `end`."""
    opened = max(low.rfind(b, floor, at) for b in _OPENERS)
    if opened < 0 or max(low.rfind(b, opened, at) for b in _CLOSERS) >= 0:
        return False
    return any(low.find(b, at, end) >= 0 for b in _CLOSERS)


_OPENERS = ("(", "\uff08", "[", "\u3010")
_CLOSERS = (")", "\uff09", "]", "\u3011")


@cache
def _places(code: str) -> re.Pattern[str]:
    data = language(code)
    names = alternation([*data.country_names, *data.demonyms])
    if data.attached:  # no spaces between words: a name stands anywhere ("日本からの")
        return re.compile(rf"(?:{names})")
    return re.compile(rf"(?<!\w)(?:{names})(?!\w)")
