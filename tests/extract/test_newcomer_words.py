"""Newcomers by other names, and a first city said without "member": "welcomed 72 new
entrants, 11 of them capitals", "72 new additions", "begrüßte 72 Neumitglieder, darunter
elf Hauptstädte", "Unter den 72 Neuzugängen"; "For 13 countries, this is their first city"
(the sweep: 13 read as the network's countries, a false alarm), "Für 13 Länder ist es die
erste Stadt"."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CASES = [
    ("en", "The network welcomed 72 new entrants, 11 of them capitals.",
     [("new_cities", 72), ("new_capitals", 11)]),
    ("en", "The network welcomed 72 new additions this year.", [("new_cities", 72)]),
    ("de", "Das Netzwerk begrüßte 72 Neumitglieder, darunter elf Hauptstädte.",
     [("new_cities", 72), ("new_capitals", 11)]),
    ("de", "Unter den 72 Neuzugängen sind elf Hauptstädte.",
     [("new_cities", 72), ("new_capitals", 11)]),
    ("en", "For 13 countries, this is their first city in the network.",
     [("first_time_countries", 13)]),
    ("en", "For 13 countries it is their first member.", [("first_time_countries", 13)]),
    ("de", "Für 13 Länder ist es die erste Stadt im Netzwerk.", [("first_time_countries", 13)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_newcomers_and_first_cities(
    language: str, text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(m.metric.value, m.value) for m in mentions(language, text)] == expected
