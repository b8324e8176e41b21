"""Money and shares are no count of members (grammar._not_a_count, Language.money_nouns).

A count head with no unit noun of its own ("the total is 425", "le chiffre est de 356")
is read as the network's members. Beside a noun of money, or with a currency or a share
after its number, it is money or a share, never a count of cities: "The total budget is
300" and "il totale della spesa è di 300" were read as 300 member cities and judged
wrong on a page that named the network (a false alarm; the elliptic helper noticed the
English and French forms in session 12). The members' own totals beside them stay read.
"""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

NETWORK = {
    "en": "The UNESCO Global Network of Learning Cities has 425 members.",
    "es": "La Red Mundial de Ciudades del Aprendizaje de la UNESCO cuenta con 425 miembros.",
    "fr": "Le Réseau mondial UNESCO des villes apprenantes compte 425 membres.",
    "it": "La Rete globale UNESCO delle città dell'apprendimento conta 425 membri.",
    "pt": "A Rede Mundial de Cidades de Aprendizagem da UNESCO tem 425 membros.",
    "de": "Das Globale Netzwerk lernender Städte der UNESCO hat 425 Mitglieder.",
}
MEMBERS = {
    "en": ("425 members", "total_cities", 425, "exact", None, None),
    "es": ("425 miembros", "total_cities", 425, "exact", None, None),
    "fr": ("425 membres", "total_cities", 425, "exact", None, None),
    "it": ("425 membri", "total_cities", 425, "exact", None, None),
    "pt": ("425 membros", "total_cities", 425, "exact", None, None),
    "de": ("425 Mitglieder", "total_cities", 425, "exact", None, None),
}

MONEY: list[tuple[str, str]] = [
    ("en", "The total budget is 300."),
    ("en", "The total budget of the programme is 300 euros per city."),
    ("en", "For each city the total fee is 300 this year."),
    ("en", "The total comes to 300 dollars a year."),
    ("es", "El presupuesto total es de 300."),
    ("es", "El total es de 300 euros por ciudad."),
    ("es", "La cifra es de 30 por ciento."),
    ("fr", "Le budget total est de 300."),
    ("fr", "Le chiffre est de 300 euros par ville."),
    ("fr", "Le total est de 40 pour cent."),
    ("it", "Il totale della spesa è di 300."),
    ("it", "Il totale è di 300 euro per città."),
    ("pt", "O orçamento total é de 300."),
    ("pt", "O total é de 300 reais por cidade."),
    ("pt", "O número é de 30 por cento."),
]


@pytest.mark.parametrize(("language", "sentence"), MONEY)
def test_money_or_a_share_is_no_count(language: str, sentence: str) -> None:
    assert read_titled(language, f"{NETWORK[language]} {sentence}") == [MEMBERS[language]]


TOTALS: list[tuple[str, str, Row]] = [
    ("en", "The total cost of joining is zero, and the total is 425.",
     ("total is 425", "total_cities", 425, "exact", None, None)),
    ("es", "El total es ahora de 425.",
     ("total es ahora de 425", "total_cities", 425, "exact", None, None)),
    ("fr", "Le nombre total de villes membres est de 425.",
     ("nombre total de villes membres est de 425", "total_cities", 425, "exact", None, None)),
    ("it", "Il totale è di 425.",
     ("totale è di 425", "total_cities", 425, "exact", None, None)),
    ("pt", "O total é de 425.",
     ("total é de 425", "total_cities", 425, "exact", None, None)),
]  # fmt: skip


GREW = {
    "en": "The UNESCO Global Network of Learning Cities grew again.",
    "es": "La Red Mundial de Ciudades del Aprendizaje de la UNESCO creció.",
    "fr": "Le Réseau mondial UNESCO des villes apprenantes s'agrandit.",
    "it": "La Rete globale UNESCO delle città dell'apprendimento cresce.",
    "pt": "A Rede Mundial de Cidades de Aprendizagem da UNESCO cresceu.",
}


@pytest.mark.parametrize(("language", "sentence", "total"), TOTALS)
def test_the_members_total_beside_money_words_stays(
    language: str, sentence: str, total: Row
) -> None:
    assert read_titled(language, f"{GREW[language]} {sentence}") == [total]
