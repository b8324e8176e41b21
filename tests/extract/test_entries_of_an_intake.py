"""An intake counted by its entries ("Cinquante-quatre entrées ; 229 villes dans 64 pays",
an s11 fr dev page's timeline; "54 ingressi"), as en "entries", de "Neuzugänge", es
"incorporaciones", pt "adesões" already are; a number of visits is not one."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    ("fr", "Septembre 2020 : cinquante-quatre entrées, 229 villes dans 64 pays.",
     [("cinquante-quatre entrées", "new_cities", 54, "exact", None, None),
      ("229 villes", "total_cities", 229, "exact", None, None),
      ("64 pays", "total_countries", 64, "exact", None, None)]),
    ("fr", "Le réseau enregistre 54 nouvelles entrées.",
     [("54 nouvelles entrées", "new_cities", 54, "exact", None, None)]),
    ("it", "La rete registra 54 ingressi.",
     [("54 ingressi", "new_cities", 54, "exact", None, None)]),
    ("it", "Settembre 2020: cinquantaquattro ingressi, 229 città in 64 Paesi.",
     [("cinquantaquattro ingressi", "new_cities", 54, "exact", None, None),
      ("229 città", "total_cities", 229, "exact", None, None),
      ("64 Paesi", "total_countries", 64, "exact", None, None)]),
    ("fr", "Le musée a compté 54 000 entrées l'an dernier.", []),
    ("it", "Il museo ha registrato 54.000 ingressi.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES)
def test_entries_count_an_intake(language: str, sentence: str, expected: list[Row]) -> None:
    assert read_titled(language, sentence) == expected
