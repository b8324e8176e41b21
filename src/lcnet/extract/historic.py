"""Explicitly historic statements: "in 2020 the network had 230 members".

A figure is historic when its clause dates it ("in 2020", "back in 2016", "as of
September 2019", "since joining in 2022", "năm 2020") and does not also say it is
current ("now", "so far", "hiện nay"). A founding date ("launched in 2013") dates the
network, not the figure.
"""

from __future__ import annotations

import re
from functools import cache

from lcnet.dates import DateError, PartialDate
from lcnet.extract.grammar import Grammar
from lcnet.extract.phrase import Phrase
from lcnet.extract.sentence import Span

_FOUNDING_REACH = 40  # characters before a date where "founded" claims it
_BEFORE_REACH = 300  # characters before a sentence where "at the time" finds its date
_CLAUSE_END = r"[;:\uff1b]|\s[\u2013\u2014]\s"  # ; : and dashes


@cache
def _clause_marks(conjunctions: tuple[str, ...]) -> re.Pattern[str]:
    joined = "|".join(re.escape(c) for c in conjunctions)
    return re.compile(_CLAUSE_END + (rf"|,\s+(?:{joined})\s" if joined else ""))


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
    if not grammar.dated.search(low, sentence.start, sentence.end):
        relative = _relative(low, phrase, sentence, grammar, written)
        relative = relative or _dated_in_brackets_after(low, sentence, grammar)
        return relative or _dated_before(low, phrase, sentence, grammar, written)  # mostly None
    clause = _clause(low, phrase, sentence, grammar)
    end = _present_end(low, phrase, clause, grammar)
    weak = grammar.language.weak_present
    present = list(grammar.present.finditer(low, clause.start, end))
    if any(m.group() not in weak for m in present):
        return None  # "now", "hiện nay": the statement is current, whatever date is near
    # "en 2022, ya contaba con 294": "already" yields to a date before it in its clause
    weak_at = min((m.start() for m in present), default=None)
    best: tuple[int, PartialDate] | None = None
    for found in grammar.historic.finditer(low, clause.start, clause.end):
        if found.start() < phrase.end and phrase.start < found.end():
            continue
        reach = max(clause.start, found.start() - _FOUNDING_REACH)
        if grammar.founding.search(low, reach, found.start()) or _founded_after(
            low, found, grammar
        ):
            continue
        if weak_at is not None and found.end() > weak_at:
            continue
        date = _date(found, grammar)
        distance = max(phrase.start - found.end(), found.start() - phrase.end)
        if date is not None and (best is None or distance < best[0]):
            best = (distance, date)
    if best is None:  # the date in the sentence is another clause's: "Aquel año, ...; hoy
        relative = _relative(low, phrase, sentence, grammar, written)  # ... en diciembre"
        return relative or _dated_before(low, phrase, sentence, grammar, written)
    return best[1]


_BRACKET = re.compile(r"\s{0,2}[(\uff08\[]")
_BRACKET_REACH = 40
_CLOSING = {"(": ")", "\uff08": "\uff09", "[": "]"}


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
    return _date(found, grammar) if found else None


def _relative(
    low: str, phrase: Phrase, sentence: Span, grammar: Grammar, written: PartialDate | None
) -> PartialDate | None:
    """ "UIL이 지난달 발표한 자료에 따르면 ... 115개 도시": the month before the text's."""
    if written is None or grammar.relative is None:
        return None
    clause = _clause(low, phrase, sentence, grammar)
    found = [
        m
        for m in grammar.relative.finditer(low, clause.start, clause.end)
        if (m.end() <= phrase.start or m.start() >= phrase.end) and "since_month" not in _fields(m)
    ]
    if not found:
        return None
    present_end = _present_end(low, phrase, clause, grammar)
    for present in grammar.present.finditer(low, clause.start, present_end):
        if not any(m.start() <= present.start() < m.end() for m in found):
            return None  # "now" (and not the "今年" of "今年7月")
    nearest = min(found, key=lambda m: max(phrase.start - m.end(), m.start() - phrase.end))
    if "years_before" in _fields(nearest):  # "hai năm trước đó": before the date said before
        anchor = _anchor(low, nearest.start(), grammar, written)
        return counted_back(nearest, grammar, anchor)
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
    return counted_back(nearest, grammar, written)


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
            if "years_before" not in _fields(m)
        ]
    known = [(where, date) for where, date in dates if date is not None]
    last = max(known, key=lambda item: item[0], default=None)
    return written if last is None or last[1] is None else last[1]


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
    if "years_ago" in fields or "years_before" in fields:  # "two years ago": the year
        count = fields.get("years", "1")  # "a year ago"
        years = int(count) if count.isdigit() else grammar.language.number_words.get(count)
        return PartialDate(written.year - years) if years else None
    if month is None:
        return None  # "this year" alone: the text's own year, no history
    if written.month is not None and month > written.month:
        return PartialDate(written.year - 1, month)  # "in August", written in March
    return PartialDate(written.year, month)


