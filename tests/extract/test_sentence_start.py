"""A mention's sentence starts where reading the whole reach before it says, though the
reach is read from nearer first (lcnet.extract._sentence_start, a speed-up for #14)."""

from __future__ import annotations

import random

import pytest

import lcnet.extract as extract
from lcnet.extract import _SENTENCE_END, _sentence_start, find_mentions, read_document


def whole_reach(text: str, start: int) -> int:
    """The reading it replaces: every sentence end in the reach, the last one kept."""
    low = max(0, start - extract._SENTENCE_REACH)
    ends = [found.end() for found in _SENTENCE_END.finditer(text, low, start)]
    return ends[-1] if ends else low


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("One. Two three", 10, 5),  # an end near the figure
        ("x" * 300 + ". " + "y" * 150 + "425", 452, 302),  # an end beyond the near part
        ("x" * 500 + "425", 500, 100),  # none in the reach: its start
        # an end that starts before the near part and runs into it
        ("x" * 190 + ".\n\n" + "y" * 158 + "425", 351, 192),
    ],
)
def test_the_sentence_starts_after_the_last_end_in_the_reach(
    text: str, start: int, expected: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extract, "_SENTENCE_NEAR", 160)
    assert _sentence_start(text, start) == expected == whole_reach(text, start)


def test_reading_from_nearer_first_finds_what_the_whole_reach_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ends of every kind where the near part begins: ". ", "。", blank lines, runs of
    white space that start before it; small reaches so that every case is met."""
    monkeypatch.setattr(extract, "_SENTENCE_REACH", 24)
    letters = [".", "!", " ", "\n", "\n", "\t", "a", "b", "\u3002", "\u2028"]
    rng = random.Random(14)
    for _ in range(20_000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 40)))
        start = rng.randint(0, len(text))
        monkeypatch.setattr(extract, "_SENTENCE_NEAR", rng.randint(1, 24))
        assert _sentence_start(text, start) == whole_reach(text, start), (text, start)


def test_a_mention_carries_its_whole_sentence() -> None:
    text = (
        "Intro. " + "Filler words here. " * 12 + "The UNESCO Global Network of Learning "
        "Cities now counts 425 cities in 91 countries.\n"
    )
    mentions = list(find_mentions(read_document(text, "text"), language="en"))
    assert [m.sentence for m in mentions][:1] == [
        "The UNESCO Global Network of Learning Cities now counts 425 cities in 91 countries."
    ]
