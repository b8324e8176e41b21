"""A country's count that stays as it was ("Für Deutschland bleibt es bei vier
Mitgliedern", a regional paper after the December 2025 round), and a verb of joining in
the next clause after a semicolon ("...; zuletzt kam 2024 Dresden hinzu") that is not the
count's. Before, the first lost the count, the second made it an intake."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

STAYING = [
    ("de", "Für Deutschland bleibt es bei vier Mitgliedern.", "vier Mitgliedern"),
    ("de", "Deutschland bleibt bei vier Mitgliedern.", "vier Mitgliedern"),
    ("de", "In Deutschland bleibt es bei vier Mitgliedsstädten.", "vier Mitgliedsstädten"),
    (
        "de",
        "Für Deutschland bleibt es bei\nvier Mitgliedern; zuletzt kam 2024 Dresden hinzu.",
        "vier Mitgliedern",
    ),
    ("en", "Germany has four members; Dresden joined last.", "four members"),
]


@pytest.mark.parametrize(("language", "sentence", "text"), STAYING)
def test_a_countrys_count_that_stays(language: str, sentence: str, text: str) -> None:
    assert [(r[0], r[1], r[2], r[5]) for r in read_titled(language, sentence)] == [
        (text, "country_cities", 4, "DE")
    ]
