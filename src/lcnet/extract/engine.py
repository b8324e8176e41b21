"""The engine: figures about the GNLC in a text, paragraph by paragraph.

It is the same for every language; what differs is data (lcnet.extract.lang). A text is
lower-cased once (keeping every offset). Stretches far from any name of the GNLC are
skipped; in the others, figure phrases are found from their unit nouns (lcnet.extract.
phrase), then judged sentence by sentence within their paragraph: is the figure about
the GNLC (relevance), which metric (metric), is it dated (historic).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import NamedTuple

from lcnet.dates import PartialDate
from lcnet.extract.brackets import bracketed_part
from lcnet.extract.changes import (
    begins_a_change,
    change_ends_at,
    changed_to,
    changes_to,
    ends_a_change,
    own_countries_after,
    since,
    started_before,
    started_from,
    went_back,
    year_span,
)
from lcnet.extract.grammar import Grammar, country_named_last, grammar
from lcnet.extract.historic import (
    DatedBlocks,
    as_of,
    dated_by_caption,
    dated_by_heading,
    dated_by_lead,
    dated_by_the_next,
    in_circulation,
    joined_then,
    opening_date,
    until_now,
)
from lcnet.extract.lang import Role, Unit, language
from lcnet.extract.learned import second_opinion
from lcnet.extract.metric import (
    PLAUSIBLE,
    Ahead,
    Previous,
    Reading,
    paired,
    paired_ahead,
    possible,
    read_metric,
)
from lcnet.extract.numbers import alternation, as_count, number_pattern, read_number
from lcnet.extract.phrase import Phrase, phrases_in
from lcnet.extract.relevance import REFERENCE_REACH, NetworkMemory, about_network
from lcnet.extract.sentence import Sentence, Span
from lcnet.extract.zeros import zero_metric_is_intake
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
    cities: tuple[str, ...] = ()  # a count given as a list (lcnet.extract.lists)
    earlier: bool = False  # the undated start of a change: a figure of some earlier time
    unsure: bool = False  # its metric is a default, not read (metric.Reading.unsure)
    until_news: bool = False  # earlier, and held up to the text's news (Mention.until_news)


def scan(
    text: str,
    code: str,
    start: int = 0,
    within: Sequence[Span] | None = None,
    *,
    topic: bool = False,
    written: PartialDate | None = None,
    quoted_lines: bool = True,
    home: PartialDate | None = None,
    read: Lowered | None = None,
    dropped: list[tuple[int, str]] | None = None,
) -> Iterator[Found]:
    """The figures about the GNLC in text[start:]; text[:start] is read as context only.

    `within`: the stretches of text[start:] written in this language (in order, apart),
    where a text mixes languages (lcnet.extract.langid.language_runs); None for all of it.
    `topic`: the text is about the GNLC as a whole (its title or lead names it), so a
    figure with a plain unit or a reference to "the network" belongs to the GNLC unless
    something nearer names another network or programme; the whole text is read.
    `written`: the text's date, to read "last month" or "昨年9月" (lcnet.extract.historic).
    `quoted_lines`: whether a ">" that opens a line quotes (not in HTML: Grammar).
    `home`: when the city the text's title names joined ("lors de notre adhésion").
    `read`: the text lowered and its anchors in this language (read_text), when the
    caller has them already (it reads the text's lists and ranks from them too).
    `dropped`: where given, each figure phrase left out gets (its start, the stage that
    left it out: one of DROPS) appended, for the evaluation's diagnostic (tests/eval
    --why); None, the default, costs nothing.
    """
    rules = grammar(code)
    if not quoted_lines:
        rules = rules._replace(quoted_lines=False)
    if read is None:
        read = read_text(text, rules)
    low, names = read
    memory = NetworkMemory(low, rules, names, topic=topic)
    stretches = [Span(start, len(low))] if topic else _near_the_gnlc(low, start, names)
    reposts = DatedBlocks(low, rules, written)  # read at the first figure of no date
    batch: list[Phrase] = []
    paragraph = Span(start, start)
    if within is not None:
        stretches = _overlaps(stretches, within)
    for phrase in _phrases_in(low, stretches, rules):
        if not possible(phrase):
            if dropped is not None:
                dropped.append((phrase.start, "impossible value"))
            continue  # "500 people", "1.5 million members": never a GNLC figure
        if phrase.start >= paragraph.end:
            if batch:
                yield from _judged(
                    low, batch, paragraph, rules, memory, written, reposts, home, dropped
                )
            paragraph, batch = paragraph_around(low, phrase.start, start), []
        batch.append(phrase)
    if batch:
        yield from _judged(low, batch, paragraph, rules, memory, written, reposts, home, dropped)


class Lowered(NamedTuple):
    """A text as every reader of it in one language reads it: lower-cased (lowered) and
    where it may name the GNLC (anchored). Made once per text and language and passed
    to the figures' scan, the lists and the ranks (lcnet.extract.lists, ranks), which
    would otherwise lower the text and look for the anchors again. Read it only."""

    low: str
    anchors: list[int]


def read_text(text: str, rules: Grammar, low: str | None = None) -> Lowered:
    """The text lowered (or `low`, lowered already) and its anchors in `rules`' language."""
    low = lowered(text) if low is None else low
    return Lowered(low, anchored(low, rules))


def anchored(low: str, rules: Grammar) -> list[int]:
    """Where the text may name the GNLC, in order, none twice: the places of its names'
    anchor words (NetworkMemory confirms a name when it is asked about one)."""
    finders = rules.gnlc_finders
    found = [m.start() for finder in finders for m in finder.finditer(low)]
    if len(finders) > 1:
        found = sorted(set(found))
    return found


def _phrases_in(low: str, stretches: list[Span], rules: Grammar) -> Iterator[Phrase]:
    """The phrases of the stretches of text where a figure may be about the GNLC.

    A figure is about the GNLC only if the GNLC is named in its sentence or not long
    before it (lcnet.extract.relevance), or the text is about it. Text far from every
    name of the GNLC cannot hold one, and is skipped at the speed of str.find: most of a
    general news corpus.
    """
    for stretch in stretches:
        yield from phrases_in(low, stretch.start, stretch.end, rules)


def _near_the_gnlc(low: str, start: int, names: list[int]) -> list[Span]:
    stretches = [Span(max(start, at - _BEFORE_A_NAME), at + _AFTER_A_NAME) for at in names]
    merged: list[Span] = []
    for stretch in stretches:  # in order: the names are
        if merged and stretch.start <= merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, stretch.end))
        elif stretch.end > start:
            merged.append(stretch)
    return [Span(s.start, min(s.end, len(low))) for s in merged]


def _overlaps(one: Sequence[Span], other: Sequence[Span]) -> list[Span]:
    """Where two lists of ordered, disjoint spans overlap."""
    found: list[Span] = []
    i = j = 0
    while i < len(one) and j < len(other):
        start, end = max(one[i].start, other[j].start), min(one[i].end, other[j].end)
        if start < end:
            found.append(Span(start, end))
        if one[i].end < other[j].end:
            i += 1
        else:
            j += 1
    return found


