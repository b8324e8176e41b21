"""A part of a count given with the whole's number, its place after the whole: "16 of
the 64 new members were in Asia and the Pacific" (16 new cities of Asia-Pacific; the 64
stay the whole intake, placed nowhere). A part whose place is not said is no figure."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

N = "new_cities"
Part = tuple[str, str, int, str | None, str | None]

CASES: list[tuple[str, str, list[Part]]] = [
    ("en", "A ministry spokeswoman said 16 of the 64 new members were in Asia and the Pacific.",
     [("16", N, 16, None, "asia-pacific"), ("64 new members", N, 64, None, None)]),
    ("en", "Sixteen of the 64 new members are African.",
     [("Sixteen", N, 16, None, "africa"), ("64 new members", N, 64, None, None)]),
    ("en", "3 of the 64 new members are in Thailand.",
     [("3", N, 3, "TH", None), ("64 new members", N, 64, None, None)]),
    ("de", "13 der 64 neuen Mitglieder liegen in Afrika.",
     [("13", N, 13, None, "africa"), ("64 neuen Mitglieder", N, 64, None, None)]),
    ("fr", "13 des 64 nouveaux membres sont en Afrique.",
     [("13", N, 13, None, "africa"), ("64 nouveaux membres", N, 64, None, None)]),
    ("es", "13 de los 64 nuevos miembros están en África.",
     [("13", N, 13, None, "africa"), ("64 nuevos miembros", N, 64, None, None)]),
    ("en", "16 of the 64 new members were women mayors.",
     [("64 new members", N, 64, None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_numbered_part_counts_its_place(language: str, text: str, expected: list[Part]) -> None:
    found = mentions(language, text, "2024-03-01")
    assert [(m.text, m.metric.value, m.value, m.country, m.region) for m in found] == expected
