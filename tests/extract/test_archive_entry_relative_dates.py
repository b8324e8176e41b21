"""Relative dates inside an archive's entry count from the entry's date: "En la ronda
anunciada el 14 de febrero, la UNESCO admitió a 64 ciudades" under the entry "16 de
febrero de 2024", on a page of January 2026, was dated 14 February 2025 (the page's year:
four figures of es s12-alcaldia-tunja-archivo-prensa-2026 dated wrongly). And a date in
a clause of "since" does not date the count it governs when it is relative ("abierta a
nuevos miembros desde la conferencia ... en septiembre del año pasado, integra 115
ciudades": of the text's day)."""

from __future__ import annotations

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES

ARCHIVE = """---
title: {title}
date: 2026-01-20
---

## 5 de diciembre de 2025 — Chía entra en la red

La UNESCO admitió ayer a 72 ciudades de 46 países.

## 16 de febrero de 2024 — Sin colombianas en la convocatoria

En la ronda anunciada el 14 de febrero, la UNESCO admitió a 64 ciudades de 35 países.
"""


def test_a_day_and_month_in_an_entry_is_of_the_entrys_year() -> None:
    page = ARCHIVE.format(title=TITLES["es"])
    found = find_mentions(read_document(page, "markdown"), "es")
    dated = [(m.value, str(m.as_of) if m.as_of else None) for m in found]
    day = "2024-02-14"
    assert dated == [(72, "2025-12-05"), (46, "2025-12-05"), (64, day), (35, day)]


def test_a_relative_date_of_since_dates_nothing() -> None:
    body = (
        "La red, abierta desde la conferencia celebrada en México en septiembre del año "
        "pasado, integra 115 ciudades de 28 países."
    )
    page = f"---\ntitle: {TITLES['es']}\ndate: 2016-08-23\n---\n\n{body}\n"
    found = find_mentions(read_document(page, "markdown"), "es")
    assert [(m.value, m.as_of) for m in found] == [(115, None), (28, None)]
