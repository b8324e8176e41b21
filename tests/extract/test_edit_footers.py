"""A wiki's page saved as text or Markdown ends with the date of its last edit (MediaWiki's
footer, in the wiki's language); a wiki's HTML gives it as JSON-LD "dateModified". The
page says what it says on that day, as an updated page does on its update's day. Before,
such a page had no date and was judged at today's: a count right at its last edit (356
in May 2025) was flagged stale."""

from __future__ import annotations

import pytest

from lcnet.extract import read_document

TOP = "UNESCO Global Network of Learning Cities\nFrom the free encyclopedia\n\n"
BODY = "The network currently consists of 356 member cities from 79 countries.\n\n"
# a wiki page's sections: its footer is far below the first lines a dateline is read in
SECTIONS = "".join(f"== Section {n} ==\nA paragraph of history, number {n}.\n\n" for n in range(8))
LICENCE = "\nText is available under a Creative Commons licence.\n"

FOOTERS = [
    ("This page was last edited on 3 May 2025, at 10:12 (UTC).", "2025-05-03"),
    ("Diese Seite wurde zuletzt am 3. Mai 2025 um 10:12 Uhr bearbeitet.", "2025-05-03"),
    ("La dernière modification de cette page a été faite le 3 mai 2025 à 10:12.", "2025-05-03"),
    ("Esta página se editó por última vez el 3 may 2025 a las 10:12.", "2025-05-03"),
    (
        "Questa pagina è stata modificata per l'ultima volta il 3 mag 2025 alle 10:12.",
        "2025-05-03",
    ),
    ("Esta página foi editada pela última vez às 10h12min de 3 de maio de 2025.", "2025-05-03"),
    ("Trang này được sửa đổi lần cuối vào ngày 3 tháng 5 năm 2025, lúc 10:12.", "2025-05-03"),
    ("最終更新 2025年5月3日 (土) 10:12 (日時は個人設定で未設定ならばUTC)。", "2025-05-03"),
    ("本页面最后修订于2025年5月3日 (星期六) 10:12。", "2025-05-03"),
    ("이 문서는 2025년 5월 3일 (토) 10:12에 마지막으로 편집되었습니다.", "2025-05-03"),
]


@pytest.mark.parametrize(("footer", "day"), FOOTERS)
@pytest.mark.parametrize("kind", ["text", "markdown"])
def test_a_wiki_page_is_dated_by_its_last_edit(footer: str, day: str, kind: str) -> None:
    document = read_document(TOP + BODY + SECTIONS + footer + LICENCE, kind)
    assert (str(document.date), document.date_origin) == (day, "the page's last edit")


def test_the_footers_line_is_where_the_date_is() -> None:
    from lcnet.extract.datelines import edited

    assert edited(TOP + BODY + SECTIONS + FOOTERS[0][0] + LICENCE) == (
        "the page's last edit",
        "2025-05-03",
        30,
    )


@pytest.mark.parametrize(
    "closing",
    [
        # a story's last sentence that names a day is not a footer
        "Die Stadt wurde zuletzt am 4. Dezember 2025 ausgezeichnet.",
        "The network last grew on 4 December 2025, when 72 cities joined.",
        "La red se amplió por última vez el 4 de diciembre de 2025.",
    ],
)
def test_a_story_that_ends_with_a_date_is_not_dated_by_it(closing: str) -> None:
    assert read_document(TOP + BODY + SECTIONS + closing + "\n", "text").date is None


def test_a_dateline_at_the_top_comes_before_the_footer() -> None:
    text = "Learning cities\n14 February 2024\n\n" + BODY + FOOTERS[0][0] + "\n"
    document = read_document(text, "text")
    assert (str(document.date), document.date_origin) == ("2024-02-14", "a dateline")


def test_a_wikis_html_is_dated_by_its_json_ld_modification() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type":"Article",'
        '"datePublished":"2016-03-01T09:00:00Z","dateModified":"2025-05-03T10:12:00Z"}'
        "</script></head><body><p>" + BODY + "</p></body></html>"
    )
    document = read_document(page, "html")
    assert str(document.date) == "2025-05-03"
