"""The places of literal words in a stretch (lcnet.extract.occurrences), kept per stretch
so that each word is looked for once: a word that starts with a kept one is read from
its places, and exactly those that it holds."""

from __future__ import annotations

from lcnet.extract.corrected import _windows
from lcnet.extract.occurrences import kept_places, occurrences
from lcnet.extract.predicates import _literal_start, _pronoun_gates, _pronoun_words

TEXT = "a count, then counts: the recount counts twice. countries"


def test_overlapping_places_are_all_found() -> None:
    assert occurrences("banana bandana", 0, 14, "ana") == [1, 3, 11]


def test_a_word_is_read_from_a_kept_word_it_starts_with() -> None:
    low = "".join(TEXT)  # a text of its own: the kept places are per text and stretch
    assert kept_places(low, 0, len(low), "counts") is None  # nothing kept yet
    assert occurrences(low, 0, len(low), "count") == [2, 14, 28, 34, 48]
    assert kept_places(low, 0, len(low), "counts") == [14, 34]
    assert occurrences(low, 0, len(low), "countr") == [48]
    assert kept_places(low, 0, len(low), "twice") is None  # no kept word it starts with


def test_a_word_is_read_from_a_kept_word_after_its_first_space() -> None:
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


def test_a_word_past_the_stretch_is_not_read() -> None:
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
