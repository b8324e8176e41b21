"""The marks that cut a figure's clause (lcnet.extract.historic._clause_marks) are found
by a pattern that opens with their first characters: the same matches, in the same
places, as the plain alternation of ; : dashes between spaces and a comma before a
conjunction."""

from __future__ import annotations

import random
import re

import pytest

from lcnet.extract.grammar import grammar
from lcnet.extract.historic import _CLAUSE_END, _clause_marks
from lcnet.extract.lang import CODES


def _plain(conjunctions: tuple[str, ...]) -> re.Pattern[str]:
    joined = "|".join(re.escape(c) for c in conjunctions)
    return re.compile(_CLAUSE_END + (rf"|,\s+(?:{joined})\s" if joined else ""))


@pytest.mark.parametrize("code", CODES)
def test_the_same_marks_as_the_alternation(code: str) -> None:
    conjunctions = grammar(code).language.conjunctions
    rng = random.Random(code)
    pieces = [" ", ",", ";", ":", "\uff1b", "\u2013", "\u2014", "\n", "\t", "x", *conjunctions]
    text = "".join(rng.choice(pieces) for _ in range(20_000))
    marks = _clause_marks(conjunctions)
    assert [m.span() for m in marks.finditer(text)] == [
        m.span() for m in _plain(conjunctions).finditer(text)
    ]
    assert [m.span() for m in marks.finditer(text, 7, 9000)] == [
        m.span() for m in _plain(conjunctions).finditer(text, 7, 9000)
    ]


def test_the_marks_of_a_sentence() -> None:
    text = "In 2022 it had 294 members, and in 2024 356; a record \u2013 UNESCO said: more"
    marks = _clause_marks(("and",))
    assert [m.group() for m in marks.finditer(text)] == [", and ", ";", " \u2013 ", ":"]
    assert [m.group() for m in _clause_marks(()).finditer(text)] == [";", " \u2013 ", ":"]
