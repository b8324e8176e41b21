"""A member's rank with its noun left out, its country said by an adjective, then the
network or a clause of joining: "Puebla es la séptima mexicana de la red", "Cantanhede é a
oitava portuguesa da rede", "fue la séptima mexicana en ingresar". The words after the
preposition name no place, so they do not stop the rank (lcnet.extract.ranks); a region
of a country still does ("a oitava do Rio Grande do Sul")."""

from __future__ import annotations

import pytest

from lcnet.dates import PartialDate
from lcnet.extract import Gazetteer, Place
from tests.extract.titled import Row, read_titled

PLACES = Gazetteer(
    {
        "puebla": Place("mx/puebla", "MX", PartialDate(2020, 9)),
        "cantanhede": Place("pt/cantanhede", "PT", PartialDate(2019, 7)),
        "lille": Place("fr/lille", "FR", PartialDate(2024, 2)),
        "tepic": Place("mx/tepic", "MX", PartialDate(2025, 12)),
    }
)
C = "country_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("es", "Puebla es la séptima mexicana de la red.",
     [("séptima mexicana", C, 7, "exact", None, "MX")]),
    ("es", "Puebla fue la séptima mexicana en ingresar a la red.",
     [("séptima mexicana", C, 7, "exact", "2020-09", "MX")]),
    ("pt", "Cantanhede é a décima primeira portuguesa da rede.",
     [("décima primeira portuguesa", C, 11, "exact", None, "PT")]),
    ("pt", "Cantanhede é a oitava portuguesa a entrar na rede.",
     [("oitava portuguesa", C, 8, "exact", None, "PT")]),
    ("fr", "Lille est la septième française du réseau.",
     [("septième française", C, 7, "exact", None, "FR")]),
    ("pt", "Cantanhede é a oitava do Rio Grande do Sul.", []),
    # the rank said by a number, the noun left out (Language.rank_numbers)
    ("es", "Tepic se convierte en la número 14 de México en la red.",
     [("número 14", C, 14, "exact", None, "MX")]),
    ("pt", "Cantanhede é a número 11 de Portugal na rede.",
     [("número 11", C, 11, "exact", None, "PT")]),
    ("es", "Tepic es la número 1 en calidad de vida.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_rank_before_the_network(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text, places=PLACES) == expected