def _dated_before(
    low: str, phrase: Phrase, sentence: Span, grammar: Grammar, written: PartialDate | None
) -> PartialDate | None:
    """ "We joined in 2022. At the time, the network had 294 members": the date of the
    sentence before, when words of the figure's clause point back to it."""
    earlier = grammar.earlier_date
    if earlier is None or not earlier.search(low, sentence.start, sentence.end):
        return None  # the common case
    clause = _clause(low, phrase, sentence, grammar)
    if not earlier.search(low, clause.start, clause.end):
        return None
    if grammar.present.search(low, clause.start, _present_end(low, phrase, clause, grammar)):
        return None
    start = max(0, sentence.start - _BEFORE_REACH)
    paragraph = low.rfind("\n\n", start, sentence.start)
    start = paragraph + 2 if paragraph >= 0 else start
    dates: list[tuple[int, PartialDate | None]] = []
    for found in grammar.historic.finditer(low, start, sentence.start):
        reach = max(start, found.start() - _FOUNDING_REACH)
        if not grammar.founding.search(low, reach, found.start()):
            dates.append((found.start(), _date(found, grammar)))
    if written is not None and grammar.relative is not None:  # "Seit Februar ... damals"
        dates += [
            (m.start(), counted_back(m, grammar, written))
            for m in grammar.relative.finditer(low, start, sentence.start)
        ]
    known = [(where, date) for where, date in dates if date is not None]
    last = max(known, key=lambda item: item[0], default=None)
    if last is None:  # "pertenece desde septiembre de 2020. Aquel año": a year said so
        years = [
            found
            for found in _YEAR.finditer(low, start, sentence.start)
            if not grammar.founding.search(
                low, max(start, found.start() - _FOUNDING_REACH), found.start()
            )
        ]
        return PartialDate(int(years[-1].group())) if years else None
    return last[1]


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_TOUCHING_CLAUSE = re.compile(r"[,\u3001\uff0c]")  # the Latin and CJK commas
_FOUNDED_AFTER = 6  # characters after a date where its verb may follow: "于2013年发起"


def _present_end(low: str, phrase: Phrase, clause: Span, grammar: Grammar) -> int:
    """Where words touch, "now" past a comma after the figure is the next clause's:
    "当時の加盟は28か国115都市でしたが、現在は79か国"."""
    if not grammar.language.attached:
        return clause.end
    comma = _TOUCHING_CLAUSE.search(low, phrase.end, clause.end)
    return comma.start() if comma else clause.end


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
        if mark.end() <= phrase.start:
            start = mark.end()
        elif mark.start() >= phrase.end:
            end = mark.start()
            break
    return Span(start, end)


def _fields(found: re.Match[str]) -> dict[str, str]:
    """A date match's groups by name, without the numbers that keep them apart."""
    return {name.rstrip("0123456789"): value for name, value in found.groupdict().items() if value}


def _month(fields: dict[str, str], grammar: Grammar) -> int | None:
    name = fields.get("month")
    month = grammar.language.months.get(name) if name else None
    if month is None and "month_number" in fields:
        month = int(fields["month_number"])
    return month


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
        year = grammar.language.eras[era] + (1 if count == "元" else int(count))
    else:
        year = int(fields["year"])
    try:
        return PartialDate.checked(year, month, day, found.group())
    except DateError:
        return None
