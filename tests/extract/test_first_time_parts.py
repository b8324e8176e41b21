"""A part of the intake's countries that joins for the first time, given with the
whole's number: "Trece de los 46 países entran por primera vez" is 13 first-time
countries of the intake's 46. lcnet read "46 países" as first-time (wrong: a false
alarm on a true figure) and missed the thirteen, in every language with a part linker;
a Mexican daily (our dev page of Dec 2025) wrote it so."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

F = "first_time_countries"
C = "new_countries"

PARTS: list[tuple[str, str, list[Row]]] = [
    ("es", "La red suma 425 ciudades. Trece de los 46 países entran por primera vez.",
     [("425 ciudades", "total_cities", 425, "exact", None, None),
      ("Trece", F, 13, "exact", None, None), ("46 países", C, 46, "exact", None, None)]),
    ("pt", "Treze dos 46 países entram na rede pela primeira vez.",
     [("Treze", F, 13, "exact", None, None), ("46 países", C, 46, "exact", None, None)]),
    ("en", "13 of the 46 countries are joining for the first time.",
     [("13", F, 13, "exact", None, None), ("46 countries", C, 46, "exact", None, None)]),
    ("fr", "13 des 46 pays rejoignent le réseau pour la première fois.",
     [("13", F, 13, "exact", None, None), ("46 pays", C, 46, "exact", None, None)]),
    ("it", "13 dei 46 Paesi entrano nella rete per la prima volta.",
     [("13", F, 13, "exact", None, None), ("46 Paesi", C, 46, "exact", None, None)]),
    ("de", "13 der 46 Länder sind zum ersten Mal im Netzwerk vertreten.",
     [("13", F, 13, "exact", None, None), ("46 Länder", C, 46, "exact", None, None)]),
    # no first time said: a part of countries is no figure of its own; the whole is the
    # intake's countries (lcnet.extract.metric._countries)
    ("es", "Ingresaron 72 ciudades; diez de los 46 países están en África.",
     [("72 ciudades", "new_cities", 72, "exact", None, None),
      ("46 países", C, 46, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), PARTS)
def test_a_first_time_part_of_the_intakes_countries(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected
