"""Blocks dated by what stands above them, and dates that hold no day.

A list's bare items under a heading or a box title dated before the text ("## The
figures of 2022", "**The network in figures (2021 leaflet)**") are figures of that date;
a heading of the text's own period, one that says the figures hold "since" a year, or a
plan's span of years dates nothing, and neither does a heading above full sentences.
"""

from __future__ import annotations

import pytest

from lcnet.dates import PartialDate
from lcnet.extract import find_mentions, read_document
from tests.extract.titled import mentions

Row = tuple[str, int, str | None]


def read(language: str, body: str, date: str) -> list[Row]:
    return [(m.metric, m.value, str(m.as_of) if m.as_of else None)
            for m in mentions(language, body, date)]  # fmt: skip


HEADED: list[tuple[str, str, list[Row]]] = [
    (
        "vi",
        "## Những con số của năm 2022\n\n- 294 thành phố thành viên\n- 76 quốc gia\n"
        "- 77 thành viên mới",
        [
            ("total_cities", 294, "2022"),
            ("total_countries", 76, "2022"),
            ("new_cities", 77, "2022"),
        ],
    ),
    (
        "es",
        "> **La red en cifras (folleto municipal de 2021)**\n> - 229 ciudades\n> - 64 países",
        [("total_cities", 229, "2021"), ("total_countries", 64, "2021")],
    ),
    (
        "en",
        "### The network in September 2022\n\n1. 294 member cities\n2. 76 countries",
        [("total_cities", 294, "2022-09"), ("total_countries", 76, "2022-09")],
    ),
    (
        "fr",
        "## Le réseau en 2020\n\n* 229 villes membres\n* 64 pays",
        [("total_cities", 229, "2020"), ("total_countries", 64, "2020")],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), HEADED)
