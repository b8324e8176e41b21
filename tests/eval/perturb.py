"""Layouts of the same page: transformations that keep its meaning, and where its labels go.

A real page reaches lcnet hard-wrapped, with non-breaking spaces, doubled spaces, markup
around its numbers and names, words hyphenated at a line's end, full-width digits, or as
HTML where it was Markdown. Each transformation here writes a page one such way and says
where each labelled number went (labels are by line and column: a wrapped line's figure
gets its new line). `tests.eval.perturbed` scores the variants against the original.

A transformation is deterministic and touches only the page's prose: never front matter,
code, a tag or its attributes, a script or the HTML head, and never inside a labelled
number (a number split over two lines has no place in the label format).
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import NamedTuple

from lcnet.extract.markdown import DATE_KEYS, LANGUAGE_KEYS, TITLE_KEYS, UPDATE_KEYS

Span = tuple[int, int]  # character offsets in a page's text, the end exclusive


class Edit(NamedTuple):
    """Replace text[start:end] with `text` (an insertion when start == end)."""

    start: int
    end: int
    text: str


class Page(NamedTuple):
    """What a transformation reads: the text, its kind, its language, the labelled spans."""

    text: str
    kind: str  # "text", "markdown", "html"
    language: str
    labels: tuple[Span, ...]


class Variant(NamedTuple):
    text: str
    kind: str
    spans: tuple[Span | None, ...]  # each label's new span, None where it was lost


Transformation = Callable[[Page], Variant | None]  # None: not for this page


# --------------------------------------------------------------------------- edits


def edited(page: Page, edits: Sequence[Edit], kind: str | None = None) -> Variant:
    """The page with the edits made, and each label's span moved with them."""
    edits = sorted(edits)
    for before, after in pairwise(edits):
        assert before.end <= after.start, f"overlapping edits {before} {after}"
    parts: list[str] = []
    done = 0
    for edit in edits:
        parts += [page.text[done : edit.start], edit.text]
        done = edit.end
    parts.append(page.text[done:])
    move = _mover(edits)
    spans = tuple(_moved(span, move) for span in page.labels)
    return Variant("".join(parts), kind or page.kind, spans)


def _mover(edits: Sequence[Edit]) -> Callable[[int], int | None]:
    """Where the character at an offset goes; None if an edit replaced it."""
    ends = [e.end for e in edits]
    shifts: list[int] = []
    total = 0
    for edit in edits:
        total += len(edit.text) - (edit.end - edit.start)
        shifts.append(total)

    def move(at: int) -> int | None:
        index = bisect_right(ends, at)  # edits ending at or before the character
        if index < len(edits) and edits[index].start <= at:
            return None  # inside a replaced stretch
        return at + (shifts[index - 1] if index else 0)

    return move


def _moved(span: Span, move: Callable[[int], int | None]) -> Span | None:
    start, last = move(span[0]), move(span[1] - 1)
    if start is None or last is None or last - start != span[1] - 1 - span[0]:
        return None
    return start, last + 1


# --------------------------------------------------------------------------- prose


_HTML_HIDDEN = re.compile(
    r"<!--.*?-->|<(script|style|pre|textarea|title|head)\b.*?</\1\s*>|<[^>]*>",
    re.DOTALL | re.IGNORECASE,
)
_MD_HIDDEN = re.compile(
    r"(`+)[^`\n].*?\1|<!--.*?-->|</?[A-Za-z][^>\n]*>|\]\([^)\n]*\)|https?://[^\s)>\]]+"
    r"|^ {0,3}\[[^\]\n]+\]:.*$",
    re.DOTALL | re.MULTILINE,
)
_FENCE = re.compile(r"^ {0,3}(?:```|~~~)")


def prose_mask(text: str, kind: str) -> bytearray:
    """1 at each character a transformation may touch, 0 in markup, code and metadata."""
    mask = bytearray(b"\x01") * len(text)
    if kind == "html":
        _hide(mask, _HTML_HIDDEN.finditer(text))
    elif kind == "markdown":
        _hide(mask, _MD_HIDDEN.finditer(text))
        _hide_md_blocks(text, mask)
    return mask


def _hide(mask: bytearray, found: object) -> None:
    for match in found:  # type: ignore[attr-defined]
        mask[match.start() : match.end()] = bytes(match.end() - match.start())


def _hide_md_blocks(text: str, mask: bytearray) -> None:
    """Front matter and fenced code."""
    lines = text.split("\n")
    at = 0
    fence = front = False
    for number, line in enumerate(lines):
        if number == 0 and line.strip() in ("---", "+++"):
            front = True
        elif front and line.strip() in ("---", "+++", "..."):
            mask[at : at + len(line) + 1] = bytes(len(mask[at : at + len(line) + 1]))
            front = False
        opens = _FENCE.match(line) is not None
        if front or fence or opens:
            mask[at : at + len(line) + 1] = bytes(len(mask[at : at + len(line) + 1]))
        fence ^= opens
        at += len(line) + 1


def _free(mask: bytearray, labels: Sequence[Span], start: int, end: int) -> bool:
    """Whether text[start:end] is prose and touches no labelled number."""
    if not all(mask[start:end]):
        return False
    return not any(a < end and start < b for a, b in labels)


# --------------------------------------------------------------------------- wrapping

# What must not open a line a wrap makes: Markdown would read a list, a heading, a quote,
# a table row or a heading's underline there, and a plain text's reader could too.
_BLOCK_START = re.compile(r"[-*+#>|=]|\d{1,9}[.)](?:\s|$)")
# Markdown lines a writer does not wrap: headings, table rows, HTML blocks, indented code
_UNWRAPPED_MD = re.compile(r" {0,3}(?:#|\||<)|\s{4}")
_CLOSING = "、。，．）」』】〉》！？：；,.)!?:;%"
_OPENING = "（「『【〈《("
_HYPHENATED = re.compile(r"[^\W\d_][^\W\d_A-Z]{9,}(?!\w)")  # a long word, capital first at most
_HARD_TO_BREAK = ("ko", "zh", "ja")  # no hyphenation at a line's end in these
_WORDS_TOUCH = ("zh", "ja")  # a line breaks between two characters


def width_of(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def wrapped(width: int, hyphenate: bool = False) -> Transformation:
    """Hard-wrapped at `width` columns (wide characters two), as agency copy and text
    mail are: a space becomes a line break, or in Chinese and Japanese a line break
    goes between two characters; with `hyphenate`, a long word that does not fit is
    broken with a hyphen at the line's end ("net-\\nwork")."""

    def wrap(page: Page) -> Variant | None:
        if hyphenate and (page.language in _HARD_TO_BREAK or page.kind == "html"):
            return None
        mask = prose_mask(page.text, page.kind)
        edits: list[Edit] = []
        at = 0
        for line in page.text.split("\n"):
            if _wrappable(line, page.kind):
                edits += _wrap_line(page, mask, at, line, width, hyphenate)
            at += len(line) + 1
        return edited(page, edits) if edits else None

    return wrap


# A plain-text table's row (a column gap of three spaces or a tab, dot leaders): laid out
# by hand, not wrapped with the prose around it
_TABLE_ROW = re.compile(r"\S(?: {3,}|\t)\S|\.{4,}")


def _wrappable(line: str, kind: str) -> bool:
    if kind == "markdown" and _UNWRAPPED_MD.match(line):
        return False
    return _TABLE_ROW.search(line) is None


def _wrap_line(
    page: Page, mask: bytearray, at: int, line: str, width: int, hyphenate: bool
) -> list[Edit]:
    if sum(map(width_of, line)) <= width:
        return []
    edits: list[Edit] = []
    column = since = 0  # columns on the line so far; of them, since the last break place
    last: Edit | None = None  # the last place the line could break
    cut_at = -1  # where a hyphen breaks the word being written
    for index, char in enumerate(line):
        offset = at + index
        if offset == cut_at:
            edits.append(Edit(offset, offset, "-\n"))
            column, last = 0, None
        place = _break_at(page, mask, line, index, offset)
        if place is not None:
            last, since = place, 0
            if hyphenate and char == " ":
                cut_at = _hyphen(page, mask, line, index + 1, offset + 1, width - column - 1)
        column += width_of(char)
        since += 0 if place is not None and char == " " else width_of(char)
        if column > width and last is not None:
            edits.append(last)
            column, last = since, None
    return edits


def _break_at(page: Page, mask: bytearray, line: str, index: int, offset: int) -> Edit | None:
    """A line break at this character: in place of a space, or before a character where
    words touch; None where the line may not break."""
    char = line[index]
    rest = line[index + 1 :] if char == " " else line[index:]
    if not rest or rest[0] == " " or _BLOCK_START.match(rest) or index == 0:
        return None
    if char == " ":
        if line[index - 1] == " " or not _free(mask, page.labels, offset, offset + 1):
            return None
        return Edit(offset, offset + 1, "\n")
    before = line[index - 1]
    if page.language not in _WORDS_TOUCH or width_of(char) + width_of(before) < 3:
        return None  # only between two characters one of which is wide
    if char in _CLOSING or before in _OPENING or before == " ":
        return None
    if before.isdigit() and char.isdigit():
        return None
    if not _free(mask, page.labels, offset - 1, offset + 1):
        return None
    return Edit(offset, offset, "\n")


def _hyphen(page: Page, mask: bytearray, line: str, index: int, offset: int, room: int) -> int:
    """Where a long word starting here that does not fit in `room` columns breaks, with
    a hyphen, at least four letters on each side; -1 if it fits or cannot break."""
    word = _HYPHENATED.match(line, index)
    if word is None or len(word.group()) <= room:
        return -1
    keep = room - 1  # the hyphen takes a column
    if keep < 4 or len(word.group()) - keep < 4:
        return -1
    if not _free(mask, page.labels, offset, offset + len(word.group())):
        return -1
    return offset + keep


# --------------------------------------------------------------------------- spaces


_NUMBER_THEN_WORD = re.compile(r"(?<=\d) (?=[^\W\d_])|(?<=[^\W\d_]) (?=\d)")


def no_break_spaces(char: str, entity: bool = False) -> Transformation:
    """The space between a number and the word next to it, and a space inside a labelled
    number ("1 000"), written as `char` (U+00A0, U+202F); with `entity`, in HTML pages
    only, as its character reference ("&nbsp;")."""
    written = f"&#x{ord(char):x};" if entity and char != "\u00a0" else "&nbsp;"

    def replace(page: Page) -> Variant | None:
        if entity and page.kind != "html":
            return None
        mask = prose_mask(page.text, page.kind)
        spaces = {m.start() for m in _NUMBER_THEN_WORD.finditer(page.text) if mask[m.start()]}
        for start, end in page.labels:
            spaces.update(start + i for i, c in enumerate(page.text[start:end]) if c == " ")
        if not spaces:
            return None
        if entity:
            edits = [Edit(at, at + 1, written) for at in sorted(spaces)]
            # a label's own spaces are inside it: the number's text changes length
            return _entity_variant(page, edits)
        chars = list(page.text)
        for at in spaces:
            chars[at] = char
        return Variant("".join(chars), page.kind, page.labels)

    return replace


def _entity_variant(page: Page, edits: list[Edit]) -> Variant:
    """Entities inside a labelled number: the label's span runs from its first to its
    last character as they are written now."""
    variant = edited(page._replace(labels=()), edits)
    move = _mover(sorted(edits))
    spans: list[Span | None] = []
    for start, end in page.labels:
        first, last = move(start), move(end - 1)
        spans.append(None if first is None or last is None else (first, last + 1))
    return variant._replace(spans=tuple(spans))


_BETWEEN_WORDS = re.compile(r"(?<=\S) (?=\S)")


def doubled_spaces(page: Page) -> Variant | None:
    """Every single space between two words written twice, as typists do after a full
    stop and careless editors everywhere."""
    mask = prose_mask(page.text, page.kind)
    edits = [
        Edit(m.end(), m.end(), " ")
        for m in _BETWEEN_WORDS.finditer(page.text)
        if _free(mask, page.labels, m.start(), m.end())
    ]
    return edited(page, edits) if edits else None


# --------------------------------------------------------------------------- markup


def marked_numbers(page: Page) -> Variant | None:
    """Every labelled number in bold: `**425**` in Markdown, `<b>425</b>` in HTML."""
    if page.kind == "text":
        return None
    mask = prose_mask(page.text, page.kind)
    edits = []
    for start, end in page.labels:
        if not all(mask[start:end]) or page.text[start - 1 : start] in ("*", "_"):
            continue
        opening, closing = ("**", "**") if page.kind == "markdown" else ("<b>", "</b>")
        edits += [Edit(start, start, opening), Edit(end, end, closing)]
    return edited(page, edits) if edits else None


LINK = "https://www.uil.unesco.org/en/learning-cities"


def linked_names(page: Page) -> Variant | None:
    """Every name of the GNLC in the page's prose (the language's names and the English
    ones, as lcnet knows them) made a link: `[Learning Cities](...)`, `<a href=...>`."""
    from lcnet.extract.grammar import grammar

    if page.kind == "text":
        return None
    low = page.text.lower()
    if len(low) != len(page.text):
        return None  # lowering moved offsets (a dotted capital I): no names found
    mask = prose_mask(page.text, page.kind)
    edits = []
    for name in grammar(page.language).network_names.finditer(low):
        start, end = name.span()
        if "\n" in name.group() or not _free(mask, page.labels, start, end):
            continue
        if page.text[start - 1 : start] in ("[", "*", "_", ">") or end - start < 4:
            continue
        if page.kind == "markdown":
            edits += [Edit(start, start, "["), Edit(end, end, f"]({LINK})")]
        else:
            edits += [Edit(start, start, f'<a href="{LINK}">'), Edit(end, end, "</a>")]
    return edited(page, edits) if edits else None


# --------------------------------------------------------------------------- digits

_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def full_width_digits(page: Page) -> Variant | None:
    """Chinese and Japanese pages with their prose's digits full-width ("４２５都市")."""
    if page.language not in _WORDS_TOUCH:
        return None
    mask = prose_mask(page.text, page.kind)
    chars = list(page.text)
    changed = False
    for at, char in enumerate(chars):
        if "0" <= char <= "9" and mask[at]:
            chars[at] = char.translate(_FULL_WIDTH)
            changed = True
    return Variant("".join(chars), page.kind, page.labels) if changed else None


# --------------------------------------------------------------------------- line ends, tabs


def crlf_line_ends(page: Page) -> Variant | None:
    """Every line ended by CR LF, as a file saved on Windows is."""
    edits = [Edit(at, at, "\r") for at, char in enumerate(page.text) if char == "\n"]
    return edited(page, edits) if edits else None


_PARAGRAPH_START = re.compile(r"(?:\A|\n\n)(?=[^\W\d_])")


def tab_indents(page: Page) -> Variant | None:
    """A plain text's paragraphs opened by a tab (a typist's indent), an HTML page's source
    lines indented by tabs; Markdown would read a tab as code: not there."""
    if page.kind == "markdown" or "<pre" in page.text.lower():
        return None  # (a tab would change a preformatted block's text)
    mask = prose_mask(page.text, page.kind)
    if page.kind == "html":
        starts = [m.end() for m in re.finditer(r"\n(?=<)", page.text)]
    else:
        starts = [m.end() for m in _PARAGRAPH_START.finditer(page.text) if mask[m.end()]]
    edits = [Edit(at, at, "\t") for at in starts]
    return edited(page, edits) if edits else None


def hard_breaks(page: Page) -> Variant | None:
    """Markdown's hard line breaks: two spaces at the end of each prose line another
    prose line follows (an address, a fact box written line by line)."""
    if page.kind != "markdown":
        return None
    mask = prose_mask(page.text, page.kind)
    edits = []
    for found in re.finditer(r"(?<=[^\s|])\n(?=[^\W\d_])", page.text):
        at = found.start()
        if mask[at - 1] and mask[at + 1]:
            edits.append(Edit(at, at, "  "))
    return edited(page, edits) if edits else None


# --------------------------------------------------------------------------- markup, entities


def styled_numbers(page: Page) -> Variant | None:
    """Every labelled number in an element with attributes, as a site's template marks
    its statistics: `<span class="stat" data-value="425">425</span>` (HTML and Markdown's
    inline HTML), `<strong class="num">` where it is already bold."""
    if page.kind == "text":
        return None
    mask = prose_mask(page.text, page.kind)
    edits = []
    for index, (start, end) in enumerate(page.labels):
        if not all(mask[start:end]) or page.text[start - 1 : start] in ("*", "_"):
            continue
        tag = "strong" if index % 2 else "span"
        digits = "".join(c for c in page.text[start:end] if c.isdigit())
        opening = f'<{tag} class="stat figure-{index % 3}" data-value="{digits}">'
        edits += [Edit(start, start, opening), Edit(end, end, f"</{tag}>")]
    return edited(page, edits) if edits else None


_ENTITIES = {"\u2013": "&ndash;", "\u2014": "&mdash;", "\u2019": "&rsquo;", "\u00ab": "&laquo;",
             "\u00bb": "&raquo;", "\u201c": "&ldquo;", "\u201d": "&rdquo;"}  # fmt: skip


def character_entities(page: Page) -> Variant | None:
    """Dashes, apostrophes and quotation marks written as HTML's named references
    (`&ndash;`, `&rsquo;`, `&laquo;`), and the space after a number as `&#32;`, as a
    content system writes them, in HTML and in Markdown (which reads them too)."""
    if page.kind == "text":
        return None
    mask = prose_mask(page.text, page.kind)
    edits = [
        Edit(at, at + 1, _ENTITIES[char])
        for at, char in enumerate(page.text)
        if char in _ENTITIES and _free(mask, page.labels, at, at + 1)
    ]
    edits += [
        Edit(m.start(), m.end(), "&#32;")
        for m in re.finditer(r"(?<=\d) (?=[^\W\d_])", page.text)
        if _free(mask, page.labels, m.start(), m.end())
    ]
    return edited(page, edits) if edits else None


_HTML_CELL = re.compile(r"<t[dh][^>]*>([^<]*)</t[dh]>", re.IGNORECASE)
_MD_ROW = re.compile(r"^ {0,3}\|.*\|[ \t]*$", re.MULTILINE)


def broken_cells(page: Page) -> Variant | None:
    """A table cell's words over two lines: the first space after a number in a cell
    written as `<br>` ("| 425<br>member cities |"), as narrow columns are laid out."""
    if page.kind == "text":
        return None
    mask = prose_mask(page.text, page.kind)
    if page.kind == "html":
        cells = [m.span(1) for m in _HTML_CELL.finditer(page.text)]
    else:
        cells = [m.span() for m in _MD_ROW.finditer(page.text) if "---" not in m.group()]
    edits = []
    for start, end in cells:
        for space in re.finditer(r"(?<=\d) (?=[^\W\d_])", page.text[start:end]):
            at = start + space.start()
            if _free(mask, page.labels, at, at + 1):
                edits.append(Edit(at, at + 1, "<br>"))
                if page.kind == "html":
                    break  # one a cell
    return edited(page, edits) if edits else None


# --------------------------------------------------------------------------- Markdown


_FRONT = re.compile(r"\A(---|\+\+\+)\n(.*?)\n(?:---|\+\+\+|\.\.\.)\n", re.DOTALL)
_FIELD = re.compile(r"^([A-Za-z_][\w.-]*)\s*[:=]\s*(.*?)\s*$", re.MULTILINE)
_MARK = 0xE000  # private-use characters around each label, two per label


def markdown_as_html(page: Page) -> Variant | None:
    """A Markdown page as the HTML a site makes of it (markdown-it, CommonMark with
    tables): front matter as <head>, the body rendered. Labels are followed through the
    rendering by private-use characters around each, removed after."""
    from markdown_it import MarkdownIt

    if page.kind != "markdown":
        return None
    marked = _with_marks(page.text, page.labels)
    front = _FRONT.match(marked)
    head = _head(front.group(2) if front else "")
    body = MarkdownIt("commonmark").enable("table").render(marked[front.end() if front else 0 :])
    opening = f"<!DOCTYPE html>\n<html{head[0]}>\n<head>\n{head[1]}</head>\n<body>\n"
    return _without_marks(f"{opening}{body}</body>\n</html>\n", len(page.labels))


def _with_marks(text: str, labels: Sequence[Span]) -> str:
    edits = []
    for index, (start, end) in enumerate(labels):
        edits += [
            Edit(start, start, chr(_MARK + 2 * index)),
            Edit(end, end, chr(_MARK + 2 * index + 1)),
        ]
    parts, done = [], 0
    for edit in sorted(edits, key=lambda e: (e.start, e.text)):
        parts += [text[done : edit.start], edit.text]
        done = edit.end
    return "".join(parts) + text[done:]


def _head(front: str) -> tuple[str, str]:
    """The html element's attributes and the head's elements, from front matter."""
    fields = {k.lower(): v.strip("\"'") for k, v in _FIELD.findall(front)}
    lang = next((fields[k] for k in LANGUAGE_KEYS if k in fields), "")
    lines = ['<meta charset="utf-8">']
    for key, value in fields.items():
        shown = html.escape(value, quote=True)
        if key in TITLE_KEYS:
            lines.append(f"<title>{html.escape(value, quote=False)}</title>")
        elif key in DATE_KEYS:
            lines.append(f'<meta property="article:published_time" content="{shown}">')
        elif key in UPDATE_KEYS:
            lines.append(f'<meta property="article:modified_time" content="{shown}">')
        elif key not in LANGUAGE_KEYS:
            lines.append(f'<meta name="{key}" content="{shown}">')
    attribute = f' lang="{html.escape(lang, quote=True)}"' if lang else ""
    return attribute, "".join(f"{line}\n" for line in lines)


def _without_marks(text: str, count: int) -> Variant:
    found: dict[int, int] = {}
    parts: list[str] = []
    done = removed = 0
    for at, char in enumerate(text):
        if _MARK <= ord(char) < _MARK + 2 * count:
            parts.append(text[done:at])
            found[ord(char) - _MARK] = at - removed
            removed += 1
            done = at + 1
    parts.append(text[done:])
    spans = tuple(
        (found[2 * i], found[2 * i + 1]) if 2 * i in found and 2 * i + 1 in found else None
        for i in range(count)
    )
    return Variant("".join(parts), "html", spans)


# --------------------------------------------------------------------------- the set


TRANSFORMATIONS: dict[str, Transformation] = {
    "wrap-72": wrapped(72),
    "wrap-50": wrapped(50),
    "hyphen-50": wrapped(50, hyphenate=True),
    "nbsp": no_break_spaces("\u00a0"),
    "narrow-nbsp": no_break_spaces("\u202f"),
    "nbsp-entity": no_break_spaces("\u00a0", entity=True),
    "double-space": doubled_spaces,
    "bold-numbers": marked_numbers,
    "linked-names": linked_names,
    "full-width": full_width_digits,
    "md-to-html": markdown_as_html,
    "crlf": crlf_line_ends,
    "tab-indent": tab_indents,
    "hard-breaks": hard_breaks,
    "styled-numbers": styled_numbers,
    "entities": character_entities,
    "br-cells": broken_cells,
}
