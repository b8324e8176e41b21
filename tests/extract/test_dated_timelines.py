"""Time on pages that tell a history: a timeline's line led by its date ("- 2019: 38
cities join") states that date's figures, and a page updated after its publication
("lastmod", <meta property="article:modified_time">) speaks for its update's day."""

from __future__ import annotations

import pytest

from lcnet.extract import read_document
from tests.extract.titled import mentions

Row = tuple[str, int, str | None]


def _found(language: str, text: str, date: str) -> list[Row]:
    return [
        (m.metric.value, m.value, m.as_of and str(m.as_of)) for m in mentions(language, text, date)
    ]


LEADS: list[tuple[str, str, str, list[Row]]] = [
    (
        "en",
        "## How the network grew\n\n- 2016: 115 cities in 28 countries\n"
        "- 2019: 38 cities from 23 countries are admitted\n",
        "2024-05-20",
        [
            ("total_cities", 115, "2016"),
            ("total_countries", 28, "2016"),
            ("new_cities", 38, "2019"),
            ("new_countries", 23, "2019"),
        ],
    ),
    (  # the date in bold, a dash after it; the line of the text's own year is its news
        "en",
        "Milestones:\n\n**2022** – 77 new members, for 294 member cities\n\n"
        "**2024** – 64 new members\n",
        "2024-05-20",
        [("new_cities", 77, "2022"), ("total_cities", 294, "2022"), ("new_cities", 64, None)],
    ),
    (
        "es",
        "Cronología\n\n* 2020: 54 ciudades nuevas\n* 2022: la red llega a 294 ciudades miembros\n",
        "2025-01-10",
        [("new_cities", 54, "2020"), ("total_cities", 294, "2022")],
    ),
    (  # a month before the year
        "fr",
        "Les étapes :\n\n- Septembre 2020 : le réseau compte 229 villes dans 64 pays\n",
        "2023-06-15",
        [("total_cities", 229, "2020-09"), ("total_countries", 64, "2020-09")],
    ),
    (
        "vi",
        "Các đợt kết nạp:\n\n- Năm 2019: 38 thành phố từ 23 quốc gia được kết nạp\n"
        "- Tháng 9/2020: mạng lưới có 229 thành viên\n",
        "2024-05-20",
        [
            ("new_cities", 38, "2019"),
            ("new_countries", 23, "2019"),
            ("total_cities", 229, "2020-09"),
        ],
    ),
    (  # "now" in the next clause is that clause's: the first is of the leading date
        "de",
        "Geschichte:\n\n- **September 2022:** 77 Städte kommen hinzu;"
        " insgesamt sind es nun 294.\n",
        "2026-05-02",
        [("new_cities", 77, "2022-09"), ("total_cities", 294, None)],
    ),
    (
        "en",
        "History:\n\n- September 2022: 77 cities join; the network now counts 294 members.\n",
        "2026-05-02",
        [("new_cities", 77, "2022-09"), ("total_cities", 294, None)],
    ),
    (
        "fr",
        "Historique :\n\n- Septembre 2022 : 77 villes rejoignent le réseau ; il compte désormais"
        " 294 membres.\n",
        "2026-05-02",
        [("new_cities", 77, "2022-09"), ("total_cities", 294, None)],
    ),
    (
        "es",
        "Historia:\n\n- Septiembre de 2022: se suman 77 ciudades;"
        " la red tiene ahora 294 miembros.\n",
        "2026-05-02",
        [("new_cities", 77, "2022-09"), ("total_cities", 294, None)],
    ),
    (  # "now" on the line: the year leads a current figure
        "vi",
        "Tóm tắt:\n\n- 2024: mạng lưới hiện có 356 thành viên\n",
        "2025-03-01",
        [("total_cities", 356, None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "date", "expected"), LEADS)
def test_a_timeline_line_is_of_its_leading_date(
    language: str, text: str, date: str, expected: list[Row]
) -> None:
    assert _found(language, text, date) == expected


def test_a_year_inside_a_sentence_leads_nothing() -> None:
    # "2016" is not the line's lead: the sentence is the text's own, of its day
    text = "Our city, a member since 2016: the network has 356 members.\n"
    assert _found("en", text, "2024-05-20") == [("total_cities", 356, None)]


UPDATED = [
    (
        "markdown",
        "---\ntitle: Learning cities\ndate: 2021-03-10\nlastmod: 2024-05-20\n---\n\nText.\n",
        "2024-05-20",
    ),
    (  # Jekyll's key
        "markdown",
        "---\ndate: 2021-03-10\nlast_modified_at: 2023-01-02\n---\n\nText.\n",
        "2023-01-02",
    ),
    (  # an update before publication (a slip) does not move the date
        "markdown",
        "---\ndate: 2021-03-10\nupdated: 2020-01-01\n---\n\nText.\n",
        "2021-03-10",
    ),
    (
        "html",
        '<html><head><meta property="article:published_time" content="2021-03-10T09:00Z">'
        '<meta property="article:modified_time" content="2024-03-12T16:20Z"></head>'
        "<body><p>Text.</p></body></html>",
        "2024-03-12",
    ),
    (  # a <time class="updated"> beside the published one
        "html",
        '<html><body><time class="entry-date published" datetime="2019-05-02">2 May</time>'
        '<time class="updated" datetime="2022-10-01">1 Oct</time><p>Text.</p></body></html>',
        "2022-10-01",
    ),
    (  # an update alone does not date a page that gives no publication date
        "html",
        '<html><head><meta property="article:modified_time" content="2024-03-12"></head>'
        "<body><p>Text.</p></body></html>",
        None,
    ),
]


@pytest.mark.parametrize(("kind", "raw", "expected"), UPDATED)
def test_an_updated_page_speaks_for_its_update(kind: str, raw: str, expected: str | None) -> None:
    document = read_document(raw, kind)
    assert (None if document.date is None else str(document.date)) == expected


# A later line below: the timeline tells a history, and a line's "now" is its date's
# (s10 wiki page: "- **September 2022:** 77 Städte kommen hinzu; insgesamt sind es nun
# 294" above the 2024 line was judged stale, a false alarm); the last line's "now" may
# still be the text's own.
FOLLOWED: list[tuple[str, str, str, list[Row]]] = [
    (
        "de",
        "Geschichte:\n\n- **September 2022:** 77 Städte kommen hinzu; insgesamt sind es nun"
        " 294.\n- **Februar 2024:** 64 neue Mitglieder, Gesamtzahl 356.\n",
        "2026-05-02",
        [
            ("new_cities", 77, "2022-09"),
            ("total_cities", 294, "2022-09"),
            ("new_cities", 64, "2024-02"),
            ("total_cities", 356, "2024-02"),
        ],
    ),
    (
        "en",
        "History:\n\n- September 2022: 77 cities join; the network now counts 294 members.\n"
        "- February 2024: 64 cities join; the network now counts 356 members.\n",
        "2026-05-02",
        [
            ("new_cities", 77, "2022-09"),
            ("total_cities", 294, "2022-09"),
            ("new_cities", 64, "2024-02"),
            ("total_cities", 356, None),
        ],
    ),
    (
        "fr",
        "Historique :\n\n- Septembre 2022 : 77 villes rejoignent le réseau ; il compte désormais"
        " 294 membres.\n- Février 2024 : 64 villes, 356 au total.\n",
        "2026-05-02",
        [
            ("new_cities", 77, "2022-09"),
            ("total_cities", 294, "2022-09"),
            ("new_cities", 64, "2024-02"),
            ("total_cities", 356, "2024-02"),
        ],
    ),
    (
        "vi",
        "Tóm tắt:\n\n- 2022: mạng lưới hiện có 294 thành viên\n"
        "- 2024: mạng lưới hiện có 356 thành viên\n",
        "2025-03-01",
        [("total_cities", 294, "2022"), ("total_cities", 356, None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "date", "expected"), FOLLOWED)
def test_now_on_a_line_a_later_line_follows_is_of_its_date(
    language: str, text: str, date: str, expected: list[Row]
) -> None:
    assert _found(language, text, date) == expected
