"""Two member names after a word of a span ("tra Fermo e Lucca", "entre Brest et Lille",
"between Cork and Swansea") are the span's ends, not the list of a country's members
(Language.list_spans): the b16 Italian thesis page's title read "Fermo e Lucca" as Italy's
two members, a false 'wrong' in a user's CI. The same names as a list still count."""

from __future__ import annotations

import pytest

from lcnet.dates import PartialDate
from lcnet.extract import Gazetteer, Place
from tests.extract.titled import Row, read_titled

PLACES = Gazetteer(
    {
        "fermo": Place("it/fermo", "IT", PartialDate(2016)),
        "lucca": Place("it/lucca", "IT", PartialDate(2020, 9)),
        "brest": Place("fr/brest", "FR", PartialDate(2022, 9)),
        "lille": Place("fr/lille", "FR", PartialDate(2024, 2)),
        "cork": Place("ie/cork", "IE", PartialDate(2016)),
        "limerick": Place("ie/limerick", "IE", PartialDate(2017)),
        "medellín": Place("co/medellin", "CO", PartialDate(2016)),
        "tunja": Place("co/tunja", "CO", PartialDate(2020, 9)),
        "braga": Place("pt/braga", "PT", PartialDate(2022, 9)),
        "loures": Place("pt/loures", "PT", PartialDate(2020, 9)),
    }
)

SPANS = [
    ("it", "Imparare in città: le Learning Cities UNESCO in Italia tra Fermo e Lucca"),
    ("it", "Imparare in città: le città dell'apprendimento in Italia, fra Fermo e Lucca"),
    (
        "fr",
        "Apprendre en ville : les villes apprenantes de l'UNESCO en France, entre Brest et Lille",
    ),
    (
        "es",
        "Aprender en la ciudad: las ciudades del aprendizaje de la UNESCO en Colombia, entre "
        "Medellín y Tunja",
    ),
    (
        "pt",
        "Aprender na cidade: as cidades de aprendizagem da UNESCO em Portugal, entre Braga e "
        "Loures",
    ),
    ("en", "Learning in town: Ireland's UNESCO learning cities, between Cork and Limerick"),
]

LISTS = [
    ("it", "Le città italiane della rete sono Fermo e Lucca.", "IT"),
    ("fr", "Les villes françaises membres du réseau sont Brest et Lille.", "FR"),
    ("es", "Las ciudades colombianas de la red son Medellín y Tunja.", "CO"),
    ("en", "Ireland's member cities are Cork and Limerick.", "IE"),
]


def _counts(language: str, body: str) -> list[Row]:
    return [r for r in read_titled(language, body, places=PLACES) if r[1] == "country_cities"]


@pytest.mark.parametrize(("language", "body"), SPANS)
def test_two_names_after_a_word_of_a_span_are_no_count(language: str, body: str) -> None:
    assert _counts(language, body) == []


@pytest.mark.parametrize(("language", "body", "country"), LISTS)
def test_the_same_names_as_a_list_count_the_country_s_members(
    language: str, body: str, country: str
) -> None:
    assert [(r[2], r[5]) for r in _counts(language, body)] == [(2, country)]
