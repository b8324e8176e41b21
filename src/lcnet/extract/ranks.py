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
from lcnet.extract.engine import Lowered, read_text
from lcnet.extract.grammar import Grammar, grammar
from lcnet.extract.historic import as_of
from lcnet.extract.lang import Language, Unit
from lcnet.extract.lists import Gazetteer, Place, names_of, place_key, sentences, short_names
from lcnet.extract.numbers import alternation
from lcnet.extract.phrase import Phrase
from lcnet.extract.sentence import Span
from lcnet.model import Metric, Qualifier

_ASIDE = re.compile(r"\s*(?:,[^,.;:!?\n]{1,40},)?\s*\Z")  # "Lille, entrée en 2024, est"


@cache
def _self(code: str) -> re.Pattern[str]:
    """The text's own city as the subject right before the verb: "el municipio
    (sabanero)", "nuestra ciudad", "o município", "la commune", "il comune", "the city"
    (Language.self_subjects)."""
    subjects = grammar(code).language.self_subjects or "(?!)"
    return re.compile(rf"(?<!\w)(?:{subjects})(?: [^\W\d_]+){{0,2}}?,?\s*\Z")


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


def ranked(
    text: str,
    code: str,
    places: Gazetteer,
    *,
    topic: bool,
    read: Lowered | None = None,
    home: Place | None = None,
) -> Iterator[Ranked]:
    """The ranks that `text` gives member cities among their country's members; `read`:
    the text lowered and its anchors (lcnet.extract.engine.read_text), when known; `home`:
    the member the text's title names, whom "el municipio" stands for."""
    form = _form(code)
    if (form is None and _after_forms(code) is None) or not places.places:
        return
    rules = grammar(code)
    if read is None:
        read = read_text(text, rules)
    low = read.low
    names = names_of(places)
    data = rules.language
    for sentence in sentences(low, rules, topic=topic, anchors=read.anchors):
        before = list(_after_names(low, sentence, names, places, code))
        yield from before
        if form is None:
            continue
        yield from _coordinated_ranks(low, sentence.start(), sentence.end(), names, places, code)
        if not _may_rank(low, sentence.start(), sentence.end(), code):
            continue  # the common case: no rank verb before an ordinal (str.find, no regex)
        after = _after_word(code)
        for found in form.finditer(low, sentence.start(), sentence.end()):
            if after is not None and after.search(low, sentence.start(), found.start()):
                continue  # "After Gelsenkirchen and Hamburg, Bonn is ...": the names decide
            if any(r.start <= found.start("ordinal") < r.end for r in before):
                continue  # "Bonn is the third, after A and B": read with its names
            reach = max(sentence.start(), found.start() - _SUBJECT_REACH)
            named = list(names.finditer(low, reach, found.start()))
            place: Place | None
            if named and _ASIDE.match(low, named[-1].end(), found.start()) is not None:
                place = places.places[place_key(named[-1].group())]
            else:  # "Reggio è la sesta", "Mantes fut la deuxième": a name said short
                place = _short_named(low, reach, found.start(), places)
            if (
                place is None
                and home is not None
                and _self(code).search(low, reach, found.start())
            ):
                place = home  # "el municipio sabanero se convierte en la novena ciudad"
            if place is None and not low[sentence.start() : found.start()].strip():
                # "Palermo entrò nella rete nel 2019. Fu la terza": the subject left out is
                # the one member the sentence before names
                place = _sole_before(low, sentence.start(), names, places)
            if place is None:
                continue
            demonym = found["demonym"]
            if demonym and data.demonyms.get(" ".join(demonym.split())) != place.country:
                continue  # "Sousse est la deuxième marocaine": not its own country
            where = found["where"]
            if where and _not_a_place(low, found, rules):
                where = None  # "la séptima mexicana en ingresar", "a oitava portuguesa da rede"
            if where and data.country_names.get(" ".join(where.split())) != place.country:
                continue  # "a primeira do Rio Grande do Sul": of a part of it, or elsewhere
            value = _rank_value(found["ordinal"], data)
            if value < 2:
                continue  # "Torino è stata la prima": first of many things, said loosely
            end = (
                found.end("demonym")
                if demonym
                else found.end("ref" if found["ref"] else "ordinal")
            )
            # "Cividale è l'ottava, Brescia la settima": the verb left out after a comma
            gapped = _gapped(code).match(low, end, sentence.end())
            start = found.start()  # "Lille, entrée en 2024, est la septième": its own day
            # "En 2022, Envigado fue la sexta": a date that opens the clause before the name
            start = _opening_date(low, max(sentence.start(), reach), start, rules) or start
            stop = gapped.start("name") if gapped else _clause_end(low, end, sentence.end())
            past = _past(found["verb"], code)
            when = _dated(low, found.start("ordinal"), end, start, stop, rules)
            yield Ranked(found.start("ordinal"), end, Metric.COUNTRY_CITIES, value,
                         Qualifier.EXACT, place.country, (),
                         when or (place.joined if past else None))  # fmt: skip
            if gapped is None:
                continue
            other = names.fullmatch(low, gapped.start("name"), gapped.end("name"))
            more: Place | None
            if other is not None:
                more = places.places[place_key(other.group())]
            else:
                more = _short_named(low, gapped.start("name"), gapped.end("name"), places)
            rank = data.ordinals[" ".join(gapped["ordinal"].split())]
            if more is None or more.country != place.country or rank < 2:
                continue
            at, stop = gapped.start("ordinal"), gapped.end("ordinal")
            when = _dated(low, at, stop, gapped.start("name"),
                          _clause_end(low, stop, sentence.end()), rules)  # fmt: skip
            # "Cividale è l'ottava, Brescia la settima": the verb left out is the first's
            yield Ranked(at, stop, Metric.COUNTRY_CITIES, rank, Qualifier.EXACT, more.country,
                         (), when or (more.joined if past else None))  # fmt: skip


