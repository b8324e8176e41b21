"""Unit nouns that may close a figure phrase, found with str.find.

The search starts from the unit nouns: they are few, while digits and number words are
everywhere (dates, percentages, prices), so the engine looks back from each unit for a
number instead of forward from each number for a unit. Most unit nouns in a text follow
no number ("the city", "older people"); a pattern run on the reversed text drops them in
C before any word is read in Python.
"""

from __future__ import annotations

import re
from functools import cache

from lcnet.extract.grammar import Grammar
from lcnet.extract.lang import Language, Unit
from lcnet.extract.numbers import suffixed
from lcnet.extract.occurrences import kept_places, occurrences

Candidate = tuple[int, int, str]  # the unit's start and end, "number" or "ordinal"


def words_in(low: str, start: int, end: int, grammar: Grammar) -> dict[str, list[int]]:
    """Where each word of `Grammar.scans` starts in low[start:end], in order."""
    found: dict[str, list[int]] = {}
    for needle, words in grammar.scans:
        places = occurrences(low, start, end, needle)
        for word, offset in words:
            if word == needle:
                found[word] = places
            elif (kept := kept_places(low, start, end, word)) is not None:
                found[word] = kept  # the stretch's one scan found it: no filter here
            else:  # "learning cit" where "cit" is, 9 characters in
                found[word] = [
                    at - offset
                    for at in places
                    if at - offset >= start and low.startswith(word, at - offset, end)
                ]
    for word, first in grammar.broken_scans:  # "quốc\ngia": a compound over a line break
        broken = _broken_places(low, start, end, first)
        if broken:
            found[word] = sorted([*found[word], *broken])
    return found


_BREAKS = ("\n",)  # a line break for a space: hard-wrapped text (two spaces are rarer)


def _broken_places(low: str, start: int, end: int, first: str) -> list[int]:
    places: list[int] = []
    for space in _BREAKS:  # from the stretch's index: no pass of its own
        places += occurrences(low, start, end, first + space)
    return places


def candidates(
    low: str, start: int, end: int, grammar: Grammar, words: dict[str, list[int]]
) -> list[Candidate]:
    """Unit nouns in low[start:end] that may close a figure phrase, in order; `words`
    is what words_in found there.

    Only the units where their group's `figure_end` (or `ranked_after`) matches are read:
    every phrase lcnet.extract.phrase reads ends so. The others would yield no phrase,
    and a candidate without a phrase changes nothing, so dropping them early changes no
    result.
    """
    backwards = low[start:end][::-1]  # backwards[end - at] is low[at - 1]
    found: list[Candidate] = []
    for prefix, nouns, figure_end, ranked_after in grammar.unit_groups:
        figure_ends = figure_end.match
        ranked = ranked_after.match if ranked_after else None
        for at in words[prefix]:  # one pass for "city", "cities", ...
            if figure_ends(backwards, end - at) or (ranked and ranked(low, at, end)):
                candidate = _candidate(low, at, start, nouns, grammar)
                if candidate is not None:
                    found.append(candidate)
    found.sort()
    return found


def _candidate(
    low: str, at: int, start: int, nouns: tuple[str, ...], grammar: Grammar
) -> Candidate | None:
    # A figure's unit follows a space: "electricity", "(cities" are none. Where words
    # touch ("356개 도시가", "425个城市"), the group's figure_end has read what is before.
    attached = grammar.language.attached
    if at <= start:
        return None
    if not (attached or low[at - 1].isspace()):
        # a quote or a bracket opens on a noun its rank follows: "là “thành phố thứ tư của
        # Việt Nam”", "(thành phố thứ tư)"; no count stands before such a noun
        if low[at - 1] not in _OPENERS or not grammar.language.ordinal_after_unit:
            return None
        return _ranked_after_opener(low, at, nouns, grammar)
    for noun in nouns:  # longest first: the common case, inline
        if low.startswith(noun, at):
            found: tuple[str, int] | None = noun, at + len(noun)
            break
    else:
        found = _broken_noun_at(low, at, nouns)
    if found is not None:
        noun, stop = found
        following = low[stop : stop + 1]  # "" at the end of the text
        if attached:  # a particle may follow ("도시가"), a Latin letter may not
            if following.isascii() and following.isalpha():
                return None
            return at, stop, _number_or_rank(low, at, noun, grammar)
        if following.isalnum() or following in ("-", "_"):
            return None
        if _opens_an_item(low, start, at):
            return None  # "- Thành viên mới: 72\n- Quốc gia: 46": the 72 counts no countries
        if _digit_before(low, at, noun, grammar):
            return at, stop, "number"  # the common case, which _figure_before finds so
        kind = _figure_before(low, at, noun, grammar)
        return None if kind is None else (at, stop, kind)
    return None


