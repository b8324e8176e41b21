"""Counts given by a verb after their unit: "las ciudades miembro eran 294", "le città
erano 294", "the member cities numbered 294"; and their inverted form, where the number
comes first and an aside stands before its unit: "Sono 64, da 35 Paesi, le nuove città",
"oggi sono circa mille, in tutto il mondo, i membri".

The unit is the subject (with its article, Language.plural_articles) and the verb says
how many there are (Language.count_predicates). So that "the cities were 50 km apart"
stays out, the number must end its clause, or a conjunction, a preposition or a date
must follow it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from lcnet.extract.grammar import anchor, grammar
from lcnet.extract.lang import language
from lcnet.extract.numbers import alternation, may_end_a_number, number_pattern
from lcnet.extract.occurrences import kept_places, occurrences

_QUOTE = '["\u00ab\u201c\u201e]'  # a quote that opens a count: 'sono "oltre 400"'
_OPENING = "\"'(\u00ab\u201c\u201e\u2018"  # quotes that open on a word
_REACH = 140  # characters before a unit where the inverted form's verb may stand
_AFTER_NOUN = 30  # characters after the unit where the inverted form's adjective may be


class Pronounced(NamedTuple):
    """A count of a pronoun that stands for cities: "l'Institut en annonçait 115"."""

    start: int
    end: int
    number: str
    qualifier: str


def pronounced(low: str, start: int, end: int, code: str) -> Iterator[Pronounced]:
    """ "en annonçait 115, issus de 28 pays", "l'Arabie saoudite en aligne désormais
    deux", "ne conta 425": a clitic pronoun of the cities (Language.pronoun_counts),
    its verb, and a number that ends its clause."""
    form = _pronoun_form(code)
    if form is None:
        return
    words = _pronoun_words(code)
    if words is not None:  # "they ... number": no "number" kept for the stretch, no "they"
        gates = _pronoun_gates(code)
        words = tuple(w for w in words if not _ruled_out(low, start, end, gates[w]))
    more = _added_after(code)
    for found in _anchored_matches(form, low, start, end, words):
        if more is not None and more.match(low, found.end("number")):
            continue  # "l'UNESCO en a admis 72 de plus": an addition's, read as one
        first = found.start("qualifier") if found["qualifier"] else found.start("number")
        yield Pronounced(first, found.end("number"), found["number"], found["qualifier"] or "")


@cache
def _added_after(code: str) -> re.Pattern[str] | None:
    """The words of "more" after a count (Language.addition_after), right after it."""
    words = language(code).addition_after
    return re.compile(rf"\s+(?:{alternation(words)})(?!\w)") if words else None


def _anchored_matches(
    form: re.Pattern[str], low: str, start: int, end: int, words: tuple[str, ...] | None
) -> list[re.Match[str]]:
    """The form's matches, tried only where one of its first words starts (str.find:
    most text holds none of "they", "ne", "elles"); all of them when a form starts
    with no word (words is None)."""
    if words is None:
        return list(form.finditer(low, start, end))
    found: dict[int, re.Match[str]] = {}
    for word in words:  # kept for the stretch: "cresceu" is read from "cresce"'s places
        for at in occurrences(low, start, end, word):
            if at not in found and (at == 0 or not low[at - 1].isalnum()):
                match = form.match(low, at, end)
                if match is not None:
                    found[at] = match
    return [found[at] for at in sorted(found)]


@cache
def _pronoun_words(code: str) -> tuple[str, ...] | None:
    """The literal words each pronoun form opens with ("they", "rose to"), or None if
    one starts otherwise or with a word too short to be rare ("en", "ne": one search of the form
    is then faster than trying it at each). Words that open alike are looked for by what
    they share ("reache" for "reaches" and "reached": one pass over the text for both)."""
    if any(re.match(r"[^\W\d_]{4,}(?= |\Z)", f) is None for f in language(code).pronoun_counts):
        return None  # not "rose to", "reaches"
    return tuple(dict.fromkeys(_opening_words(code).values()))


@cache
def _opening_words(code: str) -> dict[str, str]:
    """Each pronoun form's literal start, to the word looked for in its place: the start
    itself, or what it shares with another's, when that is long (_SHARED) and no start
    is a word of its own ("reaches", "reached": "reache"; not "they" and "theyre")."""
    starts = list(dict.fromkeys(_literal_start(f) for f in language(code).pronoun_counts))
    found: dict[str, str] = {}
    for word in starts:
        shared = word
        for other in starts:
            common = _common_start(word, other)
            shares = other != word and len(common) >= _SHARED and " " not in common
            if shares and common not in starts:
                shared = min(shared, common, key=len)
        found[word] = shared
    return found


_SHARED = 5  # letters two forms' starts share at least, to be looked for as one


def _common_start(one: str, other: str) -> str:
    size = 0
    while size < min(len(one), len(other)) and one[size] == other[size]:
        size += 1
    return one[:size]


@cache
def _pronoun_gates(code: str) -> dict[str, tuple[str, ...]]:
    """For each word looked for (_pronoun_words), the anchors (lcnet.extract.grammar.
    anchor: a literal every match holds) of the forms it opens, when each is another
    word: "they (?:now |today |currently )?number(?:ed)?" holds "number", a unit noun's
    needle, whose places in a stretch are kept; empty when a form's anchor is its
    opening word."""
    opening = _opening_words(code)
    gates: dict[str, list[str]] = {}
    for fragment in language(code).pronoun_counts:
        start, literal = _literal_start(fragment), anchor(fragment)
        word = opening[start]
        gates.setdefault(word, []).append("" if start.startswith(literal) else literal)
    return {w: () if "" in found else tuple(found) for w, found in gates.items()}


def _ruled_out(low: str, start: int, end: int, anchors: tuple[str, ...]) -> bool:
    """Whether no form a word opens can match in low[start:end]: each one's anchor is
    kept for the stretch (no pass over it is made here) and stands nowhere in it."""
    return bool(anchors) and all(kept_places(low, start, end, a) == [] for a in anchors)


def _literal_start(fragment: str) -> str:
    """The letters and spaces a pattern opens with, all of which a match holds: "rose
    to", not "rose" ("prices rose 28%" is no place to try the form at)."""
    size = 0
    while size < len(fragment) and (fragment[size].isalpha() or fragment[size] == " "):
        size += 1
    if fragment[size : size + 1] in _QUANTIFIERS:
        size -= 1  # "grows?": the last letter may be left out
    # not a space last: str.find compares a needle's last character first, and spaces
    # are everywhere ("they " is a slower search than "they")
    return fragment[:size].rstrip(" ")


_QUANTIFIERS = ("?", "*", "+", "{")


@cache
def _pronoun_form(code: str) -> re.Pattern[str] | None:
    data = language(code)
    if not data.pronoun_counts:
        return None
    adverbs = alternation(list(data.possession_words))
    qualifiers = alternation(list(data.qualifiers))
    # a line may end between the words: "le Portugal en\ncompte déjà six"
    forms = "|".join(data.pronoun_counts).replace(" ", r"\s+")
    # "la red alcanza las 425", "a rede chega às 425": an article may stand before it
    articles = alternation(list(data.plural_articles)) or "(?!)"
    return re.compile(
        rf"(?<!\w)(?:{forms})(?:\s+(?:{adverbs}))*\s+"
        rf"(?:(?:{articles})\s+)?"
        # a quoted count: "la France en compterait « une dizaine »"
        rf"(?:[\"\u00ab\u201c]\s*)?"
        rf"(?:(?P<qualifier>{qualifiers})\s+)?(?P<number>{number_pattern(code)}){_clock(code)}"
        + _ends(code)
    )


@cache
def _clock(code: str) -> str:
    """Not a time of day after the number: "llega a las diez de la mañana", "arrives at
    ten o'clock", "um 10 Uhr", "10h30" (Language.clock_words)."""
    words = language(code).clock_words
    return rf"(?!\s*(?:[:h]\d|h\b{'|' + words if words else ''}))"


class Others(NamedTuple):
    """Others counted with their noun left out: "junto a otras 71"."""

    start: int
    end: int
    number: str
    qualifier: str


_COMPANY_REACH = 30  # characters before "otras" where its word of company may end


def others_alone(low: str, start: int, end: int, code: str) -> Iterator[Others]:
    """ "Chía ingresó a la red junto a otras 71.", "Lisboa entrou com outras 71",
    "Torino è entrata insieme ad altre 63": "others" and a number that ends its clause,
    after a word of company (Language.company_words, along_cues); tried only where a
    word of Language.other_before starts (str.find)."""
    forms = _others_forms(code)
    if forms is None:
        return
    company, others = forms
    for word in language(code).other_before:  # the stretch's index: no pass here
        for at in occurrences(low, start, end, word):
            if (at == 0 or not low[at - 1].isalnum()) and company.search(
                low, max(start, at - _COMPANY_REACH), at
            ):
                found = others.match(low, at, end)
                if found is not None:
                    first = found.start("qualifier") if found["qualifier"] else at
                    yield Others(first, found.end("number"), found["number"],
                                 found["qualifier"] or "")  # fmt: skip


def additions_alone(low: str, start: int, end: int, code: str) -> Iterator[Others]:
    """ "In December UNESCO added seventy-two more", "72 more joined", "kamen 72 weitere
    hinzu", "l'UNESCO en a admis 72 de plus", "ne sono entrate 72 nuove", "admitted
    another 72": a number that adds to a count said before, its noun left out, where a
    verb of joining stands in its sentence and nothing but the clause's end or that verb
    follows it ("3 more days" is no such count). Tried only where a word of
    Language.addition_after or addition_before stands (str.find)."""
    data = language(code)
    if not data.addition_after and not data.addition_before:
        return
    forms = _addition_forms(code)
    cues = grammar(code).cues
    for back, words, form in forms:
        for word in words:  # the stretch's index (occurrences): no pass here
            # the number ends right before the word (white space between) unless a longer
            # word of the form ends as it does ("de plus" where "plus" is)
            gated = back and not any(w != word and w.endswith(word) for w in words)
            for at in occurrences(low, start, end, word):
                if (at == 0 or not low[at - 1].isalnum()) and not low[
                    at + len(word) : at + len(word) + 1
                ].isalnum():
                    if gated and not _number_ends_before(
                        low, max(start, at - _NUMBER_REACH), at, code
                    ):
                        continue  # "3 more days" has one, "many more" none: most have none
                    found = (
                        form.search(low, max(start, at - _NUMBER_REACH), at + len(word))
                        if back
                        else form.match(low, at, end)
                    )
                    if found is not None and _joined_clause(low, found, start, end, cues):
                        yield Others(found.start(), found.end(), found["number"], "")


_NUMBER_REACH = 40  # characters before an addition word where its number may start


def _number_ends_before(low: str, first: int, at: int, code: str) -> bool:
    """Whether the word before `at` (white space between) may end a number, as the back
    form of _addition_forms needs ("72 more"; low[first:at] holds all of its number)."""
    words = low[first:at].split()
    return bool(words) and low[at - 1 : at].isspace() and may_end_a_number(words[-1], code)


_ADDITION_VERB_REACH = 30  # characters after an addition where its verb of joining may start


def _joined_clause(
    low: str, found: re.Match[str], start: int, end: int, cues: re.Pattern[str]
) -> bool:
    """Whether the clause of an addition is one of joining and ends after it, or goes on
    with its verb of joining ("72 more were admitted")."""
    after = found.end()
    verb = cues.search(low, after, min(end, after + _ADDITION_VERB_REACH))
    if (
        verb is not None
        and verb.lastgroup == "intake"
        and len(low[after : verb.start()].split()) <= 2
    ):
        return True
    if _CLAUSE_END.match(low, after) is None:
        return False
    opening = max(low.rfind(".", start, found.start()), low.rfind("\n\n", start, found.start()))
    first = max(start, opening + 1)
    kinds = {m.lastgroup for m in cues.finditer(low, first, found.start())}
    # "Hanoi joined along with 71 more": others, whom the subject joins (72)
    return "intake" in kinds and "along" not in kinds


_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)\]\u2013\u2014]|\Z|\n)")


