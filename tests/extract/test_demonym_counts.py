"""A count said by a number and a country's adjective alone, the noun left out
(lcnet.extract.elliptic.demonym_counts): "Na lista constam três brasileiras: Curitiba,
Leme e Recife" was missed on real pt pages. After an intake, "the list" is the intake's
(Language.subset_cues), so the count is its share; with a verb of admission it is new."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

LISTED = [
    ("pt", "Foram anunciadas 64 novas cidades. Na lista constam três brasileiras: Curitiba, "
     "Leme e Recife.", ("três brasileiras", 3, "BR")),
    ("es", "Fueron admitidas 64 nuevas ciudades. En la lista figuran dos argentinas: Córdoba y "
     "Firmat.", ("dos argentinas", 2, "AR")),
    ("fr", "L'UNESCO a annoncé 64 villes admises cette année. Dans la liste figurent deux "
     "françaises : Lille et Nantes.", ("deux françaises", 2, "FR")),
    ("it", "Sono state ammesse 64 nuove città. Nella lista figurano due italiane: Reggio "
     "Calabria e Lucca.", ("due italiane", 2, "IT")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), LISTED)
def test_a_count_by_the_adjective_in_the_intake_list_is_its_share(
    language: str, text: str, expected: tuple[str, int, str]
) -> None:
    said, value, country = expected
    assert read_titled(language, text)[-1] == (said, "new_cities", value, "exact", None, country)


ADMITTED = [
    ("pt", "Em 2024, três brasileiras haviam sido admitidas: Curitiba, Leme e Recife.",
     ("três brasileiras", "new_cities", 3, "exact", "2024", "BR")),
    ("es", "En 2024 fueron admitidas dos argentinas: Córdoba y Firmat.",
     ("dos argentinas", "new_cities", 2, "exact", "2024", "AR")),
    ("es", "Hoy la red cuenta con nueve colombianas.",
     ("nueve colombianas", "country_cities", 9, "exact", None, "CO")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), ADMITTED)
def test_a_count_by_the_adjective_takes_its_verb(
    language: str, text: str, expected: tuple[str, str, int, str, str | None, str]
) -> None:
    assert read_titled(language, text) == [expected]


def test_the_masculine_adjective_alone_is_no_count() -> None:
    """ "três brasileiros" may be people: only the feminine (the cities') is read."""
    assert read_titled("pt", "Em 2024, três brasileiros visitaram a rede em Hamburgo.") == []


def test_a_figure_already_read_is_not_read_again() -> None:
    """ "Na lista": the list an intake named (Language.subset_cues), so its shares."""
    assert read_titled("pt", "Na lista constam três cidades brasileiras e duas portuguesas.") == [
        ("três cidades brasileiras", "new_cities", 3, "exact", None, "BR"),
        ("duas portuguesas", "new_cities", 2, "exact", None, "PT"),
    ]


THE_LIST = [
    ("en", "UNESCO admitted 64 new cities. The list includes two Thai cities, Chiang Rai and "
     "Phuket.", ("two Thai cities", 2, "TH")),
    ("de", "Die UNESCO nahm 64 neue Städte auf. Auf der Liste stehen zwei deutsche Städte.",
     ("zwei deutsche Städte", 2, "DE")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), THE_LIST)
def test_the_list_after_an_intake_is_the_intake(
    language: str, text: str, expected: tuple[str, int, str]
) -> None:
    said, value, country = expected
    assert read_titled(language, text)[-1] == (said, "new_cities", value, "exact", None, country)
