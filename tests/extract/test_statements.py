"""One sentence each: what the extractor reads in it, exactly.

A row is a text and the mentions found in it, as (text, metric, value, qualifier, as_of,
country). The corpus (test_corpus.py) pins whole files and positions; this table pins
phrasings, one behaviour per row.
"""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_plain


def read(text: str, language: str | None = None) -> list[Row]:
    return read_plain(text, language)


QUALIFIED = [
    ("The GNLC has more than 400 member cities.", "more than 400 member cities", "more_than"),
    ("The GNLC has over 400 member cities.", "over 400 member cities", "more_than"),
    ("The GNLC has 400+ member cities.", "400+ member cities", "more_than"),
    ("The GNLC has at least 400 member cities.", "at least 400 member cities", "at_least"),
    ("The GNLC has 400 member cities or more.", "400 member cities or more", "at_least"),
    ("The GNLC has about 400 member cities.", "about 400 member cities", "about"),
    ("The GNLC has around 400 member cities.", "around 400 member cities", "about"),
    ("The GNLC has some 400 member cities.", "some 400 member cities", "about"),
    ("The GNLC has roughly 400 member cities.", "roughly 400 member cities", "about"),
    ("The GNLC has nearly 400 member cities.", "nearly 400 member cities", "nearly"),
    ("The GNLC has almost 400 member cities.", "almost 400 member cities", "nearly"),
    ("The GNLC has close to 400 member cities.", "close to 400 member cities", "nearly"),
    ("The GNLC has fewer than 400 member cities.", "fewer than 400 member cities", "fewer_than"),
    ("The GNLC has under 400 member cities.", "under 400 member cities", "fewer_than"),
    ("The GNLC has up to 400 member cities.", "up to 400 member cities", "at_most"),
]


@pytest.mark.parametrize(("sentence", "phrase", "qualifier"), QUALIFIED)
def test_a_qualifier_makes_the_figure_a_bound(sentence: str, phrase: str, qualifier: str) -> None:
    assert read(sentence) == [(phrase, "total_cities", 400, qualifier, None, None)]


