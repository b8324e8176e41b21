"""Countries tied to members by a verb of origin ("coming from", "venues de")."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

CASES: list[tuple[str, str, list[tuple[str, int]]]] = [
    (
        "en",
        "The Global Network of Learning Cities welcomed 64 new members, coming from 35 countries.",
        [("new_cities", 64), ("new_countries", 35)],
    ),
    (
        "fr",
        "Le Réseau mondial des villes apprenantes accueille Liège et 63 autres villes, "
        "venues de 35 pays.",
        [("new_cities", 64), ("new_countries", 35)],
    ),
    (
        "it",
        "La Rete globale delle città dell'apprendimento accoglie 77 nuove città. "
        "Le nuove città provengono da 44 Paesi.",
        [("new_cities", 77), ("new_countries", 44)],
    ),
    (
        "vi",
        "UNESCO công bố 72 thành viên mới của Mạng lưới các thành phố học tập toàn cầu. "
        "Các thành viên mới đến từ 46 quốc gia.",
        [("new_cities", 72), ("new_countries", 46)],
    ),
    (
        "es",
        "La Red Mundial de Ciudades del Aprendizaje reúne 425 ciudades procedentes de 91 países.",
        [("total_cities", 425), ("total_countries", 91)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_countries_that_members_come_from_are_their_countries(
    language: str, text: str, expected: list[tuple[str, int]]
) -> None:
    document = read_document(text, "text")
    assert [(m.metric.value, m.value) for m in find_mentions(document, language)] == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The conference of the Global Network of Learning Cities drew 650 delegates "
            "coming from 90 countries.",
        ),
        (
            "vi",
            "Hội nghị quốc tế về thành phố học tập của Mạng lưới các thành phố học tập "
            "toàn cầu có 650 đại biểu đến từ 90 quốc gia.",
        ),
    ],
)
def test_countries_that_other_people_come_from_are_not_the_networks(
    language: str, text: str
) -> None:
    assert list(find_mentions(read_document(text, "text"), language)) == []