_OPENERS = frozenset("\"'(\u201c\u2018\u00ab[")


def _ranked_after_opener(
    low: str, at: int, nouns: tuple[str, ...], grammar: Grammar
) -> Candidate | None:
    """A singular city or member noun right after a quote or bracket, its ordinal after
    it (Language.ordinal_after_unit): a rank, never a count."""
    for noun in nouns:
        if low.startswith(noun, at) and noun in grammar.language.singular_units:
            stop = at + len(noun)
            if grammar.ordinal_after.match(low, stop):
                return at, stop, "ordinal"
    return None


# The start of a list item: its marker alone before a unit noun on its line
_ITEM_START = re.compile(r"[ \t]*(?:[-*+\u2022]|\d{1,2}[.)])[ \t]+")


def _opens_an_item(low: str, start: int, at: int) -> bool:
    """Whether the unit noun at `at` is the first word of a list item, so that no number
    before it (on the line above, the item before) can be its figure's."""
    line = low.rfind("\n", start, at)
    return line >= 0 and _ITEM_START.fullmatch(low, line + 1, at) is not None


def _broken_noun_at(low: str, at: int, nouns: tuple[str, ...]) -> tuple[str, int] | None:
    """A compound broken by a line break or two spaces ("thành\nphố"), where no noun is
    written exactly, and where it ends."""
    for noun in nouns:
        if _broken(low, at, noun) and (loose := _spaced_noun(noun).match(low, at)):
            return noun, loose.end()
    return None


def _broken(low: str, at: int, noun: str) -> bool:
    """Whether a compound noun's first word is there, followed by white space other than
    one space (a line break, two spaces): only then can it be there spaced otherwise."""
    space = noun.find(" ")
    if space < 0 or not low.startswith(noun[:space], at):
        return False
    gap = low[at + space : at + space + 2]
    return gap[:1].isspace() and not (gap[:1] == " " and not gap[1:].isspace())


@cache
def _spaced_noun(noun: str) -> re.Pattern[str]:
    """A unit noun of several words, its spaces matching any run of white space."""
    return re.compile(r"\s+".join(re.escape(word) for word in noun.split()))


def _digit_before(low: str, at: int, noun: str, grammar: Grammar) -> bool:
    """ "425 cities": a digit just before the space before the unit ends a number, as
    _figure_before would find, unless the unit counts citizens (who need big numbers)."""
    return (
        at >= 2
        and low[at - 2].isdigit()
        and grammar.digit_ends_number
        and grammar.nouns[noun][0] is not Unit.CITIZEN
    )


_OPENING = "\"'([\u00ab\u201c\u201e\u2018\u201a\u00bf\u00a1"  # as lcnet.extract.phrase's
_CLOSING = '"\u201c\u201d\u00bb'  # as lcnet.extract.phrase's
# and French "qu'" (que) before a number: "n'a qu'une seule ville", "qu'onze villes"
_ELIDED_ARTICLE = re.compile(r"(?:l|dell|all|nell|sull|dall|un|d|qu)['\u2019](?=\w)")
_RANK_REACH = 16  # characters before a unit where words touch and its ordinal may be


