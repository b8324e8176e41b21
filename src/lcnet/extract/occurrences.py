"""Where a literal word stands in a stretch of text, found once per stretch.

Several readers look for the same words in the same stretch: the unit nouns and the
verbs of counting ("number", "total") are both needles of lcnet.extract.candidates and
words that lcnet.extract.predicates and lcnet.extract.newcomers look for. Each str.find
pass over a megabyte costs some milliseconds, found or not; the places of each word in
the stretch being read are kept, so that a word is looked for once per stretch (#14),
and a word that starts with one kept ("counts", "count") or holds one as its last words
("in total", "total") is read from its places.

One pass for all the words at once does not pay in pure Python (measured on the
throughput benchmark's English, 47 words over 2 MB, 2026-12): str.find takes 0.5-0.9 ms
per word and megabyte, while re tries an alternation of the words at each place where
one of them may start, at tens of nanoseconds each: one alternation took 184 ms where
the 47 str.find passes took 116, a trie of the words 62 ms but it misses a word that
starts inside another's match ("cit" + "total"), and the exact form (a lookahead trie,
every place read) 81 ms before the places are sorted out in Python (94 ms in all).
Splitting the text into words to test which are there costs more than the passes
(str.split: ~35 ns a character). Aho-Corasick in C (pyahocorasick, not a dependency)
ran 3x faster than the passes alone, but in the engine, with the stretch sliced for it
and each match sorted out in Python, only 127 ms against 148 (a loaded machine: within
its noise). Fewer passes come from fewer words to look for, not from one pass.
"""

from __future__ import annotations

import re
from functools import cache

_text: str | None = None  # the stretch whose words are kept: low[_start:_end]
_start = _end = -1
_places: dict[str, list[int]] = {}
_heads: set[str] = set()  # the first letters (_SHORTEST_STEM) of every word kept


def occurrences(low: str, start: int, end: int, word: str) -> list[int]:
    """Every place where `word` starts in low[start:end] (and ends there too), in order,
    overlapping ones included, as str.find finds them. The list is shared: read it only."""
    global _text, _start, _end, _places, _heads
    if low is not _text or start != _start or end != _end:
        _text, _start, _end, _places, _heads = low, start, end, {}, set()
    found = _places.get(word)
    if found is None:
        kept = _kept_part(word)
        if kept is not None:  # "counts" where "count" is, "in total" where "total" is:
            found = _from_part(low, start, end, word, kept)  # no pass over the stretch
        elif (finder := _finder(word)) is not None:
            found = [m.start() for m in finder.finditer(low, start, end)]
        else:
            found = []
            at = low.find(word, start, end)
            while at >= 0:
                found.append(at)
                at = low.find(word, at + 1, end)
        _places[word] = found
        _heads.add(word[:_SHORTEST_STEM])
    return found


def kept_places(low: str, start: int, end: int, word: str) -> list[int] | None:
    """The places occurrences() would give, if they are known without a pass over the
    stretch (the word or a word it holds is kept for it); else None."""
    if low is not _text or start != _start or end != _end:
        return None
    found = _places.get(word)
    if found is None and (kept := _kept_part(word)) is not None:
        found = _places[word] = _from_part(low, start, end, word, kept)
        _heads.add(word[:_SHORTEST_STEM])
    return found


def _kept_part(word: str) -> tuple[str, int] | None:
    """A word kept for this stretch that `word` holds, and where in it: the longest it
    starts with ("count" in "counts"), else one of its words after the first ("total"
    in "in total"). Every place of `word` is a place of that part, so far into it."""
    if word[:_SHORTEST_STEM] in _heads:  # most words: none kept starts as they do
        for stem in _stems(word):
            if stem in _places:
                return stem, 0
    for part, offset in _later_words(word):
        if part in _places:
            return part, offset
    return None


def _from_part(low: str, start: int, end: int, word: str, kept: tuple[str, int]) -> list[int]:
    part, offset = kept
    if not offset:
        return [at for at in _places[part] if low.startswith(word, at, end)]
    return [
        at - offset
        for at in _places[part]
        if at - offset >= start and low.startswith(word, at - offset, end)
    ]


@cache
def _stems(word: str) -> tuple[str, ...]:
    """The words `word` starts with, longest first, of three letters or more (no word
    looked for is shorter)."""
    return tuple(word[:size] for size in range(len(word) - 1, _SHORTEST_STEM - 1, -1))


@cache
def _later_words(word: str) -> tuple[tuple[str, int], ...]:
    """What `word` holds from each of its spaces on, and where: ("total", 3) in "in
    total"; of three letters or more."""
    return tuple(
        (word[at + 1 :], at + 1)
        for at, char in enumerate(word)
        if char == " " and len(word) - at - 1 >= _SHORTEST_STEM
    )


_SHORTEST_STEM = 3


_SHORT = 10  # letters: re finds a short word faster than str.find, skipping to its first in
# C ("grows to", "presence", "urban cent": 0.45-0.53 ms per MB of English where str.find
# takes 0.60-0.68; "municipalit", "inhabitants": str.find skips further, 0.43 against 0.52)
# ... unless that first letter is one of the most frequent in the languages of Latin script:
# re stops at each ("they", "total", "number": 2.9 ms over 3 MB of English where str.find
# takes 1.7-2.2; "brings", "member", "people": 1.2-1.8 ms where str.find takes 2.1-2.2)
_FREQUENT_FIRST = frozenset("etaoinshrdl")


@cache
def _finder(word: str) -> re.Pattern[str] | None:
    """A pattern for a short word whose places cannot overlap (no start of it is also its
    end, as in "ana"): its matches are then every place str.find finds."""
    if len(word) > _SHORT or word[:1] in _FREQUENT_FIRST:
        return None
    if any(word[:k] == word[-k:] for k in range(1, len(word))):
        return None
    return re.compile(re.escape(word))
