"""Applicants counted as "other" cities: "El municipio espera que otras tres ciudades del
sur postulen" (a real es page's phrasing) counts three candidates, not the member that
speaks; "Tunja y otras dos ciudades presentaron su candidatura" counts Tunja too. A verb
of applying ("postulen") makes candidates as the nouns did ("postuladas")."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

CASES = [
    ("es", "El municipio espera que otras tres ciudades del sur postulen este año.",
     ("otras tres ciudades", 3)),
    ("es", "Tunja y otras dos ciudades presentaron su candidatura.", ("otras dos ciudades", 3)),
    ("en", "Leme and two other cities have applied to join the network.",
     ("two other cities", 3)),
    ("en", "The council hopes that three other cities will apply this year.",
     ("three other cities", 3)),
    ("es", "Se espera que cinco ciudades postulen en la próxima convocatoria.",
     ("cinco ciudades", 5)),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES)
def test_other_applicants_count_the_subject_only_when_named_with_them(
    language: str, sentence: str, expected: tuple[str, int]
) -> None:
    text, value = expected
    assert read_titled(language, sentence) == [
        (text, "candidate_cities", value, "exact", None, None)
    ]
