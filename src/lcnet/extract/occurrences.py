"""Where a literal word stands in a stretch of text, found once per stretch for every word.

Several readers look for the same words in the same stretch: the unit nouns and the
verbs of counting ("number", "total") are both needles of lcnet.extract.candidates and
words that lcnet.extract.predicates and lcnet.extract.newcomers look for; some sixty to
eighty words in all, in each stretch of English near a name of the GNLC. The places of
every word asked for so far (the vocabulary: it is learned, each reader's words are its
language's) are found in ONE scan of the stretch, an Aho-Corasick automaton over them
all (ahocorasick_rs, the Rust aho-corasick crate), when its first word is asked: a
reader then asks the index for its words' places (occurrences) or whether they are
known there (kept_places) and makes no pass of its own. A word asked for the first time
is looked for alone (str.find) and is in the automaton from the next stretch on.

Measured on the throughput benchmark's English (2 MB, every article about the GNLC;
2026-12, CPU time): the sixty str.find passes took 37 ms per MB inside the engine. One
scan of 74 words over its stretches: ahocorasick_rs 3.5 ms per MB (4.2-4.5 with the
places sorted out in Python), pyahocorasick 12 (13.4). No pure-Python form of one scan
pays: an alternation of the words in a lookahead (every place, overlapping ones too)
took 52 ms per MB for 48 words where their str.find passes took 58, a trie misses a
word that starts inside another's match ("cit" + "total"), and splitting into words
finds no part of a word ("cit" of "cities"). So without ahocorasick_rs (not installed,
or no wheel for the Python) each word is found alone, as before: once per stretch, a
word that starts with a kept one ("counts", "count") or holds one as its last words ("in
total", "total") read from its places. Both give the same places, in the same order,
overlapping ones included (tests/extract/test_occurrences.py compares them).
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from typing import Any, NamedTuple

_text: str | None = None  # the stretch whose words are kept: low[_start:_end]
_start = _end = -1
_places: dict[str, list[int]] = {}
_heads: set[str] = set()  # the first letters (_SHORTEST_STEM) of every word kept
_indexed: frozenset[str] = frozenset()  # the words the stretch's one scan looked for
_vocabulary: dict[str, None] = {}  # every word asked for, in order (the automaton's words)
_automaton: Automaton | None = None  # over _vocabulary as it was when built (_built)
_built: frozenset[str] = frozenset()
_MOST_WORDS = 5000  # words in the vocabulary at most (the languages' words: some hundreds)
_scanner: Any = None  # ahocorasick_rs, imported at the first stretch; False: none


def occurrences(low: str, start: int, end: int, word: str) -> list[int]:
    """Every place where `word` starts in low[start:end] (and ends there too), in order,
    overlapping ones included, as str.find finds them. The list is shared: read it only."""
    if low is not _text or start != _start or end != _end:
        _begin(low, start, end)
    found = _places.get(word)
    if found is None:
        if word in _indexed:  # the stretch's scan looked for it: it is not there
            found = _places[word] = []
            return found
        _learn(word)
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
    stretch of its own (the stretch's one scan looked for the word, or a word it holds is
    kept for it); else None, and the word is looked for in the next stretches' scans."""
    if low is not _text or start != _start or end != _end:
        if _scanner is False:
            return None  # no scan: only words kept for the stretch are known
        _begin(low, start, end)
    found = _places.get(word)
    if found is None:
        if word in _indexed:
            found = _places[word] = []
        else:
            # the next stretches' scans find it: rarer than the word it holds ("newcomers"
            # of "new"), whose every place would be read for it again in each
            _learn(word)
            if (kept := _kept_part(word)) is not None:
                found = _places[word] = _from_part(low, start, end, word, kept)
                _heads.add(word[:_SHORTEST_STEM])
    return found


def one_scan(enabled: bool) -> bool:
    """Find the places of a stretch's words in one scan (where ahocorasick_rs is installed:
    the default) or each word alone (as without it), from a vocabulary learned anew;
    whether one scan is now made. For tests and benchmarks, which compare the two."""
    global _scanner, _text, _automaton, _built
    _scanner = None if enabled else False
    _text, _automaton, _built = None, None, frozenset()
    _vocabulary.clear()
    return enabled and automaton_of(["a"]) is not None