def _ordinal_words(data: Language) -> str:
    """The ordinals, and a rank word with its number where the language says ranks so
    ("la número 14 de México", "a nº 15": Language.rank_numbers)."""
    words = alternation(data.ordinals)
    if not data.rank_numbers:
        return words
    return rf"{words}|(?:{alternation(data.rank_numbers)})\s*\d{{1,3}}(?!\d)"


def _rank_value(ordinal: str, data: Language) -> int:
    """The rank an ordinal or a numbered rank ("número 14") says."""
    said = " ".join(ordinal.split())
    if said in data.ordinals:
        return data.ordinals[said]
    digits = "".join(c for c in said if c.isdigit())
    return int(digits) if digits else 0


def _not_a_place(low: str, found: re.Match[str], rules: Grammar) -> bool:
    """Whether the words after a rank's preposition name no place: the network ("da
    rede", "de la red", "in the network") or a clause of joining the language ends a rank
    with ("en ingresar", "a entrar": Language.rank_ends)."""
    where = found["where"]
    head = found.end("demonym") if found["demonym"] else found.end("ordinal")
    # the reference with its preposition and article: "de la red", "da rede"
    if rules.references.search(low, head, found.end()) is not None or any(
        finder.search(where) is not None for finder in rules.gnlc_finders
    ):
        return True
    ends = _clause_ends(rules.language.code)
    return ends is not None and ends.match(low, head) is not None


@cache
def _clause_ends(code: str) -> re.Pattern[str] | None:
    ends = [e for e in grammar(code).language.rank_ends if not _PLACE_WORD.fullmatch(e)]
    return re.compile(rf"\s+(?:{'|'.join(ends)})(?!\w)") if ends else None


