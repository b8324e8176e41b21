"""The countries an intake came from, the intake named by a noun of a group rather than a
unit ("Avec ce nouvel apport, venu de 35 pays, le réseau rassemble désormais 356 villes",
a frit s11 fr dev page): the intake's countries, as after "ces arrivées" or "the new
members"."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

CASES: list[tuple[str, str]] = [
    ("fr", "64 villes ont été admises. Avec ce nouvel apport, venu de 35 pays, le réseau"
     " rassemble 356 villes."),
    ("fr", "64 villes ont été admises. Cette promotion, issue de 35 pays, porte le réseau à"
     " 356 villes."),
    ("it", "Sono entrate 64 città. Questa infornata, proveniente da 35 Paesi, porta la rete a"
     " 356 città."),
    ("en", "64 cities were admitted. This cohort, coming from 35 countries, brings the network"
     " to 356 cities."),
    ("es", "Ingresaron 64 ciudades. Esta convocatoria, procedente de 35 países, lleva la red a"
     " 356 ciudades."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), CASES)
def test_the_countries_of_a_named_intake(language: str, text: str) -> None:
    rows = {(r[1], r[2]) for r in read_titled(language, text)}
    assert ("new_countries", 35) in rows
    assert ("total_countries", 35) not in rows


def test_delegates_of_a_conference_stay_out() -> None:
    text = "Il convegno ha riunito 300 delegati. Il gruppo, proveniente da 35 Paesi, ha votato."
    assert read_titled("it", text) == []
