"""A count of the cities that joined said by the verb and a bare number, the noun left
out (lcnet.extract.elliptic.joined_counts): "En la convocatoria anterior, la de 2022,
entraron 77" was missed on a real es page; "la de 2022" (the one of 2022) dates it."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

CASES = [
    ("es", "En la convocatoria anterior, la de 2022, entraron 77.", ("77", 77, "2022")),
    ("es", "En la de 2020 entraron 54, según la lista corregida.", ("54", 54, "2020")),
    ("pt", "Na ronda anterior, a de 2022, entraram 77.", ("77", 77, "2022")),
    ("pt", "Em 2022 entraram 77.", ("77", 77, "2022")),
    ("es", "En la ronda anterior, la de 2022, habían entrado 77.", ("77", 77, "2022")),
    ("pt", "Na ronda anterior, a de 2022, tinham entrado 77.", ("77", 77, "2022")),
    ("it", "Nella tornata precedente, quella del 2022, ne sono entrate 77.", ("77", 77, "2022")),
    ("fr", "Lors de la promotion précédente, celle de 2022, en sont entrées 77.",
     ("77", 77, "2022")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES)
def test_a_bare_number_after_a_verb_of_joining_is_an_intake(
    language: str, sentence: str, expected: tuple[str, int, str]
) -> None:
    text, value, year = expected
    assert read_titled(language, sentence) == [(text, "new_cities", value, "exact", year, None)]


NOT_COUNTS = [
    ("es", "Entraron 77 personas al congreso."),  # a noun of its own after it
    ("es", "Entraron 2022 ideas en el concurso."),  # a year's shape, and a noun
    ("pt", "Entraram 5, segundo a prefeitura."),  # smaller than any intake
    ("es", "En 2022 entraron 300."),  # larger than any intake
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence"), NOT_COUNTS)
def test_a_number_an_intake_cannot_be_is_no_count(language: str, sentence: str) -> None:
    assert read_titled(language, sentence) == []
