"""Two false alarms a variant sweep of the December 2025 intake found in every language it
was tried in: a milestone passed read as an exact count ("le GNLC passe ainsi la barre des
400 membres", "supera così quota 400 membri": 400 was never the figure; the threshold
nouns are now main's Language.marks, the Italian "quota" after an adverb this file's),
and a first entry said with a noun of joining ("Pour 13 pays, il s'agit d'une première
entrée dans le réseau": read as the network's 13 countries)."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

T = "total_cities"

MILESTONES: list[tuple[str, str, list[Row]]] = [
    # the threshold nouns are main's (Language.marks: at least, or more than after a verb
    # of passing); an Italian "quota" with an adverb before it, or approached, is not one
    ("fr", "Le réseau passe ainsi la barre des 400 membres.",
     [("passe ainsi la barre des 400 membres", T, 400, "more_than", None, None)]),
    ("fr", "Le réseau a atteint la barre des 400 membres.",
     [("la barre des 400 membres", T, 400, "at_least", None, None)]),
    ("it", "La rete supera così quota 400 membri.",
     [("supera così quota 400 membri", T, 400, "more_than", None, None)]),
    ("it", "La rete ha ormai superato quota 400 città.",
     [("ormai superato quota 400 città", T, 400, "more_than", None, None)]),
    ("it", "La rete sfiora quota 400 città.",
     [("sfiora quota 400 città", T, 400, "nearly", None, None)]),
    ("it", "La rete raggiunge quota 425 città.",  # a count reached is the count
     [("425 città", T, 425, "exact", None, None)]),
    ("en", "The network thus passes the threshold of 400 members.",
     [("the threshold of 400 members", T, 400, "at_least", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), MILESTONES)
def test_a_milestone_is_a_bound(language: str, sentence: str, expected: list[Row]) -> None:
    assert read_titled(language, sentence) == expected


F = "first_time_countries"

FIRSTS: list[tuple[str, str, Row]] = [
    ("fr", "Pour 13 pays, il s'agit d'une première entrée dans le réseau.",
     ("13 pays", F, 13, "exact", None, None)),
    ("fr", "Pour 13 pays, c'est leur première adhésion.",
     ("13 pays", F, 13, "exact", None, None)),
    ("it", "Per 13 Paesi si tratta della prima adesione.",
     ("13 Paesi", F, 13, "exact", None, None)),
    ("es", "Para 13 países se trata de su primera adhesión.",
     ("13 países", F, 13, "exact", None, None)),
    ("pt", "Para 13 países trata-se da primeira adesão.",
     ("13 países", F, 13, "exact", None, None)),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), FIRSTS)
def test_a_first_entry_counts_first_time_countries(
    language: str, sentence: str, expected: Row
) -> None:
    intake = {"fr": "La promotion compte 72 villes de 46 pays.",
              "it": "La tornata conta 72 città di 46 Paesi.",
              "es": "La convocatoria suma 72 ciudades de 46 países.",
              "pt": "A rodada reúne 72 cidades de 46 países."}[language]  # fmt: skip
    assert read_titled(language, f"{intake} {sentence}")[-1] == expected
