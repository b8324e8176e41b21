"""Find the statements of GNLC figures in prose: pure functions, no I/O.

    document = read_document(raw, kind_of(path))     # or read_stream(file, kind) for big files
    for mention in find_mentions(document):
        ...                                          # mention.line, .metric, .value, ...

A text may mix languages (a Portuguese page quoting the English release): each run of
paragraphs is read in its own language (lcnet.extract.langid), and `language_parts`
says which parts were read and which are in a language lcnet does not read.

A mention is a figure phrase ("more than 400 member cities") that a sentence states
about the UNESCO Global Network of Learning Cities, with its metric, value, qualifier,
the date it is explicitly about (if historic), and its position in the original file:
1-based lines and columns counted in characters (Unicode code points), the end column
exclusive (SARIF's convention). Positions stay right in Markdown and HTML, whose markup
is not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from heapq import merge
from typing import NamedTuple

from lcnet.dates import PartialDate
from lcnet.extract.document import KINDS, Document, kind_of, read_document, read_stream
from lcnet.extract.engine import Found, lowered, read_text, scan
from lcnet.extract.grammar import any_gnlc_anchor, grammar
from lcnet.extract.historic import DatedBlocks
from lcnet.extract.joining import dated_by_joining
from lcnet.extract.lang import CODES
from lcnet.extract.langid import UNDETERMINED, detect, language_runs, main_language
from lcnet.extract.lists import Gazetteer, Listed, Place, listed
from lcnet.extract.ranks import Ranked, ranked
from lcnet.extract.repeats import placed_repeats
from lcnet.extract.sentence import Span
from lcnet.extract.suppress import SYNTAX, DocumentProblem, Suppression
from lcnet.extract.tables import label_date
from lcnet.model import Metric, Qualifier


class Mention(NamedTuple):
    line: int  # where the figure statement starts in the original file (1-based)
    column: int
    end_line: int  # where it ends, exclusive: the column after its last character
    end_column: int
    text: str  # the phrase as it appears, runs of whitespace as one space
    metric: Metric
    value: int  # 356, 390_000_000; "71 other cities" joining counts 72
    qualifier: Qualifier
    as_of: PartialDate | None  # set for explicitly historic statements ("in 2020 ...")
    country: str | None  # ISO 3166-1 alpha-2, for a country's count ("Vietnam has six")
    language: str  # the language the text was read in: "en", "vi", ...
    review: bool  # the metric or the value rests on an inference: a curator should look
    region: str | None = None  # a lcnet.model.Region value: "13 new African cities"
    suppression: Suppression | None = None  # a valid inline suppression on its lines
    cities: tuple[str, ...] = ()  # a count given as a list: the cities named ("vn/hanoi")
    sentence: str = ""  # the sentence it is in, markup left out, whitespace as one space
    # the undated start of a change ("grew from 294 to 356"): a figure of some time
    # before the text's, which the check dates by the store
    earlier: bool = False
    # no word says its metric: read by default ("die neun Städte sind: ..." as an
    # intake's, "les sept villes existantes" as the country's members); the check gives
    # it no flagged verdict, only the right one or none (unverifiable)
    unsure: bool = False
    # earlier, and held up to the text's news ("before this round the network had 356",
    # "Portugal had 16 cities and now has 17"): dated by the check to the last day it
    # held, not to the day it began as the start of a change is
    until_news: bool = False


class LanguagePart(NamedTuple):
    """A run of a document's paragraphs in one language, and whether lcnet reads it."""

    language: str  # ISO 639-1: "pt", "ko"
    read: bool  # lcnet reads the language (lcnet.extract.lang.CODES)
    line: int  # its first and last lines in the original file, 1-based
    end_line: int
    start: int  # its offsets in document.text
    end: int


