""" "us" the pronoun is not the United States: a mayor's quote ("helped us get here") before
"the country now counts two learning cities" gave the count to the US (the s9e wire page,
about the Philippines). The adjective counts only before a noun it qualifies ("US cities",
"the US delegation")."""

from __future__ import annotations

from tests.extract.titled import read_titled


def test_the_pronoun_names_no_country() -> None:
    text = (
        'Filipino cities keep joining. "Every library helped us get here," the mayor said. '
        "With Legazpi, the country now counts two learning cities in the network."
    )
    rows = read_titled("en", text)
    assert [(r[0], r[5]) for r in rows] == [("two learning cities", "PH")]


def test_a_quote_with_us_leaves_the_country_unnamed() -> None:
    text = '"It helped us a lot," the mayor said. The country now counts two learning cities.'
    assert read_titled("en", text) == []


def test_the_adjective_before_its_noun_still_names_the_us() -> None:
    text = "Three US cities joined the network. The country now counts 20 members."
    assert [(r[0], r[5]) for r in read_titled("en", text)] == [
        ("Three US cities", "US"),
        ("20 members", "US"),
    ]
