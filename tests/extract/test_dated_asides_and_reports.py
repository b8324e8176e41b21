"""Dates that a true historic figure lost, so that it was judged stale on a later page:
a date in an aside of the figure's own clause that "entonces" points back to ("La red,
que en febrero de 2024 sumó 64 miembros, alcanzó entonces las 356 ciudades"), a report
dated with its publisher between ("según un informe de la UNESCO de 2023"), and the
start or end of a year said otherwise ("a comienzos de 2025", "no princípio de 2025")."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

DATED = [
    ("es", "La red, que en febrero de 2024 sumó 64 miembros, alcanzó entonces las 356 "
     "ciudades.", [(64, "2024-02"), (356, "2024-02")]),
    ("pt", "A rede, que em fevereiro de 2024 somou 64 membros, chegou então às 356 cidades.",
     [(64, "2024-02"), (356, "2024-02")]),
    ("en", "The network, which added 64 members in February 2024, then had 356 cities.",
     [(64, "2024-02"), (356, "2024-02")]),
    ("es", "Según un informe de la UNESCO de 2023, la red contaba con 292 miembros.",
     [(292, "2023")]),
    ("pt", "Segundo um relatório da UNESCO de 2023, a rede contava com 292 membros.",
     [(292, "2023")]),
    ("es", "Con 356 ciudades a comienzos de 2025, la red se preparaba para otra ronda.",
     [(356, "2025")]),
    ("pt", "No princípio de 2025 a rede tinha 356 cidades.", [(356, "2025")]),
    # a founding date is no date of the figure's
    ("es", "La red, creada en 2013, tiene entonces 425 ciudades.", [(425, "None")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), DATED)
def test_a_historic_figure_keeps_its_date(
    language: str, text: str, expected: list[tuple[int, str]]
) -> None:
    found = [(m.value, str(m.as_of)) for m in mentions(language, text, "2025-12-10")]
    assert found == expected


PRETERITE = [
    ("pt", "Em setembro de 2022 juntaram-se 77 cidades, e a rede chegou às 294.",
     [(77, "2022-09"), (294, "2022-09")]),
    ("es", "En septiembre de 2022 entraron 77 ciudades, y la red llegó a 294.",
     [(77, "2022-09"), (294, "2022-09")]),
    # a present of its own keeps the conjunct current
    ("es", "En 2022 entró Envigado, y la red tiene hoy 425 ciudades.", [(425, "None")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), PRETERITE)
def test_a_count_in_the_preterite_takes_the_date_before(
    language: str, text: str, expected: list[tuple[int, str]]
) -> None:
    """ "Em setembro de 2022 juntaram-se 77 cidades, e a rede chegou às 294": the 294 lost
    the date of the conjunct before and was judged stale on a 2025 page."""
    found = [(m.value, str(m.as_of)) for m in mentions(language, text, "2025-12-10")]
    assert found == expected


SO_REACHED = [
    ("es", "Chía ingresó el jueves, y la red llegó así a 425 ciudades."),
    ("pt", "Lisboa entrou na quinta-feira, e a rede chegou assim a 425 cidades."),
]


@pytest.mark.parametrize(("language", "text"), SO_REACHED)
def test_a_total_reached_thus_after_an_intake_is_the_total(language: str, text: str) -> None:
    """ "y la red llegó así a 425 ciudades" after a verb of joining was taken for the
    intake (425 new cities: dropped); "así" between the verb and "a" is allowed now."""
    found = [(m.metric.value, m.value) for m in mentions(language, text, "2025-12-10")]
    assert found == [("total_cities", 425)]
