"""An archive of dated entries (a council's news page, a blog's index): each entry's
headline, then a line with its date alone, then its text. The figures in an entry were
read at the page's date, so every release of an earlier year was judged stale (ten false
alarms on one fresh page). Where two lines or more hold a date with its month and little
else, each starts an entry dated so (lcnet.extract.historic.dated_entries); a single
dateline dates the whole text as before, and an entry of the text's own period is its
news."""

from __future__ import annotations

from lcnet.extract import find_mentions, read_document
from tests.extract.titled import row

ARCHIVE = """---
title: City news archive - UNESCO Global Network of Learning Cities
date: 2026-03-10
---

Network welcomes its newest members

5 December 2025

The UNESCO Global Network of Learning Cities now stands at 425 members.

Sixty-four new learning cities named

15 February 2024

UNESCO admitted 64 cities, and the network now has 356 members.

Network grows to 294 cities

Posted on 5 September 2022

With 77 new members, the network counts 294 cities in 76 countries.
"""


def read(text: str, kind: str = "markdown", language: str = "en") -> list[tuple[object, ...]]:
    return [row(m)[1:5] for m in find_mentions(read_document(text, kind), language)]


def test_each_entry_is_dated_by_its_date_line() -> None:
    assert read(ARCHIVE) == [
        ("total_cities", 425, "exact", "2025-12-05"),
        ("new_cities", 64, "exact", "2024-02-15"),
        ("new_cities", 64, "exact", "2024-02-15"),
        ("total_cities", 356, "exact", "2024-02-15"),
        ("total_cities", 294, "exact", "2022-09-05"),
        ("new_cities", 77, "exact", "2022-09-05"),
        ("total_cities", 294, "exact", "2022-09-05"),
        ("total_countries", 76, "exact", "2022-09-05"),
    ]


def test_an_entry_of_the_text_s_own_period_is_its_news() -> None:
    text = ARCHIVE.replace("date: 2026-03-10", "date: 2025-12-20")
    assert read(text)[0] == ("total_cities", 425, "exact", None)


def test_a_single_dateline_dates_nothing_of_its_own() -> None:
    one = "\n".join(ARCHIVE.splitlines()[:10]) + "\n"
    assert read(one) == [("total_cities", 425, "exact", None)]


def test_a_spanish_archive_in_html() -> None:
    html = (
        "<html><head><title>Noticias - Red Mundial de Ciudades del Aprendizaje de la UNESCO"
        "</title><meta property='article:published_time' content='2026-01-12'></head><body>"
        "<article><h2>La red crece</h2><p>4 de diciembre de 2025</p><p>La red suma ya 425 "
        "ciudades.</p></article><article><h2>Nuevas ciudades</h2><p>14 de febrero de 2024</p>"
        "<p>La red tiene ahora 356 miembros.</p></article></body></html>"
    )
    assert read(html, "html", "es") == [
        ("total_cities", 425, "exact", "2025-12-04"),
        ("total_cities", 356, "exact", "2024-02-14"),
    ]


# A council's archive whose entries carry their date in the headline itself, before or
# after it, a mark between them (a fresh pt dev page: every release of an earlier year
# was judged stale, eleven false alarms)
def _headed(title: str, date: str, lines: list[tuple[str, str]]) -> str:
    body = "".join(f"<section><h2>{head}</h2><p>{text}</p></section>" for head, text in lines)
    return (
        f"<html><head><title>{title}</title>"
        f"<meta property='article:published_time' content='{date}'></head>"
        f"<body><main>{body}</main></body></html>"
    )


def test_a_portuguese_archive_led_by_dotted_dates() -> None:
    html = _headed(
        "Comunicados - Rede Mundial de Cidades de Aprendizagem da UNESCO",
        "2026-01-20",
        [
            (
                "23.08.2016 · Rede já tem membros portugueses",
                "A rede passou a contar 115 cidades.",
            ),
            ("24-09-2020 | Nova ronda", "A rede passa a reunir 229 cidades."),
            ("05/12/2025 – Lisboa entra", "A rede tem agora 425 membros."),
        ],
    )
    assert read(html, "html", "pt") == [
        ("total_cities", 115, "exact", "2016-08-23"),
        ("total_cities", 229, "exact", "2020-09-24"),
        ("total_cities", 425, "exact", "2025-12-05"),
    ]


def test_a_spanish_archive_closed_by_its_dates() -> None:
    html = _headed(
        "Sala de prensa - Red Mundial de Ciudades del Aprendizaje de la UNESCO",
        "2026-02-02",
        [
            ("La red crece de nuevo (15/02/2024)", "La red tiene ya 356 miembros."),
            ("Llegan 77 ciudades nuevas · 05.09.2022", "Con ellas la red suma 294 ciudades."),
        ],
    )
    assert read(html, "html", "es") == [
        ("total_cities", 356, "exact", "2024-02-15"),
        ("new_cities", 77, "exact", "2022-09-05"),
        ("total_cities", 294, "exact", "2022-09-05"),
    ]


def test_a_vietnamese_portal_s_dated_headlines() -> None:
    html = _headed(
        "Tin tức - Mạng lưới Thành phố học tập toàn cầu của UNESCO",
        "2026-03-01",
        [
            ("15/06/2021 - Mạng lưới mở rộng", "Mạng lưới có 229 thành phố thành viên."),
            ("16-02-2024 - Thêm thành viên mới", "Mạng lưới có 356 thành phố thành viên."),
        ],
    )
    assert read(html, "html", "vi") == [
        ("total_cities", 229, "exact", "2021-06-15"),
        ("total_cities", 356, "exact", "2024-02-16"),
    ]


def test_an_english_archive_with_the_date_after_a_bar() -> None:
    text = (
        "---\ntitle: News - UNESCO Global Network of Learning Cities\ndate: 2026-03-10\n---\n\n"
        "## Network grows | 5 September 2022\n\nThe network counts 294 cities.\n\n"
        "## New members named | 15 February 2024\n\nThe network now has 356 members.\n"
    )
    assert read(text) == [
        ("total_cities", 294, "exact", "2022-09-05"),
        ("total_cities", 356, "exact", "2024-02-15"),
    ]


def test_sentences_led_by_a_date_are_no_headlines() -> None:
    html = _headed(
        "Notícias - Rede Mundial de Cidades de Aprendizagem da UNESCO",
        "2026-01-20",
        [
            ("Antes", "23.08.2016: a rede nasceu com poucas cidades."),
            ("Depois", "24.09.2020: nova ronda de adesões."),
            ("Hoje", "A rede tem 425 membros."),
        ],
    )
    assert read(html, "html", "pt") == [("total_cities", 425, "exact", None)]


def test_dated_blocks_read_the_text_at_the_first_question() -> None:
    """historic.DatedBlocks reads the entries when a date is first asked for (a text with
    no figure of no date is never read for them), and answers as dated_entries finds."""
    from lcnet.dates import PartialDate
    from lcnet.extract.grammar import grammar
    from lcnet.extract.historic import DatedBlocks

    low = ARCHIVE.lower()
    blocks = DatedBlocks(low, grammar("en"), PartialDate(2026, 3, 10))
    assert blocks._read is False
    dates = [blocks.date_at(low.index(n)) for n in ("stands at 425", "64 cities", "77 new")]
    assert blocks._read is True
    assert dates == [PartialDate(2025, 12, 5), PartialDate(2024, 2, 15), PartialDate(2022, 9, 5)]
    assert blocks.date_at(low.index("title:")) is None
    assert DatedBlocks(low, grammar("en"), None).date_at(low.index("64 cities")) is None
