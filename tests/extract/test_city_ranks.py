"""A member city's rank in its country with the noun and the country left out: "Lucca è
stata la quarta", "Lille, entrée en 2024, est la septième", "Sousse est la deuxième
tunisienne". The city is one the store knows: its country is the count's."""

from __future__ import annotations

import pytest

from lcnet.dates import PartialDate
from lcnet.extract import Gazetteer, Place
from tests.extract.titled import Row, read_titled

PLACES = Gazetteer(
    {
        "lucca": Place("it/lucca", "IT", PartialDate(2020, 9)),
        "lille": Place("fr/lille", "FR", PartialDate(2024, 2)),
        "sousse": Place("tn/sousse", "TN", PartialDate(2025, 12)),
        "envigado": Place("co/envigado", "CO", PartialDate(2022, 9)),
        "braga": Place("pt/braga", "PT", PartialDate(2022, 9)),
        "passo fundo": Place("br/passo-fundo", "BR", PartialDate(2025, 12)),
        "torino": Place("it/turin", "IT", PartialDate(2016)),
        "dresden": Place("de/dresden", "DE", PartialDate(2024, 2)),
    }
)


def read(language: str, body: str) -> list[Row]:
    return read_titled(language, body, places=PLACES)


CASES: list[tuple[str, str, list[Row]]] = [
    (
        "it",
        # a past tense: the country's count the day the city joined
        "Lucca è stata la quarta, lo stesso giorno di Trieste.",
        [("quarta", "country_cities", 4, "exact", "2020-09", "IT")],
    ),
    (
        "it",  # what comes after it: "dopo"
        "Lucca è la quarta dopo Torino, Fermo e Palermo.",
        [("quarta", "country_cities", 4, "exact", None, "IT")],
    ),
    (
        "it",  # a preposition of place before the country
        "Lucca è la quarta in Italia.",
        [("quarta in Italia", "country_cities", 4, "exact", None, "IT")],
    ),
    (
        "fr",  # an aside between the city and its verb
        "Lille, entrée en 2024, est la septième.",
        [("septième", "country_cities", 7, "exact", None, "FR")],
    ),
    (
        "fr",  # the country's adjective after the rank
        "Sousse est la deuxième tunisienne, après Tunis.",
        [("deuxième tunisienne", "country_cities", 2, "exact", None, "TN")],
    ),
    (
        "es",
        "Envigado es la octava, después de Medellín y Bogotá.",
        [("octava", "country_cities", 8, "exact", None, "CO")],
    ),
    (
        "pt",
        "Braga foi a terceira, depois de Lisboa e Porto.",
        [("terceira", "country_cities", 3, "exact", "2022-09", "PT")],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), CASES)
def test_a_member_citys_rank_counts_its_countrys_members(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read(language, body) == expected


NOT_RANKS = [
    ("fr", "Sousse est la deuxième marocaine."),  # another country: a slip, not read
    ("it", "Lucca è la quarta città più visitata della Toscana."),  # a noun: not a count here
    ("fr", "Lille est la septième ville la plus peuplée."),
    ("it", "Roma è la quarta, dopo Torino."),  # no member the store knows
    ("pt", "Passo Fundo é a terceira do Rio Grande do Sul."),  # of a state, not a country
    ("it", "Torino è stata la prima."),  # "the first" is said of many things
]


@pytest.mark.parametrize(("language", "body"), NOT_RANKS)
def test_other_ranks_are_not_counts(language: str, body: str) -> None:
    assert read(language, body) == []
