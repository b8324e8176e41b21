"""lcnet.render.html: the HTML report of `lcnet check`, one self-contained page. What
comes from texts and the store is escaped and its control characters shown; only the
SVG lcnet draws is embedded as markup. (The whole pages are pinned by the golden files
tests/golden/check-*.html; here, each part on its own.)"""

from __future__ import annotations

import io
from typing import Any

from markupsafe import Markup

from lcnet.check.findings import Finding, Severity
from lcnet.render.findings import Summary, finding_record, summary_record
from lcnet.render.html import (
    VERDICTS,
    Page,
    TextView,
    _visible,
    write_store_report,
    write_texts_report,
)
from lcnet.render.passages import Gap, Paragraph, Segment

STORE = {"path": "facts", "origin": "--store", "name": "tiny"}


def page(mode: str, summary: Summary, fail_on: Severity | None = Severity.ERROR) -> Page:
    return Page(mode, "2026-11-23", STORE, summary_record(summary, fail_on))


def lines(write: Any, *args: Any) -> list[str]:
    stream = io.StringIO()
    write(stream, *args)
    return stream.getvalue().splitlines()


def test_control_characters_and_bidi_overrides_are_shown_as_escapes() -> None:
    assert _visible("a\x1b[31mb\x00") == "a\\x1b[31mb\\x00"
    assert _visible("\u202eevil\u2066") == "\\u202eevil\\u2066"
    assert _visible("tab\tand\nnewline") == "tab\tand\nnewline"
    assert _visible(Markup("<b>\x1b</b>")) == Markup("<b>\x1b</b>")  # lcnet's own markup
    assert _visible(356) == 356


def test_the_store_report_heads_with_the_store_and_sums_up() -> None:
    page_lines = lines(write_store_report, page("store", Summary(1, 0, 2, 3, True)), [], [])
    assert '<meta name="lcnet-report" content="store; version=1">' in page_lines
    assert "<title>lcnet check: the fact store, 2026-11-23</title>" in page_lines
    assert (
        '<p class="meta">Checked on 2026-11-23 against the fact store tiny (facts), by lcnet '
    ) in "\n".join(page_lines)
    start = page_lines.index('<ul class="summary">')
    assert page_lines[start + 1 : start + 7] == [
        "<li>1 error</li>",
        "<li>0 warnings</li>",
        "<li>2 notes</li>",
        "<li>3 resolved</li>",
        "<li>failed (fail on error)</li>",
        "</ul>",
    ]
    assert "<p>No findings.</p>" in page_lines
    assert not any("Charts" in line for line in page_lines)


def test_a_finding_is_escaped_and_its_evidence_linked() -> None:
    from lcnet.check.findings import Evidence

    evidence = Evidence(
        source="uil-2022-09-02", claim="uil-2022-09-02#total", url="https://x.example/?a=1&b=2"
    )
    item = Finding(
        "stale-figure",
        Severity.WARNING,
        'says "<script>alert(1)</script>"',
        "stale-figure:k",
        "sources/x.toml",
        4,
        evidence=(evidence,),
    )
    page_lines = lines(
        write_store_report, page("store", Summary(0, 1, 0, 0, False)), [finding_record(item)], []
    )
    start = page_lines.index('<div class="finding" id="finding-1">')
    assert page_lines[start + 2 : start + 7] == [
        "<p>says &#34;&lt;script&gt;alert(1)&lt;/script&gt;&#34;</p>",
        '<p class="meta"><code>stale-figure</code>, sources/x.toml:4; key '
        "<code>stale-figure:k</code></p>",
        '<ul class="side-by-side" aria-label="Evidence">',
        '<li><a href="https://x.example/?a=1&amp;b=2" rel="noreferrer noopener">'
        "uil-2022-09-02</a><br>uil-2022-09-02#total</li>",
        "</ul>",
    ]
    assert page_lines[start + 1].startswith('<h3><span class="badge tone-unsure">warning</span> ')


def test_charts_are_embedded_as_drawn_and_their_titles_escaped() -> None:
    chart = ("Members & countries", '<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>')
    page_lines = lines(write_store_report, page("store", Summary(0, 0, 0, 0, False)), [], [chart])
    assert (
        '<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg"><g/></svg>'
        "<figcaption>Members &amp; countries</figcaption></figure>"
    ) in page_lines


FIGURE = {
    "text": "294 member cities",
    "line": 1,
    "verdict": "stale",
    "reason": "294 was the figure until 2024-02-13",
    "date": "2024-03",
    "date_origin": "--date",
    "expected": {"text": "356", "basis": "intake 2024-02", "from": "2024-02-14", "to": None},
    "sources": [{"id": "u", "publisher": "UNESCO", "url": None, "published": "2024-02-14"}],
    "replacement": "356 member cities",
    "suppressed": None,
    "review": False,
}
TEXT = {"path": "a.md", "date": "2024-03", "date_origin": "--date", "language": "en"}


def test_the_texts_report_counts_verdicts_worst_first_and_places_the_figures() -> None:
    current = FIGURE | {"verdict": "current", "replacement": None, "text": "356 cities"}
    prose = [
        Paragraph(1, (Segment("Now ", None), Segment("294 member cities", 1), Segment(".", None))),
        Gap(2),
    ]
    view = TextView(TEXT, prose, [(1, FIGURE), (2, current)], [])
    page_lines = lines(write_texts_report, page("texts", Summary(0, 1, 0, 0, False)), [view], [])
    assert '<meta name="lcnet-report" content="texts; version=1">' in page_lines
    start = page_lines.index('<ul class="summary">')
    assert page_lines[start + 1 : start + 3] == ["<li>1 text</li>", "<li>2 figures</li>"]
    badges = [line for line in page_lines[start:] if line.startswith("<li>1 <span")]
    assert [b.split("</span>")[1] for b in badges] == ["stale", "current"]
    assert list(VERDICTS).index("stale") < list(VERDICTS).index("current")
    assert '<p class="meta">2 figures, judged at 2024-03 (--date); language en</p>' in page_lines
    assert '<p class="gap">[2 paragraphs without figures left out]</p>' in page_lines
    (paragraph,) = [line for line in page_lines if line.startswith('<p><span class="ln"')]
    assert paragraph == (
        '<p><span class="ln" aria-hidden="true">1</span>Now <button type="button" '
        'class="figure tone-problem" data-verdict="stale" id="fig-1" popovertarget="pop-1" '
        'aria-label="294 member cities: stale. Details">294 member cities<span class="badge '
        'tone-problem"><span aria-hidden="true">✗ </span>stale</span></button>.</p>'
    )
    assert "<dt>Figure then</dt><dd>356 (intake 2024-02, from 2024-02-14)</dd>" in page_lines
    assert '<dt>Suggested rewrite</dt><dd><q class="rewrite">356 member cities</q></dd>' in (
        page_lines
    )


def test_a_text_not_shown_says_why_and_a_text_without_figures_says_so() -> None:
    unshown = TextView(TEXT | {"path": "-"}, None, [(1, FIGURE)], [], "Read from stdin.")
    empty = TextView(TEXT | {"path": "b.md", "date": None, "language": None}, [], [], [])
    page_lines = lines(
        write_texts_report, page("texts", Summary(0, 0, 0, 0, False)), [unshown, empty], []
    )
    assert '<p class="gap">Read from stdin.</p>' in page_lines
    assert '<p class="meta">0 figures</p>' in page_lines
    assert '<p class="gap">No figure about the network found in this text.</p>' in page_lines
