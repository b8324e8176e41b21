"""A count the network reaches, its unit said before ("Con loro la rete tocca quota 356,
distribuite in 79 Paesi", an s11 it dev page; "le réseau atteint 356, réparties dans 79
pays"), as "sale a", "passe à", "alcanza las", "chega a" already were read."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    ("it", "Sono entrate 64 città. Con loro la rete tocca quota 356, distribuite in 79 Paesi.",
     [("64 città", "new_cities", 64, "exact", None, None),
      ("356", "total_cities", 356, "exact", None, None),
      ("79 Paesi", "total_countries", 79, "exact", None, None)]),
    ("it", "Sono entrate 64 città. La rete raggiunge così quota 356.",
     [("64 città", "new_cities", 64, "exact", None, None),
      ("356", "total_cities", 356, "exact", None, None)]),
    ("it", "Sono entrate 64 città. La rete arriva a quota 356.",
     [("64 città", "new_cities", 64, "exact", None, None),
      ("356", "total_cities", 356, "exact", None, None)]),
    ("fr", "64 villes ont été admises. Avec elles, le réseau atteint 356, réparties dans 79 pays.",
     [("64 villes", "new_cities", 64, "exact", None, None),
      ("356", "total_cities", 356, "exact", None, None),
      ("79 pays", "total_countries", 79, "exact", None, None)]),
    ("fr", "64 villes ont été admises. Le réseau atteint ainsi le chiffre de 356.",
     [("64 villes", "new_cities", 64, "exact", None, None),
      ("356", "total_cities", 356, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_count_reached(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected


def test_a_quota_of_something_else_is_not_read() -> None:
    assert read_titled("it", "Il comune tocca quota 356 iscritti alla biblioteca.") == []
