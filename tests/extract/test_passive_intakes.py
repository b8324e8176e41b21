"""Passive verbs of entering and "gained membership" make an intake figure, in every
language; the same participle after a total describes it ("the 425 cities included in
the network") and leaves it a total."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, mentions, read_titled

N = "new_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("en", "Three Thai cities were included in the network.",
     [("Three Thai cities", N, 3, "exact", None, "TH")]),
    ("en", "Three Thai cities gained membership this year.",
     [("Three Thai cities", N, 3, "exact", None, "TH")]),
    ("en", "Two Chilean cities were granted membership.",
     [("Two Chilean cities", N, 2, "exact", None, "CL")]),
    ("fr", "Trois villes thaïlandaises ont été incluses dans le réseau.",
     [("Trois villes thaïlandaises", N, 3, "exact", None, "TH")]),
    ("fr", "Deux villes chiliennes ont obtenu le statut de membre.",
     [("Deux villes chiliennes", N, 2, "exact", None, "CL")]),
    ("es", "Tres ciudades tailandesas fueron incluidas en la red.",
     [("Tres ciudades tailandesas", N, 3, "exact", None, "TH")]),
    ("es", "Dos ciudades chilenas obtuvieron la membresía.",
     [("Dos ciudades chilenas", N, 2, "exact", None, "CL")]),
    ("pt", "Três cidades tailandesas obtiveram o título.",
     [("Três cidades tailandesas", N, 3, "exact", None, "TH")]),
    ("de", "Drei thailändische Städte erhielten die Mitgliedschaft.",
     [("Drei thailändische Städte", N, 3, "exact", None, "TH")]),
    ("de", "Neun arabische Städte wurden dem Netzwerk hinzugefügt.",
     [("Neun arabische Städte", N, 9, "exact", None, None)]),
    # a participle that describes a total
    ("en", "The 425 cities included in the network work together.",
     [("425 cities", "total_cities", 425, "exact", None, None)]),
    ("es", "Las 425 ciudades incluidas en la red trabajan juntas.",
     [("425 ciudades", "total_cities", 425, "exact", None, None)]),
    ("fr", "Les 425 villes incluses dans le réseau travaillent ensemble.",
     [("425 villes", "total_cities", 425, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_passive_verb_of_entering_makes_an_intake(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected


ADVERB_OR_HEADLINE = [
    ("fr", "Trois villes chinoises ont été officiellement admises au réseau.",
     "Trois villes chinoises"),
    ("fr", "Deux villes marocaines ont été finalement retenues par le jury.",
     "Deux villes marocaines"),
    ("fr", "Trois villes chinoises admises au Réseau mondial des villes apprenantes",
     "Trois villes chinoises"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "text"), ADVERB_OR_HEADLINE)
def test_an_adverb_in_the_passive_or_a_headline_participle_keeps_the_intake(
    language: str, sentence: str, text: str
) -> None:
    found = [(m.text, m.metric.value) for m in mentions(language, sentence)]
    assert found == [(text, "new_cities")]
