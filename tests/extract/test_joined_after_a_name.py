"""On a page about something else (here the Learning City Award), a sentence right after
one that names the GNLC, whose figure a verb of joining or of being a member speaks of,
counts the GNLC's cities: "In China, 12 cities have joined so far". Nothing else is
taken: not another noun, not after another network is named."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions, read_plain

AWARD_PAGE = (
    "Wuhan wins the Learning City Award\n\n"
    "The prize was handed over at a ceremony in Jubail.\n\n"
    "The mayor thanked the volunteers of the district libraries.\n\n"
)
NAMED = "The Global Network of Learning Cities covers 356 cities. "
TOTAL = ("356 cities", "total_cities", 356, "exact", None, None)

READ = [
    ("In China, 12 cities have joined so far.", ("12 cities", "country_cities", 12, "CN")),
    ("Across Korea, 56 cities are members.", ("56 cities", "country_cities", 56, "KR")),
    ("In Korea, 56 cities belong to it.", ("56 cities", "country_cities", 56, "KR")),
    ("Three Thai cities joined in February.", ("Three Thai cities", "new_cities", 3, "TH")),
]

NOT_READ = [
    "In China, 12 schools have joined a reading scheme.",  # not cities
    "The Creative Cities Network is larger. In China, 12 cities have joined so far.",
    "Some 40 cities have applied.",  # no verb of joining or of membership
]


@pytest.mark.parametrize(("sentence", "expected"), READ)
def test_a_verb_of_membership_after_the_name_makes_the_figure_the_networks(
    sentence: str, expected: tuple[str, str, int, str]
) -> None:
    rows = read_plain(AWARD_PAGE + NAMED + sentence, "en")
    assert rows[0] == TOTAL
    assert [(r[0], r[1], r[2], r[5]) for r in rows[1:]] == [expected]


@pytest.mark.parametrize("sentence", NOT_READ)
def test_nothing_else_is_taken(sentence: str) -> None:
    assert read_plain(AWARD_PAGE + NAMED + sentence, "en") == [TOTAL]


def test_a_repost_s_headline_is_dated_with_its_story() -> None:
    page = (
        "NEWS ARCHIVE\n\n"  # the headline before the marker's line is the story's
        "From the archive: our town joins the learning cities network with 76 others\n\n"
        "Originally published 6 September 2022. Reposted in November 2024.\n\n"
        "UNESCO named 77 new members of its Global Network of Learning Cities.\n"
    )
    found = [
        (m.text, m.metric.value, m.value, str(m.as_of)) for m in mentions("en", page, "2024-11-18")
    ]
    assert found == [
        ("76 others", "new_cities", 77, "2022-09"),
        ("77 new members", "new_cities", 77, "2022-09"),
    ]
