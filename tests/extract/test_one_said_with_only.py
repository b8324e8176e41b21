"""A count of one said with "only" after the article (Language.only_words): "el Perú, con
una sola ciudad", "tiene un solo municipio" (an s11 Peruvian commission bulletin) were
no figure at all: "una" and "un" are articles as often as numbers, so they never end a
number before a unit by themselves; with "sola"/"solo" between them and a singular unit
they are the number one. Spanish only so far: Italian "una sola città" needs "una" as a
number word, which Italian does not have (only "uno")."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

NAMED = "En la Red Mundial de Ciudades del Aprendizaje de la UNESCO"

CASES: list[tuple[str, list[Row]]] = [
    (f"{NAMED}, el Perú tiene una sola ciudad.",
     [("una sola ciudad", "country_cities", 1, "exact", None, "PE")]),
    (f"El Perú, con una sola ciudad, Barranco, está en la red. {NAMED} hay 425 miembros.",
     [("una sola ciudad", "country_cities", 1, "exact", None, "PE"),
      ("425 miembros", "total_cities", 425, "exact", None, None)]),
    (f"{NAMED}, Bolivia tiene un solo municipio.",
     [("un solo municipio", "country_cities", 1, "exact", None, "BO")]),
    (f"{NAMED}, Chile suma por ahora una sola ciudad miembro.",
     [("una sola ciudad miembro", "country_cities", 1, "exact", None, "CL")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_one_with_only_is_a_count(text: str, expected: list[Row]) -> None:
    assert read_titled("es", text) == expected


GUARDS: list[tuple[str, list[Row]]] = [
    # an article alone stays an article; "solo" before a number is "only"
    (f"{NAMED}, el Perú tiene una ciudad pionera y tres candidatas.", []),
    (f"{NAMED}, solo tres ciudades peruanas son miembros.",
     [("tres ciudades peruanas", "country_cities", 3, "exact", None, "PE")]),
    (f"{NAMED}, una sola vez se admitieron 77 ciudades.",
     [("77 ciudades", "new_cities", 77, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_an_article_alone_is_no_count(text: str, expected: list[Row]) -> None:
    assert read_titled("es", text) == expected
