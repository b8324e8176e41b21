"""Countries in an aside right after their sentence's subject are that subject's: "Les
nouvelles villes, réparties dans 46 pays, portent le réseau à 425 villes" gives the
intake's countries; "Ces villes, ..." those of the cities counted just before (a Tunisian
daily's "Ces villes, réparties dans 46 pays" after the 72 new cities)."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

NC, TC, N, T = "new_countries", "total_countries", "new_cities", "total_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("fr", "Les nouvelles villes, réparties dans 46 pays, portent le réseau à 425 villes.",
     [("46 pays", NC, 46, "exact", None, None), ("425 villes", T, 425, "exact", None, None)]),
    ("fr", "L'UNESCO a dévoilé 72 nouvelles villes. Ces villes, réparties dans 46 pays, portent "
     "le réseau à 425 villes.",
     [("72 nouvelles villes", N, 72, "exact", None, None),
      ("46 pays", NC, 46, "exact", None, None), ("425 villes", T, 425, "exact", None, None)]),
    ("fr", "Le réseau compte 425 villes. Ces villes, réparties dans 91 pays, partagent leurs "
     "pratiques.",
     [("425 villes", T, 425, "exact", None, None), ("91 pays", TC, 91, "exact", None, None)]),
    ("it", "Le nuove città, distribuite in 46 Paesi, portano la rete a 425.",
     [("46 Paesi", NC, 46, "exact", None, None), ("425", T, 425, "exact", None, None)]),
    ("en", "The new cities, spread across 46 countries, bring the network to 425 cities.",
     [("46 countries", NC, 46, "exact", None, None),
      ("425 cities", T, 425, "exact", None, None)]),
    ("es", "Las nuevas ciudades, repartidas en 46 países, llevan la red a 425 ciudades.",
     [("46 países", NC, 46, "exact", None, None),
      ("425 ciudades", T, 425, "exact", None, None)]),
    ("pt", "A UNESCO anunciou 72 novas cidades. Essas cidades, de 46 países, levam a rede a 425.",
     [("72 novas cidades", N, 72, "exact", None, None),
      ("46 países", NC, 46, "exact", None, None)]),
    ("de", "Die neuen Mitgliedsstädte, verteilt auf 46 Länder, bringen das Netzwerk auf 425 "
     "Städte.",
     [("46 Länder", NC, 46, "exact", None, None), ("425 Städte", T, 425, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_countries_in_the_subjects_aside(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
