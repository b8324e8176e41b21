"""Two dated figures joined by a conjunction: "In 2022 the network had 294 cities and in
2024 356". The date after the first figure, past the conjunction, is the second's; the
first keeps the date before it (it took the nearer date, 2024). A date after the figure
with no date before it still dates it: "294 cities and 76 countries in 2022"."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

TWO_CONJUNCTS = [
    ("en", "In 2022 the network had 294 cities and in 2024 356."),
    ("fr", "En 2022, le réseau comptait 294 villes et en 2024, 356."),
    ("es", "En 2022 la red tenía 294 ciudades y en 2024, 356."),
    ("it", "Nel 2022 la rete contava 294 città e nel 2024 356."),
    ("pt", "Em 2022 a rede tinha 294 cidades e em 2024, 356."),
    ("de", "Im Jahr 2022 hatte das Netzwerk 294 Städte und im Jahr 2024 356."),
    ("vi", "Năm 2022 mạng lưới có 294 thành viên và năm 2024 là 356."),
]


def _dated(code: str, line: str) -> list[tuple[str, int, str | None]]:
    found = mentions(code, line, "2026-03-11")
    return [(m.metric.value, int(m.value), m.as_of and str(m.as_of)) for m in found]


@pytest.mark.parametrize(("code", "line"), TWO_CONJUNCTS)
def test_each_conjunct_keeps_its_own_date(code: str, line: str) -> None:
    assert _dated(code, line) == [("total_cities", 294, "2022"), ("total_cities", 356, "2024")]


def test_a_date_after_both_figures_dates_them_both() -> None:
    line = "The network had 294 cities and 76 countries in 2022."
    assert _dated("en", line) == [("total_cities", 294, "2022"), ("total_countries", 76, "2022")]


def test_a_date_past_a_comma_after_the_figure_is_another_figures() -> None:
    line = "In 2022, the network had 294 cities, up from 229 in 2020."
    assert _dated("en", line) == [("total_cities", 294, "2022"), ("total_cities", 229, "2020")]
