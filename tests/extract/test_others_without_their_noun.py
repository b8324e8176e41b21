"""The others a city joined with, their noun left out, in the languages that put "other"
before the number: "Reggio Calabria, ammessa con altre 76: è la sesta in Italia" (a fresh
it dev page by another writer; the 76 was missed, also because a number before a colon
was no number: only "10:30", a colon and a digit, is a time), "junto a otras 63", "com
outras 63". The subject is counted as with the noun ("altre 76 città": 77)."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

CASES = [
    ("it", "Reggio Calabria, ammessa con altre 76: è la sesta in Italia.",
     ("altre 76", "new_cities", 77, "exact", None, None)),
    ("it", "Reggio Calabria è entrata insieme ad altre 76.",
     ("altre 76", "new_cities", 77, "exact", None, None)),
    ("it", "Lucca e Trieste sono entrate con altre 52.",
     ("altre 52", "new_cities", 54, "exact", None, None)),
    ("es", "Puebla ingresó junto a otras 63.",
     ("otras 63", "new_cities", 64, "exact", None, None)),
    ("es", "Tunja y Pasto entraron con otras 52.",
     ("otras 52", "new_cities", 54, "exact", None, None)),
    ("pt", "Fundão entrou juntamente com outras 63.",
     ("outras 63", "new_cities", 64, "exact", None, None)),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES)
def test_the_others_without_their_noun(
    language: str, sentence: str, expected: tuple[str, str, int, str, None, None]
) -> None:
    assert read_titled(language, sentence)[0] == expected


OTHER_THINGS = [
    ("it", "Il comune ha collaborato con altre 12 amministrazioni."),
    ("es", "El municipio firmó convenios con otras 12 instituciones."),
    ("pt", "A câmara assinou acordos com outras 12 entidades."),
    ("it", "Alle 10:30 la sindaca ha parlato con altri 3 assessori."),
]


@pytest.mark.parametrize(("language", "sentence"), OTHER_THINGS)
def test_others_with_a_noun_of_their_own(language: str, sentence: str) -> None:
    assert read_titled(language, sentence) == []