def test_items_under_a_heading_dated_before_the_text_are_of_its_date(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read(language, body, "2025-09-20") == expected


def test_a_heading_of_the_texts_own_period_dates_nothing() -> None:
    body = "## Our network in 2025\n\n- 356 member cities\n- 79 countries"
    assert read("en", body, "2025-09-20") == [
        ("total_cities", 356, None),
        ("total_countries", 79, None),
    ]


def test_a_box_unchanged_since_a_year_is_shown_as_now() -> None:
    body = "QUICK FACTS (unchanged since 2022)\n  - Members worldwide: 294 cities\n"
    assert read("en", body, "2024-11-18") == [("total_cities", 294, None)]


def test_an_item_saying_now_is_current_whatever_its_heading() -> None:
    body = "## Những con số của năm 2022\n\n- hiện có 356 thành viên"
    assert read("vi", body, "2025-09-20") == [("total_cities", 356, None)]


def test_a_plans_span_of_years_dates_nothing() -> None:
    body = "## Kế hoạch giai đoạn 2023-2030\n\n- 356 thành viên"
    assert read("vi", body, "2025-09-20") == [("total_cities", 356, None)]


def test_sentences_under_a_dated_heading_keep_their_own_reading() -> None:
    body = (
        "## Những con số của năm 2022\n\n- 294 thành phố thành viên\n\n"
        "Mạng lưới các thành phố học tập toàn cầu có 356 thành viên."
    )
    assert read("vi", body, "2025-09-20") == [
        ("total_cities", 294, "2022"),
        ("total_cities", 356, None),
    ]


def test_html_items_under_a_dated_heading() -> None:
    page = (
        "<html><body><article><h1>Global Network of Learning Cities</h1>\n"
        "<h2>The figures of 2022</h2>\n<ul>\n<li>294 member cities</li>\n"
        "<li>76 countries</li>\n<li>77 new members</li>\n</ul>\n"
        "<p>The network has 356 members.</p></article></body></html>"
    )
    document = read_document(page, "html")
    found = [(m.metric, m.value, str(m.as_of) if m.as_of else None)
             for m in find_mentions(document, "en", written=None)]  # fmt: skip
    assert found == [
        ("total_cities", 294, None),  # without the text's date, no heading dates a list
        ("total_countries", 76, None),
        ("new_cities", 77, None),
        ("total_cities", 356, None),
    ]
    found = [(m.metric, m.value, str(m.as_of) if m.as_of else None)
             for m in find_mentions(document, "en", written=PartialDate(2025, 9))]  # fmt: skip
    assert found == [
        ("total_cities", 294, "2022"),
        ("total_countries", 76, "2022"),
        ("new_cities", 77, "2022"),
        ("total_cities", 356, None),
    ]


def test_a_month_followed_by_a_year_holds_no_day() -> None:
    """ "in September 2022" is not "September 20" of the text's year (a day is at most
    two digits): the sentence after it, "at that point", is of September 2022."""
    body = (
        "Our city joined in September 2022 as one of 77 new members. At that point the "
        "network counted 294 cities in 76 countries."
    )
    assert read("en", body, "2025-06-12") == [
        ("new_cities", 77, "2022-09"),
        ("total_cities", 294, "2022-09"),
        ("total_countries", 76, "2022-09"),
    ]


QUOTED: list[tuple[str, str, list[Row]]] = [
    (  # a quotation over two lines, dated by the bracket after it
        "en",
        '> "With the new admissions, the network now includes 294 member cities from all\n'
        '> around the world." (UNESCO press release, 2 September 2022)',
        [("total_cities", 294, "2022-09")],
    ),
    (  # a quotation of two sentences, dated by its attribution
        "en",
        '"The network now includes 294 member cities. It is growing," UNESCO said in '
        "September 2022.",
        [("total_cities", 294, "2022-09")],
    ),
    (  # reported speech: the date of the speech dates its "now"
        "en",
        "In a statement issued in September 2022, UNESCO said the network now includes 294 "
        "member cities.",
        [("total_cities", 294, "2022-09")],
    ),
    (
        "fr",
        "« Le réseau compte désormais 294 villes membres », déclarait l’UNESCO en septembre 2022.",
        [("total_cities", 294, "2022-09")],
    ),
    (
        "es",
        "«La red cuenta ahora con 294 ciudades miembros», afirmó la UNESCO en septiembre de 2022.",
        [("total_cities", 294, "2022-09")],
    ),
    (
        "vi",
        '"Mạng lưới hiện có 294 thành viên", thông cáo của UNESCO tháng 9/2022 cho biết.',
        [("total_cities", 294, "2022-09")],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), QUOTED)
def test_the_now_of_a_dated_quotation_is_the_speakers(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read(language, body, "2025-06-12") == expected


def test_a_quotation_without_a_date_is_of_the_texts_day() -> None:
    body = '"The network now has 356 members," the mayor said on Wednesday.'
    assert read("en", body, "2025-06-12") == [("total_cities", 356, None)]


def test_a_date_before_the_quotations_sentence_does_not_date_it() -> None:
    body = 'In 2020 the network was small. "Now it has 356 members," she said.'
    assert read("en", body, "2025-06-12") == [("total_cities", 356, None)]


def test_the_date_of_another_figure_does_not_date_the_speech() -> None:
    body = "According to UIL, the network now has 356 members, up from 294 in 2022."
    assert read("en", body, "2025-06-12")[0] == ("total_cities", 356, None)
    zh = "有與會市長形容，網絡成員已由2019年的170多個，增至今天的逾300個。"
    assert read("zh", zh, "2021-10-28") == [
        ("total_cities", 170, "2019"),
        ("total_cities", 300, None),
    ]


OPENED_BY_A_QUOTE: list[tuple[str, str, Row, str]] = [
    ("vi", 'Tài liệu vẫn ghi "Việt Nam có 5 thành phố học tập toàn cầu".', "VN", "2026-03-10"),
    ("en", 'The leaflet still says "Viet Nam has 5 learning cities".', "VN", "2026-03-10"),
    ("fr", "La brochure indique toujours « le Maroc compte 5 villes ».", "MA", "2026-03-10"),
]


@pytest.mark.parametrize(("language", "body", "country", "date"), OPENED_BY_A_QUOTE)
def test_a_country_after_an_opening_quotation_mark_owns_the_count(
    language: str, body: str, country: str, date: str
) -> None:
    found = mentions(language, body, date)
    assert [(m.metric, m.value, m.country, m.as_of) for m in found] == [
        ("country_cities", 5, country, None)
    ]


def test_a_date_after_a_quotation_without_a_verb_of_speech_does_not_date_it() -> None:
    """ "the figure is out of date since December 2025" says when it aged, not when it
    held: the quoted figure is read as of the text's day (and judged stale)."""
    body = (
        'Một số tài liệu vẫn ghi "Việt Nam có 5 thành phố học tập toàn cầu", con số đã cũ '
        "từ tháng 12 năm ngoái."
    )
    assert read("vi", body, "2026-03-10") == [("country_cities", 5, None)]
    body = (
        'Một số tài liệu vẫn ghi "Việt Nam có 5 thành phố học tập toàn cầu", con số đã cũ '
        "từ tháng 12/2025."
    )
    assert read("vi", body, "2026-03-10") == [("country_cities", 5, None)]


def test_a_date_before_the_quotation_in_its_sentence_dates_it() -> None:
    body = (
        "En septiembre de 2019, en un acto en Medellín, el entonces\nministro hablaba de "
        '"una red de 170 ciudades".'
    )
    assert read("es", body, "2025-12-05") == [("total_cities", 170, "2019-09")]


REPOSTS: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        "Originally published 5 September 2022. Reposted 18 November 2024.\n\n"
        "UNESCO has named 77 new members. The network has 294 member cities in 76 "
        "countries.\n\nEDITOR'S NOTE (November 2024): the network now has 356 members.",
        [
            ("new_cities", 77, "2022-09"),
            ("total_cities", 294, "2022-09"),
            ("total_countries", 76, "2022-09"),
            ("total_cities", 356, None),
        ],
    ),
    (
        "es",
        "Publicado originalmente el 2 de septiembre de 2022.\n\n"
        "La red suma ahora 294 ciudades de 76 países.",
        [("total_cities", 294, "2022-09-02"), ("total_countries", 76, "2022-09-02")],
    ),
    (
        "vi",
        "Bài đăng lần đầu ngày 4/9/2022.\n\nMạng lưới hiện có 294 thành phố.",
        [("total_cities", 294, "2022-09-04")],
    ),
    (
        "fr",
        "Article publié initialement le 2 septembre 2022.\n\n"
        "Le réseau compte désormais 294 villes.",
        [("total_cities", 294, "2022-09-02")],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), REPOSTS)
