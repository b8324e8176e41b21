"""First-time countries counted as a part of the countries before them, where the part's
word stands before the number or the cue is said of "them" ("per 13 di questi si tratta
della prima volta" and "dont 13 qui n'avaient jusque-là aucune ville membre": two dev
pages' misses; the current 13 of the Dec 2025 round)."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

CASES = [
    ("fr", "Les nouvelles villes viennent de 46 pays, dont 13 qui n'avaient jusque-là aucune "
     "ville membre.", "13"),
    ("fr", "Les 72 nouvelles villes viennent de 46 pays ; pour 13 d'entre eux, c'est une "
     "première.", "13 d'entre"),
    ("fr", "Les 72 nouvelles villes viennent de 46 pays, dont 13 pour la première fois.", "13"),
    ("it", "Nell'ultima tornata l'UNESCO ha ammesso 72 città di 46 Paesi;\nper 13 di questi "
     "si tratta della prima volta.", "13 di questi"),
    ("it", "Le 72 nuove città vengono da 46 Paesi: per 13 di loro è la prima volta.",
     "13 di loro"),
    ("it", "Le nuove città vengono da 46 Paesi, di cui 13 per la prima volta.", "13"),
    ("es", "Las nuevas ciudades proceden de 46 países, de los cuales 13 por primera vez.",
     "13"),
    ("en", "The new cities come from 46 countries, of which 13 for the first time.", "13"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "text"), CASES)
def test_first_time_countries_as_a_part(language: str, sentence: str, text: str) -> None:
    *_, countries, first = read_titled(language, sentence)
    assert countries[1:3] == ("new_countries", 46)
    assert first == (text, "first_time_countries", 13, "exact", None, None)


def test_a_first_time_that_is_no_part() -> None:
    found = read_titled("it", "È la prima volta che la rete conta 425 città in 91 Paesi.")
    assert [row[1:3] for row in found] == [("total_cities", 425), ("total_countries", 91)]
