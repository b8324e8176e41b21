"""A verb of the future rules the figures of its own clause only: "a network of 115
cities; it will be reprinted" states 115, "the network will count 500 cities" does not
state 500; "Das Netzwerk wird bald über 500 Städte zählen" neither."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        "A leaflet speaks of a network of 115 cities; it will be reprinted this autumn.",
        [("115 cities", "total_cities", 115, "exact", None, None)],
    ),
    (
        "en",
        "The brochure gives 294 cities; it will be updated in June.",
        [("294 cities", "total_cities", 294, "exact", None, None)],
    ),
    (
        "en",
        "The network has 425 cities; more will join next year.",
        [("425 cities", "total_cities", 425, "exact", None, None)],
    ),
    (  # the future in the figure's clause still rules it
        "en",
        "Next year the network will count 500 cities; today it has 425.",
        [("425", "total_cities", 425, "exact", None, None)],
    ),
    (
        "de",
        "Das Faltblatt nennt ein Netzwerk von 115 Städten; es wird im Herbst neu gedruckt.",
        [("115 Städten", "total_cities", 115, "exact", None, None)],
    ),
    ("de", "Das Netzwerk wird bald über 500 Städte zählen.", []),
    (
        "de",
        "Das Netzwerk hat 425 Mitglieder; weitere werden bald folgen.",
        [("425 Mitglieder", "total_cities", 425, "exact", None, None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_future_of_its_own_clause(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
