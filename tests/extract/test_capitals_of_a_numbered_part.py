"""Capitals said of a part given with the whole's number ("Eleven of the 72 new cities are
capitals", found by the frit variant sweep in every language): the part's capitals, and
the whole stays the intake; before, the 72 was read as 72 new capitals, a false alarm.
French also says the part without the whole's number: "Onze des nouvelles villes sont
des capitales"."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

C, N = "new_capitals", "new_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("en", "Eleven of the 72 new cities are capitals.",
     [("Eleven", C, 11, "exact", None, None), ("72 new cities", N, 72, "exact", None, None)]),
    ("fr", "Onze des 72 nouvelles villes sont des capitales.",
     [("Onze", C, 11, "exact", None, None),
      ("72 nouvelles villes", N, 72, "exact", None, None)]),
    ("it", "Undici delle 72 nuove città sono capitali.",
     [("Undici", C, 11, "exact", None, None), ("72 nuove città", N, 72, "exact", None, None)]),
    ("es", "Once de las 72 nuevas ciudades son capitales.",
     [("Once", C, 11, "exact", None, None), ("72 nuevas ciudades", N, 72, "exact", None, None)]),
    ("fr", "Onze des nouvelles villes sont des capitales.",
     [("Onze des nouvelles villes", C, 11, "exact", None, None)]),
    ("fr", "Onze des nouvelles venues sont des capitales.",
     [("Onze des nouvelles venues", C, 11, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES)
def test_the_capitals_of_a_part(language: str, sentence: str, expected: list[Row]) -> None:
    assert read_titled(language, sentence) == expected


def test_a_whole_said_to_be_capitals_alone_stays_capitals() -> None:
    assert read_titled("en", "The 11 new cities are capitals.") == [
        ("11 new cities", C, 11, "exact", None, None)
    ]