def find_mentions(
    document: Document,
    language: str | None = None,
    parts: Sequence[LanguagePart] | None = None,
    places: Gazetteer | None = None,
    written: PartialDate | None = None,
) -> Iterator[Mention]:
    """Every GNLC figure stated in the document, in order.

    The whole text is read in `language` when one is given (a ValueError for one lcnet
    does not read); else each part in its own language, the parts as language_parts
    finds them (pass them in when they are already known). With `places` (the member
    cities, from the fact store), a list of a country's members ("its learning cities
    are A, B and C") is a count too.
    """
    if parts is None:
        parts = language_parts(document, language)
    lead = len(document.lead_in)
    text = document.lead_in + document.text if lead else document.text
    spans: dict[str, list[Span]] = {}
    for part in parts:
        if part.read:
            spans.setdefault(part.language, []).append(Span(part.start + lead, part.end + lead))
    topic = _about_the_gnlc(document, spans)
    home = home_joined(document.head, places) if places is not None else None
    home_city = home_place(document.head, places) if places is not None else None
    low = lowered(text)  # once for every language's reading
    scans = [
        _scanned(
            text,
            low,
            code,
            lead,
            within,
            len(spans),
            topic,
            places,
            written or document.date,
            document.kind,
            document.head,
            home,
            home_city,
        )
        for code, within in spans.items()
    ]
    locate = _Locator(document, lead)
    for code, found in merge(*scans, key=lambda pair: pair[1].start):
        yield _mention(found, text, locate, code, document)


_RESTATED_WITHIN = 200  # characters around a list where a count of its country restates it


def _restates(found: Found, item: Listed) -> bool:
    """Whether a figure overlaps a list, or counts its country's members close by ("Viet
    Nam, whose two members are Sa Dec and Vinh": the list restates the two)."""
    if found.start < item.end and item.start < found.end:
        return True
    near = item.start - _RESTATED_WITHIN <= found.start <= item.end + _RESTATED_WITHIN
    return near and found.country == item.country


def _with_lists(found: list[Found], lists: Iterator[Listed], lead: int) -> list[Found]:
    """The figures and the lists that overlap none of them and count no country that a
    figure just by them counts, in order: in "Cividale e Brescia portano a otto le città
    italiane", the list names the newcomers; the count is the eight."""
    items = [item for item in lists if item.start >= lead]
    ones = {id(i) for i in items if any(_names_the_one(i, f) for f in found)}
    named = [f for f in found if not any(_names_the_one(item, f) for item in items)]
    extra = [
        Found(item.start, item.end, item.metric, item.value, item.qualifier, item.as_of,
              item.country, None, True, item.cities)
        for item in items
        if id(item) in ones or not any(_restates(f, item) for f in named)
    ]  # fmt: skip
    return sorted(named + extra) if extra else named


_ONE_REACH = 80  # characters between a city and the "only" member it is said to be


def _names_the_one(item: Listed, found: Found) -> bool:
    """ "Torino è l'unica città italiana della rete", "Lausanne en reste la seule ville
    suisse": the one city named just before a count of one of its country is that count,
    said with its name (the list, which the store can check city by city)."""
    return (
        found.value == 1
        and item.value == 1
        and found.country is not None
        and found.country == item.country
        and item.start < found.start <= item.end + _ONE_REACH
    )


def _with_ranks(found: list[Found], ranks: Iterator[Ranked], lead: int) -> list[Found]:
    """The figures and the ranks of member cities that none of them reads already; a
    figure that reads a rank of no date takes the date the rank reader gave it ("Reggio
    Calabria fu la sesta": the day Reggio joined)."""
    found, extra = list(found), []
    for r in ranks:
        if r.start < lead:
            continue
        over = [i for i, f in enumerate(found) if f.start < r.end and r.start < f.end]
        if not over:
            added = Found(r.start, r.end, r.metric, r.value, r.qualifier, r.as_of, r.country,
                            None, True)  # fmt: skip
            extra.append(added)
        elif r.as_of is not None and len(over) == 1:
            f = found[over[0]]
            if f.as_of is None and f.value == r.value and f.country == r.country:
                found[over[0]] = f._replace(as_of=r.as_of, earlier=False)
    return sorted(found + extra) if extra else found


