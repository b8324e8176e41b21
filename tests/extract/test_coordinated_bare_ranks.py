"""Two members' ranks with the noun and the country left out, joined (b10-era pages):
"Trieste e Lucca sono la quarta e la quinta" (a plural verb, two ordinals), "Lille est la
septième et Sarcelles la huitième" (the verb left out after "and", not only after a
comma), "Trieste fu la quinta; Reggio Calabria nel 2022 la sesta" (the next one's date
between its name and its rank). The country is that of a member the store knows."""

from __future__ import annotations

import pytest

from lcnet.dates import PartialDate
from lcnet.extract import Gazetteer, Place
from tests.extract.titled import Row, read_titled

PLACES = Gazetteer(
    {
        "lucca": Place("it/lucca", "IT", PartialDate(2020, 9)),
        "trieste": Place("it/trieste", "IT", PartialDate(2020, 9)),
        "reggio calabria": Place("it/reggio-calabria", "IT", PartialDate(2022, 9)),
        "brest": Place("fr/brest", "FR", PartialDate(2022, 9)),
        "nanterre": Place("fr/nanterre", "FR", PartialDate(2022, 9)),
        "lille": Place("fr/lille", "FR", PartialDate(2024, 2)),
        "sarcelles": Place("fr/sarcelles", "FR", PartialDate(2025, 12)),
        "envigado": Place("co/envigado", "CO", PartialDate(2022, 9)),
        "braga": Place("pt/braga", "PT", PartialDate(2022, 9)),
        "dresden": Place("de/dresden", "DE", PartialDate(2024, 2)),
    }
)


def read(language: str, body: str) -> list[Row]:
    return read_titled(language, body, places=PLACES)


C = "country_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("it", "Trieste e Lucca sono la quarta e la quinta.",
     [("quarta", C, 4, "exact", None, "IT"), ("quinta", C, 5, "exact", None, "IT")]),
    ("it", "Lucca e Pesaro sono la quarta e la quinta, dopo Torino.",
     [("quarta", C, 4, "exact", None, "IT"), ("quinta", C, 5, "exact", None, "IT")]),
    ("it", "Lucca è la quarta e Trieste la quinta.",
     [("quarta", C, 4, "exact", None, "IT"), ("quinta", C, 5, "exact", None, "IT")]),
    ("it", "Trieste fu la quinta; Reggio Calabria nel 2022 la sesta.",
     [("quinta", C, 5, "exact", "2020-09", "IT"), ("sesta", C, 6, "exact", "2022", "IT")]),
    ("fr", "Brest et Nanterre sont la cinquième et la sixième.",
     [("cinquième", C, 5, "exact", None, "FR"), ("sixième", C, 6, "exact", None, "FR")]),
    ("fr", "Lille est la septième et Sarcelles la huitième.",
     [("septième", C, 7, "exact", None, "FR"), ("huitième", C, 8, "exact", None, "FR")]),
    ("fr", "Brest est la cinquième ; Lille, en 2024, la septième.",
     [("cinquième", C, 5, "exact", None, "FR"), ("septième", C, 7, "exact", "2024", "FR")]),
    ("es", "Rionegro y Envigado son la tercera y la cuarta.",
     [("tercera", C, 3, "exact", None, "CO"), ("cuarta", C, 4, "exact", None, "CO")]),
    ("pt", "Braga e Guimarães são a quarta e a quinta.",
     [("quarta", C, 4, "exact", None, "PT"), ("quinta", C, 5, "exact", None, "PT")]),
    ("de", "Leipzig und Dresden sind die vierte und die fünfte.",
     [("vierte", C, 4, "exact", None, "DE"), ("fünfte", C, 5, "exact", None, "DE")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_joined_bare_ranks(language: str, text: str, expected: list[Row]) -> None:
    assert read(language, text) == expected


NOT_RANKS = [
    ("it", "Trieste e Lucca sono la quarta e la quinta tappa del giro."),
    ("fr", "Brest et Nanterre sont la cinquième et la sixième étape du tour."),
    ("it", "Lucca è la quarta e Pisa la quinta tappa."),
]


@pytest.mark.parametrize(("language", "text"), NOT_RANKS)
def test_ranks_of_something_else(language: str, text: str) -> None:
    assert read(language, text) == []
