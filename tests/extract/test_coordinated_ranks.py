"""Two ranks joined by a conjunction share the country of the one that names it: "Trieste
e Lucca sono la quarta e la quinta città italiana" ranks Trieste fourth among Italy's
cities, not only Lucca fifth."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

C = "country_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("it", "Trieste e Lucca sono la quarta e la quinta città italiana della rete.",
     [("quarta", C, 4, "exact", None, "IT"),
      ("quinta città italiana", C, 5, "exact", None, "IT")]),
    ("it", "Brescia e Cividale sono la settima e l'ottava città italiana ad aderire.",
     [("settima", C, 7, "exact", None, "IT"),
      ("ottava città italiana", C, 8, "exact", None, "IT")]),
    ("fr", "Lille et Sarcelles sont la septième et la huitième ville française du réseau.",
     [("septième", C, 7, "exact", None, "FR"),
      ("huitième ville française", C, 8, "exact", None, "FR")]),
    ("es", "Chía y Envigado son la cuarta y la quinta ciudad colombiana de la red.",
     [("cuarta", C, 4, "exact", None, "CO"),
      ("quinta ciudad colombiana", C, 5, "exact", None, "CO")]),
    ("pt", "Lisboa e Porto são a quarta e a quinta cidade portuguesa da rede.",
     [("quarta", C, 4, "exact", None, "PT"),
      ("quinta cidade portuguesa", C, 5, "exact", None, "PT")]),
    ("de", "Leipzig und Dresden sind die vierte und die fünfte deutsche Stadt im Netzwerk.",
     [("vierte", C, 4, "exact", None, "DE"),
      ("fünfte deutsche Stadt", C, 5, "exact", None, "DE")]),
    # a rank joined to nothing that names a country stays unread
    ("it", "Trieste e Lucca sono la quarta e la quinta.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_joined_ranks_share_a_country(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
