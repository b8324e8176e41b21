"""A figure the text dates as a document's number, after it, is of that date even where
its source "still" says it ("Le site parle encore de « 115 villes de 28 pays », un chiffre
de l'été 2016": a dev page's 115 and 28 were judged stale, two false alarms). Without
that apposition, "still" keeps the figure current (stale when old)."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

DATED = [
    ("fr", "Le site de la ville parle encore de « 115 villes de 28 pays », un chiffre de "
     "l'été 2016.", "2016"),
    ("fr", "La mairie affiche toujours 115 villes membres, un chiffre de 2016.", "2016"),
    ("it", "Il sito del comune riporta ancora 115 città in 28 Paesi, un dato del 2016.", "2016"),
    ("en", "The city's website still speaks of 115 cities in 28 countries, a figure from "
     "2016.", "2016"),
    ("es", "La web municipal todavía habla de 115 ciudades de 28 países, una cifra de 2016.",
     "2016"),
    ("pt", "O site municipal ainda fala de 115 cidades em 28 países, um número de 2016.",
     "2016"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "year"), DATED)
def test_a_documents_number_dated_after_it(language: str, sentence: str, year: str) -> None:
    found = mentions(language, sentence, "2019-07-19")
    assert [(m.value, str(m.as_of)) for m in found][:1] == [(115, year)]


STILL = [
    ("fr", "La mairie affiche toujours 115 villes membres."),
    ("en", "The city's website still speaks of 115 cities."),
    ("vi", 'Trang web vẫn ghi "356 thành phố", con số đã cũ từ 12/2025.'),
]


@pytest.mark.parametrize(("language", "sentence"), STILL)
def test_still_without_a_date_of_the_figure(language: str, sentence: str) -> None:
    (found,) = mentions(language, sentence, "2026-03-01")
    assert found.as_of is None
