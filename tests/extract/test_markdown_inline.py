"""Markdown's inline marks (code, comments, tags, link targets, bare addresses, emphasis)
blanked in place: looked for only where one can start, with the same matches as the
pattern tried at every character (lcnet.extract.markdown.inline_blanked)."""

from __future__ import annotations

import random

import pytest

from lcnet.extract.markdown import _INLINE, _blank_match, inline_blanked

CASES = [
    ("The **GNLC** has 425 cities.", "The   GNLC   has 425 cities."),
    ("See [the list](https://example.org/a_b) of 425.",
     "See [the list](" + " " * 23 + ") of 425."),
    # a bare address runs to a blank, a bracket or ">": its comma too
    ("At https://example.org/x_y, `code 12` and <b>425</b>.",
     "At " + " " * 24 + " " + " " * 9 + " and    425    ."),
    ("约**3.9亿**居民 and snake_case_word", "约  3.9亿  居民 and snake_case_word"),
    # "http" that opens no address: read past
    ("<!-- a note --> http:// and httpx and h", " " * 15 + " http:// and httpx and h"),
    ("", ""),
]  # fmt: skip


@pytest.mark.parametrize(("prose", "blanked"), CASES)
def test_inline_marks_are_blanked_in_place(prose: str, blanked: str) -> None:
    assert inline_blanked(prose) == blanked


def test_the_same_marks_as_the_pattern_tried_at_every_character() -> None:
    pieces = [*"ab 1*_`<>]()[!-\n:/.h", "http://", "https://", "http", "<!--", "-->", "年"]
    rng = random.Random(14)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(5000)]
    differ = [t for t in texts if inline_blanked(t) != _INLINE.sub(_blank_match, t)]
    assert differ == []
    assert sum(inline_blanked(t) != t for t in texts) > 2500  # most texts hold a mark