@cache
def _addition_forms(code: str) -> tuple[tuple[bool, tuple[str, ...], re.Pattern[str]], ...]:
    data = language(code)
    number = number_pattern(code)
    forms: list[tuple[bool, tuple[str, ...], re.Pattern[str]]] = []
    if data.addition_after:  # "72 more": searched back from the word, to its end
        forms.append((True, data.addition_after, re.compile(
            rf"(?<![\w.,])(?P<number>{number})\s+(?:{alternation(data.addition_after)})\Z"
        )))  # fmt: skip
    if data.addition_before:  # "another 72"
        forms.append((False, data.addition_before, re.compile(
            rf"(?:{alternation(data.addition_before)})\s+(?P<number>{number})(?![\w.,]\d)"
        )))  # fmt: skip
    return tuple(forms)


@cache
def _others_forms(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    data = language(code)
    if not data.other_before or not data.company_words:
        return None
    words = [*data.along_cues, *(rf"\b{w}\b" for w in data.company_words)]
    # "se une a otras 71", "junta-se às outras 71": a preposition governing the others
    # (Language.others_prepositions), a plural article allowed after it
    articles = "".join(rf"|\s+{a}" for a in data.plural_articles)
    words += [rf"(?<!\w){w}(?:{articles[1:]})?" for w in data.others_prepositions]
    company = re.compile(rf"(?:{'|'.join(words)})\s+(?:ad?\s+)?\Z")
    qualifiers = alternation(list(data.qualifiers))
    others = re.compile(
        rf"(?:{alternation(data.other_before)})\s+(?:(?P<qualifier>{qualifiers})\s+)?"
        rf"(?P<number>{number_pattern(code)}){_ends(code)}"
    )
    return company, others


def ends_a_count(code: str) -> str:
    """What may follow a number that ends a count's clause (a lookahead)."""
    return _ends(code)


@cache
def _ends(code: str) -> str:
    data = language(code)
    followers = alternation(sorted({*data.count_ends, *data.conjunctions}))
    # a bar or a dash too, as a title's site name follows: "l'Italia sale a otto | CPIA"
    return (
        rf"(?=\s*[\"\u00bb\u201d]?\s*(?:[,.;:!?)\]|\u2013\u2014]|\Z|\n|-\s)"
        rf"|\s+(?:{followers})(?![^\W\d_]))"
    )


class Predicated(NamedTuple):
    """A count by a verb: the number's span, the unit noun, the words around it."""

    start: int
    end: int
    number: str
    qualifier: str  # the qualifier's words, or ""
    noun: str  # the unit noun, as it is keyed in Grammar.nouns
    before: str  # the modifiers before the noun ("nuove")
    after: str  # the words after the noun, up to the verb ("italiane della rete")


def predicated(
    low: str, start: int, end: int, code: str, places: list[int], verbs: list[int]
) -> Iterator[Predicated]:
    """The counts given by a verb after their unit, or before it with an aside between
    (`places`: where the language's unit nouns may start; `verbs`: verb_places)."""
    forms = _forms(code)
    if forms is None:
        return
    places = _near_a_verb(places, verbs)
    noun_at, subject_first, number_first = forms
    for at in places:
        noun = noun_at.match(low, at, end)
        if noun is None:
            continue
        key = " ".join(noun.group().split())
        found = subject_first.match(low, noun.end(), end)
        said = _determiner(low, at, code) if found is not None else None
        if found is not None and said is None and found["colon"]:
            # "la lista de nuevos integrantes de la Red ...: son 64": the colon says what
            # the count is of, whatever article the noun has
            said = _modifiers_before(low, at, code)
        if found is not None and said is not None:
            determiner, modifiers = said
            first = found.start("qualifier") if found["qualifier"] else found.start("number")
            placed = "" if determiner in _articles(code) else determiner  # "Deutsche ..."
            before = " ".join(w for w in (placed, modifiers) if w)  # "le nuove città"
            yield Predicated(
                first, found.end("number"), found["number"], found["qualifier"] or "",
                key, before, found["after"] or "",
            )  # fmt: skip
            continue
        offset = max(start, at - _REACH)
        inverted = number_first.search(low[offset:at])
        if inverted is not None:
            first = (
                inverted.start("qualifier") if inverted["qualifier"] else inverted.start("number")
            )
            # the adjective right after the noun places it: "las ciudades colombianas"
            following = " ".join(low[noun.end() : noun.end() + _AFTER_NOUN].split()[:1])
            yield Predicated(
                offset + first, offset + inverted.end("number"), inverted["number"],
                inverted["qualifier"] or "", key, inverted["before"] or "", following,
            )  # fmt: skip


def _determiner(low: str, at: int, code: str) -> tuple[str, str] | None:
    """The article before the unit (past its modifiers), or an adjective of nationality
    that opens its clause in an article's place ("Deutsche Mitglieder sind vier"), and
    the modifiers between it and the unit ("le nuove città": "nuove"); None when the
    unit has neither."""
    # a quote that opens on the article: 'aggiunge: "Le Learning Cities italiane sono otto'
    words = [w.lstrip(_OPENING) for w in low[max(0, at - 40) : at].split()]
    articles, modifiers = _articles(code), _modifier_words(code)
    popped: list[str] = []
    while words and words[-1] in modifiers and words[-1] not in articles:
        popped.append(words.pop())
    if not words:
        return None
    between = " ".join(reversed(popped))
    if words[-1] in articles:
        return words[-1], between
    if words[-1] not in language(code).demonyms:
        return None
    before = low.rfind(words[-1], 0, at) - 1
    while before >= 0 and low[before] in " \t":
        before -= 1
    return (words[-1], between) if before < 0 or low[before] in ",.;:!?\n" else None


def _modifiers_before(low: str, at: int, code: str) -> tuple[str, str]:
    """No determiner, and the modifiers right before the unit ("nuevos")."""
    words = [w.lstrip(_OPENING) for w in low[max(0, at - 40) : at].split()]
    modifiers, popped = _modifier_words(code), []
    while words and words[-1] in modifiers:
        popped.append(words.pop())
    return "", " ".join(reversed(popped))


_VERB_REACH = 100  # characters after a unit noun where the verb of its count may be


def verb_places(low: str, start: int, end: int, code: str) -> list[int]:
    """Where the words of the verbs of counting (Language.count_predicate_words) stand
    in low[start:end], in order: found with str.find, they are few, and none in most
    text, where no unit noun need then be read."""
    found: list[int] = []
    for word in language(code).count_predicate_words:  # most are unit nouns' needles too
        found += occurrences(low, start, end, word)
    return sorted(found)


def _near_a_verb(places: list[int], verbs: list[int]) -> list[int]:
    """The unit nouns with a verb of counting near them: the others cannot be the
    subject of one, and are dropped before any pattern is tried."""
    kept = []
    for at in places:
        after = bisect_right(verbs, at)  # the subject's verb after it
        follows = after < len(verbs) and verbs[after] - at <= _VERB_REACH
        if follows or (after and at - verbs[after - 1] <= _REACH):  # or inverted, before
            kept.append(at)
    return kept


@cache
def _articles(code: str) -> frozenset[str]:
    return frozenset(language(code).plural_articles)


@cache
def _modifier_words(code: str) -> frozenset[str]:
    data = language(code)
    return frozenset(w for m in data.modifiers_before for w in m.split())


@cache
def _forms(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    data = language(code)
    if not data.count_predicates or not data.plural_articles:
        return None
    # singular nouns too: Italian writes "le Learning City" for the plural
    nouns = alternation([*data.units, *data.singular_units])
    number = number_pattern(code)
    qualifiers = alternation(list(data.qualifiers))
    verbs = "|".join(data.count_predicates)
    ends = _ends(code)
    word = r"[^\W\d_][\w'\u2019-]*"
    noun_at = re.compile(rf"(?:{nouns})(?![^\W\d_])")
    subject_first = re.compile(
        # a colon may stand before the verb: "las nuevas ciudades de la Red ...: son 64"
        rf"(?P<after>(?:\s+{word}){{0,8}}?)(?P<colon>\s*:)?\s+(?:{verbs})\s+(?:{_QUOTE}\s*)?"
        rf"(?:(?P<qualifier>{qualifiers})\s+)?(?P<number>{number}){ends}"
    )
    modifiers = alternation(list(data.modifiers_before))
    articles = alternation(list(data.plural_articles))
    inverters = "|".join(data.count_predicates_first) if data.count_predicates_first else "(?!)"
    number_first = re.compile(
        rf"(?<![^\W\d_])(?:{inverters})\s+(?:(?P<qualifier>{qualifiers})\s+)?"
        rf"(?P<number>{number})\s*,[^,.;:\n]{{1,60}},\s*"
        rf"(?:{articles})\s+(?P<before>(?:(?:{modifiers or '(?!)'})\s+)*)\Z"
    )
    return noun_at, subject_first, number_first


class Apposed(NamedTuple):
    """A count set off by commas after its noun: "The newcomers, 72 in all, come from"."""

    start: int  # the number, or the word before it that makes it the whole
    end: int  # after the number (and such a word after it)
    number: str
    noun: str  # the unit noun, as it is keyed in Grammar.nouns
    after: str  # the modifier after the noun ("mới"), or ""


_APPOSED_REACH = 60  # characters before a word of "in all" where the noun may start


def apposed(low: str, start: int, end: int, code: str) -> Iterator[Apposed]:
    """ "The newcomers, 72 in all, come from 46 countries", "Die Neuzugänge, insgesamt 72,
    kommen aus 46 Ländern", "Các thành viên mới, tổng cộng 72, đến từ 46 quốc gia": a unit
    noun, a comma, a number that a word of Language.in_all makes the whole, a comma. Found
    from those words (str.find: most text holds none)."""
    form = _apposed_form(code)
    if form is None:
        return
    for found in _beside_in_all(form, low, (start, end), code, _APPOSED_REACH):
        first = found.start("pre") if found["pre"] else found.start("number")
        last = found.end("post") if found["post"] else found.end("number")
        after = " ".join((found["after"] or "").split())
        yield Apposed(first, last, found["number"], " ".join(found["noun"].split()), after)


def _beside_in_all(
    form: re.Pattern[str], low: str, span: tuple[int, int], code: str, reach: int
) -> Iterator[re.Match[str]]:
    """The form's matches whose word of Language.in_all ("pre" before the number, or
    "post" after it) is one found with str.find, searched only `reach` around it; each
    number once."""
    start, end = span
    seen: set[int] = set()
    for word in language(code).in_all:
        for at in occurrences(low, start, end, word):
            floor, ceiling = max(start, at - reach), min(end, at + len(word) + reach)
            for found in form.finditer(low, floor, ceiling):
                beside = found.span("pre") if found["pre"] else found.span("post")
                if found.start("number") in seen or not beside[0] <= at < beside[1]:
                    continue
                seen.add(found.start("number"))
                yield found


@cache
def _apposed_form(code: str) -> re.Pattern[str] | None:
    data = language(code)
    if not data.in_all or data.attached:
        return None
    nouns = alternation([*data.units, *data.singular_units])
    after = alternation(list(data.modifiers_after)) or "(?!)"
    whole = alternation(list(data.in_all))
    return re.compile(
        rf"(?<![^\W\d_])(?P<noun>{nouns})(?:\s+(?P<after>{after}))?\s*,\s*"
        rf"(?:(?P<pre>{whole})\s+)?(?P<number>{number_pattern(code)})"
        rf"(?:\s+(?P<post>{whole}))?\s*[,;)]"
    )


class Bracketed(NamedTuple):
    """A count in brackets after its noun: "Le città italiane della rete (6): ..."."""

    start: int  # the number
    end: int
    number: str
    noun: str  # the unit noun, as it is keyed in Grammar.nouns
    before: str  # the words of its clause before the noun ("the new")
    after: str  # the words between the noun and the bracket ("italiane della rete")


_BRACKET_OPEN = re.compile(r"\(\s*\d")  # a bracket that opens on a digit: rare, cheap
_BRACKET_REACH = 60  # characters before a bracket where its noun may start
_YEAR = re.compile(r"(?:19|20)\d\d")


def bracketed(low: str, start: int, end: int, code: str) -> Iterator[Bracketed]:
    """ "Le città italiane della rete (6): Torino, ...", "Les villes membres (425) viennent
    de 91 pays", "The new members (72) come from 46 countries": a unit noun, at most four
    words after it, and a count in brackets that a colon follows (a list's header) or of
    two digits or more (one digit alone may be a footnote's mark: "cities (1)"). Found from
    brackets that open on a digit."""
    form = _bracketed_form(code)
    if form is None:
        return
    for opening in _BRACKET_OPEN.finditer(low, start, end):
        floor = max(start, opening.start() - _BRACKET_REACH)
        for found in form.finditer(low, floor, min(end, opening.end() + 12)):
            if found.start("number") < opening.start():
                continue
            if len(found["number"]) < 2 and not found["colon"]:
                continue
            if _YEAR.fullmatch(found["number"]):
                continue  # "Villes membres (2024)": a year
            clause = max(low.rfind(mark, floor, found.start()) for mark in ".;:!?\n") + 1
            before = " ".join(low[max(clause, floor) : found.start()].split()[-3:])
            noun = " ".join(found["noun"].split())
            after = " ".join((found["after"] or "").split())
            yield Bracketed(found.start("number"), found.end("number"), found["number"], noun,
                            before, after)  # fmt: skip
            break


@cache
def _bracketed_form(code: str) -> re.Pattern[str] | None:
    data = language(code)
    if data.attached:
        return None
    nouns = alternation([*data.units, *data.singular_units])
    return re.compile(
        rf"(?<![^\W\d_])(?P<noun>{nouns})(?![^\W\d_])"
        rf"(?P<after>(?:\s+[^\W\d_(][\w'\u2019-]*){{0,4}}?)\s*\(\s*(?P<number>\d{{1,4}})\s*\)"
        rf"(?P<colon>\s*:)?"
    )


def wholes(low: str, start: int, end: int, code: str) -> Iterator[Pronounced]:
    """ "The 2022 expansion added 77 cities, for 294 in all", "insgesamt 294", "pour 294
    au total": a bare number that a word of Language.in_all beside it makes the whole,
    ending its clause (its unit said before: the members). Found from those words."""
    form = _whole_form(code)
    if form is None:
        return
    out_of = _out_of_before(code)
    for found in _beside_in_all(form, low, (start, end), code, _WHOLE_REACH):
        if out_of is not None and out_of.search(low, max(0, found.start() - 12), found.start()):
            continue  # "sechs von insgesamt 425": the whole a country's part is of
            # (lcnet.extract.engine reads it after the part)
        if _apposed_to_another_noun(low, found.start(), found.end(), code):
            continue  # "Les délégués, au nombre de 500, ont voté": the delegates' count
        yield Pronounced(found.start("number"), found.end("number"), found["number"], "")


_APPOSITION = re.compile(r"([^\W\d_][\w'\u2019-]*)\s*,\s*\Z")


def _apposed_to_another_noun(low: str, start: int, end: int, code: str) -> bool:
    """A whole set off by commas right after a word that is no unit noun (nor a modifier
    after one) counts that word's noun: "Les délégués, au nombre de 500, ont voté", "I
    delegati, 500 in tutto, hanno votato" (a unit noun there is read by `apposed`)."""
    if not low.startswith(",", end) and not low[end : end + 3].lstrip().startswith(","):
        return False
    before = _APPOSITION.search(low, max(0, start - 40), start)
    return before is not None and before[1] not in _noun_ends(code)


@cache
def _noun_ends(code: str) -> frozenset[str]:
    """The last words of the language's unit nouns and of the modifiers after them."""
    data = language(code)
    keys = [*data.units, *data.singular_units, *data.modifiers_after]
    return frozenset(key.split()[-1] for key in keys if key.split())


_WHOLE_REACH = 24  # characters around a word of "in all" where its number stands


@cache
def _whole_form(code: str) -> re.Pattern[str] | None:
    data = language(code)
    if not data.in_all or data.attached:
        return None
    whole = alternation(list(data.in_all))
    return re.compile(
        rf"(?<![^\W\d_])(?:(?P<pre>{whole})\s+)?(?P<number>{number_pattern(code)})"
        rf"(?:\s+(?P<post>{whole}))?{_ends(code)}"
    )


@cache
def _out_of_before(code: str) -> re.Pattern[str] | None:
    words = language(code).out_of
    return re.compile(rf"(?<!\w)(?:{alternation(list(words))})\s+\Z") if words else None