STATEMENTS: list[tuple[str, list[Row]]] = [
    # the network, named or referred to
    (
        "The Global Learning Cities Network counts 356 cities.",
        [("356 cities", "total_cities", 356, "exact", None, None)],
    ),
    (
        "UNESCO learning cities now number 425 in 91 countries.",
        [("91 countries", "total_countries", 91, "exact", None, None)],
    ),
    (
        "The GNLC has 425 members. It spans 91 countries.",
        [
            ("425 members", "total_cities", 425, "exact", None, None),
            ("91 countries", "total_countries", 91, "exact", None, None),
        ],
    ),
    # intakes: new members, new countries, "others"
    (
        "The GNLC welcomed 72 cities from 46 countries on Thursday.",
        [
            ("72 cities", "new_cities", 72, "exact", None, None),
            ("46 countries", "new_countries", 46, "exact", None, None),
        ],
    ),
    (
        "Sixty-four cities from thirty-five countries have joined the GNLC.",
        [
            ("Sixty-four cities", "new_cities", 64, "exact", None, None),
            ("thirty-five countries", "new_countries", 35, "exact", None, None),
        ],
    ),
    (
        "Hanoi joins a network of 425 cities, the GNLC.",
        [("425 cities", "total_cities", 425, "exact", None, None)],
    ),
    (
        "Hanoi and 71 others joined the GNLC this week.",
        [("71 others", "new_cities", 72, "exact", None, None)],
    ),
    (
        "The GNLC admitted Hue along with 76 cities from 43 countries.",
        [
            ("76 cities", "new_cities", 77, "exact", None, None),
            ("43 countries", "new_countries", 43, "exact", None, None),
        ],
    ),
    (
        "Thirteen countries joined the GNLC for the first time.",
        [("Thirteen countries", "first_time_countries", 13, "exact", None, None)],
    ),
    (
        "Among the newcomers to the GNLC are 13 new countries.",
        [("13 new countries", "first_time_countries", 13, "exact", None, None)],
    ),
    # a country's members
    (
        "In Vietnam, six cities are members of the GNLC.",
        [("six cities", "country_cities", 6, "exact", None, "VN")],
    ),
    (
        "Vietnam's six learning cities met in Hanoi.",
        [("six learning cities", "country_cities", 6, "exact", None, "VN")],
    ),
    (
        "Hue is the seventh learning city in Vietnam.",
        [("seventh learning city", "country_cities", 7, "exact", None, "VN")],
    ),
    (
        "Vietnam's Hanoi joins 71 other cities in the GNLC.",
        [("71 other cities", "new_cities", 72, "exact", None, None)],
    ),
    # citizens
    (
        "GNLC member cities are home to 390,000,000 people.",
        [("390,000,000 people", "citizens", 390_000_000, "exact", None, None)],
    ),
    (
        "GNLC member cities are home to 1.5 billion people.",
        [("1.5 billion people", "citizens", 1_500_000_000, "exact", None, None)],
    ),
    # historic and current
    (
        "By 2019 the GNLC had 174 member cities.",
        [("174 member cities", "total_cities", 174, "exact", "2019", None)],
    ),
    (
        "In early 2016 the GNLC counted 115 cities.",
        [("115 cities", "total_cities", 115, "exact", "2016", None)],
    ),
    (
        "Founded in 2013, the GNLC has 425 member cities.",
        [("425 member cities", "total_cities", 425, "exact", None, None)],
    ),
    (
        "In 2025 the GNLC now has 425 member cities.",
        [("425 member cities", "total_cities", 425, "exact", None, None)],
    ),
    (
        "On December 4, 2025, the GNLC grew to 425 member cities.",
        [("425 member cities", "total_cities", 425, "exact", "2025-12-04", None)],
    ),
    (
        "Cao Lanh, a member since joining in 2022, was the fifth Vietnamese member of the GNLC.",
        [("fifth Vietnamese member", "country_cities", 5, "exact", "2022", "VN")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS, ids=[s[0][:40] for s in STATEMENTS])
def test_each_statement_reads_as_expected(text: str, expected: list[Row]) -> None:
    assert read(text) == expected


NOT_FIGURES = [
    "The GNLC city opened 2,900 schools for 420,000 students.",
    "In the GNLC city, 99% of adults can read; the rate rose 1.2 percent.",
    "The GNLC office moved on 12 March 2024 to 35 Trang Tien Street.",
    "Call the GNLC hotline on 024 3825 4455 between 8:00 and 17:30.",
    "A GNLC course costs 350,000 dong for 12 weeks.",
    "The 2025 GNLC learning city award went to ten cities.",
    "The GNLC plan covers the 2021-2030 period.",
    "Hanoi joined the Creative Cities Network, which has 350 cities.",
    "The Creative Cities Network has 350 members; the GNLC is another network.",
    "Our association has more than 1.5 million members, a GNLC official said.",
    "Five cities of the province took part in the GNLC forum.",
    "The GNLC forum drew 500 people and 80 member organisations.",
    "Hanoi, a city of 8 million people, applied to the GNLC.",
]


@pytest.mark.parametrize("text", NOT_FIGURES, ids=[t[:40] for t in NOT_FIGURES])
def test_numbers_that_are_not_gnlc_figures_are_not_reported(text: str) -> None:
    assert read(text) == []


def test_a_figure_in_a_text_about_nothing_else_is_not_reported() -> None:
    assert read("The region has 425 cities in 91 countries.") == []


def test_the_network_means_the_last_network_named() -> None:
    gnlc = "Hanoi is a member of the GNLC.\n\nThe network has 425 members."
    creative = "Hanoi is a member of the Creative Cities Network.\n\nThe network has 350 members."
    assert (read(gnlc), read(creative)) == (
        [("425 members", "total_cities", 425, "exact", None, None)],
        [],
    )


def test_a_language_can_be_imposed() -> None:
    assert read("La red GNLC tiene 425 miembros.", "es") == [
        ("425 miembros", "total_cities", 425, "exact", None, None)
    ]


def test_an_unsupported_language_is_an_error() -> None:
    with pytest.raises(ValueError, match='lcnet does not read "xx"'):
        read("The GNLC has 425 member cities.", "xx")
