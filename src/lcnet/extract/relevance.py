"""Is a figure about the GNLC? Precision matters more than recall here.

A figure is about the network when, in its sentence, the network cue nearest to it is
the GNLC: named ("UNESCO Global Network of Learning Cities", "GNLC", "learning cities"),
or referred to ("the network", "it now has") when the last network the text named before
the reference is the GNLC. A figure whose sentence names no network counts only when
its own words say membership ("member cities", "new members") and the text named the
GNLC shortly before. A local association's members are never the network's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence

from lcnet.extract.grammar import Grammar
from lcnet.extract.lang import Role, Unit
from lcnet.extract.phrase import Phrase
from lcnet.extract.sentence import Cue, Sentence

# How far back (in characters) the last named network is looked for.
REFERENCE_REACH = 5000  # for "the network"
MEMBERSHIP_REACH = 2500  # for a sentence with no cue, about "member cities"
_VERIFY = 120  # characters around an anchor where its network name is matched
_ACROSS_CLAUSE = 1000  # added to the distance of a cue that follows past a comma
_MEMBERSHIP_ROLES = frozenset({Role.MEMBER, Role.LEARNING, Role.NEW})
_CLAUSE_MARK = re.compile(r"[,;\uff0c\u3001\uff1b]")  # and the CJK ones


class NetworkMemory:
    """Whether the network a text named last before a position is the GNLC.

    Questions come in reading order, so each one searches only the text read since the
    one before: for literal words of the GNLC's names (two or three), among the places
    the engine found them at once, and for the other networks' words with str.rfind
    only after the last GNLC name, which is close by when it matters. The names' pattern
    then confirms what the words found.
    """

    def __init__(self, low: str, grammar: Grammar, names: Mapping[str, Sequence[int]]) -> None:
        self._low = low
        self._grammar = grammar
        self._names = names  # where each of grammar.gnlc_anchors is in `low`, in order
        self._read_to = 0
        self._gnlc_at = -1  # the last GNLC name read, or -1
        self._other_at = -1  # the last other network named after it, or -1

    def gnlc_named_last(self, position: int, reach: int) -> bool:
        if position < self._read_to:  # a question about an earlier place: start afresh
            self._read_to, self._gnlc_at, self._other_at = max(0, position - reach), -1, -1
        gnlc = self._last(self._grammar.gnlc_anchors, self._read_to, position, gnlc=True)
        if gnlc >= 0:
            self._gnlc_at, self._other_at = gnlc, -1
        if self._gnlc_at >= 0 and position - self._gnlc_at <= reach:
            floor = max(self._read_to, self._gnlc_at + 1)
            other = self._last(self._grammar.other_anchors, floor, position, gnlc=False)
            self._other_at = max(self._other_at, other)
        self._read_to = position
        return self._gnlc_at >= 0 and position - self._gnlc_at <= reach and self._other_at < 0

    def _last(self, anchors: tuple[str, ...], floor: int, position: int, *, gnlc: bool) -> int:
        """Where the last network name of the kind is in low[floor:position], or -1."""
        if gnlc:
            found = {self._last_found(a, floor, position) for a in anchors}
        else:
            found = {self._low.rfind(a, floor, position) for a in anchors}
        for anchor_at in sorted(found - {-1}, reverse=True):
            start = max(0, anchor_at - _VERIFY)
            for name in self._grammar.network_names.finditer(
                self._low, start, anchor_at + _VERIFY
            ):
                if name.start() <= anchor_at < name.end() and (name.lastgroup == "gnlc") == gnlc:
                    return anchor_at
        return -1

    def _last_found(self, anchor: str, floor: int, position: int) -> int:
        """low.rfind(anchor, floor, position), from the places the anchor is known at."""
        found = self._names[anchor]
        index = bisect_right(found, position - len(anchor)) - 1
        return found[index] if index >= 0 and found[index] >= floor else -1


def about_network(
    phrase: Phrase,
    sentence: Sentence,
    memory: NetworkMemory,
    *,
    paired: bool,
) -> bool:
    """Whether the figure phrase is a statement about the GNLC."""
    cue = _nearest(sentence.networks, phrase, sentence)
    if cue is None:
        about = (paired or _speaks_of_membership(phrase)) and memory.gnlc_named_last(
            sentence.span.start, MEMBERSHIP_REACH
        )
    elif cue.kind == "reference":
        about = memory.gnlc_named_last(cue.start, REFERENCE_REACH)
    else:
        about = cue.kind == "gnlc"
    if not about:
        return False
    if cue is None:  # "1.500 miembros tiene la asociación": the subject may come after
        return not sentence.has("negative")
    subject_from = cue.end if cue.end <= phrase.start else sentence.span.start
    return not sentence.has("negative", subject_from, phrase.start)


def _nearest(cues: list[Cue], phrase: Phrase, sentence: Sentence) -> Cue | None:
    """The cue nearest the figure, a name before a reference at the same distance."""
    nearest, best = None, (0, False)
    for cue in cues:
        rank = (_distance(cue, phrase, sentence), cue.kind == "reference")
        if nearest is None or rank < best:
            nearest, best = cue, rank
    return nearest


def _distance(cue: Cue, phrase: Phrase, sentence: Sentence) -> int:
    """How far a cue is from the figure; a cue after it, past a comma, is far.

    "Unlike the Creative Cities Network with its 350 members, the GNLC has 425": the
    350 belong to the network named before them, not to the one after the comma.
    """
    if cue.end <= phrase.start:
        return phrase.start - cue.end
    if cue.start >= phrase.end:
        between = sentence.low[phrase.end : cue.start]
        return cue.start - phrase.end + (_ACROSS_CLAUSE if _CLAUSE_MARK.search(between) else 0)
    return 0


def _speaks_of_membership(phrase: Phrase) -> bool:
    """ "member cities", "new members", "Vietnam's sixth city": words of a membership.

    "Two others" or plain "cities" are not: they need the network in their sentence.
    """
    if phrase.ordinal and phrase.country is not None:
        return True
    return phrase.unit is Unit.MEMBER or bool(phrase.roles & _MEMBERSHIP_ROLES)
