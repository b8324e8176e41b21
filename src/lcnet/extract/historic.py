"""Explicitly historic statements: "in 2020 the network had 230 members".

A figure is historic when its clause dates it ("in 2020", "back in 2016", "as of
September 2019", "since joining in 2022", "năm 2020") and does not also say it is
current ("now", "so far", "hiện nay"). A founding date ("launched in 2013") dates the
network, not the figure.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from lcnet.dates import DateError, PartialDate
from lcnet.extract.changes import since_years, went_back
from lcnet.extract.firsts import first_characters
from lcnet.extract.grammar import (
    Grammar,
    _date_fields,
    _number_groups,
    regex_characters,
    spaced,
)
from lcnet.extract.grammar import grammar as grammar_of
from lcnet.extract.lang import Role, language
from lcnet.extract.named_joinings import joined_named_at, since_event
from lcnet.extract.needles import may_match
from lcnet.extract.needles import search as needled
from lcnet.extract.numbers import alternation
from lcnet.extract.phrase import Phrase
from lcnet.extract.sentence import Span

_SETTING_REACH = 60  # characters of a clause that sets the time of the next
_FOUNDING_REACH = 40  # characters before a date where "founded" claims it
_FOUNDED_JUST_BEFORE = 6  # the same, where words touch: "成立于2013年", "設立は2015年"
_BEFORE_REACH = 300  # characters before a sentence where "at the time" finds its date
_CLAUSE_END = r"[;:\uff1b]|\s[\u2013\u2014]\s"  # ; : and dashes


@cache
def _clause_marks(conjunctions: tuple[str, ...]) -> re.Pattern[str]:
    """_CLAUSE_END, or a comma and a conjunction: opened by the set of their first
    characters, and each alternative told by a lookbehind at the one it opens with, so
    that re skips to them in C (an alternation of a set, a space and a comma has no first
    characters re knows: it was tried in full at each character of a sentence, for each
    figure). The same matches as _CLAUSE_END + "|,\\s+(?:conjunction)\\s"."""
    joined = "|".join(re.escape(c) for c in conjunctions)
    comma = rf"|(?<=,)\s+(?:{joined})\s" if joined else ""
    firsts = ";:\uff1b,\\s" if joined else ";:\uff1b\\s"
    return re.compile(rf"[{firsts}](?:(?<=[;:\uff1b])|(?<=\s)[\u2013\u2014]\s{comma})")


def as_of(
    low: str,
    phrase: Phrase,
    sentence: Span,
    grammar: Grammar,
    written: PartialDate | None = None,
) -> PartialDate | None:
    """The date a historic statement speaks of, or None for a statement of its day.

    `written`: the text's date, against which "last month" or "昨年9月" is counted; None
    when it is not known (such dates are then not read)."""
    if in_circulation(low, phrase, sentence, grammar):
        return None  # "our 2022 leaflet still says 294": said today, whatever its date
    if _QUOTES.search(low, sentence.start, phrase.start):  # the figure may be quoted
        cited = _cited_year_after(low, phrase)
        if cited is not None:  # '3. "170 active members in 53 countries". UIL, 2019.'
            return cited
        quotation = _quotation(low, phrase, sentence)
        if quotation is not None and quotation.start >= sentence.start:
            inner = Span(quotation.start, min(sentence.end, quotation.end))
            if not grammar.dated.search(low, inner.start, inner.end):
                # "講師は「2年前は356都市だった」と話した": a relative date of its own;
                # '« 115 villes de 28 pays », un chiffre de l'été 2016': dated after it
                relative = _relative(low, phrase, inner, grammar, written)
                relative = relative or _document_date(low, phrase, sentence, grammar)
                relative = relative or _dated_before_quotation(low, sentence, inner, grammar)
                said = relative or _said_then(low, phrase, sentence, grammar, [], written)
                return said or _quoted_relative(low, phrase, sentence, inner, grammar, written)
            sentence = inner  # a quotation's own dates are its figures': no others
    whole = sentence
    if grammar.language.clause_closers:
        sentence = _after_closed_clauses(low, phrase, sentence, grammar, written)
    if not grammar.dated.search(low, sentence.start, sentence.end):
        relative = _relative(low, phrase, sentence, grammar, written)
        relative = relative or _dated_in_brackets_after(low, sentence, grammar)
        if relative is None:  # a quotation over several sentences, found once for both
            quotation = _quotation(low, phrase, sentence)
            if quotation is not None and quotation.end > sentence.end:
                relative = _quoted_with_date_after(low, quotation, grammar)
                relative = relative or _quoted_over_sentences(
                    low, phrase, sentence, grammar, written
                )
        relative = relative or entry_date(low, phrase, grammar, written)
        return relative or _dated_before(low, phrase, whole, grammar, written)  # mostly None
    if grammar.language.figure_dated_after:  # "「229都市」は2020年9月時点のものだ"
        noted = _figure_dated_after(low, phrase, sentence, grammar)
        if noted is not None and written is not None and _before(noted, written):
            return noted
    bracketed = _date_in_brackets_after_figure(low, phrase, grammar)
    if bracketed is not None and written is not None and _before(bracketed, written):
        return bracketed  # "229 members (2020) and 294 (2022)": each its own date
    clause = _clause(low, phrase, sentence, grammar)
    end = _present_end(low, phrase, clause, grammar)
    later = _later_clause(grammar.language.code)  # "229 members, before this year's intake"
    found_later = later.search(low, phrase.end, end) if later is not None else None
    end = found_later.start() if found_later is not None else end
    weak = grammar.language.weak_present
    present = [
        m
        for m in grammar.present.finditer(low, _present_start(low, phrase, clause, grammar), end)
        if not _compared_now(low, m.start(), clause.start, grammar)
        and not (m.group() in weak and _dated_right_after(low, m.end(), grammar))
    ]
    strong = [m for m in present if m.group() not in weak]
    if strong:  # "now", "hiện nay": the statement is current, whatever date is near,
        dated = _document_date(low, phrase, sentence, grammar)  # but a figure the text
        if dated is not None:  # dates ("parle encore de 115 villes, un chiffre de 2016")
            return dated
        return _said_then(low, phrase, sentence, grammar, strong, written)  # or a quote's
    # "en 2022, ya contaba con 294": "already" yields to a date before it in its clause
    weak_at = min((m.start() for m in present), default=None)
    best: tuple[int, PartialDate, int] | None = None
    # "In 2022 the network had 294 cities and in 2024 356": with a date before the figure,
    # one after it past a conjunction is the next conjunct's
    dated_before = grammar.historic.search(low, clause.start, phrase.start) is not None
    for found in grammar.historic.finditer(low, clause.start, clause.end):
        if found.start() < phrase.end and phrase.start < found.end():
            continue
        # where the verb follows its date ("2015년 설립한 협의체로 … 2017년 9월 기준"), a
        # founding word long before a date is another date's: only one just before it
        # ("设立于2015年", "発足は2015年") claims it
        back = _FOUNDED_JUST_BEFORE if grammar.language.attached else _FOUNDING_REACH
        reach = max(clause.start, found.start() - back)
        if grammar.founding.search(low, reach, found.start()) or _founded_after(
            low, found, grammar
        ):
            continue
        if weak_at is not None and found.end() > weak_at:
            continue
        if _next_clause_date(low, phrase, found, grammar):
            continue
        if dated_before and _next_conjunct_date(low, phrase, found, grammar):
            continue
        if _in_a_relative_aside(low, found, phrase, grammar):
            continue
        if _since_joining(low, phrase, found, grammar, whole.end) or _since_year_at(
            low, found, grammar
        ):
            continue
        if _since_after(low, phrase, found, sentence.start, grammar):
            continue
        if found.start() >= phrase.end and _joined_after_figure(
            low, phrase, found, clause, grammar
        ):
            continue  # "among 350 learning cities, following its designation in 2023"
        if found.start() >= phrase.end and _member_aside(low, phrase, found, grammar):
            continue  # "huit villes membres, dont Clermont-Ferrand, entrée en 2016"
        if found.end() <= phrase.start and joined_named_at(
            low, found.end(), phrase.start, grammar.language.code, whole.end
        ):
            continue  # "2016年に加盟した岡山市など": the date of Okayama's joining
        if phrase.ordinal and _after_others(low, phrase, found, grammar):
            continue
        if _in_an_aside(low, phrase, found, clause, grammar):
            continue
        date = _date(found, grammar)
        if (
            date is not None
            and written is not None
            and later_than(date, written)
            and _deadline(low, found, grammar)
        ):
            continue  # "到2028年, 对标网络内356个成员城市": a plan's goal, not the count's
        if date is not None and date.day is not None and _fields(found).get("day"):
            date = _day_before(low, found, clause.start, date, grammar)
        distance = max(phrase.start - found.end(), found.start() - phrase.end)
        if date is not None and (best is None or distance < best[0]):
            best = (distance, date, found.end())
    if best is None:  # the date in the sentence is another clause's: "Aquel año, ...; hoy
        entry = entry_date(low, phrase, grammar, written)
        if entry is not None:  # "- 12 mars 2021 : ... ; le réseau comptait alors 229"
            return entry
        when = _when_date(low, phrase, clause, grammar, written)
        if when is not None:  # "desde 2022, cuando se incorporaron 77 ciudades"
            return when
        setting = _time_set(low, sentence.start, clause.start, grammar)  # ... en diciembre"
        if setting is not None:  # "Era il settembre 2020, e l'annuncio parlava di 55"
            return setting
        relative = _relative(low, phrase, sentence, grammar, written)
        return relative or _dated_before(low, phrase, whole, grammar, written)
    if best[2] <= phrase.start and _counted_from_between(low, best[2], phrase.start, grammar):
        # "在2022年扩大到294城, 两年后又有64个城市加入": counted on from the date before
        return _relative(low, phrase, Span(best[2], phrase.end), grammar, written) or best[1]
    if (
        best[2] <= phrase.start
        and grammar.language.attached
        and grammar.relative is not None
        and grammar.relative.search(low, best[2], phrase.start) is not None
    ):  # "令和2年の時点では229都市でしたが、昨年9月に新たに77都市が加わり": the relative
        # date nearer the figure is its own (where words touch; measured there)
        return _relative(low, phrase, Span(best[2], phrase.end), grammar, written) or best[1]
    return best[1]


def entry_date(
    low: str, phrase: Phrase, grammar: Grammar, written: PartialDate | None
) -> PartialDate | None:
    """The day an entry of a chronicle, a changelog or minutes opens its line with, which
    dates the figures on that line: "17.07.2019   170 aktive Mitgliedsstädte in 53
    Ländern", "- **v1.0 (1 de agosto de 2019):** primera carga, 170 ciudades", "- 12 mars
    2021 : ... ; le réseau comptait alors 229 villes", "2019年7月17日\uff1a新增38个城市". A day
    (not a month alone: a label's "agosto 2016: 115" is tables.label_date's), before the
    text's month, then a colon, a dash or a wide gap; None where a word of now or another
    date stands between the date and the figure ("17.07.2025: heute zählt das Netz 425",
    "14.03.2023 - Stand September 2022: 294 Städte")."""
    line = low.rfind("\n", 0, phrase.start) + 1
    opening = _ENTRY_OPENING.match(low, line, phrase.start)
    start = opening.end() if opening is not None else line
    if start >= phrase.start or not (low[start].isdigit() or low[start].isalpha()):
        return None  # the common case: a line of prose that opens with a word
    found = _dates_alone(grammar.language.code).match(low, start, phrase.start)
    if found is None:
        return None
    close = _ENTRY_CLOSE.match(low, found.end(), phrase.start)
    if close is None:
        return None
    date = _date(found, grammar)
    if date is None or date.day is None or written is None or not _before(date, written):
        return None
    if grammar.present.search(low, close.end(), phrase.start) is not None:
        return None
    if grammar.dated.search(low, close.end(), phrase.start) is not None:
        return None  # "14.03.2023 - Stand September 2022: 294 Städte": the nearer date's
    return date


# what opens an entry's line before its date: a quote or list mark, bold, a version
# ("v1.0 (", "2.1 ("); and what closes the date: a bracket, a colon, a dash, a wide gap
_ENTRY_OPENING = re.compile(
    r"[ \t>]*(?:[-*+\u2022][ \t]+|\d{1,3}[.)][ \t]+)?[*_ \t]*(?:v?\d+(?:\.\d+)+[ \t]*\([ \t]*)?"
)
_ENTRY_CLOSE = re.compile(
    r"[ \t]*\)?[*_]*(?:[ \t]*[:\uff1a]|[ \t]{2,}|\t|[ \t]+[\u2013\u2014|\u00b7-][ \t])"
)


def in_circulation(low: str, phrase: Phrase, sentence: Span, grammar: Grammar) -> bool:
    """Whether the figure is what a source still in use gives (Language.
    circulation_markers): "our leaflet still says 356", "a 2022 leaflet, still handed out
    at the town hall, speaks of 294", 'le site parle encore de « 115 villes », un chiffre
    de 2016'. Such a figure is said today, at the text's date, whatever date the source
    (or an apposition) gives it; an earlier source the text reports ("the 2019 brochure
    said 170") keeps its date. The marker must be the figure's: in its sentence, with no
    ";" and no other number (but years) between them (nor after a marker that follows the
    figure: that one is the next figure's); numbers quoted with the figure
    ("「世界64か国229都市」") are its own."""
    if grammar.circulation is None:
        return False
    marks = _circulation_marks(low, sentence.start, sentence.end, grammar.language.code)
    if not marks:
        return False  # the common case
    quoted = _QUOTES.search(low, sentence.start, sentence.end) is not None
    quotation = _quotation(low, phrase, sentence) if quoted else None
    start, end = (quotation.start, quotation.end) if quotation else (phrase.start, phrase.end)
    for mark_start, mark_end in marks:
        if mark_end <= start:
            between = low[mark_end:start]
        elif mark_start >= end:  # "「356都市」としていますが、次回の改訂で改めます"
            between = low[end:mark_start] + " " + low[mark_end : sentence.end]
        else:
            continue
        if ";" not in between and _OTHER_NUMBER.search(between) is None:
            return True
    return False


def _circulation_marks(low: str, start: int, end: int, code: str) -> tuple[tuple[int, int], ...]:
    """Where the markers of a source in use stand in a sentence: read once for all its
    figures. Kept for the text being read (by identity, as lcnet.extract.occurrences
    keeps its words): a text as a cache key is hashed whole for each new text, and
    compared whole with an equal one read before (#14)."""
    global _marks_text, _marks
    if low is not _marks_text:
        _marks_text, _marks = low, {}
    key = (start, end, code)
    found = _marks.get(key)
    if found is None:
        circulation = grammar_of(code).circulation
        if circulation is None or not may_match(circulation, low, start, end):
            found = ()  # none of the markers' words in the sentence: the common case
        else:
            found = tuple(m.span() for m in circulation.finditer(low, start, end))
        _marks[key] = found
    return found


_marks_text: str | None = None  # the text whose sentences' markers are kept
_marks: dict[tuple[int, int, str], tuple[tuple[int, int], ...]] = {}


# a number that is not a year: another figure between a source's marker and this one
_OTHER_NUMBER = re.compile(
    r"(?<![\d.,\uff10-\uff19])(?!(?:19|20|\uff11\uff19|\uff12\uff10)[\d\uff10-\uff19]{2}"
    r"(?![\d\uff10-\uff19]))[\d\uff10-\uff19]+"
)


def _dated_right_after(low: str, at: int, grammar: Grammar) -> bool:
    """Whether a date follows a word of "already" right away: "Já em julho do ano passado
    a UNESCO confirmou 170 membros", "ya en 2019 la red contaba con 170": already then."""
    while at < len(low) and low[at] in " \t\n":
        at += 1
    if grammar.historic.match(low, at) is not None:
        return True
    return grammar.relative is not None and grammar.relative.match(low, at) is not None


def _document_date(
    low: str, phrase: Phrase, sentence: Span, grammar: Grammar
) -> PartialDate | None:
    """The date of an apposition after the figure that says it is a document's number of
    that date, whatever "still" says of the source: "Le site parle encore de « 115 villes
    de 28 pays », un chiffre de l'été 2016" (the figure is dated, so historic)."""
    form = _words(grammar.language.code).document_date
    doc = form.search(low, phrase.end, sentence.end) if form is not None else None
    if doc is None and grammar.language.figure_dated_after:
        return _figure_dated_after(low, phrase, sentence, grammar)
    if doc is None or low.find(".", phrase.end, doc.start()) >= 0:
        return None
    found = grammar.historic.search(low, doc.start(), min(sentence.end, doc.end() + _DOC_REACH))
    return _date(found, grammar) if found is not None else None


_DOC_REACH = 40  # characters after "un chiffre" where its date may end


def _figure_dated_after(
    low: str, phrase: Phrase, sentence: Span, grammar: Grammar
) -> PartialDate | None:
    """A date after the figure that its words make the figure's (Language.
    figure_dated_after), where words touch: "配布資料の「229都市」は2020年9月時点のものだ",
    "讲义上写着「229个城市」, 这是2020年9月的数据"."""
    form = _figure_dated_form(grammar.language.code)
    for found in grammar.historic.finditer(low, phrase.end, sentence.end):
        if form.match(low, found.end()) is not None:
            if grammar.present.search(low, sentence.start, found.start()) is not None:
                return None  # "加盟都市は現在13都市で、最初の加盟は2019年のことだ": now
            return _date(found, grammar)
    return None


@cache
def _figure_dated_form(code: str) -> re.Pattern[str]:
    return re.compile(grammar_of(code).language.figure_dated_after)


_QUOTED_DATE_GAP = 40  # characters between a date and the quotation it dates


def _dated_before_quotation(
    low: str, sentence: Span, quotation: Span, grammar: Grammar
) -> PartialDate | None:
    """The date said just before a quotation, in its sentence, that dates what it quotes:
    'In einer Broschüre aus dem Jahr 2021 ist von „rund 230 Mitgliedsstädten" die Rede',
    'a 2019 leaflet speaks of "170 members"' (no date of its own inside)."""
    found = max(
        grammar.historic.finditer(low, sentence.start, quotation.start),
        key=lambda m: m.start(),
        default=None,
    )  # the last one before the quotation
    if found is None or quotation.start - found.end() > _QUOTED_DATE_GAP:
        return None
    if any(mark in low[found.end() : quotation.start] for mark in ";:"):
        return None  # another clause between them
    return _date(found, grammar)


def _counted_from_between(low: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether "two years later" (or "earlier") stands in low[start:end]."""
    if grammar.relative is None:
        return False
    return any(
        "years_after" in _fields(m) or "years_before" in _fields(m)
        for m in grammar.relative.finditer(low, start, end)
    )


def _since_joining(
    low: str, phrase: Phrase, found: re.Match[str], grammar: Grammar, limit: int
) -> bool:
    """Whether the date is a joining's since which the main clause's state holds, its verb
    in the present (Language.since_event): "Since joining in 2020, Vinh has worked with
    the network's 425 members" (425 is now). Not where the clause after the comma speaks
    of that time ("..., qui comptait 294 membres", "..., was the fifth member"). The form
    may look on to `limit`, the sentence's end (the tense of its last verb)."""
    form = since_event(grammar.language.code)
    if form is None or found.end() > phrase.start:
        return False
    since = form.search(low, max(0, found.start() - _SINCE_REACH), limit)
    return since is not None and since.start() <= found.start() and since.end() <= phrase.start


_SINCE_REACH = 60  # characters from "since" to the joining's year


def _joined_after_figure(
    low: str, phrase: Phrase, found: re.Match[str], clause: Span, grammar: Grammar
) -> bool:
    """Whether the date after the figure is the subject's own joining, told after it
    (Language.joining_after_figure: "is among over 350 learning cities, following its
    designation as a member in 2023"), and no past verb before the figure in its clause
    makes the figure that time's ("was one of 294 members after joining in 2022")."""
    forms = _joining_after(grammar.language.code)
    if forms is None or Role.NEW in phrase.roles:
        return False  # "72 new members, following their designation in 2025": the intake's
    start = max(phrase.end, found.start() - _JOINED_REACH)
    joined = forms.search(low, start, found.start())
    if joined is None or any(c.isdigit() for c in low[joined.end() : found.start()]):
        return False
    before = low[clause.start : phrase.start].split()
    return not any(word in grammar.language.past_copulas for word in before)


def _member_aside(low: str, phrase: Phrase, found: re.Match[str], grammar: Grammar) -> bool:
    """Whether the date after the figure stands in an aside that names a member and its
    own joining or rank (Language.member_asides): "l'Italia ne ha otto, da Torino, prima
    ad aderire nel 2016, fino a Brescia" is Italy's count today."""
    form = _member_aside_form(grammar.language.code)
    if form is None or Role.NEW in phrase.roles:
        return False
    start = max(phrase.end, found.start() - _ASIDE_REACH)
    return form.search(low, start, found.start()) is not None  # (it ends at the date)


_ASIDE_REACH = 120  # characters from the comma after the count to the member's date


@cache
def _member_aside_form(code: str) -> re.Pattern[str] | None:
    forms = grammar_of(code).language.member_asides
    return re.compile(rf"(?:{'|'.join(forms)})\s*\Z") if forms else None


_JOINED_REACH = 160  # characters from the joining's words to its year: "after it was
# designated a member of the UNESCO Global Network of Learning Cities (GNLC) in 2023"


@cache
def _joining_after(code: str) -> re.Pattern[str] | None:
    forms = grammar_of(code).language.joining_after_figure
    said = "|".join(forms).replace(" ", r"\s+")  # a line may break between the words
    return re.compile(rf"(?<!\w)(?:{said})(?!\w)") if forms else None


def _when_date(
    low: str, phrase: Phrase, clause: Span, grammar: Grammar, written: PartialDate | None
) -> PartialDate | None:
    """The date of a clause of "when" (Language.joined_words) that holds the figure and
    opens right after a date no historic marker leads, a "since" one: "desde 2022, cuando
    se incorporaron 77 ciudades", "since September 2022, when 77 cities joined", "dal
    2022, quando sono entrate 77 città". The "since" is the main clause's; the figure is
    of that date. Not where a comma closes the clause before the figure ("Since 2022,
    when it joined, Derby has worked with the network's 425 members": now)."""
    if written is None or phrase.start - clause.start < _WHEN_SHORTEST:
        return None
    for word in grammar.language.joined_words:
        at = low.rfind(word, clause.start, phrase.start)
        if at < 0 or (at > 0 and low[at - 1].isalnum()):
            continue
        between = low[at + len(word) : phrase.start]
        if "," in between or ";" in between or "." in between or grammar.present.search(between):
            continue
        joined = grammar.joined_clause
        if joined is not None and joined.match(low, at, phrase.start) is not None:
            return None  # "cuando Tunja ingresó": that city's joining (lcnet.extract.joining)
        found = _bare_date_form(grammar.language.code).search(low, clause.start, at)
        if found is None:
            continue
        date = _date(found, grammar)
        if date is not None and _before(date, written):
            return date
    return None


_WHEN_SHORTEST = 10  # characters of "2022, when" before the figure


@cache
def _bare_date_form(code: str) -> re.Pattern[str]:
    """A date with no marker (of any of the language's date forms) closing the text it is
    searched in but for a comma: "... desde septiembre de 2022, "."""
    data = grammar_of(code).language
    fields = _date_fields(data)
    forms = "|".join(f"(?:{form.format(**fields)})" for form in data.date_forms)
    return re.compile(rf"(?<!\w)(?:{_number_groups(forms)})\s*,?\s*\Z")


def _since_after(
    low: str, phrase: Phrase, found: re.Match[str], floor: int, grammar: Grammar
) -> bool:
    """Whether the date is in a clause of the time since which the count holds
    (Language.since_words), on the same side of the count as its "since": "more than 100
    cities have joined since cities could first apply, at the conference held in Mexico
    City in September 2015", "Since the network opened in 2015, over 350 cities have
    joined". The date starts the count; it does not date it."""
    form = _since_words(grammar.language.code)
    if form is None:
        return False
    if found.start() >= phrase.end:  # count ... since ... date
        start = phrase.end
    elif found.end() <= phrase.start:  # since ... date ..., count
        start = max(floor, found.start() - _SINCE_CLAUSE)  # in the sentence, not a heading's
        stop = max(low.rfind(mark, start, found.start()) for mark in (".", ";", "\n\n"))
        start = max(start, stop + 1)
    else:
        return False
    return form.search(low, start, found.start()) is not None


_SINCE_CLAUSE = 100  # characters from a "since" before its date


@cache
def _since_words(code: str) -> re.Pattern[str] | None:
    words = grammar_of(code).language.since_words
    if not words:
        return None
    return re.compile("|".join(rf"(?<!\w)(?:{word})(?!\w)" for word in words))


def _since_year_at(low: str, found: re.Match[str], grammar: Grammar) -> bool:
    """Whether the date found is the year of a "since" (Language.since_year) whose
    article a date's marker took for its own: "Desde el 2012, la red ha distinguido a 229
    ciudades" counts up to now, as "Desde 2012" does."""
    if not _has_digit(found.group()):
        return False
    start = max(0, found.start() - _SINCE_YEAR_REACH)
    # the "since" before its year ("since 2012") or after it ("2016年以来", "2016년 이래")
    end = min(len(low), found.end() + _SINCE_YEAR_REACH)
    return any(
        found.start() <= m.start("year") and m.end("year") <= found.end()
        for m in since_years(low, start, end, grammar)
    )


_SINCE_YEAR_REACH = 24  # "desde el año de 2012": the words of "since" before its year


def _in_an_aside(
    low: str, phrase: Phrase, found: re.Match[str], clause: Span, grammar: Grammar
) -> bool:
    """Whether the date stands in an aside that commas close before the figure and that a
    participle or a relative pronoun opens (Language.aside_openers): "The application,
    submitted in late 2021, was approved alongside entries from 44 countries"."""
    form = _aside_opener(grammar.language.code)
    if form is None or found.end() > phrase.start:
        return False
    opened = low.rfind(",", clause.start, found.start())
    closed = low.find(",", found.end(), phrase.start)
    if opened < 0 or closed < 0:
        return False
    at = opened + 1
    while at < found.start() and low[at].isspace():
        at += 1
    if form.match(low, at, found.start()) is None:
        return False
    # "Three years ago, when the first list came out in August 2016, it stood at 115": a
    # clause of time after a time said before it tells when that time was
    return not (
        low.startswith("when ", at)
        and grammar.relative is not None
        and grammar.relative.search(low, clause.start, opened) is not None
    )


@cache
def _aside_opener(code: str) -> re.Pattern[str] | None:
    opener = grammar_of(code).language.aside_openers
    return re.compile(opener) if opener else None


@cache
def _later_clause(code: str) -> re.Pattern[str] | None:
    words = grammar_of(code).language.later_clause
    return re.compile("|".join(f"(?:{w})" for w in words)) if words else None


def _after_others(low: str, phrase: Phrase, found: re.Match[str], grammar: Grammar) -> bool:
    """Whether the date after a rank is that of the members it comes after (Language.
    rank_after): "Wyndham is the second Australian city, after Melton joined in 2015"
    is second at the text's date, not in 2015; "after the 2024 round" still dates it."""
    form = _rank_after(grammar.language.code)
    if form is None:
        return False
    if found.end() <= phrase.start:  # "sau Sa Đéc và Vinh được công nhận hồi tháng 9/2020,
        # Cao Lãnh là thành phố thứ ba": the members before it, and their date, said first
        start = max(0, found.start() - _AFTER_BEFORE_REACH)
        start = max(start, *(low.rfind(mark, start, found.start()) + 1 for mark in ".;\n"))
        befores = list(form.finditer(low, start, found.start()))
        if not befores or low.find(",", found.end(), phrase.start) < 0:
            return False  # no comma: "after the 2024 round it was the 3rd" dates the rank
        return befores[-1]["word"] not in _words(grammar.language.code).not_a_name
    if found.start() < phrase.end:
        return False
    after = form.search(low, phrase.end, found.start())
    return after is not None and after["word"] not in _words(grammar.language.code).not_a_name


_AFTER_BEFORE_REACH = 100  # characters from "after" to the date of the members it names


@cache
def _rank_after(code: str) -> re.Pattern[str] | None:
    words = grammar_of(code).language.rank_after
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{alternation(words)})\s+(?P<word>[^\W\d]+)")


def _time_set(low: str, start: int, end: int, grammar: Grammar) -> PartialDate | None:
    """The date of a clause before the figure's that says nothing but the time ("Era il
    settembre 2020, e l'annuncio parlava di 55"): the figure's clause is told of it."""
    if end <= start or end - start > _SETTING_REACH:
        return None
    dates = list(grammar.historic.finditer(low, start, end))
    if len(dates) != 1:
        return None
    rest = low[start : dates[0].start()] + " " + low[dates[0].end() : end]
    said = rest.replace(",", " ").replace("\u2019", "'").split()
    # a list item's dashes and bullets, and the date its lead gives (an entry's date):
    # "- 14.03.2023 - Stand September 2022: 294 Städte", the figure's own date is nearer
    words = [w for w in said if any(c.isalnum() for c in w) and not _ENTRY_DATE.fullmatch(w)]
    setting = grammar.language.setting_words
    if not said or any(word not in setting for word in words):
        return None
    return _date(dates[0], grammar)


_ENTRY_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


def _after_closed_clauses(
    low: str, phrase: Phrase, sentence: Span, grammar: Grammar, written: PartialDate | None
) -> Span:
    """Where the verb ends its clause, the part of the sentence from the last clause a
    verb closed before the figure: the dates before it are that clause's ("지난 6월 3곳이
    후보로 뽑혔으며, 심사를 거쳐 55개 도시가 확정됐다"; "2020年に八王子市、2022年に
    白山市が加わり、国内の加盟都市は合わせて5都市になった": a running count, of the text's
    day). One dated event before a figure its verb says resulted ("2022年9月に白山市が加盟し、
    ネットワークは294都市に拡大した") keeps its date."""
    closers = _closers(grammar.language.code)
    cut = None
    for found in closers.finditer(low, sentence.start, phrase.start):
        cut = found.end()
    if cut is None:
        return sentence  # the common case: no clause closed before the figure
    parallel = _parallel(grammar.language.code)
    if parallel is not None and parallel.search(low, max(sentence.start, cut - 8), cut):
        return sentence  # "2024년 2월 당시 …도시였고, 국내 회원은 56곳이었다": the same time
    dates = sum(1 for _ in grammar.historic.finditer(low, sentence.start, cut))
    if (
        written is not None
        and grammar.relative is not None
        and may_match(grammar.relative, low, sentence.start, cut)
    ):
        dates += sum(1 for _ in grammar.relative.finditer(low, sentence.start, cut))
    if dates == 0:
        return sentence
    if _later(grammar.language.code).search(low, cut, phrase.start):
        return sentence  # "9월 ... 발표했으나, 며칠 뒤 54개 도시로 정정했다": counted on from it
    # "UIL이 지난달 발표한 자료에 따르면 ... 가입해 있으며, 이 가운데 우리나라 도시는 20곳":
    # a source's date dates all it says, and "among them" continues the closed clause
    for cue in grammar.cues.finditer(low, sentence.start, phrase.start):
        if (cue.lastgroup == "speech" and cue.start() < cut) or (
            cue.lastgroup == "subset" and cue.start() >= cut
        ):
            return sentence
    if dates == 1:
        end = _clause(low, phrase, sentence, grammar).end
        if _results(grammar.language.code).search(low, phrase.end, end):
            return sentence
    return Span(cut, sentence.end)


@cache
def _parallel(code: str) -> re.Pattern[str] | None:
    form = grammar_of(code).language.parallel_closer
    return re.compile(rf"(?:{form})\Z") if form else None


@cache
def _closers(code: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{c})" for c in grammar_of(code).language.clause_closers))


@cache
def _later(code: str) -> re.Pattern[str]:
    pointers = grammar_of(code).language.later_pointers
    return re.compile("|".join(f"(?:{p})" for p in pointers) if pointers else r"(?!x)x")


@cache
def _results(code: str) -> re.Pattern[str]:
    verbs = grammar_of(code).language.result_verbs
    return re.compile("|".join(f"(?:{v})" for v in verbs) if verbs else r"(?!x)x")


def _compared_now(low: str, at: int, floor: int, grammar: Grammar) -> bool:
    """Whether the "now" at `at` is the other side of a comparison, not the figure's
    time: "229 membres en 2021, soit 65 de moins qu'aujourd'hui", "65 fewer than today",
    "65 in meno di oggi" (Language.comparative_degrees, then a comparative)."""
    form = _comparison_before(grammar.language.code)
    if form is None:
        return False
    return form.search(low, max(floor, at - _COMPARISON_REACH), at) is not None


_COMPARISON_REACH = 48  # characters from a degree word ("fewer") to the "now" it compares


@cache
def _comparison_before(code: str) -> re.Pattern[str] | None:
    data = grammar_of(code).language
    if not data.comparative_degrees or not data.comparatives:
        return None
    degrees, comparatives = alternation(data.comparative_degrees), alternation(data.comparatives)
    return re.compile(
        rf"(?<!\w)(?:{degrees})(?!\w)[^.;:!?]*?(?<!\w)(?:{comparatives})(?:\s+|(?<=['\u2019]))"
        r"(?:[^\W\d_]{1,4}\s+)?\Z"
    )


def joined_then(
    low: str, phrase: Phrase, sentence: Span, grammar: Grammar, home: PartialDate | None
) -> PartialDate | None:
    """ "Lors de notre adhésion, le réseau comptait 294 villes", "Quando siamo entrati,
    le città erano 294": a figure of the time the text's own city joined, which the
    sentence names without a date, is of `home` (that city's month of joining), unless
    its clause says "now"."""
    if home is None:
        return None
    cue = _joining_time(grammar.language.code)
    if cue is None or cue.search(low, sentence.start, sentence.end) is None:
        return None
    clause = _clause(low, phrase, sentence, grammar)
    if grammar.present.search(low, clause.start, _present_end(low, phrase, clause, grammar)):
        return None  # "quando siamo entrati erano 294, oggi sono 425"
    return home


def until_now(
    low: str, phrase: Phrase, sentence: Span, grammar: Grammar, written: PartialDate | None
) -> PartialDate | None:
    """ "Jusqu'ici, le réseau regroupait 292 villes", "Finora la rete contava 292 città":
    in the news of an intake, the count before it; of the text's month, where an intake
    accepts the figure of either side (its date known only to the judge)."""
    if written is None or written.month is None:
        return None
    form = _until_now(grammar.language.code)
    if form is None:
        return None
    clause = _clause(low, phrase, sentence, grammar)
    # before the figure ("Jusqu'ici, le réseau regroupait 292 villes") or after it ("Six
    # Qatari cities which already joined are ...")
    found = form.search(low, clause.start, clause.end)
    if found is None:
        return None
    if found.end() <= phrase.start and grammar.present.search(low, found.end(), phrase.start):
        return None  # "..., que hasta la semana pasada agrupaba 229 ciudades, tiene ya 294"
    if _member_state(grammar.language.code).search(low, sentence.start, sentence.end):
        return None  # "when A and B were already members": a past state (joining.py)
    return PartialDate(written.year, written.month)


@cache
def _member_state(code: str) -> re.Pattern[str]:
    data = grammar_of(code).language
    return re.compile(spaced(data.member_state) if data.member_state else "(?!)")


@cache
def _until_now(code: str) -> re.Pattern[str] | None:
    data = grammar_of(code).language
    return re.compile(spaced(data.until_now)) if data.until_now else None


@cache
def _joining_time(code: str) -> re.Pattern[str] | None:
    data = grammar_of(code).language
    if not data.joining_time:
        return None
    return re.compile(spaced(data.joining_time, r"\s*" if data.attached else r"\s+"))


_BRACKET = re.compile(r"\s{0,2}[(\uff08\[]")
_BRACKET_REACH = 60  # "(UNESCO press release, 14 February 2024)"
_CLOSING = {"(": ")", "\uff08": "\uff09", "[": "]"}


def _date_in_brackets_after_figure(
    low: str, phrase: Phrase, grammar: Grammar
) -> PartialDate | None:
    """ "229 members (2020)", "294 (septembre 2022)", "356 Mitglieder [Feb. 2024]": a date
    alone in brackets right after a figure is the figure's (one of the text's own period
    dates nothing: its news)."""
    opening = _BRACKET.match(low, phrase.end)
    if opening is None:
        return None
    closing = low.find(_CLOSING[low[opening.end() - 1]], opening.end(), opening.end() + 30)
    if closing < 0:
        return None
    inside = low[opening.end() : closing].strip()
    found = _dates_alone(grammar.language.code).fullmatch(inside)
    return None if found is None else _date(found, grammar)


def _dated_in_brackets_after(low: str, sentence: Span, grammar: Grammar) -> PartialDate | None:
    """ "55か国173都市がメンバー。(2020年6月現在)", "356 members. (As of May 2024)": a date
    in brackets right after the sentence is the sentence's."""
    opening = _BRACKET.match(low, sentence.end)
    if opening is None:
        return None
    closing = _CLOSING[low[opening.end() - 1]]
    end = low.find(closing, opening.end(), opening.end() + _BRACKET_REACH)
    if end < 0 or not grammar.dated.search(low, opening.end(), end):
        return None
    found = grammar.historic.search(low, opening.end(), end)
    return _date(found, grammar) if found else _bare_date(low, opening.end(), end, grammar)


# A reference's entry: a mark, a quoted title, then its publisher and year closing the
# line ('3. "170 active members in 53 countries". UIL, 2019.', '^ "356 Learning Cities"
# (2024). UNESCO.'), as an encyclopaedia's reference list writes it
_REFERENCE_MARK = re.compile(r"[ \t]*(?:\d{1,3}[.)]|\^|\[\d{1,3}\]|[-*\u2022\u2191])[ \t]*")
_CITED_AFTER = re.compile(
    r"[^\n]{0,120}?(?<!\d)(?P<year>(?:19|20)\d\d)(?!\d)"  # the first year after the title
)
_QUOTED_TITLE = re.compile(r"[\"\u201c\u201e\u00ab]")


def _cited_year_after(low: str, phrase: Phrase) -> PartialDate | None:
    """The year of a reference whose quoted title holds the figure: the title says what
    the cited source said in its year, not what holds at the page's date."""
    line = low.rfind("\n", 0, phrase.start) + 1
    mark = _REFERENCE_MARK.match(low, line)
    if mark is None or _QUOTED_TITLE.match(low, mark.end()) is None:
        return None  # the common case: no reference entry
    closing = low.find(low[mark.end()] if low[mark.end()] == '"' else "\u201d", phrase.end)
    closing = closing if closing >= 0 else low.find("\u00bb", phrase.end)
    if closing < 0 or low.find("\n", phrase.end, closing) >= 0:
        return None
    cited = _CITED_AFTER.match(low, closing + 1)
    return PartialDate(int(cited["year"])) if cited else None


def _relative(
    low: str, phrase: Phrase, sentence: Span, grammar: Grammar, written: PartialDate | None
) -> PartialDate | None:
    """ "UIL이 지난달 발표한 자료에 따르면 ... 115개 도시": the month before the text's."""
    if written is None or grammar.relative is None:
        return None
    clause = _clause(low, phrase, sentence, grammar)
    if not may_match(grammar.relative, low, clause.start, clause.end):
        return None  # most clauses hold no word of a relative date (str.find tells)
    found = [
        m
        for m in grammar.relative.finditer(low, clause.start, clause.end)
        if (m.end() <= phrase.start or m.start() >= phrase.end)
        and "since_month" not in _fields(m)
        # "abierta a nuevos miembros desde la conferencia de septiembre del año pasado,
        # integra 115 ciudades": the date a state holds since does not date it
        and not _since_after(low, phrase, m, sentence.start, grammar)
    ]
    if not found:
        return None
    present_end = _present_end(low, phrase, clause, grammar)
    weak = grammar.language.weak_present
    for present in grammar.present.finditer(low, clause.start, present_end):
        if present.group() in weak and _dated_right_after(low, present.end(), grammar):
            continue  # "Já em julho do ano passado": already then
        if not any(m.start() <= present.start() < m.end() for m in found):
            return None  # "now" (and not the "今年" of "今年7月")
    nearest = min(found, key=lambda m: max(phrase.start - m.end(), m.start() - phrase.end))
    if "years_before" in _fields(nearest):  # "hai năm trước đó": before the date said before
        anchor = _anchor(low, nearest.start(), grammar, written)
        return counted_back(nearest, grammar, anchor)
    if "years_after" in _fields(nearest):  # "a year later": after the date said before
        anchor = _anchor(low, nearest.start(), grammar, written)
        return _counted_on(nearest, grammar, anchor, written)
    if "days_after" in _fields(nearest):  # "days later": of the date said before, if any
        anchor = _anchor(low, nearest.start(), grammar, written)
        return None if anchor is written else anchor
    month = _month(_fields(nearest), grammar)
    earlier = grammar.earlier_date
    if (
        month is not None
        and earlier is not None
        and earlier.search(low, nearest.end(), nearest.end() + _OF_THAT_YEAR)
    ):  # "a settembre di quell'anno": that month of the year said before
        anchor = _anchor(low, nearest.start(), grammar, written)
        if 1 <= month <= 12 and anchor is not written:
            return PartialDate(anchor.year, month)
    back = counted_back(nearest, grammar, written)
    if back is not None and _fields(nearest).get("day"):  # "until 4 December": the day before
        back = _day_before(low, nearest, clause.start, back, grammar)
    return back


_OF_THAT_YEAR = 16  # characters after a month where "of that year" may stand


_ANCHOR_REACH = 300  # characters before "two years earlier" where its date may be


def _anchor(low: str, at: int, grammar: Grammar, written: PartialDate) -> PartialDate:
    """The date "N years earlier" counts from: the last one written before it, nearby
    (a date, or a date counted from the text's, as "in December"); else the text's."""
    start = max(0, at - _ANCHOR_REACH)
    paragraph = low.rfind("\n\n", start, at)
    start = paragraph + 2 if paragraph >= 0 else start
    dates: list[tuple[int, PartialDate | None]] = [
        (m.start(), _date(m, grammar)) for m in grammar.historic.finditer(low, start, at)
    ]
    if grammar.relative is not None:
        dates += [
            (m.start(), counted_back(m, grammar, written))
            for m in grammar.relative.finditer(low, start, at)
            if not _fields(m).keys() & {"years_before", "years_after", "days_after"}
        ]
    known = [(where, date) for where, date in dates if date is not None]
    last = max(known, key=lambda item: item[0], default=None)
    return written if last is None or last[1] is None else last[1]


def _counted_on(
    found: re.Match[str], grammar: Grammar, anchor: PartialDate, written: PartialDate
) -> PartialDate | None:
    """ "By September 2019 ... A year later, 229": the year after the date said before
    it; None without such a date (counted on from the text's own, it would be in its
    future) or when it reaches the text's own year (its news)."""
    if anchor is written:
        return None
    count = _fields(found).get("years", "1")
    years = int(count) if count.isdigit() else grammar.language.number_words.get(count)
    if not years:
        return None
    date = PartialDate(anchor.year + years)
    return date if date.year < written.year else None


def counted_back(
    found: re.Match[str], grammar: Grammar, written: PartialDate
) -> PartialDate | None:
    """The date a relative date names, counted from the text's date."""
    fields = _fields(found)
    month = _month(fields, grammar)
    if month is not None and not 1 <= month <= 12:
        return None
    if "last_month" in fields:
        if written.month is None:
            return None
        year, month = (
            (written.year - 1, 12) if written.month == 1 else (written.year, written.month - 1)
        )
        return PartialDate(year, month)
    if "last_year" in fields:
        return PartialDate(written.year - 1, month)
    if "year_before_last" in fields:  # "一昨年", "재작년", "前年"
        return PartialDate(written.year - 2, month)
    if "years_ago" in fields or "years_before" in fields:  # "two years ago": the year
        count = fields.get("years", "1")  # "a year ago"
        years = int(count) if count.isdigit() else grammar.language.number_words.get(count)
        return PartialDate(written.year - years) if years else None
    if month is None:
        return None  # "this year" alone: the text's own year, no history
    year = written.year
    if written.month is not None and month > written.month:
        year -= 1  # "in August", written in March
    if "before_month" in fields:  # "prima di dicembre": the month before the last December
        return PartialDate(year - 1, 12) if month == 1 else PartialDate(year, month - 1)
    day = fields.get("day")
    if day is not None and day.isdigit():  # "on 4 December": the day too, so that a text
        try:  # of 5 December speaks of its own news event, not of the past
            return PartialDate.checked(year, month, int(day), found.group())
        except DateError:
            pass
    return PartialDate(year, month)


def _dated_before(
    low: str, phrase: Phrase, sentence: Span, grammar: Grammar, written: PartialDate | None
) -> PartialDate | None:
    """ "We joined in 2022. At the time, the network had 294 members": the date of the
    sentence before, when words of the figure's clause point back to it ("at the time",
    or a verb of a past state: "Loures entrou em 2020. A rede tinha 229 cidades")."""
    forms = [f for f in (grammar.earlier_date, grammar.past_states) if f is not None]
    # most sentences hold none of the forms' words: str.find tells, where each form,
    # opening with a word boundary and a choice of words, was tried at every character
    if not any(needled(f, low, sentence.start, sentence.end) for f in forms):
        return None  # the common case
    before_this = _before_this_round(grammar.language.code)
    if before_this is not None and before_this.search(low, sentence.start, phrase.start):
        return None  # "Antes de la ronda de diciembre, la red sumaba 356": of the time
        # before the round (lcnet.extract.engine), not of a year said the sentence before
    clause = _clause(low, phrase, sentence, grammar)
    pointers = [
        m
        for f in forms
        for m in f.finditer(low, clause.start, clause.end)
        if f is grammar.earlier_date or _states_the_figure(low, m, phrase)
    ]
    if not pointers:
        return None
    for present in grammar.present.finditer(
        low, clause.start, _present_end(low, phrase, clause, grammar)
    ):  # "now", but not the "cette année" of "cette année-là" (that year)
        if not any(p.start() <= present.start() < p.end() for p in pointers):
            return None
    start = max(0, sentence.start - _BEFORE_REACH)
    paragraph = low.rfind("\n\n", start, sentence.start)
    start = paragraph + 2 if paragraph >= 0 else start
    # only a verb of a past state points back: not to a date "since" governs ("Depuis
    # son adhésion en 2022, Cork voit le réseau grandir : il comptait 294 membres")
    stated = not any(p.re is grammar.earlier_date for p in pointers)
    if stated and _SINCE.search(low, max(start, sentence.start), clause.start) is not None:
        return None
    line_start = low.rfind("\n", 0, sentence.start) + 1
    if stated and line_start > start and _ITEM.match(low, line_start):
        # "10. Portugal tinha 16 cidades na rede antes da entrada de Lisboa": a list's item
        # is a statement of its own; its verb of a past state points back within it only
        start = line_start
        paragraph = -1
    # up to the figure's clause: the sentence's own clauses before it count as said
    # before it ("the 2019 round had brought in 38 cities, and UIL then described 170
    # active members", "Im Februar 2024 kamen 64 Städte hinzu; das Netzwerk zählte
    # damals 356")
    found = _last_date(low, start, clause.start, grammar, written)
    if found is None and pointers[0].start() > clause.start:
        # "La red, que en febrero de 2024 sumó 64 miembros, alcanzó entonces las 356
        # ciudades": a date in an aside of the clause, before the word that points back
        found = _last_date(low, clause.start, pointers[0].start(), grammar, written)
    if found is None and paragraph >= 0 and not stated and not low[start : sentence.start].strip():
        # "Vinh joined in September 2020.\n\nThat year, ...": a paragraph that opens
        # with it points back to the paragraph before; a verb of a past state alone does
        # not ("... la pionera fue Medellín, en 2018.\n\nCon esta convocatoria la red
        # alcanzó 294 ciudades": the news of the text's own round)
        reach = max(0, paragraph - _BEFORE_REACH)
        before = low.rfind("\n\n", reach, paragraph)
        found = _last_date(low, before + 2 if before >= 0 else reach, paragraph, grammar, written)
    if found is not None and written is not None and later_than(found, written):
        return None  # "La red sumará más de 450 en 2027. Colombia tenía ocho": a past
        # state does not point forward to a forecast's year
    return found


_AFTER_DATE = 8  # characters after a date where its "until" (まで, 까지) stands
_DAY_BEFORE_REACH = 60  # characters before a date where "before Hanoi's admission" may start


def _day_before(
    low: str, found: re.Match[str], start: int, date: PartialDate, grammar: Grammar
) -> PartialDate:
    """ "Until 4 December the network had 356 cities", "bis zum 4. Dezember", "before
    Hanoi's admission on 4 December": a count until a day is of the day before it (on the
    day, the news had changed it), read as that day's month. A word of
    Language.before_dates opens the date's
    marker or ends just before it, or a newcomer's arrival (Language.before_this) ends
    just before it."""
    words = grammar.language.before_dates
    after = grammar.language.before_dates_after
    if after and low[found.end() : found.end() + _AFTER_DATE].lstrip().startswith(after):
        words = ()  # "12月4日まで", "12월 4일까지": until that day
    elif not words:
        return date
    head = low[found.start() : found.end()]
    before = low[max(start, found.start() - _DAY_BEFORE_REACH) : found.start()]
    tail = before.rstrip()
    last = tail.rsplit(None, 2)[-2:]
    if words and not (
        head.startswith(words)
        or (last and last[-1] in words)
        or (len(last) == 2 and " ".join(last) in words)
        or _arrival_just_before(before, grammar)
    ):
        return date
    assert date.month is not None
    assert date.day is not None
    day = dt.date(date.year, date.month, date.day) - dt.timedelta(days=1)
    # the month of that day: a day just before the text's own would read as its news
    # (lcnet.check.texts.NEWS_DAYS), and the month of an intake accepts either side's figure
    return PartialDate(day.year, day.month) if day.year >= 1900 else date


def _arrival_just_before(before: str, grammar: Grammar) -> bool:
    form = _before_this_round(grammar.language.code)
    if form is None:
        return False
    last = None
    for last in form.finditer(before):  # noqa: B007 (the last match is wanted)
        continue
    return last is not None and not before[last.end() :].strip(" ,")


@cache
def _before_this_round(code: str) -> re.Pattern[str] | None:
    form = grammar_of(code).language.before_this
    return re.compile(form) if form else None


_STATE_REACH = 40  # characters from a verb of a past state to the figure it states
# "since", whose date a past state does not point back to
_SINCE = re.compile(r"(?<!\w)(?:depuis|desde|since|seit|dal|dalla|dallo|dai|dalle)(?!\w)")


def _states_the_figure(low: str, verb: re.Match[str], phrase: Phrase) -> bool:
    """Whether a verb of a past state is the figure's own: just before it, no comma
    between ("A lista completa tinha 115 membros"; not "La red, que ya tenía presencia
    en Colombia, suma 425 ciudades")."""
    gap = phrase.start - verb.end()
    if not 0 <= gap <= _STATE_REACH or low.find(",", verb.end(), phrase.start) >= 0:
        return False
    return verb.start() == 0 or not low[verb.start() - 1].isalnum()  # a word of its own


def _last_date(
    low: str, start: int, end: int, grammar: Grammar, written: PartialDate | None
) -> PartialDate | None:
    """The last date written in low[start:end] (a historic one, a relative one counted
    from the text's date, else a year alone), none of a founding."""
    dates: list[tuple[int, PartialDate | None]] = []
    for found in grammar.historic.finditer(low, start, end):
        reach = max(start, found.start() - _FOUNDING_REACH)
        if not grammar.founding.search(low, reach, found.start()):
            dates.append((found.start(), _date(found, grammar)))
    if written is not None and grammar.relative is not None:  # "Seit Februar ... damals"
        dates += [
            (m.start(), counted_back(m, grammar, written))
            for m in grammar.relative.finditer(low, start, end)
        ]
    known = [(where, date) for where, date in dates if date is not None]
    last = max(known, key=lambda item: item[0], default=None)
    if last is None:  # "pertenece desde septiembre de 2020. Aquel año": a year said so
        years = [
            found
            for found in _YEAR.finditer(low, start, end)
            if not grammar.founding.search(
                low, max(start, found.start() - _FOUNDING_REACH), found.start()
            )
        ]
        if not years:
            return None
        # "seit September 2020 ... damals": a month named right before the year
        named = _MONTH_BEFORE.search(low, max(start, years[-1].start() - 16), years[-1].start())
        month = grammar.language.months.get(named.group(1)) if named else None
        return PartialDate(int(years[-1].group()), month if month and month <= 12 else None)
    return last[1]


_MONTH_BEFORE = re.compile(r"([^\W\d_]+)\.?\s+(?:de\s+|del\s+)?$")


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_TOUCHING_CLAUSE = re.compile(r"[,\u3001\uff0c]")  # the Latin and CJK commas
_FOUNDED_AFTER = 6  # characters after a date where its verb may follow: "于2013年发起"


def _relative_before(low: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether a relative date that dates (not "since February") stands in low[start:end]."""
    relative = grammar.relative
    if relative is None:
        return False
    return any("since_month" not in _fields(m) for m in relative.finditer(low, start, end))


def _present_end(low: str, phrase: Phrase, clause: Span, grammar: Grammar) -> int:
    """Where words touch, "now" past a comma after the figure is the next clause's:
    "当時の加盟は28か国115都市でしたが、現在は79か国"."""
    if not grammar.language.attached:
        # "In 2020 the network had 229 members, before this year's intake raised it":
        # a date before the figure sets its clause; "now" past a comma after it is the
        # next clause's; so is "now" past a conjunction, the date before it ("La red
        # tenía 294 ciudades en 2022 y hoy tiene 425")
        after = low.find(",", phrase.end, clause.end)
        if after >= 0 and (
            grammar.dated.search(low, clause.start, phrase.start)
            # "The network, which had 115 members in 2016, now gathers 425": a date
            # between the figure and the comma sets its clause too
            or grammar.dated.search(low, phrase.end, after)
            # "Vor der Februarrunde waren es 294, nun sind es 356": a relative one too
            or _relative_before(low, clause.start, phrase.start, grammar)
        ):
            return after
        conjunction = _conjunction_form(grammar.language.code)
        joined = conjunction.search(low, phrase.end, clause.end) if conjunction else None
        if (
            joined is not None
            and (after < 0 or joined.start() < after)
            and grammar.dated.search(low, clause.start, joined.start())
        ):
            return joined.start()
        return clause.end
    comma = _TOUCHING_CLAUSE.search(low, phrase.end, clause.end)
    end = comma.start() if comma else clause.end
    past = _past_clause_end(grammar.language.code)  # "115개 도시였던 네트워크는 현재"
    closed = past.search(low, phrase.end, end) if past is not None else None
    return closed.start() if closed else end


def _present_start(low: str, phrase: Phrase, clause: Span, grammar: Grammar) -> int:
    """ "La red tiene hoy 425 ciudades y en 2022 tenía 294": a "now" before a conjunction
    that a date follows, before the figure, is the conjunct before's."""
    if grammar.language.attached:
        return clause.start
    # "425 cities now, compared with 294 in 76 countries in 2022": the compared count's
    # ... and the compared count itself: "oggi 180 membri, contro i 115 membri nell'agosto
    # 2016" (the words end with the figure)
    back = went_back(low, clause.start, phrase.end, grammar)
    if back is not None and back < phrase.start:
        return back
    conjunction = _conjunction_form(grammar.language.code)
    if conjunction is None:
        return clause.start
    joined = list(conjunction.finditer(low, clause.start, phrase.start))
    if joined and grammar.dated.search(low, joined[-1].end(), phrase.start):
        return joined[-1].end()
    return clause.start


@cache
def _conjunction_form(code: str) -> re.Pattern[str] | None:
    words = grammar_of(code).language.conjunctions
    return re.compile(rf"\s(?:{'|'.join(map(re.escape, words))})\s") if words else None


@cache
def _past_clause_end(code: str) -> re.Pattern[str] | None:
    ends = grammar_of(code).language.past_clause_ends
    return re.compile("|".join(f"(?:{e})" for e in ends)) if ends else None


def _next_clause_date(low: str, phrase: Phrase, found: re.Match[str], grammar: Grammar) -> bool:
    """Where words touch, a date opens the clause it dates, so a date past a comma after
    the figure is the next clause's: "2024年2月には79か国356都市、2022年9月には76か国294
    都市" (unless "as of" follows it: "356都市、2024年2月現在")."""
    if not grammar.language.attached or found.start() < phrase.end:
        return False
    if not _TOUCHING_CLAUSE.search(low, phrase.end, found.start()):
        return False
    as_of = _words(grammar.language.code).as_of_after
    return as_of is None or as_of.match(low, found.end()) is None


def _in_a_relative_aside(low: str, found: re.Match[str], phrase: Phrase, grammar: Grammar) -> bool:
    """Whether the date stands in an aside that a relative pronoun opens after a comma
    and a comma closes before the figure: "Morocco, which joined in 2020, has nine
    member cities" (the 2020 dates the joining, not the nine)."""
    if found.end() > phrase.start or not grammar.language.relative_pronouns:
        return False
    closing = low.find(",", found.end(), phrase.start)
    if closing < 0:
        return False
    openers = _relative_opener(grammar.language.code).finditer(
        low, max(0, found.start() - _RELATIVE_REACH), found.start()
    )
    last = max(openers, key=lambda m: m.start(), default=None)
    return last is not None and not _SENTENCE_MARKS.search(low, last.end(), found.start())


_RELATIVE_REACH = 80  # characters from a relative pronoun to the date in its aside
_SENTENCE_MARKS = re.compile(r"[.!?;:,]")


@cache
def _relative_opener(code: str) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in grammar_of(code).language.relative_pronouns)
    return re.compile(rf",\s+(?:{words})\s")


def _next_conjunct_date(low: str, phrase: Phrase, found: re.Match[str], grammar: Grammar) -> bool:
    """Whether a date after the figure stands past a conjunction or a comma (spaced
    languages; the caller checks that a date before the figure sets its clause)."""
    if grammar.language.attached or found.start() < phrase.end:
        return False
    return _conjunct(grammar.language.code).search(low, phrase.end, found.start()) is not None


@cache
def _conjunct(code: str) -> re.Pattern[str]:
    conjunctions = "|".join(re.escape(c) for c in grammar_of(code).language.conjunctions)
    return re.compile(rf"[,;]|(?<!\w)(?:{conjunctions or '(?!)'})(?!\w)")


def _founded_after(low: str, found: re.Match[str], grammar: Grammar) -> bool:
    """Where the verb follows its date: "于2013年发起" dates the network, not a figure."""
    if not grammar.language.attached:
        return False
    return grammar.founding.search(low, found.end(), found.end() + _FOUNDED_AFTER) is not None


def _clause(low: str, phrase: Phrase, sentence: Span, grammar: Grammar | None = None) -> Span:
    """The figure's clause: its sentence cut at ; : dashes, and at a comma followed by a
    conjunction ("294 members in 76 countries, and our city joined in 2022": 2022 is
    the second clause's)."""
    start, end = sentence.start, sentence.end
    marks = _clause_marks(grammar.language.conjunctions if grammar else ())
    for mark in marks.finditer(low, sentence.start, sentence.end):
        if (
            mark.group() == ":"
            and grammar is not None
            and _dating_colon(low, mark, sentence, grammar)
        ):
            continue
        if mark.group() != ":" and grammar is not None and _dating_dash(low, mark, grammar):
            continue
        if mark.end() <= phrase.start:
            start = mark.end()
        elif mark.start() >= phrase.end:
            end = mark.start()
            break
    return Span(start, end)


def _dating_colon(low: str, mark: re.Match[str], sentence: Span, grammar: Grammar) -> bool:
    """Whether a colon belongs to a date: within its marker ("(Stand: Mai 2021)") or
    right after one that opens the sentence ("Stand: Mai 2021: 229 Städte", "As of May
    2021: 229 cities"); the date is then the figure's, not another clause's."""
    reach = max(sentence.start, mark.start() - _COLON_REACH)
    listed = _words(grammar.language.code).listed
    if listed is not None and listed.search(low, reach, mark.start()):
        return True  # "Ad agosto l'istituto ha pubblicato l'elenco dei membri: 115 città"
    for found in grammar.historic.finditer(
        low, reach, min(sentence.end, mark.end() + _COLON_REACH)
    ):
        if found.start() < mark.start() < found.end():
            return True
        if found.end() == mark.start() and not low[sentence.start : found.start()].strip(
            " \t#*-(["
        ):
            return True
        if _as_of_colon(low, found, mark.start(), grammar):
            return True
        if _labelled_item(low, found, mark.start(), sentence, grammar):
            return True
    return False


def _deadline(low: str, found: re.Match[str], grammar: Grammar) -> bool:
    """Whether a date is a plan's deadline (Language.deadline_before, deadline_after)."""
    forms = _deadline_forms(grammar.language.code)
    if forms is None:
        return False
    before, after = forms
    return (
        before is not None
        and before.search(low, max(0, found.start() - _DEADLINE_REACH), found.start()) is not None
    ) or (after is not None and after.match(low, found.end()) is not None)


_DEADLINE_REACH = 4  # characters before a date where its "by" stands


@cache
def _deadline_forms(code: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None] | None:
    data = grammar_of(code).language
    if not data.deadline_before and not data.deadline_after:
        return None
    before = re.compile(rf"(?:{data.deadline_before})\s*\Z") if data.deadline_before else None
    after = re.compile(rf"\s*(?:{data.deadline_after})") if data.deadline_after else None
    return before, after


def _as_of_colon(low: str, found: re.Match[str], colon: int, grammar: Grammar) -> bool:
    """Whether the words from a date to a colon after it say "as of" that date: "2016년
    8월 기준: 28개국 115개 도시", "加盟状況(2024年2月現在): 79か国356都市", "截至2024年2月:"
    (the figures the colon opens are of that date, whatever stands before it)."""
    if not found.end() < colon <= found.end() + _AS_OF_REACH:
        return False
    words = _words(grammar.language.code)
    said = words.as_of_after.match(low, found.end(), colon) if words.as_of_after else None
    if said is None and not found.group().startswith(grammar.language.as_of_before):
        return False  # neither "기준", "現在", "時点" after the date nor "截至" before it
    at = found.end() if said is None else said.end()
    return words.closing_gap.fullmatch(low, at, colon) is not None


def _labelled_item(
    low: str, found: re.Match[str], colon: int, sentence: Span, grammar: Grammar
) -> bool:
    """Whether a date opens a list item whose label a colon ends, with no number and no
    "now" between: "· 2017년 5월 일본 문부과학성 자료: 42개국 188개 도시", "・2017年5月の
    文科省資料: 42か国188都市" (the item's figures are of its date)."""
    between = low[found.end() : colon]
    if low[sentence.start : found.start()].strip(_ITEM_MARKS) or "\n" in between:
        return False
    now = grammar.language.now_words
    return _DIGIT.search(between) is None and not any(word in between for word in now)


_ITEM_MARKS = " \t\u3000#*-([\u00b7\u2022\u30fb\u25cf\u25cb\u25c6\u25c7\u25a0\u25a1\u25b6\u25b7"
_ITEM_MARKS += "\u25ce"  # what may stand before an item's date: its bullet


_AS_OF_REACH = 8  # characters from a date's end to the colon its "as of" reaches


_COLON_REACH = 30  # characters around a colon where its date is looked for


def _dating_dash(low: str, mark: re.Match[str], grammar: Grammar) -> bool:
    """Whether a dash opens what a date right before it dates: "Le chiffre de 2022 — 294
    villes dans 76 pays — a depuis été dépassé" (the figures set off are of 2022)."""
    if mark.group().strip() not in ("\u2013", "\u2014"):
        return False  # a dash only: not ";" nor ", and" (a clause of its own)
    reach = max(0, mark.start() - _COLON_REACH)
    return any(
        found.end() == mark.start()
        for found in grammar.historic.finditer(low, reach, mark.start())
    )


def _fields(found: re.Match[str]) -> dict[str, str]:
    """A date match's groups by name, without the numbers that keep them apart."""
    pattern = found.re
    names = _FIELD_NAMES.get(pattern.pattern)
    if names is None:
        names = _FIELD_NAMES[pattern.pattern] = _field_names(pattern)
    return {
        names[index]: value for index, value in enumerate(found.groups()) if value and names[index]
    }


# Each date pattern's group names without their numbers, by group, kept by the pattern's
# text: groupdict() and a strip of each name at every date read cost more. Not by the
# compiled pattern (functools.cache): hashing and comparing one hashes and compares its
# code at each call, 1-5 us for a date pattern (so kept, _fields took 14 us, not 2.7).
_FIELD_NAMES: dict[str, tuple[str, ...]] = {}


def _field_names(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Each group's name without its number, by group ("" for a group of no name)."""
    names = [""] * pattern.groups
    for name, index in pattern.groupindex.items():
        names[index - 1] = name.rstrip("0123456789")
    return tuple(names)


def _month(fields: dict[str, str], grammar: Grammar) -> int | None:
    name = fields.get("month")
    month = grammar.language.months.get(name) if name else None
    if month is None and "month_number" in fields:
        month = int(fields["month_number"])
    return month


def opening_date(
    low: str, start: int, end: int, grammar: Grammar, written: PartialDate | None
) -> PartialDate | None:
    """The date that opens low[start:end] ("En 2022, le réseau est passé de 229 à 294",
    "Nel 2022 la rete è passata da 229 a 294"): a change's, so its end's; None when the
    words before it are others, when it bounds a stretch ("Dès 2016", "Since 2016"), when
    a "now" follows it, or when it is not before the text's date."""
    found = grammar.historic.search(low, start, end)
    if found is None or _OPENING.fullmatch(low, start, found.start()) is None:
        return None
    first = found.group().split(maxsplit=1)[0].strip(",").split("'")[0].split("\u2019")[0]
    if first in grammar.language.bounding_words or grammar.present.search(low, found.end(), end):
        return None
    if len(_NUMBERS.findall(low[found.end() : end])) > 2:  # the start's and the end's
        return None  # "In 2016 it had 115 ...; by 2019 170, and since from 229 to 294"
    date = _date(found, grammar)
    if date is None or written is None or not _before(date, written):
        return None
    return date


_NUMBERS = re.compile(r"\d+")
_OPENING = re.compile(r"[\s\d.)*#>_-]*")  # a list's number or bullet before the date


def first_date(low: str, start: int, end: int, grammar: Grammar) -> PartialDate | None:
    """The first date a historic marker introduces in low[start:end] ("after the
    February 2024 round", "vom September 2020"), or None."""
    found = grammar.historic.search(low, start, end)
    return None if found is None else _date(found, grammar)


def _date(found: re.Match[str], grammar: Grammar) -> PartialDate | None:
    fields = _fields(found)
    month = _month(fields, grammar)
    day = int(fields["day"]) if "day" in fields and month is not None else None
    era = fields.get("era")
    if era is not None:  # "令和6年": the era's own count of years
        count = fields["era_year"]
        first = count == grammar.language.era_first_year
        year = grammar.language.eras[era] + (1 if first else int(count))
    else:
        year = int(fields["year"])
    try:
        return PartialDate.checked(year, month, day, found.group())
    except DateError:
        return None


_ITEM = re.compile(r"[ \t]*(?:>[ \t]*)*(?:[-*+\u2022][ \t]|\d{1,3}[.)][ \t])")
_ITEM_LENGTH = 80  # a bare item: "- 229 ciudades", "<li>76 quốc gia</li>"
_HEADING_LENGTH = 100  # a heading or a box's title: one short line
_HEADING_REACH = 12  # lines (not blank) back from an item to its heading
_RANGE = re.compile(r"[-\u2013/]\s*(?:19|20)?\d\d(?!\d)")  # "2023-2030": a plan's span


def dated_by_heading(
    low: str, at: int, grammar: Grammar, written: PartialDate | None
) -> PartialDate | None:
    """ "## Những con số của năm 2022" / "- 294 thành phố": a list's bare items under a
    heading (or a box's title) dated before the text are figures of that date.

    Only bare items: a line with a list mark or a short line alone (an HTML <li>), no
    table row. The heading is the nearest line before them that is not an item: one
    short line holding a date (a historic one, or a year alone) earlier than the text's,
    no "now" and no founding. A dated heading of the text's own period dates nothing."""
    if written is None:
        return None
    line_start = low.rfind("\n", 0, at) + 1
    line_end = low.find("\n", at)
    line_end = len(low) if line_end < 0 else line_end
    if not _bare_item(low, line_start, line_end) or grammar.present.search(
        low, line_start, line_end
    ):
        return None  # "- hiện có 425 thành viên": now, whatever the heading says
    end, lines = line_start - 1, 0
    while end > 0 and lines < _HEADING_REACH:
        start = low.rfind("\n", 0, end) + 1
        line = low[start:end]
        end = start - 1
        text = line.strip(" \t>")
        if not text:
            continue
        lines += 1
        if len(text) > _HEADING_LENGTH or "|" in line:
            return None
        if _ITEM.match(line):
            continue  # another item of the list
        date = _heading_date(low, start, start + len(line), grammar) if _titled(text) else None
        if date is None:
            if _bare_item(low, start, start + len(line)) and _has_digit(text):
                continue  # an HTML item before this one: "294 thành phố thành viên"
            return None
        return date if _before(date, written) else None
    return None


def dated_by_caption(
    low: str, at: int, grammar: Grammar, written: PartialDate | None
) -> PartialDate | None:
    """ "Cuadro 4.3.1 Indicadores (corte: 30 de junio de 2020)" over a table, "Quadro 7 -
    Municípios portugueses na GNLC (situação a 31 de dezembro de 2022)": the figures of
    its rows are of the caption's date, when it is before the text's. A row is a line of
    cells ("|") or of columns (three spaces or more between them, as a PDF turned into text
    lays them out); the caption is the nearest line above the table's rows, rules and
    header, two blank lines apart at most."""
    if written is None:
        return None
    line_start = low.rfind("\n", 0, at) + 1
    line_end = low.find("\n", at)
    line_end = len(low) if line_end < 0 else line_end
    if not _may_be_a_table_line(low, line_start, line_end):
        return None  # the common case: a line of prose, told without a pattern
    if _TABLE_LINE.fullmatch(low, line_start, line_end) is None:
        return None
    if grammar.present.search(low, line_start, line_end):
        return None
    end, rows, blanks = line_start - 1, 0, 0
    while end > 0 and rows < _TABLE_REACH:
        start = low.rfind("\n", 0, end) + 1
        line, end = low[start:end], start - 1
        if not line.strip():
            blanks += 1
            if blanks > 2:  # HTML writes two blank lines between a paragraph and a table
                return None
            continue
        if blanks == 0 and _TABLE_LINE.fullmatch(line) is not None:
            rows += 1
            continue
        text = line.strip()
        if len(text) > _HEADING_LENGTH or not (_CAPTION.match(text) or _titled(text)):
            return None  # a sentence of prose, not a caption
        date = _heading_date(low, start, start + len(line), grammar)
        return date if date is not None and _before(date, written) else None
    return None


# A table's line: cells between bars, a rule, or columns three spaces apart or more
_TABLE_LINE = re.compile(r"[ \t]*(?:\|.*|[-=+|: \t]*-[-=+|: \t]*|\S[^\n]*?\S[ \t]{3,}\S[^\n]*)")
_TABLE_REACH = 40  # a table's lines above a row, at most
_LINE_INDENT = re.compile(r"[ \t]*")


def _may_be_a_table_line(low: str, start: int, end: int) -> bool:
    """False where low[start:end] cannot be a _TABLE_LINE, found with str.find: its first
    character (past spaces) opens no cells or rule, and no three spaces or tab stand in
    it between columns. A paragraph's line is long: the pattern reads it all to fail."""
    indent = _LINE_INDENT.match(low, start, end)
    at = indent.end() if indent is not None else start
    if at < end and low[at] in "|-=+:":
        return True
    return low.find("   ", start, end) >= 0 or low.find("\t", start, end) >= 0


# A table's caption, numbered: "Cuadro 2. ...", "Table 3. ...", "Quadro 7 - ..."
_CAPTION = re.compile(
    r"(?:cuadro|tabla|quadro|tabela|table|tableau|tabella|tabelle|tab\.)\s*\d+(?:\.\d+)*\b"
)


# The next sentence says what the figure was, and when: "«¿No eran 294 ciudades?». Esa
# es la cifra de septiembre de 2022" (Language.that_figure)
# (not "that figure dates from the 2020 round" after a quoted claim: the writer says the
# claim is stale, en dev s8-kenya-county-2022)
_NEXT_REACH = 160  # characters of the next sentence where its date may stand
_SENTENCE_GAP = re.compile(r"[\s\"'\u201d\u00bb\u2019).!?]*")


@cache
def _that_figure(code: str) -> re.Pattern[str] | None:
    form = language(code).that_figure
    return re.compile(form) if form else None


def dated_by_the_next(
    low: str, sentence_end: int, grammar: Grammar, written: PartialDate | None
) -> PartialDate | None:
    """The date the next sentence gives the figure that ends a sentence, when it opens by
    saying what that figure is ("That was the count after the September 2022 round"): a
    date before the text's period."""
    form = _that_figure(grammar.language.code)
    if form is None or written is None:
        return None
    gap = _SENTENCE_GAP.match(low, sentence_end)
    at = gap.end() if gap is not None else sentence_end
    found = form.match(low, at)
    if found is None:
        return None
    stop = len(low)
    for mark in ".!?\n":
        end = low.find(mark, found.end(), found.end() + _NEXT_REACH)
        if end >= 0:
            stop = min(stop, end)
    stop = min(stop, found.end() + _NEXT_REACH)
    said = grammar.historic.search(low, found.end(), stop) or _dates_alone(
        grammar.language.code
    ).search(low, found.end(), stop)
    date = _date(said, grammar) if said else None
    return date if date is not None and _before(date, written) else None


# A timeline's item or line led by its date: "- 2016: 115 cities in 28 countries",
# "**2020** - 54 new members", "Tháng 9/2020: 229 thành phố"; a few words may come
# before the year ("Năm 2019:", "September 2019 -"), the date ends at a colon, a dash or
# a bar
@cache
def _lead_form(code: str) -> re.Pattern[str]:
    data = language(code)
    years, months = "|".join(data.year_counters), "|".join(data.month_counters)
    # "• 2016년 8월: 28개국", "・2020年9月 64か国" (a CJK bullet, the year's and month's
    # counters, a full-width colon; Language.year_counters, month_counters)
    counters = (
        rf"(?:\s*(?:{years})" + (rf"(?:\s*\d{{1,2}}\s*(?:{months}))?" if months else "") + ")?"
        if years
        else ""
    )
    return re.compile(
        r"[ \t\u3000]*(?:>[ \t]*)*(?:[-*+\u2022][ \t]+"
        r"|[\u30fb\u25cf\u25cb\u25c6\u25c7\u25a0\u25a1][ \t\u3000]*|\d{1,3}[.)][ \t]+"
        # a table row's first cell: "| août 2016 | Premier bilan : 115 villes |"
        r"|\|[ \t]*)?[*_]{0,2}"
        # the date: "2019", "August 2016", "23 de agosto de 2016", "23.08.2016", "2016-08-23"
        r"(?P<lead>(?:(?:\d{1,2}|[^\W\d_]+)\.?[ \t]+){0,4}(?:\d{1,2}[/.-][ \t]*){0,2}"
        r"(?P<year>(?:19|20)\d\d)(?:-\d{1,2}-\d{1,2}(?!\d))?"
        + counters
        + r")[*_]{0,2}[ \t]*(?::|\uff1a|[\u2013\u2014\u00b7]|-(?!\d)|\|)"
    )


# An archive's line led by its full date in digits, year first, and a space: "2016-08-23
# 联合国教科文组织公布首批名单……", "2016. 08. 23.  유네스코가 ……", "【2019.07.18】网络成员达到
# 170个" (a day's date needs no mark after it to be the line's)
_NUMERIC_LEAD = re.compile(
    r"[ \t\u3000]*(?:[-*+\u2022][ \t]+|[\u30fb\u25cf\u25cb\u25c6\u25c7\u25a0\u25a1][ \t\u3000]*)?"
    r"[\[\u3010\uff3b(\uff08]?(?P<lead>(?P<year>(?:19|20)\d\d)[-/.][ \t]?\d{1,2}[-/.][ \t]?\d{1,2}"
    r"(?!\d)\.?)[\]\u3011\uff3d)\uff09]?[ \t\u3000]+"
)


def _lead(low: str, start: int, end: int, code: str) -> re.Match[str] | None:
    """The date that leads a timeline's or an archive's line, if one does."""
    return _lead_form(code).match(low, start, end) or _NUMERIC_LEAD.match(low, start, end)


def dated_by_lead(
    low: str, at: int, grammar: Grammar, written: PartialDate | None
) -> tuple[bool, PartialDate | None]:
    """ "- 2019: 38 cities from 23 countries join": the figures of a timeline's line that
    opens with its date are of that date, when it is before the text's period (the line
    of the text's own year or month is its news). (whether the line opens with a date,
    the date): a line led by its own date is dated by no heading above it."""
    line_start, line_end = _item_lines(low, at)
    code = grammar.language.code
    lead = _lead(low, line_start, at, code) if written is not None else None
    if lead is None or written is None:
        return False, None
    # the figure's clause: "- September 2022: 77 Städte kommen hinzu; insgesamt sind es nun
    # 294": the "nun" is the 294's, not the 77's
    clause_start = max(lead.end(), low.rfind(";", lead.end(), at) + 1)
    clause_end = low.find(";", at, line_end)
    clause_end = line_end if clause_end < 0 else clause_end
    if (
        grammar.present.search(low, clause_start, clause_end)
        and not _narrated(low, clause_start, clause_end, grammar)
        and not _later_line(low, line_end, int(lead.group("year")), code)
    ):
        return True, None  # "- 2024: hiện có 356": now, whatever year leads it
    reach = max(line_start, lead.start("lead") - _FOUNDING_REACH)
    if grammar.founding.search(low, reach, lead.end()):
        return True, None  # "- 2013: the network is launched"
    start = lead.start("lead")
    found = grammar.historic.search(low, start, lead.end()) or _dates_alone(
        grammar.language.code
    ).search(low, start, lead.end())
    date = _date(found, grammar) if found else None
    if date is None or date.year != int(lead.group("year")):
        date = PartialDate(int(lead.group("year")))
    if date.month is None:  # "| 9/2022 | Cao Lãnh | 1 |", "- 09.2020: 54 cities": a month
        numeric = _MONTH_YEAR.fullmatch(lead.group("lead").strip())  # by its number
        month = int(numeric.group(1)) if numeric is not None else 0
        date = PartialDate(date.year, month) if 1 <= month <= 12 else date
    return True, date if _before(date, written) else None


# What starts a list's item or a table's row on its line: a bullet, a number, a bar
_ITEM_START = re.compile(
    r"[ \t\u3000]*(?:>[ \t]*)*(?:[-*+\u2022][ \t]+"
    r"|[\u30fb\u25cf\u25cb\u25c6\u25c7\u25a0\u25a1][ \t\u3000]*|\d{1,3}[.)][ \t]+|\|)"
)
_WRAPPED_LINES = 4  # lines a wrapped list item may run on over


def _item_lines(low: str, at: int) -> tuple[int, int]:
    """Where the line holding `at` starts and ends; in a list item wrapped over several
    lines (soft-wrapped Markdown, its next lines indented or not; hard-wrapped text),
    where the item starts (its bullet's line) and ends: "- **Juli 2019:** Es kamen 38
    Städte hinzu; insgesamt\nzählte man 170 aktive Mitglieder." is one item."""
    start = low.rfind("\n", 0, at) + 1
    end = low.find("\n", at)
    end = len(low) if end < 0 else end
    first = start
    for _ in range(_WRAPPED_LINES):
        if first == 0 or _ITEM_START.match(low, first):
            break
        above = low.rfind("\n", 0, first - 1) + 1
        if not low[above : first - 1].strip():
            break  # a blank line above: the line opens a paragraph
        first = above
    if first == start or not _ITEM_START.match(low, first):
        return start, end
    for _ in range(_WRAPPED_LINES):
        after = low.find("\n", end + 1)
        after = len(low) if after < 0 else after
        if end >= len(low) or not low[end + 1 : after].strip() or _ITEM_START.match(low, end + 1):
            break
        end = after
    return first, end


def _later_line(low: str, end: int, year: int, code: str) -> bool:
    """Whether one of the next lines of the timeline opens with a later year: its "now"
    is of the line's date then ("- September 2022: 77 join; the network now counts 294"
    above "- February 2024: ..."), the last line's may be the text's own."""
    at = end
    for _ in range(_NEXT_LINES):
        if at >= len(low):
            return False
        nxt = low.find("\n", at + 1)
        nxt = len(low) if nxt < 0 else nxt
        lead = _lead(low, at + 1, nxt, code)
        if lead is not None:
            return int(lead.group("year")) > year
        at = nxt
    return False


_NEXT_LINES = 3  # lines after a timeline's line where the next one may start (wrapped)


_MONTH_YEAR = re.compile(r"(\d{1,2})[ \t]*[/.-][ \t]*(?:19|20)\d\d")


def _narrated(low: str, start: int, end: int, grammar: Grammar) -> bool:
    """Whether the clause's "now" is the time of a past the line tells: "das Netzwerk
    hatte nun 356 Mitglieder", "the network now had 356", "le réseau comptait désormais
    356" (Language.narrative_now, or a verb of a past state: Language.past_states)."""
    past = grammar.past_states
    if past is not None and past.search(low, start, end):
        return True
    form = _narrative_now(grammar.language.code)
    return form is not None and form.search(low, start, end) is not None


@cache
def _narrative_now(code: str) -> re.Pattern[str] | None:
    data = grammar_of(code).language
    return re.compile(spaced(data.narrative_now)) if data.narrative_now else None


_TITLE_WORDS = 8  # a title without brackets or "#": "La red en cifras, 2021"
# Where words touch, a title has no spaces to count: the ideographic full stop, the
# full-width comma, "!" and "?" mark a sentence ("同ネットワークは2013年に創設された。")
_SENTENCE_MARKS_CJK = ("\u3002", "\uff0c", "\uff01", "\uff1f")
_BRACKETED_YEAR = re.compile(r"[(\[][^()\[\]]*?(?:19|20)\d\d\s*[)\]]")


def _titled(text: str) -> bool:
    """Whether a line is a heading or a box's title, not a sentence that opens a list
    ("La red se presentó en 2013 y sus cifras son:", "La red nació en 2013."): a date in
    brackets, a Markdown heading, or a few words that end neither with a full stop nor
    with a colon."""
    bare = text.strip(" \t*_")
    if bare.endswith(".") or ". " in bare:
        return False
    if any(mark in bare for mark in _SENTENCE_MARKS_CJK):
        return False  # "该网络创建于2013年" and a full stop: a sentence, whatever its words
    if _BRACKETED_YEAR.search(bare) or bare.startswith("#"):
        return True
    return len(bare.split()) <= _TITLE_WORDS and not bare.endswith(":")


def _bare_item(low: str, start: int, end: int) -> bool:
    line = low[start:end]
    if "|" in line or len(line.strip(" \t>")) > _ITEM_LENGTH:
        return False
    if _ITEM.match(line):
        return True
    if line.rstrip().endswith((".", "!", "?", "\u3002")):
        return False  # a sentence of its own, not an item
    before = low.rfind("\n", 0, max(0, start - 1))  # a line alone: blank lines around it
    above = low[before + 1 : max(0, start - 1)].strip()
    below_end = low.find("\n", end + 1)
    below = low[end + 1 : len(low) if below_end < 0 else below_end].strip()
    return not above and not below


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _heading_date(low: str, start: int, end: int, grammar: Grammar) -> PartialDate | None:
    if not grammar.dated.search(low, start, end) or grammar.present.search(low, start, end):
        return None
    if since_years(low, start, end, grammar):
        return None  # "Quick facts (unchanged since 2022)": shown as now
    for found in grammar.historic.finditer(low, start, end):
        reach = max(start, found.start() - _FOUNDING_REACH)
        if not grammar.founding.search(low, reach, found.start()):
            return _date(found, grammar)
    bracketed = _BRACKETED_YEAR.search(low, start, end)
    alone = (
        _dates_alone(grammar.language.code).search(low, bracketed.start(), bracketed.end())
        if bracketed
        else None
    )
    if alone is not None:  # "(dados de julho de 2019)": a month without a marker
        return _date(alone, grammar)
    years = [
        m
        for m in _YEAR.finditer(low, start, end)
        if not _RANGE.match(low, m.end())
        and not grammar.founding.search(low, max(start, m.start() - _FOUNDING_REACH), m.start())
    ]
    return PartialDate(int(years[0].group())) if len(years) == 1 else None


@cache
def _dates_alone(code: str) -> re.Pattern[str]:
    """The language's dates without a word that marks them historic."""
    data = grammar_of(code).language
    fields = _date_fields(data)
    # each form led by its first characters: at a character none opens with, one test
    # each instead of the form's first steps (15-20% less time on a text's short lines)
    forms = "|".join(_form_led(f"(?:{form.format(**fields)})") for form in data.date_forms)
    return re.compile(_number_groups(forms))


def _form_led(form: str) -> str:
    """A date form led by a lookahead for its first characters, when they are known."""
    first = first_characters(_UNNAMED.sub("(?:", form))  # its groups' names repeat
    return form if first is None else f"(?=[{first}]){form}"


_UNNAMED = re.compile(r"\(\?P<\w+>")  # a named group's opening: read as a plain group


def later_than(date: PartialDate, written: PartialDate) -> bool:
    """Whether a date is of a period after the text's: a later year, or a later month of
    its year."""
    if date.year != written.year:
        return date.year > written.year
    return date.month is not None and written.month is not None and date.month > written.month


def _before(date: PartialDate, written: PartialDate) -> bool:
    """Whether a date is of a period before the text's: an earlier year, or an earlier
    month of its year."""
    if date.year != written.year:
        return date.year < written.year
    return date.month is not None and written.month is not None and date.month < written.month


# Quotation marks, each taken as opening or closing by turns: "...", “...”, «...», „...“
_QUOTES = re.compile('["\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d\u300e\u300f]')
_DIGIT = re.compile(r"\d")
_QUOTE_REACH = 400  # characters back from a figure where its quotation may open
_SAID_REACH = 30  # characters after a verb of speech where its date may stand
_ATTRIBUTION_END = re.compile(r"[.!?\n]")  # where the sentence of a quote's closing mark ends
_ATTRIBUTION_REACH = 70  # characters of a bracket after a quote: "(UNESCO, 2 Sept 2022)"


def _said_then(
    low: str,
    phrase: Phrase,
    sentence: Span,
    grammar: Grammar,
    present: list[re.Match[str]],
    written: PartialDate | None,
) -> PartialDate | None:
    """ "'The network now includes 294 member cities,' UNESCO said in September 2022":
    the "now" of a quotation or of reported speech is the speaker's, dated by the date
    of the speech (outside the quotation, or by its verb), when that date is before the
    text's. None otherwise: the statement is of the text's own day."""
    if written is None:
        return None
    end = sentence.end
    bracket = _BRACKET.match(low, end)
    if bracket is not None:
        closing = low.find(_CLOSING[low[bracket.end() - 1]], bracket.end(),
                           bracket.end() + _ATTRIBUTION_REACH)  # fmt: skip
        end = closing if closing >= 0 else end
    quotation = _quotation(low, phrase, sentence)
    if quotation is not None:
        if not all(quotation.start <= m.start() < quotation.end for m in present):
            return None  # a "now" of the text's own, outside the quotation
        attribution = _ATTRIBUTION_END.search(low, quotation.end, quotation.end + _QUOTE_REACH)
        end = max(end, attribution.start() if attribution else quotation.end)
        opened = (  # the sentence the quotation opens in
            sentence.start
            if quotation.start >= sentence.start
            else max(low.rfind(c, 0, quotation.start) for c in (". ", "! ", "? ", "\n\n")) + 1
        )
        # after the quotation, only the date of its attribution: "', she said in 2022",
        # "(UNESCO press release, 2 September 2022)"; not "', con số đã cũ từ 12/2025"
        said = any(m.lastgroup == "speech" for m in grammar.cues.finditer(low, quotation.end, end))
        dates = [
            *grammar.historic.finditer(low, opened, quotation.start),
            *(
                found
                for found in grammar.historic.finditer(low, quotation.end, end)
                if said or (bracket is not None and found.start() >= bracket.end())
            ),
        ]
        if bracket is not None and not dates:
            bare = _bare_date(low, bracket.end(), end, grammar)
            if bare is not None:
                return bare if _before(bare, written) else None
    else:
        verbs = [
            m
            for m in grammar.cues.finditer(low, sentence.start, phrase.start)
            if m.lastgroup == "speech" and all(m.end() <= p.start() for p in present)
        ]
        if not verbs:
            return None
        verb = verbs[0]
        dates = [
            found
            for found in grammar.historic.finditer(low, sentence.start, phrase.start)
            if found.end() <= verb.start() or 0 <= found.start() - verb.end() <= _SAID_REACH
        ]
    for found in sorted(dates, key=lambda m: abs(m.start() - phrase.start)):
        reach = max(0, found.start() - _FOUNDING_REACH)
        if grammar.founding.search(low, reach, found.start()):
            continue
        between = (found.end(), phrase.start) if found.end() <= phrase.start else (
            phrase.end, found.start())  # fmt: skip
        if _DIGIT.search(low, *between):
            continue  # "由2019年的170多個 ... 增至今天的逾300個": the other figure's date
        date = _date(found, grammar)
        if date is not None:
            return date if _before(date, written) else None
    return None


def _quoted_relative(
    low: str,
    phrase: Phrase,
    sentence: Span,
    quotation: Span,
    grammar: Grammar,
    written: PartialDate | None,
) -> PartialDate | None:
    """ "Due anni prima, a Cork, si parlava di «un centinaio di città»": a relative date
    before the quotation dates it as any figure of its sentence; after it, only the date
    of its attribution ("», había dicho el alcalde en marzo"), not a comment ("», cifras
    de hace dos años": the text's own word on a figure still shown)."""
    before = _relative(low, phrase, Span(sentence.start, quotation.start), grammar, written)
    if before is not None:
        return before
    said = any(
        m.lastgroup == "speech" for m in grammar.cues.finditer(low, quotation.end, sentence.end)
    )
    return _relative(low, phrase, sentence, grammar, written) if said else None


def _quotation(low: str, phrase: Phrase, sentence: Span) -> Span | None:
    """The quotation the figure stands in, from its opening mark to its closing one (or
    the sentence's end), or None when it stands in none."""
    start = max(0, phrase.start - _QUOTE_REACH)
    paragraph = low.rfind("\n\n", start, phrase.start)
    start = paragraph + 2 if paragraph >= 0 else start
    marks = [m.start() for m in _QUOTES.finditer(low, start, phrase.start)]
    if len(marks) % 2 == 0:
        return None
    closing = _QUOTES.search(low, phrase.end, max(sentence.end, phrase.end) + _QUOTE_REACH)
    return Span(marks[-1], closing.end() if closing else sentence.end)


_CLOSING_PUNCTUATION = re.compile(r"[.,!?\u2026]?")


def _quoted_with_date_after(low: str, quotation: Span, grammar: Grammar) -> PartialDate | None:
    """'> "... now includes 294 member cities from all\n> around the world." (UNESCO
    press release, 2 September 2022)': a quotation over several lines (one that ends
    past the figure's sentence: one that ends in it was read already), dated by the
    bracket right after its closing mark."""
    after = _CLOSING_PUNCTUATION.match(low, quotation.end)
    end = after.end() if after else quotation.end
    return _dated_in_brackets_after(low, Span(quotation.start, end), grammar)


_MONTH_BEFORE = re.compile(r"([^\W\d_]+)\.?,?\s+$")


def _bare_date(
    low: str, start: int, end: int, grammar: Grammar, *, first: bool = False
) -> PartialDate | None:
    """ "(UNESCO, 2 September 2022)": the last year in low[start:end] (or the first), with
    the month named right before it."""
    years = list(_YEAR.finditer(low, start, end))
    if not years:
        return None
    year = years[0] if first else years[-1]
    named = _MONTH_BEFORE.search(low, max(start, year.start() - 16), year.start())
    month = grammar.language.months.get(named.group(1)) if named else None
    return PartialDate(int(year.group()), month if month and 1 <= month <= 12 else None)


def _quoted_over_sentences(
    low: str, phrase: Phrase, sentence: Span, grammar: Grammar, written: PartialDate | None
) -> PartialDate | None:
    """'"The network now includes 294 member cities. It is growing," UNESCO said in
    September 2022': a quotation of several sentences (the figure's quotation ends past
    its sentence), dated after it closes."""
    weak = grammar.language.weak_present
    present = [
        m for m in grammar.present.finditer(low, sentence.start, sentence.end)
        if m.group() not in weak
    ]  # fmt: skip
    return _said_then(low, phrase, sentence, grammar, present, written) if present else None


@cache
def _unanchored(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """`pattern` without the \\b it may start with, one pattern per branch of the group it
    opens with: "originally ...|first ..." for "(?:originally|first) ...". Together they
    match wherever `pattern` does, and re skips in C to the first letters of a pattern
    that starts with a literal, where it tries one that starts with \\b, or with a choice
    of words, at nearly every character (some milliseconds a megabyte, #14)."""
    body = pattern.pattern.removeprefix(r"\b")
    return tuple(re.compile(branch, pattern.flags) for branch in _branches(body))


def _branches(body: str) -> list[str]:
    """ "(?:a|b)c" as ["ac", "bc"]; any other pattern as itself."""
    if not body.startswith("(?:"):
        return [body]
    cuts, depth = [2], 0
    for index, char, syntax in regex_characters(body):
        if not syntax:
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                rest = body[index + 1 :]
                if rest[:1] in ("?", "*", "+", "{"):
                    return [body]  # the group repeats or may be left out
                cuts.append(index)
                return [body[a + 1 : b] + rest for a, b in pairwise(cuts)]
        elif char == "|" and depth == 1:
            cuts.append(index)
    return [body]


_REPOST_DATE_REACH = 40  # characters after "originally published" where its date stands
# led by its first digits, its lookbehind after them (no digit before the "19" or "20"):
# re skips to a "1" or a "2" in C instead of trying the lookbehind at every character
_YEAR_IN_TEXT = re.compile(r"((?:19|20)(?<!\d[\s\S]{2})\d\d)(?!\d)")


def republished_blocks(
    low: str, grammar: Grammar, written: PartialDate | None
) -> list[tuple[Span, PartialDate]]:
    """ "Originally published 5 September 2022. Reposted ...": a story reposted later says
    what held on its first date. From its marker to the first paragraph that names a later
    year ("EDITOR'S NOTE (November 2024)"), the figures no date of their own dates are of
    that date. Only dates before the text's; none without the text's date."""
    form = grammar.republished
    if form is None or written is None:
        return []
    if all(branch.search(low) is None for branch in _unanchored(form)):
        return []  # most texts: no marker, found at the speed of its first letters
    blocks: list[tuple[Span, PartialDate]] = []
    for marker in form.finditer(low):
        reach = marker.end() + _REPOST_DATE_REACH
        found = grammar.historic.search(low, marker.end(), reach)
        date = (
            _date(found, grammar)
            if found
            else _bare_date(low, marker.end(), reach, grammar, first=True)
        )
        if date is None or not _before(date, written):
            continue
        own = low.find("\n\n", marker.end())  # the marker's paragraph ends
        end = len(low)
        for year in _YEAR_IN_TEXT.finditer(low, len(low) if own < 0 else own):
            if int(year.group()) > date.year:
                end = low.rfind("\n\n", own, year.start())
                break
        blocks.append((Span(_headline_before(low, marker.start()), end), date))
    return blocks


def dated_entries(
    low: str, grammar: Grammar, written: PartialDate | None
) -> list[tuple[Span, PartialDate]]:
    """An archive of dated entries, as a council's news page or a blog's index lists
    them: "Sixty-four new learning cities named / 15 February 2024 / UNESCO yesterday
    admitted 64 cities ...". Where two lines or more hold a date with its month and
    nothing else (but a few words: "Posted on"), or a headline led or closed by its date
    ("23.08.2016 · Rede da UNESCO já tem membros portugueses"), each starts an entry, from
    the short headline above it (or the headline itself) to the next entry's; the
    figures no date of their own dates in an entry dated before the text's period are of
    that date. None without the text's date, or with one date line only (a dateline
    dates the whole text: document.py)."""
    if written is None:
        return []
    alone = _dates_alone(grammar.language.code)
    # a date holds its year ("2016", "19" or "20" first) but in an era's count ("令和6年"):
    # a line without one is passed by two str.find tests (the year pattern, a lookbehind
    # tried at each character, read every short line; a date at a line's end, most lines)
    any_line = bool(grammar.language.eras)
    lines: list[tuple[int, PartialDate, bool]] = []
    # the lines that may be thematic breaks (a mark first, after spaces at most)
    rules = [0] if _RULE_START.match(low) else []
    rules += [found.start() + 1 for found in _RULE_LINE.finditer(low)]
    for at, line in _short_lines(low):  # most lines are long paragraphs, skipped in C
        if not (any_line or "20" in line or "19" in line):
            continue
        size = len(line)
        if size <= _TITLED_DATE_LINE and _YEAR_IN_TEXT.search(line):
            found = alone.search(line)
            if found is not None:
                headed = _headed(line, found)
                if headed or _dates_its_line(line, found, size):
                    date = _date(found, grammar)
                    if date is not None and date.month is not None:
                        lines.append((at, date, headed))
        elif size > _TITLED_DATE_LINE:
            found = _date_at_an_end(line, alone)
            if found is not None and _headed(line, found):
                date = _date(found, grammar)
                if date is not None and date.month is not None:
                    lines.append((at, date, True))
    if len(lines) < 2:
        return []
    heads = [start if headed else _entry_head(low, start) for start, _, headed in lines]
    # a chronology of one line each ("août 2016 : 115 villes" / "juillet 2019 : 170
    # membres"): its last entry ends with its line too, not at the text's end (a table
    # under the next heading is of the text's date)
    last = len(low)
    if all(_one_line(low, heads[i], heads[i + 1]) for i in range(len(heads) - 1)):
        last = low.find("\n", heads[-1])
        last = len(low) if last < 0 else last
    blocks = []
    for index, (_, date, _) in enumerate(lines):
        end = heads[index + 1] if index + 1 < len(heads) else last
        # a thematic break ends the entry: "---" before an undated info box (searched
        # for only where a line opens with a mark: the pattern, led by "^", is tried at
        # every character of the entry, some milliseconds a megabyte)
        if _line_between(rules, heads[index], end):
            rule = _THEMATIC_BREAK.search(low, heads[index], end)
            end = rule.start() if rule is not None else end
        if _before(date, written):
            blocks.append((Span(heads[index], end), date))
    return blocks


def _short_lines(low: str) -> Iterator[tuple[int, str]]:
    """Each line of _DATE_LINE_SHORTEST to _HEADED_LINE characters, where it starts and
    its text, in order: found by re, which skips from line break to line break in C (a
    loop over every line in Python cost 2.5 ms per MB of English news, #14)."""
    first = low.find("\n")
    line = low if first < 0 else low[:first]
    if _DATE_LINE_SHORTEST <= len(line) <= _HEADED_LINE:
        yield 0, line
    for found in _SHORT_LINE.finditer(low):
        yield found.start() + 1, found.group()[1:]


def _one_line(low: str, head: int, following: int) -> bool:
    """Whether the entry at `head` is its line alone: only blank lines before the next."""
    end = low.find("\n", head)
    return 0 <= end < following and not low[end:following].strip()


_THEMATIC_BREAK = re.compile(
    r"^[ \t]*(?:-[ \t]*){3,}$|^[ \t]*(?:\*[ \t]*){3,}$|^[ \t]*(?:_[ \t]*){3,}$", re.M
)


def _line_between(starts: list[int], start: int, end: int) -> bool:
    """Whether one of the line starts (in order) lies in [start, end)."""
    index = bisect_left(starts, start)
    return index < len(starts) and starts[index] < end


def _dates_its_line(line: str, found: re.Match[str], size: int) -> bool:
    """Whether the date found is a line's own: alone but for a few words ("Posted on 5
    May 2021"), or opening a short headline after a separator ("23 August 2016 · UIL
    names the members", "## 05.12.2025 | Lisboa junta-se à rede")."""
    rest = line[: found.start()] + " " + line[found.end() :]
    if size <= _DATE_LINE and not _DIGIT_IN.search(rest) and len(rest.split()) <= _DATE_LINE_WORDS:
        return True
    opening = line[: found.start()].strip(_HEADING_MARKS)
    title = _TITLE_AFTER.match(line, found.end())
    last = line.rstrip(_HEADING_MARKS)[-1:]
    if last and last in _CLOSES:
        return False  # a sentence led by a date ("23.08.2016: a rede nasceu ..."): no title
    return not opening and title is not None and len(line.split()) <= _TITLED_WORDS


_DATE_LINE = 60  # characters of a line that holds a date and little else
# marks that close a sentence, not a headline: "。" and its full-width kin too ("联合国
# 公布首批名单、网络共有115个城市。" above an entry's date line is the entry before's body)
_CLOSES = ".!?;\u3002\uff01\uff1f\uff1b"
_CLOSES_OR_COLON = _CLOSES + ":\uff1a"
_TITLED_DATE_LINE = 110  # characters of a date line with its headline
_TITLED_WORDS = 16
_HEADING_MARKS = " \t#>*_"
_TITLE_AFTER = re.compile(r"\s*[\u00b7|\u2013\u2014\u2022:/-]\s*[^\W\d_]")
_HEADED_LINE = 160  # characters of an entry's headline led or closed by its date
# "23.08.2016 · Rede da UNESCO já tem membros portugueses", "## 15/02/2024 - La red
# crece", "Network grows to 294 cities | 5 September 2022": a headline and its date, a
# mark between them
_HEAD_MARKS = re.compile(r"[ \t]*(?:[\u00b7\u2022|:\u2013\u2014]|-(?!\d))[ \t]*")
_HEAD_LEAD = re.compile(r"[ \t>#*_]*")


def _date_at_an_end(line: str, alone: re.Pattern[str]) -> re.Match[str] | None:
    """A date that opens a longer line or closes it (most lines do neither: a test of
    their first and last characters each)."""
    lead = _HEAD_LEAD.match(line)
    start = lead.end() if lead is not None else 0
    if start < len(line) and line[start].isalnum():
        found = alone.match(line, start)
        if found is not None:
            return found
    tail = line.rstrip(" \t#*_)]")
    if len(tail) < 4 or not tail[-4:].isdigit():
        return None  # the year closes a closing date
    return alone.search(line, max(0, len(tail) - _CLOSING_DATE))


_CLOSING_DATE = 30  # characters of a date that closes a headline


def _headed(line: str, found: re.Match[str]) -> bool:
    """Whether a line is an entry's headline with its date before or after it, a mark
    between them: a title (no full stop at its end), not a sentence that holds a date."""
    title = line.strip(" \t#*_")
    if not title or title[-1] in _CLOSES or len(title.split()) > _HEADLINE_WORDS:
        return False
    lead = _HEAD_LEAD.match(line)
    if lead is not None and lead.end() == found.start():
        return _HEAD_MARKS.match(line, found.end()) is not None
    tail = line.rstrip(" \t#*_)]")
    if len(tail) != found.end():
        return False
    before = line[: found.start()].rstrip(" \t")
    return before[-1:] in ("\u00b7", "\u2022", "|", "\u2013", "\u2014", "-", "(")


_HEADLINE_WORDS = 16
_DATE_LINE_SHORTEST = 8  # "May 2021"
# a line break, then a line of _DATE_LINE_SHORTEST to _HEADED_LINE characters (possessive:
# a longer line fails at once, no shorter match tried); a thematic break's first marks
_SHORT_LINE = re.compile(rf"\n[^\n]{{{_DATE_LINE_SHORTEST},{_HEADED_LINE}}}+(?![^\n])")
_RULE_START = re.compile(r"[ \t]*[-*_]")
_RULE_LINE = re.compile(r"\n[ \t]*[-*_]")
_DATE_LINE_WORDS = 3  # "posted on", "published:", "| news" beside the date
_DIGIT_IN = re.compile(r"\d")
_ENTRY_HEAD = 90  # characters of an entry's headline above its date line


class DatedBlocks:
    """Stretches of a text dated as a whole: reposted stories (republished_blocks) and
    the entries of an archive (dated_entries, in order and apart: found by bisection).
    Read from the text at the first question: a text whose figures all have a date of
    their own, or that holds none (most general news), is never read for them, which
    costs a pass in Python over all its lines (#14)."""

    def __init__(self, low: str, grammar: Grammar, written: PartialDate | None) -> None:
        self._low = low
        self._grammar = grammar
        self._written = written
        self._read = False
        self._reposts: list[tuple[Span, PartialDate]] = []
        self._entries: list[tuple[Span, PartialDate]] = []
        self._starts: list[int] = []

    def date_at(self, at: int) -> PartialDate | None:
        if not self._read:
            self._read = True
            low, grammar, written = self._low, self._grammar, self._written
            self._reposts = republished_blocks(low, grammar, written)
            self._entries = dated_entries(low, grammar, written)
            self._starts = [span.start for span, _ in self._entries]
        for block, date in self._reposts:
            if block.start <= at < block.end:
                return date
        index = bisect_right(self._starts, at) - 1
        if index >= 0 and at < self._entries[index][0].end:
            return self._entries[index][1]
        return None


def _entry_head(low: str, at: int) -> int:
    """Where the entry whose date line starts at `at` starts: its headline, the last
    line above it that holds anything, when short and unpunctuated at its end."""
    end = at - 1
    while end > 0:
        start = low.rfind("\n", 0, end) + 1
        line = low[start:end].strip()
        if line:
            if len(line) <= _ENTRY_HEAD and line[-1] not in _CLOSES_OR_COLON:
                return start
            return at
        end = start - 1
    return at


def _headline_before(low: str, at: int) -> int:
    """Where the story's headline starts, when one short line stands alone right before
    the paragraph at `at` ("From our archive: city joins UNESCO network with 76 others"
    over "Originally published 5 September 2022"); else the paragraph's start."""
    paragraph = low.rfind("\n\n", 0, at)
    if paragraph < 0:
        return at
    start = low.rfind("\n\n", 0, paragraph) + 2 if paragraph > 0 else 0
    line = low[max(start, 0) : paragraph].strip()
    if not line or "\n" in line or len(line) > _HEADING_LENGTH or line[-1] in _CLOSES:
        return at
    return max(start, 0)


class _Words(NamedTuple):
    """A language's words this module reads (Language fields), compiled once per language."""

    # "..., un chiffre de l'été 2016", "..., a figure from 2016": an apposition after the
    # figure that dates it as a document's number
    document_date: re.Pattern[str] | None
    not_a_name: frozenset[str]  # words after "after" that start no member's name
    as_of_after: re.Pattern[str] | None  # "2024年2月時点", "2024년 2월 기준"
    closing_gap: re.Pattern[str]  # what may close an "as of" before its colon: "为止", a bracket
    listed: re.Pattern[str] | None  # a list or a tally whose content a colon opens


@cache
def _words(code: str) -> _Words:
    data = language(code)
    documents = "|".join(data.document_figures)
    closers = "|".join(data.as_of_closers)
    lists = "|".join(data.list_nouns)
    return _Words(
        document_date=re.compile(rf"[\"'\u00bb\u201d]?\s*,\s*(?:{documents})\b")
        if documents
        else None,
        not_a_name=frozenset(data.not_name_words) | data.stopwords,
        as_of_after=re.compile(rf"\s*(?:{data.as_of_after})") if data.as_of_after else None,
        closing_gap=re.compile(
            r"[ \t)\]\uff09\u3011]*"
            + (f"(?:{closers})?" if closers else "")
            + r"[ \t)\]\uff09\u3011]*"
        ),
        listed=re.compile(rf"(?<!\w)(?:{lists})\s*\Z") if lists else None,
    )
