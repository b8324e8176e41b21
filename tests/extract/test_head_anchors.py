"""A text's head is read for names of the GNLC, and its language detected, only when it
holds an anchor of such a name in some language (lcnet.extract._about_the_gnlc): the
anchors must be in every name that any language's grammar finds."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from lcnet.extract import find_mentions, read_document
from lcnet.extract.engine import lowered
from lcnet.extract.grammar import any_gnlc_anchor, grammar
from lcnet.extract.lang import CODES


@pytest.mark.parametrize("code", CODES)
def test_every_name_of_the_gnlc_in_a_language_holds_an_anchor(code: str) -> None:
    names = grammar(code).language.network_names  # as the grammar spaces them

    @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.sampled_from(names).flatmap(lambda name: st.from_regex(name, fullmatch=True)))
    def check(text: str) -> None:
        assume(lowered(text) == text)
        assert any_gnlc_anchor().search(text), text

    check()


def test_a_german_head_in_an_english_text_still_makes_it_about_the_gnlc() -> None:
    head = "# Das Globale Netzwerk lernender Städte der UNESCO wächst\n\n"
    text = head + "It now has 425 members. The network grew again this year.\n"
    for _ in range(20):  # past the texts read before the filter is made
        mentions = list(find_mentions(read_document(text, "markdown")))
    assert [m.value for m in mentions] == [425]
    assert not list(find_mentions(read_document(text.removeprefix(head), "markdown")))


def test_a_head_without_an_anchor_names_no_network() -> None:
    assert any_gnlc_anchor().search("vinh steps up its lifelong learning plan") is None
    assert any_gnlc_anchor().search("the gnlc grows")
    assert any_gnlc_anchor().search("das learning-cities-netzwerk")
