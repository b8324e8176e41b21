"""A table's column headed by a unit with its modifier after it ("| Thành viên mới |",
"| Miembros nuevos |") counts what the modifier says: an intake's new members beside the
totals. Only the modifiers before a unit were read, so a Vietnamese table of rounds lost
its column of newcomers (read as totals, or not at all)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

TABLES = [
    ("vi", "Mạng lưới các thành phố học tập toàn cầu của UNESCO qua các con số",
     "Năm", "Thành viên mới", "Tổng số thành viên"),
    ("vi", "Mạng lưới các thành phố học tập toàn cầu của UNESCO qua các con số",
     "Năm", "Thành phố mới", "Tổng số thành phố"),
    ("es", "La Red Mundial de Ciudades del Aprendizaje de la UNESCO en cifras",
     "Año", "Miembros nuevos", "Total de miembros"),
    ("it", "La Rete globale delle città dell'apprendimento dell'UNESCO in cifre",
     "Anno", "Città nuove", "Totale delle città"),
    ("pt", "A Rede Global de Cidades de Aprendizagem da UNESCO em números",
     "Ano", "Cidades novas", "Total de cidades"),
]  # fmt: skip


@pytest.mark.parametrize(("code", "title", "year", "new", "total"), TABLES)
def test_a_column_of_new_members_beside_the_totals(
    code: str, title: str, year: str, new: str, total: str
) -> None:
    page = (
        f"# {title}\n\n| {year} | {new} | {total} |\n|---|---|---|\n"
        "| 2020 | 55 | 229 |\n| 2022 | 77 | 294 |\n"
    )
    found = find_mentions(read_document(page, "markdown"), code)
    assert [(m.metric.value, int(m.value), str(m.as_of)) for m in found] == [
        ("new_cities", 55, "2020"),
        ("total_cities", 229, "2020"),
        ("new_cities", 77, "2022"),
        ("total_cities", 294, "2022"),
    ]
