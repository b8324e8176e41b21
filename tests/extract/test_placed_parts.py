"""A part of a count of cities placed by an adjective, its unit left out: "entre ellas
tres coreanas", "di cui due italiane", "including three Thai ones"."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

Row = tuple[str, str, int, str | None]

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "es",
        "La red sumó 64 nuevas ciudades, entre ellas tres coreanas y tres tailandesas.",
        [
            ("64 nuevas ciudades", "new_cities", 64, None),
            ("tres coreanas", "new_cities", 3, "KR"),
            ("tres tailandesas", "new_cities", 3, "TH"),
        ],
    ),
    (
        "it",
        "Sono 72 le nuove città, di cui due italiane.",
        [("72 le nuove città", "new_cities", 72, None), ("due italiane", "new_cities", 2, "IT")],
    ),
    (
        "en",
        "The network admitted 64 new cities, including three Thai ones.",
        [("64 new cities", "new_cities", 64, None), ("three Thai", "new_cities", 3, "TH")],
    ),
    (  # not a part: as many as the whole, or more
        "es",
        "La red sumó 64 nuevas ciudades, entre ellas setenta coreanas.",
        [("64 nuevas ciudades", "new_cities", 64, None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_placed_part_of_a_count(language: str, text: str, expected: list[Row]) -> None:
    found = [(m.text, m.metric.value, m.value, m.country) for m in mentions(language, text)]
    assert found == expected


MORE: list[tuple[str, str, list[Row]]] = [
    (  # the intake counted after "among": the cities before it are part of it
        "it",
        "Con Cividale del Friuli è una delle due città italiane tra le 72 nuove ammesse.",
        [
            ("due città italiane", "new_cities", 2, "IT"),
            ("72 nuove ammesse", "new_cities", 72, None),
        ],
    ),
    (  # an aside that lists, between a country and its count
        "fr",
        "L'Arabie saoudite, avec l'entrée de Riyad, d'AlUla et de Riyadh Al-Khabra, totalise "
        "désormais huit villes membres.",
        [("huit villes membres", "country_cities", 8, "SA")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), MORE)
def test_parts_of_an_intake_and_asides(language: str, text: str, expected: list[Row]) -> None:
    found = [(m.text, m.metric.value, m.value, m.country) for m in mentions(language, text)]
    assert found == expected


def test_a_number_with_plus_after_a_hyphen_is_more_than_it() -> None:
    found = [
        (m.text, m.metric.value, m.value, m.qualifier.value)
        for m in mentions("en", "It spans 425-plus cities in 90-plus countries.")
    ]
    assert found == [
        ("425-plus cities", "total_cities", 425, "more_than"),
        ("90-plus countries", "total_countries", 90, "more_than"),
    ]


COVERING: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        "The network welcomed 72 new cities, covering 46 countries.",
        [("72 new cities", "new_cities", 72, None), ("46 countries", "new_countries", 46, None)],
    ),
    (
        "zh",
        "此次新增72个成员城市，覆盖46个国家。",
        [("72个成员城市", "new_cities", 72, None), ("46个国家", "new_countries", 46, None)],
    ),
    (
        "es",
        "Se sumaron 72 nuevas ciudades, que abarcan 46 países.",
        [("72 nuevas ciudades", "new_cities", 72, None), ("46 países", "new_countries", 46, None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), COVERING)
def test_countries_the_cities_cover_are_theirs(
    language: str, text: str, expected: list[Row]
) -> None:
    found = [(m.text, m.metric.value, m.value, m.country) for m in mentions(language, text)]
    assert found == expected


PRESENT_TENSE: list[tuple[str, str, list[Row]]] = [
    (  # "rises to" is a change to a total, as "rose to" is, whatever joined before
        "en",
        "With the new additions, membership rises to 425 cities across 91 countries.",
        [
            ("membership rises to 425 cities", "total_cities", 425, None),
            ("91 countries", "total_countries", 91, None),
        ],
    ),
    (
        "es",
        "Con las nuevas incorporaciones, la red sube a 425 ciudades de 91 países.",
        [("425 ciudades", "total_cities", 425, None), ("91 países", "total_countries", 91, None)],
    ),
    (
        "en",
        "Kenya is represented by three members: Kilifi County, Kuno and Laikipia.",
        [("three members", "country_cities", 3, "KE")],
    ),
    (
        "en",
        "In all, 46 countries are represented among the new members.",
        [("46 countries", "new_countries", 46, None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), PRESENT_TENSE)
def test_changes_in_the_present_and_representation(
    language: str, text: str, expected: list[Row]
) -> None:
    found = [(m.text, m.metric.value, m.value, m.country) for m in mentions(language, text)]
    assert found == expected


def test_a_part_named_among_the_new_ones_is_new() -> None:
    text = (
        "Parmi les nouveaux venus figurent 9 villes des États arabes, dont trois qataries : "
        "Al Daayen, Al Rayyan et Doha."
    )
    found = [(m.text, m.metric.value, m.value, m.country, m.region) for m in mentions("fr", text)]
    assert found == [
        ("9 villes", "new_cities", 9, None, "arab-states"),
        ("trois qataries", "new_cities", 3, "QA", None),
    ]


PARTITIVES: list[tuple[str, str, list[Row]]] = [
    (  # a part of the intake that a country owns
        "en",
        "Saudi Arabia accounted for nine of the new members.",
        [("nine of the new members", "new_cities", 9, "SA")],
    ),
    # a part of the intake, its region after it (tests/extract/test_part_placed_after.py)
    (
        "en",
        "Thirteen of the new members are African.",
        [("Thirteen of the new members", "new_cities", 13, None)],
    ),
    (  # a part the predicate names: capitals (test_said_counts)
        "en",
        "Eleven of the newcomers are national capitals.",
        [("Eleven of the newcomers", "new_capitals", 11, None)],
    ),
    (
        "en",
        "Hanoi, one of the 72 new cities, joined.",
        [("72 new cities", "new_cities", 72, None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), PARTITIVES)
def test_a_part_of_a_count_is_a_places_or_none(
    language: str, text: str, expected: list[Row]
) -> None:
    found = [(m.text, m.metric.value, m.value, m.country) for m in mentions(language, text)]
    assert found == expected


def test_a_placed_part_after_a_verb_of_being() -> None:
    found = [
        (m.text, m.metric.value, m.value, m.country, m.region)
        for m in mentions(
            "en", "The network admitted 72 new cities; 13 are African and three are Thai."
        )
    ]
    assert found == [
        ("72 new cities", "new_cities", 72, None, None),
        ("13 are African", "new_cities", 13, None, "africa"),
        ("three are Thai", "new_cities", 3, "TH", None),
    ]
