"""A span of years before a change dates both its ends: "Entre 2022 y 2024 la red pasó de
294 a 356 ciudades" in a December 2025 text said 356 of 2024 (historic), not of the text's
day (stale: a false alarm on a true figure); its start is of 2022. In every language with
words of change. And a verb of growth before "hasta" ("up to") makes it the change's end,
not a bound: "la red creció hasta 356 ciudades" is 356 exactly.
"""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

SPANS = [
    ("es", "Entre 2022 y 2024 la red pasó de 294 a 356 ciudades."),
    ("es", "De 2022 a 2024, la red creció de 294 a 356 ciudades."),
    ("pt", "Entre 2022 e 2024, a rede passou de 294 para 356 cidades."),
    ("pt", "De 2022 a 2024, a rede cresceu de 294 para 356 cidades."),
    ("fr", "Entre 2022 et 2024, le réseau est passé de 294 à 356 villes."),
    ("it", "Tra il 2022 e il 2024 la rete è passata da 294 a 356 città."),
    ("en", "Between 2022 and 2024 the network grew from 294 to 356 cities."),
    ("en", "From 2022 to 2024 the network grew from 294 to 356 cities."),
    ("de", "Zwischen 2022 und 2024 wuchs das Netzwerk von 294 auf 356 Städte."),
]


@pytest.mark.parametrize(("language", "body"), SPANS)
def test_a_span_of_years_dates_both_ends_of_its_change(language: str, body: str) -> None:
    found = [(m.value, str(m.as_of), m.earlier) for m in mentions(language, body, "2025-12-10")]
    assert found == [(294, "2022", False), (356, "2024", False)]


def test_a_span_that_reaches_the_texts_year_leaves_the_end_of_its_day() -> None:
    body = "Entre 2024 y 2025 la red pasó de 356 a 425 ciudades."
    found = [(m.value, m.as_of) for m in mentions("es", body, "2025-12-10")]
    assert [(v, None if d is None else str(d)) for v, d in found] == [(356, "2024"), (425, None)]


def test_a_change_without_a_span_keeps_its_undated_start() -> None:
    found = mentions("es", "La red pasó de 356 a 425 ciudades.", "2025-12-10")
    assert [(m.value, m.as_of, m.earlier) for m in found] == [
        (356, None, True),
        (425, None, False),
    ]


GROWN_TO = [
    ("es", "La red creció hasta las 425 ciudades.", "425 ciudades"),
    ("es", "En diciembre la red aumentó hasta 425 ciudades.", "425 ciudades"),
    ("pt", "A rede cresceu até 425 cidades.", "425 cidades"),
    ("it", "La rete è cresciuta fino a 425 città.", "425 città"),
    ("fr", "Le réseau a grimpé jusqu'à 425 villes.", "425 villes"),
]


@pytest.mark.parametrize(("language", "body", "text"), GROWN_TO)
def test_a_verb_of_growth_before_up_to_gives_the_count_exactly(
    language: str, body: str, text: str
) -> None:
    found = [
        (m.text, m.metric.value, m.value, m.qualifier.value) for m in mentions(language, body)
    ]
    assert found == [(text, "total_cities", 425, "exact")]


def test_up_to_without_a_verb_of_growth_is_still_a_bound() -> None:
    found = mentions("es", "Esta red admite hasta 425 ciudades.")
    assert [(m.value, m.qualifier.value) for m in found] == [(425, "at_most")]
