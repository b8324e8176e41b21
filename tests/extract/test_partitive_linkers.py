"""A count joined to its unit by a partitive "of the": "América Latina y el Caribe aportó
once de las nuevas ciudades" (es s11 bulletin) had no figure phrase, "de las" being two
linkers where one is read. The contracted and two-word partitives are unit linkers in
es ("de las", "de los"), pt ("das", "dos") and it ("delle", "dei", "degli"), as "des"
and "der" are in fr and de; "una de las ciudades" (one) stays none."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    ("es", "América Latina y el Caribe aportó once de las nuevas ciudades.",
     [("once de las nuevas ciudades", "new_cities", 11, "exact", None, None)]),
    ("es", "América Latina aportó 11 de las 72 nuevas ciudades.",
     [("72 nuevas ciudades", "new_cities", 72, "exact", None, None)]),
    # a part of the new ones, its place after it (tests/extract/test_part_placed_after.py)
    ("es", "Tres de las recién llegadas son mexicanas.",
     [("Tres de las recién llegadas", "new_cities", 3, "exact", None, "MX")]),
    ("es", "Once de las ciudades admitidas son latinoamericanas.",
     [("Once de las ciudades", "new_cities", 11, "exact", None, None)]),
    ("pt", "A América Latina contribuiu com onze das novas cidades.",
     [("onze das novas cidades", "new_cities", 11, "exact", None, None)]),
    ("fr", "L'Amérique latine a fourni onze des nouvelles villes.",
     [("onze des nouvelles villes", "new_cities", 11, "exact", None, None)]),
    ("it", "L'America latina ha fornito undici delle nuove città.",
     [("undici delle nuove città", "new_cities", 11, "exact", None, None)]),
    ("de", "Lateinamerika stellte elf der neuen Städte.",
     [("elf der neuen Städte", "new_cities", 11, "exact", None, None)]),
    # one of the cities is no count
    ("es", "Chía es una de las ciudades de la red desde 2025.",
     []),
    ("es", "Medellín fue una de las primeras ciudades en entrar.",
     []),
    ("es", "Chía es una de las nuevas ciudades de la red.",
     []),
    ("pt", "Leme é uma das novas cidades da rede.",
     []),
    ("pt", "Braga é uma das cidades da rede.",
     []),
    ("it", "Lucca è una delle nuove città della rete.",
     []),
    ("it", "Torino è una delle città della rete.",
     []),
    ("es", "Dos de las ciudades son colombianas.",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_count_linked_by_a_partitive(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
