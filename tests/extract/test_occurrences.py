"""The places of literal words in a stretch (lcnet.extract.occurrences), kept per stretch
so that each word is looked for once: found for every word at once by one scan of the
stretch (an Aho-Corasick automaton over the words asked for so far), or each word alone
where ahocorasick_rs is missing, where a word that starts with a kept one is read from its
places, and exactly those that it holds. Both give what str.find gives."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from lcnet.extract.corrected import _windows
from lcnet.extract.lang import CODES, language
from lcnet.extract.occurrences import automaton_of, kept_places, occurrences, one_scan, scanned
from lcnet.extract.predicates import _literal_start, _pronoun_gates, _pronoun_words

TEXT = "a count, then counts: the recount counts twice. countries"


@pytest.fixture
def alone() -> Iterator[None]:
    """Each word found alone, as without ahocorasick_rs."""
    one_scan(False)
    try:
        yield
    finally:
        one_scan(True)


@pytest.fixture
def at_once() -> None:
    """One scan per stretch, its vocabulary learned anew."""
    if not one_scan(True):
        pytest.skip("ahocorasick_rs is not installed")


def _found(low: str, start: int, end: int, word: str) -> list[int]:
    places = []
    at = low.find(word, start, end)
    while at >= 0:
        places.append(at)
        at = low.find(word, at + 1, end)
    return places


SCANNED = [  # (text, start, end): overlaps, a stretch's edges, other scripts, astral ones
    ("banana bandana ananas", 0, 21),
    (TEXT, 0, len(TEXT)),
    (TEXT, 3, 45),  # "count" at 2 starts before the stretch, "countries" ends after it
    ("in total, a total of 9; all in totals; in totality", 5, 37),
    ("全球学习型城市网络有294个城市，城市", 0, 19),
    ("𝐀 ana 𝐁 anana 城市 😀ana", 1, 19),
    ("", 0, 0),
]
WORDS = ["ana", "nan", "an", "count", "counts", "countr", "total", "in total", "城市", "城", "😀a"]


@pytest.mark.parametrize(("low", "start", "end"), SCANNED)
def test_one_scan_finds_what_str_find_finds(low: str, start: int, end: int) -> None:
    automaton = automaton_of(WORDS)
    if automaton is None:
        pytest.skip("ahocorasick_rs is not installed")
    places = scanned(automaton, low, start, end)
    for word in WORDS:
        assert places.get(word, []) == _found(low, start, end, word), word
    assert all(places.values())  # a word that is not there has no list


def test_an_ascii_stretch_is_scanned_as_bytes_with_the_same_places() -> None:
    """A stretch of ASCII is read by the automaton over bytes (its offsets are those of its
    characters); its words of other scripts ("城市", "😀a") are found in it by neither."""
    automaton = automaton_of(WORDS)
    if automaton is None:
        pytest.skip("ahocorasick_rs is not installed")
    low = "城市 " + TEXT  # the text is not ASCII, its stretch after the first space is
    assert automaton.bytes_finder is not None
    assert low[3:].isascii()
    places = scanned(automaton, low, 3, len(low))
    assert places["count"] == [5, 17, 31, 37, 51]
    assert places["countr"] == [51]
    assert "城市" not in places
    by_characters = scanned(automaton._replace(bytes_finder=None), low, 3, len(low))
    assert by_characters == places


def test_the_scan_fills_the_places_of_every_word_of_the_vocabulary(at_once: None) -> None:
    low = "".join(TEXT)  # a text of its own: the kept places are per text and stretch
    assert kept_places(low, 0, len(low), "counts") is None  # not asked for yet: no pass
    assert occurrences(low, 0, len(low), "count") == [2, 14, 28, 34, 48]  # found alone
    second = "".join("counts and the count, a countess")
    assert kept_places(second, 0, len(second), "count") == [0, 15, 24]  # the scan's
    assert kept_places(second, 0, len(second), "counts") == [0]
    assert occurrences(second, 0, len(second), "countess") == [24]  # new: found alone
    assert occurrences(second, 0, 20, "countess") == []  # in the scan of a new stretch
    assert kept_places(second, 0, 20, "twice") is None


def test_overlapping_places_are_all_found(alone: None) -> None:
    assert occurrences("banana bandana", 0, 14, "ana") == [1, 3, 11]


def test_a_word_is_read_from_a_kept_word_it_starts_with(alone: None) -> None:
    low = "".join(TEXT)  # a text of its own: the kept places are per text and stretch
    assert kept_places(low, 0, len(low), "counts") is None  # nothing kept yet
    assert occurrences(low, 0, len(low), "count") == [2, 14, 28, 34, 48]
    assert kept_places(low, 0, len(low), "counts") == [14, 34]
    assert occurrences(low, 0, len(low), "countr") == [48]
    assert kept_places(low, 0, len(low), "twice") is None  # no kept word it starts with


def test_a_word_is_read_from_a_kept_word_after_its_first_space(alone: None) -> None:
    low = "".join("in total, a total of 9; all in totals; in totality")
    assert occurrences(low, 0, len(low), "total") == [3, 12, 31, 42]
    assert kept_places(low, 0, len(low), "in total") == [0, 28, 39]
    assert occurrences(low, 5, 37, "total") == [12, 31]  # another stretch
    assert kept_places(low, 5, 37, "in total") == [28]  # "in" before its start: not read
    assert kept_places(low, 5, 37, "totals") == [31]
    assert occurrences(low, 5, 35, "total") == [12]
    assert kept_places(low, 5, 35, "in total") == []  # past its end: not read


def test_pronoun_forms_that_open_alike_are_looked_for_once() -> None:
    words = _pronoun_words("en")
    assert words is not None
    assert words == (
        "rises to", "rose to", "climbs to", "grows to", "reache", "stands at", "takes",
        "brings", "they",
    )  # fmt: skip
    assert _pronoun_gates("en")["reache"] == ()
    assert _pronoun_gates("en")["they"] == ("number",)


def test_a_word_past_the_stretch_is_not_read(alone: None) -> None:
    low = "".join(TEXT)
    assert occurrences(low, 0, 19, "count") == [2, 14]
    assert occurrences(low, 0, 19, "counts") == []  # "counts" at 14 ends at 20
    assert kept_places(low, 0, 40, "counts") is None  # another stretch: nothing kept


def test_a_pattern_is_tried_where_its_literal_words_stand() -> None:
    assert _literal_start("rose to") == "rose to"
    assert _literal_start("takes [^\\W\\d_]+ to") == "takes"
    assert _literal_start("they (?:now )?number(?:ed)?") == "they"
    assert _literal_start("grows? to") == "grow"


def test_corrections_are_looked_for_within_reach_of_a_figure() -> None:
    assert _windows([10, 100, 1000], 2000) == [(10, 401), (1000, 1301)]
    assert _windows([10, 1900], 2000) == [(10, 311), (1900, 2000)]


def test_the_words_of_them_stand_apart() -> None:
    """openings._of_them keeps each place of Language.of_them_words past the end of the one
    before, as a pattern of them all found them: true only while no word starts inside
    another, nor where a longer one starts (it would take the place first)."""
    for code in CODES:
        words = language(code).of_them_words
        for word in words:
            for other in words:
                assert word == other or not other.startswith(word), (code, word, other)
                for inside in range(1, len(other)):
                    tail = other[inside:]
                    assert not word.startswith(tail), (code, word, other)
                    assert not tail.startswith(word), (code, word, other)
