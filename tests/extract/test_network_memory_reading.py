"""The other networks a NetworkMemory finds are the same whichever questions came
before: each stretch is read for their anchor words once, and a question's answer is
that of a fresh reading of its own stretch (lcnet.extract.relevance)."""

from __future__ import annotations

import pytest

from lcnet.extract.engine import anchored, lowered
from lcnet.extract.grammar import grammar
from lcnet.extract.occurrences import scanned
from lcnet.extract.relevance import NetworkMemory, _anchor_automaton, _places

TEXT = lowered(
    "Our city joined the UNESCO Global Network of Learning Cities last year. "
    "It is also in the Creative Cities Network. "
    "The network now has 300 members, its director said. "
    "Then the GNLC met in Korea. The network counts 425 cities."
)
RULES = grammar("en")
EARLY = TEXT.index("300")
LATE = TEXT.index("425")


def _memory() -> NetworkMemory:
    return NetworkMemory(TEXT, RULES, anchored(TEXT, RULES), topic=False)


def test_another_network_named_since_the_gnlc_holds_the_reference() -> None:
    assert _memory().gnlc_named_last(EARLY, 5000) is False  # the Creative Cities Network
    assert _memory().gnlc_named_last(LATE, 5000) is True  # the GNLC named again


def test_answers_do_not_depend_on_the_questions_before() -> None:
    memory = _memory()
    assert memory.gnlc_named_last(LATE, 5000) is True
    assert memory.gnlc_named_last(EARLY, 5000) is False  # a stretch read already, in part
    assert memory.gnlc_named_last(LATE, 5000) is True
    later = _memory()
    assert later.gnlc_named_last(TEXT.index("creative") + 3, 5000) is True  # not yet named
    assert later.gnlc_named_last(EARLY, 5000) is False  # past it, read on from there


def test_one_scan_finds_the_anchor_words_str_find_finds() -> None:
    """The anchor words of other names are found in one Aho-Corasick scan of a stretch
    (where ahocorasick_rs is installed): the same places, overlapping ones too, as each
    word's own str.find passes (relevance._places, the build without it)."""
    words = ("creative cit", "cit", "network", "own", "town")
    text = "a town's own creative city network: the creative cities network, own"
    automaton = _anchor_automaton(words)
    if automaton is None:
        pytest.skip("ahocorasick_rs is not installed")
    for start, end in ((0, len(text)), (3, 40), (14, 66)):
        found = scanned(automaton, text, start, end)
        for word in words:
            assert found.get(word, []) == list(_places(text, start, end, word))
    assert scanned(automaton, text, 0, len(text))["own"] == [3, 9, 65]