def _number_or_rank(low: str, at: int, noun: str, grammar: Grammar) -> str:
    """Where words touch: "ordinal" when an ordinal stands just before a singular city
    or member ("第15个成员城市", "2番目の加盟都市", "열 번째 회원 도시"), which is then
    read as a rank first and as a count if it is none; else "number"."""
    near = grammar.ordinal_near
    if near is None or noun not in grammar.language.singular_units:
        return "number"
    return "ordinal" if near.search(low, max(0, at - _RANK_REACH), at) else "number"


def _figure_before(low: str, at: int, noun: str, grammar: Grammar) -> str | None:
    """ "number" or "ordinal" when the words before the unit may end one, else None.

    Past the modifiers ("new", "member", "Vietnamese"), the last word must end a number
    or be an ordinal. Most unit nouns in a text ("the city", "older people", "500
    people") fail this test, which costs a few string operations; the rest go on to the
    full patterns.
    """
    data = grammar.language
    space = low.rfind(" ", max(0, at - 30), at - 1)
    word = low[space + 1 : at].strip()
    if not word or word in grammar.modifier_words or word in _CLOSING or not word.isprintable():
        # up to seven words: "425 UNESCO Global Network of Learning Cities (GNLC) members"
        words = low[max(0, at - 80) : at].split()
        skipped = 0
        if words and words[-1] in _CLOSING:
            words.pop()  # « 200 » villes: the quote closes the number
        popped = ""
        while words and words[-1] in grammar.modifier_words and skipped < 7:
            if words[-1] in data.ordinals and not data.ordinal_after_unit:
                before = words[-2] if len(words) > 1 else ""
                if not (
                    before[-1:].isdigit()
                    or before in grammar.gate_words
                    or one_with_only(before, words[-1], data)  # "une seule ville"
                ):
                    break  # "the first Iraqi city": "first" ranks here, it is no modifier
                # "les deux premières villes": a count, the ordinal says which ones
            popped = words.pop()
            skipped += 1
        word = words[-1] if words else ""
        if one_with_only(word, popped, data):
            return "number"
    word = word.rstrip(_CLOSING)  # '"more than 100" members': a quote closes on it
    word = word.rstrip("+*\u2020\u2021").removesuffix("-plus").removesuffix("-odd")  # "180-odd"
    word = word.lstrip(_OPENING)  # a quote opens on it: "\"Deux villes du Sénégal ont"
    elided = _ELIDED_ARTICLE.match(word) if "'" in word or "\u2019" in word else None
    if elided is not None and not data.ordinal_after_unit and word not in grammar.gate_words:
        word = word[elided.end() :]  # an article elided onto it: "l'ottava città"
    if grammar.nouns[noun][0] is Unit.CITIZEN:
        # The network's citizens are hundreds of millions: "390 million", never "500".
        big = word.rsplit("-", 1)[-1] in data.scales  # "milliard", "demi-milliard"
        big = big or (len(word) >= 8 and sum(c.isdigit() for c in word) >= 8)
        big = big or suffixed(word, data)  # "500m citizens"
        return "number" if big else None
    if word[-1:].isdigit() or word.rsplit("-", 1)[-1] in grammar.gate_words:
        return "number"
    if data.ordinal_after_unit:
        return "ordinal" if grammar.ordinal_after.match(low, at + len(noun)) else None
    if word in data.ordinals or (word[:1].isdigit() and word[-1:].isalpha()):  # "6th", "5e"
        return "ordinal"
    numbered = grammar.numbered_after
    if numbered is not None and noun in data.singular_units:  # "la ciudad número 14"
        return "ordinal" if numbered.match(low, at + len(noun)) else None
    return None


def one_with_only(word: str, following: str, data: Language) -> bool:
    """Whether `word`, an article that is also the number one, is that number because a
    word of "only" follows it: "una sola ciudad", "un solo municipio" (the word before a
    unit must otherwise end a number: an article alone is no count)."""
    if following not in data.only_words:
        return False
    if "'" in word or "\u2019" in word:
        word = word.replace("\u2019", "'").rsplit("'", 1)[1]  # "n'a qu'une seule ville"
    return word in data.number_words or word in data.round_articles  # fr "une", it "una"
