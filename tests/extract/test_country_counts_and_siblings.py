"""Counts of a country's cities with the noun left out, read on real es/pt pages:
a country, a verb of having and a number ("Con Chía, Colombia suma ocho", "México
aportaba siete", "el país sumaba seis"; lcnet.extract.elliptic.country_counts), and the
shares listed after a placed count ("Três municípios do Brasil, um de Portugal e um de
Cabo Verde entram agora para a rede"; placed_siblings), which count what the first
counts, the verb after the list being theirs all."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

HAVING = [
    ("es", "Con Chía, Colombia suma ocho.", ("ocho", 8, None, "CO")),
    ("es", "En 2021 la red tenía 229 integrantes y México aportaba siete.",
     ("siete", 7, "2021", "MX")),
    ("es", "Colombia, con Medellín, Bogotá y Manizales entre los primeros, suma ocho.",
     ("ocho", 8, None, "CO")),
    ("es", "Tunja entró con otras dos colombianas y Colombia creció: el país sumaba seis.",
     ("seis", 6, None, "CO")),
    ("pt", "Com o Fundão, Portugal passa a ter 16.", ("16", 16, None, "PT")),
    ("en", "With Cork, Ireland now has three.", ("three", 3, None, "IE")),
    ("it", "Con Cividale, l'Italia sale a otto.", ("otto", 8, None, "IT")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), HAVING)
def test_a_country_and_a_verb_of_having_count_its_members(
    language: str, sentence: str, expected: tuple[str, int, str | None, str]
) -> None:
    text, value, year, country = expected
    assert read_titled(language, sentence)[-1] == (
        text, "country_cities", value, "exact", year, country
    )  # fmt: skip


NOT_COUNTS = [
    ("es", "Colombia tiene 50 millones de habitantes."),  # a noun of its own
    ("es", "México tiene 32 estados."),
    ("pt", "O Brasil tem 2024 escolas na rede estadual."),  # a year's shape, and a noun
    ("es", "Colombia suma 150."),  # more than any country has had
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence"), NOT_COUNTS)
def test_what_no_country_count_can_be_is_left(language: str, sentence: str) -> None:
    assert read_titled(language, sentence) == []


SIBLINGS = [
    ("pt", "Três municípios do Brasil, um de Portugal e um de Cabo Verde entram agora para a "
     "rede nesta edição.", "new_cities",
     [("Três municípios", 3, "BR"), ("um de Portugal", 1, "PT"), ("um de Cabo Verde", 1, "CV")]),
    ("es", "Tres ciudades de Colombia, dos de México y una de Chile entraron en la red.",
     "new_cities", [("Tres ciudades", 3, "CO"), ("dos de México", 2, "MX"),
                    ("una de Chile", 1, "CL")]),
    ("es", "La red cuenta con nueve ciudades de Colombia, doce de México y cinco de Chile.",
     "country_cities", [("nueve ciudades", 9, "CO"), ("doce de México", 12, "MX"),
                        ("cinco de Chile", 5, "CL")]),
    ("en", "Three cities from Brazil, two from Mexico and one from Chile joined the network.",
     "new_cities", [("Three cities", 3, "BR"), ("two from Mexico", 2, "MX"),
                    ("one from Chile", 1, "CL")]),
    ("fr", "Trois villes du Brésil, deux du Mexique et une du Chili ont rejoint le réseau.",
     "new_cities", [("Trois villes", 3, "BR"), ("deux du Mexique", 2, "MX"),
                    ("une du Chili", 1, "CL")]),
    ("it", "Tre città del Brasile, due del Messico e una del Cile sono entrate nella rete.",
     "new_cities", [("Tre città", 3, "BR"), ("due del Messico", 2, "MX"),
                    ("una del Cile", 1, "CL")]),
    ("de", "Drei Städte aus Brasilien, zwei aus Mexiko und eine aus Chile wurden aufgenommen.",
     "new_cities", [("Drei Städte", 3, "BR"), ("zwei aus Mexiko", 2, "MX"),
                    ("eine aus Chile", 1, "CL")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "metric", "expected"), SIBLINGS)
def test_shares_listed_after_a_placed_count_count_what_it_counts(
    language: str, sentence: str, metric: str, expected: list[tuple[str, int, str]]
) -> None:
    assert read_titled(language, sentence) == [
        (text, metric, value, "exact", None, country) for text, value, country in expected
    ]


ANOTHER = [
    ("pt", "Três municípios do Brasil, um de Portugal e outro de Cabo Verde entram agora para a "
     "rede.", ("outro de Cabo Verde", "CV")),
    ("es", "Tres ciudades de Colombia, una de México y otra de Chile entraron en la red.",
     ("otra de Chile", "CL")),
    ("en", "Three cities from Brazil, one from Mexico and another from Chile joined the network.",
     ("another from Chile", "CL")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), ANOTHER)
def test_another_from_a_country_is_one_share(
    language: str, sentence: str, expected: tuple[str, str]
) -> None:
    text, country = expected
    assert read_titled(language, sentence)[-1] == (text, "new_cities", 1, "exact", None, country)


def test_a_part_of_countries_is_no_sibling() -> None:
    assert read_titled(
        "es", "La red reúne 425 ciudades de 91 países, y 2 de ellos son nuevos."
    ) == [
        ("425 ciudades", "total_cities", 425, "exact", None, None),
        ("91 países", "total_countries", 91, "exact", None, None),
    ]
