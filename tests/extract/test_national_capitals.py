"""An intake's capitals named with their adjective: "Among the new arrivals are 11 national
capitals" (a Gulf daily, December 2025), "darunter 11 nationale Hauptstädte". "national"
between the number and the unit is allowed, as "capital" is; before, the figure was lost."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled


@pytest.mark.parametrize(
    ("language", "sentence", "text"),
    [
        ("en", "Among the new arrivals are 11 national capitals.", "11 national capitals"),
        (
            "en",
            "UNESCO admitted 72 cities, including 11 national capitals.",
            "11 national capitals",
        ),
        ("de", "Unter den Neuen sind 11 nationale Hauptstädte.", "11 nationale Hauptstädte"),
        (
            "de",
            "Die UNESCO nahm 72 Städte auf, darunter 11 nationale Hauptstädte.",
            "11 nationale Hauptstädte",
        ),
    ],
)
def test_national_capitals_of_an_intake(language: str, sentence: str, text: str) -> None:
    rows = [r[:3] for r in read_titled(language, sentence)]
    assert rows[-1] == (text, "new_capitals", 11)


def test_national_parks_are_no_figure() -> None:
    assert read_titled("en", "Around 20 national parks surround the learning cities.") == []
