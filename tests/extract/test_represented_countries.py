"""A country's count told by its representation or by where members lie: "Deutschland
ist weiterhin mit vier Städten vertreten", "Germany is still represented with four
cities", "l'Allemagne est toujours représentée par quatre villes", "Drei Mitglieder
liegen in Deutschland", "Three members are located in Germany" (a copula before the
connector that names the country)."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CC = "country_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("de", "Deutschland ist weiterhin mit vier Städten vertreten.",
     [("vier Städten", CC, 4, "exact", None, "DE")]),
    ("de", "Aus Deutschland sind weiterhin zwei Städte vertreten, Gelsenkirchen und Hamburg.",
     [("zwei Städte", CC, 2, "exact", None, "DE")]),
    ("de", "Drei Mitglieder liegen in Deutschland: Gelsenkirchen, Hamburg und Bonn.",
     [("Drei Mitglieder", CC, 3, "exact", None, "DE")]),
    ("en", "Germany is still represented with four cities.",
     [("four cities", CC, 4, "exact", None, "DE")]),
    ("en", "Three members are located in Germany: Gelsenkirchen, Hamburg and Bonn.",
     [("Three members", CC, 3, "exact", None, "DE")]),
    ("fr", "L'Allemagne est toujours représentée par quatre villes.",
     [("quatre villes", CC, 4, "exact", None, "DE")]),
    ("fr", "Trois membres se trouvent en Allemagne : Gelsenkirchen, Hambourg et Bonn.",
     [("Trois membres", CC, 3, "exact", None, "DE")]),
    ("es", "Alemania sigue representada con cuatro ciudades.",
     [("cuatro ciudades", CC, 4, "exact", None, "DE")]),
    ("it", "La Germania è ancora rappresentata da quattro città.",
     [("quattro città", CC, 4, "exact", None, "DE")]),
    ("pt", "A Alemanha continua representada por quatro cidades.",
     [("quatro cidades", CC, 4, "exact", None, "DE")]),
    # the network's own presence is no country's
    ("de", "Das Netzwerk ist mit 356 Städten in 79 Ländern vertreten.",
     [("356 Städten", "total_cities", 356, "exact", None, None),
      ("79 Ländern", "total_countries", 79, "exact", None, None)]),
    ("de", "Deutschland ist ein Land mit 16 Bundesländern.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_countrys_representation_is_its_count(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected
