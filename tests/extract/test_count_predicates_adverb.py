"""A country's count said by a verb with an adverb before its preposition ("le italiane
salgono così a otto") or by an impersonal clitic after the country set apart ("En France,
on en compte huit", "on en est à huit, sur 425"), or the country's side ("Côté français,
on en est à huit")."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("it", "Le italiane salgono così a otto.",
         [("otto", "country_cities", 8, "exact", None, "IT")]),
        ("it", "Le Learning Cities italiane salgono così a otto.",
         [("otto", "country_cities", 8, "exact", None, "IT")]),
        ("it", "Le italiane arrivano ora a otto su 425.",
         [("otto", "country_cities", 8, "exact", None, "IT"),
          ("425", "total_cities", 425, "exact", None, None)]),
        ("fr", "En France, on en compte huit.",
         [("huit", "country_cities", 8, "exact", None, "FR")]),
        ("fr", "En France, on en est à huit, sur 425.",
         [("huit", "country_cities", 8, "exact", None, "FR"),
          ("425", "total_cities", 425, "exact", None, None)]),
        ("fr", "Côté français, on en est à huit, sur 425.",
         [("huit", "country_cities", 8, "exact", None, "FR"),
          ("425", "total_cities", 425, "exact", None, None)]),
        ("fr", "Côté marocain, on en compte neuf.",
         [("neuf", "country_cities", 9, "exact", None, "MA")]),
        ("fr", "Le Maroc en est désormais à neuf.",
         [("neuf", "country_cities", 9, "exact", None, "MA")]),
    ],
)  # fmt: skip
def test_the_countrys_count(language: str, body: str, expected: list[Row]) -> None:
    assert read_titled(language, body) == expected


def test_the_network_at_a_count_stays_the_networks() -> None:
    assert read_titled("fr", "Le réseau en est à 425 villes.") == [
        ("425 villes", "total_cities", 425, "exact", None, None)
    ]
