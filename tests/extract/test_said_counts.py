"""Counts read from what a sentence says of them, in English and German first and in the
other languages where the construction exists: a part named by what is said of it ("13
of them represented for the first time", "elf der neuen Mitglieder sind Hauptstädte"),
the count a change started from said after its end ("to eight, up from five after the
February 2024 round"), a scale written onto the digits ("500m citizens"), the network
named between a number and its unit ("the 229 GNLC member cities"), a country's
members before "to" ("Saudi Arabia's members to eight"), and an aside on a soft-wrapped
line ("...; the Institute's\nown pages give 292")."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

Row = tuple[str, str, int, str, str | None, str | None]


def _read(language: str, text: str, form: str = "text") -> list[Row]:
    return [
        (
            m.text,
            m.metric.value,
            m.value,
            m.qualifier.value,
            m.country,
            None if m.as_of is None else str(m.as_of),
        )
        for m in find_mentions(read_document(text, form), language)
    ]


CASES: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        "The UNESCO Global Network of Learning Cities now spans 425 cities in 91 countries, "
        "13 of them represented for the first time.",
        [
            ("425 cities", "total_cities", 425, "exact", None, None),
            ("91 countries", "total_countries", 91, "exact", None, None),
            ("13 of them", "first_time_countries", 13, "exact", None, None),
        ],
    ),
    (
        "en",
        "The UNESCO Global Network of Learning Cities admitted 72 new members, 11 of them "
        "capitals.",
        [
            ("72 new members", "new_cities", 72, "exact", None, None),
            ("11 of them", "new_capitals", 11, "exact", None, None),
        ],
    ),
    (
        "en",
        "The UNESCO Global Network of Learning Cities admitted 72 cities. Eleven of the "
        "newcomers are national capitals.",
        [
            ("72 cities", "new_cities", 72, "exact", None, None),
            ("Eleven of the newcomers", "new_capitals", 11, "exact", None, None),
        ],
    ),
    (  # a part of no named kind stays no figure
        "en",
        "The UNESCO Global Network of Learning Cities now spans 425 cities in 91 countries, "
        "and 12 of them are African.",
        [
            ("425 cities", "total_cities", 425, "exact", None, None),
            ("91 countries", "total_countries", 91, "exact", None, None),
        ],
    ),
    (
        "de",
        "Die UNESCO hat 72 Städte in das Globale Netzwerk lernender Städte aufgenommen; "
        "elf der neuen Mitglieder sind Hauptstädte.",
        [
            ("72 Städte", "new_cities", 72, "exact", None, None),
            ("elf der neuen Mitglieder", "new_capitals", 11, "exact", None, None),
        ],
    ),
    (
        "de",
        "Die UNESCO hat 72 Städte aus 46 Ländern in das Globale Netzwerk lernender Städte "
        "aufgenommen, 13 davon sind zum ersten Mal vertreten.",
        [
            ("72 Städte", "new_cities", 72, "exact", None, None),
            ("46 Ländern", "new_countries", 46, "exact", None, None),
            ("13 davon", "first_time_countries", 13, "exact", None, None),
        ],
    ),
    (
        "it",
        "La Rete globale delle città dell'apprendimento ha accolto 72 nuove città da 46 "
        "paesi, 13 dei quali per la prima volta.",
        [
            ("72 nuove città", "new_cities", 72, "exact", None, None),
            ("46 paesi", "new_countries", 46, "exact", None, None),
            ("13 dei quali", "first_time_countries", 13, "exact", None, None),
        ],
    ),
    (
        "pt",
        "A Rede Global de Cidades da Aprendizagem recebeu 72 novas cidades de 46 países, "
        "13 deles pela primeira vez.",
        [
            ("72 novas cidades", "new_cities", 72, "exact", None, None),
            ("46 países", "new_countries", 46, "exact", None, None),
            ("13 deles", "first_time_countries", 13, "exact", None, None),
        ],
    ),
    (  # the starting count is dated by the round it names; the end is of the text's day
        "en",
        "Riyadh joined the UNESCO Global Network of Learning Cities on December 4, bringing "
        "Saudi Arabia's members to eight, up from five after the February 2024 round.",
        [
            ("members to eight", "country_cities", 8, "exact", "SA", None),
            ("five", "country_cities", 5, "exact", "SA", "2024-02"),
        ],
    ),
    (  # a hard-wrapped line between "up" and "from"; the intake before it keeps no date
        "en",
        "Wakefield is one of 64 cities named as new members of the UNESCO Global Network of "
        "Learning Cities, lifting the number of UK members to ten, up\nfrom eight after the "
        "September 2022 intake.",
        [
            ("64 cities", "new_cities", 64, "exact", None, None),
            ("number of UK members to ten", "country_cities", 10, "exact", "GB", None),
            ("eight", "country_cities", 8, "exact", "GB", "2022-09"),
        ],
    ),
    (  # undated, the starting count is of some earlier time (Mention.earlier: the check
        # dates it by the store)
        "en",
        "The UNESCO Global Network of Learning Cities now has 425 members, up from 356.",
        [
            ("425 members", "total_cities", 425, "exact", None, None),
            ("356", "total_cities", 356, "exact", None, None),
        ],
    ),
    (
        "de",
        "Die UNESCO hat Lausanne in ihr Globales Netzwerk der Lernenden Städte aufgenommen. "
        "Damit steigt die Zahl der Mitglieder auf 294, nach 229 seit der Runde vom "
        "September 2020.",
        [
            ("Zahl der Mitglieder auf 294", "total_cities", 294, "exact", None, None),
            ("229", "total_cities", 229, "exact", None, "2020-09"),
        ],
    ),
    (
        "en",
        "The UNESCO Global Network of Learning Cities now reaches 500m citizens; its members "
        "were home to 390m people in 2024.",
        [
            ("500m citizens", "citizens", 500_000_000, "exact", None, None),
            ("390m people", "citizens", 390_000_000, "exact", None, "2024"),
        ],
    ),
    (
        "it",
        "La Rete globale delle città dell'apprendimento conta 425 città con quasi 500mln di "
        "abitanti.",
        [
            ("425 città", "total_cities", 425, "exact", None, None),
            ("quasi 500mln di abitanti", "citizens", 500_000_000, "nearly", None, None),
        ],
    ),
    (  # a distance is no scale: "m" after a space is a metre, and "500m" counts no city
        "en",
        "The UNESCO Global Network of Learning Cities has 425 cities. Its stadium track is "
        "500 m long and its park 500m wide.",
        [("425 cities", "total_cities", 425, "exact", None, None)],
    ),
    (
        "en",
        "Today the 229 GNLC member cities are spread over 64 countries. In 2019 UIL listed "
        "173 UNESCO GNLC members.",
        [
            ("229 GNLC member cities", "total_cities", 229, "exact", None, None),
            ("64 countries", "total_countries", 64, "exact", None, None),
            ("173 UNESCO GNLC members", "total_cities", 173, "exact", None, "2019"),
        ],
    ),
    (
        "en",
        "Lowell became the first U.S. member of the UNESCO Global Network of Learning Cities.",
        [("first U.S. member", "country_cities", 1, "exact", "US", None)],
    ),
]


CASES += [
    (  # a count the names after it spell out, owned by the country named before
        "de",
        "Das Globale Netzwerk lernender Städte hat 425 Mitglieder. In Deutschland sind es "
        "weiterhin vier: Gelsenkirchen, Hamburg, Bonn und Dresden.",
        [
            ("425 Mitglieder", "total_cities", 425, "exact", None, None),
            ("vier", "country_cities", 4, "exact", "DE", None),
        ],
    ),
    (  # a rank after the members it follows; the country in the question before it
        "de",
        "Dresden gehört seit Februar zum Globalen Netzwerk lernender Städte der UNESCO. Wie "
        "viele deutsche Städte sind dabei? Dresden ist die vierte – nach Gelsenkirchen, "
        "Hamburg und Bonn.",
        [("vierte", "country_cities", 4, "exact", "DE", None)],
    ),
    (
        "en",
        "Dresden joined the UNESCO Global Network of Learning Cities in February. Among "
        "German cities, Dresden is the fourth, after Gelsenkirchen, Hamburg and Bonn.",
        [("fourth", "country_cities", 4, "exact", "DE", None)],
    ),
    (  # as many names as the count, or no count
        "en",
        "The UNESCO Global Network of Learning Cities has members in Ireland. There are "
        "four: Cork, Limerick and Dublin.",
        [],
    ),
    (
        "de",
        "Lausanne ist die erste Schweizer Stadt im Globalen Netzwerk lernender Städte.",
        [("erste Schweizer Stadt", "country_cities", 1, "exact", "CH", None)],
    ),
    (  # a figure first reported is left out; a semicolon ends what that says
        "en",
        "The last round of the UNESCO Global Network of Learning Cities was first reported "
        "as 55 cities; a corrigendum a day later set the numbers at 54 newcomers and 229 in "
        "all.",
        [
            ("54 newcomers", "new_cities", 54, "exact", None, None),
            ("229", "total_cities", 229, "exact", None, None),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_count_is_read_from_what_is_said_of_it(
    language: str, text: str, expected: list[Row]
) -> None:
    assert _read(language, text) == expected


def test_an_aside_on_a_soft_wrapped_line_keeps_the_unit_of_the_figure_before() -> None:
    text = (
        "The UNESCO Global Network of Learning Cities now links 294 cities in 76 countries;\n"
        "the UNESCO Institute for Lifelong Learning's own pages currently give 292.\n"
    )
    assert _read("en", text, "markdown") == [
        ("294 cities", "total_cities", 294, "exact", None, None),
        ("76 countries", "total_countries", 76, "exact", None, None),
        ("292", "total_cities", 292, "exact", None, None),
    ]


def test_the_award_and_the_creative_cities_own_their_counts() -> None:
    text = (
        "Hamburg gehört zum Globalen Netzwerk lernender Städte. Gelsenkirchen wurde 2017 als "
        "eine von 16 Städten mit dem UNESCO Learning City Award ausgezeichnet. Nicht zu "
        "verwechseln ist das Netzwerk mit dem der Kreativstädte: Dieses Netzwerk zählt rund "
        "400 Mitglieder."
    )
    assert _read("de", text) == []


def test_a_table_column_headed_by_the_network_and_a_count_head() -> None:
    text = (
        "# The UNESCO Global Network of Learning Cities\n\n"
        "| Round | New members | Network total |\n"
        "|-------|------------:|--------------:|\n"
        "| February 2024 | 64 | 356 |\n\n"
        "| Item | Total |\n|---|---|\n| Events | 120 |\n"
    )
    assert _read("en", text, "markdown") == [
        ("64", "new_cities", 64, "exact", None, "2024-02"),
        ("356", "total_cities", 356, "exact", None, "2024-02"),
    ]


SIZED: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        "Lowell joined the UNESCO Global Network of Learning Cities. A team will follow how "
        "the 91-country network shapes its plans, and how the 425-member network works.",
        [
            ("91-country", "total_countries", 91, "exact", None, None),
            ("425-member", "total_cities", 425, "exact", None, None),
        ],
    ),
    (
        "de",
        "Dresden gehört zum Globalen Netzwerk lernender Städte. Das 356-Städte-Netzwerk "
        "wächst, das 79-Länder-Netzwerk auch.",
        [
            ("356-Städte", "total_cities", 356, "exact", None, None),
            ("79-Länder", "total_countries", 79, "exact", None, None),
        ],
    ),
    (  # a size of no network is none
        "en",
        "The UNESCO Global Network of Learning Cities ran a 10-country study and a 12-city pilot.",
        [],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), SIZED)
def test_a_networks_size_as_an_adjective(language: str, text: str, expected: list[Row]) -> None:
    assert _read(language, text) == expected


ASIDES: list[tuple[str, str, list[Row]]] = [
    (  # a network named in an aside: the reference after it is to the page's network
        "en",
        "The emirate, which already holds the title of Creative City of Crafts and Folk\n"
        "Art, joins a network of 294 member cities.",
        [("294 member cities", "total_cities", 294, "exact", None, None)],
    ),
    (  # an apposition after the aside speaks of the network in it
        "en",
        "The UNESCO Global Network of Learning Cities admitted Sharjah, which is also a "
        "Creative City, a network that has 350 members.",
        [],
    ),
    (
        "de",
        "Die Stadt, die bereits zum Netzwerk der Kreativstädte gehört, will dem Netzwerk mit "
        "425 Mitgliedern beitreten.",
        [("425 Mitgliedern", "total_cities", 425, "exact", None, None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), ASIDES)
def test_a_network_named_in_an_aside(language: str, text: str, expected: list[Row]) -> None:
    title = {"en": "# UNESCO Global Network of Learning Cities\n\n", "de": "# Lernende Städte\n\n"}
    assert _read(language, title[language] + text, "markdown") == expected