def language_parts(document: Document, language: str | None = None) -> list[LanguagePart]:
    """The document's runs of paragraphs, each in one language, in order.

    `language`, when given, is the language of the whole text. Else the document's
    language is the one it declares (<html lang>, front matter) unless its words clearly
    say another, and a paragraph in another language starts a part of its own.
    """
    text = document.text
    if language is not None:
        if language not in CODES:
            raise ValueError(f'lcnet does not read "{language}"; it reads {", ".join(CODES)}')
        runs = [(0, len(text), language)]
    else:
        main = main_language(text, document.language)
        runs = [(r.start, r.end, r.language) for r in language_runs(text, main)]
    locate = _Locator(document, 0)
    parts = []
    for start, end, code in runs:
        first, last = _words_within(text, start, end)  # its lines: of its words only
        line, end_line = locate.start(first)[0], locate.end(last)[0]
        parts.append(LanguagePart(code, code in CODES, line, end_line, start, end))
    return parts


_NOT_SPACE = re.compile(r"\S")


def _words_within(text: str, start: int, end: int) -> tuple[int, int]:
    """Where text[start:end] starts and ends without its blank edges (without copying
    a part that may be a megabyte long)."""
    found = _NOT_SPACE.search(text, start, end)
    if found is None:
        return start, start
    last = end
    while last > found.start() and text[last - 1].isspace():
        last -= 1
    return found.start(), last


def about_the_gnlc(head: str, code: str) -> bool:
    """Whether a text's title or first lines name the GNLC (and no other network
    first): the whole text is then about the network."""
    rules, low = grammar(code), lowered(head)
    if not any(finder.search(low) for finder in rules.gnlc_finders):
        return False  # no name of the GNLC without its anchor (as fast as str.find)
    first = next(rules.network_names.finditer(low), None)
    return first is not None and first.lastgroup == "gnlc"


def _about_the_gnlc(document: Document, spans: dict[str, list[Span]]) -> bool:
    """Whether the title or first lines name the GNLC, read in the language they are in
    or in any language of the text: a Portuguese title makes its English quote about
    the network too."""
    head = document.head
    if not head or not _may_name_the_gnlc(head):
        return False  # the head's language need not be detected (that costs the most)
    if any(about_the_gnlc(head, code) for code in spans):  # the text's languages first:
        return True  # detecting the head's language costs more than reading it in them
    code = detect(head, document.language)
    return code in CODES and code not in spans and about_the_gnlc(head, code)


_heads_seen = 0
_HEADS_BEFORE_A_FILTER = 16  # it loads every language: worth it from a few texts on


def _may_name_the_gnlc(head: str) -> bool:
    """False only when no language's name of the GNLC can be in the head."""
    global _heads_seen
    if _heads_seen < _HEADS_BEFORE_A_FILTER:
        _heads_seen += 1
        return True
    return any_gnlc_anchor().search(lowered(head)) is not None


def detect_language(text: str) -> str:
    """The language `text` is in (ISO 639-1), if lcnet reads it; else "en"."""
    found = detect(text[:20_000])
    return found if found in CODES else "en"


def _scanned(
    text: str,
    low: str,
    code: str,
    lead: int,
    within: list[Span],
    languages: int,
    topic: bool,
    places: Gazetteer | None,
    written: PartialDate | None,
    kind: str,
    head: str,
    home: PartialDate | None = None,
    home_city: Place | None = None,
) -> Iterator[tuple[str, Found]]:
    """A language's figures (and counts given as lists), each with its language; all of
    the text if it is the only one (as fast as a text in one language can be)."""
    whole = languages == 1 and within[0].start == lead and within[-1].end == len(text)
    within_ = None if whole else within
    # "> 230" opens a quote in plain text; Markdown's quote marks are blanked when it is
    # read, so a ">" still there was written "\\>" or "&gt;": a symbol, as in HTML
    quoted = kind == "text"
    read = read_text(text, grammar(code), low)  # the figures', the lists' and the ranks'
    found = list(
        scan(
            text,
            code,
            lead,
            within_,
            topic=topic,
            written=written,
            quoted_lines=quoted,
            home=home,
            read=read,
        )
    )
    if places is not None:
        lists = listed(text, code, places, topic=topic, written=written, read=read)
        if not whole:
            lists = (item for item in lists if _inside(item.start, within))
        found = _with_lists(found, lists, lead)
        ranks = ranked(text, code, places, topic=topic, read=read, home=home_city)
        ranks = _entries_dated(low, code, written, ranks)  # "Reggio è la sesta"
        found = _with_ranks(found, (r for r in ranks if whole or _inside(r.start, within)), lead)
        found = dated_by_joining(found, text, code, places, head)
    found = _labels_dated(found, low, code)
    found = placed_repeats(found)
    for each in found:
        yield code, each