def test_a_reposted_storys_figures_are_of_its_first_date(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read(language, body, "2024-11-18") == expected


def test_a_repost_of_the_texts_own_period_dates_nothing() -> None:
    body = "Originally published 14 February 2024.\n\nThe network has 356 member cities."
    assert read("en", body, "2024-02-20") == [("total_cities", 356, None)]


ROUNDS: list[tuple[str, str]] = [
    ("es", "Tras la convocatoria de 2022 la red llegó a 294 ciudades."),
    ("fr", "Après la vague de 2022, le réseau comptait 294 villes."),
    ("pt", "Após a rodada de 2022, a rede tinha 294 cidades."),
    ("it", "Dopo la tornata del 2022 la rete contava 294 città."),
    ("de", "Nach der Aufnahmerunde 2022 zählte das Netzwerk 294 Städte."),
    ("en", "After the 2022 round the network reached 294 cities."),
    ("vi", "Sau đợt kết nạp năm 2022, mạng lưới có 294 thành viên."),
]


@pytest.mark.parametrize(("language", "body"), ROUNDS)
def test_a_round_named_by_its_year_dates_the_total_it_left(language: str, body: str) -> None:
    assert read(language, body, "2024-02-16") == [("total_cities", 294, "2022")]


def test_a_welcome_flyer_is_no_intake() -> None:
    """ "welcome" before a noun it modifies is no verb of admission: the flyer quotes a
    total (stale on a 2025 page), while "UNESCO welcomes 77 new members" is an intake."""
    body = 'The welcome flyer in the club room still says we are "one of 229 learning cities".'
    assert read("en", body, "2025-06-12") == [("total_cities", 229, None)]
    assert read("en", "UNESCO welcomes 77 new members to the network.", "2022-09-05") == [
        ("new_cities", 77, None)
    ]
