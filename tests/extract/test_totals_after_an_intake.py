"""After an intake, the network's total with its unit left out: "64 neue Mitglieder aus
35 Staaten, Gesamtzahl 356", "...; insgesamt 356", as English's "; total 356"
(Language.membership_before_number). A year after "insgesamt" is no total."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, mentions, row

N, C, T = "new_cities", "new_countries", "total_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("de", "Im Februar 2024 kamen 64 neue Mitglieder aus 35 Staaten hinzu, Gesamtzahl 356.",
     [("64 neue Mitglieder", N, 64, "exact", "2024-02", None),
      ("35 Staaten", C, 35, "exact", "2024-02", None),
      ("Gesamtzahl 356", T, 356, "exact", "2024-02", None)]),
    ("de", "Im Februar 2024 kamen 64 neue Mitglieder hinzu; insgesamt 356.",
     [("64 neue Mitglieder", N, 64, "exact", "2024-02", None),
      ("356", T, 356, "exact", None, None)]),  # the wholes of lcnet.extract.predicates
    ("en", "In February 2024, 64 new members from 35 countries joined; total 356.",
     [("64 new members", N, 64, "exact", "2024-02", None),
      ("35 countries", C, 35, "exact", "2024-02", None),
      ("total 356", T, 356, "exact", None, None)]),
    ("de", "Es kamen 64 Städte hinzu, insgesamt 2024 eine Rekordzahl.",
     [("64 Städte", N, 64, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "expected"), CASES)
def test_a_total_after_an_intake(language: str, body: str, expected: list[Row]) -> None:
    assert [row(m) for m in mentions(language, body, "2026-05-02")] == expected
