"""Dates a figure's sentence gives in ways the b10 and s9 pages showed: a tally of a month
("son décompte d'août 2016 donnait 115 villes", "il conteggio dell'agosto 2016"); a
compared count after a "now" of the other count ("oggi 180 membri, contro i 115 membri
nell'agosto 2016"), and its own countries between it and its date ("contro i 115 in 28
Paesi dell'agosto 2016"); a list whose content a colon opens, its date said before it
("Ad agosto l'istituto ha pubblicato l'elenco dei membri: 115 città di 28 Paesi")."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, mentions, read_titled, row

TALLIES: list[tuple[str, str, list[Row]]] = [
    ("fr", "Son décompte d'août 2016 donnait exactement 115 villes dans 28 pays.",
     [("115 villes", "total_cities", 115, "exact", "2016-08", None),
      ("28 pays", "total_countries", 28, "exact", "2016-08", None)]),
    ("fr", "La liste de septembre 2020 comptait 229 villes.",
     [("229 villes", "total_cities", 229, "exact", "2020-09", None)]),
    ("fr", "Le bilan d'octobre 2021 recensait 229 villes membres.",
     [("229 villes membres", "total_cities", 229, "exact", "2021-10", None)]),
    ("it", "Il conteggio dell'agosto 2016 dava 115 città.",
     [("115 città", "total_cities", 115, "exact", "2016-08", None)]),
    ("it", "L'elenco di settembre 2020 contava 229 città.",
     [("229 città", "total_cities", 229, "exact", "2020-09", None)]),
    ("it", "I dati del febbraio 2024 parlavano di 356 città.",
     [("356 città", "total_cities", 356, "exact", "2024-02", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), TALLIES)
def test_a_tally_of_a_month_dates_its_figures(
    language: str, sentence: str, expected: list[Row]
) -> None:
    assert read_titled(language, sentence) == expected


def test_a_range_of_months_is_no_tally() -> None:
    # "de septembre 2020 à février 2024": the change's own dates, as before
    sentence = "De septembre 2020 à février 2024, le réseau est passé de 229 à 356 villes."
    assert read_titled("fr", sentence) == [
        ("229", "total_cities", 229, "exact", None, None),
        ("356 villes", "total_cities", 356, "exact", None, None),
    ]


COMPARED: list[tuple[str, str, list[Row]]] = [
    ("it", "La rete conta oggi 180 membri, contro i 115 membri nell'agosto 2016.",
     [("180 membri", "total_cities", 180, "exact", None, None),
      ("115 membri", "total_cities", 115, "exact", "2016-08", None)]),
    ("fr", "Le réseau compte aujourd'hui 180 membres, contre 115 villes en août 2016.",
     [("180 membres", "total_cities", 180, "exact", None, None),
      ("115 villes", "total_cities", 115, "exact", "2016-08", None)]),
    ("it", "La rete conta oggi oltre 180 membri, contro i 115 in 28 Paesi dell'agosto 2016.",
     [("oltre 180 membri", "total_cities", 180, "more_than", None, None),
      ("115", "total_cities", 115, "exact", "2016-08", None),
      ("28 Paesi", "total_countries", 28, "exact", "2016-08", None)]),
    ("fr", "Le réseau compte aujourd'hui 425 villes dans 91 pays, contre 294 dans 76 pays"
     " en septembre 2022.",
     [("425 villes", "total_cities", 425, "exact", None, None),
      ("91 pays", "total_countries", 91, "exact", None, None),
      ("294", "total_cities", 294, "exact", "2022-09", None),
      ("76 pays", "total_countries", 76, "exact", "2022-09", None)]),
    ("en", "The network now has 425 cities in 91 countries, against 294 in 76 countries in"
     " September 2022.",
     [("425 cities", "total_cities", 425, "exact", None, None),
      ("91 countries", "total_countries", 91, "exact", None, None),
      ("294", "total_cities", 294, "exact", "2022-09", None),
      ("76 countries", "total_countries", 76, "exact", "2022-09", None)]),
    ("es", "La red cuenta hoy con 425 ciudades en 91 países, frente a 294 en 76 países en"
     " septiembre de 2022.",
     [("425 ciudades", "total_cities", 425, "exact", None, None),
      ("91 países", "total_countries", 91, "exact", None, None),
      ("294", "total_cities", 294, "exact", "2022-09", None),
      ("76 países", "total_countries", 76, "exact", "2022-09", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), COMPARED)
def test_a_compared_count_keeps_its_own_date(
    language: str, sentence: str, expected: list[Row]
) -> None:
    assert read_titled(language, sentence) == expected


LISTS: list[tuple[str, str, list[Row]]] = [
    ("it", "Ad agosto l'istituto di Amburgo ha pubblicato l'elenco dei membri: 115 città di"
     " 28 Paesi.",
     [("115 città", "total_cities", 115, "exact", "2016-08", None),
      ("28 Paesi", "total_countries", 28, "exact", "2016-08", None)]),
    ("it", "Nell'agosto 2016 è uscito l'elenco aggiornato: 115 città.",
     [("115 città", "total_cities", 115, "exact", "2016-08", None)]),
    ("fr", "En août, l'Institut de Hambourg a publié son décompte : 115 villes dans 28 pays.",
     [("115 villes", "total_cities", 115, "exact", "2016-08", None),
      ("28 pays", "total_countries", 28, "exact", "2016-08", None)]),
    ("fr", "En août 2016, l'UIL a diffusé la liste des membres : 115 villes.",
     [("115 villes", "total_cities", 115, "exact", "2016-08", None)]),
    ("en", "In August 2016 the institute published its list of members: 115 cities in 28"
     " countries.",
     [("115 cities", "total_cities", 115, "exact", "2016-08", None),
      ("28 countries", "total_countries", 28, "exact", "2016-08", None)]),
    ("es", "En agosto de 2016 el instituto publicó la lista de miembros: 115 ciudades.",
     [("115 ciudades", "total_cities", 115, "exact", "2016-08", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), LISTS)
def test_a_list_opened_by_a_colon_is_of_the_date_before_it(
    language: str, sentence: str, expected: list[Row]
) -> None:
    assert [row(m) for m in mentions(language, sentence, "2016-10-03")] == expected


def test_a_colon_after_another_noun_still_parts_the_clauses() -> None:
    sentence = "En août 2016, une nouvelle étape : 425 villes."
    assert [row(m) for m in mentions("fr", sentence, "2026-10-03")] == [
        ("425 villes", "total_cities", 425, "exact", None, None)
    ]
