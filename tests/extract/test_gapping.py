"""Figures whose unit another word gives: a unit left out after a conjunction
(gapping), a unit that is the subject of a verb of counting, and dates by season."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.extract.titled import Row, read_titled


def read(language: str, body: str) -> list[Row]:
    return read_titled(language, body)


GAPPED: list[tuple[str, str, list[Row]]] = [
    (
        "fr",
        "Le réseau a grandi : il comptait 356 villes en février 2024, et 229 à l'automne 2020.",
        [
            ("356 villes", "total_cities", 356, "exact", "2024-02", None),
            ("229", "total_cities", 229, "exact", "2020", None),
        ],
    ),
    (
        "es",
        "En 2022 ya contaba con 294 ciudades, y en febrero de 2024 llegó a 356.",
        [
            ("294 ciudades", "total_cities", 294, "exact", "2022", None),
            ("356", "total_cities", 356, "exact", "2024-02", None),
        ],
    ),
    (
        "en",
        "The release gave 55 new members and 230 in total.",
        [
            ("55 new members", "new_cities", 55, "exact", None, None),
            ("230", "total_cities", 230, "exact", None, None),
        ],
    ),
    (  # the countries are the cities': the number after them counts cities
        "en",
        "The network has 294 members in 76 countries, and our city was one of 77 that "
        "joined in 2022.",
        [
            ("294 members", "total_cities", 294, "exact", None, None),
            ("76 countries", "total_countries", 76, "exact", None, None),
            ("77", "new_cities", 77, "exact", "2022", None),
        ],
    ),
    (  # a part of the figure, a day of a month, a percentage: none is a figure of its
        # kind; the part a region's adjective places is that region's (test_placed_parts)
        "en",
        "The network had 229 cities in 2020, and 12 of them were African; on 4 December "
        "and 40% of them.",
        [
            ("229 cities", "total_cities", 229, "exact", "2020", None),
            ("12 of them were African", "total_cities", 12, "exact", None, None),
        ],
    ),
    (  # a number of another size is no figure of the same kind
        "en",
        "The network has 425 cities, and 3 libraries took part.",
        [("425 cities", "total_cities", 425, "exact", None, None)],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), GAPPED)
def test_a_bare_number_after_a_conjunction_counts_what_the_figure_before_counts(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read(language, body) == expected


TOTAL, COUNTRY, EXACT = "total_cities", "country_cities", "exact"
PREDICATED: list[tuple[str, str, list[Row]]] = [
    ("es", "En 2022 las ciudades miembro eran 294.", [("294", TOTAL, 294, EXACT, "2022", None)]),
    ("es", "Las ciudades colombianas son nueve.", [("nueve", COUNTRY, 9, EXACT, None, "CO")]),
    ("fr", "En 2022, les villes membres étaient 294.", [("294", TOTAL, 294, EXACT, "2022", None)]),
    ("pt", "Hoje as cidades da rede são 425.", [("425", TOTAL, 425, EXACT, None, None)]),
    ("en", "In 2022 the member cities numbered 294.", [("294", TOTAL, 294, EXACT, "2022", None)]),
    (
        "it",
        "Nel 2022 le città erano 294; nel 2020, dopo la correzione dell'elenco, 229.",
        [
            ("294", "total_cities", 294, "exact", "2022", None),
            ("229", "total_cities", 229, "exact", "2020", None),
        ],
    ),
    (
        "it",
        "Sono 64, da 35 Paesi, le nuove città ammesse alla Rete globale.",
        [
            ("64", "new_cities", 64, "exact", None, None),
            ("35 Paesi", "new_countries", 35, "exact", None, None),
        ],
    ),
    (
        "it",
        "Oggi sono circa mille, in tutto il mondo, i membri del Global Network.",
        [("circa mille", "total_cities", 1000, "about", None, None)],
    ),
    (  # the number does not end the clause: a measure, not a count
        "en",
        "The member cities numbered 30 kilometres of cycle paths.",
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "expected"), PREDICATED)
def test_a_unit_that_is_the_subject_of_a_verb_of_counting(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read(language, body) == expected


SEASONS: list[tuple[str, str]] = [
    ("en", "In the autumn of 2020 the network had 229 cities."),
    ("en", "In fall 2020 the network had 229 cities."),
    ("fr", "Le réseau comptait 229 villes à l'automne 2020."),
    ("es", "En el otoño de 2020 la red tenía 229 ciudades."),
    ("it", "Nell'autunno del 2020 la rete aveva 229 città."),
    ("pt", "No outono de 2020 a rede tinha 229 cidades."),
    ("de", "Im Herbst 2020 hatte das Netzwerk 229 Städte."),
    ("vi", "Vào mùa thu năm 2020, mạng lưới có 229 thành phố."),
]


@pytest.mark.parametrize(("language", "body"), SEASONS)
def test_a_season_dates_a_figure_by_its_year(language: str, body: str) -> None:
    [(_, metric, value, _, as_of, _)] = read(language, body)
    assert (metric, value, as_of) == ("total_cities", 229, "2020")


def test_first_ranks_a_city_although_it_also_modifies_a_unit() -> None:
    assert read("en", "Mosul joined, becoming the first Iraqi city in the network.") == [
        ("first Iraqi city", "country_cities", 1, "exact", None, "IQ")
    ]
    # "first" as a modifier still lets the number before it count
    assert read("en", "Viet Nam's first two members are Sa Dec and Vinh.") == [
        ("two members", "country_cities", 2, "exact", None, "VN")
    ]


def test_a_word_broken_at_a_line_end_leaves_the_next_lines_columns_as_in_the_file() -> None:
    text = (
        "Our city is a member of the UNESCO Global Network of Learning Cities. The net-\n"
        "work has 294 members in 76 countries.\n"
    )
    mentions = find_mentions(read_document(text, "text"), "en")
    assert [(m.text, m.line, m.column, m.end_column) for m in mentions] == [
        ("294 members", 2, 10, 21),
        ("76 countries", 2, 25, 37),
    ]


NEW_CITIES = "new_cities"
NEW_MEMBER_NOUNS: list[tuple[str, str, list[Row]]] = [
    (
        "es",
        "- **38** incorporaciones en julio de 2019",
        [("38 incorporaciones", NEW_CITIES, 38, EXACT, "2019-07", None)],
    ),
    (
        "es",
        "En julio de 2019 las incorporaciones son 38, repartidas en 27 países.",
        [
            ("38", NEW_CITIES, 38, EXACT, "2019-07", None),
            ("27 países", "new_countries", 27, EXACT, "2019-07", None),
        ],
    ),
    (
        "fr",
        "Le réseau annonce 77 nouvelles adhésions.",
        [("77 nouvelles adhésions", NEW_CITIES, 77, EXACT, None, None)],
    ),
    (
        "de",
        "Das Netzwerk meldet 64 Neuaufnahmen.",
        [("64 Neuaufnahmen", NEW_CITIES, 64, EXACT, None, None)],
    ),
    (  # "adesioni" alone are memberships: a total
        "it",
        "Le adesioni erano poco più di 180.",
        [("poco più di 180", TOTAL, 180, "more_than", None, None)],
    ),
    (
        "es",
        "La red tiene 294 ciudades repartidas en 76 países.",
        [
            ("294 ciudades", TOTAL, 294, EXACT, None, None),
            ("76 países", "total_countries", 76, EXACT, None, None),
        ],
    ),
]


@pytest.mark.parametrize(("language", "body", "expected"), NEW_MEMBER_NOUNS)
def test_nouns_of_new_members_count_an_intake(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read(language, body) == expected


COUNTRIES = "total_countries"
PRONOUNS: list[tuple[str, str, list[Row]]] = [
    (
        "fr",
        "À l'été 2016, l'Institut de Hambourg en annonçait 115, issus de 28 pays.",
        [
            ("115", TOTAL, 115, EXACT, "2016", None),
            ("28 pays", COUNTRIES, 28, EXACT, "2016", None),
        ],
    ),
    (
        "fr",
        "L'Arabie saoudite en aligne désormais deux, après Jubail admise en 2020.",
        [("deux", COUNTRY, 2, EXACT, None, "SA")],
    ),
    ("it", "Oggi la rete ne conta 425.", [("425", TOTAL, 425, EXACT, None, None)]),
    # a pronoun of something else, a number that does not end its clause: nothing
    ("fr", "La ville en compte 12 kilomètres.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "expected"), PRONOUNS)
def test_a_pronoun_of_the_cities_and_its_verb_give_a_count(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read(language, body) == expected
