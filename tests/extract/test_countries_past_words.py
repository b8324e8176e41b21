"""Countries told a few words after their cities, ranks followed by the members before
them, and a copula before a share of the intake.

"294 cities and towns from 76 countries", "77 cities, including Derby, from 44
countries", "356 Städte weltweit aus 79 Ländern": the countries are those of the cities
before, past words that hold no other count; "whose mayors met 600 delegates from 90
countries" are not. "the second Australian city, after Melton joined in 2015" is second
at the text's date (2015 is Melton's), as "nach Gelsenkirchen, Hamburg und Bonn, das 2020
aufgenommen wurde"; "after its admission in 2019" still dates the rank. A bare year after
the German finite verb dates its clause ("Bonn wurde 2020 die dritte"). "has become one
of just two UK cities to be accepted" is the country's share of the intake ("has become"
is no word of a total), as "three Indian towns to join" is.
"""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

T, TC, N, NC, CC = (
    "total_cities",
    "total_countries",
    "new_cities",
    "new_countries",
    "country_cities",
)

PAST_WORDS: list[tuple[str, str, list[Row]]] = [
    ("en", "The network now counts 294 cities and towns from 76 countries.",
     [("294 cities and towns", T, 294, "exact", None, None),
      ("76 countries", TC, 76, "exact", None, None)]),
    ("en", "In all, 77 cities, including Derby, from 44 countries joined this year.",
     [("77 cities", N, 77, "exact", None, None),
      ("44 countries", NC, 44, "exact", None, None)]),
    ("en", "It has 356 cities from around the world in 79 countries.",
     [("356 cities", T, 356, "exact", None, None),
      ("79 countries", TC, 79, "exact", None, None)]),
    ("en", "It has 356 member cities, spread across the globe, in 79 countries.",
     [("356 member cities", T, 356, "exact", None, None),
      ("79 countries", TC, 79, "exact", None, None)]),
    ("en", "It has 294 cities, whose mayors met 600 delegates from 90 countries.",
     [("294 cities", T, 294, "exact", None, None)]),
    ("de", "Das Netzwerk umfasst nun 356 Städte weltweit aus 79 Ländern.",
     [("356 Städte weltweit", T, 356, "exact", None, None),
      ("79 Ländern", TC, 79, "exact", None, None)]),
    ("de", "Die UNESCO nahm 64 Städte, darunter Dresden und Bangkok, aus 35 Ländern neu auf.",
     [("64 Städte", N, 64, "exact", None, None),
      ("35 Ländern", NC, 35, "exact", None, None)]),
    ("de", "Es umfasst 294 Städte und Gemeinden aus 76 Ländern.",
     [("294 Städte", T, 294, "exact", None, None),
      ("76 Ländern", TC, 76, "exact", None, None)]),
    ("fr", "L'UNESCO a admis 64 villes, dont Dresde et Bangkok, de 35 pays.",
     [("64 villes", N, 64, "exact", None, None),
      ("35 pays", NC, 35, "exact", None, None)]),
    ("es", "La UNESCO admitió 64 ciudades, entre ellas Dresde y Bangkok, de 35 países.",
     [("64 ciudades", N, 64, "exact", None, None),
      ("35 países", NC, 35, "exact", None, None)]),
    ("it", "L'UNESCO ha ammesso 64 città, tra cui Dresda e Bangkok, di 35 paesi.",
     [("64 città", N, 64, "exact", None, None),
      ("35 paesi", NC, 35, "exact", None, None)]),
    ("pt", "A UNESCO admitiu 64 cidades, entre elas Dresden e Bangkok, de 35 países.",
     [("64 cidades", N, 64, "exact", None, None),
      ("35 países", NC, 35, "exact", None, None)]),
]  # fmt: skip

RANKS_AFTER_OTHERS: list[tuple[str, str, list[Row]]] = [
    ("en", "Wyndham is only the second Australian city to be admitted to the network, "
     "after Melton became a member in 2015.",
     [("second Australian city", CC, 2, "exact", None, "AU")]),
    ("en", "Wyndham became the second Australian member after its admission in 2019.",
     [("second Australian member", CC, 2, "exact", "2019", "AU")]),
    ("en", "Wyndham became the second Australian member in 2019, after Melton.",
     [("second Australian member", CC, 2, "exact", "2019", "AU")]),
    ("de", "Dresden ist die vierte deutsche Stadt im Netzwerk, nach Gelsenkirchen, Hamburg "
     "und Bonn, das 2020 aufgenommen wurde.",
     [("vierte deutsche Stadt", CC, 4, "exact", None, "DE")]),
    ("de", "Bonn wurde nach der Aufnahmerunde 2020 die dritte deutsche Stadt im Netzwerk.",
     [("dritte deutsche Stadt", CC, 3, "exact", "2020", "DE")]),
    ("de", "Bonn wurde 2020 die dritte deutsche Stadt im Netzwerk.",
     [("dritte deutsche Stadt", CC, 3, "exact", "2020", "DE")]),
    ("de", "Gelsenkirchen war 2016 als erste deutsche Großstadt beigetreten.",
     [("erste deutsche Großstadt", CC, 1, "exact", "2016", "DE")]),
    ("de", "Das Netzwerk zählte 2019 rund 170 Städte.",
     [("rund 170 Städte", T, 170, "about", "2019", None)]),
    ("de", "2016 trat Gelsenkirchen als erste deutsche Großstadt dem Netzwerk bei.",
     [("erste deutsche Großstadt", CC, 1, "exact", "2016", "DE")]),
    ("de", "2020 zählte das Netzwerk 229 Städte.",
     [("229 Städte", T, 229, "exact", "2020", None)]),
]  # fmt: skip

SHARES: list[tuple[str, str, list[Row]]] = [
    ("en", "Derby is one of only two UK cities to be accepted as members this time "
     "round.",
     [("two UK cities", N, 2, "exact", None, "GB")]),
    ("en", "They are among three Indian towns to join the network this year.",
     [("three Indian towns", N, 3, "exact", None, "IN")]),
    ("en", "Sumy has become one of two Ukrainian cities admitted this year.",
     [("two Ukrainian cities", N, 2, "exact", None, "UA")]),
    ("en", "The network has become a family of 356 cities.",
     [("356 cities", T, 356, "exact", None, None)]),
    ("en", "Kirklees has become one of 77 cities to join the network this year.",
     [("77 cities", N, 77, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), PAST_WORDS)
def test_countries_past_a_few_words_are_the_cities_own(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), RANKS_AFTER_OTHERS)
def test_a_rank_is_not_dated_by_the_members_it_follows(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), SHARES)
def test_has_become_one_of_a_countrys_cities_admitted_is_its_share(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected
