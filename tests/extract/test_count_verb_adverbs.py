"""An adverb between a count's verb and its number: "el total era efectivamente de 294"
(a fresh es dev page's 294 was missed), "o total era efetivamente de 294", "il totale era
effettivamente di 294", "el total es oficialmente de 425"."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

CASES = [
    ("es", "En 2022, tras el ingreso de 77 urbes, el total era efectivamente de 294.",
     ("total era efectivamente de 294", 294, "2022")),
    ("es", "Hoy el total es oficialmente de 425.", ("total es oficialmente de 425", 425, None)),
    ("pt", "Em 2022 o total era efetivamente de 294.",
     ("total era efetivamente de 294", 294, "2022")),
    ("it", "Nel 2022 il totale era effettivamente di 294.",
     ("totale era effettivamente di 294", 294, "2022")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES)
def test_an_adverb_between_the_verb_and_the_number(
    language: str, sentence: str, expected: tuple[str, int, str | None]
) -> None:
    text, value, year = expected
    found = read_titled(language, sentence)[-1]
    assert found == (text, "total_cities", value, "exact", year, None)
