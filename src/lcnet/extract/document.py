"""Documents: a file's prose, its date, its language and its suppressions.

`read_document` reads one whole file; `read_stream` reads a big plain-text or Markdown
file as a series of documents of about a megabyte each, cut at blank lines, each knowing
the line it starts at and carrying the end of the one before as context, so that memory
stays flat however big the file is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from pathlib import PurePath
from typing import TYPE_CHECKING, NamedTuple

from lcnet.dates import DateError, PartialDate, parse_date_argument
from lcnet.extract.datelines import dateline, edited
from lcnet.extract.flow import DOUBLE_SPACE, flowed
from lcnet.extract.markdown import (
    DATE_KEYS,
    LANGUAGE_KEYS,
    TITLE_KEYS,
    UPDATE_KEYS,
    blank_footnote_marks,
    blank_markers,
    read_markdown,
)
from lcnet.extract.suppress import DocumentProblem, Marker, Suppression, by_line, read_markers

if TYPE_CHECKING:
    from lcnet.extract.html import SourceMap

KINDS = ("text", "markdown", "html")
_SUFFIXES = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
CHUNK = 1 << 20  # characters per streamed document
LEAD_IN = 5000  # characters of the previous chunk kept as context ("the network")
_BATCH = 4096  # lines joined at a time when reading a stream
_BLOCK = 1 << 18  # characters read at a time from a file
HEAD = 600  # characters of a text's start that may say what it is about
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_FENCE_LINE = re.compile(r"^ {0,3}(?:```|~~~)", re.MULTILINE)
_DATE_PREFIX = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?\s*")


class Document(NamedTuple):
    text: str  # the prose: for HTML the text content; for Markdown the source, blanked
    kind: str  # "text", "markdown" or "html"
    date: PartialDate | None  # publication date found in the file, with its precision
    date_origin: str | None  # "front matter date", "meta article:published_time", ...
    language: str | None  # as the file declares it (<html lang>, front matter), or None
    suppressed: Mapping[int, Suppression]  # line -> the suppression covering it
    suppressions: tuple[Suppression, ...]
    problems: tuple[DocumentProblem, ...]  # markers without a reason, unreadable dates
    first_line: int = 1  # the original line where `text` starts (streamed chunks)
    source_map: SourceMap | None = None  # None: offsets in `text` are the original's
    lead_in: str = ""  # the prose just before `text`, read as context only
    # Where reading moved a line break (a word broken at a line's end, _rejoined): the
    # text as laid out in the file, offsets the same, to give positions by its lines.
    layout: str | None = None
    # What says what the whole text is about: its title (front matter `title`, HTML
    # <title>, og:title) and its first lines. The same in every chunk of a stream.
    head: str = ""


def kind_of(path: str | PurePath) -> str:
    """ "markdown" for .md, "html" for .html and .htm, "text" for anything else."""
    if isinstance(path, PurePath) or path.endswith("/"):
        return _SUFFIXES.get(PurePath(path).suffix.lower(), "text")
    name = path[path.rfind("/") + 1 :]  # PurePath(path).suffix without making a path
    dot = name.rfind(".")
    return _SUFFIXES.get(name[dot:].lower() if 0 < dot < len(name) - 1 else "", "text")


def read_document(raw: str, kind: str) -> Document:
    """A whole file's text (newlines as "\\n", as Python's text mode reads them)."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}: expected one of {', '.join(KINDS)}")
    if kind == "html":
        return _html(raw)
    if kind == "markdown":
        return _markdown(raw, at_start=True)
    return _text(raw)


def read_stream(lines: Iterable[str], kind: str, chunk: int = CHUNK) -> Iterator[Document]:
    """Documents of about `chunk` characters from a file's lines (a file object will do).

    HTML is read whole: a page's markup does not split at blank lines.
    """
    if kind == "html":
        yield read_document("".join(lines), kind)
        return
    head: Document | None = None
    line = 1
    lead_in = ""
    carried: dict[int, Suppression] = {}  # a marker at a chunk's end covers the next line
    for part in _parts(lines, chunk, fenced=kind == "markdown"):
        if kind == "markdown":
            document = _markdown(part, at_start=head is None, first_line=line)
        else:
            document = _text(part, first_line=line)
        head = head or document
        yield document._replace(
            date=head.date,
            date_origin=head.date_origin,
            language=head.language,
            head=head.head,
            lead_in=lead_in,
            suppressed={**carried, **document.suppressed},
        )
        lead_in = (lead_in + document.text)[-LEAD_IN:]
        line += part.count("\n")
        carried = {n: s for n, s in document.suppressed.items() if n >= line}


def _parts(lines: Iterable[str], chunk: int, *, fenced: bool) -> Iterator[str]:
    """Runs of whole lines, cut after a blank line (outside a code fence) once long enough.

    A file is read in blocks, other lines are joined in batches (in C), and the cut is
    found with a pattern: a loop over each line in Python would cost more than reading
    the text for figures. Where the blocks end does not matter: a cut is made only at a
    blank line wholly read, so the parts are the same however the text arrives.
    """
    read = getattr(lines, "read", None)
    if callable(read):  # a file: blocks, without a string per line
        batches: Iterator[str] = iter(lambda: str(read(_BLOCK)), "")
    else:
        iterator = iter(lines)
        batches = iter(lambda: "".join(islice(iterator, _BATCH)), "")
    pending = ""
    in_fence = False
    for batch in batches:
        pending += batch
        while len(pending) >= chunk:
            cut, in_fence = _cut(pending, chunk, in_fence, fenced=fenced)
            if cut is None:
                break
            yield pending[:cut]
            pending = pending[cut:]
    if pending:
        yield pending


def _cut(text: str, chunk: int, in_fence: bool, *, fenced: bool) -> tuple[int | None, bool]:
    """Where to cut `text` (after a blank line at `chunk` or beyond), and the fence state
    there; (None, in_fence) to read more first. A text with no blank line for four chunks
    is cut at a line end."""
    for gap in _PARAGRAPH_BREAK.finditer(text, chunk):
        inside = in_fence ^ (fenced and len(_FENCE_LINE.findall(text, 0, gap.start())) % 2 == 1)
        if not inside:
            return gap.end(), False
    if len(text) < 4 * chunk:
        return None, in_fence
    cut = text.rfind("\n", 0, 4 * chunk) + 1 or 4 * chunk
    flips = fenced and len(_FENCE_LINE.findall(text, 0, cut)) % 2 == 1
    return cut, in_fence ^ flips


def _text(raw: str, first_line: int = 1) -> Document:
    text, markers = blank_markers(raw)
    text = plain_spaces(text)
    text = blank_footnote_marks(text)
    rejoined = _lines_as_paragraphs(_rejoined_cjk(_rejoined(text)))
    # a plain text says its date on a line of its own, a wiki's in its edit footer
    spaced = _one_space(text)
    dated = dateline(spaced, first_line) or edited(spaced, first_line)
    document = _assemble(rejoined, "text", raw, markers, dated, None, first_line=first_line)
    document = document if rejoined is text else document._replace(layout=text)
    return _flowed(document)


# Spaces of other widths that typesetters put between words ("août\u00a02016", "425\u202f
# villes", "plus de\u00a0400"): each is read as a space, in place, so that every pattern
# written with a space reads them; between digit groups ("1\u00a0000", "1\u2009000")
# a no-break space the number patterns know (U+00A0, U+202F) stays, a thin one becomes
# U+202F. (U+3000, the ideographic space, is a column gap of CJK tables: kept.)
_OTHER_SPACES = re.compile("[\u00a0\u2002-\u200a\u202f\u205f]")
_DIGIT_GROUP = re.compile(r"\d{3}(?!\d)")


def plain_spaces(text: str) -> str:
    """The text with its spaces of other widths read as spaces, every offset kept."""
    if text.isascii() or _OTHER_SPACES.search(text) is None:
        return text  # the common case
    return _OTHER_SPACES.sub(lambda m: _space_for(text, m.start()), text)


