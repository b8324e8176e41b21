"""A key-figures table whose number leads its row and whose caption follows it ("| 356 |
cidades membro |", "| 390 milhões | de habitantes abrangidos |": a pt s12 bulletin's
"A rede em números", four figures lost): the caption is the row's label when the row
is a pair and the caption names a unit with no number but a year of its own."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    ("pt",
     "| 356 | cidades membro |\n"
     "| 79 | países |\n"
     "| 64 | novas cidades em 2024 |",
     [("356", "total_cities", 356, "exact", None, None),
      ("79", "total_countries", 79, "exact", None, None),
      ("64", "new_cities", 64, "exact", None, None)]),
    ("en",
     "| 425 | member cities |\n"
     "| 91 | countries |\n"
     "| 72 | new members in 2025 |",
     [("425", "total_cities", 425, "exact", None, None),
      ("91", "total_countries", 91, "exact", None, None),
      ("72", "new_cities", 72, "exact", None, None)]),
    ("es",
     "| 425 | ciudades miembro |\n"
     "| 91 | países |",
     [("425", "total_cities", 425, "exact", None, None),
      ("91", "total_countries", 91, "exact", None, None)]),
    ("fr",
     "| 425 | villes membres |\n"
     "| 91 | pays |",
     [("425", "total_cities", 425, "exact", None, None),
      ("91", "total_countries", 91, "exact", None, None)]),
    ("it",
     "| 425 | città membri |\n"
     "| 91 | paesi |",
     [("425", "total_cities", 425, "exact", None, None),
      ("91", "total_countries", 91, "exact", None, None)]),
    ("de",
     "| 425 | Mitgliedsstädte |\n"
     "| 91 | Länder |",
     [("425", "total_cities", 425, "exact", None, None),
      ("91", "total_countries", 91, "exact", None, None)]),
    ("vi",
     "| 425 | thành phố thành viên |\n"
     "| 91 | quốc gia |",
     [("425", "total_cities", 425, "exact", None, None),
      ("91", "total_countries", 91, "exact", None, None)]),
    # a caption with a number of its own, a name, a year leading the row
    ("en",
     "| 425 | cities in 91 countries |\n"
     "| 1 | Hamburg |\n"
     "| 2013 | founded |",
     [("91 countries", "total_countries", 91, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_number_before_its_caption(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