_LABEL_REACH = 80  # characters of a key figure's label before its colon


def _labels_dated(found: list[Found], low: str, code: str) -> list[Found]:
    """The figures of no date after a label that dates them on their line ("Città
    aderenti, agosto 2016: 115", "Stand Mai 2017 laut Ministerium: 188 Städte"), unless
    their clause says now (lcnet.extract.tables.label_date)."""
    if ":" not in low or all(f.as_of is not None or f.earlier for f in found):
        return found  # the common case
    present = grammar(code).present
    out = []
    for each in found:
        if each.as_of is None and not each.earlier:
            line = low.rfind("\n", 0, each.start) + 1
            colon = low.rfind(":", line, each.start)
            if colon >= 0 and colon - line <= _LABEL_REACH:
                date = label_date(low[line:colon], code)
                if date is not None and present.search(low, colon, each.end) is None:
                    each = each._replace(as_of=date)
        out.append(each)
    return out


def _entries_dated(
    low: str, code: str, written: PartialDate | None, ranks: Iterator[Ranked]
) -> Iterator[Ranked]:
    """The ranks, those of no date in a dated entry of an archive or a reposted story
    dated so, as the scan dates its figures ("05.09.2022 · Braga entra" / "Braga é a
    décima quinta portuguesa"): looked for once, at the first rank of no date."""
    blocks: DatedBlocks | None = None
    for rank in ranks:
        if rank.as_of is None and written is not None:
            if blocks is None:
                blocks = DatedBlocks(low, grammar(code), written)
            rank = rank._replace(as_of=blocks.date_at(rank.start))
        yield rank


_NAME_WORD = re.compile(r"\w[\w'\u2019-]*")
_NAME_WORDS = 4  # "Concepción del Uruguay", "Cividale del Friuli"


def home_joined(head: str, places: Gazetteer) -> PartialDate | None:
    """When the member city a text's title names joined: the city whose page it is
    ("Ville apprenante : où en est Nanterre ?"). The title is the head's first line (its
    first line of text if it has no title); the lead after it names other cities too.
    None when no city with a known date is named there, or cities that joined at
    different times are."""
    found = {place.joined for place in _titled_places(head, places) if place.joined}
    return found.pop() if len(found) == 1 else None


def home_place(head: str, places: Gazetteer) -> Place | None:
    """The member city a text's title names, when it names one only ("Chía entra a la red
    mundial de la UNESCO"): the city "el municipio" stands for in its text."""
    found = {place.key: place for place in _titled_places(head, places)}
    return next(iter(found.values())) if len(found) == 1 else None


def _titled_places(head: str, places: Gazetteer) -> Iterator[Place]:
    line = head.lstrip()
    words = list(_NAME_WORD.finditer(line, 0, max(0, line.find("\n")) or len(line)))
    for index, first in enumerate(words):
        if first.group()[0].islower():  # a name starts with a capital (or no case: 河内)
            continue
        for count in range(1, _NAME_WORDS + 1):
            if index + count > len(words):
                break
            name = " ".join(w.group().lower() for w in words[index : index + count])
            place = places.places.get(name)
            if place is not None:
                yield place


def _inside(position: int, spans: list[Span]) -> bool:
    return any(span.start <= position < span.end for span in spans)


