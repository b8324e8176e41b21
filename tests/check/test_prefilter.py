"""`lcnet check DIR` skips the extraction of a page that never names the GNLC
(lcnet.check.judging.may_hold_a_figure, #14): what is skipped could hold no figure, and
the report on the page (its date, languages and problems) is the one it had."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lcnet.check.judging import TextReport, judged_text, may_hold_a_figure
from lcnet.check.texts import TextFigure, gazetteer
from lcnet.check.timeline import Timeline
from lcnet.extract import find_mentions, language_parts, read_document, read_stream
from lcnet.extract.engine import anchored, lowered
from lcnet.extract.grammar import grammar, names_an_anchor
from lcnet.extract.lang import CODES


@pytest.mark.parametrize("code", CODES)
def test_an_anchor_is_found_wherever_the_language_finds_one(code: str) -> None:
    rules = grammar(code)
    words = st.sampled_from([*rules.gnlc_anchors, "learn", "cities", "réseau", "網", "the"])
    gaps = st.sampled_from([" ", "", "\n", "  ", "\u00a0", " - ", ", "])

    @settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(st.tuples(words, gaps), max_size=6))
    def check(pieces: list[tuple[str, str]]) -> None:
        text = lowered("".join(word.replace(" ", gap) + gap for word, gap in pieces))
        assert names_an_anchor(text, code) == bool(anchored(text, rules)), text

    check()


def test_the_anchors_of_a_language_only() -> None:
    assert names_an_anchor("the global network of learning\ncities grew", "en")
    assert names_an_anchor("la gnlc crece", "es")
    assert not names_an_anchor("a lifelong learning plan for 300 cities", "en")
    assert names_an_anchor("a lifelong learning plan for 300 cities", "de")  # its anchor


PLAIN = """---
title: Riverside opens a new library
date: 2024-05-02
---

The city opened its new library with 300 seats. <!-- lcnet: ignore -->

Some 40 schools took part in the reading week.
"""


def _report(timeline: Timeline, text: str, kind: str = "markdown") -> list[object]:
    places = gazetteer(timeline.store)
    documents = read_stream([text], kind, chunk=120)
    return list(judged_text(timeline, "page.md", documents, None, places))


def test_a_page_that_names_no_network_is_reported_as_before(real_timeline: Timeline) -> None:
    document = read_document(PLAIN, "markdown")
    assert not may_hold_a_figure(document, language_parts(document))
    events = _report(real_timeline, PLAIN)
    report = events[-1]
    assert isinstance(report, TextReport)
    assert (str(report.date), report.date_origin, report.figure_count) == (
        "2024-05-02",
        "front matter date",
        0,
    )
    assert [(p.language, p.line, p.end_line) for p in report.parts] == [("en", 2, 8)]
    problems = [e.code for e in events[:-1]]  # the suppression without a reason
    assert [str(code) for code in problems] == ["suppression-without-reason"]


def test_a_head_that_names_the_network_makes_its_page_read(real_timeline: Timeline) -> None:
    filler = "".join(
        f"Paragraph {n} tells of the festival and its guests.\n\n" for n in range(120)
    )
    text = "# The GNLC grows\n\n" + filler + "The network now has 425 members.\n"
    last = list(read_stream([text], "markdown", chunk=120))[-1]
    assert "gnlc" not in (last.lead_in + last.text).lower()  # only its head names it
    assert may_hold_a_figure(last, language_parts(last))
    assert [m.value for m in find_mentions(last)] == [425]
    figures = [e for e in _report(real_timeline, text) if isinstance(e, TextFigure)]
    assert [f.mention.value for f in figures] == [425]


def test_a_name_in_the_chunk_before_carries_over(real_timeline: Timeline) -> None:
    lines = "The UNESCO Global Network of Learning Cities met in May.\n\n"
    filler = "".join(f"Line {n} of the story about the meeting.\n\n" for n in range(3))
    text = lines + filler + "It now has 425 members worldwide.\n"
    documents = list(read_stream([text], "text", chunk=120))
    last = documents[-1]
    assert len(documents) > 1
    assert "learning" not in last.text.lower()
    unheaded = last._replace(head="")  # the name is carried in its lead-in only
    assert may_hold_a_figure(unheaded, language_parts(last))
    assert [m.value for m in find_mentions(unheaded)] == [425]
    assert not may_hold_a_figure(unheaded._replace(lead_in=""), language_parts(last))


def test_a_page_in_no_language_lcnet_reads_is_not_extracted() -> None:
    document = read_document("Это страница о городе и его библиотеке. " * 20, "text")
    parts = language_parts(document)
    assert [(p.language, p.read) for p in parts] == [("ru", False)]
    assert not may_hold_a_figure(document, parts)