def lowered(text: str) -> str:
    """text.lower(), keeping every character at its offset; full-width digits read as
    digits ("前回２０２４年２月の発表時点では", as Japanese papers write dates)."""
    low = text.lower()
    if len(low) != len(text):
        # A few characters lower to two ("İ"); keep those as they are.
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    # full-width digits read as digits, full-width Latin letters (lowered already) as ASCII
    # ones: GNLC in full-width letters (ja papers); not the full-width punctuation (comma,
    # colon, brackets), which the languages' patterns name as written. An ASCII text has
    # none (isascii costs nothing; the search ~2 ms per MB)
    if not low.isascii() and _FULL_WIDTH.search(low) is not None:
        low = low.translate(_ASCII_FULL_WIDTH)
    return _ranges_dashed(low)


_HYPHEN_DIGIT = re.compile(r"-(?=\d)")  # opens with its literal: re skips to each hyphen


def _ranges_dashed(low: str) -> str:
    """ "70-80 cities": a hyphen between numbers of one to three digits reads as the
    range's en dash, which the figure patterns read as a range (phrase._ranges);
    a hyphen before digits is otherwise no number's start ("COVID-19"). Dates
    ("2024-02-14", "14-02-2024") and longer numbers keep theirs."""
    dashes: list[int] = []
    size = len(low)
    for hyphen in _HYPHEN_DIGIT.finditer(low):  # a hyphen before a digit: few in any text
        at = hyphen.start()
        if at > 0 and low[at - 1].isdigit() and low[at + 1].isdigit():
            left = at - 1
            while left >= 0 and low[left].isdigit():
                left -= 1
            right = at + 1
            while right < size and low[right].isdigit():
                right += 1
            if (
                at - left <= 4
                and right - at <= 4
                and (left < 0 or low[left] not in _NOT_A_RANGE)
                and (right >= size or low[right] not in _NOT_A_RANGE)
            ):
                dashes.append(at)
    if not dashes:
        return low
    pieces = []
    last = 0
    for at in dashes:
        pieces.append(low[last:at])
        pieces.append("\u2013")
        last = at + 1
    pieces.append(low[last:])
    return "".join(pieces)


_NOT_A_RANGE = "-./:,"  # a date's, a version's, a time's or a longer number's neighbour


