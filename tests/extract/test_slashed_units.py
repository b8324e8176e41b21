"""Two nouns joined by a slash are one unit (lcnet.extract.grammar, `after`): a Portuguese
municipal page wrote its country's count as "15 cidades/vilas" followed by the country's
adjective, and the adjective after the second noun was lost (the figure was read as an
intake of the whole network, or not at all). The second noun is read past, in every
language that writes units with letters; a slash before a number ("425 cities / 91
countries") stays two figures."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

SLASHED = [
    ("pt", "A rede é composta atualmente por 15 cidades/vilas portuguesas.",
     ("15 cidades/vilas portuguesas", "country_cities", 15, "exact", None, "PT")),
    ("es", "Hoy la red cuenta con 9 ciudades/municipios colombianos.",
     ("9 ciudades/municipios colombianos", "country_cities", 9, "exact", None, "CO")),
    ("fr", "Le réseau compte aujourd'hui 12 villes/communes françaises.",
     ("12 villes/communes françaises", "country_cities", 12, "exact", None, "FR")),
    ("it", "Oggi la rete conta 7 città/comuni italiani.",
     ("7 città/comuni italiani", "country_cities", 7, "exact", None, "IT")),
    ("en", "The network now counts 15 Portuguese cities/towns.",
     ("15 Portuguese cities/towns", "country_cities", 15, "exact", None, "PT")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), SLASHED)
def test_a_second_noun_after_a_slash_keeps_the_country_after_it(
    language: str, text: str, expected: tuple[str, str, int, str, None, str]
) -> None:
    assert read_titled(language, text) == [expected]


def test_a_slash_before_a_number_is_two_figures() -> None:
    assert read_titled("en", "The network: 425 cities / 91 countries.") == [
        ("425 cities", "total_cities", 425, "exact", None, None),
        ("91 countries", "total_countries", 91, "exact", None, None),
    ]