def _coordinated_ranks(
    low: str, start: int, end: int, names: re.Pattern[str], places: Gazetteer, code: str
) -> Iterator[Ranked]:
    """ "Trieste e Lucca sono la quarta e la quinta": two ranks in the country of the
    members named before the verb."""
    form = _coordinated(code)
    if form is None or not _may_coordinate(low, start, end, code):
        return
    data = grammar(code).language
    rules = grammar(code)
    for found in form.finditer(low, start, end):
        reach = max(start, found.start() - _SUBJECT_REACH)
        named = list(names.finditer(low, reach, found.start()))
        if not named or (
            _ASIDE.match(low, named[-1].end(), found.start()) is None
            and _name_joined(code).match(low, named[-1].end(), found.start()) is None
        ):  # "Lucca e Trieste sono": the other name may be one the store does not know
            continue
        place = places.places[place_key(named[-1].group())]
        stop = _clause_end(low, found.end(), end)
        past = _past(found["verb"], code)
        # "Trieste e Lucca furono la quarta e la quinta": each rank its own member's day
        first = places.places[place_key(named[-2].group())] if len(named) > 1 else None
        for group, member in (("ordinal", first), ("second", place)):
            value = data.ordinals[" ".join(found[group].split())]
            if value < 2:
                continue
            at, last = found.start(group), found.end(group)
            when = _dated(low, at, last, named[0].start() if len(named) > 1 else found.start(),
                          stop, rules)  # fmt: skip
            if when is None and past and member is not None and member.country == place.country:
                when = member.joined
            yield Ranked(at, last, Metric.COUNTRY_CITIES, value, Qualifier.EXACT,
                         place.country, (), when)  # fmt: skip


@cache
def _name_joined(code: str) -> re.Pattern[str]:
    """Another name a conjunction joins to the name before the verb: "Lucca e Trieste"."""
    conjunctions = "|".join(grammar(code).language.conjunctions) or "(?!)"
    return re.compile(
        rf"\s+(?:{conjunctions})\s+[^\W\d_][\w'\u2019-]*(?:\s+[^\W\d_][\w'\u2019-]*){{0,2}}"
        r"(?:,[^,.;:!?\n]{1,40},)?\s*\Z"
    )


def _may_coordinate(low: str, start: int, end: int, code: str) -> bool:
    """Whether a plural verb of the language stands in low[start:end] before a
    conjunction (str.find, no regex): the common case is no."""
    conjunctions = grammar(code).language.conjunctions
    if not any(low.find(f" {c} ", start, end) >= 0 for c in conjunctions):
        return False
    verbs = grammar(code).language.plural_rank_verbs
    return any(low.find(f"{verb} ", start, end) >= 0 for verb in verbs)


def _opening_date(low: str, start: int, verb: int, rules: Grammar) -> int | None:
    """Where a date opens the clause of a rank's subject ("En 2022, Envigado fue la sexta",
    "Năm 2024, Sơn La trở thành thành viên thứ năm"): only the date, a comma and the
    subject's words stand before the verb; None otherwise."""
    clause = max(start, low.rfind(";", start, verb) + 1)
    while clause < verb and low[clause] in " \t\n":
        clause += 1
    found = rules.historic.match(low, clause, verb)
    if found is None or low.find(",", found.end(), verb) != _comma_after(low, found.end()):
        return None
    return clause


def _comma_after(low: str, at: int) -> int:
    """The place of a comma right after `at` (spaces aside), or -2."""
    while at < len(low) and low[at] in " \t":
        at += 1
    return at if at < len(low) and low[at] == "," else -2


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


_PREVIOUS_REACH = 200  # characters before a sentence where its left-out subject is named


def _sole_before(low: str, at: int, names: re.Pattern[str], places: Gazetteer) -> Place | None:
    """The one member named in the sentence that ends at `at`, or None (none, or two)."""
    start = max(0, at - _PREVIOUS_REACH)
    stop = max(low.rfind(".", start, at - 2), low.rfind("\n\n", start, at - 2)) + 1
    keys = {place_key(m.group()) for m in names.finditer(low, max(start, stop), at)}
    return places.places[keys.pop()] if len(keys) == 1 else None


_LAST_WORD = re.compile(r"([^\W\d_]{4,})\s*\Z")


def _short_named(low: str, start: int, end: int, places: Gazetteer) -> Place | None:
    """The member whose name the word ending at low[end] (before an aside) opens, where
    no other member's name does: "Reggio" for Reggio Calabria, "Mantes" for
    Mantes-la-Jolie. None when the word is no such short name."""
    aside = _ASIDE.search(low, start, end)
    last = _LAST_WORD.search(low, start, aside.start() if aside else end)
    if last is None:
        return None
    key = short_names(places).get(last.group(1))
    return places.places.get(key) if key else None


@cache
def _gapped(code: str) -> re.Pattern[str]:
    data = grammar(code).language
    articles = "|".join(data.rank_articles) or "(?!)"
    dated = alternation(data.rank_year_prepositions) or "(?!)"
    conjunctions = "|".join(data.conjunctions) or "(?!)"
    # "Lille est la septième et Lyon la huitième": a conjunction alone parts them too;
    # "Trieste fu la quinta; Reggio Calabria nel 2022 la sesta": the next one's date
    return re.compile(
        rf"(?:\s*[,;]\s*(?:(?:{conjunctions})\s+)?|\s+(?:{conjunctions})\s+)"
        rf"(?P<name>[^\W\d_][\w'\u2019-]*(?:\s+[^\W\d_][\w'\u2019-]*){{0,2}}?)"
        rf"(?:,?\s+(?:{dated})\s+(?:19|20)\d\d,?)?"
        rf"\s+(?:{articles})\s*(?P<ordinal>{alternation(data.ordinals)})(?=\s*(?:[,.;:!?)]|\Z))"
    )


# Two ranks of two members, a plural verb before them: "Trieste e Lucca sono la quarta e
# la quinta", "Brescia et Cividale sont la septième et la huitième" (the first ordinal
# is the first name's; both of the country of the name before the verb)


@cache
def _coordinated(code: str) -> re.Pattern[str] | None:
    data = grammar(code).language
    verbs = data.plural_rank_verbs
    if not verbs or not data.ordinals or not data.conjunctions:
        return None
    articles = f"(?:{'|'.join(data.coordinated_articles) or '(?!)'})"
    ordinals = alternation(data.ordinals)
    ends = "|".join(data.rank_ends) or "(?!)"
    return re.compile(
        rf"(?<!\w)(?P<verb>{alternation(verbs)})\s+{articles}\s*(?P<ordinal>{ordinals})"
        rf"\s+(?:{alternation(data.conjunctions)})\s+{articles}\s*(?P<second>{ordinals})"
        rf"(?=\s*(?:[,.;:!?)]|\Z)|\s+(?:{ends})(?!\w))"
    )


_AFTER_REACH = 40  # characters between the names and the city, the city and its rank


def _after_names(
    low: str, sentence: re.Match[str], names: re.Pattern[str], places: Gazetteer, code: str
) -> Iterator[Ranked]:
    """A rank after the members it comes after, the country left out: "After Cork and
    Limerick, Dublin becomes the third", "Nach Gelsenkirchen und Hamburg ist Bonn die
    dritte", "Bonn is the third, after Gelsenkirchen and Hamburg". The members named and
    the city ranked are of one country, which owns the count, and the rank is one more
    than the members named (Language.rank_after, ordinals, conjunctions)."""
    forms = _after_forms(code)
    if forms is None:
        return
    after, ordinal, joiner = forms
    data = grammar(code).language
    text = sentence.group()
    if not after.search(text) or not ordinal.search(text):
        return  # the common case: no "after" and no ordinal word in the sentence
    start, end = sentence.start(), sentence.end()
    found = list(names.finditer(low, start, end))
    if len(found) < 2:  # "Chinhoyi becomes the second city, after Kwekwe": one before it
        return
    for word in after.finditer(low, start, end):
        listed = _run(low, found, word.end(), joiner)
        if not listed:
            continue
        rest = [m for m in found if m.start() >= listed[-1].end()]
        before = [m for m in found if m.end() <= word.start()]
        ranks = list(ordinal.finditer(low, start, end))
        for rank in ranks:
            city = _ranked_city(rank, word, listed, rest, before)
            if city is None or not _of_members(low, rank.end(), end, code):
                continue
            value = data.ordinals[" ".join(rank.group().split())]
            cities = [places.places[place_key(m.group())] for m in (*listed, city)]
            countries = {c.country for c in cities}
            if value != len(listed) + 1 or len(countries) != 1:
                continue
            if len({c.key for c in cities}) != len(cities):
                continue
            # "Dopo Torino e Fermo, Palermo fu la terza", "Bonn war nach A und B die
            # dritte": a past verb between the member and its rank dates it by its joining
            said = low[min(city.end(), rank.start()) : rank.start()]
            past = city.end() <= rank.start() and _says_past(said, code)
            when = cities[-1].joined if past else None
            yield Ranked(rank.start(), rank.end(), Metric.COUNTRY_CITIES, value,
                         Qualifier.EXACT, countries.pop(), (), when)  # fmt: skip
            return


