"""The literal words a pattern's every match holds (lcnet.extract.needles): a sentence that
holds none of them is passed by str.find; where one stands, the pattern's own search."""

import re

from lcnet.extract.grammar import grammar
from lcnet.extract.needles import may_match, needles, search


def test_a_choice_of_phrases_needs_one_word_of_each() -> None:
    form = re.compile(r"\b(?:at\s+the\s+time|back\s+then|that\s+(?:same\s+)?year)\b")
    assert needles(form) == ("back", "that", "time")  # of "back then": its first longest


def test_the_longest_run_of_a_sequence_and_a_repeat_done_once() -> None:
    assert needles(re.compile(r"(?<!\w)the\s+network(?:s)?\s+\d+")) == ("network",)
    assert needles(re.compile(r"(?:grows?\s+to)+\s+\d+")) == ("grow",)


def test_a_needle_that_holds_another_is_left_out() -> None:
    assert needles(re.compile(r"after|thereafter|afterwards")) == ("after",)


def test_no_needle_where_a_match_may_hold_no_literal() -> None:
    assert needles(re.compile(r"\d+ cities|[a-z]+")) is None  # a branch of letters only
    assert needles(re.compile(r"(?:network)?\s+\d+")) is None  # the word may be left out
    assert needles(re.compile(r"(?=members)\w+")) is None  # a lookahead consumes nothing
    assert needles(re.compile(r"to\s+\d+")) is None  # two letters: everywhere


def test_no_needle_for_a_pattern_that_ignores_case() -> None:
    assert needles(re.compile(r"learning cities", re.IGNORECASE)) is None
    assert needles(re.compile(r"(?i)learning cities")) is None
    assert needles(re.compile(r"(?i:learning) cities")) == (" cities",)


def test_search_gives_what_the_pattern_gives() -> None:
    form = grammar("en").earlier_date
    assert form is not None
    low = "we joined in 2022. at that time, the network had 294 members. it grows."
    found = search(form, low, 19, len(low))
    assert found is not None
    assert found.group() == "at that time"
    assert search(form, low, 0, 18) is None
    assert search(form, low, 62, len(low)) is None
    # a needle's place alone is no match: the pattern decides
    assert search(form, "that is all", 0, 11) is None


def test_what_a_match_opens_with_through_a_factored_choice() -> None:
    # re's own way of writing month names: their first letters shared
    assert needles(re.compile(r"j(?:an|u(?:n|ly))|may")) == ("jan", "july", "jun", "may")
    # an optional part before: "in may" or "may"; "may" holds for both
    assert needles(re.compile(r"(?:in )?(?:jan|may)\b")) == ("jan", "may")
    # a class after two letters: "ju" alone, too short
    assert needles(re.compile(r"ju[ln]")) is None


def test_relative_dates_are_tried_only_where_their_words_stand() -> None:
    form = grammar("en").relative
    assert form is not None
    assert not may_match(form, "the network had 294 members.", 0, 28)
    low = "the network had 294 members last year."
    assert may_match(form, low, 0, len(low))
    found = form.search(low, 0, len(low))
    assert found is not None
    assert found.group() == "last year"
