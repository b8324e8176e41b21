"""A key-figures line whose value the countries follow after a comma: "- nuove città del
2025: 72, da 46 Paesi" (an it dev weekly) lost the 72 and read the 46 as the network's
countries (judged wrong). The value ends at the comma; the countries pair with it."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    ("it", "- nuove città del 2025: 72, da 46 Paesi",
     [("72", "new_cities", 72, "exact", None, None),
      ("46 Paesi", "new_countries", 46, "exact", None, None)]),
    ("it", "- città nella rete: 425, in 91 Paesi",
     [("425", "total_cities", 425, "exact", None, None),
      ("91 Paesi", "total_countries", 91, "exact", None, None)]),
    ("fr", "- nouvelles villes : 72, issues de 46 pays",
     [("72", "new_cities", 72, "exact", None, None),
      ("46 pays", "new_countries", 46, "exact", None, None)]),
    ("en", "- new cities: 72, from 46 countries",
     [("72", "new_cities", 72, "exact", None, None),
      ("46 countries", "new_countries", 46, "exact", None, None)]),
    ("en", "- Founded: 2013, in Beijing", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_labelled_value_before_its_countries(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected
