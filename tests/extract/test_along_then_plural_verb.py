"""A companion named with "junto con" before a plural verb of being and its article is
one of the cities counted: "Junto con San Nicolás, son las dos comunas chilenas de la
red" counts two, not three (metric._plural_predicate); the companion beside a singular
subject is still one more ("Santiago, junto con dos ciudades chilenas, ingresó")."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CASES: list[tuple[str, str, list[tuple[str, int, str | None]]]] = [
    ("es", "Junto con Talca, son las dos primeras ciudades chilenas de la red.",
     [("country_cities", 2, "CL")]),
    ("es", "Junto con Talca, son las dos comunas chilenas de la red.",
     [("country_cities", 2, "CL")]),
    ("pt", "Junto com Braga, são as duas cidades portuguesas da rede.",
     [("country_cities", 2, "PT")]),
    ("it", "Insieme a Lucca, sono le due città italiane della rete.",
     [("country_cities", 2, "IT")]),
    ("es", "Talca, junto con dos ciudades chilenas, ingresó a la red.",
     [("new_cities", 3, "CL")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_plural_verb_counts_the_companion(
    language: str, text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    found = [(m.metric.value, m.value, m.country) for m in mentions(language, text, "2025-12-20")]
    assert found == expected
