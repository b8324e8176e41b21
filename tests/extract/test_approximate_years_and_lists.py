"""Years counted back about ("vor knapp vier Jahren", "hace casi cuatro años", "nearly
four years ago") date a figure as "four years ago" does; a country's cities "in the new
list" or that "make the list" are its share of the intake ("a list of 356 cities" is no
intake's)."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, mentions, read_titled, row

T, N = "total_cities", "new_cities"

ABOUT_YEARS_AGO: list[tuple[str, str, list[Row]]] = [
    ("de", "Als Bonn vor knapp vier Jahren dazukam, zählte das Netzwerk 229 Mitglieder.",
     [("229 Mitglieder", T, 229, "exact", "2020", None)]),
    ("de", "Vor gut zwei Jahren zählte das Netzwerk 294 Mitglieder.",
     [("294 Mitglieder", T, 294, "exact", "2022", None)]),
    ("en", "Nearly four years ago the network had 229 members.",
     [("229 members", T, 229, "exact", "2020", None)]),
    ("fr", "Il y a près de quatre ans, le réseau comptait 229 membres.",
     [("229 membres", T, 229, "exact", "2020", None)]),
    ("es", "Hace casi cuatro años, la red tenía 229 miembros.",
     [("229 miembros", T, 229, "exact", "2020", None)]),
    ("pt", "Há quase quatro anos, a rede tinha 229 membros.",
     [("229 membros", T, 229, "exact", "2020", None)]),
    ("it", "Quasi quattro anni fa la rete contava 229 membri.",
     [("229 membri", T, 229, "exact", "2020", None)]),
]  # fmt: skip

ON_THE_LIST: list[tuple[str, str, list[Row]]] = [
    ("en", "India is represented by three towns in the new list, the largest share.",
     [("three towns", N, 3, "exact", None, "IN")]),
    ("en", "Three Indian towns make UNESCO's learning cities list.",
     [("Three Indian towns", N, 3, "exact", None, "IN")]),
    ("en", "Two Thai cities made the list this year.",
     [("Two Thai cities", N, 2, "exact", None, "TH")]),
    ("en", "Three Thai cities make it onto the latest list.",
     [("Three Thai cities", N, 3, "exact", None, "TH")]),
    ("en", "The network makes a list of 356 cities available online.",
     [("356 cities", T, 356, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), ABOUT_YEARS_AGO)
def test_years_counted_back_about_date_a_figure(
    language: str, text: str, expected: list[Row]
) -> None:
    assert [row(m) for m in mentions(language, text, "2024-03-05")] == expected


@pytest.mark.parametrize(("language", "text", "expected"), ON_THE_LIST)
def test_a_countrys_cities_on_the_new_list_are_its_share(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected


# A round's list as the subject: a country's share of the intake; a list of all members
# is not a round's
LIST_SUBJECTS: list[tuple[str, str, list[Row]]] = [
    ("en", "The list includes three Thai cities.",
     [("three Thai cities", N, 3, "exact", None, "TH")]),
    ("en", "This year's list includes two Philippine cities and three Thai cities.",
     [("two Philippine cities", N, 2, "exact", None, "PH"),
      ("three Thai cities", N, 3, "exact", None, "TH")]),
    ("de", "Auf der Liste stehen drei thailändische Städte.",
     [("drei thailändische Städte", N, 3, "exact", None, "TH")]),
    ("fr", "La liste compte trois villes thaïlandaises.",
     [("trois villes thaïlandaises", N, 3, "exact", None, "TH")]),
    ("es", "La lista incluye tres ciudades tailandesas.",
     [("tres ciudades tailandesas", N, 3, "exact", None, "TH")]),
    ("en", "The list of members shows Thailand with ten cities.",
     [("ten cities", "country_cities", 10, "exact", None, "TH")]),
    ("de", "Die Liste der Mitglieder zeigt zehn thailändische Städte.",
     [("zehn thailändische Städte", "country_cities", 10, "exact", None, "TH")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), LIST_SUBJECTS)
def test_a_rounds_list_holds_a_countrys_share(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected
