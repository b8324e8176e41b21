"""A "now" belongs to its own conjunct: "La red tenía 294 ciudades en 2022 y hoy tiene
425" left the 294 undated (the "hoy" of the next conjunct made it current, and stale: a
false alarm on a true historic figure), in every language; so did "La red tiene hoy 425
ciudades y en 2022 tenía 294" for the figure after the conjunction. A date of its own in
the figure's conjunct now keeps the other conjunct's "now" out."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CONJUNCTS = [
    ("es", "La red tenía 294 ciudades en 2022 y hoy tiene 425.", [(294, "2022"), (425, "None")]),
    ("pt", "A rede tinha 294 cidades em 2022 e hoje tem 425.", [(294, "2022"), (425, "None")]),
    ("en", "The network had 294 cities in 2022 and today has 425.",
     [(294, "2022"), (425, "None")]),
    ("fr", "Le réseau comptait 294 villes en 2022 et compte aujourd'hui 425.",
     [(294, "2022"), (425, "None")]),
    ("it", "La rete contava 294 città nel 2022 e oggi ne conta 425.",
     [(294, "2022"), (425, "None")]),
    ("de", "Das Netzwerk hatte 2022 294 Städte und hat heute 425.",
     [(294, "2022"), (425, "None")]),
    ("es", "La red tiene hoy 425 ciudades y en 2022 tenía 294.", [(425, "None"), (294, "2022")]),
    ("pt", "A rede tem hoje 425 cidades e em 2022 tinha 294.", [(425, "None"), (294, "2022")]),
    # one conjunct, no date of the figure's own: "now" still makes it current
    ("es", "La red nació en 2013 y hoy tiene 425 ciudades.", [(425, "None")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CONJUNCTS)
def test_a_now_belongs_to_its_own_conjunct(
    language: str, text: str, expected: list[tuple[int, str]]
) -> None:
    found = [(m.value, str(m.as_of)) for m in mentions(language, text, "2025-12-10")]
    assert found == expected
