"""Others counted with the members a noun of joining names ("l'ingresso di Lucca e
Trieste nella rete, assieme ad altre 52 città", an s11 it dev page: 54, not 53): the
names after "the admission of" are the subject the others join, as a subject before a
verb of joining is."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

CASES: list[tuple[str, str, tuple[str, int]]] = [
    ("it", "L'Istituto ha reso noto l'ingresso di Lucca e Trieste nella rete, assieme ad"
     " altre 52 città.", ("altre 52 città", 54)),
    ("it", "È stata annunciata l'adesione di Brescia, Cividale e Pesaro, con altre 69 città.",
     ("altre 69 città", 72)),
    ("fr", "L'UIL a annoncé l'entrée de Lucques et Trieste dans le réseau, avec 52 autres"
     " villes.", ("52 autres villes", 54)),
    ("fr", "L'UIL a annoncé l'admission de Brest et de Nanterre, aux côtés de 75 autres"
     " villes.", ("75 autres villes", 77)),
    ("en", "UIL announced the admission of Lucca and Trieste to the network, along with 52"
     " other cities.", ("52 other cities", 54)),
    ("es", "El UIL anunció el ingreso de Chía y Envigado en la red, junto con otras 75"
     " ciudades.", ("otras 75 ciudades", 77)),
    ("pt", "O UIL anunciou a entrada de Braga e Porto na rede, com outras 75 cidades.",
     ("outras 75 cidades", 77)),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES)
def test_the_names_a_joining_noun_is_of(
    language: str, sentence: str, expected: tuple[str, int]
) -> None:
    text, value = expected
    rows = read_titled(language, sentence)
    assert [(r[0], r[1], r[2]) for r in rows] == [(text, "new_cities", value)]


def test_one_name_after_the_noun_counts_one() -> None:
    rows = read_titled("it", "È stata annunciata l'adesione di Lucca, con altre 53 città.")
    assert [(r[0], r[2]) for r in rows] == [("altre 53 città", 54)]
