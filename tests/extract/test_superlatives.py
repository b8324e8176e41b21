"""The country that has the most members owns the count said after the superlative:
"South Korea has the most members, with more than 30 cities", "leads with", "Hàn Quốc
có nhiều thành viên nhất, hơn 30 thành phố" (Language.superlatives). Before, the count
had no country and was read as an intake."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("vi", "Hàn Quốc có nhiều thành viên nhất, hơn 30 thành phố."),
        ("vi", "Hàn Quốc là nước có nhiều thành viên nhất với hơn 30 thành phố."),
        ("en", "South Korea has the most members, with more than 30 cities."),
        ("en", "South Korea leads with more than 30 member cities."),
        ("fr", "La Corée du Sud compte le plus de membres, avec plus de 30 villes."),
        ("es", "Corea del Sur cuenta con el mayor número de miembros, más de 30 ciudades."),
        ("it", "La Corea del Sud è il paese con più membri, con oltre 30 città."),
        ("pt", "A Coreia do Sul é o país com mais membros, com mais de 30 cidades."),
        ("de", "Südkorea hat die meisten Mitglieder, mit über 30 Städten."),
    ],
)
def test_the_country_with_the_most_members_owns_the_count(language: str, body: str) -> None:
    assert [(r[1], r[2], r[3], r[5]) for r in read_titled(language, body)] == [
        ("country_cities", 30, "more_than", "KR")
    ]


def test_a_superlative_of_another_place_gives_no_country() -> None:
    body = "The network has the most members in Europe, with 120 cities."
    assert [(r[1], r[5]) for r in read_titled("en", body)] == [("total_cities", None)]
