"""Cities that are interested in joining are candidates, not members: "stimmt es, dass sich
über 1.000 Städte dafür interessieren?" (b13's forum thread) was read as the network's
total. Language.candidate_cues: en "are interested", "have shown interest", "want to join";
de "interessieren", "Interesse", "beitreten möchten". A count of members is never one of
applicants ("The network's 425 member cities are interested in ...", "Die 425
Mitgliedsstädte interessieren sich für ..."), nor is a figure a word of applying follows
past a semicolon ("425 Mitglieder; weitere Städte möchten beitreten")."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "Is it true that more than 1,000 cities are interested in it?"),
        ("en", "Over 1,000 cities have shown interest in the network."),
        ("en", "Interest is high: more than 1,000 cities want to join."),
        ("de", "Stimmt es, dass sich über 1.000 Städte dafür interessieren?"),
        ("de", "Mehr als 1.000 Städte haben Interesse an einer Aufnahme bekundet."),
        ("de", "Das Interesse ist groß: über 1.000 Städte möchten dem Netzwerk beitreten."),
    ],
)
def test_interested_cities_are_candidates(language: str, body: str) -> None:
    assert [(r[1], r[2]) for r in read_titled(language, body)] == [("candidate_cities", 1000)]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "The network's 425 member cities are interested in sharing practice."),
        ("en", "All 425 members of the network have shown interest in the toolkit."),
        ("de", "Die 425 Mitgliedsstädte des Netzwerks interessieren sich für Digitales."),
        ("de", "Das Netzwerk hat 425 Mitglieder; weitere Städte möchten beitreten."),
    ],
)
def test_members_stay_members(language: str, body: str) -> None:
    assert [(r[1], r[2]) for r in read_titled(language, body)] == [("total_cities", 425)]
