"""A rank or count in the Konjunktiv II of a condition is a projection, not a figure:
"Wenn wir aufgenommen werden, wären wir die fünfte deutsche Lernstadt" (a mayor quoted
by a local paper). English "would be the fifth" was read so already; German "wären wir"
was reported as Germany's count."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled


@pytest.mark.parametrize(
    "sentence",
    [
        "Wenn wir aufgenommen werden, wären wir die fünfte deutsche Lernstadt.",
        "Mit Oberachtal wäre es die fünfte deutsche Stadt im Netzwerk.",
        "Gelingt die Bewerbung, wären damit fünf deutsche Städte Mitglied.",
    ],
)
def test_a_conditional_rank_or_count_is_no_figure(sentence: str) -> None:
    assert read_titled("de", sentence) == []


def test_an_indicative_rank_is_still_read() -> None:
    rows = read_titled("de", "Dresden ist die vierte deutsche Stadt im Netzwerk.")
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
        ("vierte deutsche Stadt", "country_cities", 4, "DE")
    ]
