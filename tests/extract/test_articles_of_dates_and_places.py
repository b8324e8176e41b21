"""Articles that real es/pt pages put before a year or a country, and lcnet read wrong:
"Desde el 2012, la red ha distinguido a 229 ciudades" was dated 2012 (the article made
the year a date's; "desde 2012" was read as since, up to now); "En el año 2020", "No ano
de 2020", "En l'an 2020", "In the year 2020" dated nothing; "dos localidades del Perú",
"de la Argentina", "de l'Équateur", "dell'Ecuador", "aus dem Libanon" lost their country
(and the figure with it). Each in every language where it is said."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

SINCE = [
    ("es", "Desde el 2012, la red de la Unesco ha distinguido a 229 ciudades de 64 países."),
    ("es", "Desde el año 2013 la red ha reunido 229 ciudades de 64 países."),
    ("pt", "Desde o ano de 2013, a rede já reconheceu 229 cidades de 64 países."),
    ("fr", "Depuis l'an 2013, le réseau a distingué 229 villes de 64 pays."),
    ("en", "Since the year 2013, the network has grown to 229 cities in 64 countries."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence"), SINCE)
def test_since_a_year_with_its_article_dates_nothing(language: str, sentence: str) -> None:
    assert [(r[1], r[2], r[4]) for r in read_titled(language, sentence)] == [
        ("total_cities", 229, None), ("total_countries", 64, None)
    ]  # fmt: skip


IN_THE_YEAR = [
    ("es", "En el año 2020 la red tenía 229 ciudades.", "2020"),
    ("pt", "No ano de 2020 a rede tinha 229 cidades.", "2020"),
    ("pt", "No ano 2022 a rede chegou a 294 cidades.", "2022"),
    ("fr", "En l'an 2020, le réseau comptait 229 villes.", "2020"),
    ("fr", "En l'année 2022, le réseau comptait 294 villes.", "2022"),
    ("en", "In the year 2020 the network had 229 cities.", "2020"),
    ("it", "Nell'anno 2020 la rete contava 229 città.", "2020"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "year"), IN_THE_YEAR)
def test_in_the_year_dates_the_figure(language: str, sentence: str, year: str) -> None:
    assert [r[4] for r in read_titled(language, sentence)] == [year]


PLACES = [
    ("es", "Apenas dos localidades del Perú integran hoy la red.", "dos localidades", 2, "PE"),
    ("es", "La red cuenta con tres ciudades del Ecuador.", "tres ciudades", 3, "EC"),
    ("es", "La red cuenta con tres ciudades de la Argentina.", "tres ciudades", 3, "AR"),
    ("fr", "Le réseau compte trois villes de l'Équateur.", "trois villes", 3, "EC"),
    ("it", "La rete conta tre città dell'Ecuador.", "tre città", 3, "EC"),
    ("de", "Das Netzwerk zählt drei Städte aus dem Libanon.", "drei Städte", 3, "LB"),
    ("de", "Das Netzwerk zählt drei Städte aus der Schweiz.", "drei Städte", 3, "CH"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "text", "value", "country"), PLACES)
def test_a_country_with_its_article_owns_the_count(
    language: str, sentence: str, text: str, value: int, country: str
) -> None:
    assert read_titled(language, sentence) == [
        (text, "country_cities", value, "exact", None, country)
    ]
