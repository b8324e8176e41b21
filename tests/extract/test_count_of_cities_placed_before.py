"""A count said with a clitic or an elided subject, too few for the network, is that of
the cities an adjective placed earlier in its sentence: "Lille et Sarcelles font partie
des villes françaises du réseau ; on en est à huit" (France's eight). A country named alone
does not place cities: "una lista di siti: l'Italia ne conta 61" counts its sites."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    ("fr", "Lille et Sarcelles font partie des villes françaises du réseau ; on en est à huit, "
     "sur 425.",
     [("huit", "country_cities", 8, "exact", None, "FR"),
      ("425", "total_cities", 425, "exact", None, None)]),
    ("it", "Non è una rete di città ma una lista di siti: l'Italia ne conta 61, il numero più "
     "alto al mondo.", []),
    ("fr", "Le réseau en compte désormais 425.",
     [("425", "total_cities", 425, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_small_count_of_placed_cities(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
