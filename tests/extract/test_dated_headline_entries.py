"""An archive whose entries open with their date and headline on one line ("23 August
2016 · UIL names the members", "## 05.12.2025 | Lisboa junta-se à rede", "2024-02-16 -
Fundão admitido"): a fresh press-release archive page had twelve false alarms, every
release of an earlier year judged stale at the page's date. A date that opens a short
headline after a separator now starts an entry as a date line alone did
(lcnet.extract.historic.dated_entries); dotted, dashed and ISO numeric dates are read where
the language writes them (pt, es, fr, it, vi; ISO everywhere)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.extract.titled import row


def read(text: str, kind: str, language: str) -> list[tuple[object, ...]]:
    return [row(m)[1:5] for m in find_mentions(read_document(text, kind), language)]


def page(title: str, date: str, entries: list[tuple[str, str]]) -> str:
    body = "\n\n".join(f"## {head}\n\n{text}" for head, text in entries)
    return f"---\ntitle: {title}\ndate: {date}\n---\n\n{body}\n"


EN = page(
    "Archive · UNESCO Global Network of Learning Cities",
    "2026-01-20",
    [
        ("23 August 2016 · UIL names the members", "UIL said today the network has 115 cities."),
        ("5 December 2025 · Lisbon joins", "The network now has 425 members in 91 countries."),
    ],
)


def two(title: str, first: tuple[str, str], second: tuple[str, str]) -> str:
    return page(title, "2026-01-20", [first, second])


HEADLINES = [
    ("en", EN),
    ("en", EN.replace("23 August 2016 ·", "2016-08-23 |")
     .replace("5 December 2025 ·", "2025-12-05 |")),
    ("pt", two(
        "Arquivo · Rede Mundial de Cidades de Aprendizagem da UNESCO",
        ("23.08.2016 · Rede da UNESCO",
         "O instituto anunciou hoje que a rede conta 115 cidades."),
        ("05.12.2025 · Lisboa junta-se", "A rede passou a ter 425 membros em 91 países."),
    )),
    ("es", two(
        "Archivo · Red Mundial de Ciudades del Aprendizaje de la UNESCO",
        ("23/08/2016 – La red de la UNESCO",
         "El instituto anunció hoy que la red tiene 115 ciudades."),
        ("05/12/2025 – Lisboa se suma", "La red pasó a tener 425 miembros en 91 países."),
    )),
    ("fr", two(
        "Archives · Réseau mondial des villes apprenantes de l'UNESCO",
        ("23.08.2016 : le réseau de l'UNESCO",
         "L'institut annonce que le réseau compte 115 villes."),
        ("05.12.2025 : Lisbonne rejoint le réseau",
         "Le réseau compte désormais 425 membres dans 91 pays."),
    )),
    ("it", two(
        "Archivio · Rete globale delle città dell'apprendimento dell'UNESCO",
        ("23.08.2016 · La rete dell'UNESCO",
         "L'istituto annuncia che la rete conta 115 città."),
        ("05.12.2025 · Lisbona entra", "La rete conta ora 425 membri in 91 Paesi."),
    )),
    ("de", two(
        "Archiv · Globales Netzwerk Lernender Städte der UNESCO",
        ("23.08.2016 – Das Netzwerk der UNESCO",
         "Das Institut meldet, das Netzwerk zählt 115 Städte."),
        ("05.12.2025 – Lissabon tritt bei",
         "Das Netzwerk zählt nun 425 Mitglieder in 91 Ländern."),
    )),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), HEADLINES)
def test_a_date_that_opens_a_headline_dates_its_entry(language: str, text: str) -> None:
    rows = read(text, "markdown", language)
    assert rows[0] == ("total_cities", 115, "exact", "2016-08-23")
    assert rows[1] == ("total_cities", 425, "exact", "2025-12-05")


def test_a_long_line_that_opens_with_a_date_is_no_headline() -> None:
    text = page(
        "UNESCO Global Network of Learning Cities",
        "2026-01-20",
        [
            ("Our city and the network", "5 December 2025 - the network now has 425 members, "
             "and since that day every city of the region has followed its work with care."),
            ("Earlier", "23 August 2016 - the network had 115 cities when we first read of it."),
        ],
    )  # fmt: skip
    # an entry would date the 425 to December 2025: a sentence that opens with a date
    # is no headline
    assert read(text, "markdown", "en")[0] == ("total_cities", 425, "exact", None)


def test_one_dated_headline_alone_dates_nothing_of_its_own() -> None:
    text = EN.split("## 5 December")[0]
    assert read(text, "markdown", "en") == [("total_cities", 115, "exact", None)]
