"""A founding date given as an apposition ("The network, born in 2013 in Beijing, brings
together 356 cities") does not date the network's figures: each language's founding words
now hold the participles writers use beside "founded" ("né", "nacida", "nascida",
"avviata", "ra mắt", "inaugurated"). The 356 was read as a figure of 2013, unverifiable."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

FOUNDED = [
    ("en", "The network, born in 2013 in Beijing, brings together 356 cities in 79 countries."),
    ("en", "The network, inaugurated in 2013 in Beijing, brings together 356 cities in 79 "
           "countries."),
    ("fr", "Le réseau, né en 2013 à Pékin, fédère 356 villes dans 79 pays."),
    ("es", "La red, nacida en 2013 en Pekín, reúne 356 ciudades de 79 países."),
    ("pt", "A rede, nascida em 2013 em Pequim, reúne 356 cidades de 79 países."),
    ("it", "La rete, avviata nel 2013 a Pechino, conta 356 città in 79 Paesi."),
    ("vi", "Mạng lưới ra mắt năm 2013 tại Bắc Kinh và có 356 thành viên ở 79 quốc gia."),
    ("de", "Das 2013 in Peking entstandene Netzwerk umfasst 356 Städte in 79 Ländern."),
]  # fmt: skip


@pytest.mark.parametrize(("code", "line"), FOUNDED)
def test_a_founding_apposition_leaves_the_figures_undated(code: str, line: str) -> None:
    found = mentions(code, line, "2024-05-01")
    assert [(m.metric.value, int(m.value), m.as_of) for m in found] == [
        ("total_cities", 356, None),
        ("total_countries", 79, None),
    ]
