"""A round bound of at least 100 cities with the verb of joining after it is all that
joined so far, not an intake: "more than 100 cities from 28 countries have become members"
(UIL's news of August 2016, when the network had 115 members). No intake has come near 100
(77 cities in 2022, the largest), and its countries go with it. Before, the verb made both
an intake's, unverifiable, where they were the network's totals of the day."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

MILESTONES = [
    (
        "en",
        "UIL reported that more than 100 cities in 28 countries have by now become members.",
        [("more than 100 cities", "total_cities", 100), ("28 countries", "total_countries", 28)],
    ),
    (
        "en",
        "Over 100 cities in 30 countries have now become members.",
        [("Over 100 cities", "total_cities", 100), ("30 countries", "total_countries", 30)],
    ),
    (
        "de",
        "Über 100 Städte aus 28 Ländern sind dem Netzwerk inzwischen beigetreten.",
        [("Über 100 Städte", "total_cities", 100), ("28 Ländern", "total_countries", 28)],
    ),
    (
        "vi",
        "Hơn 100 thành phố từ 28 quốc gia đã trở thành thành viên của mạng lưới.",
        [("Hơn 100 thành phố", "total_cities", 100), ("28 quốc gia", "total_countries", 28)],
    ),
    (
        "fr",
        "Plus de 100 villes de 28 pays sont devenues membres du réseau.",
        [("Plus de 100 villes", "total_cities", 100), ("28 pays", "total_countries", 28)],
    ),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), MILESTONES)
def test_a_round_bound_that_joined_is_all_so_far(
    language: str, sentence: str, expected: list[tuple[str, str, int]]
) -> None:
    assert [r[:3] for r in read_titled(language, sentence)] == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (
            "en",
            "64 cities from 35 countries have become members of the network.",
            [("64 cities", "new_cities", 64), ("35 countries", "new_countries", 35)],
        ),
        (
            "en",
            "More than 60 cities joined the network this year.",
            [("More than 60 cities", "new_cities", 60)],
        ),
        (
            "de",
            "Genau 100 neue Städte sind dem Netzwerk beigetreten.",
            [("100 neue Städte", "new_cities", 100)],
        ),
    ],
)
def test_an_intakes_size_stays_an_intake(
    language: str, sentence: str, expected: list[tuple[str, str, int]]
) -> None:
    assert [r[:3] for r in read_titled(language, sentence)] == expected
