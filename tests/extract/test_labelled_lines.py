"""Figures written as a label and its number: fact boxes and key-figure blocks."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.extract.titled import mentions

CASES: list[tuple[str, str, list[tuple[str, str, int]]]] = [
    (
        "en",
        "# UNESCO Global Network of Learning Cities\n\nMember cities: 425\n\nCountries: 91\n",
        [("425", "total_cities", 425), ("91", "total_countries", 91)],
    ),
    (
        "de",
        "# Das Globale Netzwerk lernender Städte der UNESCO\n\nMitgliedsstädte: 294\n\n"
        "Länder: 76\n",
        [("294", "total_cities", 294), ("76", "total_countries", 76)],
    ),
    (
        "it",
        "# La Rete globale delle città dell'apprendimento\n\n"
        "Anno di creazione: 2013 · Città membri: 294 · Sede: Amburgo\n",
        [("294", "total_cities", 294)],
    ),
    (
        "zh",
        "# 全球学习型城市网络\n\n成员城市：425\n\n新增城市：72个\n",
        [("425", "total_cities", 425), ("72个", "new_cities", 72)],
    ),
]


@pytest.mark.parametrize(("language", "page", "expected"), CASES)
def test_a_label_and_its_number_is_a_figure(
    language: str, page: str, expected: list[tuple[str, str, int]]
) -> None:
    document = read_document(page, "markdown")
    found = [(m.text, m.metric.value, m.value) for m in find_mentions(document, language)]
    assert found == expected


def test_a_label_that_names_no_unit_is_no_figure() -> None:
    page = "# UNESCO Global Network of Learning Cities\n\nFounded: 2013\n\nStaff: 12\n"
    assert list(find_mentions(read_document(page, "markdown"), "en")) == []


def test_a_table_rows_first_cell_dates_and_labels_the_figures_in_its_row() -> None:
    page = (
        "# UNESCO Global Network of Learning Cities\n\n| Item | Figure |\n|---|---|\n"
        "| Joined in 2022 | 77 new member cities |\n| First-time countries | 13 countries |\n"
    )
    found = [
        (m.text, m.metric.value, m.value, None if m.as_of is None else str(m.as_of))
        for m in find_mentions(read_document(page, "markdown"), "en")
    ]
    assert found == [
        ("77 new member cities", "new_cities", 77, "2022"),
        ("13 countries", "first_time_countries", 13, None),
    ]


@pytest.mark.parametrize(
    ("language", "page", "expected"),
    [
        (
            "ko",
            "---\ntitle: 유네스코 글로벌 학습도시 네트워크\n---\n\n| 항목 | 수치 |\n|---|---|\n"
            "| 국내 회원 도시 | 40여 곳 |\n",
            [("40여 곳", "country_cities", 40, "KR")],
        ),
        (
            "en",
            "---\ntitle: UNESCO Global Network of Learning Cities\n---\n\n| Item | Count |\n"
            "|---|---|\n| Viet Nam's member cities | 6 cities |\n",
            [("6 cities", "country_cities", 6, "VN")],
        ),
    ],
)
def test_a_rows_label_names_the_country_that_owns_its_count(
    language: str, page: str, expected: list[tuple[str, str, int, str]]
) -> None:
    document = read_document(page, "markdown")
    found = [
        (m.text, m.metric.value, m.value, m.country) for m in find_mentions(document, language)
    ]
    assert found == expected


LABELS = [
    (
        "zh",
        "- 成员：425个\n- 中国成员：15个\n",
        [("425个", "total_cities", 425, None), ("15个", "country_cities", 15, "CN")],
    ),
    (
        "zh",
        "| 项目 | 数量 |\n|---|---|\n| 本批新增 | 72个 |\n",
        [("72个", "new_cities", 72, None)],
    ),
    (
        "en",
        "- Members: 425\n- Viet Nam members: 6\n",
        [("425", "total_cities", 425, None), ("6", "country_cities", 6, "VN")],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), LABELS)
def test_a_label_names_a_country_or_new_members(
    language: str, body: str, expected: list[tuple[str, str, int, str | None]]
) -> None:
    found = [(m.text, m.metric.value, m.value, m.country) for m in mentions(language, body)]
    assert found == expected


# A place that labels its line's figure, in a list or a fact box: the place's own count.
# Read without it, "Africa: 60 members" was an intake of 60 (a total below any the network
# had), flagged as wrong.
PLACE_LABELS: list[tuple[str, str, list[tuple[str, str, int, str | None, str | None]]]] = [
    ("en", "- Africa: 60 members\n- Arab States: 45 members\n- Viet Nam: 6 cities\n"
     "- Republic of Korea: 56 member cities\n- Total: 425 cities",
     [("60 members", "total_cities", 60, None, "africa"),
      ("45 members", "total_cities", 45, None, "arab-states"),
      ("6 cities", "country_cities", 6, "VN", None),
      ("56 member cities", "country_cities", 56, "KR", None),
      ("425 cities", "total_cities", 425, None, None)]),
    ("fr", "- Afrique : 60 membres\n- Maroc : 9 villes",
     [("60 membres", "total_cities", 60, None, "africa"),
      ("9 villes", "country_cities", 9, "MA", None)]),
    ("es", "* México: 10 ciudades\n* América Latina y el Caribe: 70 miembros",
     [("10 ciudades", "country_cities", 10, "MX", None),
      ("70 miembros", "total_cities", 70, None, "latin-america-caribbean")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "expected"), PLACE_LABELS)
def test_a_place_labelling_its_line_owns_the_figure(
    language: str, body: str, expected: list[tuple[str, str, int, str | None, str | None]]
) -> None:
    found = [(m.text, m.metric.value, m.value, m.country, m.region)
             for m in mentions(language, body)]  # fmt: skip
    assert found == expected


def test_a_definition_lists_term_labels_its_value() -> None:
    raw = (
        "<html><head><title>UNESCO Global Network of Learning Cities</title></head><body>"
        "<dl><dt>Member cities</dt><dd>425</dd><dt>Countries</dt><dd>91</dd>"
        "<dt>Founded</dt><dd>2013</dd></dl></body></html>"
    )
    document = read_document(raw, "html")
    assert "Member cities: 425\n\nCountries: 91\n\nFounded: 2013" in document.text
    found = [(m.text, m.metric.value, m.value) for m in find_mentions(document, "en")]
    assert found == [("425", "total_cities", 425), ("91", "total_countries", 91)]


def test_a_key_value_tables_first_row_is_a_pair_not_a_header_dating_its_column() -> None:
    page = (
        "# UNESCO Global Network of Learning Cities\n\n| Formation | 2013 |\n|---|---|\n"
        "| Members | 425 cities |\n| Countries | 91 |\n"
    )
    found = [
        (m.text, m.metric.value, m.value, m.as_of)
        for m in find_mentions(read_document(page, "markdown"), "en")
    ]
    assert found == [
        ("425 cities", "total_cities", 425, None),
        ("91", "total_countries", 91, None),
    ]
    # a header of years still dates its columns
    series = (
        "# UNESCO Global Network of Learning Cities\n\n| Figure | 2022 | 2024 |\n|---|---|---|\n"
        "| Member cities | 294 | 356 |\n"
    )
    dated = [
        (m.value, str(m.as_of)) for m in find_mentions(read_document(series, "markdown"), "en")
    ]
    assert dated == [(294, "2022"), (356, "2024")]
