"""The corrected figure after a dated first release: "El comunicado inicial de 2020
hablaba de 55 ciudades, cifra corregida luego a 54" left the 54 undated (judged stale at
the text's date: a false alarm of a variant sweep), because "comunicado inicial de 2020"
was no dated document (an adjective between the noun and its year); in Italian "cifra
poi corretta in 54" was no correction at all. The initial or original document is dated
in es, it, fr and pt, and "corretta in" sets a corrected value."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES


def read(language: str, body: str) -> list[tuple[str, int, str, str | None]]:
    page = f"---\ntitle: {TITLES[language]}\ndate: 2026-03-10\n---\n\n{body}\n"
    found = find_mentions(read_document(page, "markdown"), language)
    return [(m.text, m.value, m.metric.value, str(m.as_of) if m.as_of else None) for m in found]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("es", "El comunicado inicial de 2020 hablaba de 55 ciudades, cifra corregida luego a 54.",
         [("54", 54, "new_cities", "2020")]),
        ("it", "Il comunicato iniziale del 2020 parlava di 55 città, cifra poi corretta in 54.",
         [("54", 54, "new_cities", "2020")]),
        ("fr", "Le communiqué initial de 2020 parlait de 55 villes, chiffre corrigé ensuite à 54.",
         [("54", 54, "new_cities", "2020")]),
        ("pt", "O comunicado inicial de 2020 falava de 55 cidades, número corrigido depois para "
               "54.", [("54", 54, "new_cities", "2020")]),
        ("it", "Il primo comunicato indicava 55 nuove città e 230 in totale, cifre poi "
               "corrette in 54 e 229.",
         [("54", 54, "new_cities", None), ("229", 229, "total_cities", None)]),
    ],
)  # fmt: skip
def test_the_correction_of_a_dated_first_release(
    language: str, body: str, expected: list[tuple[str, int, str, str | None]]
) -> None:
    assert read(language, body) == expected
