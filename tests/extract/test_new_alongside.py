"""New cities said beside a subject that joins ("Culiacán se integra a la red junto a
71 nuevas ciudades", 72 with it on the day; "Casablanca et Oujda, aux côtés de 72
nouveaux membres", the intake they are part of): the words leave open whether the new
ones count the subject, so the figure keeps its value and is marked for review, and the
check tries it with its subject (tests/check/test_second_reading.py). A real Mexican
page said so of the December 2025 intake and was called wrong."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions
from tests.extract.titled import titled

Row = tuple[str, str, int, bool]

ALONGSIDE: list[tuple[str, str, list[Row]]] = [
    (
        "es",
        "Culiacán se integra a la red este jueves, junto a 71 nuevas ciudades de 46 países.",
        [
            ("71 nuevas ciudades", "new_cities", 71, True),
            ("46 países", "new_countries", 46, False),
        ],
    ),
    (
        "pt",
        "Passo Fundo passa a integrar a rede, juntamente com 71 novas cidades.",
        [("71 novas cidades", "new_cities", 71, True)],
    ),
    (
        "pt",
        "Lisboa entrou na rede ao lado de 70 novas cidades de 45 países.",
        [("70 novas cidades", "new_cities", 70, True), ("45 países", "new_countries", 45, False)],
    ),
    (
        "it",
        "Brescia è entrata nella rete insieme a 71 nuove città.",
        [("71 nuove città", "new_cities", 71, True)],
    ),
    (
        "en",
        "Hanoi joined the network along with 71 new cities.",
        [("71 new cities", "new_cities", 71, True)],
    ),
    (
        "fr",
        "Le réseau accueille Casablanca et Oujda, aux côtés de 72 nouveaux membres.",
        [("72 nouveaux membres", "new_cities", 72, True)],
    ),
    # without a subject beside it, an intake is as said and sure
    (
        "es",
        "Este jueves se integraron a la red 72 nuevas ciudades de 46 países.",
        [
            ("72 nuevas ciudades", "new_cities", 72, False),
            ("46 países", "new_countries", 46, False),
        ],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), ALONGSIDE)
def test_new_cities_beside_a_subject_keep_their_value_for_review(
    language: str, text: str, expected: list[Row]
) -> None:
    found = [
        (m.text, m.metric.value, m.value, m.review)
        for m in find_mentions(titled(language, text), language)
    ]
    assert found == expected
