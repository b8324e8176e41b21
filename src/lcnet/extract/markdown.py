"""Markdown: the prose, with everything else blanked out in place.

Front matter, fenced code, inline code, HTML comments and tags, link targets and bare
URLs are replaced by spaces (newlines kept), so that every offset in the prose is the
offset in the original file: no map is needed. Emphasis marks are blanked too, so that
"**356** member cities" reads as a figure.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import NamedTuple

from lcnet.extract.suppress import Marker, bracket_markers, comment_markers

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_FRONT_MATTER = {"---": ("---", "..."), "+++": ("+++",)}
_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w.-]*)\s*[:=]\s*(?P<value>.*?)\s*$")
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3"  # kana, Han, Hangul
# Every branch starts at one of `<]*_ or at "http": the lookahead lets the engine skip to
# those instead of trying six branches (two behind lookbehinds) at each character (6x).
_INLINE = re.compile(
    r"(?=[`<\]*_]|https?://)"
    r"(?:(?P<code>(`+)[^`\n].*?\2)"  # `code`
    r"|(?P<comment><!--.*?-->)"
    r"|(?P<tag></?[A-Za-z][^>\n]*>)"
    r"|\]\((?P<target>[^)\n]*)\)"  # [text](target)
    r"|(?P<url>https?://[^\s)>\]]+)"
    r"|(?P<emphasis>(?<![\w*_])[*_]{1,3}(?=[^\s*_])|(?<=[^\s*_])[*_]{1,3}(?![\w*_])"
    # where words touch, asterisks stand between letters: "约**3.9亿**居民", "加盟**12**都市"
    rf"|(?<=[{_CJK}])\*{{1,3}}(?=[^\s*_])|(?<=[^\s*_])\*{{1,3}}(?=[{_CJK}])"
    # a bold figure with its unit's letter after it: "**500**m citizens"
    r"|(?<=\d)\*{2,3}(?=[^\W\d_])))",
    re.DOTALL,
)
# What every match of _INLINE but a bare address starts with: led by a class of
# characters, re skips to one in C (_INLINE, led by a lookahead, is tried in full at every
# character: 20 ms of 37 in reading 500 Markdown pages, #14)
_INLINE_LEAD = re.compile(r"[`<\]*_]")


def inline_blanked(prose: str, markup: list[tuple[int, int]] | None = None) -> str:
    """`_INLINE.sub(_blank_match, prose)`, the same matches: _INLINE is tried only where
    one can start (a character of _INLINE_LEAD, or "http"), left to right as re.sub does,
    each from the end of the last match; no match of it is empty. With `markup`, the
    stretches a renderer shows nothing of (emphasis marks, a link's brackets and target,
    an inline tag) are added to it, to be read as nothing rather than as blanks."""
    parts: list[str] = []
    done = 0  # prose[:done] is in parts
    end = len(prose)  # (no start found)
    lead_at = _next_lead(prose, 0, end)
    url_at = _next_url(prose, 0, end)
    while (at := min(lead_at, url_at)) < end:
        found = _INLINE.match(prose, at)
        after = at + 1 if found is None else found.end()
        if found is not None:
            parts.append(prose[done:at])
            parts.append(_blank_match(found))
            done = after
            if markup is not None:
                _add_markup(prose, found, markup)
        if lead_at < after:
            lead_at = _next_lead(prose, after, end)
        if url_at < after:
            url_at = _next_url(prose, after, end)
    parts.append(prose[done:])
    return "".join(parts)


# Tags a renderer shows nothing of within a line ("<span class=\"n\">425</span>"); a
# line break (<br>) or a block's tag is a break, blanked
_INLINE_TAG = re.compile(r"</?(?!br\b|p\b|div\b)[A-Za-z]", re.IGNORECASE)


def _add_markup(prose: str, found: re.Match[str], markup: list[tuple[int, int]]) -> None:
    """The stretch of an inline match that reads as nothing: emphasis marks, an inline
    tag, a link's "](target)" and its opening bracket ("[" or "![" on its line)."""
    kind = found.lastgroup
    if kind == "emphasis" or (kind == "tag" and _INLINE_TAG.match(found.group())):
        markup.append(found.span())
    elif kind == "target":
        at = found.start()
        opening = prose.rfind("[", max(0, prose.rfind("\n", 0, at)), at)
        if opening >= 0 and "]" not in prose[opening:at]:
            start = opening - 1 if prose[opening - 1 : opening] == "!" else opening
            markup.append((start, opening + 1))
            markup.append(found.span())


def _next_lead(prose: str, start: int, end: int) -> int:
    found = _INLINE_LEAD.search(prose, start)
    return end if found is None else found.start()


def _next_url(prose: str, start: int, end: int) -> int:
    at = prose.find("http", start)
    return end if at < 0 else at


_QUOTE = re.compile(r"^ {0,3}(?:> ?)+", re.MULTILINE)  # blockquote markers
# a link reference definition; a footnote's ("[^c]: First announced as 55 ...") is prose:
# only its label is blanked
_REFERENCE = re.compile(r"^ {0,3}\[(?!\^)[^\]\n]+\]:\s*\S+.*$", re.MULTILINE)
_FOOTNOTE = re.compile(r"^ {0,3}\[\^[^\]\n]+\]:", re.MULTILINE)
DATE_KEYS = ("date", "published", "publishdate", "pubdate", "date_published", "created")
# the date of a page's last change (Hugo's lastmod, Jekyll's last_modified_at, ...)
UPDATE_KEYS = (
    "lastmod",
    "last_modified_at",
    "last_modified",
    "updated",
    "modified",
    "date_modified",
)
LANGUAGE_KEYS = ("lang", "language", "locale")
TITLE_KEYS = ("title", "og_title", "headline")
SHOWN_KEYS = frozenset([*TITLE_KEYS, "description", "subtitle", "summary", "excerpt", "lead"])


class Prose(NamedTuple):
    text: str  # the original, non-prose parts blanked
    fields: dict[str, tuple[str, int]]  # front-matter key (lower case): (value, line)
    markers: tuple[Marker, ...]  # comments and brackets, for suppressions
    # what a renderer shows nothing of (emphasis marks, link syntax, inline tags), blanked
    # in `text`: (start, end) offsets, in order
    markup: tuple[tuple[int, int], ...] = ()


# Footnote marks next to a figure or a word: "425¹ member cities", "425[1] member cities"
# (copied from an encyclopedia), Markdown's "425[^1]" and "425<sup>1</sup>". Blanked, so
# the number meets its unit; the mark's own digits are no figure.
_SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
_BRACKET_MARK = r"\[\d{1,3}\]|\[\^[^\]\s]{1,20}\](?!:)"
_FOOTNOTE_MARK = re.compile(rf"[{_SUPERSCRIPTS}]+|{_BRACKET_MARK}")
# The same without superscripts, for a text that holds none (every ASCII text): led by its
# literal "[", re skips to it at memchr's speed, where a pattern led by a class of
# characters tries the class at every one (25 ms of 62 in reading 500 Markdown pages, #14)
_BRACKET_MARKS = re.compile(_BRACKET_MARK)
_SUP = re.compile(r"<sup>[^<>\n]{1,20}</sup>", re.IGNORECASE)
_SUP_TAG = re.compile(r"<sup>", re.IGNORECASE)


def _may_mark(text: str) -> bool:
    """Whether a superscript, a "[" or a "<sup>" is in the text: "[" and "<" are found
    at the speed of memchr, and an ASCII text (known without reading it) holds no
    superscript; a pattern led by a class of them reads every character (#14)."""
    if "[" in text or ("<" in text and _SUP_TAG.search(text) is not None):
        return True
    return _has_superscript(text)


def _has_superscript(text: str) -> bool:
    """Whether the text holds a superscript digit: an ASCII text (known without reading
    it) holds none; else a search for each, in C (a class in a pattern tries every one of
    them at every character: 1.7 times slower on a CJK page, 90 times on a Latin one)."""
    return not text.isascii() and any(mark in text for mark in _SUPERSCRIPTS)


def blank_footnote_marks(text: str, *, markdown: bool = False) -> str:
    """The text with footnote marks after figures and words blanked in place."""
    if not _may_mark(text):
        return text  # the common case
    marks = _FOOTNOTE_MARK if _has_superscript(text) else _BRACKET_MARKS
    if markdown:
        text = _SUP.sub(_blank_match, text)  # blanks: adds no superscript
    return marks.sub(_blank_mark, text)


def _blank_mark(found: re.Match[str]) -> str:
    """A mark blanked where it follows a figure or a word ("425¹", "cities[2]"); a
    Markdown footnote reference ("[^1]") wherever it stands."""
    at = found.start()
    if found.group().startswith("[^") or (at and found.string[at - 1].isalnum()):
        return _blank(found.group())
    return found.group()


def read_markdown(raw: str, *, at_start: bool = True) -> Prose:
    lines = raw.split("\n")
    fields: dict[str, tuple[str, int]] = {}
    code_lines: set[int] = set()
    if at_start:
        front = _front_matter(lines)
        fields = _fields(lines[: len(front)]) if front else {}
        code_lines.update(front)
    code_lines.update(_fenced(lines, start=len(code_lines)))
    shown = _shown_fields(lines, front) if at_start else {}
    blanked = [
        shown.get(i) or _blank(line) if i in code_lines else line for i, line in enumerate(lines)
    ]
    prose = blank_footnote_marks("\n".join(blanked), markdown=True)
    markers = (*comment_markers(prose), *bracket_markers(prose))
    markup: list[tuple[int, int]] = []
    prose = inline_blanked(prose, markup)
    if "]:" in prose:  # (each pattern's literal looked for first: a scan in C, 10x faster)
        prose = _REFERENCE.sub(_blank_match, prose)
        prose = _FOOTNOTE.sub(_blank_match, prose)
    if ">" in prose:  # "> 230 in 64 countries" quotes; ">" is no bound
        prose = _QUOTE.sub(_blank_match, prose)
    # after the quotes: an escaped "\\>" or "&gt;" at a line's start is a symbol, not one
    if "&" in prose:
        markup += (span for m in _ENTITY.finditer(prose) if (span := _padded(m)) is not None)
        prose = _ENTITY.sub(_entity_in_place, prose)
    if "\\" in prose:
        markup += ((m.start(), m.start() + 1) for m in _ESCAPED.finditer(prose))
        prose = _ESCAPED.sub(_escaped_in_place, prose)
    return Prose(prose, fields, markers, tuple(sorted(markup)))


# re finds the word faster than str.find, which stops at every "l" (0.4 ms per MB of
# English against 0.7, 2026-12)
_LCNET = re.compile("lcnet")


def blank_markers(raw: str) -> tuple[str, tuple[Marker, ...]]:
    """Plain text: the suppression markers found, and the text with them blanked."""
    named = _LCNET.search(raw) is not None  # most texts name no marker: one search
    markers = (*comment_markers(raw), *bracket_markers(raw)) if named else ()
    for marker in markers:
        raw = raw[: marker.start] + _blank(raw[marker.start : marker.end]) + raw[marker.end :]
    return raw, markers


def _front_matter(lines: list[str]) -> range:
    if not lines or lines[0].strip() not in _FRONT_MATTER:
        return range(0)
    closers = _FRONT_MATTER[lines[0].strip()]
    for index in range(1, len(lines)):
        if lines[index].strip() in closers:
            return range(index + 1)
    return range(0)  # never closed: not front matter


def _shown_fields(lines: list[str], front: range) -> dict[int, str]:
    """The front matter's title and description lines with their values left readable:
    a stale figure in a page's title is on the page too. The key and quotes are blanked."""
    shown = {}
    for index in front:
        found = _FIELD.match(lines[index])
        if found and found["key"].lower() in SHOWN_KEYS:
            start, end = found.span("value")
            value = lines[index][start:end]
            inner = value.strip("\"'")
            at = start + value.find(inner) if inner else end
            shown[index] = " " * at + inner + " " * (len(lines[index]) - at - len(inner))
    return shown


def _fields(lines: list[str]) -> dict[str, tuple[str, int]]:
    fields: dict[str, tuple[str, int]] = {}
    for number, line in enumerate(lines, start=1):
        found = _FIELD.match(line)
        if found:
            value = re.sub(r"\s+#.*$", "", found["value"]).strip().strip("\"'")
            fields.setdefault(found["key"].lower(), (value, number))
    return fields


def _fenced(lines: list[str], start: int) -> Iterator[int]:
    fence: str | None = None
    for index in range(start, len(lines)):
        opening = _FENCE.match(lines[index])
        if fence is None and opening:
            fence = opening.group(1)
            yield index
        elif fence is not None:
            yield index
            if lines[index].strip().startswith(fence) and not lines[index].strip(fence[0]).strip():
                fence = None


# Markdown keeps HTML's character references and backslash escapes: "425&nbsp;member
# cities", "&gt; 390 million", "\\> 390 million". Each is read as its character, padded
# with spaces before it to its written length so that offsets stay those of the file.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_SPACES = frozenset("\u00a0\u2007\u202f\u2009\u200a\u2002\u2003")


def _entity_in_place(match: re.Match[str]) -> str:
    written = match.group()
    char = _decoded(written)
    if char is None:
        return written
    return " " * (len(written) - len(char)) + char  # the character next to what follows


def _decoded(written: str) -> str | None:
    """The character a reference stands for (a space for a space of any width, none for
    a zero-width one or a soft hyphen); None for one HTML does not know."""
    char = html.unescape(written)
    if char == written or len(char) > len(written):
        return None
    if char in _SPACES or char in "\u200b\u00ad":  # a space of any width; zero-width, soft hyphen
        char = " " if char in _SPACES else ""
    return char


def _padded(match: re.Match[str]) -> tuple[int, int] | None:
    """The spaces a reference read in place leaves before its character ("&rsquo;": six
    spaces and the apostrophe), or all of it for a zero-width one: markup, read as nothing."""
    char = _decoded(match.group())
    if char is None:
        return None
    return match.start(), match.end() - len(char)


def _escaped_in_place(match: re.Match[str]) -> str:
    return " " + match.group(1)


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _blank_match(match: re.Match[str]) -> str:
    if match.lastgroup == "target":
        return "](" + " " * len(match["target"]) + ")"
    return _blank(match.group())
