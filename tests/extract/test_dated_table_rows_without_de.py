"""(frit) A timeline table whose rows open with their date cell ("| août 2016 | Premier grand
bilan : 115 villes, 28 pays |", an s11 fr dev page): each row's figures are of its date,
as a list line led by its date is ("- 2019: 38 cities join"). Read as of the text's day,
the six figures of the page were called stale."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, mentions, row

TABLES: list[tuple[str, str, list[Row]]] = [
    ("fr", "| Date | Événement |\n|---|---|\n| août 2016 | Premier bilan : 115 villes, 28 pays |\n"
     "| juillet 2019 | 38 villes admises ; le réseau compte alors 170 membres |",
     [("115 villes", "total_cities", 115, "exact", "2016-08", None),
      ("28 pays", "total_countries", 28, "exact", "2016-08", None),
      ("38 villes", "new_cities", 38, "exact", "2019-07", None),
      ("170 membres", "total_cities", 170, "exact", "2019-07", None)]),
    ("it", "| Data | Evento |\n|---|---|\n| agosto 2016 | Primo bilancio: 115 città, 28 Paesi |",
     [("115 città", "total_cities", 115, "exact", "2016-08", None),
      ("28 Paesi", "total_countries", 28, "exact", "2016-08", None)]),
    ("en", "| Date | Event |\n|---|---|\n| September 2020 | 229 cities in 64 countries |",
     [("229 cities", "total_cities", 229, "exact", "2020-09", None),
      ("64 countries", "total_countries", 64, "exact", "2020-09", None)]),
    ("es", "| Fecha | Hito |\n|---|---|\n| septiembre 2022 | 77 ciudades de 44 países se suman |",
     [("77 ciudades", "new_cities", 77, "exact", "2022-09", None),
      ("44 países", "new_countries", 44, "exact", "2022-09", None)]),
    ("de", "| Datum | Ereignis |\n|---|---|\n| 2019 | 38 neue Städte |",
     [("38 neue Städte", "new_cities", 38, "exact", "2019", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "table", "expected"), TABLES)
def test_a_row_led_by_its_date(language: str, table: str, expected: list[Row]) -> None:
    assert [row(m) for m in mentions(language, table, "2023-05-16")] == expected


def test_the_row_of_the_texts_own_month_is_its_news() -> None:
    table = "| Date | Événement |\n|---|---|\n| mai 2023 | le réseau compte 292 villes |"
    assert [row(m) for m in mentions("fr", table, "2023-05-16")] == [
        ("292 villes", "total_cities", 292, "exact", None, None)
    ]
