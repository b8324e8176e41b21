"""The people of the network's cities named before their number, as the spaced
languages write it too: "the combined population was put at more than 310 million" (en
s12 minutes), "UNESCO puts the combined population at 390 million" (en b11 FAQ), "gli
abitanti delle città membri superano i 310 milioni" (it b11 blog) had no figure phrase,
or a count head's (no people). Population heads (Language.population_heads) in en, es,
pt, fr, it, de, with a verb and a qualifier between head and number (at most 40
characters, no digit or stop), read before the count heads; a city's population is
none of the network's (too small)."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    ("en",
     "At the last count the member cities' combined population was put at "
     "more than 310 million.",
     [("more than 310 million", "citizens", 310000000, "more_than", None, None)]),
    ("en", "UNESCO puts the combined population at 390 million.",
     [("390 million", "citizens", 390000000, "exact", None, None)]),
    ("it", "Secondo l'UIL gli abitanti delle città membri superano i 310 milioni.",
     [("superano i 310 milioni", "citizens", 310000000, "more_than", None, None)]),
    ("es", "La población de las ciudades miembros supera los 390 millones.",
     [("supera los 390 millones", "citizens", 390000000, "more_than", None, None)]),
    ("pt", "A população das cidades da rede chega a 390 milhões.",
     [("390 milhões", "citizens", 390000000, "exact", None, None)]),
    ("fr", "La population des villes membres dépasse 390 millions.",
     [("dépasse 390 millions", "citizens", 390000000, "more_than", None, None)]),
    ("de", "Die Bevölkerung der Mitgliedsstädte liegt bei rund 390 Millionen.",
     [("rund 390 Millionen", "citizens", 390000000, "about", None, None)]),
    # a city's population is too small, a country's is no network's
    ("en", "Hamburg's population is 1.9 million.",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_population_before_its_number(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