def _learn(word: str) -> None:
    """Look for `word` in the next stretches' scans too."""
    if len(_vocabulary) < _MOST_WORDS:
        _vocabulary[word] = None


def _begin(low: str, start: int, end: int) -> None:
    """Make low[start:end] the stretch whose places are kept: with ahocorasick_rs, the
    places of every word of the vocabulary, from one scan."""
    global _text, _start, _end, _places, _heads, _indexed
    _text, _start, _end, _heads = low, start, end, set()
    automaton = _scanning()
    if automaton is None:
        _places, _indexed = {}, frozenset()
        return
    _places, _indexed = scanned(automaton, low, start, end), _built
    for word in _places:
        _heads.add(word[:_SHORTEST_STEM])


class Automaton(NamedTuple):
    """An Aho-Corasick automaton (ahocorasick_rs.AhoCorasick) and the words it finds, in
    the order of its pattern indexes; and the same over the words' UTF-8 bytes
    (ahocorasick_rs.BytesAhoCorasick), for a stretch of ASCII."""

    finder: Any
    words: tuple[str, ...]
    bytes_finder: Any = None


def scanned(automaton: Automaton, low: str, start: int, end: int) -> dict[str, list[int]]:
    """The places in low[start:end] of each of the automaton's words that stands there
    (an automaton of `automaton_of`), in order, overlapping ones included."""
    stretch = low[start:end]  # a copy of it: the automaton reads no offsets
    # Most stretches are ASCII (isascii costs nothing): their bytes are their characters,
    # one byte each, and the automaton over bytes reads them twice as fast as a str,
    # whose character indexes it works out from UTF-8 (2026-12, the throughput benchmark's
    # English: 3.3 ms per MB against 6.2). A word of other characters has other bytes,
    # found in no ASCII text, as its characters are not.
    if automaton.bytes_finder is not None and stretch.isascii():
        matches = automaton.bytes_finder.find_matches_as_indexes(
            stretch.encode("ascii"), overlapping=True
        )
    else:  # every match, overlapping ones too, by character indexes
        matches = automaton.finder.find_matches_as_indexes(stretch, overlapping=True)
    by_index: dict[int, list[int]] = {}
    for index, at, _ in matches:
        found = by_index.get(index)
        if found is None:
            by_index[index] = [start + at]
        else:
            found.append(start + at)
    words = automaton.words
    return {words[index]: found for index, found in by_index.items()}


def automaton_of(words: list[str]) -> Automaton | None:
    """An Aho-Corasick automaton over `words` for `scanned`, or None without
    ahocorasick_rs (or without words)."""
    global _scanner
    if _scanner is None:
        try:
            _scanner = importlib.import_module("ahocorasick_rs")
        except ImportError:
            _scanner = False
    if _scanner is False or not words:
        return None
    # every match of every word (overlapping ones need the standard kind of matching); a
    # DFA, which the crate does not choose for some hundred words by itself, reads the
    # throughput benchmark's English in 2.9 ms per MB where its default (a contiguous NFA)
    # takes 4.9: words that start with a space ("   ", " - ") cost it nothing more. It
    # finds the same matches; it takes a third of a millisecond more to build (2026-12).
    standard, dfa = _scanner.MatchKind.Standard, _scanner.Implementation.DFA
    finder = _scanner.AhoCorasick(words, matchkind=standard, implementation=dfa)
    encoded = [word.encode("utf-8") for word in words]
    bytes_finder = _scanner.BytesAhoCorasick(encoded, matchkind=standard, implementation=dfa)
    return Automaton(finder, tuple(words), bytes_finder)


def _scanning() -> Automaton | None:
    """The automaton over the vocabulary, made again when words were added to it."""
    global _automaton, _built
    if _scanner is False:
        return None
    if len(_built) != len(_vocabulary):  # words are only ever added
        _automaton, _built = automaton_of(list(_vocabulary)), frozenset(_vocabulary)
    return _automaton


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