def _ranked_city(
    rank: re.Match[str],
    word: re.Match[str],
    listed: list[re.Match[str]],
    rest: list[re.Match[str]],
    before: list[re.Match[str]],
) -> re.Match[str] | None:
    """The city a rank is of, near it and the names: "after A and B, C becomes the
    third", "C is the third, after A and B", "C ist nach A und B die dritte"."""
    named_end = listed[-1].end()
    city = next((m for m in rest if m.end() <= rank.start()), None)
    if city is not None:  # "after A and B, C ... the third"
        if city.start() - named_end <= _AFTER_REACH and rank.start() - city.end() <= _AFTER_REACH:
            return city
        return None
    if not before or word.start() - before[-1].end() > _AFTER_REACH:
        return None
    city = before[-1]
    if city.end() <= rank.start() and rank.end() <= word.start():  # "C is the third, after"
        return city
    if named_end <= rank.start() and rank.start() - named_end <= _AFTER_REACH:
        return city  # "C ist nach A und B die dritte"
    return None


_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:!?)\n\u2013\u2014]|\s-\s|\Z)")


def _of_members(low: str, at: int, end: int, code: str) -> bool:
    """Whether a rank is of members: its clause ends there ("Bonn becomes the third.")
    or a member's noun follows within three words ("the third city to join", "die dritte
    deutsche Lernstadt"), not another noun ("the third conference")."""
    if _CLAUSE_ENDS.match(low, at, end):
        return True
    words = low[at : min(end, at + 60)].split()[:3]
    singular = _singular_units(code)
    return any(word.strip(",.;:") in singular for word in words)


@cache
def _singular_units(code: str) -> frozenset[str]:
    rules = grammar(code)
    return frozenset(noun.split()[-1] for noun, (_, alone, _) in rules.nouns.items() if alone)


def _run(low: str, found: list[re.Match[str]], at: int, joiner: str) -> list[re.Match[str]]:
    """The names that follow `at` right away, joined by commas and a conjunction; one
    name alone when no conjunction closes a list ("after Kwekwe, Chinhoyi becomes the
    second": the name after the comma is the ranked one)."""
    run: list[re.Match[str]] = []
    position = at
    for match in found:
        if match.start() < position:
            continue
        gap = low[position : match.start()]
        joined = re.fullmatch(rf"\s*(?:,|,?\s*\b(?P<last>{joiner})\b)?\s*", gap)
        if joined is None or (run and not gap.strip()):
            break
        run.append(match)
        position = match.end()
        if joined["last"]:
            return run  # "A, B and C": the name after the conjunction is the last
    return run[:1]


@cache
def _after_forms(code: str) -> tuple[re.Pattern[str], re.Pattern[str], str] | None:
    data = grammar(code).language
    if not data.rank_after or not data.ordinals or not data.conjunctions or data.attached:
        return None
    after = re.compile(rf"(?<!\w)(?:{alternation(data.rank_after)})\s+")
    ordinal = re.compile(rf"(?<!\w)(?:{alternation(data.ordinals)})(?!\w)")
    return after, ordinal, alternation(data.conjunctions)


def _may_rank(low: str, start: int, end: int, code: str) -> bool:
    """Whether a rank verb stands before a word that may open an ordinal, in low[start:end]."""
    verbs, heads = _rank_heads(code)
    if low.find("\n", start, end) >= 0:  # "è\nla sesta" in hard-wrapped text: read the
        # stretch with its line ends as spaces (its own places, from 0)
        low = low[start : end + _WORD_REACH].replace("\n", " ")
        start, end = 0, end - start
    for verb in verbs:
        at = low.find(verb, start, end)
        while at >= 0:
            after = at + len(verb)
            words = low[after : after + _WORD_REACH].lstrip(" \n'\u2019").split(maxsplit=1)
            if words and words[0][:_HEAD] in heads:
                return True
            at = low.find(verb, after, end)
    return False


_WORD_REACH = 24  # characters after a rank verb where its ordinal's first word stands
_HEAD = 3  # letters of an ordinal's first word compared


