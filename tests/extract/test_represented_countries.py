"""A country's count told by its representation or by where members lie: "Deutschland
ist weiterhin mit vier Städten vertreten", "Germany is still represented with four
cities", "l'Allemagne est toujours représentée par quatre villes", "Drei Mitglieder
liegen in Deutschland", "Three members are located in Germany" (a copula before the
connector that names the country)."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CC = "country_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("de", "Deutschland ist weiterhin mit vier Städten vertreten.",
     [("vier Städten", CC, 4, "exact", None, "DE")]),
    ("de", "Aus Deutschland sind weiterhin zwei Städte vertreten, Gelsenkirchen und Hamburg.",
     [("zwei Städte", CC, 2, "exact", None, "DE")]),
    ("de", "Drei Mitglieder liegen in Deutschland: Gelsenkirchen, Hamburg und Bonn.",
     [("Drei Mitglieder", CC, 3, "exact", None, "DE")]),
    ("en", "Germany is still represented with four cities.",
     [("four cities", CC, 4, "exact", None, "DE")]),
    ("en", "Three members are located in Germany: Gelsenkirchen, Hamburg and Bonn.",
     [("Three members", CC, 3, "exact", None, "DE")]),
    ("fr", "L'Allemagne est toujours représentée par quatre villes.",
     [("quatre villes", CC, 4, "exact", None, "DE")]),
    ("fr", "Trois membres se trouvent en Allemagne : Gelsenkirchen, Hambourg et Bonn.",
     [("Trois membres", CC, 3, "exact", None, "DE")]),
    ("es", "Alemania sigue representada con cuatro ciudades.",
     [("cuatro ciudades", CC, 4, "exact", None, "DE")]),
    ("it", "La Germania è ancora rappresentata da quattro città.",
     [("quattro città", CC, 4, "exact", None, "DE")]),
    ("pt", "A Alemanha continua representada por quatro cidades.",
     [("quatro cidades", CC, 4, "exact", None, "DE")]),
    # the network's own presence is no country's
    ("de", "Das Netzwerk ist mit 356 Städten in 79 Ländern vertreten.",
     [("356 Städten", "total_cities", 356, "exact", None, None),
      ("79 Ländern", "total_countries", 79, "exact", None, None)]),
    ("de", "Deutschland ist ein Land mit 16 Bundesländern.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_countrys_representation_is_its_count(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected


# A rank told "for" a country named earlier in its clause is that country's
RANKED_FOR: list[tuple[str, str, list[Row]]] = [
    ("en", "For Saudi Arabia it is the first member city ever.",
     [("first member city", CC, 1, "exact", None, "SA")]),
    ("en", "For Kenya, Kilifi is the third member city.",
     [("third member city", CC, 3, "exact", None, "KE")]),
    ("de", "Für Saudi-Arabien ist es die erste Mitgliedsstadt überhaupt.",
     [("erste Mitgliedsstadt", CC, 1, "exact", None, "SA")]),
    ("fr", "Pour l'Arabie saoudite, c'est la première ville membre.",
     [("première ville membre", CC, 1, "exact", None, "SA")]),
    ("es", "Para Colombia es la novena ciudad miembro.",
     [("novena ciudad miembro", CC, 9, "exact", None, "CO")]),
    ("it", "Per l'Italia è la settima città della rete.",
     [("settima città", CC, 7, "exact", None, "IT")]),
    ("pt", "Para Portugal, é a décima sétima cidade da rede.",
     [("décima sétima cidade", CC, 17, "exact", None, "PT")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), RANKED_FOR)
def test_a_rank_for_a_country_is_its_count(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected


# "nur eine Stadt", "erst eine": "eine" after "only" is a count (alone, an article)
ONLY_ONE: list[tuple[str, str, list[Row]]] = [
    ("de", "Aus Deutschland ist bislang nur eine Stadt dabei.",
     [("nur eine Stadt", CC, 1, "exact", None, "DE")]),
    ("de", "Deutschland hat bislang nur eine Mitgliedsstadt.",
     [("nur eine Mitgliedsstadt", CC, 1, "exact", None, "DE")]),
    ("de", "Damals war erst eine deutsche Stadt Mitglied.",
     [("erst eine deutsche Stadt", CC, 1, "exact", None, "DE")]),
    ("de", "Das ist nur eine Stadt unter vielen im Netzwerk.", []),
    ("en", "So far Germany has only one member city.",
     [("one member city", CC, 1, "exact", None, "DE")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), ONLY_ONE)
def test_only_one_is_a_count(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected


# A first-time cue in its clause speaks of membership, as a verb of joining does: weak
# units ("Staaten", "nations") count then without the network named in the sentence
FIRST_TIME: list[tuple[str, str, list[Row]]] = [
    ("de", "Aus 13 Staaten ist erstmals eine Stadt dabei.",
     [("13 Staaten", "first_time_countries", 13, "exact", None, None)]),
    ("en", "From 13 nations, a city is a member for the first time.",
     [("13 nations", "first_time_countries", 13, "exact", None, None)]),
    ("de", "Die 193 Mitgliedstaaten der UNESCO tagen erstmals in Samarkand.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), FIRST_TIME)
def test_a_first_membership_speaks_of_the_network(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected


# A country set off by commas before "whose" is the owner, not an aside to drop
WHOSE: list[tuple[str, str, list[Row]]] = [
    ("en", "Thailand and, for the first time, Viet Nam, whose two members are Sa Dec and "
     "Vinh.", [("two members", CC, 2, "exact", None, "VN")]),
    ("de", "Erstmals dabei ist auch Vietnam, dessen zwei Mitglieder Sa Dec und Vinh sind.",
     [("zwei Mitglieder", CC, 2, "exact", None, "VN")]),
    ("fr", "Pour la première fois, le Vietnam, dont deux villes sont membres : Sa Dec et "
     "Vinh.", [("deux villes", CC, 2, "exact", None, "VN")]),
    ("es", "Por primera vez, Vietnam, cuyas dos ciudades son Sa Dec y Vinh.",
     [("dos ciudades", CC, 2, "exact", None, "VN")]),
    ("pt", "Pela primeira vez, o Vietname, cujas duas cidades são Sa Dec e Vinh.",
     [("duas cidades", CC, 2, "exact", None, "VN")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), WHOSE)
def test_a_country_whose_members_are_counted(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected
