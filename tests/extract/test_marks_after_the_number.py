"""A threshold named after its number: "the network passed the 400 mark" was not read at
all (no unit noun), though "passed the mark of 400 members" was. Unit nouns of
Role.MARK ("mark", "milestone", "barrier", "threshold": the network's members, only where
the sentence names the network) need an article before the number
(Language.mark_articles); the verb before the article gives the bound
(Language.mark_verbs: passing, more than; approaching, nearly; otherwise at least).
German verbs of passing right before the number are qualifiers: "übertraf 400 Mitglieder"."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled


@pytest.mark.parametrize(
    ("language", "body", "qualifier"),
    [
        ("en", "The network passed the 400 mark in December 2025.", "more_than"),
        ("en", "With its latest intake the network has crossed the 400 member mark.", "more_than"),
        ("en", "The network broke the 400 barrier last winter.", "more_than"),
        ("en", "The network is now above the 400 mark.", "more_than"),
        ("en", "The network reached the 400 milestone in 2025.", "at_least"),
        ("en", "The network is approaching the 400 mark.", "nearly"),
        ("de", "Das Netzwerk übertraf 400 Mitglieder.", "more_than"),
        ("de", "Die Zahl der Mitglieder des Netzwerks übersteigt 400 Städte.", "more_than"),
    ],
)
def test_a_threshold_after_its_number(language: str, body: str, qualifier: str) -> None:
    assert [(r[1], r[2], r[3]) for r in read_titled(language, body)] == [
        ("total_cities", 400, qualifier)
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Attendance at the festival passed the 1,000 mark.",  # no network in its sentence
        "The campaign reached the 2030 milestone early.",  # a year
        "Volunteers logged 400 mark sheets for the city's schools.",  # no article
    ],
)
def test_no_threshold_of_the_network(body: str) -> None:
    assert read_titled("en", body) == []