def _space_for(text: str, at: int) -> str:
    if at and text[at - 1].isdigit() and _DIGIT_GROUP.match(text, at + 1):
        return text[at] if text[at] in "\u00a0\u202f" else "\u202f"
    return " "


# re finds two spaces faster than str.find, which stops at every space (0.8 ms per MB of
# English against 1.3, 2026-12)
_TWO_SPACES = re.compile("  ")


def _one_space(text: str) -> str:
    """The text with each double space between words one, its lines kept (to read a
    dateline: "Date:  2024.  2.  16.")."""
    return DOUBLE_SPACE.sub("", text) if _TWO_SPACES.search(text) else text


def _flowed(
    document: Document, markup: Sequence[tuple[int, int]] = (), title: str = ""
) -> Document:
    """The document as its prose flows (lcnet.extract.flow): a paragraph's soft line
    breaks read as spaces, markup left out, a double space between words read as one;
    with a source map to the lines and columns of the text as laid out."""
    text = document.text
    if "\n" not in text and _TWO_SPACES.search(text) is None and not markup:
        return document  # the common case
    flowing, runs = flowed(text, document.kind, markup)
    if len(runs) == 1:
        return document  # nothing moved
    from lcnet.extract.html import SourceMap  # only for texts that need one

    ends = [new for new, _ in runs[1:]] + [len(flowing)]
    segments = [
        (new, old, old + end - new, True) for (new, old), end in zip(runs, ends, strict=True)
    ]
    laid_out = text if document.layout is None else document.layout
    source_map = SourceMap(laid_out, segments)
    # the head as it reads: markup blanked in a page's first lines is no part of it
    head = _head(title, flowing)
    return document._replace(text=flowing, source_map=source_map, layout=None, head=head)


_LONG_LINE = 100  # characters: longer than any width a text is wrapped at
# The line break leads (the full stop before it a lookbehind): re skips to line breaks in
# C, where a pattern led by [.!?] is tried at every full stop (2-3 ms a megabyte, #14).
_LINE_END_OF_SENTENCE = re.compile(r"\n(?<=[.!?]\n)(?=[ \t]*\S)")


def _lines_as_paragraphs(text: str) -> str:
    """The text with each long line that ends a sentence read as a paragraph of its own,
    every offset and line kept: a page saved as text often puts each paragraph on one
    line, with no blank line between ("...membro da Associação das Cidades Educadoras.
    \n«Com as novas admissões, a rede inclui agora 356 cidades...»"). The full stop
    gives way to a second line break, so that another network named in one paragraph
    does not hold the next. A wrapped text's lines are shorter: it is left as it is."""
    parts: list[str] = []
    done = 0
    for end in _LINE_END_OF_SENTENCE.finditer(text):
        at = end.start() - 1  # the full stop
        if at - text.rfind("\n", 0, at) <= _LONG_LINE:
            continue
        parts += [text[done:at], "\n"]
        done = at + 1
    return "".join(parts) + text[done:] if parts else text


def _rejoined(text: str) -> str:
    """The text with its words broken at a line's end whole, every offset and line kept:
    "ré-\nseau compte" is read as "réseau  \ncompte" (the hyphen and the line break move
    after the word). Only lower-case halves are joined: "Asia-\nPacific" stays."""
    broken = _BROKEN.search(text)
    if broken is None:
        return text  # the common case
    parts: list[str] = []
    done = 0
    while broken is not None:
        at = broken.start()
        rest = _WORD.match(text, at + 2)
        if at > done and text[at - 1].islower() and rest is not None and rest.group()[0].islower():
            # the space after the word goes before the line break: the next line is not
            # indented by it (lcnet.extract.flow joins the two)
            # (and where the word ends its own line, that line break stays the only one)
            after = text[rest.end() : rest.end() + 1]
            tail = {"\n": "  ", " ": "  \n"}.get(after, " \n")
            parts += [text[done:at], rest.group(), tail]
            done = rest.end() + (after == " ")
        broken = _BROKEN.search(text, max(at + 2, done))
    return "".join(parts) + text[done:] if parts else text