_FULL_WIDTH = re.compile("[\uff10-\uff19\uff41-\uff5a]")
_ASCII_FULL_WIDTH = str.maketrans(
    "".join(chr(0xFF10 + i) for i in range(10)) + "".join(chr(0xFF41 + i) for i in range(26)),
    "0123456789abcdefghijklmnopqrstuvwxyz",
)


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
    low: str,
    phrases: Sequence[Phrase],
    paragraph: Span,
    rules: Grammar,
    memory: NetworkMemory,
    written: PartialDate | None,
    reposts: DatedBlocks | None = None,
    home: PartialDate | None = None,
    dropped: list[tuple[int, str]] | None = None,
) -> Iterator[Found]:
    sentences = _Sentences(low, paragraph, rules.language.code)
    previous: Previous | None = None
    skipped: Previous | None = None  # the undated start of a change, left out
    previous_dated: PartialDate | None = None  # the date of the figure before
    sentence: Sentence | None = None
    cities: Previous | None = None  # the last count of cities, for "Elles viennent de"
    cities_dated: PartialDate | None = None  # and its date
    carried_dated: PartialDate | None = None
    carried: Previous | None = None  # that of the sentences before this one
    dates_at: dict[int, PartialDate | None] = {}  # each figure's date, by where it starts
    started = False  # whether the skipped start before was one a word of change began
    for index, phrase in enumerate(phrases):
        if sentence is None or not sentence.span.start <= phrase.start < sentence.span.end:
            span = _with_row_label(low, sentences.around(phrase.start))
            sentence, previous = Sentence(low, span, rules, _last_end(phrases, index, span)), None
            carried = cities if cities is not None and cities.end <= span.start else None
            carried_dated = cities_dated
        following = _following(phrases, index, paragraph)
        ahead = _ahead(phrases, index, paragraph, rules)
        pronoun = (
            previous is None
            and carried is not None
            and phrase.unit is Unit.COUNTRY
            and _pronoun_subject(low, sentence.span, phrase.start, rules)
        )
        if pronoun:  # "… ajouté 72 villes. Elles viennent de 46 pays": those cities'
            previous = carried
        clause = sentence.span.start
        if (
            not pronoun
            and previous is not None
            and previous is cities
            and phrase.unit is Unit.COUNTRY
            and ";" in low[previous.end : phrase.start]
        ):  # "… zählt 356 Mitgliedsstädte; sie liegen in 79 Staaten": the same cities'
            clause = _clause_start(low, sentence.span, phrase.start)
            pronoun = _pronoun_subject(low, Span(clause, sentence.span.end), phrase.start, rules)
        pair = paired(low, phrase, previous, rules)
        subject = phrase
        if ahead is not None and paired_ahead(low, phrase, ahead, rules):
            subject = ahead.phrase  # "79개국 356개 도시": the countries go as the cities go
        held = pair or pronoun or _holds_countries(low, phrases, index, rules)
        # "294 Städte in 76 Staaten, die zusammen für mehr als 300 Millionen Einwohner
        # stehen": the people of the cities counted before in the sentence
        held = held or (
            phrase.unit is Unit.CITIZEN and previous is not None and previous.metric in _PEOPLED
        )
        # "成员总数已超过120个, 其中我国城市5个", "115都市が加盟し, そのうち日本は2都市": a
        # part of the network's cities counted before it in the sentence (or their capitals,
        # after the countries they come from: "72个城市来自46个国家, 其中11个是首都")
        held = held or (
            previous is not None
            and (
                (previous.metric in _OF_THE_NETWORK and phrase.unit in _PART_UNITS)
                or (previous.metric in _COUNTRIES and phrase.unit is Unit.CAPITAL)
            )
            and sentence.has("subset", previous.end, phrase.start)
        )
        rule = about_network(subject, sentence, memory, paired=held)
        if not second_opinion(rule, phrase, sentence, memory, held):
            if dropped is not None:  # the rules' decision, or the model's against them
                why = "relevance: the model" if rule else "relevance: not the network"
                dropped.append((phrase.start, why))
            continue
        if Role.AWARDED in phrase.roles or _awarded(low, phrase, sentence.span, rules):
            if dropped is not None:
                dropped.append((phrase.start, "guard: awarded"))
            continue  # "sulle 28 città premiate dall'UNESCO": an award's winners
        if _asked_hearsay(low, sentence.span, rules):
            if dropped is not None:
                dropped.append((phrase.start, "guard: hearsay question"))
            continue  # "听说网络已有400多个城市, 是真的吗?": asked about, not stated
        if bracketed_part(low, phrase, sentence, rules):
            if dropped is not None:
                dropped.append((phrase.start, "guard: bracketed part"))
            continue  # "Salute e benessere (40 città)": a cluster's count, not the network's
        chain = _chain_end(phrases, index)  # "Três do Brasil, um de Portugal e um de ..."
        reading: Reading | None
        if phrase.zero:  # "noch keine deutsche Stadt": the country's count, or its intake's
            intake = zero_metric_is_intake(sentence, rules, phrase.start)
            if intake is None:
                if dropped is not None:
                    dropped.append((phrase.start, "metric unread"))
                continue
            metric = Metric.NEW_CITIES if intake else Metric.COUNTRY_CITIES
            reading = Reading(metric, 0, phrase.country, None, False)
        else:
            reach, reach_chain = following, chain
            pair_end = _coordinated_next(low, phrases, index, sentence.span, rules)
            if pair_end >= 0:  # "praised the two cities in China and the three in Korea
                # for joining": the verb after the second of two counts speaks of both
                reach = _following(phrases, index + 1, paragraph)
                reach_chain = max(chain, pair_end)
            reading = read_metric(
                low, phrase, sentence, previous, reach, rules, ahead, reach_chain
            )
        if reading is None and pronoun and previous is not None:
            reading = _placed(low, Span(clause, sentence.span.end), phrase, previous.metric, rules)
        if reading is not None and _one_of_others(low, phrases, index, rules):
            reading = reading._replace(value=reading.value + 1, review=True)
        if reading is None:
            if dropped is not None:
                dropped.append((phrase.start, "metric unread"))
            continue
        metric, value, country, region, review, along, unsure = reading
        begun = started_from(low, phrase.start, sentence.span, rules)
        earlier = phrases[index - 1].end if index else -1
        span_end: PartialDate | None = None  # "Entre 2022 y 2024 ... de 294 a 356": 2024
        if (
            begun is not None
            and begun.start >= earlier
            and begun.value in PLAUSIBLE[metric]
            and not sentence.has("corrected", sentence.span.start, phrase.start)
        ):  # not a corrected figure: "新成員由55個更正為54個" (lcnet.extract.corrected)
            years = None
            if begun.as_of is None:
                years = year_span(low, sentence.span.start, begun.start, rules)
            if years is not None:
                begun = begun._replace(as_of=PartialDate(years[0]))
                if written is None or years[1] < written.year:
                    span_end = PartialDate(years[1])
            yield Found(begun.start, begun.end, metric, begun.value, begun.qualifier,
                        begun.as_of, country, region, True, (),
                        begun.as_of is None)  # fmt: skip
        dated: PartialDate | None = phrase.dated
        up_to_news = False  # dated to the month of the news the figure held up to
        stop: int | None = -1  # where the change this figure begins ends; -1: not looked for
        held_by = previous is not None and _held_by_the_countries(low, previous, phrase, rules)
        if dated is None and (pair or held_by) and previous is not None:
            dated = previous_dated  # "425 cities from 91 countries": one statement, one date
        elif dated is None:  # the date before a change's start is the start's: not the end's
            ends = index > 0 and changes_to(low, phrases[index - 1].end, phrase.start, rules)
            span = Span(phrases[index - 1].end, sentence.span.end) if ends else sentence.span
            to = ends_a_change(low, phrase.start, sentence.span.start, rules)
            if to is not None and sentence.has("corrected", to, phrase.start):
                to = None  # "去年9月…由55個更正為54個": the date is the corrected figure's too
            span = (
                span if to is None else Span(max(span.start, to), span.end)
            )  # "de A en 2016 a B"
            stop = change_ends_at(low, phrase.start, phrase.end, rules)
            if stop is not None and not ends:  # "from A in 2016 to B today"
                span = Span(span.start, stop)
            cut = went_back(low, phrase.end, span.end, rules)
            if cut is not None:  # "to eight, up from five after the February 2024 round":
                span = Span(span.start, cut)  # the date is the starting count's
            after = phrases[index + 1] if index + 1 < len(phrases) else None
            if after is not None and after.gapped and after.start < span.end:
                span = Span(span.start, after.start)  # "Of the 425 cities, 64 joined in
                # February 2024": a date after the bare number is that number's
            # an archive entry's relative dates ("En la ronda anunciada el 14 de febrero",
            # under "16 de febrero de 2024") count from the entry's date, not the page's
            entry = reposts.date_at(phrase.start) if reposts is not None else None
            dated = as_of(low, phrase, span, rules, entry or written) or span_end
            if dated is None and to is not None and not rules.language.attached:
                # "En 2022, le réseau est passé de 229 à 294 villes": a date that opens the
                # sentence dates the change, and so its end (where words touch, a date
                # right before the start is the start's: "2020년 35곳에서 44곳으로")
                dated = opening_date(low, sentence.span.start, phrase.end, rules, written)
            if dated is None and stop is not None:  # "Since 2020 ... from 229 cities to"
                dated = since(low, sentence.span, phrase.start, rules)
            dated = dated or joined_then(low, phrase, sentence.span, rules, home)
            # "hasta ahora" in an archive entry: until that entry's day, not the page's
            if dated is None:
                dated = until_now(low, phrase, sentence.span, rules, entry or written)
                up_to_news = dated is not None
            led, lead_date = dated_by_lead(low, phrase.start, rules, written)
            dated = dated or lead_date  # "- 2019: 38 cities join"
            if not led:
                dated = dated or dated_by_heading(low, phrase.start, rules, written)
                dated = dated or dated_by_caption(low, phrase.start, rules, written)
            if dated is None and _last_of_its_sentence(phrases, index, sentence.span.end):
                dated = dated_by_the_next(low, sentence.span.end, rules, written)
            if dated is None and reposts is not None:
                # a reposted story's figures: "Originally published 5 September 2022"; an
                # archive entry's, under its date line
                dated = reposts.date_at(phrase.start)
        if dated is None and pronoun and previous is not None:
            # "In 2022 the network had 294 cities. They were in 76 countries": the date
            # of the cities the pronoun stands for
            dated = previous_dated if clause > sentence.span.start else carried_dated
        if dated is None and phrase.corrects >= 0:  # "The September 2020 announcement gave
            dated = dates_at.get(phrase.corrects)  # 55 ...; UIL corrected it to 54": its date
        dates_at[phrase.start] = dated
        if _retracted(sentence, phrase):
            previous = skipped = Previous(
                phrase.end, metric, along, country, value, phrase.ordinal
            )
            previous_dated = dated
            if dropped is not None:
                dropped.append((phrase.start, "guard: retracted"))
            continue  # "An earlier version of this story said 55": withdrawn, never stated
        superseded = _superseded(sentence, phrase, rules)  # "first announced as 55"
        if _corrected_away(sentence, phrases, index, rules):
            previous = skipped = Previous(
                phrase.end, metric, along, country, value, phrase.ordinal
            )
            previous_dated = dated
            if dropped is not None:
                dropped.append((phrase.start, "guard: corrected away"))
            continue  # "「230都市」はその後、訂正された": the figure a correction replaced
        if superseded:
            fixed = _corrected(sentence, phrases, index)
            if fixed is False or (fixed is None and dated is None):
                previous = skipped = Previous(
                    phrase.end, metric, along, country, value, phrase.ordinal
                )
                previous_dated = dated
                if dropped is not None:
                    dropped.append((phrase.start, "guard: superseded"))
                continue  # "当初55都市と発表されたが、のちに54都市に訂正": 55, however dated
        begins = dated is None and (
            stop is not None
            if stop != -1
            else begins_a_change(low, phrase.start, phrase.end, rules)
        )
        if begins and sentence.has(
            "corrected", sentence.span.start, phrase.end + _TO_A_CORRECTION
        ):  # "由55個更正為54個", "发布勘误, 将…由3个调整为2个": a corrected figure, not
            begins = False  # a change's start
        # a trailing figure's head may close "before this week's list": "Before this
        # week's list the network stood at 356" (the head "list ... stood at")
        until_news = dated is None and (
            _before_this(low, sentence.span.start, _opening(phrase), rules)
            or _had_then_now(low, sentence.span, phrases, index, rules)
        )
        if (
            dated is None
            and (until_news or _at_that_time(low, sentence.span, phrase, rules))
            # "L'introduction, rédigée avant l'annonce, évoque encore « 356 villes »": a
            # source still in use says it today
            and not in_circulation(low, phrase, sentence.span, rules)
        ):
            # "今回の発表の前、タイの加盟都市は7都市だった": of the time before the news,
            # up to it; "All'epoca la rete contava 356 città", no date said before: of
            # some time
            yield Found(phrase.start, phrase.end, metric, value, phrase.qualifier, None,
                        country, region, review, (), True, False, until_news)  # fmt: skip
            previous = skipped = Previous(
                phrase.end, metric, along, country, value, phrase.ordinal
            )
            previous_dated = dated
            continue
        if dated is None and (
            begins
            or _starts_a_change(low, phrases, index, rules)
            or _changed_from(low, phrases, index, rules)
            or (pair and skipped == previous)  # "de 115 miembros de 28 países a": the start's
        ):
            # "pasó de 115 miembros a", "grew from 294 members to": an undated start is a
            # figure of some time before the text's (the check finds which), and so are
            # its countries; not a figure a link alone ties to the next ("3都市ではなく
            # 2都市": not 3 but 2), which may be one the text denies
            if (
                begins
                or (pair and skipped == previous and started)
                or _changed_from(low, phrases, index, rules)
            ):
                yield Found(phrase.start, phrase.end, metric, value, phrase.qualifier, None,
                            country, region, review, (), True)  # fmt: skip
            elif dropped is not None:
                dropped.append((phrase.start, "guard: undated start of a change"))
            started = begins or (pair and skipped == previous and started)
            previous = skipped = Previous(
                phrase.end, metric, along, country, value, phrase.ordinal
            )
            previous_dated = dated
            continue
        started = False
        start, end, qualifier = phrase.start, phrase.end, phrase.qualifier
        # "Avant la vague de février 2024, le réseau comptait 294 membres": up to the news
        # of that month (the check finds its day)
        up_to_news = up_to_news or (
            dated is not None
            and dated.day is None
            and dated.month is not None
            and _before_this(low, sentence.span.start, _opening(phrase), rules)
        )
        yield Found(start, end, metric, value, qualifier, dated, country, region, review,
                    (), False, unsure, up_to_news)  # fmt: skip
        held_before = (  # the cities a countries figure qualifies: "425 cities in 91 ..."
            previous.metric
            if previous is not None and previous.metric in _OF_THE_NETWORK
            else None
        )
        previous, previous_dated = (
            Previous(end, metric, along, country, value, phrase.ordinal),
            dated,
        )
        if metric in _OF_THE_NETWORK and country is None and region is None:
            cities, cities_dated = previous, dated
        whole = _out_of(low, end, sentence.span.end, rules) if country else None
        if whole is not None and metric is Metric.COUNTRY_CITIES:  # "otto su 425"
            yield Found(*whole, Metric.TOTAL_CITIES, whole_value(low, whole, rules),
                        Qualifier.EXACT, dated, None, None, False)  # fmt: skip
        later = phrases[index + 1].start if index + 1 < len(phrases) else sentence.span.end
        back = started_before(
            low, end, Span(end, min(later, sentence.span.end)), rules, sentence.span.end
        )
        if back is not None:  # "up from five after ...", "contre 356 en 2024"
            compared = metric
            if (
                metric in _COUNTRIES
                and held_before is not None
                and (
                    own_countries_after(low, back.end, sentence.span.end)
                    or back.value not in PLAUSIBLE[metric]
                )
            ):  # "425 membri in 91 Paesi, contro i 115 in 28 Paesi", "425 cities from 91
                # countries belong to it, against 294 in 2022": the cities' start
                compared = held_before
            elsewhere = (
                _placed_after(low, back.end, sentence.span.end, rules)
                if metric is Metric.COUNTRY_CITIES
                else None
            )
            if elsewhere is not None and elsewhere != country:
                # "Viet Nam has six members, against 13 in Thailand": another country's
                # count at the same time, no change of the first's
                if back.value in PLAUSIBLE[metric]:
                    yield Found(back.start, back.end, metric, back.value, back.qualifier,
                                back.as_of or dated, elsewhere, None, False)  # fmt: skip
            elif back.value in PLAUSIBLE[compared]:
                yield Found(back.start, back.end, compared, back.value, back.qualifier,
                            back.as_of, country, region, True, (),
                            back.as_of is None)  # fmt: skip


_OF_THE_NETWORK = frozenset({Metric.NEW_CITIES, Metric.TOTAL_CITIES})
_PEOPLED = frozenset({Metric.TOTAL_CITIES, Metric.TOTAL_COUNTRIES})  # the network's people
_PART_UNITS = frozenset({Unit.CITY, Unit.MEMBER})
_COUNTRIES = frozenset({Metric.NEW_COUNTRIES, Metric.TOTAL_COUNTRIES})


_AWARD_REACH = 80  # characters after a count where its clause's verb of awarding may be
_AWARD_CLAUSE_END = re.compile(r"[.,;:!?]")  # a line break may fall inside the clause


def _awarded(low: str, phrase: Phrase, sentence: Span, rules: Grammar) -> bool:
    """ "Zusammen mit Gelsenkirchen wurden 16 Städte aus aller Welt ausgezeichnet": a word
    of awarding after the count in its clause makes the cities an award's winners."""
    words = rules.language.award_words
    if not words:
        return False
    end = min(sentence.end, phrase.end + _AWARD_REACH)
    stop = _AWARD_CLAUSE_END.search(low, phrase.end, end)
    clause = low[phrase.end : stop.start() if stop else end]
    return any(word in clause for word in words)


def _asked_hearsay(low: str, sentence: Span, rules: Grammar) -> bool:
    """Whether the sentence repeats hearsay and ends as a question (Language.hearsay_words):
    "听说网络已有400多个城市, 是真的吗?" asks whether its figure holds."""
    words = rules.language.hearsay_words
    if not words:
        return False
    text = low[sentence.start : sentence.end]
    asked = text.rstrip().endswith(_QUESTION_MARKS) or low.startswith(
        _QUESTION_MARKS, sentence.end
    )
    # (or with no question mark, as a question ends where words touch: "…のではないですか。")
    ends = rules.language.question_ends
    asked = asked or bool(ends and low[sentence.start : sentence.end + 1].rstrip().endswith(ends))
    return asked and any(word in text for word in words)


