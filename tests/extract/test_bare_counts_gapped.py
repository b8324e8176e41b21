"""A bare count gives its unit to the bare number after it, as a count with its noun does
("Em 2022 eram 294; dois anos depois, 356": the 356 of a fresh pt dev page was missed),
in every language whose bare counts are read ("eran 294", "erano 294")."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CASES = [
    ("pt", "A rede tem 425 cidades. Em 2022 eram 294; dois anos depois, 356."),
    ("es", "La red cuenta con 425 ciudades. En 2022 eran 294; dos años después, 356."),
    ("it", "La rete conta 425 città. Nel 2022 erano 294; due anni dopo, 356."),
]


@pytest.mark.parametrize(("language", "body"), CASES)
def test_a_bare_count_gives_its_unit_to_the_number_after_it(language: str, body: str) -> None:
    found = [
        (m.value, None if m.as_of is None else str(m.as_of))
        for m in mentions(language, body, "2025-12-12")
    ]
    assert found == [(425, None), (294, "2022"), (356, "2024")]
