"""The literal gates in front of patterns that re would try at every character (#14):
each holds the literal letters its pattern's matches start with, in the text's language."""

from __future__ import annotations

from lcnet.extract.engine import _correction_words
from lcnet.extract.openings import _said_words


def test_a_correction_told_next_is_looked_for_by_the_first_letters_of_its_cues() -> None:
    assert _correction_words("en") == ("correct", "revised", "corrigendum")
    assert _correction_words("pt") == ("corrigi", "corre", "retific")
    assert _correction_words("ja") == ("訂正", "修正")


def test_an_opening_part_is_looked_for_by_its_own_language_s_words_only() -> None:
    assert _said_words("en") == ("first", "capita")
    assert _said_words("es") == ("prim", "debut", "capita")
    assert _said_words("de") == ("erst", "hauptst")
    assert _said_words("vi") == ()
