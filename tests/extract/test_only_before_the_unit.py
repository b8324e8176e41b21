"""A word of "only" between a count and its noun: "les deux seules communes françaises
du réseau" (fr s12 city release) had no figure phrase. "seules", "seuls", "solas",
"sole", "soli", "só" (es, fr, it, pt) are plain modifiers before the unit; "solo" after
the count ("è solo una città") is none. (A count of one said so, "una sola ciudad",
"une seule ville": tests/extract/test_one_said_with_only.py.)"""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    ("es", "Bolivia tiene dos solas ciudades en la red.",
     [("dos solas ciudades", "country_cities", 2, "exact", None, "BO")]),
    ("fr",
     "Évry et Grigny étaient jusqu'ici les deux seules communes françaises "
     "du réseau.",
     [("deux seules communes françaises", "country_cities", 2, "exact", None, "FR")]),
    ("it", "Fermo e Torino erano le due sole città italiane della rete.",
     [("due sole città italiane", "country_cities", 2, "exact", None, "IT")]),
    ("pt", "Cabo Verde tem uma só cidade na rede.",
     [("uma só cidade", "country_cities", 1, "exact", None, "CV")]),
    # "solo" after the count is no modifier
    ("it", "Torino è solo una città della rete.",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_only_before_the_unit(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
