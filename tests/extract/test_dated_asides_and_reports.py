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
