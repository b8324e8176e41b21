"""The countries a network is present in; cities that are among the new members."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

Row = tuple[str, str, int, str | None]
C, NEW = "total_countries", "new_cities"


def read(language: str, body: str) -> list[Row]:
    return [(m.text, m.metric.value, m.value, m.country) for m in mentions(language, body)]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("fr", "Le réseau est présent désormais dans 64 pays.", [("64 pays", C, 64, None)]),
        ("en", "The network is now present in 64 countries.", [("64 countries", C, 64, None)]),
        ("es", "La red está presente en 91 países.", [("91 países", C, 91, None)]),
        # participants from 90 countries are not the network's countries
        ("en", "The conference gathered 1,200 participants from 90 countries.", []),
    ],
)  # fmt: skip
def test_the_countries_a_network_is_present_in_are_its_countries(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read(language, body) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "fr",
            "Deux villes marocaines figurent parmi les nouveaux membres du réseau.",
            [("Deux villes marocaines", "new_cities", 2, "MA")],
        ),
        (
            "en",
            "Two Vietnamese cities are among the 64 new members.",
            [("Two Vietnamese cities", NEW, 2, "VN"), ("64 new members", NEW, 64, None)],
        ),
        (
            "it",
            "Tre città italiane fanno parte delle nuove città della rete.",
            [("Tre città italiane", "new_cities", 3, "IT")],
        ),
        (  # without "new" they are the country's members
            "en",
            "Two Vietnamese cities are among the members of the network.",
            [("Two Vietnamese cities", "country_cities", 2, "VN")],
        ),
    ],
)  # fmt: skip
def test_cities_among_the_new_members_are_new(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read(language, body) == expected
