"""The figure a change started from: "von 229 auf rund 300 Städte", "grew from 229 to
300 cities", "由2019年的170多個" (from 2019's 170-odd).

The number after "from" counts what the figure after "to" counts, at an earlier date.
It is a figure of its own only where the text dates it ("since 2020", "2019年的"): an
undated starting point would be judged at the text's date, which it is not of.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from lcnet.dates import PartialDate
from lcnet.extract.grammar import Grammar
from lcnet.extract.grammar import grammar as _grammar
from lcnet.extract.numbers import alternation, as_count, number_pattern, read_number
from lcnet.extract.sentence import Span
from lcnet.model import Qualifier

_REACH = 90  # characters before a figure where its starting point may be
_TO_REACH = 24  # ... and where the word that ends the change must be


class _Words(NamedTuple):
    """The patterns of a language's words of change (Language.change_from/change_to)."""

    began: re.Pattern[str] | None  # the word that starts a change, as a word
    from_before: re.Pattern[str] | None  # ... right before a figure
    ended: re.Pattern[str] | None  # the word that ends it, as a word
    to_before: re.Pattern[str] | None  # ... right before a figure
    link: re.Pattern[str] | None  # ... alone between two figures: "35곳에서 44곳으로"
    changed: re.Pattern[str] | None  # ... and saying a change: Language.change_link


@cache
def _words(code: str) -> _Words:
    data = _grammar(code).language
    blank = r"\s*" if data.attached else r"\s+"
    began = data.change_from
    ended = data.change_to
    # where words touch, "from" touches the word before it ("已由2016年的115个增加到294个"):
    # it is one where a count or a year follows
    head = r"" if data.attached else r"(?<!\w)"
    numerals = data.numeral_letters
    tail = rf"(?=\s*[\d\uff10-\uff19{numerals}])" if data.attached else r"(?!\w)"
    return _Words(
        re.compile(rf"{head}(?:{began}){tail}") if began else None,
        re.compile(rf"{head}(?:{began}){blank}\Z") if began else None,
        re.compile(rf"(?<!\w)(?:{ended})(?!\w)") if ended else None,
        re.compile(rf"(?:{ended}){blank}\Z") if ended else None,
        re.compile(rf"\s*(?:{ended}{'|' + data.change_link if data.change_link else ''})\s*")
        if ended
        else None,
        re.compile(rf"\s*(?:{data.change_link})\s*") if data.change_link else None,
    )


class Start(NamedTuple):
    start: int
    end: int
    value: int
    qualifier: Qualifier
    as_of: PartialDate | None


def started_from(low: str, start: int, sentence: Span, grammar: Grammar) -> Start | None:
    """The starting point of the change that ends in the figure at `start`, with its
    date (None where the text gives none)."""
    form = _change(grammar.language.code)
    if form is None:
        return None
    to = _words(grammar.language.code).to_before  # the common case: no "to" just before
    if to is None or to.search(low, max(sentence.start, start - _TO_REACH), start) is None:
        return None
    found = form.search(low, max(sentence.start, start - _REACH), start)
    if found is None:
        return None
    value = read_number(found["number"], grammar.language.code)
    count = None if value is None else as_count(value)
    date = _year(found["year"] or found["late"]) or since(low, sentence, found.start(), grammar)
    if count is None:
        return None  # undated (date None): a figure of some time before the text's
    data = grammar.language
    qualifier = Qualifier.EXACT
    if found["qualifier"]:
        qualifier = data.qualifiers.get(" ".join(found["qualifier"].split()), qualifier)
    if found["after"]:
        qualifier = data.qualifiers_after_number.get(found["after"], qualifier)
    return Start(found.start("number"), found.end("number"), count, qualifier, date)


def started_before(
    low: str, end: int, sentence: Span, grammar: Grammar, whole: int | None = None
) -> Start | None:
    """The starting point of a change, said after the figure it ended in (the one ending
    at `end`), with its date if the text gives one: "to eight, up from five after the
    February 2024 round". `sentence` ends at the next figure; `whole`, where the sentence
    does: the start's own countries may stand before its date ("contro i 115 in 28 Paesi
    dell'agosto 2016")."""
    form = _back(grammar.language.code)
    if form is None:
        return None
    found = form.match(low, end, sentence.end)
    if found is None:  # "425 cities from 91 countries belong to it, against 294 in 2022"
        found = _compared_at_the_clause_end(low, end, sentence.end, form, grammar)
    if found is None:
        return None
    value = read_number(found["number"], grammar.language.code)
    count = None if value is None else as_count(value)
    if count is None:
        return None
    from lcnet.extract.historic import first_date  # historic reads changes' words

    last = sentence.end
    if whole is not None and own_countries_after(low, found.end(), whole):
        last = whole
    stop = min(last, found.end() + _BACK_DATE_REACH)
    date = first_date(low, found.end(), stop, grammar)  # None: of some earlier time
    qualifier = Qualifier.EXACT
    if found["qualifier"]:
        qualifier = grammar.language.qualifiers.get(
            " ".join(found["qualifier"].split()), qualifier
        )
    return Start(found.start("number"), found.end("number"), count, qualifier, date)


