"""A timeline table whose first cell dates the row's sentence ("| août 2016 | Premier
bilan : 115 villes, 28 pays |", an HTML row "agosto de 2016 | Primer balance: 115
ciudades"): a fresh page's history table was read at the page's date, every earlier row
judged stale. A table row's first cell now leads its line as a timeline's "- 2019:" did
(lcnet.extract.historic.dated_by_lead), with the dates such cells hold: a month and year,
a full date in words, "23.08.2016", "23/09/2020", "2016-08-23"."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.extract.titled import row


def read(text: str, kind: str, language: str) -> list[tuple[object, ...]]:
    return [row(m)[1:5] for m in find_mentions(read_document(text, kind), language)]


def markdown(title: str, rows: list[tuple[str, str]]) -> str:
    lines = "\n".join(f"| {date} | {text} |" for date, text in rows)
    return f"---\ntitle: {title}\ndate: 2026-01-20\n---\n\n| | |\n|---|---|\n{lines}\n"


ROWS = [
    ("fr", markdown("Chronologie · Réseau mondial des villes apprenantes de l'UNESCO", [
        ("août 2016", "Premier grand bilan : 115 villes, 28 pays"),
        ("décembre 2025", "Le réseau atteint 425 villes dans 91 pays"),
    ]), ["2016-08", "2016-08", "2025-12", "2025-12"]),
    ("de", markdown("Chronik · Globales Netzwerk Lernender Städte der UNESCO", [
        ("23.08.2016", "Erste Bilanz: 115 Städte aus 28 Ländern"),
        ("05.12.2025", "Das Netzwerk zählt 425 Städte in 91 Ländern"),
    ]), ["2016-08-23", "2016-08-23", "2025-12-05", "2025-12-05"]),
    ("en", markdown("Timeline · UNESCO Global Network of Learning Cities", [
        ("2016-08-23", "First count: 115 cities in 28 countries"),
        ("5 December 2025", "The network reaches 425 cities in 91 countries"),
    ]), ["2016-08-23", "2016-08-23", "2025-12-05", "2025-12-05"]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "dates"), ROWS)
def test_a_row_is_dated_by_its_first_cell(language: str, text: str, dates: list[str]) -> None:
    assert [r[3] for r in read(text, "markdown", language)] == dates


def test_an_html_table_row_too() -> None:
    html = (
        "<html><head><title>Cronología · Red Mundial de Ciudades del Aprendizaje de la UNESCO"
        "</title><meta property='article:published_time' content='2026-01-20'></head><body>"
        "<table><tr><th>Fecha</th><th>Hito</th></tr>"
        "<tr><td>agosto de 2016</td><td>Primer balance: 115 ciudades de 28 países</td></tr>"
        "<tr><td>23/09/2020</td><td>La red suma 229 ciudades</td></tr>"
        "<tr><td>diciembre de 2025</td><td>La red alcanza 425 ciudades</td></tr>"
        "</table></body></html>"
    )
    assert read(html, "html", "es") == [
        ("total_cities", 115, "exact", "2016-08"),
        ("total_countries", 28, "exact", "2016-08"),
        ("total_cities", 229, "exact", "2020-09-23"),
        ("total_cities", 425, "exact", "2025-12"),
    ]


def test_a_row_of_the_text_s_own_month_is_its_news() -> None:
    text = markdown(
        "Timeline · UNESCO Global Network of Learning Cities",
        [("January 2026", "The network counts 425 cities in 91 countries")],
    )
    assert [r[3] for r in read(text, "markdown", "en")] == [None, None]
