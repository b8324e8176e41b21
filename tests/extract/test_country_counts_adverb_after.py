"""A country's count with an adverb after its verb ("Tailandia tiene ya 13", "a Tailândia
tem agora 13"): only "ora" could stand there, so the count was
no figure (lcnet.extract.elliptic.country_counts: the adverbs that may stand before the
verb may stand after it)."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Tailandia tiene ya 13."),
        ("es", "Tailandia tiene hoy 13."),
        ("pt", "A Tailândia tem agora 13."),
        ("en", "Thailand has now 13."),
        ("it", "La Thailandia conta ora 13."),
    ],
)
def test_an_adverb_after_the_verb_keeps_the_count(language: str, text: str) -> None:
    assert read_titled(language, text)[-1] == ("13", "country_cities", 13, "exact", None, "TH")
