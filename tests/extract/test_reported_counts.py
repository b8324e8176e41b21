"""A count of the cities counted before, reported after "that" with its subject left in
the verb: "115 città di 28 Paesi. Leggo su un altro blog che ormai sarebbero oltre 120"
(an it dev blog of 2016; the open class 'sarebbero oltre 120' of the last session)."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

T, TC = "total_cities", "total_countries"

CASES: list[tuple[str, str, list[Row]]] = [
    ("it", "L'elenco dei membri: 115 città di 28 Paesi. Leggo su un altro blog che ormai "
     "sarebbero oltre 120: la rete cresce in fretta.",
     [("115 città", T, 115, "exact", None, None), ("28 Paesi", TC, 28, "exact", None, None),
      ("oltre 120", T, 120, "more_than", None, None)]),
    ("it", "L'elenco dei membri: 115 città di 28 Paesi. Leggo su un altro blog che sarebbero "
     "oltre 120.",
     [("115 città", T, 115, "exact", None, None), ("28 Paesi", TC, 28, "exact", None, None),
      ("oltre 120", T, 120, "more_than", None, None)]),
    ("es", "La lista tenía 115 ciudades de 28 países. Otro blog dice que ya serían más de 120.",
     [("115 ciudades", T, 115, "exact", None, None), ("28 países", TC, 28, "exact", None, None),
      ("más de 120", T, 120, "more_than", None, None)]),
    ("pt", "A lista tinha 115 cidades de 28 países. Outro blog diz que já seriam mais de 120.",
     [("115 cidades", T, 115, "exact", None, None), ("28 países", TC, 28, "exact", None, None),
      ("mais de 120", T, 120, "more_than", None, None)]),
    # a number far from the count before is not its own: "that they are 3" is no count
    ("it", "L'elenco dei membri: 115 città di 28 Paesi. Leggo che sarebbero tre.",
     [("115 città", T, 115, "exact", None, None), ("28 Paesi", TC, 28, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_count_reported_after_that(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