def _mention(found: Found, text: str, locate: _Locator, code: str, document: Document) -> Mention:
    (
        start,
        end,
        metric,
        value,
        qualifier,
        as_of,
        country,
        region,
        review,
        cities,
        earlier,
        unsure,
        until_news,
    ) = found
    line, column = locate.start(start)
    end_line, end_column = locate.end(end)
    suppressed = document.suppressed
    suppression = None
    if suppressed:
        suppression = next(
            (suppressed[n] for n in range(line, end_line + 1) if n in suppressed), None
        )
    words = " ".join(text[start:end].split())
    return Mention(  # positional: several times faster than by keyword
        line, column, end_line, end_column, words, metric, value, qualifier, as_of, country,
        code, review, region, suppression, cities, _sentence_around(text, start, end),
        earlier, unsure, until_news,
    )  # fmt: skip


# CJK full stops end one too. One class of the first characters leads (the alternatives
# after it by a lookbehind): re then skips to those characters in C (#14).
_SENTENCE_END = re.compile(
    r"[.!?\u3002\uff01\uff1f\n](?:(?<=[.!?])\s|(?<=[\u3002\uff01\uff1f])|(?<=\n)\s*\n)"
)
_SENTENCE_REACH = 400  # characters either side: a sentence, not a page


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end], as one line (its whitespace as one space)."""
    after = _SENTENCE_END.search(text, end, end + _SENTENCE_REACH)
    stop = after.start() + 1 if after else min(len(text), end + _SENTENCE_REACH)
    return " ".join(text[_sentence_start(text, start) : stop].split())


_SENTENCE_NEAR = 160  # characters before a figure read first for the end of a sentence


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding `start` begins: after the last sentence end in the
    _SENTENCE_REACH characters before it (or there, if none).

    Most figures are close to the start of their sentence, so the _SENTENCE_NEAR
    characters before `start` are read first. Reading from there finds the same ends as
    reading from further back once both agree on one end: the first end found nearer is
    one of them when it does not start with white space (only a white space can lie
    inside an end that starts before it), and every end after the first is one of them.
    """
    low = max(0, start - _SENTENCE_REACH)
    near = max(low, start - _SENTENCE_NEAR)
    found = list(_SENTENCE_END.finditer(text, near, start))
    if found and (near == low or len(found) > 1 or not text[found[0].start()].isspace()):
        return found[-1].end()
    if near == low:
        return low
    ends = [each.end() for each in _SENTENCE_END.finditer(text, low, start)]
    return ends[-1] if ends else low


class _Locator:
    """Offsets in the scanned text to positions in the original file.

    Mentions come in order, so the line count runs forward from the last one.
    """

    def __init__(self, document: Document, lead: int) -> None:
        self._map = document.source_map
        text = document.text if document.layout is None else document.layout
        self._text = document.lead_in + text if lead else text
        self._lead = lead
        self._first_line = document.first_line
        self._offset = lead
        self._line = document.first_line

    def start(self, offset: int) -> tuple[int, int]:
        if self._map is not None:
            line, column = self._map.start(offset - self._lead)
            return line + self._first_line - 1, column  # a streamed chunk's map: its lines
        return self._position(offset)

    def end(self, offset: int) -> tuple[int, int]:
        if self._map is not None:
            line, column = self._map.end(offset - self._lead)
            return line + self._first_line - 1, column
        return self._position(offset)

    def _position(self, offset: int) -> tuple[int, int]:
        if offset < self._offset:  # an end, then the next start before it: count back
            self._line -= self._text.count("\n", offset, self._offset)
        else:
            self._line += self._text.count("\n", self._offset, offset)
        self._offset = offset
        line_start = max(self._lead, self._text.rfind("\n", 0, offset) + 1)
        return self._line, offset - line_start + 1


__all__ = [
    "KINDS",
    "SYNTAX",
    "UNDETERMINED",
    "Document",
    "DocumentProblem",
    "Gazetteer",
    "LanguagePart",
    "Mention",
    "Place",
    "Suppression",
    "about_the_gnlc",
    "detect",
    "detect_language",
    "find_mentions",
    "home_joined",
    "kind_of",
    "language_parts",
    "read_document",
    "read_stream",
]
