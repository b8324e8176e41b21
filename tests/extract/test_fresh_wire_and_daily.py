"""Three classes of the second pair of fresh frit pages: weak units applying ("une
dizaine de communes sénégalaises préparent leur candidature": applying speaks of
membership), the first release cited by its noun ("L'annonce initiale, qui faisait état de
55 nouveaux membres, a été rectifiée": no figure of the text's), and a joining that "at the
time of" governs ("All'epoca dell'ingresso di Fermo ... le italiane erano appena due": a
count, not an intake)."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

C, K = "country_cities", "candidate_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("fr", "Une dizaine de communes sénégalaises préparent leur candidature.",
     [("Une dizaine de communes sénégalaises", K, 10, "about", None, "SN")]),
    ("fr", "Trois communes sénégalaises préparent leur candidature.",
     [("Trois communes sénégalaises", K, 3, "exact", None, "SN")]),
    ("fr", "Le Sénégal compte 552 communes.", []),
    ("fr", "Le réseau compte désormais 229 villes. L'annonce initiale, qui faisait état de 55 "
     "nouveaux membres, a été rectifiée quelques jours plus tard.",
     [("229 villes", "total_cities", 229, "exact", None, None)]),
    ("en", "The initial announcement listed 55 new members; it was corrected days later.", []),
    ("es", "El anuncio inicial hablaba de 55 nuevas ciudades, cifra corregida después.", []),
    ("it", "All'epoca dell'ingresso di Fermo, nel 2018, le italiane erano appena due.",
     [("due", C, 2, "exact", "2018", "IT")]),
    ("fr", "Au moment de l'entrée de Mantes, en 2017, les villes françaises étaient deux.",
     [("deux", C, 2, "exact", "2017", "FR")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_fresh_wire_and_daily(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
