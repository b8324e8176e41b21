"""A number a verb of rising or reaching gives after the money of its clause is that
money, not members: "grew by 72 cities; its budget rose to 425" reported 425 member
cities on a page about the network (the discourse2 helper's open near-miss). The money
nouns are Language.money_nouns; the network's own "it now reaches 425" stays a count."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "In 2025 the network grew by 72 cities; its budget rose to 425."),
        ("en", "Its budget rose to 425."),
        ("es", "La red creció en 72 ciudades; su presupuesto subió a 425."),
        ("fr", "Le réseau a gagné 72 villes ; son budget atteint 425."),
        ("it", "La rete è cresciuta di 72 città; il suo bilancio sale a 425."),
        ("pt", "A rede cresceu 72 cidades; o seu orçamento sobe para 425."),
        ("de", "Das Netzwerk wuchs um 72 Städte; sein Budget stieg auf 425."),
    ],
)
def test_the_money_of_the_clause_is_no_count(language: str, body: str) -> None:
    assert [r[2] for r in read_titled(language, body) if r[2] == 425] == []


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "The network welcomed 72 cities; it now reaches 425."),
        ("en", "After a budget review in spring, the network reached 425."),
        ("es", "La red sumó 72 ciudades y ya llega a 425."),
        ("fr", "Le réseau a accueilli 72 villes et atteint désormais 425."),
    ],
)
def test_the_network_reaching_a_count_stays(language: str, body: str) -> None:
    assert [(r[1], r[2]) for r in read_titled(language, body) if r[2] == 425] == [
        ("total_cities", 425)
    ]
