"""Counts in brackets after a label that is neither a place nor the network.

Lists of a network's working groups, themes or clusters give their own counts in
brackets ("Education for sustainable development (112 cities)", "Salute e benessere (40
città)", "citoyenneté mondiale (57 villes)"): each is a part of the network, never one of
its figures. A bracketed count after a place ("Viet Nam (6 cities)", "Afrique (13
villes)"), after the network's name ("the GNLC (425 cities)") or after words of
membership ("new members (72 cities)") keeps its reading.
"""

from __future__ import annotations

from functools import cache

from lcnet.extract.grammar import Grammar, grammar
from lcnet.extract.lang import Unit
from lcnet.extract.phrase import Phrase
from lcnet.extract.sentence import Sentence

_LABEL_REACH = 80  # characters before the bracket where its label may start
_LABEL_ENDS = ",;:.\n()[]\u2022|"  # what ends the label on its left
_LEFT_OUT = str.maketrans(dict.fromkeys("'\u2019\"\u00ab\u00bb\u201c\u201d*_", " "))


def bracketed_part(low: str, phrase: Phrase, sentence: Sentence, grammar: Grammar) -> bool:
    """Whether the figure is alone in brackets after a label naming no place, network or
    membership: a part of the network that the label names (a theme, a cluster)."""
    start = phrase.start
    while start > 0 and low[start - 1] in " \u00a0":
        start -= 1
    if start == 0 or low[start - 1] != "(":
        return False  # the common case
    close = low.find(")", phrase.end, phrase.end + 3)
    if close < 0 or low[phrase.end : close].strip():
        return False  # more than a count in the brackets: "(64 cities in 35 countries)"
    bracket = start - 1
    floor = max(sentence.span.start, bracket - _LABEL_REACH)
    label_start = max(low.rfind(c, floor, bracket) for c in _LABEL_ENDS) + 1
    label_start = max(label_start, floor)
    label = low[label_start:bracket].translate(_LEFT_OUT)
    words = label.split()
    if not words or any(c.isdigit() for c in label):
        return False  # no label, or a date's or a table's: "February 2024 (64 cities)"
    if any(cue.start < bracket and label_start < cue.end for cue in sentence.networks):
        return False  # "the GNLC (425 cities)", "Creative Cities (350 cities)"
    if any(word in _membership_words(grammar.language.code) for word in words):
        return False  # "new members (72 cities)"
    return not _ends_with_place(words, grammar)


def _ends_with_place(words: list[str], grammar: Grammar) -> bool:
    data = grammar.language
    for size in range(1, min(5, len(words)) + 1):
        name = " ".join(words[-size:])
        if name in data.country_names or name in data.demonyms or name in data.regions:
            return True
    return False


@cache
def _membership_words(code: str) -> frozenset[str]:
    """The words of the units that count members ("villes", "membres", "città"), not
    people; short words ("di", "et") left out."""
    data = grammar(code).language
    units = {**data.units, **data.singular_units}
    nouns = (noun for noun, unit in units.items() if unit is not Unit.CITIZEN)
    return frozenset(
        word for noun in nouns for word in noun.translate(_LEFT_OUT).split() if len(word) > 3
    )
