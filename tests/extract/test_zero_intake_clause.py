"""A country's zero of an intake, in its own clause: "Aucune ville canadienne n'a été
retenue cette année; le pays compte toujours trois membres" was read as Canada's count
of none (the "toujours" of the next clause, after the semicolon; fr s12), and "Ninguna
ciudad colombiana fue seleccionada esta vez" was no figure (the singular of
"seleccionada"; es s12). A word of "so far" in the zero's own clause still makes it the
country's count."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES


def read(language: str, body: str) -> list[tuple[int, str, str | None]]:
    page = f"---\ntitle: {TITLES[language]}\ndate: 2024-02-15\n---\n\n{body}\n"
    found = find_mentions(read_document(page, "markdown"), language)
    return [(m.value, m.metric.value, m.country) for m in found]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("fr", "Aucune ville canadienne n'a été retenue cette année; le pays compte toujours "
               "trois membres.", [(0, "new_cities", "CA"), (3, "country_cities", "CA")]),
        ("es", "Ninguna ciudad colombiana fue seleccionada esta vez.", [(0, "new_cities", "CO")]),
        ("fr", "Aucune ville belge n'a encore rejoint le réseau.",
         [(0, "country_cities", "BE")]),
        ("es", "Ninguna ciudad boliviana forma parte todavía de la red.",
         [(0, "country_cities", "BO")]),
    ],
)  # fmt: skip
def test_a_zero_in_its_clause(
    language: str, body: str, expected: list[tuple[int, str, str | None]]
) -> None:
    assert read(language, body) == expected
