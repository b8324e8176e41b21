"""People counted as learners: "the GNLC's cities reach some 500 million learners" was
not read (no unit noun). "learners" counts the network's people only after
the network is named in their sentence (a weak unit): pages of 2020 speak of "1.5
billion learners" kept out of school, and a GNLC sentence may follow. A count of people
the whole world holds is never the network's either, unless the network was named
before it: "1.5 billion people around the world", "weltweit 1,5 Milliarden"
(Language.world_words), but "the GNLC reaches nearly 500 million citizens worldwide".
German "Lernende" is no unit: it is also the adjective of "Lernende Städte", the
network's name."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled


@pytest.mark.parametrize(
    ("language", "body", "value", "qualifier"),
    [
        ("en", "Member cities of the GNLC reach some 500 million learners.", 500, "about"),
        ("en", "The GNLC's cities are home to nearly 500 million learners.", 500, "nearly"),
        ("en", "The network reaches nearly 500 million citizens worldwide.", 500, "nearly"),
    ],
)
def test_learners_of_the_network(language: str, body: str, value: int, qualifier: str) -> None:
    assert [(r[1], r[2], r[3]) for r in read_titled(language, body)] == [
        ("citizens", value * 1_000_000, qualifier)
    ]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "School closures kept 1.5 billion learners worldwide at home; GNLC cities helped."),
        ("en", "Some 1.5 billion learners were affected by closures, as the network's cities"
               " moved classes online."),
        ("en", "The pandemic disrupted schooling for 1.5 billion people around the world, and"
               " the GNLC responded."),
        ("de", "Weltweit waren 1,5 Milliarden Lernende betroffen; das GNLC tauschte sich aus."),
        ("de", "Rund 1,5 Milliarden Menschen auf der ganzen Welt lernten zu Hause, das Netzwerk"
               " half."),
    ],
)  # fmt: skip
def test_the_worlds_people_are_not_the_networks(language: str, body: str) -> None:
    assert read_titled(language, body) == []
