"""A short quotation that names the network ("club of clubs", „Verein der Vereine“) is
the network itself, not another body owning the figure after it: "which our speaker
described as a "club of clubs": more than 180 cities in over 40 countries" (the fresh s9
Rotary bulletin). A quoted sentence keeps its subject: a club's own members stay out."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

NAMED = [
    (
        "en",
        'Cork belongs to the network, which our speaker described as a "club of clubs": more '
        "than 180 cities in over 40 countries.",
        ["more than 180 cities", "over 40 countries"],
    ),
    (
        "en",
        'Cork belongs to the network, which the speaker called "a club": more than 180 cities.',
        ["more than 180 cities"],
    ),
    (
        "de",
        "Das Netzwerk, von manchen als \u201eVerein der Vereine\u201c bezeichnet, zählt "
        "425 Städte.",
        ["425 Städte"],
    ),
]


@pytest.mark.parametrize(("language", "sentence", "texts"), NAMED)
def test_a_quoted_name_of_the_network_owns_no_figure(
    language: str, sentence: str, texts: list[str]
) -> None:
    assert [r[0] for r in read_titled(language, sentence)] == texts


@pytest.mark.parametrize(
    "sentence",
    [
        "The Rotary club has 180 members in 40 countries.",
        'The mayor said: "Our Rotary club has 180 members in 40 countries."',
    ],
)
def test_a_clubs_own_members_stay_out(sentence: str) -> None:
    assert read_titled("en", sentence) == []
