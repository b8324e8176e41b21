"""Verbs of passing and approaching before an article, an adverb or a compound tense
between: "La red ha superado ya las 400 ciudades miembro" and "La rete sfiora le 430
città" were read as exactly 400 and 430, judged wrong against 425 (false alarms of a
variant sweep); "ronda las 430", "avoisine les 430", "roça as 430" likewise. Each
language now reads them as more than (passing), nearly (approaching) or about
(hovering)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES


def read(language: str, body: str) -> list[tuple[int, str]]:
    page = f"---\ntitle: {TITLES[language]}\ndate: 2026-03-10\n---\n\n{body}\n"
    found = find_mentions(read_document(page, "markdown"), language)
    return [(m.value, m.qualifier.value) for m in found]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("es", "La red ha superado ya las 400 ciudades miembro.", [(400, "more_than")]),
        ("es", "La red sobrepasa ya las 400 ciudades.", [(400, "more_than")]),
        ("es", "La red roza las 430 ciudades.", [(430, "nearly")]),
        ("es", "La red se acerca a las 430 ciudades.", [(430, "nearly")]),
        ("es", "La red ronda las 430 ciudades.", [(430, "about")]),
        ("it", "La rete ha ormai superato le 400 città.", [(400, "more_than")]),
        ("it", "La rete sfiora le 430 città.", [(430, "nearly")]),
        ("it", "La rete si avvicina alle 430 città.", [(430, "nearly")]),
        ("it", "La rete si aggira intorno alle 430 città.", [(430, "about")]),
        ("fr", "Le réseau a désormais dépassé les 400 villes.", [(400, "more_than")]),
        ("fr", "Le réseau frôle les 430 villes.", [(430, "nearly")]),
        ("fr", "Le réseau approche les 430 villes.", [(430, "nearly")]),
        ("fr", "Le réseau avoisine les 430 villes.", [(430, "about")]),
        ("pt", "A rede ultrapassou já as 400 cidades.", [(400, "more_than")]),
        ("pt", "A rede roça as 430 cidades.", [(430, "nearly")]),
        ("pt", "A rede aproxima-se das 430 cidades.", [(430, "nearly")]),
        ("pt", "A rede ronda as 430 cidades.", [(430, "about")]),
    ],
)
def test_passing_and_approaching(
    language: str, body: str, expected: list[tuple[int, str]]
) -> None:
    assert read(language, body) == expected


def test_a_round_is_no_qualifier() -> None:
    assert read("es", "En la ronda de 2024 ingresaron 64 ciudades.") == [(64, "exact")]
