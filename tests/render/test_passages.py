"""lcnet.render.passages: a text's paragraphs around its figures, cut for the report."""

from __future__ import annotations

from lcnet.extract import read_document
from lcnet.render import passages as module
from lcnet.render.passages import (
    Gap,
    Paragraph,
    Segment,
    Span,
    figure_spans,
    page_prose,
    passages,
    plain_prose,
)


def test_a_figure_is_cut_out_of_its_line_by_line_and_column() -> None:
    prose = plain_prose("Intro line.\n\nThe network counts 356 member cities now.\n")
    spans = figure_spans(prose, [(1, 3, 20, 3, 37)])
    assert spans == [Span(32, 49, 1)]
    assert passages(prose, spans) == [
        Paragraph(1, (Segment("Intro line.", None),)),
        Paragraph(
            3,
            (
                Segment("The network counts ", None),
                Segment("356 member cities", 1),
                Segment(" now.", None),
            ),
        ),
    ]


def test_paragraphs_far_from_any_figure_become_one_gap() -> None:
    text = "\n\n".join(f"Paragraph {n}." for n in range(1, 9)) + "\n\nNow 425 cities.\n"
    prose = plain_prose(text)
    shown = passages(prose, figure_spans(prose, [(7, 17, 5, 17, 16)]))
    assert shown[0] == Gap(6)
    assert [p.line for p in shown[1:] if isinstance(p, Paragraph)] == [13, 15, 17]


def test_an_html_page_is_shown_as_its_prose_not_its_markup() -> None:
    raw = "<html><body>\n<p>It links <b>more than 400</b> cities.</p>\n</body></html>\n"
    document = read_document(raw, "html")
    assert document.source_map is not None
    prose = page_prose(document.text, document.source_map)
    # "more than 400 cities": from line 2, column 16 to before column 40 of the markup
    spans = figure_spans(prose, [(4, 2, 16, 2, 40)])
    [paragraph] = [p for p in passages(prose, spans) if isinstance(p, Paragraph)]
    assert paragraph == Paragraph(
        2,
        (
            Segment("It links ", None),
            Segment("more than 400 cities", 4),
            Segment(".", None),
        ),
    )


def test_a_figure_overlapping_the_one_before_is_left_out_of_the_text() -> None:
    prose = plain_prose("The network has 356 member cities.\n")
    assert figure_spans(prose, [(1, 1, 17, 1, 34), (2, 1, 21, 1, 34)]) == [Span(16, 33, 1)]


def test_a_long_run_of_plain_text_is_shortened_in_its_middle() -> None:
    filler = "word " * 400
    prose = plain_prose(f"{filler}356 cities {filler}and 79 countries.\n")
    first = len(filler) + 1
    second = 2 * len(filler) + 16
    spans = figure_spans(prose, [(1, 1, first, 1, first + 10), (2, 1, second, 1, second + 12)])
    [paragraph] = passages(prose, spans)
    assert isinstance(paragraph, Paragraph)
    opening, _, between, _, closing = paragraph.segments
    half = module.LONGEST_RUN // 2
    assert opening.text == "… " + filler[-half:]
    run = f" {filler}and "
    assert between.text == run[:half] + " … " + run[-half:]
    assert closing.text == "."
