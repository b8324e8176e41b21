"""Another network named in a closed aside of the sentence before ("The emirate, which
holds the Creative City title, joins a network of 294 member cities.") is not the
network named last: a count in the next sentence is the GNLC's."""

from __future__ import annotations

from tests.extract.titled import mentions, row


def test_a_closed_aside_of_the_sentence_before_names_no_network() -> None:
    text = (
        "The emirate, which already holds the UNESCO titles of World Book Capital (2019) and "
        "Creative City of Crafts and Folk Art, joins a network of 294 member cities. In the "
        "UAE, Ras Al Khaimah was admitted in the same round, bringing the country's members "
        "to\ntwo."
    )
    assert [row(m) for m in mentions("en", text, "2022-09-15")] == [
        ("294 member cities", "total_cities", 294, "exact", None, None),
        ("members to two", "country_cities", 2, "exact", None, "AE"),
    ]


def test_the_other_network_still_owns_its_own_sentence() -> None:
    text = "The Creative Cities Network has 350 members. It welcomed 55 new cities in 2023."
    assert [row(m) for m in mentions("en", text, "2024-01-15")] == []
