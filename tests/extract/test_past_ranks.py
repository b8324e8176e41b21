"""A member's rank told in a past tense is its country's count on the day that member
joined, whatever its clause leaves undated (Language.past_rank_verbs): "Palermo fu la
terza", "Mantes a été la deuxième", "Bonn war die dritte", with its noun or without it,
its subject left out after a sentence naming it, after the members it follows, or for
two members at once. A present ("Cividale è l'ottava") stays the text's; a rank of
something else ("la terza tappa") is no count."""

from __future__ import annotations

import pytest

from lcnet.dates import PartialDate
from lcnet.extract import Gazetteer, Place
from tests.extract.titled import Row, read_plain, read_titled

PLACES = Gazetteer(
    {
        "torino": Place("it/turin", "IT", PartialDate(2016)),
        "fermo": Place("it/fermo", "IT", PartialDate(2018)),
        "palermo": Place("it/palermo", "IT", PartialDate(2019, 7)),
        "lucca": Place("it/lucca", "IT", PartialDate(2020, 9)),
        "trieste": Place("it/trieste", "IT", PartialDate(2020, 9)),
        "reggio calabria": Place("it/reggio-calabria", "IT", PartialDate(2022, 9)),
        "cividale del friuli": Place("it/cividale-del-friuli", "IT", PartialDate(2025, 12)),
        "clermont ferrand": Place("fr/clermont-ferrand", "FR", PartialDate(2016, 10)),
        "mantes la jolie": Place("fr/mantes-la-jolie", "FR", PartialDate(2017, 1)),
        "lille": Place("fr/lille", "FR", PartialDate(2024, 2)),
        "girona": Place("es/girona", "ES", PartialDate(2022, 9)),
        "lisboa": Place("pt/lisbon", "PT", PartialDate(2024, 2)),
        "gelsenkirchen": Place("de/gelsenkirchen", "DE", PartialDate(2016)),
        "hamburg": Place("de/hamburg", "DE", PartialDate(2019, 7)),
        "bonn": Place("de/bonn", "DE", PartialDate(2020, 9)),
        "turin": Place("it/turin", "IT", PartialDate(2016)),
    }
)
C = "country_cities"


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("it", "Palermo fu la terza in Italia, dopo Torino e Fermo.",
         [("terza in Italia", C, 3, "exact", "2019-07", "IT")]),
        ("it", "Palermo era stata la terza città italiana ad aderire.",
         [("terza città italiana", C, 3, "exact", "2019-07", "IT")]),
        ("it", "Tra le città della rete, Palermo è stata la terza.",
         [("terza", C, 3, "exact", "2019-07", "IT")]),
        ("it", "Dal 2019 Palermo partecipa alla rete.\nFu la terza in Italia.",
         [("terza in Italia", C, 3, "exact", "2019-07", "IT")]),
        ("it", "Reggio Calabria divenne la sesta.",
         [("sesta", C, 6, "exact", "2022-09", "IT")]),
        ("it", "Trieste, accolta quell'anno, fu la quinta.",
         [("quinta", C, 5, "exact", "2020-09", "IT")]),
        ("it", "Dopo Torino e Fermo, Palermo fu la terza.",
         [("terza", C, 3, "exact", "2019-07", "IT")]),
        ("it", "Cividale del Friuli è l'ottava città italiana, Reggio Calabria fu la sesta.",
         [("ottava città italiana", C, 8, "exact", None, "IT"),
          ("sesta", C, 6, "exact", "2022-09", "IT")]),
        ("it", "Lucca e Trieste furono la quarta e la quinta.",
         [("quarta", C, 4, "exact", "2020-09", "IT"), ("quinta", C, 5, "exact", "2020-09", "IT")]),
        ("fr", "Mantes-la-Jolie a été la deuxième ville française à rejoindre le réseau.",
         [("deuxième ville française", C, 2, "exact", "2017-01", "FR")]),
        ("fr", "Mantes-la-Jolie était la deuxième.",
         [("deuxième", C, 2, "exact", "2017-01", "FR")]),
        ("fr", "Lille est devenue la septième ville française du réseau.",
         [("septième ville française", C, 7, "exact", "2024-02", "FR")]),
        ("fr", "Après Clermont-Ferrand, Mantes-la-Jolie fut la deuxième.",
         [("deuxième", C, 2, "exact", "2017-01", "FR")]),
        ("es", "Girona se convirtió en la segunda ciudad española de la red.",
         [("segunda ciudad española", C, 2, "exact", "2022-09", "ES")]),
        ("pt", "Lisboa foi a décima sétima cidade portuguesa da rede.",
         [("décima sétima cidade portuguesa", C, 17, "exact", "2024-02", "PT")]),
        ("de", "Bonn war die dritte deutsche Stadt im Netzwerk.",
         [("dritte deutsche Stadt", C, 3, "exact", "2020-09", "DE")]),
        ("de", "Bonn war nach Gelsenkirchen und Hamburg die dritte.",
         [("dritte", C, 3, "exact", "2020-09", "DE")]),
        ("en", "Palermo was the third, after Turin and Fermo.",
         [("third", C, 3, "exact", "2019-07", "IT")]),
    ],
)  # fmt: skip
def test_a_past_rank_is_of_the_day_its_member_joined(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read_titled(language, body, places=PLACES) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        # the present: the text's own day
        ("it", "Cividale del Friuli è l'ottava città italiana della rete.",
         [("ottava città italiana", C, 8, "exact", None, "IT")]),
        ("fr", "Lille est la septième ville française du réseau.",
         [("septième ville française", C, 7, "exact", None, "FR")]),
        # a rank of something else
        ("it", "Palermo fu la terza tappa del festival.", []),
        ("fr", "Lille fut la septième étape de la tournée.", []),
        # two members named before a left-out subject: whose rank it is is not said
        ("it", "Torino e Palermo hanno firmato l'accordo.\nFu la terza in Italia.",
         [("terza in Italia", C, 3, "exact", None, "IT")]),
    ],
)  # fmt: skip
def test_a_present_rank_or_another_rank_is_not_dated_by_a_joining(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read_titled(language, body, places=PLACES) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Die UNESCO hat 72 Städte aus 46 Ländern in das Globale Netzwerk der Lernstädte"
         " aufgenommen.",
         [("72 Städte", "new_cities", 72, "exact", None, None),
          ("46 Ländern", "new_countries", 46, "exact", None, None)]),
        ("Neu im Lernstädte-Netzwerk der UNESCO sind 72 Städte aus 46 Ländern.",
         [("72 Städte", "new_cities", 72, "exact", None, None),
          ("46 Ländern", "new_countries", 46, "exact", None, None)]),
        ("Das Netzwerk der Lernstädte zählt nun 425 Mitglieder.",
         [("425 Mitglieder", "total_cities", 425, "exact", None, None)]),
        ("Dem Lernstadt-Netzwerk gehören inzwischen 425 Städte an.",
         [("425 Städte", "total_cities", 425, "exact", None, None)]),
        ("Hanoi ist nun UNESCO-Lernstadt. Insgesamt wurden 72 Städte aus 46 Ländern"
         " aufgenommen.",
         [("72 Städte", "new_cities", 72, "exact", None, None),
          ("46 Ländern", "new_countries", 46, "exact", None, None)]),
        # another network, a national scheme, a city's own figures: not the network's
        ("Das Netzwerk der Kreativstädte der UNESCO umfasst 350 Städte.", []),
        ("Das nationale Programm der Lernstädte in Korea umfasst inzwischen 190 Kommunen.", []),
        ("Die Lernstadt Hamburg hat 14 neue Bibliotheken eröffnet.", []),
    ],
)  # fmt: skip
def test_german_names_of_the_network_with_lernstadt(body: str, expected: list[Row]) -> None:
    """ "Lernstadt" is the German word for a learning city: "Globales Netzwerk der
    Lernstädte", "Lernstädte-Netzwerk", "UNESCO-Lernstadt" name the network on a page
    that gives no other name of it."""
    assert read_plain(f"Hanoi neu dabei\n\n{body}\n", "de") == expected
