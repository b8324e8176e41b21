"""A sentence and the cues in it, found once for all the figures it holds.

Cues are the words the engine weighs: network names and references (is it the GNLC?),
and the words that make a figure an intake's or a total, a candidate count, a local
association's, first-time countries. Each kind is matched by one combined pattern in one
pass over the sentence: many short passes over the same words cost several times more.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from lcnet.extract.grammar import Grammar

_AFTER_LAST = 80  # characters after the last figure where cues are still read


class Span(NamedTuple):
    start: int
    end: int


class Cue(NamedTuple):
    start: int
    end: int
    kind: str  # "gnlc", "other", "reference", or a group of Grammar.cues ("total", ...)


class Sentence:
    def __init__(self, low: str, span: Span, grammar: Grammar, last_figure_end: int) -> None:
        self.low = low
        self.span = span
        self.networks = _networks(low, span, grammar)
        # Cues matter before a figure and just after it: no need to read further.
        end = min(span.end, last_figure_end + _AFTER_LAST)
        self.cues = [
            Cue(m.start(), m.end(), m.lastgroup or "")
            for m in grammar.cues.finditer(low, span.start, end)
            if not self._in_name(m.start(), m.end())  # "network of" in a network's name
        ]

    def _in_name(self, start: int, end: int) -> bool:
        return any(c.start < end and start < c.end for c in self.networks if c.kind != "reference")

    def within(self, start: int, end: int, kinds: Iterable[str]) -> list[Cue]:
        """The cues of those kinds that lie in low[start:end], in order."""
        wanted = set(kinds)
        return [c for c in self.cues if c.kind in wanted and start <= c.start and c.end <= end]

    def has(self, kind: str, start: int | None = None, end: int | None = None) -> bool:
        low_end = self.span.start if start is None else start
        high_end = self.span.end if end is None else end
        return bool(self.within(low_end, high_end, (kind,)))


def _networks(low: str, span: Span, grammar: Grammar) -> list[Cue]:
    """The network names and references, names first where they overlap."""
    text = f" {low[span.start : span.end]} "  # anchors may hold the spaces around words
    cues: list[Cue] = []
    if any(anchor in text for anchor in grammar.network_anchors):
        for m in grammar.network_names.finditer(low, span.start, span.end):
            cues.append(Cue(m.start(), m.end(), m.lastgroup or ""))
    if any(anchor in text for anchor in grammar.reference_anchors):
        for m in grammar.references.finditer(low, span.start, span.end):
            if not any(m.start() < c.end and c.start < m.end() for c in cues):  # not in a name
                cues.append(Cue(m.start(), m.end(), "reference"))
    return cues
