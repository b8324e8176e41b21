"""Reading pages as a reader does (issue 9): the page's topic, the network named in
English inside other languages, other programmes, layout, phrasing and metrics, in
English, Vietnamese, Spanish and French.

Rows are (text, metric, value, qualifier, country), each text as the page writes it.
"""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

Row = tuple[str, str, int, str, str | None]


def rows(page: str, kind: str = "markdown", language: str | None = None) -> list[Row]:
    document = read_document(page, kind)
    return [
        (m.text, m.metric.value, m.value, m.qualifier.value, m.country)
        for m in find_mentions(document, language)
    ]


def page(title: str, body: str) -> str:
    return f"---\ntitle: {title}\ndate: 2025-12-10\n---\n\n{body}\n"


# --------------------------------------------------------------------- the page's topic

TOPIC = [
    (  # en: the title names the network; the body only says "cities" and "the network"
        page(
            "UNESCO Global Network of Learning Cities welcomes 72 new members",
            "The enlarged network now counts 425 cities in 91 countries.\n\n"
            "Together these cities are home to 500 million people.",
        ),
        [
            ("72 new members", "new_cities", 72, "exact", None),  # the title is read too
            ("425 cities", "total_cities", 425, "exact", None),
            ("91 countries", "total_countries", 91, "exact", None),
            ("500 million people", "citizens", 500_000_000, "exact", None),
        ],
    ),
    (  # vi
        page(
            "Mạng lưới các thành phố học tập toàn cầu của UNESCO kết nạp 72 thành viên",
            "Mạng lưới này hiện có 425 thành phố thuộc 91 quốc gia.",
        ),
        [
            ("72 thành viên", "new_cities", 72, "exact", None),
            ("425 thành phố", "total_cities", 425, "exact", None),
            ("91 quốc gia", "total_countries", 91, "exact", None),
        ],
    ),
    (  # es
        page(
            "La Red Mundial de Ciudades del Aprendizaje de la UNESCO suma 72 ciudades",
            "Con las nuevas ciudades, esta iniciativa reúne ya a 425 ciudades de 91 países.",
        ),
        [
            ("72 ciudades", "new_cities", 72, "exact", None),
            ("425 ciudades", "total_cities", 425, "exact", None),
            ("91 países", "total_countries", 91, "exact", None),
        ],
    ),
    (  # fr
        page(
            "Le Réseau mondial des villes apprenantes de l'UNESCO s'agrandit",
            "Ce réseau compte désormais 425 villes dans 91 pays.",
        ),
        [
            ("425 villes", "total_cities", 425, "exact", None),
            ("91 pays", "total_countries", 91, "exact", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOPIC, ids=["en", "vi", "es", "fr"])
def test_a_page_whose_title_names_the_network_is_about_it(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


def test_without_a_title_naming_it_plain_figures_are_not_the_networks() -> None:
    text = page("City news", "The enlarged network now counts 425 cities in 91 countries.")
    assert rows(text) == []


def test_an_html_title_or_og_title_makes_the_page_about_the_network() -> None:
    body = "<body><p>The network now has <b>425</b> cities in 91 countries.</p></body>"
    for head in (
        "<title>Global Network of Learning Cities | UNESCO</title>",
        '<meta property="og:title" content="The GNLC grows again">',
    ):
        assert rows(f"<html><head>{head}</head>{body}</html>", "html") == [
            ("425 cities", "total_cities", 425, "exact", None),
            ("91 countries", "total_countries", 91, "exact", None),
        ]


def test_the_lead_names_the_network_when_the_title_does_not() -> None:
    text = (
        "Education news\n\nHanoi has joined the UNESCO Global Network of Learning Cities.\n\n"
        "The network now has 425 cities."
    )
    assert rows(text, "text") == [("425 cities", "total_cities", 425, "exact", None)]


# ---------------------------------------------------- the network's name in English

ENGLISH_NAME = [  # each page declares its language (<html lang>, front matter), as sites do
    (
        "vi",
        "Hà Nội gia nhập UNESCO Global Network of Learning Cities (GNLC), mạng lưới có 425"
        " thành phố.",
        [("425 thành phố", "total_cities", 425, "exact", None)],
    ),
    (
        "es",
        "Sevilla se une a la UNESCO Global Network of Learning Cities (GNLC), que cuenta con"
        " 425 ciudades.",
        [("425 ciudades", "total_cities", 425, "exact", None)],
    ),
    (
        "fr",
        "Lyon rejoint le GNLC, qui compte 425 villes.",
        [("425 villes", "total_cities", 425, "exact", None)],
    ),
]


@pytest.mark.parametrize(("code", "text", "expected"), ENGLISH_NAME, ids=["vi", "es", "fr"])
def test_the_english_name_or_acronym_inside_another_language(
    code: str, text: str, expected: list[Row]
) -> None:
    assert rows(text, "text", code) == expected


# ----------------------------------------------------------------- other programmes


def test_another_network_owns_the_figures_of_its_paragraph_on_a_page_about_the_gnlc() -> None:
    text = page(
        "Global Network of Learning Cities: Hanoi joins",
        "The city is also a UNESCO Creative City of Design, a network of 350 cities.\n\n"
        "The network of learning cities now has 425 members.",
    )
    assert rows(text) == [("425 members", "total_cities", 425, "exact", None)]


def test_the_network_after_a_world_heritage_sentence_is_still_the_gnlc() -> None:
    text = (
        "Hue joined the UNESCO Global Network of Learning Cities in 2024. Its citadel is a "
        "World Heritage site. The network now has 425 members in 91 countries."
    )
    assert rows(text, "text") == [
        ("425 members", "total_cities", 425, "exact", None),
        ("91 countries", "total_countries", 91, "exact", None),
    ]


def test_related_news_under_a_page_about_the_gnlc_is_another_story() -> None:
    text = page(
        "GNLC: 72 new learning cities",
        "The network now has 425 cities.\n\nRelated news\nHanoi among 150 cities to host a run",
    )
    assert rows(text) == [
        ("72 new learning cities", "new_cities", 72, "exact", None),
        ("425 cities", "total_cities", 425, "exact", None),
    ]


def test_member_states_and_others_need_the_network_named_in_their_sentence() -> None:
    text = page(
        "GNLC: Lyon joins",
        "UNESCO has 194 member states. Lyon is the third city of the region, after two others.",
    )
    assert rows(text) == []


# ---------------------------------------------------------------------------- layout

LAYOUT = [
    (
        "The UNESCO Global Network of Learning\nCities now has 425 member\ncities.",
        [("425 member cities", "total_cities", 425, "exact", None)],
    ),
    (
        "The UNESCO  Global Network of Learning\u00a0Cities now has **425** member cities.",
        [("425 member cities", "total_cities", 425, "exact", None)],
    ),
    (
        "Mạng lưới các thành phố học tập\ntoàn cầu hiện có 425 thành phố.",
        [("425 thành phố", "total_cities", 425, "exact", None)],
    ),
    (
        "La Red Mundial de Ciudades del\nAprendizaje cuenta con 425 ciudades.",
        [("425 ciudades", "total_cities", 425, "exact", None)],
    ),
    (
        "Le Réseau mondial des villes\napprenantes compte 425 villes.",
        [("425 villes", "total_cities", 425, "exact", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), LAYOUT, ids=["en-wrap", "en-space", "vi", "es", "fr"]
)
def test_names_and_phrases_broken_by_line_breaks_or_spaces_are_read_whole(
    text: str, expected: list[Row]
) -> None:
    assert rows(text) == expected


def test_a_headline_statistics_block_and_a_list_under_a_heading() -> None:
    text = page(
        "The GNLC in numbers",
        "**425**\nmember cities\n\n**91**\ncountries\n\n- 72 new members\n- 13 countries joining"
        " for the first time",
    )
    assert rows(text) == [
        ("425 member cities", "total_cities", 425, "exact", None),
        ("91 countries", "total_countries", 91, "exact", None),
        ("72 new members", "new_cities", 72, "exact", None),
        ("13 countries", "first_time_countries", 13, "exact", None),
    ]


# --------------------------------------------------------------------------- phrasing


def test_spread_over_is_a_place_not_a_qualifier() -> None:
    text = "The GNLC has 425 member cities spread over 91 countries."
    assert rows(text, "text") == [
        ("425 member cities", "total_cities", 425, "exact", None),
        ("91 countries", "total_countries", 91, "exact", None),
    ]


def test_indian_numbering() -> None:
    text = "The UNESCO Global Network of Learning Cities reaches 39 crore citizens."
    assert rows(text, "text") == [("39 crore citizens", "citizens", 390_000_000, "exact", None)]


# ------------------------------------------------------------------------- metrics

INTAKE = [
    (
        "This round brings 72 cities into the UNESCO Global Network of Learning Cities.",
        [("72 cities", "new_cities", 72, "exact", None)],
    ),
    (
        "72 ciudades entran en la Red Mundial de Ciudades del Aprendizaje.",
        [("72 ciudades", "new_cities", 72, "exact", None)],
    ),
    (
        "La UNESCO incorporó 72 ciudades a la Red Mundial de Ciudades del Aprendizaje.",
        [("72 ciudades", "new_cities", 72, "exact", None)],
    ),
    (
        "72 villes ont intégré le Réseau mondial des villes apprenantes.",
        [("72 villes", "new_cities", 72, "exact", None)],
    ),
    (
        "72 thành phố vừa gia nhập Mạng lưới các thành phố học tập toàn cầu.",
        [("72 thành phố", "new_cities", 72, "exact", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INTAKE, ids=["en", "es-entran", "es", "fr", "vi"])
def test_verbs_of_entering_make_an_intake_figure(text: str, expected: list[Row]) -> None:
    assert rows(text, "text") == expected


def test_a_part_of_an_intake_is_new_members_of_that_country() -> None:
    text = (
        "UNESCO named 64 new members of its Global Network of Learning Cities. Among them"
        " are two cities from Viet Nam."
    )
    assert rows(text, "text") == [
        ("64 new members", "new_cities", 64, "exact", None),
        ("two cities", "new_cities", 2, "exact", "VN"),
    ]


# --------------------------------------------------------------------------- tables


def test_a_markdown_table_of_labels_and_values() -> None:
    text = page(
        "City news",
        "## The GNLC at a glance\n\n| Indicator | Value |\n|---|---|\n| Member cities | 425 |\n"
        "| Countries | 91 |\n| New members | 72 |",
    )
    assert rows(text) == [
        ("425", "total_cities", 425, "exact", None),
        ("91", "total_countries", 91, "exact", None),
        ("72", "new_cities", 72, "exact", None),
    ]


def test_a_table_with_units_in_its_header_and_years_in_its_rows() -> None:
    text = (
        "The GNLC, intake by intake:\n\n| Year | New members |\n|---|---|\n"
        "| 2022 | 77 |\n| 2024 | 64 |\n"
    )
    document = read_document(text, "markdown")
    assert [(m.text, m.metric.value, m.value, str(m.as_of)) for m in find_mentions(document)] == [
        ("77", "new_cities", 77, "2022"),
        ("64", "new_cities", 64, "2024"),
    ]


TABLES_HTML = [
    (
        "en",
        "<tr><td>Member cities</td><td>425</td></tr><tr><td>Countries</td><td>91</td></tr>",
        [
            ("425", "total_cities", 425, "exact", None),
            ("91", "total_countries", 91, "exact", None),
        ],
    ),
    (
        "vi",
        "<tr><th>Thành phố thành viên</th><th>Quốc gia</th></tr><tr><td>425</td><td>91</td></tr>",
        [
            ("425", "total_cities", 425, "exact", None),
            ("91", "total_countries", 91, "exact", None),
        ],
    ),
    (
        "es",
        "<tr><td>Ciudades miembros</td><td>más de 400</td></tr>",
        [("más de 400", "total_cities", 400, "more_than", None)],
    ),
    ("fr", "<tr><td>Pays</td><td>91</td></tr>", [("91", "total_countries", 91, "exact", None)]),
]


@pytest.mark.parametrize(("code", "table", "expected"), TABLES_HTML, ids=["en", "vi", "es", "fr"])
def test_an_html_table_under_a_page_about_the_network(
    code: str, table: str, expected: list[Row]
) -> None:
    html = (
        f'<html lang="{code}"><head><title>UNESCO GNLC</title></head>'
        f"<body><table>{table}</table></body></html>"
    )
    assert rows(html, "html") == expected


# ---------------------------------------------------------- a number after its noun

COUNTS = [
    (
        "en",
        "The number of member cities in the GNLC has now reached 425.",
        ("number of member cities in the GNLC has now reached 425", "total_cities", 425),
    ),
    (
        "en",
        "Membership of the GNLC now stands at more than 400.",
        ("Membership of the GNLC now stands at more than 400", "total_cities", 400),
    ),
    (
        "en",
        "The number of countries in the GNLC rose to 91.",
        ("number of countries in the GNLC rose to 91", "total_countries", 91),
    ),
    (
        "es",
        "El número de miembros de la Red Mundial de Ciudades del Aprendizaje llega ya a 425.",
        (
            "número de miembros de la Red Mundial de Ciudades del Aprendizaje llega ya a 425",
            "total_cities",
            425,
        ),
    ),
    (
        "fr",
        "Le nombre de villes membres du Réseau mondial des villes apprenantes atteint 425.",
        (
            "nombre de villes membres du Réseau mondial des villes apprenantes atteint 425",
            "total_cities",
            425,
        ),
    ),
    (
        "vi",
        "Số thành viên của Mạng lưới các thành phố học tập toàn cầu đã lên tới 425.",
        (
            "Số thành viên của Mạng lưới các thành phố học tập toàn cầu đã lên tới 425",
            "total_cities",
            425,
        ),
    ),
]


@pytest.mark.parametrize(
    ("code", "text", "expected"), COUNTS, ids=["en", "en-at", "en-countries", "es", "fr", "vi"]
)
def test_a_count_named_before_its_number(
    code: str, text: str, expected: tuple[str, str, int]
) -> None:
    assert [row[:3] for row in rows(text, "text", code)] == [expected]


def test_modifiers_footnotes_and_a_copula_before_the_place() -> None:
    text = "The GNLC has 425 active members* located in 91 countries and 72 newly added cities."
    assert rows(text, "text") == [
        ("425 active members", "total_cities", 425, "exact", None),
        ("91 countries", "total_countries", 91, "exact", None),
        ("72 newly added cities", "new_cities", 72, "exact", None),
    ]


def test_others_count_the_names_listed_with_them() -> None:
    assert rows(
        "Seoul, Suwon and Incheon, along with 53 other cities, were admitted to the GNLC.",
        "text",
    ) == [("53 other cities", "new_cities", 56, "exact", None)]
    assert rows(
        "Hanoi is one of 72 cities from 34 other countries to join the GNLC this year.", "text"
    ) == [
        ("72 cities", "new_cities", 73, "exact", None),
        ("34 other countries", "new_countries", 35, "exact", None),
    ]
