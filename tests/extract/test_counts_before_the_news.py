"""Counts of the time just before the news, and the count after them, in every language
that says them so (found by writing true sentences the way real es and pt pages do):

- "hasta la semana pasada" (until last week) with a past count is the count before the
  news ("La red, que hasta la semana pasada agrupaba 229 ciudades, ..." was stale in a
  September 2022 text), as "hasta ahora" was;
- the bare number after a comma and a verb of a total is the count now ("..., tiene ya
  294", "..., now has 294"): it was not read at all;
- the members a city joins, "que ya formaban parte" (already members) or named by their
  number after "se suma a las", "junta-se às", "si aggiunge alle", are the count before
  it ("O Fundão junta-se às 15 cidades portuguesas que já pertenciam à rede" was stale in
  February 2024: Portugal's 16 with Fundão);
- "dois anos depois", "due anni dopo", "zwei Jahre später" count on from the date said
  before, as "dos años después" did ("dois anos depois, 294" was stale in 2024).
"""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

UNTIL_LAST_WEEK = [
    ("es", "La red, que hasta la semana pasada agrupaba 229 ciudades, tiene ya 294."),
    ("pt", "A rede, que até à semana passada agrupava 229 cidades, tem já 294."),
    ("fr", "Le réseau, qui jusqu'à la semaine dernière comptait 229 villes, en a désormais 294."),
    ("it", "La rete, che fino alla settimana scorsa contava 229 città, ne ha ora 294."),
    ("en", "The network, which until last week had 229 cities, now has 294."),
    ("de", "Das Netzwerk, das bis letzte Woche 229 Städte zählte, hat nun 294."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body"), UNTIL_LAST_WEEK)
def test_until_last_week_then_the_count_now(language: str, body: str) -> None:
    found = [(m.metric.value, m.value, m.as_of) for m in mentions(language, body, "2022-09-05")]
    assert [(metric, value, None if d is None else str(d)) for metric, value, d in found] == [
        ("total_cities", 229, "2022-09"),
        ("total_cities", 294, None),
    ]


def test_a_comma_without_a_verb_of_a_total_ties_no_bare_number() -> None:
    found = mentions("es", "La red agrupa 294 ciudades, según el informe 2023.", "2023-05-01")
    assert [m.value for m in found] == [294]


ALREADY_THERE = [
    ("pt", "O Fundão junta-se às 15 cidades portuguesas que já pertenciam à rede.", "PT", 15),
    ("pt", "O Fundão junta-se às quinze cidades portuguesas da rede.", "PT", 15),
    ("es", "Córdoba se suma a las seis ciudades argentinas que ya formaban parte de la red.",
     "AR", 6),
    ("fr", "Lille rejoint les 14 villes françaises qui faisaient déjà partie du réseau.",
     "FR", 14),
    ("it", "Torino si aggiunge alle 14 città italiane che facevano già parte della rete.",
     "IT", 14),
    ("en", "Hanoi joins the eight Vietnamese cities that were already members.", "VN", 8),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "country", "value"), ALREADY_THERE)
def test_the_members_a_city_joins_are_the_count_before_it(
    language: str, body: str, country: str, value: int
) -> None:
    found = [
        (m.metric.value, m.value, m.country, str(m.as_of))
        for m in mentions(language, body, "2024-02-20")
    ]
    assert found == [("country_cities", value, country, "2024-02")]


JOINED_WITH = [
    ("es", "Chía se suma a las 425 ciudades de la red.", "total_cities", 425, "2025-12"),
    ("es", "Chía se une a las 71 nuevas ciudades de esta ronda.", "new_cities", 71, None),
    ("es", "Chía se suma a las otras ocho colombianas de la red.", "country_cities", 9, None),
    ("pt", "Braga entra na rede e junta-se às outras 14 portuguesas.", "country_cities", 15, None),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "metric", "value", "as_of"), JOINED_WITH)
def test_new_or_other_ones_joined_are_not_the_count_before(
    language: str, body: str, metric: str, value: int, as_of: str | None
) -> None:
    found = [(m.metric.value, m.value, m.as_of) for m in mentions(language, body, "2025-12-09")]
    assert [(k, v, None if d is None else str(d)) for k, v, d in found] == [(metric, value, as_of)]


YEARS_LATER = [
    ("pt", "Em 2020 a rede tinha 229 membros; dois anos depois, 294."),
    ("it", "Nel 2020 la rete contava 229 membri; due anni dopo, 294."),
    ("es", "En 2020 la red tenía 229 miembros; dos años después, 294."),
    ("fr", "En 2020, le réseau comptait 229 membres ; deux ans plus tard, 294."),
]


@pytest.mark.parametrize(("language", "body"), YEARS_LATER)
def test_years_later_count_on_from_the_date_before(language: str, body: str) -> None:
    found = [(m.value, str(m.as_of)) for m in mentions(language, body, "2024-03-01")]
    assert found == [(229, "2020"), (294, "2022")]


def test_a_year_later_in_german_dates_its_clause() -> None:
    body = "Bonn trat 2020 bei. Ein Jahr später zählte das Netzwerk weiterhin 229 Städte."
    found = [(m.value, str(m.as_of)) for m in mentions("de", body, "2024-03-01")]
    assert found == [(229, "2021")]
