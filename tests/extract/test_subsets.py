"""A part of the figure before it, named by its place: "dont sept en France"."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

Row = tuple[str, str, int, str | None, str | None]

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        "The UNESCO Global Network of Learning Cities welcomed 64 new members, including "
        "two from Viet Nam.",
        [
            ("64 new members", "new_cities", 64, None, None),
            ("two from Viet Nam", "new_cities", 2, "VN", None),
        ],
    ),
    (
        "fr",
        "Le Réseau mondial des villes apprenantes compte 294 villes dans 76 pays, dont sept "
        "en France.",
        [
            ("294 villes", "total_cities", 294, None, None),
            ("76 pays", "total_countries", 76, None, None),
            ("sept en France", "country_cities", 7, "FR", None),
        ],
    ),
    (
        "it",
        "La Rete globale delle città dell'apprendimento accoglie 64 nuove città in 35 Paesi "
        "(di cui 7 in Africa).",
        [
            ("64 nuove città", "new_cities", 64, None, None),
            ("35 Paesi", "new_countries", 35, None, None),
            ("7 in Africa", "new_cities", 7, None, "africa"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_part_named_by_its_place_is_new_when_its_whole_is(
    language: str, text: str, expected: list[Row]
) -> None:
    found = [
        (m.text, m.metric.value, m.value, m.country, m.region)
        for m in find_mentions(read_document(text, "text"), language)
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Sur la liste des nouveaux membres du Réseau mondial des villes apprenantes "
            "figurent également sept villes africaines.",
            [("new_cities", 7, "africa")],
        ),
        (
            "fr",
            "Le Réseau mondial des villes apprenantes compte sept villes africaines.",
            [("total_cities", 7, "africa")],
        ),
        (
            "en",
            "With the new members, the Global Network of Learning Cities now counts 356 cities.",
            [("total_cities", 356, None)],
        ),
    ],
)
def test_new_members_named_before_a_count_make_it_new_unless_a_total_is_said(
    language: str, text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    found = [
        (m.metric.value, m.value, m.region)
        for m in find_mentions(read_document(text, "text"), language)
    ]
    assert found == expected
