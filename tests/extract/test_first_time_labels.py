"""Countries new to the network, said by a label or by the words after the count: "Pays
représentés pour la première fois : 13" was read as all the network's countries (13,
wrong: fr b11-ong-rapport-annuel-synthese-2026) and "dodici Paesi alla prima adesione"
as the intake's countries (wrong where UNESCO counted 13 first-time countries and the
intake 46: it b10-comune-brescia-notizie-2026 labels it wrong for 12, not for 12 of 46).
A label's first-time words now give its count that role (tables._label); "alla prima
adesione", "con su primera ciudad", "com a sua primeira cidade", "avec leur première
ville" are first-time cues in it, es, pt and fr (a variant sweep)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES

FIRST = "first_time_countries"


def read(language: str, body: str) -> list[tuple[str, int, str]]:
    page = f"---\ntitle: {TITLES[language]}\ndate: 2026-03-10\n---\n\n{body}\n"
    found = find_mentions(read_document(page, "markdown"), language)
    return [(m.text, m.value, m.metric.value) for m in found]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("fr", "- Pays représentés pour la première fois : 13", [("13", 13, FIRST)]),
        ("it", "- Paesi alla prima adesione: 13", [("13", 13, FIRST)]),
        ("es", "- Países representados por primera vez: 13", [("13", 13, FIRST)]),
        ("pt", "- Países representados pela primeira vez: 13", [("13", 13, FIRST)]),
        ("de", "- Erstmals vertretene Länder: 13", [("13", 13, FIRST)]),
    ],
)  # fmt: skip
def test_a_label_of_first_time_countries(
    language: str, body: str, expected: list[tuple[str, int, str]]
) -> None:
    assert read(language, body) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("it", "- dodici Paesi alla prima adesione", [("dodici Paesi", 12, FIRST)]),
        ("it", "- tredici Paesi con la loro prima città nella rete",
         [("tredici Paesi", 13, FIRST)]),
        ("es", "- trece países con su primera ciudad en la red",
         [("trece países", 13, FIRST)]),
        ("pt", "- treze países com a sua primeira cidade na rede",
         [("treze países", 13, FIRST)]),
        ("fr", "- treize pays avec leur première ville dans le réseau",
         [("treize pays", 13, FIRST)]),
    ],
)  # fmt: skip
def test_first_time_words_after_the_count(
    language: str, body: str, expected: list[tuple[str, int, str]]
) -> None:
    assert read(language, body) == expected


def test_a_label_of_all_countries_keeps_its_metric() -> None:
    assert read("fr", "- Pays : 91") == [("91", 91, "total_countries")]
