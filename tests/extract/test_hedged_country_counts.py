"""A country's count with a word of focus or a hedge between the country and its verb:
"Korea allein hat wohl über 20 Mitglieder" (b13's forum thread) was read as the network's
intake, not Korea's count, and so was "Korea alone has probably over 20 members": those
words may stand between a country and its count (Language.possession_words)."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "Korea alone has probably over 20 members, all of them busy."),
        ("en", "Korea reportedly has over 20 members."),
        ("en", "Korea likely has over 20 member cities by now."),
        ("de", "Korea allein hat wohl über 20 Mitglieder, alle recht aktiv."),
        ("de", "Korea hat vermutlich über 20 Mitgliedsstädte."),
        ("de", "Korea alleine stellt angeblich über 20 Mitglieder."),
    ],
)
def test_a_hedged_country_count(language: str, body: str) -> None:
    assert [(r[1], r[2], r[3], r[5]) for r in read_titled(language, body)] == [
        ("country_cities", 20, "more_than", "KR")
    ]
