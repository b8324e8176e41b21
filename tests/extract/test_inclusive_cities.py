"""UNESCO's International Coalition of Inclusive and Sustainable Cities (ICCAR) and its
national coalitions are not the GNLC: their members are never GNLC figures, also on a
page about the GNLC (a national commission lists its networks one after another)."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

COALITIONS = [
    ("fr", "Coalition canadienne des municipalités inclusives : plus de 80 municipalités."),
    ("en", "The Canadian Coalition of Inclusive Municipalities has more than 80 municipalities."),
    ("it", "La Coalizione internazionale delle città inclusive e sostenibili conta 500 città."),
    ("es", "La Coalición Internacional de Ciudades Inclusivas y Sostenibles reúne 500 ciudades."),
    ("pt", "A Coalizão Internacional de Cidades Inclusivas e Sustentáveis reúne 500 cidades."),
    ("de", "Die Internationale Koalition inklusiver und nachhaltiger Städte zählt 500 Städte."),
]


@pytest.mark.parametrize(("language", "body"), COALITIONS)
def test_a_coalitions_members_are_not_the_networks(language: str, body: str) -> None:
    assert read_titled(language, body) == []


def test_the_network_named_after_it_owns_its_figures_again() -> None:
    body = (
        "Coalition canadienne des municipalités inclusives : plus de 80 municipalités.\n\n"
        "Le Réseau mondial des villes apprenantes rassemble 294 villes."
    )
    assert read_titled("fr", body) == [("294 villes", "total_cities", 294, "exact", None, None)]
