"""Wire copy as agencies send it: the accent of "città" written as an apostrophe
("altre 53 citta' di 27 Paesi"), and a dateline before the subject ("PARIGI, 23
SETTEMBRE, dash, Lucca e Trieste entrano ... assieme ad altre 53 città": the names after the
dash are the subject the others are counted with, 55)."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

N, T = "new_cities", "total_cities"

APOSTROPHE: list[tuple[str, str, list[Row]]] = [
    ("it", "Fanno parte della rete adesso 230 citta' in 64 paesi.",
     [("230 citta'", T, 230, "exact", None, None),
      ("64 paesi", "total_countries", 64, "exact", None, None)]),
    ("it", "La rete conta ora 425 citta’ in 91 Paesi.",
     [("425 citta’", T, 425, "exact", None, None),
      ("91 Paesi", "total_countries", 91, "exact", None, None)]),
    ("it", "Brescia e' la settima citta' italiana della rete.",
     [("settima citta' italiana", "country_cities", 7, "exact", None, "IT")]),
    ("it", "Lucca e Trieste entrano nella rete assieme ad altre 53 citta' di 27 Paesi.",
     [("altre 53 citta'", N, 55, "exact", None, None),
      ("27 Paesi", "new_countries", 27, "exact", None, None)]),
]  # fmt: skip

DATELINE: list[tuple[str, str, list[Row]]] = [
    ("it", "PARIGI, 23 SETTEMBRE – Lucca e Trieste entrano nella rete assieme ad altre 53 "
     "città di 27 Paesi.",
     [("altre 53 città", N, 55, "exact", None, None),
      ("27 Paesi", "new_countries", 27, "exact", None, None)]),
    ("fr", "DAKAR (APS) — Fatick et Saint-Louis ont rejoint le réseau avec 53 autres villes.",
     [("53 autres villes", N, 55, "exact", None, None)]),
    ("fr", "PARIS, 23 septembre – Fatick et Saint-Louis ont rejoint le réseau avec 53 autres "
     "villes.", [("53 autres villes", N, 55, "exact", None, None)]),
    ("en", "HAMBURG, 23 September – Lucca and Trieste joined the network along with 53 other "
     "cities.", [("53 other cities", N, 55, "exact", None, None)]),
    ("es", "BOGOTÁ (EFE) – Chía y Envigado ingresaron a la red junto a otras 75 ciudades.",
     [("otras 75 ciudades", N, 77, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), APOSTROPHE)
def test_an_accent_written_as_an_apostrophe(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), DATELINE)
def test_a_wire_dateline_is_not_the_subject(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