def _compared_at_the_clause_end(
    low: str, end: int, stop: int, form: re.Pattern[str], grammar: Grammar
) -> re.Match[str] | None:
    """The comparison that ends the figure's clause after words of its own and a comma
    (no number, no sentence mark between): "Today 425 cities belong to the network,
    against 294 in 2022"."""
    words = _back_words(grammar.language.code).search(low, end, stop)
    if words is None:
        return None
    comma = low.rfind(",", end, words.start())
    if comma < 0 or low[comma + 1 : words.start()].strip() or _NOT_BETWEEN.search(low, end, comma):
        return None
    return form.match(low, comma, stop)


_NOT_BETWEEN = re.compile(r"[\d.;:!?]")


# after a compared count, a word and a number: its own countries ("contro i 115 in 28")
_OWN_COUNTRIES = re.compile(r"\s+[^\W\d_]{1,6}\s+(?!(?:19|20)\d\d(?!\d))\d")


def own_countries_after(low: str, at: int, stop: int) -> bool:
    """Whether a word and a number follow a compared count: its own countries."""
    return _OWN_COUNTRIES.match(low, at, stop) is not None


def went_back(low: str, start: int, end: int, grammar: Grammar) -> int | None:
    """Where, in low[start:end], the words that give the starting count of a change
    after its end begin ("up from five"), or None: what follows them is the start's."""
    form = _back(grammar.language.code)
    if form is None:
        return None
    if _back_words(grammar.language.code).search(low, start, end) is None:
        return None  # the common case: no "up from" there (form starts with \s*, slow)
    found = form.search(low, start, end)
    return None if found is None else found.start()


_BACK_DATE_REACH = 50  # characters after the starting count where its date may be


@cache
def _back(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    if not data.change_back:
        return None
    qualifiers = alternation(data.qualifiers) or "(?!)"
    nouns = alternation(_grammar(code).nouns) or "(?!)"
    words = data.change_back.replace(" ", r"\s+")  # "up\nfrom": a hard-wrapped line
    return re.compile(
        rf"\s*[,(\u2013\u2014-]?\s*(?:{words})\s+(?:(?P<qualifier>{qualifiers})\s+)?"
        rf"(?P<number>{number_pattern(code)})(?!\w)(?:\s+(?:{nouns})(?!\w))?"
    )


@cache
def _back_words(code: str) -> re.Pattern[str]:
    """The words of _back(code) alone: wherever it matches, they do."""
    return re.compile(_grammar(code).language.change_back.replace(" ", r"\s+"))


def begins_a_change(low: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether the figure in low[start:end] is where a change began: "pasó de 115
    miembros a", "grew from 229 cities to" (the words of Language.change_from right
    before it, and of Language.change_to after it: "eine von 64 Städten" is none)."""
    return change_ends_at(low, start, end, grammar) is not None


def change_ends_at(low: str, start: int, end: int, grammar: Grammar) -> int | None:
    """Where the word that ends the change begun by the figure in low[start:end]
    stands ("to" in "grew from 115 members in August 2016 to 170 today"), or None
    when the figure begins no change. What follows that word speaks of the change's
    end: its "today" does not make the start current."""
    words = _words(grammar.language.code)
    if words.from_before is None or words.ended is None:
        return None
    if words.from_before.search(low, max(0, start - _REACH), start) is None:
        return None
    # past the reach by a word, so that "auf" is not taken for the start of "aufgenommen"
    ended = words.ended.search(low, end, end + _AFTER_REACH + 20)
    return ended.start() if ended is not None and ended.start() < end + _AFTER_REACH else None


_AFTER_REACH = 40  # characters after a change's start where the word that ends it stands


def ends_a_change(low: str, start: int, floor: int, grammar: Grammar) -> int | None:
    """Where the word that ends a change ("a", "to", "auf") stands right before the
    figure at `start`, when a change began before it in low[floor:start]; else None."""
    words = _words(grammar.language.code)
    if words.to_before is None or words.began is None:
        return None
    to = words.to_before.search(low, max(floor, start - _TO_REACH), start)
    if to is None or words.began.search(low, floor, to.start()) is None:
        return None
    return to.start()


def changed_to(low: str, end: int, start: int, grammar: Grammar) -> bool:
    """Whether the figure ending at `end` is where a change to the one at `start` began,
    said to be a change (Language.change_link), not a correction: "115개에서 294개로"."""
    link = _words(grammar.language.code).changed
    gap = low[end:start]
    return link is not None and len(gap) <= _CHANGE_GAP and link.fullmatch(gap) is not None


def changes_to(low: str, end: int, start: int, grammar: Grammar) -> bool:
    """Whether the figure ending at `end` is where a change to the one at `start` began:
    only the word of the change ("에서", "to", "auf") stands between them."""
    link = _words(grammar.language.code).link
    gap = low[end:start]
    return link is not None and len(gap) <= _CHANGE_GAP and link.fullmatch(gap) is not None


_CHANGE_GAP = 16  # characters between the two ends of a change, at most


def _year(text: str | None) -> PartialDate | None:
    return PartialDate(int(text)) if text else None


def since(low: str, sentence: Span, before: int, grammar: Grammar) -> PartialDate | None:
    """ "Seit 2020 ist das Netzwerk von 229 ...": the year the change is counted from
    (Language.since_year), before `before` in the sentence."""
    form = _since_form(grammar.language.code)
    if form is None:
        return None
    years = [int(m["year"]) for m in form.finditer(low, sentence.start, before)]
    return PartialDate(years[-1]) if years else None


@cache
def _change(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    if not data.change_from:
        return None
    blank = r"\s*" if data.attached else r"\s+"
    qualifiers = alternation(data.qualifiers) or "(?!)"
    after = alternation(data.qualifiers_after_number) or "(?!)"
    linkers = alternation(data.unit_linkers) or "(?!)"
    nouns = alternation(_grammar(code).nouns) or "(?!)"
    head = r"" if data.attached else r"(?<!\w)"  # "已由2016年的115个增加到": see _words
    counters = f"(?:{'|'.join(data.year_counters)})?" if data.year_counters else ""
    possessives = f"(?:{'|'.join(data.year_possessives)})?" if data.year_possessives else ""
    return re.compile(
        rf"{head}(?:{data.change_from}){blank}"
        rf"(?:(?P<year>(?:19|20)\d\d)\s*{counters}\s*{possessives}\s*)?"
        rf"(?:(?P<qualifier>{qualifiers}){blank})?(?P<number>{number_pattern(code)})"
        rf"\s*(?P<after>{after})?\s*(?:{linkers})?\s*(?:{nouns})?\s*[,\uff0c\u3001]?\s*"
        # its year after it: "from 229 in 2020 to", "von 229 im Jahr 2020 auf"
        rf"(?:(?:[^\W\d_]{{1,4}}\s+){{1,2}}(?P<late>(?:19|20)\d\d)\s*,?\s*)?"
        rf"(?:{data.change_to}){blank}\Z"
    )


def year_span(low: str, start: int, end: int, grammar: Grammar) -> tuple[int, int] | None:
    """The years of the last span of years in low[start:end] ("Entre 2022 y 2024",
    "between 2022 and 2024"), the first before the last, or None."""
    form = _span_form(grammar.language.code)
    if form is None:
        return None
    spans = [(int(m["first"]), int(m["last"])) for m in form.finditer(low, start, end)]
    return spans[-1] if spans and spans[-1][0] < spans[-1][1] else None


@cache
def _span_form(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    if not data.year_span:
        return None
    year = r"(?:19|20)\d\d(?!\d)"
    fragment = data.year_span.replace(" ", r"\s+")  # "entre 2022\ny 2024": a wrapped line
    return re.compile(
        r"(?<!\w)" + fragment.format(first=f"(?P<first>{year})", last=f"(?P<last>{year})")
    )


def since_years(low: str, start: int, end: int, grammar: Grammar) -> list[re.Match[str]]:
    """The "since 2022" of low[start:end]: a year a state has held from (its `year`)."""
    form = _since_form(grammar.language.code)
    return [] if form is None else list(form.finditer(low, start, end))


@cache
def _since_form(code: str) -> re.Pattern[str] | None:
    data = _grammar(code).language
    if not data.since_year:
        return None
    return re.compile(data.since_year.format(year=r"(?P<year>(?:19|20)\d\d)(?!\d)"))
