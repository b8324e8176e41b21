"""A country's count said by the country and a verb of coming to count, the noun left out
("em 2019, com Alcobaça, Cantanhede e Setúbal, o país passou a contar 11", a fresh pt dev
page: missed, then read as an intake after a paragraph about new members): the country's
count at that date, in es and pt; and "a rede passou a integrar 294 cidades" (the network
came to comprise them) is a total, not an intake.
"""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

COUNTS = [
    ("pt", "Portugal tem 15 cidades na rede. Em 2019, com Alcobaça, Cantanhede e Setúbal, o "
           "país passou a contar 11.", ("country_cities", 11, "PT", "2019")),
    ("pt", "Após a admissão de novos membros em setembro, a rede cresceu.\n\nPortugal tem 15 "
           "cidades na rede. Em 2019 o país passou a contar com 11.",
     ("country_cities", 11, "PT", "2019")),
    ("es", "Colombia tiene nueve ciudades en la red. En 2020, con Quibdó, Rionegro y Tunja, el "
           "país pasó a contar siete.", ("country_cities", 7, "CO", "2020")),
    ("es", "Colombia tiene nueve ciudades en la red. En 2020 el país llegó a siete.",
     ("country_cities", 7, "CO", "2020")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "expected"), COUNTS)
def test_the_country_comes_to_count(
    language: str, body: str, expected: tuple[str, int, str, str]
) -> None:
    found = [
        (m.metric.value, m.value, m.country, str(m.as_of))
        for m in mentions(language, body, "2023-05-22")
    ]
    assert found[-1] == expected


def test_the_network_that_came_to_comprise_its_cities_states_a_total() -> None:
    body = "Após a admissão de novos membros, a rede passou a integrar 294 cidades em 76 países."
    found = [(m.metric.value, m.value) for m in mentions("pt", body, "2022-09-10")]
    assert found == [("total_cities", 294), ("total_countries", 76)]


def test_a_city_that_came_to_join_is_still_an_intake() -> None:
    body = "Braga passou a integrar a rede, com outras 76 cidades."
    found = [(m.metric.value, m.value) for m in mentions("pt", body, "2022-09-10")]
    assert found == [("new_cities", 77)]
