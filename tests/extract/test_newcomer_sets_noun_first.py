"""The newcomers as a set named noun first, with their date: "De las 72 ciudades admitidas
en diciembre de 2025, dieciséis están en África", "Das 72 cidades admitidas em dezembro de
2025, dezasseis ficam em África", "Of the 72 cities admitted in December 2025, sixteen are
in Africa" (a variant sweep: the part was dropped; only "de las recién llegadas", the
participle first, was a set). Language.newcomer_sets, es, pt, en."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES
from tests.extract.titled import Row, row


def read(language: str, body: str) -> list[Row]:
    page = f"---\ntitle: {TITLES[language]}\ndate: 2026-03-10\n---\n\n{body}\n"
    return [row(m)[:7] for m in find_mentions(read_document(page, "markdown"), language)]


@pytest.mark.parametrize(
    ("language", "body", "part"),
    [
        ("es", "De las 72 ciudades admitidas en diciembre de 2025, dieciséis están en África.",
         "dieciséis están en África"),
        ("es", "Entre los 72 miembros incorporados en 2025, dieciséis están en África.",
         "dieciséis están en África"),
        ("pt", "Das 72 cidades admitidas em dezembro de 2025, dezasseis ficam em África.",
         "dezasseis ficam em África"),
        ("pt", "Dos 72 municípios selecionados em 2025, dezasseis estão em África.",
         "dezasseis estão em África"),
        ("en", "Of the 72 cities admitted in December 2025, sixteen are in Africa.",
         "sixteen are in Africa"),
    ],
)  # fmt: skip
def test_a_part_of_a_set_named_noun_first(language: str, body: str, part: str) -> None:
    found = read(language, body)
    assert next(r for r in found if r[0] == part)[1:4] == ("new_cities", 16, "exact")
    assert [r[1:3] for r in found if r[0] != part] == [("new_cities", 72)]
