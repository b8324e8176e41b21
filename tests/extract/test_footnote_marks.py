"""Footnote marks next to a figure: superscript digits ("425¹"), an encyclopedia's
bracketed reference ("425[1]"), Markdown's footnote reference ("425[^1]") and an HTML
superscript in Markdown ("425<sup>1</sup>"). The number still meets its unit, in place
(columns are the file's), and the mark's digits are no figure."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

TITLE = "UNESCO Global Network of Learning Cities\n\n"

CASES = [
    ("text", "The GNLC has 425¹ member cities in 91² countries.",
     [("425 member cities", 425, 14), ("91 countries", 91, 36)]),
    ("text", "The GNLC has 425[1] member cities in 91[12] countries.",
     [("425 member cities", 425, 14), ("91 countries", 91, 38)]),
    ("markdown", "The GNLC has 425[^1] member cities in 91[^note] countries.",
     [("425 member cities", 425, 14), ("91 countries", 91, 39)]),
    ("markdown", "The GNLC has 425<sup>1</sup> member cities in 91<SUP>2</SUP> countries.",
     [("425 member cities", 425, 14), ("91 countries", 91, 47)]),
    # a mark after a word, and a footnote's own line: no figure of its own
    ("text", "The GNLC[3] has 425 member cities.\n\n[3] UIL, 14 February 2024, page 2.",
     [("425 member cities", 425, 17)]),
    # a text not in ASCII: with no superscript, its bracketed marks; with one, both kinds
    ("markdown", "The GNLC, São Paulo's too, has 425[1] member cities in 91[^b] countries.",
     [("425 member cities", 425, 32), ("91 countries", 91, 56)]),
    ("text", "The GNLC, São Paulo's too, has 425¹ member cities in 91[2] countries.",
     [("425 member cities", 425, 32), ("91 countries", 91, 54)]),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "body", "expected"), CASES)
def test_a_footnote_mark_next_to_a_figure_is_read_past(
    kind: str, body: str, expected: list[tuple[str, int, int]]
) -> None:
    page = ("# " if kind == "markdown" else "") + TITLE + body + "\n"
    found = find_mentions(read_document(page, kind), "en")
    assert [(m.text, m.value, m.column) for m in found] == expected
