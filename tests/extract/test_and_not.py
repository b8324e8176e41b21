"""A figure denied right before it, after the one that holds: "La UNESCO admitió 54
ciudades y no 55" reported the 55 as an intake (stale after September 2020: a false alarm
of a sweep on the s12 pages' correction story); "et non 55", "e non 55", "e não 55",
", not 55" likewise. The denied figure is no statement (hypothetical._denied)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES


def read(language: str, body: str) -> list[int]:
    page = f"---\ntitle: {TITLES[language]}\ndate: 2021-09-24\n---\n\n{body}\n"
    return [m.value for m in find_mentions(read_document(page, "markdown"), language)]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("es", "La UNESCO admitió 54 ciudades y no 55, porque una se incluyó por error."),
        ("es", "La UNESCO admitió 54 ciudades, y no 55."),
        ("fr", "L'UIL a admis 54 villes et non 55."),
        ("it", "L'UIL ha ammesso 54 città e non 55."),
        ("pt", "A UNESCO admitiu 54 cidades e não 55."),
        ("en", "UIL admitted 54 cities, not 55."),
    ],
)
def test_the_denied_figure_is_no_statement(language: str, body: str) -> None:
    assert read(language, body) == [54]


def test_a_plain_pair_keeps_both() -> None:
    assert read("es", "La UNESCO admitió 54 ciudades de 27 países.") == [54, 27]
