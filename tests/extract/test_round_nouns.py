"""The round of an intake named as a class of newcomers makes a country's count its
share of the intake ("los tres municipios mexicanos de esta generación", "de la última
camada", "as três cidades portuguesas desta ronda", "desta turma"), as "esta convocatoria"
and "desta rodada" did; before the round, the network's count stays a total. A verb that
raises its object to a count gives the total: "lo que eleva la presencia del país a una
decena de municipios"."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

C, N, T = "country_cities", "new_cities", "total_cities"

CASES: list[tuple[str, str, list[tuple[str, int, str | None]]]] = [
    ("es", "Tula, Apan y Tepic son los tres municipios mexicanos de esta generación.",
     [(N, 3, "MX")]),
    ("es", "Tula, Apan y Tepic son los tres municipios mexicanos de la última camada.",
     [(N, 3, "MX")]),
    ("es", "Tula, Apan y Tepic son los tres municipios mexicanos de esta promoción.",
     [(N, 3, "MX")]),
    ("pt", "Braga, Viseu e Porto são as três cidades portuguesas desta ronda.", [(N, 3, "PT")]),
    ("pt", "Braga, Viseu e Porto são as três cidades portuguesas desta geração.",
     [(N, 3, "PT")]),
    ("pt", "Braga, Viseu e Porto são as três cidades portuguesas da última turma.",
     [(N, 3, "PT")]),
    ("es", "Antes de esta generación, la red tenía 294 ciudades.", [(T, 294, None)]),
    ("pt", "Antes desta ronda, a rede tinha 294 cidades.", [(T, 294, None)]),
    ("es", "Tres de las recién llegadas son mexicanas, lo que eleva la presencia del país a"
     " una decena de municipios.", [(N, 3, "MX"), (C, 10, "MX")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_round_nouns(
    language: str, text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    found = [(m.metric.value, m.value, m.country) for m in mentions(language, text, "2022-10-01")]
    assert found == expected
