"""The marks of named counts ("vier: A, B und C", "the fourth, after A") are found from
their punctuation exactly as the mark pattern finds them (lcnet.extract.elliptic._marks,
a speed-up for #14)."""

from __future__ import annotations

import random

import pytest

from lcnet.extract.elliptic import _marks, _named_forms
from lcnet.extract.lang import language


def spans(found: object) -> list[tuple[int, int]]:
    return [m.span() for m in found]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sind es vier: A, B und C", [(12, 14)]),
        ("die vierte  - nach A", [(10, 14)]),  # the spaces before a dash are the mark's
        ("die vierte -nach A", []),  # a dash needs spaces on both sides
        ("Ulm-Stadt, nach A", [(9, 11)]),  # a comma before the word of a rank
        ("Ulm, Bonn: A", [(9, 11)]),
    ],
)
def test_the_marks_of_named_counts(text: str, expected: list[tuple[int, int]]) -> None:
    forms = _named_forms("de")
    assert spans(_marks(text, 0, len(text), forms)) == expected
    assert spans(forms.mark.finditer(text, 0, len(text))) == expected


@pytest.mark.parametrize("code", ["en", "de"])
def test_marks_are_what_the_pattern_finds_anywhere(code: str) -> None:
    forms = _named_forms(code)
    after = list(language(code).rank_after)
    pieces = [" ", " ", "\t", ":", "-", "\u2013", "\u2014", ",", "a", "\n", *after]
    rng = random.Random(14)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert spans(_marks(text, start, end, forms)) == spans(
            forms.mark.finditer(text, start, end)
        ), (text, start, end)
