"""Find the statements of GNLC figures in prose: pure functions, no I/O.

    document = read_document(raw, kind_of(path))     # or read_stream(file, kind) for big files
    for mention in find_mentions(document):
        ...                                          # mention.line, .metric, .value, ...

A mention is a figure phrase ("more than 400 member cities") that a sentence states
about the UNESCO Global Network of Learning Cities, with its metric, value, qualifier,
the date it is explicitly about (if historic), and its position in the original file:
1-based lines and columns counted in characters (Unicode code points), the end column
exclusive (SARIF's convention). Positions stay right in Markdown and HTML, whose markup
is not reported.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

from lcnet.dates import PartialDate
from lcnet.extract.document import KINDS, Document, kind_of, read_document, read_stream
from lcnet.extract.engine import Found, lowered, scan
from lcnet.extract.grammar import grammar
from lcnet.extract.lang import CODES, language
from lcnet.extract.lists import Gazetteer, Listed, Place, listed
from lcnet.extract.suppress import SYNTAX, DocumentProblem, Suppression
from lcnet.model import Metric, Qualifier

_SAMPLE = 20_000  # characters read to tell a text's language


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


def find_mentions(
    document: Document, language: str | None = None, places: Gazetteer | None = None
) -> Iterator[Mention]:
    """Every GNLC figure stated in the document, in order.

    The language is `language`, else the one the document declares (when supported),
    else the one its words suggest. A ValueError for a `language` lcnet does not read.
    With `places` (the member cities, from the fact store), a list of a country's
    members ("its learning cities are A, B and C") is a count too.
    """
    code = _language_of(document, language)
    lead = len(document.lead_in)
    text = document.lead_in + document.text if lead else document.text
    locate = _Locator(document, lead)
    topic = about_the_gnlc(document.head, code)
    found = list(scan(text, code, start=lead, topic=topic))
    if places is not None:
        found = _with_lists(found, listed(text, code, places, topic=topic), lead)
    for each in found:
        yield _mention(each, text, locate, code, document)


_RESTATED_WITHIN = 200  # characters around a list where a count of its country restates it


def _restates(found: Found, item: Listed) -> bool:
    """Whether a figure overlaps a list, or counts its country's members close by ("Viet
    Nam, whose two members are Sa Dec and Vinh": the list restates the two)."""
    if found.start < item.end and item.start < found.end:
        return True
    near = item.start - _RESTATED_WITHIN <= found.start <= item.end + _RESTATED_WITHIN
    return near and found.country == item.country


def _with_lists(found: list[Found], lists: Iterator[Listed], lead: int) -> list[Found]:
    """The figures and the lists that overlap none of them, in order."""
    extra = [
        Found(item.start, item.end, item.metric, item.value, item.qualifier, item.as_of,
              item.country, None, True, item.cities)
        for item in lists
        if item.start >= lead and not any(_restates(f, item) for f in found)
    ]  # fmt: skip
    return sorted(found + extra) if extra else found


def about_the_gnlc(head: str, code: str) -> bool:
    """Whether a text's title or first lines name the GNLC (and no other network
    first): the whole text is then about the network."""
    first = next(grammar(code).network_names.finditer(lowered(head)), None)
    return first is not None and first.lastgroup == "gnlc"


def detect_language(text: str) -> str:
    """The supported language whose frequent words are most frequent in `text`."""
    words = Counter(text[:_SAMPLE].lower().split())
    scores = {c: sum(words[w] for w in language(c).stopwords) for c in CODES}
    best = max(CODES, key=lambda c: scores[c])
    return best if scores[best] else "en"


def _language_of(document: Document, requested: str | None) -> str:
    if requested is not None:
        if requested not in CODES:
            raise ValueError(f'lcnet does not read "{requested}"; it reads {", ".join(CODES)}')
        return requested
    if document.language in CODES:
        return document.language
    return detect_language(f"{document.head}\n{document.text}")


def _mention(found: Found, text: str, locate: _Locator, code: str, document: Document) -> Mention:
    start, end, metric, value, qualifier, as_of, country, region, review, cities = found
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
        code, review, region, suppression, cities,
    )  # fmt: skip


class _Locator:
    """Offsets in the scanned text to positions in the original file.

    Mentions come in order, so the line count runs forward from the last one.
    """

    def __init__(self, document: Document, lead: int) -> None:
        self._map = document.source_map
        self._text = document.lead_in + document.text if lead else document.text
        self._lead = lead
        self._first_line = document.first_line
        self._offset = lead
        self._line = document.first_line

    def start(self, offset: int) -> tuple[int, int]:
        if self._map is not None:
            return self._map.start(offset - self._lead)
        return self._position(offset)

    def end(self, offset: int) -> tuple[int, int]:
        if self._map is not None:
            return self._map.end(offset - self._lead)
        return self._position(offset)

    def _position(self, offset: int) -> tuple[int, int]:
        if offset < self._offset:
            self._offset, self._line = self._lead, self._first_line
        self._line += self._text.count("\n", self._offset, offset)
        self._offset = offset
        line_start = max(self._lead, self._text.rfind("\n", 0, offset) + 1)
        return self._line, offset - line_start + 1


__all__ = [
    "KINDS",
    "SYNTAX",
    "Document",
    "DocumentProblem",
    "Gazetteer",
    "Mention",
    "Place",
    "Suppression",
    "about_the_gnlc",
    "detect_language",
    "find_mentions",
    "kind_of",
    "read_document",
    "read_stream",
]
