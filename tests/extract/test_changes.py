"""The dated starting point of a change: "since 2020 ... from 229 to 294"."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.extract.titled import mentions

Row = tuple[str, str, int, str | None]


def changes(language: str, text: str, *, titled: bool = True) -> list[Row]:
    """(text, metric, value, as_of) of each figure in `text`, on a page titled with the
    network's name or (titled=False) as plain text."""
    found = (
        mentions(language, text)
        if titled
        else find_mentions(read_document(text, "text"), language)
    )
    return [
        (m.text, m.metric.value, m.value, None if m.as_of is None else str(m.as_of)) for m in found
    ]


CASES: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        "Since 2020 the Global Network of Learning Cities has grown from 229 to 294 cities.",
        [("229", "total_cities", 229, "2020"), ("294 cities", "total_cities", 294, None)],
    ),
    (
        "de",
        "Seit 2020 ist das Globale Netzwerk lernender Städte von 229 auf rund 300 Städte "
        "gewachsen.",
        [("229", "total_cities", 229, "2020"), ("rund 300 Städte", "total_cities", 300, None)],
    ),
    (  # a start with its unit and countries: dated, it is of its date; the end is not
        "es",
        "La Red Mundial de Ciudades del Aprendizaje de la Unesco pasó de 115 miembros de 28 "
        "países en 2016 a 425 ciudades de 91 países.",
        [
            ("115 miembros", "total_cities", 115, "2016"),
            ("28 países", "total_countries", 28, "2016"),
            ("425 ciudades", "total_cities", 425, None),
            ("91 países", "total_countries", 91, None),
        ],
    ),
    (  # undated, a start with its unit is a figure of some earlier time (Mention.earlier:
        # the check dates it by the store), its countries with it
        "es",
        "La Red Mundial de Ciudades del Aprendizaje pasó de 115 miembros de 28 países a 170 "
        "ciudades de 53 países.",
        [
            ("115 miembros", "total_cities", 115, None),
            ("28 países", "total_countries", 28, None),
            ("170 ciudades", "total_cities", 170, None),
            ("53 países", "total_countries", 53, None),
        ],
    ),
    (  # a change to a number is a total, whatever joined before it in the sentence
        "fr",
        "En septembre 2020, 54 villes avaient été admises et le Réseau mondial des villes "
        "apprenantes était passé à 229 membres.",
        [
            ("54 villes", "new_cities", 54, "2020-09"),
            ("229 membres", "total_cities", 229, "2020-09"),
        ],
    ),
    (  # undated, the start is not a figure of the text's date but of an earlier one
        "en",
        "The Global Network of Learning Cities has grown from 229 to 294 cities.",
        [("229", "total_cities", 229, None), ("294 cities", "total_cities", 294, None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_dated_start_of_a_change_is_a_figure_of_its_date(
    language: str, text: str, expected: list[Row]
) -> None:
    assert changes(language, text, titled=False) == expected


# "today" after the word that ends a change speaks of its end: the start keeps its date
TODAY_AT_THE_END: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        "The network grew from 115 members in August 2016 to 170 members today.",
        [
            ("115 members", "total_cities", 115, "2016-08"),
            ("170 members", "total_cities", 170, None),
        ],
    ),
    (
        "es",
        "La red pasó de 115 miembros de 28 países en agosto de 2016 a los 170 miembros de hoy.",
        [
            ("115 miembros", "total_cities", 115, "2016-08"),
            ("28 países", "total_countries", 28, "2016-08"),
            ("170 miembros", "total_cities", 170, None),
        ],
    ),
    (
        "fr",
        "Le réseau est passé de 229 villes en 2020 à 294 villes aujourd'hui.",
        [("229 villes", "total_cities", 229, "2020"), ("294 villes", "total_cities", 294, None)],
    ),
    (
        "de",
        "Das Netzwerk ist von 229 Städten im Jahr 2020 auf heute 356 Städte gewachsen.",
        [("229 Städten", "total_cities", 229, "2020"), ("356 Städte", "total_cities", 356, None)],
    ),
    (
        "it",
        "La rete è passata da 229 città nel 2020 alle 356 città di oggi.",
        [("229 città", "total_cities", 229, "2020"), ("356 città", "total_cities", 356, None)],
    ),
    (
        "pt",
        "A rede aumentou de 229 cidades em 2020 para 356 cidades hoje.",
        [("229 cidades", "total_cities", 229, "2020"), ("356 cidades", "total_cities", 356, None)],
    ),
    (
        "vi",
        "Mạng lưới đã tăng từ 229 thành phố năm 2020 lên 356 thành phố hiện nay.",
        [
            ("229 thành phố", "total_cities", 229, "2020"),
            ("356 thành phố", "total_cities", 356, None),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), TODAY_AT_THE_END)
def test_today_after_the_end_of_a_change_leaves_its_start_dated(
    language: str, text: str, expected: list[Row]
) -> None:
    assert changes(language, text) == expected


# the end of a change without its unit counts what the start counts (the start, undated,
# is of some earlier time); a year after the end dates the end only
BARE_END: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        "The network went from 229 cities to 294.",
        [("229 cities", "total_cities", 229, None), ("294", "total_cities", 294, None)],
    ),
    (
        "en",
        "Membership went from 229 cities to 294 in 2022.",
        [("229 cities", "total_cities", 229, None), ("294", "total_cities", 294, "2022")],
    ),
    (
        "es",
        "La red pasó de 229 ciudades en 2020 a 294 en 2022.",
        [("229 ciudades", "total_cities", 229, "2020"), ("294", "total_cities", 294, "2022")],
    ),
    (
        "fr",
        "Le réseau est passé de 229 villes à 294.",
        [("229 villes", "total_cities", 229, None), ("294", "total_cities", 294, None)],
    ),
    ("de", "Das Netz ist von 64 Ländern auf 76 gewachsen.", [("76", "total_countries", 76, None)]),
    (
        "it",
        "La rete è passata da 229 città a 294.",
        [("229 città", "total_cities", 229, None), ("294", "total_cities", 294, None)],
    ),
    (
        "pt",
        "A rede passou de 229 cidades para 294.",
        [("229 cidades", "total_cities", 229, None), ("294", "total_cities", 294, None)],
    ),
    (
        "vi",
        "Mạng lưới đã tăng từ 229 thành phố lên 294.",
        [("229 thành phố", "total_cities", 229, None), ("294", "total_cities", 294, None)],
    ),
    # no change: "to" after a figure that began none ties nothing
    ("en", "It sent 40 delegates to 294 sessions.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), BARE_END)
def test_the_bare_end_of_a_change_counts_what_its_start_counts(
    language: str, text: str, expected: list[Row]
) -> None:
    assert changes(language, text) == expected


# "since <year>" before a change dates its start, whether the start has its unit or not
SINCE: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        "Since 2020 the network has grown from 229 cities to 294 cities.",
        [("229 cities", "total_cities", 229, "2020"), ("294 cities", "total_cities", 294, None)],
    ),
    (
        "de",
        "Seit 2020 ist das Netzwerk von 229 Städten auf 294 gewachsen.",
        [("229 Städten", "total_cities", 229, "2020"), ("294", "total_cities", 294, None)],
    ),
    (
        "es",
        "Desde 2020, la red pasó de 229 ciudades a 294.",
        [("229 ciudades", "total_cities", 229, "2020"), ("294", "total_cities", 294, None)],
    ),
    (
        "fr",
        "Depuis 2020, le réseau est passé de 229 villes à 294 villes.",
        [("229 villes", "total_cities", 229, "2020"), ("294 villes", "total_cities", 294, None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), SINCE)
def test_since_a_year_dates_the_start_of_a_change_with_its_unit(
    language: str, text: str, expected: list[Row]
) -> None:
    assert changes(language, text) == expected
