"""Another country's count after a count of cities, its unit left out, the country its
clause's subject, possibly across an aside and into the next sentence: "Thailand now
has 13 member cities. Saudi Arabia, whose capital entered in the same round, counts
eight" (two fresh dev pages, en and es, lost it). Read by lcnet.extract.closing_counts
(Language.closing_count_verbs, now filled for vi too)."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

ELIDED = [
    ("en", "Thailand now has 13 member cities after Rayong, Satun and Tak were admitted. "
           "Saudi Arabia, whose capital Riyadh entered in the same round, counts eight.",
     [("TH", 13), ("SA", 8)]),
    ("es", "Argentina tiene once municipios en la red, mientras que Colombia, con Medellín, "
           "Bogotá y Manizales entre los primeros, suma ocho.", [("AR", 11), ("CO", 8)]),
    ("fr", "La Thaïlande compte désormais 13 villes membres. Le Maroc, qui a fait son entrée "
           "en 2020, en compte neuf.", [("TH", 13), ("MA", 9)]),
    ("pt", "O Brasil tem sete cidades na rede; Portugal, que entrou em 2016, soma onze.",
     [("BR", 7), ("PT", 11)]),
    ("de", "Deutschland hat vier Mitgliedsstädte, Österreich, das 2020 hinzukam, zählt zwei.",
     [("DE", 4), ("AT", 2)]),
    ("vi", "Thái Lan có 13 thành viên, còn Ả Rập Xê Út, với thủ đô Riyadh vừa gia nhập, có tám.",
     [("TH", 13), ("SA", 8)]),
]  # fmt: skip


def _counts(code: str, line: str) -> list[tuple[str | None, int]]:
    found = mentions(code, line, "2026-03-11")
    return [(m.country, int(m.value)) for m in found if m.metric.value == "country_cities"]


@pytest.mark.parametrize(("code", "line", "expected"), ELIDED)
def test_another_countrys_count_with_its_unit_left_out(
    code: str, line: str, expected: list[tuple[str, int]]
) -> None:
    assert _counts(code, line) == expected


def test_a_number_after_a_country_without_a_verb_of_having_is_not_its_count() -> None:
    line = "Thailand now has 13 member cities. The conference in Saudi Arabia ran for eight."
    assert _counts("en", line) == [("TH", 13)]
