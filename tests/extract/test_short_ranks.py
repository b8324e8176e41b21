"""A member's rank said with a short form of its name ("Reggio è la sesta" for Reggio
Calabria, "Mantes fut la deuxième" for Mantes-la-Jolie), and a second rank whose verb is
left out after a comma ("Cividale è l'ottava, Brescia la settima")."""

from __future__ import annotations

import pytest

from lcnet.dates import PartialDate
from lcnet.extract import Gazetteer, Place
from tests.extract.titled import Row, read_titled

PLACES = Gazetteer(
    {
        "reggio calabria": Place("it/reggio-calabria", "IT", PartialDate(2022, 9)),
        "cividale del friuli": Place("it/cividale-del-friuli", "IT", PartialDate(2025, 12)),
        "brescia": Place("it/brescia", "IT", PartialDate(2025, 12)),
        "mantes-la-jolie": Place("fr/mantes-la-jolie", "FR", PartialDate(2017, 1)),
        "lille": Place("fr/lille", "FR", PartialDate(2024, 2)),
        "liège": Place("be/liege", "BE", PartialDate(2024, 2)),
        "chiang mai": Place("th/chiang-mai", "TH", PartialDate(2019, 7)),
        "chiang rai": Place("th/chiang-rai", "TH", PartialDate(2022, 9)),
    }
)


def read(language: str, body: str) -> list[Row]:
    return read_titled(language, body, places=PLACES)


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("it", "Reggio è la sesta, dopo Torino e Palermo.",
         [("sesta", "country_cities", 6, "exact", None, "IT")]),
        ("it", "Cividale è diventata l'ottava.",  # a past tense: of the day it joined
         [("ottava", "country_cities", 8, "exact", "2025-12", "IT")]),
        ("it", "Cividale, ammessa a Parigi, è l'ottava.",
         [("ottava", "country_cities", 8, "exact", None, "IT")]),
        ("fr", "Mantes fut la deuxième.",
         [("deuxième", "country_cities", 2, "exact", "2017-01", "FR")]),
        ("it", "Cividale è l'ottava, Brescia la settima.",
         [("ottava", "country_cities", 8, "exact", None, "IT"),
          ("settima", "country_cities", 7, "exact", None, "IT")]),
        ("it", "Cividale è l'ottava; Reggio era stata la sesta, nel 2022.",
         [("ottava", "country_cities", 8, "exact", None, "IT"),
          ("sesta", "country_cities", 6, "exact", "2022", "IT")]),
        ("fr", "Mantes fut la deuxième, dès 2017.",
         [("deuxième", "country_cities", 2, "exact", "2017", "FR")]),
        ("fr", "Lille est la septième, Mantes la deuxième.",
         [("septième", "country_cities", 7, "exact", None, "FR"),
          ("deuxième", "country_cities", 2, "exact", None, "FR")]),
    ],
)  # fmt: skip
def test_a_short_name_or_a_gapped_verb_ranks_the_member(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read(language, body) == expected


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "Chiang is the second."),  # opens two members' names: whose?
        ("it", "Reggio è la prima."),  # "the first" is said loosely
        ("fr", "Lille est la septième, Liège la première."),  # another country's member
        ("it", "Cividale è l'ottava, la rassegna la quarta."),  # no member after the comma
    ],
)
def test_no_rank_where_the_name_or_the_country_is_not_the_members(
    language: str, body: str
) -> None:
    rows = read(language, body)
    assert [r for r in rows if r[0] not in ("ottava", "septième")] == []
