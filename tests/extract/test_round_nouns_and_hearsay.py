"""A round number as a noun is about so many, whichever construction reads it: "la
France en compte une dizaine", "le città italiane della rete sono una decina", "México ya
suma una decena", "a dozen British cities", "rund ein Dutzend deutsche Städte". The
conditional of hearsay counts as its indicative does: "les villes membres seraient plus de
120", "l'Italia ne conterebbe una decina", "as cidades da rede seriam mais de 120"."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

T, C = "total_cities", "country_cities"

ROUND: list[tuple[str, str, list[Row]]] = [
    ("fr", "La France en compte une dizaine.", [("une dizaine", C, 10, "about", None, "FR")]),
    ("fr", "La France compte une dizaine de villes membres.",
     [("une dizaine de villes membres", C, 10, "about", None, "FR")]),
    ("fr", "Les villes françaises du réseau sont une dizaine.",
     [("une dizaine", C, 10, "about", None, "FR")]),
    ("it", "Le città italiane della rete sono una decina.",
     [("città italiane della rete sono una decina", C, 10, "about", None, "IT")]),
    ("it", "L'Italia conta una decina di città nella rete.",
     [("una decina di città", C, 10, "about", None, "IT")]),
    ("it", "La rete conta un centinaio di città in una quarantina di Paesi.",
     [("un centinaio di città", T, 100, "about", None, None),
      ("una quarantina di Paesi", "total_countries", 40, "about", None, None)]),
    ("es", "México ya suma una decena.", [("una decena", C, 10, "about", None, "MX")]),
    ("es", "Las ciudades españolas de la red son una docena.",
     [("una docena", C, 12, "about", None, "ES")]),
    ("pt", "As cidades portuguesas da rede são uma dezena.",
     [("uma dezena", C, 10, "about", None, "PT")]),
    ("en", "A dozen British cities are members of the network.",
     [("A dozen British cities", C, 12, "about", None, "GB")]),
    ("de", "Rund ein Dutzend deutsche Städte gehören dem Netzwerk an.",
     [("Rund ein Dutzend deutsche Städte", C, 12, "about", None, "DE")]),
    # a round number with its own qualifier keeps it; a milestone is no count
    ("fr", "Le réseau compte plus d'une centaine de villes.",
     [("plus d'une centaine de villes", T, 100, "more_than", None, None)]),
    ("fr", "Le réseau réunit près d’une centaine de villes.",
     [("près d’une centaine de villes", T, 100, "nearly", None, None)]),
    ("fr", "Le réseau a dépassé la centaine de villes.", []),
]  # fmt: skip

HEARSAY: list[tuple[str, str, list[Row]]] = [
    ("fr", "La France en compterait « une dizaine », selon l'intervenante.",
     [("une dizaine", C, 10, "about", None, "FR")]),
    ("fr", "Les villes canadiennes membres seraient une dizaine.",
     [("une dizaine", C, 10, "about", None, "CA")]),
    ("fr", "Les villes membres seraient plus de 120.",
     [("plus de 120", T, 120, "more_than", None, None)]),
    ("it", "La rete ne conterebbe «oltre 400», secondo il relatore.",
     [("oltre 400", T, 400, "more_than", None, None)]),
    ("it", "Le città della rete sarebbero oltre 120.",
     [("oltre 120", T, 120, "more_than", None, None)]),
    ("es", "Las ciudades de la red serían más de 120.",
     [("más de 120", T, 120, "more_than", None, None)]),
    ("es", "México tendría una decena de ciudades en la red.",
     [("una decena de ciudades", C, 10, "about", None, "MX")]),
    ("pt", "As cidades da rede seriam mais de 120.",
     [("mais de 120", T, 120, "more_than", None, None)]),
    ("pt", "O Brasil teria uma dezena de cidades na rede.",
     [("uma dezena de cidades", C, 10, "about", None, "BR")]),
    ("de", "Die Mitgliedsstädte des Netzwerks wären inzwischen über 120.",
     [("über 120", T, 120, "more_than", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), ROUND)
def test_a_round_number_as_a_noun_is_about(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), HEARSAY)
def test_the_conditional_of_hearsay_counts(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
