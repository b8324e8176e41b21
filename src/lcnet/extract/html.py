"""HTML: the text a reader sees, mapped back to offsets in the original file.

Scripts, styles, the <head>, navigation, footers, asides, forms and hidden elements are
left out (but an aside inside the <main> content or an <article> is the story's own fact
box, and read); so are tags and attributes. Entities are decoded. Block elements end a
paragraph. Whitespace inside text becomes a space of the same length, so that a run of
text keeps a one-to-one map to the original; only entities and the inserted paragraph
breaks map otherwise. Publication dates come from <meta>, JSON-LD and <time>.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from html.parser import HTMLParser
from typing import NamedTuple

from lcnet.extract.flow import LABEL, wide
from lcnet.extract.suppress import Marker

_SKIPPED = frozenset(
    [
        "head",
        "title",
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "sup",  # footnote marks: "425<sup>1</sup> cities" is 425
        "math",
        "canvas",
        "iframe",
        "object",
        "nav",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "textarea",
        "option",
    ]
)
# Where a page's own content is: an aside in it is a fact box of the story, not a sidebar.
_CONTENT = frozenset({"main", "article"})
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "blockquote",
        "body",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "ul",
    ]
)
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    ]
)
_WHITESPACE = str.maketrans("\t\n\r\f\v", "     ")
_SPACES = " \t\n\r\f\v"
_COLLAPSED = re.compile(r"[ \t\n\r\f\v]{2,}|[\t\n\r\f\v]")  # all but a single space
_PREFORMATTED = frozenset({"pre", "listing", "plaintext"})


_BREAK = "\n\n"
_CELLS = frozenset(["td", "th"])
# A block's figure alone, or with its scale word: "<p>390 million<br>citizens</p>"
_SCALES = (
    "thousand|million|millions|billion|billions|milliard|milliards|mil|millón|millones|"
    "milhão|milhões|bilhão|bilhões|milione|milioni|miliardo|miliardi|million|millionen|"
    "milliarde|milliarden|mio|mrd|triệu|tỷ|tỉ|nghìn|ngàn|lakh|lakhs|crore|crores"
)
_FIGURE_ALONE = re.compile(
    r"\s*(?:\n\n)?\s*[+>~]?\s*\d[\d.,\u00a0\u202f ]{0,12}"
    rf"(?:\s?(?i:{_SCALES})\.?)?\+?\s*"
)
# "<b>390 million</b><span>citizens</span>": a space between the scale and the label
_ENDS_IN_A_SCALE = re.compile(rf"\d\s?(?i:{_SCALES})\.?\Z")


class SourceMap:
    """Offsets in the extracted text to lines and columns of the original file."""

    def __init__(self, raw: str, segments: list[tuple[int, int, int, bool]]) -> None:
        # Each segment: (text offset, raw start, raw end, one-to-one).
        self._segments = segments
        self._text_starts = [s[0] for s in segments]
        self._line_starts = [0, *(m.end() for m in re.finditer("\n", raw))]

    def start(self, offset: int) -> tuple[int, int]:
        """The line and column (1-based) of the character at a text offset."""
        return self._position(self._raw(offset, end=False))

    def end(self, offset: int) -> tuple[int, int]:
        """The line and column just after the character before a text offset."""
        return self._position(self._raw(offset - 1, end=True))

    def _raw(self, offset: int, *, end: bool) -> int:
        index = max(0, bisect_right(self._text_starts, offset) - 1)
        text_start, raw_start, raw_end, linear = self._segments[index]
        if linear:
            return raw_start + (offset - text_start) + int(end)
        return raw_end if end else raw_start

    def _position(self, raw_offset: int) -> tuple[int, int]:
        line = bisect_right(self._line_starts, raw_offset)
        return line, raw_offset - self._line_starts[line - 1] + 1


class Page(NamedTuple):
    text: str
    source_map: SourceMap
    comments: tuple[Marker, ...]
    dates: tuple[tuple[str, str, int], ...]  # (origin, value, line), most trusted first
    language: str | None
    title: str = ""  # <title>, og:title: what the page says it is about
    # (origin, value, line) of each date the page says it was last changed, most trusted
    # first: a page updated after its publication speaks for its update's day
    updated: tuple[tuple[str, str, int], ...] = ()


_ASIDE_TAGS = re.compile(r"<aside[\s>]|</aside\s*>", re.IGNORECASE)
_STORY = re.compile(r"<(?:p|h1)[\s>]", re.IGNORECASE)
_STORY_END = re.compile(r"<footer[\s>]|</body\s*>", re.IGNORECASE)


def _asides_in_the_flow(raw: str) -> frozenset[int]:
    """Which of a page's asides (counted from 0) stand between the story's paragraphs,
    where the page marks no <main> or <article>: the heading or a paragraph before, a
    paragraph after (a sidebar comes before the story or after it, as a fact box does
    not: "<aside><h3>La red en breve</h3><p>356 ciudades</p></aside>" in the story)."""
    low = raw.lower()
    if "<aside" not in low or "<main" in low or "<article" in low:
        return frozenset()
    found: set[int] = set()
    count = 0  # every <aside> opened, as the reader counts them
    open_: list[tuple[int, int]] = []  # (its count, where it starts) of those still open
    for tag in _ASIDE_TAGS.finditer(raw):
        if tag.group()[1] != "/":
            open_.append((count, tag.start()))
            count += 1
            continue
        if not open_:
            continue
        index, opened = open_.pop()
        if open_:
            continue  # an aside inside another goes as the outer one goes
        end = _STORY_END.search(raw, tag.end())
        after = _STORY.search(raw, tag.end(), end.start() if end else len(raw))
        if after is not None and _STORY.search(raw, 0, opened) is not None:
            found.add(index)
    return frozenset(found)


def read_page(raw: str) -> Page:
    reader = _Reader(raw)
    reader.feed(raw)
    reader.close()
    return reader.page()


class _Reader(HTMLParser):
    def __init__(self, raw: str) -> None:
        super().__init__(convert_charrefs=False)
        self._raw_text = raw
        self._line_starts = [0, *(m.end() for m in re.finditer("\n", raw))]
        self._parts: list[str] = []
        self._block = 0  # where the block being read starts, in _parts
        self._segments: list[tuple[int, int, int, bool]] = []
        self._length = 0
        self._skipping: list[str | int] | None = None  # [tag, depth]
        self._content = 0  # how many <main> and <article> elements are open
        self._tagged = False  # a tag since the last text
        self._term = False  # a <dt> just closed: its <dd> is its value
        # a page with no <main> or <article>: its asides between paragraphs are fact boxes
        self._flow_asides = _asides_in_the_flow(raw)
        self._asides = 0  # asides begun so far
        self._json_ld: list[str] | None = None
        self._comments: list[Marker] = []
        self._metas: list[tuple[str, str, int]] = []
        self._json_dates: list[tuple[str, int]] = []
        self._json_modified: list[tuple[str, int]] = []
        self._json_line = 0  # where the JSON-LD script being read starts
        self._times: list[tuple[str, str, int]] = []
        self._language: str | None = None
        self._title: list[str] | None = None  # the text of <title>, while it is read
        self._titles: list[str] = []
        self._pre = 0  # how many preformatted elements are open: their white space kept

    # --- what the parser reports
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, dict(attrs), void=tag in _VOID)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, dict(attrs), void=True)

    def handle_endtag(self, tag: str) -> None:
        self._tagged = True
        if tag in _PREFORMATTED and self._pre:
            self._pre -= 1
        if tag == "title" and self._title is not None:
            self._titles.append(html.unescape("".join(self._title)))
            self._title = None
        if self._json_ld is not None and tag == "script":
            self._json_dates.extend(
                (value, self._json_line) for value in _json_ld_dates("".join(self._json_ld))
            )
            self._json_modified.extend(  # a wiki's JSON-LD: created long ago, edited since
                (value, self._json_line)
                for value in _JSON_MODIFIED.findall("".join(self._json_ld))
            )
            self._json_ld = None
        if self._skipping is not None:
            if tag == self._skipping[0]:
                self._skipping[1] = int(self._skipping[1]) - 1
                if self._skipping[1] == 0:
                    self._skipping = None
            return
        if tag in _CONTENT and self._content:
            self._content -= 1
        if tag == "dt":
            self._term = True  # its <dd> follows: no break between them
            return
        if tag in _BLOCKS or tag == "aside":
            self._break(labelled=tag == "dd")

    def handle_data(self, data: str) -> None:
        if self._title is not None:
            self._title.append(data)
        if self._json_ld is not None:
            self._json_ld.append(data)
        if self._skipping is None:
            if self._parts and data and self._tagged:
                self._part_words(data)
            self._tagged = False
            if self._pre:
                self._add(data.translate(_WHITESPACE), self._here(), linear=True)
            else:
                self._add_collapsed(data, self._here())

    def _add_collapsed(self, data: str, start: int) -> None:
        """Text as a browser lays it out: a run of white space (a line break and the next
        line's indent, a double space) is one space, none after a space, and a line
        break between two wide characters none ("加盟都\n市", CSS Text's segment breaks),
        so that a page's patterns read the same however its source is wrapped."""
        last = self._parts[-1][-1:] if self._parts else " "
        lead = len(data) - len(data.lstrip(_SPACES))
        if lead and last in (" ", "\n"):
            data, start = data[lead:], start + lead
        done = 0
        for run in _COLLAPSED.finditer(data):
            self._add(data[done : run.start()], start + done, linear=True)
            done = run.end()
            before, after = data[run.start() - 1 : run.start()], data[done : done + 1]
            if "\n" in run.group() and wide(before) and wide(after):
                continue
            if "\n" in run.group() and LABEL.match(data, done):
                # "Cities: 425\nCountries: 91" written line by line in one paragraph (a
                # Markdown fact box rendered): each label keeps its line
                self._add("\n", start + run.start(), linear=False, raw_end=start + done)
                continue
            end = -1 if len(run.group()) == 1 else start + done
            self._add(" ", start + run.start(), linear=end < 0, raw_end=end)
        self._add(data[done:], start + done, linear=True)

    def _part_words(self, data: str) -> None:
        """A space where elements with no space between them put a number against a word:
        "<span>425</span><span>member cities</span>", a statistics block laid out by its
        style sheet, reads "425 member cities"; "<b>Learn</b>ing" stays one word, and so
        do a Chinese or Japanese figure and its counter ("<b>2</b>番目", "<b>12</b>个"),
        which touch with no space between."""
        last, first = self._parts[-1][-1:], data[:1]
        if wide(first) or wide(last):
            return
        figure_then_word = (last.isdigit() or last in "+%") and first.isalpha()
        if not figure_then_word and last.isalpha() and first.isalpha():  # "390 million</b>
            figure_then_word = _ENDS_IN_A_SCALE.search(self._parts[-1][-16:]) is not None
        if figure_then_word or (last.isalpha() and first.isdigit()):
            self._mark(" ")

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};", name)

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};", f"#{name}")

    def handle_comment(self, data: str) -> None:
        start = self._here()
        self._comments.append(Marker(start, start + len(data) + 7, data))

    # --- bookkeeping
    def _start(self, tag: str, attrs: dict[str, str | None], *, void: bool) -> None:
        self._tagged = True
        if tag in _PREFORMATTED and not void:
            self._pre += 1
        self._note(tag, attrs)
        if self._skipping is not None:
            if tag == self._skipping[0] and not void:
                self._skipping[1] = int(self._skipping[1]) + 1
            return
        hidden = "hidden" in attrs or attrs.get("aria-hidden") == "true"
        if tag in _CONTENT and not void:
            self._content += 1
        in_flow = False
        if tag == "aside" and not void:
            in_flow = self._asides in self._flow_asides
            self._asides += 1
        skipped = tag in _SKIPPED and not (tag == "aside" and (self._content or in_flow))
        if (skipped or hidden) and not void:
            self._skipping = [tag, 1]
        elif tag == "dd" and self._term:
            self._term = False  # <dt>Member cities</dt><dd>425</dd>: "Member cities: 425"
            self._mark(": ")
            self._block = len(self._parts)
        elif tag in _BLOCKS or tag in ("br", "aside"):
            self._break()
        elif tag in _CELLS:  # a table's cells as Markdown writes them: "| a | b"
            self._mark(" | ")
        elif tag == "tr":
            self._mark("\n")

    def _note(self, tag: str, attrs: dict[str, str | None]) -> None:
        if tag == "html" and attrs.get("lang"):
            self._language = (attrs["lang"] or "").split("-")[0].lower() or None
        elif tag == "meta":
            key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
            if key and attrs.get("content"):
                self._metas.append((key.lower(), attrs["content"] or "", self.getpos()[0]))
        elif tag == "title" and not self._titles:
            self._title = []
        elif tag == "time" and attrs.get("datetime"):
            self._times.append((_time_kind(attrs), attrs["datetime"] or "", self.getpos()[0]))
        elif tag == "script" and (attrs.get("type") or "").lower() == "application/ld+json":
            self._json_ld = []
            self._json_line = self.getpos()[0]

    def _reference(self, raw: str, name: str) -> None:
        if self._title is not None:
            self._title.append(raw)  # unescaped with the title
        if self._skipping is not None:
            if self._json_ld is not None:
                self._json_ld.append(html.unescape(raw))
            return
        start = self._here()
        written = raw if self._raw_text.startswith(raw, start) else raw[:-1]
        decoded = html.unescape(written)
        self._add(decoded, start, linear=decoded == written, raw_end=start + len(written))

    def _here(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _add(self, text: str, raw_start: int, *, linear: bool, raw_end: int = -1) -> None:
        if not text:
            return
        end = raw_end if raw_end >= 0 else raw_start + len(text)
        self._segments.append((self._length, raw_start, end, linear))
        self._parts.append(text)
        self._length += len(text)

    def _mark(self, text: str) -> None:
        here = self._here()
        self._add(text, here, linear=False, raw_end=here)

    def _break(self, *, labelled: bool = False) -> None:
        self._term = False
        if self._parts and not self._parts[-1].endswith(_BREAK):
            here = self._here()
            # A block that holds only a number is a headline figure whose label follows
            # in the next block (<p class="number">292</p><p>learning cities</p>), unless
            # its label came before it (a <dd> after its <dt>).
            alone = not labelled and _FIGURE_ALONE.fullmatch("".join(self._parts[self._block :]))
            self._add(" " if alone else _BREAK, here, linear=False, raw_end=here)
            if not alone:
                self._block = len(self._parts)

    def page(self) -> Page:
        segments = self._segments or [(0, 0, 0, True)]
        return Page(
            text="".join(self._parts),
            source_map=SourceMap(self._raw_text, segments),
            comments=tuple(self._comments),
            dates=tuple(_dates_by_trust(self._metas, self._json_dates, self._times)),
            updated=tuple(_updates(self._metas, self._times, self._json_modified)),
            language=self._language,
            title=" \n".join([*self._titles, *_meta_titles(self._metas)]),
        )


# Publication-date sources, most trusted first: (origin prefix, key).
_META_KEYS = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
)
_JSON_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_JSON_MODIFIED = re.compile(r'"dateModified"\s*:\s*"([^"]+)"')