_QUESTION_MARKS = ("?", "\uff1f")


def _last_of_its_sentence(phrases: Sequence[Phrase], index: int, end: int) -> bool:
    """Whether no figure follows phrases[index] in its sentence (ending at `end`)."""
    return index + 1 >= len(phrases) or phrases[index + 1].start >= end


def _held_by_the_countries(low: str, previous: Previous, phrase: Phrase, rules: Grammar) -> bool:
    """ "「55か国173都市」となっていました", "79개국 356개 도시": the cities after the countries
    that hold them are one statement with them, of one date."""
    link = rules.countries_first
    return (
        link is not None
        and previous.metric in _COUNTRIES
        and phrase.unit in (Unit.CITY, Unit.MEMBER)
        and link.fullmatch(low, previous.end, phrase.start) is not None
    )


def _pronoun_subject(low: str, sentence: Span, at: int, rules: Grammar) -> bool:
    """Whether the sentence opens with a pronoun for the cities counted before ("Elles
    viennent de", "They come from") or with a verb of origin, its subject left out
    ("Provengono da 46 Paesi"), and the figure follows it in its first clause."""
    form = _subject_opening(rules.language.code)
    return form is not None and form.match(low, sentence.start, at) is not None


@cache
def _subject_opening(code: str) -> re.Pattern[str] | None:
    data = grammar(code).language
    openings = [*data.subject_pronouns, *data.origin_words]
    if not data.subject_pronouns:
        return None
    # "Together they are in 91 countries", "Zusammen liegen sie in ...": an adverb of the
    # whole first, and a verb before the pronoun where the language inverts
    adverbs = "|".join(data.subject_adverbs)
    adverb = rf"(?:(?:{adverbs}),? (?:[^\W\d_]+ )?)?" if adverbs else ""
    return re.compile(
        rf"[\s*_>#\-\u2022]*{adverb}(?:{'|'.join(openings)})(?!\w)[^.;:!?]*\Z".replace(" ", r"\s+")
    )


def _placed(
    low: str, sentence: Span, phrase: Phrase, cities: Metric, rules: Grammar
) -> Reading | None:
    """ "… compte 425 villes. Elles sont réparties dans 91 pays": where the cities
    counted before are, a pronoun their subject, a verb of being or presence before the
    countries (Language.copulas, presence_words)."""
    form = _placed_opening(rules.language.code)
    if form is None or form.match(low, sentence.start, phrase.start) is None:
        return None
    new = cities is Metric.NEW_CITIES
    metric = Metric.NEW_COUNTRIES if new else Metric.TOTAL_COUNTRIES
    return Reading(metric, phrase.value, None, None, False)


@cache
def _placed_opening(code: str) -> re.Pattern[str] | None:
    data = grammar(code).language
    if not data.subject_pronouns:
        return None
    words = [*data.copulas, *data.presence_words, *data.present_markers]
    verbs = "|".join(re.escape(w) if w.isalpha() else w for w in words)
    # "Together they are in 91 countries", "Zusammen liegen sie in 91 Ländern": an adverb
    # of the whole before the pronoun, and the verb before it where the language inverts
    adverbs = "|".join(data.subject_adverbs)
    adverb = rf"(?:(?:{adverbs}),?\s+(?:(?:{verbs})\s+)?)?" if adverbs else ""
    return re.compile(
        rf"[\s*_>#\-\u2022]*{adverb}(?:{'|'.join(data.subject_pronouns)})"
        # (a connector may hold its verb: "Diese verteilen sich auf 79 Länder")
        rf"(?:\s+(?:{verbs}))*\s+(?:{alternation(list(data.place_connectors))})\s+\Z"
    )


def _placed_after(low: str, at: int, stop: int, rules: Grammar) -> str | None:
    """The country a place connector names right after a compared count ("against 13 in
    Thailand", "gegenüber 13 in Thailand"): its code, or None."""
    form = _placed_after_form(rules.language.code)
    found = form.match(low, at, stop) if form is not None else None
    return (
        None
        if found is None
        else country_named_last(low, found.start("place"), found.end(), rules)
    )


@cache
def _placed_after_form(code: str) -> re.Pattern[str] | None:
    data = grammar(code).language
    if data.attached or not data.place_connectors:
        return None
    names = alternation([*data.country_names])
    connectors = alternation([c for c in data.place_connectors if len(c.split()) == 1])
    return re.compile(rf"\s+(?:{connectors})\s+(?:the\s+)?(?P<place>{names})(?!\w)")


_SMALLEST_WHOLE = 100  # the network has had more than a hundred members since 2016


def _out_of(low: str, end: int, stop: int, rules: Grammar) -> tuple[int, int] | None:
    """Where the network's total stands right after a country's count ("sei su 356",
    "huit, sur 425"): a bare number, its unit left out (Language.out_of)."""
    form = _out_of_form(rules.language.code)
    found = form.match(low, end, stop) if form is not None else None
    if found is None:
        return None
    value = read_number(found["number"], rules.language.code)
    if value is None or as_count(value) is None or value < _SMALLEST_WHOLE:
        return None
    return found.start("number"), found.end("number")


def whole_value(low: str, span: tuple[int, int], rules: Grammar) -> int:
    value = read_number(low[span[0] : span[1]], rules.language.code)
    count = as_count(value) if value is not None else None
    assert count is not None  # _out_of read it
    return count


@cache
def _out_of_form(code: str) -> re.Pattern[str] | None:
    data = grammar(code).language
    if not data.out_of:
        return None
    return re.compile(
        rf",?\s+(?:{alternation(list(data.out_of))})\s+"
        r"(?P<number>\d{1,3}(?:[.,\u00a0\u202f]\d{3})+|\d+)(?![\w%]|[.,]\d|\s*%)"
    )  # digits only: "sei su 356: Torino, ..." (a number word is rare there)


def _clause_start(low: str, sentence: Span, at: int) -> int:
    """Where the clause that holds `at` starts: after the last semicolon before it."""
    return max(sentence.start, low.rfind(";", sentence.start, at) + 1)


def _retracted(sentence: Sentence, phrase: Phrase) -> bool:
    """Whether a correction notice's words stand before the figure in its clause, no
    correction after them: "An earlier version of this story said 55 cities had joined",
    "In einer früheren Fassung war von 230 Mitgliedsstädten die Rede" (not "an earlier
    version misstated it; it was corrected to 54": the 54)."""
    if not sentence.has("retracted", sentence.span.start, phrase.start):
        return False  # the common case: no notice
    start = _clause_start(sentence.low, sentence.span, phrase.start)
    cues = sentence.within(start, phrase.start, ("retracted", "corrected"))
    if not cues or cues[-1].kind != "retracted":
        return False
    # "일부 언론은 '47개국'이라고 보도했지만, 공식 발표는 46개국이다": the text's own figure
    # after "but" (Language.contrast_ends) is no longer the reports'
    but = _contrast_end(sentence.grammar.language.code)
    return but is None or but.search(sentence.low, cues[-1].end, phrase.start) is None


@cache
def _contrast_end(code: str) -> re.Pattern[str] | None:
    ends = grammar(code).language.contrast_ends
    return re.compile("|".join(f"(?:{e})" for e in ends)) if ends else None


def _superseded(sentence: Sentence, phrase: Phrase, rules: Grammar) -> bool:
    """Whether a cue of a superseded figure stands before the phrase in its sentence, and
    no correction between them: "first announced as 55" is, "first announced as 55, and
    corrected days later to 54" is not (its 54)."""
    if not sentence.has("superseded", sentence.span.start, phrase.start):
        # mostly False: no cue at all
        return _corrected_later(sentence, phrase) or _corrected_next(sentence, phrase, rules)
    # in its clause: not "first reported as 55; a corrigendum set the numbers at 54"
    start = _clause_start(sentence.low, sentence.span, phrase.start)
    cues = sentence.within(start, phrase.start, ("superseded", "corrected"))
    return bool(cues) and cues[-1].kind == "superseded"


_NUMBER = re.compile(r"(?<![\d.,])\d{1,4}(?![\d])")
_NEAR = 0.02  # a correction moves a figure by a little: 55 to 54, 230 to 229


def _corrected_later(sentence: Sentence, phrase: Phrase) -> bool:
    """ "55 nuevas ciudades y un total de 230, cifras que luego corrigió a 54 y 229": a
    figure that a correction later in its sentence replaces with a number close to it
    (not "Nel 2022 erano 294; nel 2020, dopo la correzione, 229": another time's)."""
    cues = sentence.within(phrase.end, sentence.span.end, ("corrected",))
    if not cues or cues[0].start - phrase.end <= _CORRECTED_GAP:
        return False  # "のちに54都市に訂正": the figure the correction closes is its own
    near = max(2, phrase.value * _NEAR)
    for number in _NUMBER.finditer(sentence.low, cues[0].end, sentence.span.end):
        value = int(number.group())
        if value != phrase.value and abs(value - phrase.value) <= near:
            return True
    return False


def _corrected_next(sentence: Sentence, phrase: Phrase, rules: Grammar) -> bool:
    """ "A UNESCO admitiu 55 cidades, segundo o comunicado. Das 54 admitidas após a
    correção, ...": a figure the next sentence of its paragraph corrects, with a number
    close to it after its correction cue (not "En 2022 eran 294. Tras la corrección de
    2020, 229": another time's, far from it)."""
    low, end = sentence.low, sentence.span.end
    limit = min(len(low), end + _NEXT_REACH)
    stop = low.find("\n\n", end, limit)
    limit = stop if stop >= 0 else limit
    ends = [at for at in (low.find(mark, end + 1, limit) for mark in ".!?") if at >= 0]
    limit = min(ends, default=limit)
    words = _correction_words(rules.language.code)
    if words is not None and all(low.find(word, end, limit) < 0 for word in words):
        return False  # the common case: no correction cue's first letters, so none (#14)
    cue = next(
        (c for c in rules.cues.finditer(low, end, limit) if c.lastgroup == "corrected"), None
    )
    if cue is None:
        return False
    near = max(2, phrase.value * _NEAR)
    # not the figures a cue of a superseded one gives before the correction: "El primer
    # comunicado mencionaba 55 y un total de 230; la cifra se corrigió" corrects its own
    # 230, not a 229 said before it ("Das 54 admitidas após a correção" is a correction's)
    old = next(  # (its pattern looks ahead to the correction: the search reaches past it)
        (
            c
            for c in rules.cues.finditer(low, end, limit)
            if c.lastgroup == "superseded" and c.start() < cue.start()
        ),
        None,
    )
    for number in _NUMBER.finditer(low, end, limit):
        if old is not None and old.end() <= number.start() < cue.start():
            continue
        value = int(number.group())
        if value != phrase.value and abs(value - phrase.value) <= near:
            return True
    return False


_NEXT_REACH = 200  # characters after a sentence where the one that corrects it may end
_META = frozenset("\\.^$*+?{}[]()|")  # where a cue's literal start ends
_REPEAT = frozenset("?*{")  # a letter before one of these may be absent


@cache
def _correction_words(code: str) -> tuple[str, ...] | None:
    """The literal letters every correction cue of the language starts with ("correct",
    "revised", "corrigendum"): a stretch without any of them holds no such cue, which
    str.find says at the speed of reading, where the sentence cues' pattern, led by a
    lookbehind, is tried at every character (4 ms/MB of English extraction, #14).
    None when some cue has no literal start."""
    words = []
    for fragment in language(code).correction_cues:
        text = fragment.removeprefix(r"\b")
        size = 0
        while size < len(text) and text[size] not in _META and not text[size].isspace():
            size += 1
        if size < len(text) and text[size] in _REPEAT:
            size -= 1  # "correcti?": the last letter is optional
        if size <= 0:
            return None
        words.append(text[:size])
    return tuple(words)


def _corrected(sentence: Sentence, phrases: Sequence[Phrase], index: int) -> bool | None:
    """After a superseded cue: None when no correction follows the figure in its
    sentence; True when the correction closes the figure itself (the one corrected to:
    "のちに54都市に訂正"); False when it comes later (the figure corrected away: 55 in
    "first announced as 55 new cities, and corrected days later to 54")."""
    phrase = phrases[index]
    cues = sentence.within(phrase.end, sentence.span.end, ("corrected",))
    if not cues:
        return None
    following = phrases[index + 1].start if index + 1 < len(phrases) else sentence.span.end
    # not past a comma: "最初公布为55个, 次日更正" (corrected the next day: 55 was replaced)
    between = sentence.low[phrase.end : cues[0].start]
    return (
        cues[0].start - phrase.end <= _CORRECTED_GAP
        and following >= cues[0].start
        and not any(mark in between for mark in _COMMAS)
    )


_COMMAS = (",", "\uff0c", "\u3001")


_TO_A_CORRECTION = 6  # characters from a figure to the correction that replaces it

_CORRECTED_GAP = 3  # characters between a figure and the correction that closes it: "に"


def _corrected_away(
    sentence: Sentence, phrases: Sequence[Phrase], index: int, rules: Grammar
) -> bool:
    """Whether the figure is the subject of a correction later in its sentence, where the
    predicate comes last: "「230都市」はその後、研究所により訂正された" (no other figure
    between them: "230都市は229都市に訂正された" keeps its 229)."""
    subject = rules.corrected_subject
    if subject is None or not sentence.has("corrected", sentence.span.start, sentence.span.end):
        return False  # the common case
    phrase = phrases[index]
    if subject.match(sentence.low, phrase.end) is None:
        return False
    cues = sentence.within(phrase.end, sentence.span.end, ("corrected",))
    following = phrases[index + 1].start if index + 1 < len(phrases) else sentence.span.end
    return bool(cues) and following >= cues[0].start


def _changed_from(low: str, phrases: Sequence[Phrase], index: int, rules: Grammar) -> bool:
    """ "115개에서 294개로", "115都市から294都市に": the start of a change said to be one (not
    a correction), the figure it ended in right after."""
    if index + 1 >= len(phrases):
        return False
    phrase, after = phrases[index], phrases[index + 1]
    units = {phrase.unit, after.unit}  # "회원 도시는 115개에서 294개로": members, then cities
    alike = len(units) == 1 or units == {Unit.CITY, Unit.MEMBER}
    return alike and changed_to(low, phrase.end, after.start, rules)


def _starts_a_change(low: str, phrases: Sequence[Phrase], index: int, rules: Grammar) -> bool:
    """ "35곳에서 44곳으로", "from five cities to six cities": the figure a change started
    from, with the figure it ended in right after (lcnet.extract.changes reads a bare
    starting number)."""
    if index + 1 >= len(phrases):
        return False
    phrase, after = phrases[index], phrases[index + 1]
    if phrase.qualifier is Qualifier.AT_LEAST and after.qualifier is Qualifier.AT_MOST:
        return False  # "70 to 80 cities": a range's two ends (phrase._ranges), no change
    return after.unit is phrase.unit and changes_to(low, phrase.end, after.start, rules)


def _with_row_label(low: str, span: Span) -> Span:
    """A table cell's sentence with its row's first cell, which labels it: in "| 2025년 신규
    가입 | 72개 도시 |" the label dates the figure and says what it counts."""
    if span.start < 2 or low[span.start - 2 : span.start].strip() != "|":
        return span  # the common case: no cell
    line_start = low.rfind("\n", 0, span.start) + 1
    if not low[line_start : span.start].lstrip().startswith("|"):
        return span  # a "|" inside a sentence, not a table's row
    return Span(line_start, span.end)


def _holds_countries(low: str, phrases: Sequence[Phrase], index: int, rules: Grammar) -> bool:
    """ "356 città di 79 Paesi": cities with the countries they are in, the shape of a
    network's membership (a plain count of cities alone may be anything's)."""
    phrase = phrases[index]
    if phrase.unit not in (Unit.CITY, Unit.MEMBER) or phrase.ordinal or index + 1 >= len(phrases):
        return False
    countries = phrases[index + 1]
    return (
        countries.unit is Unit.COUNTRY
        and rules.pairing_gap.fullmatch(low, phrase.end, countries.start) is not None
    )


def _one_of_others(low: str, phrases: Sequence[Phrase], index: int, rules: Grammar) -> bool:
    """ "Hanoi is one of 72 cities from 34 other countries": 73 cities, the subject and
    the 72 others, as the "other" countries say (the countries count themselves)."""
    phrase = phrases[index]
    if rules.one_of is None or phrase.unit is Unit.COUNTRY or index + 1 >= len(phrases):
        return False
    countries = phrases[index + 1]
    return (
        countries.unit is Unit.COUNTRY
        and Role.OTHER in countries.roles
        and rules.one_of.search(low, max(0, phrase.start - 20), phrase.start) is not None
        and rules.pairing_gap.fullmatch(low, phrase.end, countries.start) is not None
    )


def _last_end(phrases: Sequence[Phrase], index: int, sentence: Span) -> int:
    """The end of the last figure in the sentence (phrases never overlap, so their ends
    come in order: it is the last one's)."""
    while index + 1 < len(phrases) and phrases[index + 1].start < sentence.end:
        index += 1
    return phrases[index].end


def _ahead(phrases: Sequence[Phrase], index: int, paragraph: Span, rules: Grammar) -> Ahead | None:
    """The next figure, where a language names countries before their cities."""
    if rules.countries_first is None or index + 1 >= len(phrases):
        return None
    return Ahead(phrases[index + 1], _following(phrases, index + 1, paragraph))


def _following(phrases: Sequence[Phrase], index: int, paragraph: Span) -> int:
    """Where the next figure starts, past countries that belong to this one.

    In "64 cities from 35 countries have joined", the verb after the countries speaks of
    the cities too; but a count of countries ends at the next one ("46 pays, dont treize
    pays qui y entrent pour la première fois": the cue is the thirteen's).
    """
    if phrases[index].unit is Unit.COUNTRY and index + 1 < len(phrases):
        return phrases[index + 1].start
    for later in range(index + 1, len(phrases)):
        if phrases[later].unit is not Unit.COUNTRY and not phrases[later].sibling:
            return phrases[later].start
    return paragraph.end


_PAIRED_UNITS = frozenset({Unit.CITY, Unit.MEMBER})
_PAIR_GAP = 48  # characters between two coordinated counts: a country's name, "and the"
_PAIR_MARKS = frozenset(",;:.()")


def _coordinated_next(
    low: str, phrases: Sequence[Phrase], index: int, sentence: Span, rules: Grammar
) -> int:
    """Where the next figure ends when it is coordinated with this one, both counting
    cities ("the two cities in China and the three cities in Korea", "two Chinese cities
    and three Korean cities"), in the same sentence with only a place and a conjunction
    between; -1 otherwise."""
    if index + 1 >= len(phrases) or phrases[index].unit not in _PAIRED_UNITS:
        return -1
    this, after = phrases[index], phrases[index + 1]
    if after.unit not in _PAIRED_UNITS or after.start >= sentence.end or after.sibling:
        return -1
    gap = low[this.end : after.start]
    if len(gap) > _PAIR_GAP or any(c in _PAIR_MARKS for c in gap):
        return -1
    words = gap.split()
    joined = [i for i, w in enumerate(words) if w in rules.language.conjunctions]
    # the conjunction, then at most a determiner before the second count
    return after.end if joined and len(words) - joined[-1] <= 2 else -1


def _chain_end(phrases: Sequence[Phrase], index: int) -> int:
    """Where the shares listed right after this figure end ("Três municípios do Brasil,
    um de Portugal e um de Cabo Verde"), or -1 when none follows it."""
    end = -1
    for later in range(index + 1, len(phrases)):
        if not phrases[later].sibling:
            break
        end = phrases[later].end
    return end


# What ends a sentence: a full stop (not the one in "1.5"), a list item, a heading, a
# table cell; the full stops of Chinese and Japanese, which no space follows. The
# alternatives start with different rare characters, so that the class of those
# characters can lead: re then skips to them in C, twice as fast as a search that tries
# each alternative at each character.
# A language that writes a day as an ordinal, "am 4. Dezember 2025": that full stop ends
# nothing (Language.ordinal_days); nor does the one of a month's abbreviation before a
# day or year: "Sept. 2020" (the names in Language.months that start another name of
# their month); nor does the one of an abbreviated title (Language.title_abbreviations).
_ONE_LINE_PARAGRAPH = 120  # characters: a line this long ending a sentence is a paragraph
_CLOSE = "[.!?\u2026][\"'\u201d\u2019\u00bb)]*[ \t]*"  # a full stop and its closing quotes
# a line of a paragraph of its own: long, and ending the text, before a blank line, or
# with a full stop (or one _lines_as_paragraphs turned into a blank line)
_LONG_PARAGRAPH_LINE = (
    rf"[^\n]{{{_ONE_LINE_PARAGRAPH},}}(?:{_CLOSE})?(?:\n\n|\Z)"
    rf"|[^\n]{{{_ONE_LINE_PARAGRAPH},}}{_CLOSE}\n"
)
_ORDINAL_DAY = r"(?<=(?<!\d)\d\.)|(?<=(?<!\d)\d\d\.)"


@cache
def _sentence_end(code: str) -> re.Pattern[str]:
    data = grammar(code).language
    names: dict[int, set[str]] = {}
    for name, month in data.months.items():
        names.setdefault(month, set()).add(name)
    short = sorted(
        {
            name
            for same in names.values()
            for name in same
            if any(other != name and other.startswith(name) for other in same)
        }
    )
    keep = ""
    if data.ordinal_days:
        firsts = alternation(sorted({name[:3] for name in data.months}))
        keep += rf"(?!(?:{_ORDINAL_DAY})\s+(?:{firsts}))"
    if short:
        # one lookbehind per length: a lookbehind's alternatives must be as long
        behind = "|".join(
            rf"(?<=\b(?:{alternation([n for n in short if len(n) == size])})\.)"
            for size in sorted({len(n) for n in short})
        )
        keep += rf"(?!(?:{behind})\s+\d)"
    if data.dotted_dates:  # "2016. 8. 23. 기준": the year's, the month's and the day's
        keep += r"(?!(?<=(?<!\d)(?:19|20)\d\d\.)\s?\d{1,2}\.)"  # the year's, before a month
        keep += r"(?<!\d\.\s\d\.)(?<!\d\.\s\d\d\.)(?<!\d\.\d\.)(?<!\d\.\d\d\.)"
    for title in sorted(set(data.title_abbreviations)):  # "TP. Huế", "Dr. Nguyen"
        keep += rf"(?<!\b{re.escape(title)}\.)"
    return re.compile(
        r"[.!?…\n|\u3002\uff01\uff1f]"
        rf"(?:(?<=[.!?…]){keep}[\"'\u201d\u2019»)\]]*(?=\s)"
        # (a list item may open with a CJK bullet or mark, or an ideographic
        # space: "\u3000・2020年9月\u300064か国229都市", "● 2022年9月 …", "※ …"; a
        # Korean slide's middle dot, "  · 2016년 8월 기준: 28개국", "ㆍ", "▶", "◎")
        r"|(?<=\n)(?=[ \t\u3000]*(?:[-*+•|#>\u00b7\u318d\u25b6\u25b7\u25ce"
        r"\u30fb\u25cf\u25cb\u25c6\u25c7\u25a0\u25a1\u203b\u2460-\u2473]|\d{1,3}[.)]\s))"
        r"|(?<=\s\|)(?=\s)"
        # a heading or a caption with no full stop, on its line before a paragraph that
        # is one long line of its own (a page saved as text): "Thành phố Vinh được công
        # nhận ... UNESCO\nTrong thông cáo ..., Việt Nam có 2 thành phố tham gia ..." (a
        # wrapped text's lines are shorter than _ONE_LINE_PARAGRAPH)
        rf"|(?<=[^\W_]\n)(?={_LONG_PARAGRAPH_LINE})"
        r"|(?<=[\u3002\uff01\uff1f])[\u201d\u2019\u300d\u300f\uff09)]*)"
    )


class _Sentences:
    """A paragraph's sentences, read only as far as its figures: they come in order."""

    def __init__(self, low: str, paragraph: Span, code: str) -> None:
        self._ends = _sentence_end(code).finditer(low, paragraph.start, paragraph.end)
        self._paragraph_end = paragraph.end
        self._start = paragraph.start
        self._end = self._next_end()

    def around(self, position: int) -> Span:
        """The sentence that holds `position`, at or after the one asked for before."""
        while self._end <= position:
            self._start, self._end = self._end, self._next_end()
        return Span(self._start, self._end)

    def _next_end(self) -> int:
        found = next(self._ends, None)
        return self._paragraph_end if found is None else found.end()


@cache
def _before_this_form(code: str) -> re.Pattern[str] | None:
    form = language(code).before_this
    return re.compile(form) if form else None


def _at_that_time(low: str, sentence: Span, phrase: Phrase, rules: Grammar) -> bool:
    """Whether "at the time" (Language.earlier_date) stands before the figure in its
    sentence, with a verb of a past state where the language knows them (not the "so" of
    "Allora, la rete conta 425 città"): undated (no date said before it), the figure is of
    some earlier time."""
    form = rules.earlier_date
    if form is None or form.search(low, sentence.start, phrase.start) is None:
        return False
    past = rules.past_states
    reach = min(sentence.end, phrase.end + _PAST_VERB_AFTER)
    return past is None or past.search(low, sentence.start, reach) is not None


_PAST_VERB_AFTER = 40  # characters after the figure where its verb may stand ("356 erano")


def _had_then_now(
    low: str, sentence: Span, phrases: Sequence[Phrase], index: int, rules: Grammar
) -> bool:
    """ "Portugal had 16 cities and now has 17", "Colombia tenía ocho ciudades y ahora
    tiene nueve": a count a verb of a past state gives, the next figure of its sentence
    said of now, is of some earlier time (not a stale claim)."""
    past = rules.past_states
    if past is None:
        return False
    phrase = phrases[index]
    end = sentence.end
    if index + 1 < len(phrases) and phrases[index + 1].start < end:
        after = phrases[index + 1]
        if after.unit is not phrase.unit and not {after.unit, phrase.unit} <= _OF_CITIES:
            return False  # "comptait 7 villes et en compte maintenant 8" (members)
        end = after.start
    else:  # "y ahora tiene nueve": a number alone, no figure of its own
        number = _number_form(rules.language.code).search(low, phrase.end, sentence.end)
        if number is None:
            return False
        end = number.start()
    verb = past.search(low, max(sentence.start, phrase.start - _PAST_VERB_BEFORE), phrase.start)
    if verb is None:
        return False
    # "e agora tem 17", "y ahora tiene nueve"; or a later state: "e passou a ter 17"
    return (
        rules.present.search(low, phrase.end, end) is not None
        or past.search(low, phrase.end, end) is not None
    )


@cache
def _number_form(code: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_])(?:{number_pattern(code)})(?![^\W_])")


_OF_CITIES = frozenset({Unit.CITY, Unit.MEMBER})
_PAST_VERB_BEFORE = 20  # characters before a count where its verb of a past state ends


def _opening(phrase: Phrase) -> int:
    """Where the words before a figure end: its start, or its end where the number
    trails its head (Phrase.trailing)."""
    return phrase.end if phrase.trailing else phrase.start


def _before_this(low: str, start: int, end: int, rules: Grammar) -> bool:
    """Whether "before this round" (Language.before_this) stands before the figure in
    its sentence, or after it in its clause ("Vietnam had five member cities before Hanoi
    joined")."""
    form = _before_this_form(rules.language.code)
    if form is None:
        return False
    if form.search(low, start, end) is not None:
        return True
    stop = _CLAUSE_END.search(low, end)
    return form.search(low, end, stop.start() if stop else len(low)) is not None


_CLAUSE_END = re.compile(r"[.;:!?\n\u3002\uff01\uff1f\uff1b]")
