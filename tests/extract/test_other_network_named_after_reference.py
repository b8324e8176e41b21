"""'The network' followed by another network's name is that network's name, not a
reference to the GNLC: "la France compte dix villes dans le Réseau des villes créatives"
is a Creative Cities count, on a page about the GNLC too."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    ("fr", "La France compte dix villes dans le Réseau des villes créatives.", []),
    ("it", "L'Italia conta dieci città nella Rete delle città creative.", []),
    ("it", "L'Italia conta già una decina di città nella Rete delle città creative.", []),
    ("es", "España tiene diez ciudades en la Red de Ciudades Creativas.", []),
    ("pt", "Portugal tem dez cidades na Rede de Cidades Criativas.", []),
    ("de", "Deutschland hat zehn Städte im Netzwerk der Kreativen Städte.", []),
    # "the network" alone still refers to the GNLC named in the title
    ("fr", "La France compte dix villes dans le réseau, plus que l'an dernier.",
     [("dix villes", "country_cities", 10, "exact", None, "FR")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_the_network_before_another_name_is_that_name(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected
