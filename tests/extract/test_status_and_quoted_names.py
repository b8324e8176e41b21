"""A status date after a colon, and the network's English name inside other languages.

"(Stand: Mai 2021)", "As of: May 2021", "Stand: Mai 2021: 229 Städte": the colon belongs
to the date, which dates the figures of its sentence (lcnet.extract.historic). A short
German heading that quotes the English name ("77 neue UNESCO-Learning Cities") is German:
the quoted name says nothing of the language it stands in (lcnet.extract.langid).
"""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from lcnet.extract.langid import detect
from tests.extract.titled import mentions

Row = tuple[str, int, str | None]


def read(language: str, body: str, date: str = "2021-09-01") -> list[Row]:
    return [(m.metric.value, m.value, str(m.as_of) if m.as_of else None)
            for m in mentions(language, body, date)]  # fmt: skip


STATUS: list[tuple[str, str, list[Row]]] = [
    (
        "de",
        "Im Netzwerk sind 229 Städte aus 64 Ländern vertreten (Stand: Mai 2021).",
        [("total_cities", 229, "2021-05"), ("total_countries", 64, "2021-05")],
    ),
    (
        "de",
        "Das Netzwerk hat (Stand: April 2021) insgesamt 229 Mitgliedsstädte.",
        [("total_cities", 229, "2021-04")],
    ),
    (
        "de",
        "Stand: März 2021: 229 Learning Cities in 64 Ländern.",
        [("total_cities", 229, "2021-03"), ("total_countries", 64, "2021-03")],
    ),
    (
        "de",
        "Dem Netzwerk gehörten 229 Städte an (Stand: 3. Mai 2021).",
        [("total_cities", 229, "2021-05-03")],
    ),
    (
        "en",
        "The network counted 229 member cities (as of: May 2021).",
        [("total_cities", 229, "2021-05")],
    ),
    (
        "en",
        "As at February 2021: 229 learning cities in 64 countries belong to the network.",
        [("total_cities", 229, "2021-02"), ("total_countries", 64, "2021-02")],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), STATUS)
def test_a_status_date_after_a_colon_dates_its_figures(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read(language, body) == expected


def test_a_colon_after_an_undated_clause_still_ends_it() -> None:
    # "Heute" is the second clause's: the date of the first does not reach it
    assert read(
        "de", "Im Jahr 2020 kamen 55 Städte dazu; heute zählt das Netzwerk 425 Städte."
    ) == [
        ("new_cities", 55, "2020"),
        ("total_cities", 425, None),
    ]


QUOTED: list[tuple[str, str, str]] = [
    ("77 neue UNESCO-Learning Cities", "de", "de"),
    ("Dazu kamen 77 neue Learning Cities.", "de", "de"),
    ("Le 64 nuove Learning Cities dell'UNESCO", "it", "it"),
    ("64 nouvelles UNESCO Learning Cities", "fr", "fr"),
    ("77 novas Learning Cities da UNESCO", "pt", "pt"),
    # an English paragraph in another language's page stays English
    ("The UNESCO Global Network of Learning Cities now has 425 members.", "de", "en"),
    ("UNESCO Learning Cities: 64 new members from 35 countries", "it", "en"),
]


@pytest.mark.parametrize(("paragraph", "around", "expected"), QUOTED)
def test_the_quoted_english_name_does_not_tell_a_paragraphs_language(
    paragraph: str, around: str, expected: str
) -> None:
    assert detect(paragraph, around) == expected


def test_a_german_headline_that_quotes_the_english_name_is_read_in_german() -> None:
    page = (
        "---\ntitle: 77 neue UNESCO-Learning Cities\ndate: 2022-09-05\n---\n\n"
        "# 77 neue UNESCO-Learning Cities\n\n"
        "Am 2. September hat die UNESCO 77 neue Städte aus 44 Ländern in ihr Netzwerk der "
        "Learning Cities aufgenommen. Die Städte liegen auf allen Kontinenten.\n"
    )
    found = [(m.text, m.metric.value, m.value, m.language)
             for m in find_mentions(read_document(page, "markdown"))]  # fmt: skip
    assert found == [
        ("77 neue UNESCO-Learning Cities", "new_cities", 77, "de"),
        ("77 neue UNESCO-Learning Cities", "new_cities", 77, "de"),
        ("77 neue Städte", "new_cities", 77, "de"),
        ("44 Ländern", "new_countries", 44, "de"),
    ]
