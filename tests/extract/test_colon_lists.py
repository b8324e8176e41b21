"""A verb of admission after a colon is said of the names listed there, not of the count
before it: "Apenas dos localidades del Perú integran hoy la red: Arequipa y Chachapoyas,
admitidas en la misma convocatoria" (a dev page) is Peru's count of members, not its
share of an intake (the reach of a verb after a figure grew to 120 characters)."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

CASES = [
    ("es", "Apenas dos localidades del Perú integran hoy la red: Arequipa y Chachapoyas, "
     "admitidas en la misma convocatoria.", ("dos localidades", 2, "PE")),
    ("en", "Two cities from Peru are in the network: Arequipa and Chachapoyas, admitted in "
     "the same round.", ("Two cities", 2, "PE")),
    ("pt", "O país tem hoje duas cidades do Peru na rede: Arequipa e Chachapoyas, admitidas "
     "na mesma ronda.", ("duas cidades", 2, "PE")),
    ("fr", "Le réseau compte deux villes du Pérou : Arequipa et Chachapoyas, admises dans la "
     "même promotion.", ("deux villes", 2, "PE")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES)
def test_a_verb_after_the_colon_is_the_names_own(
    language: str, sentence: str, expected: tuple[str, int, str]
) -> None:
    text, value, country = expected
    assert read_titled(language, sentence) == [
        (text, "country_cities", value, "exact", None, country)
    ]


def test_a_verb_before_the_colon_still_speaks_of_the_count() -> None:
    sentence = "Tres ciudades de Colombia entraron en la red: Quibdó, Rionegro y Tunja."
    assert read_titled("es", sentence) == [("Tres ciudades", "new_cities", 3, "exact", None, "CO")]