def _dates_by_trust(
    metas: list[tuple[str, str, int]],
    json_dates: list[tuple[str, int]],
    times: list[tuple[str, str, int]],
) -> list[tuple[str, str, int]]:
    """(origin, value, line) of each date the page states, most trusted first."""
    found = {key: (value, line) for key, value, line in reversed(metas)}  # the first wins
    dates = [(f"meta {key}", *found[key]) for key in _META_KEYS if key in found]
    dates.extend(("JSON-LD datePublished", value, line) for value, line in json_dates[:1])
    dates.extend(
        ("time datetime", value, line) for kind, value, line in times if kind == "published"
    )
    return dates


# Dates of a page's last change, most trusted first.
_UPDATE_KEYS = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "last-modified",
)


def _updates(
    metas: list[tuple[str, str, int]],
    times: list[tuple[str, str, int]],
    json_modified: list[tuple[str, int]],
) -> list[tuple[str, str, int]]:
    """(origin, value, line) of each date the page says it was last changed."""
    found = {key: (value, line) for key, value, line in reversed(metas)}
    dates = [(f"meta {key}", *found[key]) for key in _UPDATE_KEYS if key in found]
    dates.extend(("JSON-LD dateModified", value, line) for value, line in json_modified[:1])
    dates.extend(("time datetime (updated)", value, line) for kind, value, line in times
                 if kind == "updated")  # fmt: skip
    return dates


def _meta_titles(metas: list[tuple[str, str, int]]) -> list[str]:
    return [value for key, value, _ in metas if key in ("og:title", "twitter:title")][:1]


def _time_kind(attrs: dict[str, str | None]) -> str:
    """ "published" for a <time> that says it is the article's publication time,
    "updated" for one that says it is its last change."""
    if "pubdate" in attrs or (attrs.get("itemprop") or "").lower() == "datepublished":
        return "published"
    classes = (attrs.get("class") or "").lower()
    if re.search(r"publish|posted|entry-date|post-date", classes):
        return "published"
    if (attrs.get("itemprop") or "").lower() == "datemodified" or re.search(
        r"updated|modified", classes
    ):
        return "updated"  # <time class="updated">: the page's last change
    return ""


def _json_ld_dates(text: str) -> list[str]:
    return _JSON_DATE.findall(text)