@cache
def _rank_heads(code: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The rank verbs as written (also with "l'" for "la"), and the first letters of the
    ordinals' first words."""
    data = grammar(code).language
    verbs = {*data.rank_verbs, *data.bare_rank_verbs}
    for verb in data.rank_verbs:
        head, _, article = verb.rpartition(" ")
        if article in data.elided_articles:
            verbs.add(f"{head} l")
    heads = frozenset(o.split()[0][:_HEAD] for o in (*data.ordinals, *data.rank_numbers))
    return tuple(sorted(verbs)), heads


def _past(verb: str, code: str) -> bool:
    """Whether a rank verb as found ("fu la", "a été la", "was the") is a past tense of
    the language (Language.past_rank_verbs)."""
    said = " ".join(verb.split())
    return any(said == v or said.startswith(f"{v} ") for v in _past_verbs(code))


def _says_past(text: str, code: str) -> bool:
    """Whether `text` holds a past rank verb as a word of its own (str.find first)."""
    padded = f" {' '.join(text.split())} "
    return any(f" {v} " in padded for v in _past_verbs(code))


@cache
def _past_verbs(code: str) -> tuple[str, ...]:
    return grammar(code).language.past_rank_verbs


@cache
def _after_word(code: str) -> re.Pattern[str] | None:
    words = grammar(code).language.rank_after
    return re.compile(rf"(?<!\w)(?:{alternation(words)})\s") if words else None


@cache
def _form(code: str) -> re.Pattern[str] | None:
    data = grammar(code).language
    if not (data.rank_verbs or data.bare_rank_verbs) or data.attached or not data.ordinals:
        return None
    verbs = {*data.rank_verbs, *data.bare_rank_verbs}
    for verb in data.rank_verbs:  # "è l'ottava", "est l'une"
        head, _, article = verb.rpartition(" ")
        if article in data.elided_articles:
            verbs.add(f"{head} l'")
            verbs.add(f"{head} l\u2019")
    # the words after a rank that end its clause: "dopo", "à rejoindre"; a preposition of
    # place ("in", "do") only before the country: "la terza in Italia"
    ends = "|".join(e for e in data.rank_ends if not _PLACE_WORD.fullmatch(e)) or "(?!)"
    places = "|".join(e for e in data.rank_ends if _PLACE_WORD.fullmatch(e)) or "(?!)"
    place_articles = "|".join(data.rank_place_articles) or "(?!)"
    # "se convierte en la novena ciudad del país en la red": the country its member's
    cities = [n for n, (unit, _, _) in grammar(code).nouns.items() if unit is Unit.CITY]
    refs = alternation(data.country_references) if cities else ""
    ref = rf"(?P<ref>\s+(?:{alternation(cities)})\s+(?:{refs})(?!\w))|" if refs else ""
    return re.compile(
        rf"(?<!\w)(?P<verb>{alternation(sorted(verbs))})\s*(?P<ordinal>{_ordinal_words(data)})"
        rf"(?:{ref}(?:\s+(?P<demonym>{alternation(data.demonyms)}))?"
        rf"(?:\s+(?:{places})\s+(?:(?:{place_articles})\s*)?"
        rf"(?P<where>(?!\d)[^\s,.;:!?)]+(?:\s+[^\s,.;:!?)]+){{0,3}}?)(?=\s*(?:[,.;:!?)]|\Z))"
        # a year after a preposition of place ends the clause too: "became the seventh in
        # 2024" (the year dates the rank)
        rf"|(?=\s*(?:[,.;:!?)]|\Z)|\s+(?:{ends})(?!\w)|\s+(?:{places})\s+(?:19|20)\d\d\b"
        # "Lille est la septième et Lyon la huitième": the next member's rank after "and"
        rf"|\s+(?:{alternation(data.conjunctions) or '(?!)'})\s+[^\W\d_][\w'\u2019-]*"
        rf"(?:\s+[\w'\u2019-]+){{0,3}}?\s+(?:{'|'.join(data.rank_articles) or '(?!)'})\s*"
        rf"(?:{alternation(data.ordinals)})"
        rf"(?=\s*(?:[,.;:!?)]|\Z)))))"
    )


__all__ = ["Ranked", "ranked"]
