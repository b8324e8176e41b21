"""Candidates "with" others count the subject that applies with them: "Brescia aveva
presentato la domanda con altri 3 comuni italiani" is four Italian candidates (an it dev
agency page), "Lyon a déposé sa candidature avec trois autres villes" four; others a
member hopes will apply stay as many as said."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

K = "candidate_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("it", "Nel 2024 Brescia aveva presentato la domanda con altri 3 comuni italiani.",
     [("altri 3 comuni italiani", K, 4, "exact", "2024", "IT")]),
    ("it", "Brescia ha presentato la candidatura insieme ad altri tre comuni italiani.",
     [("altri tre comuni italiani", K, 4, "exact", None, "IT")]),
    ("fr", "Lyon a déposé sa candidature avec trois autres villes françaises.",
     [("trois autres villes françaises", K, 4, "exact", None, "FR")]),
    ("es", "Chía presentó su candidatura junto a otras tres ciudades colombianas.",
     [("otras tres ciudades colombianas", K, 4, "exact", None, "CO")]),
    ("it", "Il comune spera che altri tre comuni si candidino.",
     [("altri tre comuni", K, 3, "exact", None, None)]),
    ("es", "El municipio espera que otras tres ciudades postulen.",
     [("otras tres ciudades", K, 3, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_candidates_with_their_subject(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
