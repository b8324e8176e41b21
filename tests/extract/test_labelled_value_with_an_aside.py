"""A key-figures line whose value an aside follows: "Villes membres : 425, réparties dans
91 pays" (an fr dev report) and "Mitglieder: 115 (Stand: August 2016)" (a de wiki
infobox) lost their figure: the value and its aside were longer than a value is, so the
label was not read. A comma (not a digit group's) or a bracket after a space ends the
value; what the aside says is read apart (its countries, its date)."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    ("fr", "- Villes membres : 425, réparties dans 91 pays",
     [("425", "total_cities", 425, "exact", None, None),
      ("91 pays", "total_countries", 91, "exact", None, None)]),
    ("fr", "- Villes membres : 115 (chiffre d'août 2016)",
     [("115", "total_cities", 115, "exact", "2016-08", None)]),
    ("de", "> Mitglieder: 115 (Stand: August 2016)",
     [("115", "total_cities", 115, "exact", "2016-08", None)]),
    ("de", "- Mitgliedsstädte: 425, verteilt auf 91 Länder",
     [("425", "total_cities", 425, "exact", None, None),
      ("91 Länder", "total_countries", 91, "exact", None, None)]),
    ("en", "- Member cities: 425, spread across 91 countries",
     [("425", "total_cities", 425, "exact", None, None),
      ("91 countries", "total_countries", 91, "exact", None, None)]),
    ("en", "- Members: 356 (as of February 2024)",
     [("356", "total_cities", 356, "exact", "2024-02", None)]),
    ("es", "- Ciudades miembro: 425, repartidas en 91 países",
     [("425", "total_cities", 425, "exact", None, None),
      ("91 países", "total_countries", 91, "exact", None, None)]),
    ("pt", "- Cidades-membro: 425, distribuídas por 91 países",
     [("425", "total_cities", 425, "exact", None, None),
      ("91 países", "total_countries", 91, "exact", None, None)]),
    ("it", "- Città membri: 425 (dati di dicembre 2025)",
     [("425", "total_cities", 425, "exact", "2025-12", None)]),
    ("vi", "- Thành viên: 425, thuộc 91 quốc gia",
     [("425", "total_cities", 425, "exact", None, None),
      ("91 quốc gia", "total_countries", 91, "exact", None, None)]),
    ("ja", "- 加盟都市数：425（2025年12月現在）",
     [("加盟都市数：425", "total_cities", 425, "exact", "2025-12", None)]),
    ("zh", "- 成员城市：425，分布在91个国家",
     [("425", "total_cities", 425, "exact", None, None),
      ("91个国家", "total_countries", 91, "exact", None, None)]),
    ("ko", "- 회원 도시: 425 (2025년 12월 기준)",
     [("회원 도시: 425", "total_cities", 425, "exact", "2025-12", None)]),
    # a digit group's comma is the number's, not an aside
    ("en", "- Citizens of member cities: 390,000,000 (UNESCO)",
     [("390,000,000", "citizens", 390000000, "exact", None, None)]),
    # no unit in the label: no figure
    ("en", "- Founded: 2013 (in Beijing), first members 2015", []),
    ("fr", "- Réunion : 425, salle B", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_labelled_value_before_an_aside(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
