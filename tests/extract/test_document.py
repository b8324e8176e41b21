"""Reading files: kinds, dates, suppressions, positions, and big files in chunks."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lcnet.dates import PartialDate
from lcnet.extract import KINDS, Mention, find_mentions, kind_of, read_document, read_stream


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("news/article.md", "markdown"),
        ("page.MARKDOWN", "markdown"),
        ("index.html", "html"),
        ("index.HTM", "html"),
        ("notes.txt", "text"),
        ("README", "text"),
    ],
)
def test_the_kind_comes_from_the_suffix(path: str, kind: str) -> None:
    assert kind_of(path) == kind


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown kind 'pdf'"):
        read_document("", "pdf")


@pytest.mark.parametrize(
    ("front_matter", "date", "origin"),
    [
        ("date: 2025-09-12", PartialDate(2025, 9, 12), "front matter date"),
        ('date: "2025-09"', PartialDate(2025, 9), "front matter date"),
        ("date: '2025'", PartialDate(2025), "front matter date"),
        ("date: 2025-12-05T10:00:00+07:00", PartialDate(2025, 12, 5), "front matter date"),
        ("date: 2025-12-05 10:00", PartialDate(2025, 12, 5), "front matter date"),
        ("date: 5 December 2025  # as printed", PartialDate(2025, 12, 5), "front matter date"),
        ("published: 2024-02-14", PartialDate(2024, 2, 14), "front matter published"),
        ("title: no date here", None, None),
    ],
)
def test_markdown_front_matter_gives_the_date_with_its_precision(
    front_matter: str, date: PartialDate | None, origin: str | None
) -> None:
    document = read_document(f"---\n{front_matter}\n---\nText.\n", "markdown")
    assert (document.date, document.date_origin, document.problems) == (date, origin, ())


def test_an_impossible_front_matter_date_is_a_problem_at_its_line() -> None:
    document = read_document("---\ntitle: x\ndate: 2025-02-30\n---\n", "markdown")
    assert (document.date, [(p.line, p.code) for p in document.problems]) == (
        None,
        [(3, "unreadable-date")],
    )


def test_an_unreadable_html_date_is_a_problem_at_the_line_of_its_tag() -> None:
    page = '<html>\n<head>\n<title>T</title>\n<meta name="date" content="30 Febtember">\n</head>'
    document = read_document(page + "<body>x</body></html>", "html")
    assert [(p.line, p.code) for p in document.problems] == [(4, "unreadable-date")]


@pytest.mark.parametrize(
    ("head", "date", "origin"),
    [
        (
            '<meta property="article:published_time" content="2025-12-05T10:00:00+07:00">'
            '<meta name="date" content="2020-01-01">',
            PartialDate(2025, 12, 5),
            "meta article:published_time",
        ),
        ('<meta name="DC.date" content="2024-02">', PartialDate(2024, 2), "meta dc.date"),
        (
            '<meta itemprop="datePublished" content="2024-02-15">',
            PartialDate(2024, 2, 15),
            "meta datepublished",
        ),
        ('<meta name="description" content="2024">', None, None),
    ],
)
def test_html_meta_gives_the_publication_date(
    head: str, date: PartialDate | None, origin: str | None
) -> None:
    document = read_document(f"<html><head>{head}</head><body>x</body></html>", "html")
    assert (document.date, document.date_origin) == (date, origin)


def test_a_time_element_counts_only_when_it_says_it_is_the_publication_time() -> None:
    updated = '<p>Updated <time datetime="2026-01-02">2 Jan</time></p>'
    posted = '<p>Posted <time class="entry-date published" datetime="2025-12-06">6 Dec</time></p>'
    assert (
        read_document(f"<html><body>{updated}</body></html>", "html").date,
        read_document(f"<html><body>{updated}{posted}</body></html>", "html").date,
    ) == (None, PartialDate(2025, 12, 6))


def test_html_text_is_the_visible_text_with_entities_decoded() -> None:
    page = (
        "<html><head><title>T</title><style>p{}</style></head><body>"
        '<nav>Home</nav><p class="x" data-n="425">Caf&eacute; &amp; 12&nbsp;cities</p>'
        "<script>var n = 425;</script><footer>(c) 2025</footer></body></html>"
    )
    # the no-break space read as a space (document.plain_spaces)
    assert read_document(page, "html").text.strip() == "Café & 12 cities"


def test_html_positions_are_lines_and_columns_of_the_original_file() -> None:
    page = (
        "<html><body>\n"
        "<p>The GNLC now has\n"
        "  <b>425</b>&nbsp;member&#32;cities &amp; more.</p>\n"
        "</body></html>\n"
    )
    (mention,) = find_mentions(read_document(page, "html"))
    # "425" starts at column 6 of line 3; "cities" ends at column 35 (exclusive: 36).
    assert (mention.line, mention.column, mention.end_line, mention.end_column) == (3, 6, 3, 36)
    assert mention.text == "425 member cities"


def test_positions_count_characters_not_bytes() -> None:
    text = "Hà Nội: Mạng lưới thành phố học tập toàn cầu có 425 thành phố."
    (mention,) = find_mentions(read_document(text, "text"))
    assert (mention.column, mention.end_column) == (text.index("425") + 1, len(text))


def test_markdown_prose_keeps_its_positions_and_loses_its_markup() -> None:
    page = (
        "Intro with `the GNLC has 999 member cities` in code.\n"
        "\n"
        "```\nthe GNLC has 888 member cities\n```\n"
        "The GNLC has **425** member cities; see [the 72 new members](https://x.org/72-new).\n"
    )
    mentions = [(m.line, m.column, m.text) for m in find_mentions(read_document(page, "markdown"))]
    assert mentions == [(6, 16, "425 member cities"), (6, 46, "72 new members")]


MARKDOWN_REFERENCES = [
    # a no-break space or a thin space written as a character reference
    ("The GNLC has 425&nbsp;member cities in 91&#160;countries.",
     [(1, 14, "425 member cities", "exact"), (1, 40, "91 countries", "exact")]),
    ("The GNLC serves nearly 500&#8239;million citizens in 425&#x202F;cities.",
     [(1, 17, "nearly 500 million citizens", "nearly"), (1, 54, "425 cities", "exact")]),
    # a ">" that is a symbol, not a quote: escaped, or a character reference
    ("&gt; 390 million inhabitants of the GNLC's cities.",
     [(1, 4, "> 390 million inhabitants", "more_than")]),
    ("\\> 390 million inhabitants of the GNLC's cities.",
     [(1, 2, "> 390 million inhabitants", "more_than")]),
    ("The GNLC: &gt; 420 cities &amp; 91 countries.",
     [(1, 14, "> 420 cities", "more_than"), (1, 33, "91 countries", "exact")]),
    # a quote stays a quote: its ">" is no bound
    ("> 390 million inhabitants of the GNLC's cities.",
     [(1, 3, "390 million inhabitants", "exact")]),
]  # fmt: skip


@pytest.mark.parametrize(("line", "expected"), MARKDOWN_REFERENCES)
def test_markdown_character_references_and_escapes_are_read_as_their_characters(
    line: str, expected: list[tuple[int, int, str, str]]
) -> None:
    mentions = find_mentions(read_document(line + "\n", "markdown"))
    assert [(m.line, m.column, m.text, m.qualifier.value) for m in mentions] == expected


# ----------------------------------------------------------------------------- suppressions


def suppressed(mentions: list[Mention]) -> list[tuple[int, tuple[str, ...] | None, str | None]]:
    return [
        (
            m.line,
            m.suppression.codes if m.suppression else None,
            m.suppression.reason if m.suppression else None,
        )
        for m in mentions
    ]


def test_a_suppression_on_the_same_line_covers_that_line_only() -> None:
    text = (
        "The GNLC had 230 members. <!-- lcnet: ignore stale-figure -- kept as printed -->\n"
        "The GNLC has 356 members.\n"
    )
    mentions = list(find_mentions(read_document(text, "markdown")))
    assert suppressed(mentions) == [
        (1, ("stale-figure",), "kept as printed"),
        (2, None, None),
    ]


def test_a_suppression_alone_on_its_line_covers_the_next_line() -> None:
    text = (
        "[lcnet: ignore stale-figure, wrong-figure -- quoting the 2020 release]\n"
        "The GNLC had 230 members.\n"
        "The GNLC has 356 members.\n"
    )
    mentions = list(find_mentions(read_document(text, "text")))
    assert suppressed(mentions) == [
        (2, ("stale-figure", "wrong-figure"), "quoting the 2020 release"),
        (3, None, None),
    ]


def test_a_suppression_is_blanked_so_its_words_are_no_figure() -> None:
    text = "[lcnet: ignore -- the GNLC has 356 member cities, as the flyer says]\n"
    document = read_document(text, "text")
    assert (list(find_mentions(document)), len(document.suppressions)) == ([], 1)


@pytest.mark.parametrize(
    ("marker", "code"),
    [
        ("<!-- lcnet: ignore -->", "suppression-without-reason"),
        ("<!-- lcnet: ignore stale-figure -->", "suppression-without-reason"),
        ("<!-- lcnet: ignore --   -->", "suppression-without-reason"),
        ("<!-- lcnet-ignore: old figure -->", "malformed-suppression"),
        ("<!-- lcnet: ignroe -- old figure -->", "malformed-suppression"),
        ("<!-- lcnet: ignore quoting the old figure -->", "malformed-suppression"),
    ],
)
def test_a_marker_without_a_reason_or_unreadable_suppresses_nothing_and_is_a_problem(
    marker: str, code: str
) -> None:
    text = f"The GNLC has 356 member cities. {marker}\n"
    document = read_document(text, "markdown")
    (problem,) = document.problems
    (mention,) = find_mentions(document)
    assert (problem.line, problem.column, problem.code, mention.suppression) == (1, 33, code, None)
    assert problem.end_column == 33 + len(marker)


def test_ordinary_comments_are_not_suppressions() -> None:
    document = read_document("<!-- todo: check the 356 figure -->\nText.\n", "markdown")
    assert (document.suppressions, document.problems) == ((), ())


def test_html_suppressions_use_the_lines_of_the_original_file() -> None:
    page = (
        "<html><body>\n"
        "<!-- lcnet: ignore -- the leaflet as printed -->\n"
        "<p>The GNLC has 294 members.</p>\n"
        "<p>The GNLC has 356 members.</p>\n"
        "</body></html>\n"
    )
    mentions = list(find_mentions(read_document(page, "html")))
    assert suppressed(mentions) == [(3, (), "the leaflet as printed"), (4, None, None)]


# ------------------------------------------------------------------------------- streaming

ARTICLE = (
    "The UNESCO Global Network of Learning Cities met online.\n"
    "\n"
    "Teachers shared lesson plans for older learners.\n"
    "\n"
    "The network now has 425 member cities in 91 countries.\n"
    "\n"
    "[lcnet: ignore stale-figure -- the 2020 figure, on purpose]\n"
    "In 2020 the network had 230 members.\n"
    "\n"
)


def positions(mentions: object) -> list[tuple[int, int, int, int, str, int, object]]:
    return [
        (m.line, m.column, m.end_line, m.end_column, m.text, m.value, m.suppression)
        for m in mentions  # type: ignore[attr-defined]
    ]


@pytest.mark.parametrize("chunk", [1, 40, 200, 1 << 20])
def test_a_stream_read_in_chunks_gives_what_the_whole_file_gives(chunk: int) -> None:
    text = ARTICLE * 30
    whole = positions(find_mentions(read_document(text, "text")))
    streamed = positions(
        m
        for document in read_stream(io.StringIO(text), "text", chunk)
        for m in find_mentions(document)
    )
    assert streamed == whole
    assert len(whole) == 90


def test_chunks_are_cut_at_blank_lines_and_know_their_first_line() -> None:
    documents = list(read_stream(io.StringIO(ARTICLE * 3), "text", chunk=100))
    firsts = [d.first_line for d in documents]
    assert firsts[0] == 1
    assert all(d.text.endswith("\n\n") or d is documents[-1] for d in documents)
    assert sum(d.text.count("\n") for d in documents) == (ARTICLE * 3).count("\n")


def test_a_markdown_stream_keeps_the_front_matter_date_and_skips_fences_across_chunks() -> None:
    text = (
        "---\ndate: 2025-12-05\n---\n\n"
        + "The GNLC has 425 member cities.\n\n" * 3
        + "```\n\nthe GNLC has 999 member cities\n\n```\n\n"
        + "The GNLC has 425 member cities.\n"
    )
    documents = list(read_stream(io.StringIO(text), "markdown", chunk=30))
    mentions = [m for d in documents for m in find_mentions(d)]
    assert {d.date for d in documents} == {PartialDate(2025, 12, 5)}
    assert [m.value for m in mentions] == [425, 425, 425, 425]
    assert [m.line for m in mentions] == [5, 7, 9, 17]


class _Trickle:
    """A file that returns a few characters per read, whatever was asked for."""

    def __init__(self, text: str, size: int) -> None:
        self._text, self._size, self._at = text, size, 0

    def read(self, wanted: int = -1) -> str:
        piece = self._text[self._at : self._at + self._size]
        self._at += len(piece)
        return piece


@pytest.mark.parametrize("kind", ["text", "markdown"])
@pytest.mark.parametrize("size", [1, 7, 64, 1 << 20])
def test_a_file_read_in_blocks_is_cut_where_its_lines_would_be(kind: str, size: int) -> None:
    text = (
        "---\ndate: 2025-12-05\n---\n\n"
        + ARTICLE * 4
        + "```\n\nthe GNLC has 999 member cities\n\n```\n \t\n\n\n"
        + ARTICLE * 2
    )
    by_lines = list(read_stream(text.splitlines(keepends=True), kind, chunk=120))
    by_blocks = list(read_stream(_Trickle(text, size), kind, chunk=120))
    assert len(by_lines) > 5
    assert [(d.text, d.first_line) for d in by_blocks] == [
        (d.text, d.first_line) for d in by_lines
    ]


# ------------------------------------------------------------------------------ robustness

_PIECES = st.sampled_from(
    [
        "The GNLC has ", "425", " member cities", " in 91 countries", ". ", "\n", "\n\n",
        "<p>", "</p>", "<!-- lcnet: ignore -- x -->", "&nbsp;", "&amp;", "```\n", "---\n",
        "date: 2025-13-45\n", "sixty-four", " new ", "members", "İ", "Hà Nội ", "thành phố",
        "<script>", "</script>", "[lcnet: ignore]", "1.5 million", " people", "\u00a0", "'s ",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES | st.text(max_size=5), max_size=40), st.sampled_from(KINDS))
def test_any_text_reads_without_error_and_positions_stay_in_the_file(
    pieces: list[str], kind: str
) -> None:
    raw = "".join(pieces)
    lines = raw.split("\n")
    for mention in find_mentions(read_document(raw, kind)):
        assert 1 <= mention.line <= mention.end_line <= len(lines)
        assert 1 <= mention.column <= len(lines[mention.line - 1]) + 1
        assert 1 <= mention.end_column <= len(lines[mention.end_line - 1]) + 1


def test_a_word_broken_at_a_lines_end_is_read_whole_with_every_offset_kept() -> None:
    raw = "Le Réseau mondial des villes ap-\nprenantes compte 294 villes.\n"
    document = read_document(raw, "text")
    assert document.text == "Le Réseau mondial des villes apprenantes compte 294 villes.\n"
    assert document.source_map is not None
    assert document.source_map.start(document.text.index("294")) == (2, 18)


def test_a_hyphen_before_a_capital_at_a_lines_end_stays() -> None:
    raw = "cities of the Asia-\nPacific region\n"
    assert read_document(raw, "text").text == "cities of the Asia-Pacific region\n"


def test_a_compound_unit_broken_by_a_line_break_is_read_whole() -> None:
    text = "Mạng lưới các thành phố học tập toàn cầu hiện có 294 thành\nphố ở 76 quốc\ngia.\n"
    found = [
        (m.text, m.metric.value, m.value) for m in find_mentions(read_document(text, "text"), "vi")
    ]
    assert found == [
        ("294 thành phố", "total_cities", 294),
        ("76 quốc gia", "total_countries", 76),
    ]


def test_an_aside_in_the_story_is_read_and_a_sidebar_outside_it_is_not() -> None:
    raw = (
        "<html><body><aside>Sidebar: 12 cities</aside>"
        "<main><p>Story text.</p><aside><h2>Did you know</h2><p>425 cities</p></aside>"
        "<p>More story.</p></main><aside>Related: 7 cities</aside></body></html>"
    )
    text = read_document(raw, "html").text
    assert "12 cities" not in text
    assert "7 cities" not in text
    assert " ".join(text.split()) == "Story text. Did you know 425 cities More story."


@pytest.mark.parametrize(
    ("body", "read"),
    [
        # no <main> or <article>: an aside between the story's paragraphs is a fact box
        ("<h1>Our city in the network</h1><p>Story.</p><aside><h3>In brief</h3>"
         "<p>356 cities</p></aside><p>More story.</p><footer>12 cities</footer>",
         "Our city in the network Story. In brief 356 cities More story."),
        # a sidebar before the story or after it is not
        ("<aside>Most read: 12 cities</aside><h1>Title</h1><p>Story.</p>"
         "<aside>Related: 7 cities</aside><footer>Footer</footer>",
         "Title Story."),
        ("<h1>Title</h1><p>Story.</p><aside>Related: 7 cities <aside>inner</aside></aside>",
         "Title Story."),
    ],
)  # fmt: skip
def test_without_main_or_article_an_aside_between_paragraphs_is_read(body: str, read: str) -> None:
    text = read_document(f"<html><body>{body}</body></html>", "html").text
    assert " ".join(text.split()) == read


def test_elements_with_no_space_between_a_number_and_a_word_are_read_apart() -> None:
    # a statistics block its style sheet lays out: the number and its label in two spans
    raw = (
        "<html><body><main><h1>UNESCO Global Network of Learning Cities</h1>"
        '<div class="stat"><span>425</span><span>member cities</span></div>'
        '<div class="stat"><span>500M+</span><span>citizens</span></div>'
        "<p><b>Learn</b>ing cities: <span>Region</span><span>7</span> and 4<b>25</b></p>"
        "</main></body></html>"
    )
    document = read_document(raw, "html")
    assert " ".join(document.text.split()) == (
        "UNESCO Global Network of Learning Cities 425 member cities 500M+ citizens"
        " Learning cities: Region 7 and 425"
    )
    found = [(m.text, m.line, m.column) for m in find_mentions(document, "en")]
    assert found[0] == ("425 member cities", 1, 92)  # the column of the 425 in the file


@pytest.mark.parametrize(
    ("code", "html", "expected"),
    [
        ("en", '<div class="stat"><strong>390 million</strong><span>citizens</span></div>',
         ("390 million citizens", 390_000_000)),
        ("en", "<p>390 million<br>citizens</p>", ("390 million citizens", 390_000_000)),
        ("en", "<p>39 crore<br>citizens</p>", ("39 crore citizens", 390_000_000)),
        ("vi", "<div><b>390 triệu</b><span>người dân</span></div>",
         ("390 triệu người dân", 390_000_000)),
        ("es", "<p>390 millones<br>de habitantes</p>",
         ("390 millones de habitantes", 390_000_000)),
        ("fr", "<div><b>390 millions</b><span>d'habitants</span></div>",
         ("390 millions d'habitants", 390_000_000)),
    ],
)  # fmt: skip
def test_a_headline_figure_with_its_scale_word_is_read_with_its_label(
    code: str, html: str, expected: tuple[str, int]
) -> None:
    # "<p>390 million<br>citizens</p>": a number with its scale word, alone in its block
    # or its element, has its label in the next one, as a number alone does
    title = {"en": "UNESCO Global Network of Learning Cities",
             "vi": "Mạng lưới các thành phố học tập toàn cầu của UNESCO",
             "es": "Red Mundial de Ciudades del Aprendizaje de la UNESCO",
             "fr": "Réseau mondial des villes apprenantes de l'UNESCO"}[code]  # fmt: skip
    raw = f"<html><body><main><h1>{title}</h1>{html}</main></body></html>"
    found = [(m.text, int(m.value)) for m in find_mentions(read_document(raw, "html"), code)]
    assert found == [expected]


def test_a_markdown_footnote_is_prose_and_a_link_reference_is_not() -> None:
    raw = (
        "Intro.[^c]\n\n[^c]: The network had 229 cities in 2021.\n\n"
        "[ref]: https://example.org/425-cities\n"
    )
    text = read_document(raw, "markdown").text
    assert "The network had 229 cities in 2021." in text
    assert "[^c]:" not in text
    assert "425" not in text
