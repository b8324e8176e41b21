"""A country's count given by a number word after its name, the unit left out because
the count before gave it: "Thailand has 13 member cities, Saudi Arabia eight and Egypt
ten". Small counts are spelled out, so the gapped sibling of a country's count is often a
word; bare number words were never read as siblings (too often something else), but a
country's name right before one, at the end of its clause, makes it a count."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

SIBLINGS = [
    ("en", "Thailand has 13 member cities, Saudi Arabia eight and Egypt ten.",
     ("TH", 13), ("SA", 8)),
    ("en", "Thailand has eleven member cities and Saudi Arabia eight.", ("TH", 11), ("SA", 8)),
    ("fr", "La Thaïlande compte treize villes membres et l'Arabie saoudite huit.",
     ("TH", 13), ("SA", 8)),
    ("es", "Colombia tiene nueve ciudades en la red y Argentina once.", ("CO", 9), ("AR", 11)),
    ("it", "La Francia ha sei città nella rete e l'Italia otto.", ("FR", 6), ("IT", 8)),
    ("pt", "O Brasil tem sete cidades na rede e Portugal onze.", ("BR", 7), ("PT", 11)),
    ("de", "Deutschland hat vier Mitgliedsstädte und Österreich zwei.", ("DE", 4), ("AT", 2)),
    ("vi", "Thái Lan có 13 thành viên, còn Ả Rập Xê Út tám.", ("TH", 13), ("SA", 8)),
]  # fmt: skip

NOT_SIBLINGS = [
    ("Thailand has 13 member cities, and Kenya two universities in the programme.",
     [("TH", 13)]),
    ("The network has 425 member cities and Germany four.", []),  # a hundred times fewer
]  # fmt: skip


def _counts(code: str, line: str) -> list[tuple[str | None, int]]:
    found = mentions(code, line, "2026-03-11")
    return [(m.country, int(m.value)) for m in found if m.metric.value == "country_cities"]


@pytest.mark.parametrize(("code", "line", "first", "second"), SIBLINGS)
def test_a_countrys_count_in_words_after_another_countrys(
    code: str, line: str, first: tuple[str, int], second: tuple[str, int]
) -> None:
    assert _counts(code, line) == [first, second]


@pytest.mark.parametrize(("line", "expected"), NOT_SIBLINGS)
def test_no_count_without_a_count_of_its_kind_before_it(
    line: str, expected: list[tuple[str, int]]
) -> None:
    assert _counts("en", line) == expected
