"""Three forms real pages gave, each tried as a class in English, German, French and
Italian: the body a city enters named by a collective noun ("a community of more than
150 cities", "den weltweiten Zusammenschluss von mehr als 200 Kommunen") counts the
network, as "a network of" does; a country's only member is said from its name to "the
only" ("Lausanne die einzige Learning City", "Bouaké, seule ville ivoirienne"); and the
subject of a German perfect ends at its auxiliary ("A, B und C sind dem Netzwerk
beigetreten, zusammen mit 52 weiteren": 55)."""

from __future__ import annotations

import pytest

from lcnet.dates import PartialDate
from lcnet.extract import Gazetteer, Place
from tests.extract.titled import Row, read_titled

T = "total_cities"


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("en", "Hamburg joins a community of more than 150 cities.",
         [("more than 150 cities", T, 150, "more_than", None, None)]),
        ("en", "Hamburg has been admitted to a select group of 170 cities.",
         [("170 cities", T, 170, "exact", None, None)]),
        ("de", "Die UNESCO gab die Aufnahme Hamburgs in den weltweiten Zusammenschluss von mehr"
         " als 150 Kommunen bekannt.",
         [("mehr als 150 Kommunen", T, 150, "more_than", None, None)]),
        ("de", "Hamburg wurde in den Verbund von über 150 Städten aufgenommen.",
         [("über 150 Städten", T, 150, "more_than", None, None)]),
        ("fr", "Hambourg rejoint une communauté de plus de 150 villes.",
         [("plus de 150 villes", T, 150, "more_than", None, None)]),
        ("it", "Amburgo entra in una comunità di oltre 150 città.",
         [("oltre 150 città", T, 150, "more_than", None, None)]),
        # a group of newcomers stays an intake
        ("en", "A group of 96 new cities joined in July.",
         [("96 new cities", "new_cities", 96, "exact", None, None)]),
        ("fr", "Un groupe de 96 nouvelles villes a été admis en juillet.",
         [("96 nouvelles villes", "new_cities", 96, "exact", None, None)]),
    ],
)  # fmt: skip
def test_a_body_the_city_enters_counts_the_network(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read_titled(language, body) == expected


PLACES = Gazetteer(
    {
        "lausanne": Place("ch/lausanne", "CH", PartialDate(2022, 9)),
        "bouaké": Place("ci/bouake", "CI", PartialDate(2020, 9)),
        "chachoengsao": Place("th/chachoengsao", "TH", PartialDate(2020, 9)),
        "chiang mai": Place("th/chiang-mai", "TH", PartialDate(2020, 9)),
        "phuket": Place("th/phuket", "TH", PartialDate(2020, 9)),
    }
)


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("de", "In der Schweiz ist Lausanne bislang die einzige Mitgliedsstadt.",
         [("Lausanne bislang die einzige", "country_cities", 1, "exact", None, "CH")]),
        ("fr", "La ministre a salué Bouaké, seule ville ivoirienne membre du réseau.",
         [("Bouaké, seule", "country_cities", 1, "exact", None, "CI")]),
    ],
)  # fmt: skip
def test_the_only_member_is_said_from_its_name_to_the_only(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read_titled(language, body, places=PLACES) == expected


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("de", "Chachoengsao, Chiang Mai und Phuket sind dem Netzwerk beigetreten, zusammen mit"
         " 52 weiteren Städten."),
        ("de", "Chachoengsao, Chiang Mai und Phuket haben sich dem Netzwerk angeschlossen,"
         " gemeinsam mit 52 weiteren Städten."),
        ("en", "Chachoengsao, Chiang Mai and Phuket have joined the network, along with 52"
         " other cities."),
        ("it", "Chachoengsao, Chiang Mai e Phuket sono entrate nella rete insieme ad altre 52"
         " città."),
    ],
)  # fmt: skip
def test_three_named_subjects_join_with_the_others(language: str, body: str) -> None:
    rows = read_titled(language, body, places=PLACES)
    assert [(r[1], r[2]) for r in rows if r[1] == "new_cities"] == [("new_cities", 55)]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("it", "In Italia ci sono tre Learning City.",
         [("tre Learning City", "country_cities", 3, "exact", None, "IT")]),
        ("it", "L'Italia conta 3 Learning City.",
         [("3 Learning City", "country_cities", 3, "exact", None, "IT")]),
        ("fr", "La France compte désormais quatre Learning Cities.",
         [("quatre Learning Cities", "country_cities", 4, "exact", None, "FR")]),
        ("fr", "Les quatre Learning City françaises se réunissent.",
         [("quatre Learning City françaises", "country_cities", 4, "exact", None, "FR")]),
        # the prize and a city's own days are no count of members
        ("it", "Dal 2017 sono stati assegnati dieci Learning City Award.", []),
        ("fr", "L'UNESCO a remis dix Learning City Awards depuis 2017.", []),
    ],
)  # fmt: skip
def test_the_english_noun_counts_in_french_and_italian(
    language: str, body: str, expected: list[Row]
) -> None:
    """ "Learning City" as Italian and French pages write it after a number, plural or
    kept invariant as "città" is."""
    assert read_titled(language, body) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("de", "THAILAND: Chachoengsao, Chiang Mai und Phuket sind dem Netzwerk beigetreten.",
         ("new_cities", 3, "TH")),
        ("en", "THAILAND: Chachoengsao, Chiang Mai and Phuket have joined the network, along"
         " with 52 other cities.", ("new_cities", 3, "TH")),
        ("fr", "THAÏLANDE : Chachoengsao, Chiang Mai et Phuket ont rejoint le réseau.",
         ("new_cities", 3, "TH")),
        ("it", "THAILANDIA: Chachoengsao, Chiang Mai e Phuket sono entrate nella rete.",
         ("new_cities", 3, "TH")),
        # "so far": the country's members
        ("de", "Aus Thailand sind bisher Chachoengsao, Chiang Mai und Phuket dem Netzwerk"
         " beigetreten.", ("country_cities", 3, "TH")),
    ],
)  # fmt: skip
def test_a_list_of_members_that_joined_is_the_countrys_share_of_the_intake(
    language: str, body: str, expected: tuple[str, int, str]
) -> None:
    rows = read_titled(language, body, places=PLACES)
    assert [(r[1], r[2], r[5]) for r in rows if r[5] == "TH"] == [expected]
