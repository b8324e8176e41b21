"""The engine: figures about the GNLC in a text, paragraph by paragraph.

It is the same for every language; what differs is data (lcnet.extract.lang). A text is
lower-cased once (keeping every offset). Stretches far from any name of the GNLC are
skipped; in the others, figure phrases are found from their unit nouns (lcnet.extract.
phrase), then judged sentence by sentence within their paragraph: is the figure about
the GNLC (relevance), which metric (metric), is it dated (historic).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from lcnet.dates import PartialDate
from lcnet.extract.grammar import Grammar, grammar
from lcnet.extract.historic import as_of
from lcnet.extract.lang import Unit
from lcnet.extract.metric import Previous, paired, possible, read_metric
from lcnet.extract.phrase import Phrase, phrases_in
from lcnet.extract.relevance import REFERENCE_REACH, NetworkMemory, about_network
from lcnet.extract.sentence import Sentence, Span
from lcnet.model import Metric, Qualifier

# A figure may follow a name of the GNLC by as much as a reference reaches back, plus a
# sentence; it may precede one in its sentence ("425 cities are members of the GNLC").
_SENTENCE_REACH = 600
_BEFORE_A_NAME = _SENTENCE_REACH + 100  # and the number, before its unit
_AFTER_A_NAME = REFERENCE_REACH + _SENTENCE_REACH
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")


class Found(NamedTuple):
    """A figure statement, by its offsets in the scanned text."""

    start: int
    end: int
    metric: Metric
    value: int
    qualifier: Qualifier
    as_of: PartialDate | None
    country: str | None
    region: str | None
    review: bool


def scan(text: str, code: str, start: int = 0) -> Iterator[Found]:
    """The figures about the GNLC in text[start:]; text[:start] is read as context only."""
    rules = grammar(code)
    low = lowered(text)
    memory = NetworkMemory(low, rules)
    batch: list[Phrase] = []
    paragraph = Span(start, start)
    for phrase in _phrases_near_the_gnlc(low, start, rules):
        if not possible(phrase):
            continue  # "500 people", "1.5 million members": never a GNLC figure
        if phrase.start >= paragraph.end:
            if batch:
                yield from _judged(low, batch, paragraph, rules, memory)
            paragraph, batch = paragraph_around(low, phrase.start, start), []
        batch.append(phrase)
    if batch:
        yield from _judged(low, batch, paragraph, rules, memory)


def _phrases_near_the_gnlc(low: str, start: int, rules: Grammar) -> Iterator[Phrase]:
    """The phrases of the stretches of text where a figure may be about the GNLC.

    A figure is about the GNLC only if the GNLC is named in its sentence or not long
    before it (lcnet.extract.relevance). Text far from every name of the GNLC cannot hold
    one, and is skipped at the speed of str.find: most of a general news corpus.
    """
    for stretch in _near_the_gnlc(low, start, rules):
        yield from phrases_in(low, stretch.start, stretch.end, rules)


def _near_the_gnlc(low: str, start: int, rules: Grammar) -> list[Span]:
    stretches: list[Span] = []
    for anchor in rules.gnlc_anchors:
        at = low.find(anchor)
        while at >= 0:
            stretches.append(Span(max(start, at - _BEFORE_A_NAME), at + _AFTER_A_NAME))
            at = low.find(anchor, at + 1)
    merged: list[Span] = []
    for stretch in sorted(stretches):
        if merged and stretch.start <= merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, stretch.end))
        elif stretch.end > start:
            merged.append(stretch)
    return [Span(s.start, min(s.end, len(low))) for s in merged]


def lowered(text: str) -> str:
    """text.lower(), keeping every character at its offset."""
    low = text.lower()
    if len(low) == len(text):
        return low
    # A few characters lower to two ("İ"); keep those as they are.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def paragraph_around(low: str, position: int, floor: int = 0) -> Span:
    """The paragraph (lines between blank lines) that holds `position`."""
    gap = _PARAGRAPH_BREAK.search(low, position)
    end = gap.start() if gap else len(low)
    line_end = low.rfind("\n", floor, position)
    while line_end >= floor:
        line_start = low.rfind("\n", floor, line_end)
        if not low[line_start + 1 : line_end].strip():
            return Span(line_end + 1, end)
        line_end = line_start
    return Span(floor, end)


def _judged(
    low: str, phrases: Sequence[Phrase], paragraph: Span, rules: Grammar, memory: NetworkMemory
) -> Iterator[Found]:
    sentences = _Sentences(low, paragraph)
    previous: Previous | None = None
    sentence: Sentence | None = None
    for index, phrase in enumerate(phrases):
        if sentence is None or not sentence.span.start <= phrase.start < sentence.span.end:
            span = sentences.around(phrase.start)
            last = max(p.end for p in phrases if p.start < span.end)
            sentence, previous = Sentence(low, span, rules, last), None
        following = _following(phrases, index, paragraph)
        pair = paired(low, phrase, previous, rules)
        if not about_network(phrase, sentence, memory, paired=pair):
            continue
        reading = read_metric(low, phrase, sentence, previous, following, rules)
        if reading is None:
            continue
        yield Found(
            start=phrase.start,
            end=phrase.end,
            metric=reading.metric,
            value=reading.value,
            qualifier=phrase.qualifier,
            as_of=as_of(low, phrase, sentence.span, rules),
            country=reading.country,
            region=reading.region,
            review=reading.review,
        )
        previous = Previous(phrase.end, reading.metric, reading.along)


def _following(phrases: Sequence[Phrase], index: int, paragraph: Span) -> int:
    """Where the next figure starts, past countries that belong to this one.

    In "64 cities from 35 countries have joined", the verb after the countries speaks of
    the cities too.
    """
    for phrase in phrases[index + 1 :]:
        if phrase.unit is not Unit.COUNTRY:
            return phrase.start
    return paragraph.end


# What ends a sentence: a full stop (not the one in "1.5"), a list item, a heading, a
# table cell. Each alternative starts with a rare character, which keeps the scan fast.
_SENTENCE_END = re.compile(
    r"[.!?…][\"'\u201d\u2019»)\]]*(?=\s)"
    r"|\n(?=[ \t]*(?:[-*+•|#>]|\d{1,3}[.)]\s))"
    r"|\|(?<=\s\|)(?=\s)"
)


class _Sentences:
    def __init__(self, low: str, paragraph: Span) -> None:
        ends = (m.end() for m in _SENTENCE_END.finditer(low, paragraph.start, paragraph.end))
        self._starts = [paragraph.start, *ends]
        self._end = paragraph.end

    def around(self, position: int) -> Span:
        index = bisect_right(self._starts, position) - 1
        end = self._starts[index + 1] if index + 1 < len(self._starts) else self._end
        return Span(self._starts[index], end)
