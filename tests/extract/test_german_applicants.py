"""Cities that apply, told by the finite verb with its pronoun ("Aus Deutschland bewerben
sich in dieser Runde drei Kommunen", a committee's minutes), are candidates, not an
intake; the call's infinitive ("Jetzt bewerben:") and a city that applies to a network of
425 keep the network's count."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Aus Deutschland bewerben sich in dieser Runde drei Kommunen.", "drei Kommunen", 3),
        ("Aus Deutschland bewerben sich in dieser Runde drei Städte.", "drei Städte", 3),
        ("Um die Aufnahme bewarben sich mehr als 200 Städte.", "mehr als 200 Städte", 200),
    ],
)
def test_applying_cities_are_candidates(sentence: str, text: str, value: int) -> None:
    assert [(r[0], r[1], r[2]) for r in read_titled("de", sentence)] == [
        (text, "candidate_cities", value)
    ]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Jetzt bewerben: ein Netzwerk mit über 350 Städten.", "über 350 Städten"),
        (
            "Die Stadt bewirbt sich um die Aufnahme in das Netzwerk, dem 425 Städte angehören.",
            "425 Städte",
        ),
    ],
)
def test_the_networks_count_beside_an_application_stays(sentence: str, text: str) -> None:
    assert [(r[0], r[1]) for r in read_titled("de", sentence)] == [(text, "total_cities")]
