"""Fresh es/pt dev pages of session 8: a country's share of an intake said by the country,
the verb of admission and a number ("Do Brasil foram escolhidas três: Curitiba, Leme e
Recife"; lcnet.extract.elliptic.placed_joined_counts); a count after several countries
("Somando Brasil, Portugal e Cabo Verde, são cinco as novas cidades") is none of theirs;
Argentina's "Red Federal de Ciudades del Aprendizaje" is another network."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

SHARES = [
    ("pt", "Do Brasil foram escolhidas três: Curitiba, Leme e Recife.", ("três", 3, "BR")),
    ("pt", "Do Brasil foram admitidas duas, Araguaína e Passo Fundo.", ("duas", 2, "BR")),
    ("es", "De México fueron elegidas dos: Chihuahua y Culiacán.", ("dos", 2, "MX")),
    ("it", "Dall'Italia sono state ammesse due: Cividale e Brescia.", ("due", 2, "IT")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), SHARES)
def test_a_countrys_share_said_by_the_country_and_the_verb(
    language: str, sentence: str, expected: tuple[str, int, str]
) -> None:
    text, value, country = expected
    assert read_titled(language, sentence) == [(text, "new_cities", value, "exact", None, country)]


def test_a_number_with_a_noun_of_its_own_is_no_share() -> None:
    assert read_titled("pt", "Do Brasil foram admitidas 2024 pessoas.") == []


SEVERAL = [
    ("pt", "Somando Brasil, Portugal e Cabo Verde, são cinco as novas cidades de língua "
     "portuguesa."),
    ("en", "Together, Brazil, Portugal and Cabo Verde account for five new cities."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence"), SEVERAL)
def test_a_count_after_several_countries_is_none_of_theirs(language: str, sentence: str) -> None:
    assert read_titled(language, sentence) == []


def test_one_country_with_an_aside_still_owns_its_count() -> None:
    assert read_titled("en", "Viet Nam, where Hanoi joined in 2025, now has six cities.") == [
        ("six cities", "country_cities", 6, "exact", None, "VN")
    ]


def test_argentinas_federal_network_is_another_network() -> None:
    sentence = "Córdoba integra la Red Federal de Ciudades del Aprendizaje, con 42 municipios."
    assert read_titled("es", sentence) == []
