"""Texts judged against the timeline as they are read: read, extract, judge, collect
the problems (the pipeline of `lcnet check PATH...`, of the library and of the scan)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

from lcnet.check.findings import Finding
from lcnet.check.reading import (
    DEFAULT_LIMITS,
    Limits,
    Meter,
    NotARegularFile,
    Unreadable,
    shown,
    text_documents,
)
from lcnet.check.texts import (
    TextDate,
    TextFigure,
    judge_mention,
    problem_findings,
    text_date,
    unreadable,
)
from lcnet.check.timeline import Timeline
from lcnet.dates import PartialDate
from lcnet.extract import Document, Gazetteer, LanguagePart, find_mentions, language_parts
from lcnet.extract.engine import lowered
from lcnet.extract.grammar import any_gnlc_anchor, names_an_anchor


class TextReport(NamedTuple):
    """One text: its date and where it came from, and what was found in it."""

    path: str
    date: PartialDate | None
    date_origin: str | None
    language: str | None  # as the file declares it
    figures: list[TextFigure]
    problems: list[Finding]
    # The text's runs of one language, in order: which were read, which not.
    parts: tuple[LanguagePart, ...] = ()
    figure_count: int = 0  # figures found (while streaming, `figures` is left empty)


class Skipped(NamedTuple):
    """What is no text (a FIFO, a device, a socket): not read, so that nothing blocks."""

    path: str
    kind: str  # "a FIFO", ...


TextEvent = TextFigure | Finding | TextReport | Skipped
"""What judging texts yields, in order: for each text, its problems and figures as they
are found, then its report (with the figures counted, not kept); for what is no text,
that it was skipped."""


def judged_texts(
    timeline: Timeline,
    files: Iterable[str],
    given: PartialDate | None,
    places: Gazetteer,
    limits: Limits = DEFAULT_LIMITS,
    meter: Meter | None = None,
) -> Iterator[TextEvent]:
    """The texts' events, one text after the other, judged at `given` (else the date each
    text states, else the timeline's today)."""
    for path in files:
        yield from _check_one(timeline, path, given, limits, places, meter)


def collected(events: Iterator[TextEvent]) -> Iterator[TextReport]:
    """Each text's report with its figures and problems kept (for --fix)."""
    figures: list[TextFigure] = []
    problems: list[Finding] = []
    for event in events:
        if isinstance(event, Skipped):
            continue
        if isinstance(event, TextFigure):
            figures.append(event)
        elif isinstance(event, Finding):
            problems.append(event)
        else:
            yield event._replace(figures=figures, problems=problems)
            figures, problems = [], []


def _check_one(
    timeline: Timeline,
    path: str,
    given: PartialDate | None,
    limits: Limits,
    places: Gazetteer,
    meter: Meter | None = None,
) -> Iterator[TextEvent]:
    """The text's problems and figures, then its report; nothing for what is no text (a
    FIFO, a device), but that it was skipped. A text that stops being readable keeps what
    was found before, and its report says where and why."""
    name = shown(path)
    text = _Text(name)
    try:
        documents = text_documents(path, limits, meter)
        yield from _judged(timeline, text, documents, given, places)
        return
    except Unreadable as error:
        problem = unreadable(name, error.message(), error.line)
    except NotARegularFile as error:
        yield Skipped(name, error.kind)
        return
    except OSError as error:
        problem = unreadable(name, f"cannot read the file: {error.strerror or error}")
    yield problem
    yield text.report()._replace(problems=[problem])


class _Text:
    """What is known of a text while it is read."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.when: TextDate | None = None
        self.language: str | None = None
        self.parts: list[LanguagePart] = []
        self.count = 0

    def report(self) -> TextReport:
        joined = tuple(_joined(self.parts))
        if self.when is None:  # an empty or unreadable file
            return TextReport(self.path, None, None, self.language, [], [], joined, self.count)
        return TextReport(
            self.path, self.when.value, self.when.origin, self.language, [], [], joined, self.count
        )


def judged_text(
    timeline: Timeline,
    path: str,
    documents: Iterable[Document],
    given: PartialDate | None,
    places: Gazetteer,
    language: str | None = None,
) -> Iterator[TextEvent]:
    """One text's events from its documents (a file's, or a string's: lcnet.check.reading),
    read in `language` when it is given, else in the languages the text is in."""
    yield from _judged(timeline, _Text(path), iter(documents), given, places, language)


def _judged(
    timeline: Timeline,
    text: _Text,
    documents: Iterator[Document],
    given: PartialDate | None,
    places: Gazetteer,
    language: str | None = None,
) -> Iterator[TextEvent]:
    path = text.path
    for document in documents:
        if text.when is None:  # the first chunk carries the file's date and language
            text.when = text_date(document, given, timeline.today)
            text.language = document.language
        yield from problem_findings(path, document.problems)
        found = language_parts(document, language)
        if may_hold_a_figure(document, found):
            written = text.when.value
            mentions = find_mentions(document, language, found, places, written)
            for mention in mentions:
                text.count += 1
                yield judge_mention(timeline, path, mention, text.when)
        text.parts.extend(found)
    yield text.report()


def may_hold_a_figure(document: Document, parts: Iterable[LanguagePart]) -> bool:
    """False when the document's text (with the context carried before it) holds no
    anchor of a name of the GNLC in any language it is read in (`parts`), and its head
    none in any language (the prefilter of `lcnet check DIR`, #14): no figure, list or
    rank of the network can then be found in it (lcnet.extract.grammar.names_an_anchor),
    and its extraction is skipped. Its date, its languages and its problems are read
    still: the report on it is the same."""
    codes = sorted({part.language for part in parts if part.read})
    if not codes:
        return False  # find_mentions reads no part
    text = document.lead_in + document.text if document.lead_in else document.text
    low = lowered(text)
    if any(names_an_anchor(low, code) for code in codes):
        return True
    # a head that names the GNLC makes the whole text about it, read in the language the
    # head is in, which may be another (lcnet.extract.find_mentions: the same gate)
    head = document.head
    return bool(head) and any_gnlc_anchor().search(lowered(head)) is not None


def _joined(parts: list[LanguagePart]) -> Iterator[LanguagePart]:
    """Parts of one language that follow each other across chunks, as one."""
    last: LanguagePart | None = None
    for part in parts:
        if last is not None and last.language == part.language:
            last = last._replace(end_line=part.end_line, end=part.end)
            continue
        if last is not None:
            yield last
        last = part
    if last is not None:
        yield last


__all__ = [
    "Skipped",
    "TextEvent",
    "TextReport",
    "collected",
    "judged_text",
    "judged_texts",
    "may_hold_a_figure",
]
