"""A count dated by the sentence before through words that point back to its round or
its time: "In jener Runde nahm die UNESCO 54 Städte auf", "Das Netzwerk umfasste danach
229 Mitglieder", "In that round ...", "The network afterwards counted 229", "Lors de
cette vague ...". Before, such counts of 2020 on a 2023 page had no date and were judged
stale. A "since September 2020" said before gives its month, not its year alone."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions, row

BEFORE = "Bonn gehört dem Netzwerk seit September 2020 an. "
BEFORE_EN = "Bonn joined the network in September 2020. "

CASES = [
    (
        "de",
        BEFORE + "In jener Runde nahm die UNESCO 54 Städte aus 27 Ländern auf.",
        [("54 Städte", "2020-09"), ("27 Ländern", "2020-09")],
    ),
    (
        "de",
        BEFORE + "Das Netzwerk umfasste danach 229 Mitglieder in 64 Staaten.",
        [("229 Mitglieder", "2020-09"), ("64 Staaten", "2020-09")],
    ),
    ("de", BEFORE + "Bei dieser Aufnahme kamen 54 Städte hinzu.", [("54 Städte", "2020-09")]),
    ("de", BEFORE + "Damals zählte das Netzwerk 229 Mitglieder.", [("229 Mitglieder", "2020-09")]),
    (
        "en",
        BEFORE_EN + "In that round UNESCO admitted 54 cities from 27 countries.",
        [("54 cities", "2020-09"), ("27 countries", "2020-09")],
    ),
    (
        "en",
        BEFORE_EN + "The network afterwards counted 229 members.",
        [("229 members", "2020-09")],
    ),
    (
        "en",
        BEFORE_EN + "In that year the network had 229 members.",
        [("229 members", "2020-09")],
    ),
    (
        "fr",
        "Bonn a rejoint le réseau en septembre 2020. Lors de cette vague, 54 villes ont été "
        "admises.",
        [("54 villes", "2020-09")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_count_pointing_back_to_the_round_before_is_of_its_date(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    found = [row(m) for m in mentions(language, text, "2023-03-08")]
    assert [(r[0], r[4]) for r in found] == expected


def test_danach_as_according_to_it_dates_nothing() -> None:
    text = "Die UNESCO veröffentlichte 2021 eine Liste. Danach gehören dem Netzwerk 294 Städte an."
    found = [row(m) for m in mentions("de", text, "2023-03-08")]
    assert [(r[0], r[4]) for r in found] == [("294 Städte", None)]