_WORD = re.compile(r"[^\W\d_]+")
# re finds the literal three times faster than str.find (0.3 ms per MB of English against
# 0.9, 2026-12), which stops at every hyphen of "e-readers" and "2020-2021"
_BROKEN = re.compile("-\n")

# Han and kana letters, not the numerals among them: where a hard-wrapped Chinese or
# Japanese line breaks inside a word ("會\n員城市", "3億1千万人を\n超える")
_NUMERALS = "一二三四五六七八九十百千万萬亿億两兩〇零"
# (not the katakana middle dot "・": a list's bullet, "概要\n・平成28年")
_CJK_LETTER = (
    rf"[\u3041-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff](?<![{_NUMERALS}])"
)
_CJK_BREAK = re.compile(rf"\n(?={_CJK_LETTER})(?<={_CJK_LETTER}\n)")  # "\n" first: fast
_CJK_RUN = re.compile(rf"(?:{_CJK_LETTER})+")
# An era's name before its year opens a line whole: "研修資料\n令和3年3月5日" is a title over
# its date, not a word the line's end broke (moved up, "令和" left its year behind)
_ERA_YEAR = re.compile(r"(?:令和|平成|昭和)(?:[0-9\uff10-\uff19]|元)")


def _rejoined_cjk(text: str) -> str:
    """The text with its Chinese and Japanese words broken at a line's end whole, every
    offset kept: "會\n員城市。" is read as "會員城市\n。" (the line break moves after
    the run of letters that follows it; numerals stay where they are written, so that a
    figure keeps its line)."""
    if text.isascii():
        return text  # no time at all: the common case
    text = _rejoined_cjk_digits(text)
    found = _CJK_BREAK.search(text)
    if found is None:
        return text  # the common case
    parts: list[str] = []
    done = 0
    while found is not None:
        run = _CJK_RUN.match(text, found.end())
        assert run is not None  # the break's lookahead saw its first letter
        if _ERA_YEAR.match(text, found.end()) is None:
            parts += [text[done : found.start()], run.group(), "\n"]
            done = run.end()
        found = _CJK_BREAK.search(text, run.end())
    return "".join(parts) + text[done:] if parts else text


_DIGITS = "0-9\uff10-\uff19"  # and the full-width ones
_DIGIT_BREAK = re.compile(rf"\n(?=[{_DIGITS}])(?<=[{_DIGITS}]\n)")  # "\n" first: fast
_DIGIT_RUN = re.compile(rf"[{_DIGITS}]+(?:{_CJK_LETTER})*")
_BEFORE_DIGITS = re.compile(rf"(?:{_CJK_LETTER})[{_DIGITS}]+$")


def _rejoined_cjk_digits(text: str) -> str:
    """A number a hard-wrapped Chinese or Japanese line breaks ("今年9月に4\n4か国から",
    in full-width digits too) whole, every offset kept: the line break moves after the
    digits and the letters that follow it ("44か国から\n"), so the figure starts on the
    line where it is written.
    Only inside prose: a letter stands before the digits that end the line."""
    found = _DIGIT_BREAK.search(text)
    if found is None:
        return text  # the common case
    parts: list[str] = []
    done = 0
    while found is not None:
        at = found.start()
        run = _DIGIT_RUN.match(text, at + 1)
        if at >= done and run is not None and _BEFORE_DIGITS.search(text, max(done, at - 16), at):
            parts += [text[done:at], run.group(), "\n"]
            done = run.end()
        found = _DIGIT_BREAK.search(text, max(at + 1, done))
    return "".join(parts) + text[done:] if parts else text


def _markdown(raw: str, *, at_start: bool, first_line: int = 1) -> Document:
    prose = read_markdown(raw, at_start=at_start)
    prose = prose._replace(text=plain_spaces(prose.text))
    date_field = next(((k, prose.fields[k]) for k in DATE_KEYS if k in prose.fields), None)
    language = next((prose.fields[k][0] for k in LANGUAGE_KEYS if k in prose.fields), None)
    dated = None
    if date_field is not None:
        key, (value, line) = date_field
        dated = (f"front matter {key}", value, line)
    updated = [(f"front matter {k}", *prose.fields[k]) for k in UPDATE_KEYS if k in prose.fields]
    dated = _updated(dated, updated)
    if dated is None and at_start:  # no date field: a dateline in the first lines
        spaced = _one_space(prose.text)
        dated = dateline(spaced, first_line) or edited(spaced, first_line)
    title = next((prose.fields[k][0] for k in TITLE_KEYS if k in prose.fields), "")
    text = _rejoined(prose.text)
    document = _assemble(text, "markdown", raw, prose.markers, dated, language, first_line, title)
    document = document if text is prose.text else document._replace(layout=prose.text)
    return _flowed(document, prose.markup, title)


def _html(raw: str) -> Document:
    from lcnet.extract.html import read_page  # html.parser: only for pages

    page = read_page(raw)
    page = page._replace(text=plain_spaces(page.text))
    dated = next((found for found in page.dates if _date(found[1])), None)
    if dated is None and page.dates:
        dated = page.dates[0]  # unreadable: reported as a problem, at its line
    dated = _updated(dated, page.updated) or dateline(page.text) or edited(page.text)
    document = _assemble(
        page.text, "html", raw, page.comments, dated, page.language, 1, page.title
    )
    return document._replace(source_map=page.source_map)


def _assemble(
    text: str,
    kind: str,
    raw: str,
    markers: Iterable[Marker],
    dated: tuple[str, str, int] | None,
    language: str | None,
    first_line: int = 1,
    title: str = "",
) -> Document:
    suppressions, problems = read_markers(raw, markers, first_line)
    date = origin = None
    if dated is not None:
        origin, value, line = dated
        date = _date(value)
        if date is None:
            message = (
                f'cannot read the date "{value}" ({origin}); write YYYY, YYYY-MM or YYYY-MM-DD'
            )
            problems += (DocumentProblem(line, 1, line, 1, "unreadable-date", message),)
            origin = None
    return Document(
        text=text,
        kind=kind,
        date=date,
        date_origin=origin,
        language=_language_code(language),
        suppressed=by_line(suppressions),
        suppressions=suppressions,
        problems=problems,
        first_line=first_line,
        head=_head(title, text),
    )


def _updated(
    dated: tuple[str, str, int] | None, updates: Iterable[tuple[str, str, int]]
) -> tuple[str, str, int] | None:
    """The date a text speaks for: its last update's when it states one after its
    publication ("lastmod: 2024-05-20" on a page of 2021, <meta property=
    "article:modified_time">): what an updated page still says, it says on that day. A
    page that gives no publication date is not dated by its update alone."""
    if dated is None:
        return None
    published = _date(dated[1])
    if published is None:
        return dated
    for origin, value, line in updates:
        update = _date(value)
        if update is not None and update.first_day > published.last_day:
            return (f"{origin} (updated after its {dated[0]} {published})", value, line)
    return dated


def _head(title: str, text: str) -> str:
    """The title, and the text's first lines (its first heading, its lead), measured in
    words: the padding of a fixed-width header (columns of spaces, rule lines of "=" or
    "-") takes none of HEAD, so a council paper's or a memo's subject line ("Betreff:",
    "Subject:", "Objet :") under a header block is still in its head."""
    lead = _PADDING.sub(" ", _RULE_LINE.sub("", text[: 4 * HEAD])).strip()[:HEAD]
    return f"{title}\n{lead}" if title else lead


_PADDING = re.compile(r"[ \t\u00a0]{2,}")
_RULE_LINE = re.compile(r"^[ \t]*([=\-_*~#+.])\1{2,}[ \t]*$", re.MULTILINE)


def _date(value: str) -> PartialDate | None:
    """A date as front matter or <meta> write it; the day as written, zone ignored."""
    canonical = _DATE_PREFIX.fullmatch(value)
    try:
        if canonical is not None:
            year, month, day = (int(g) if g else None for g in canonical.groups())
            assert year is not None
            return PartialDate.checked(year, month, day, value)
        return parse_date_argument(value)
    except DateError:
        return None


def _language_code(language: str | None) -> str | None:
    if not language:
        return None
    return re.split(r"[-_]", language.strip().lower())[0] or None
