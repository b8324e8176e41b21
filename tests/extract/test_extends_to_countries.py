"""The network extending to its countries: "A rede estende-se agora a 91 países" and "La red
se extiende ahora a 91 países" were no figure (a connector before the countries needs a
word of presence before it, as "présent dans", "s'étend à" and "si estende a" had): the
verbs of extending are presence words in pt and es. Not a verb of arriving ("chegou a
12 países": a delegation's journeys)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES

TC = "total_countries"


def read(language: str, body: str) -> list[tuple[str, int, str, str | None]]:
    page = f"---\ntitle: {TITLES[language]}\ndate: 2026-03-10\n---\n\n{body}\n"
    found = find_mentions(read_document(page, "markdown"), language)
    return [(m.text, m.value, m.metric.value, str(m.as_of) if m.as_of else None) for m in found]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("pt", "A rede estende-se agora a 91 países.", [("91 países", 91, TC, None)]),
        ("pt", "A rede se estende hoje a 91 países.", [("91 países", 91, TC, None)]),
        ("es", "La red se extiende ahora a 91 países.",
         [("91 países", 91, TC, None)]),
        ("es", "La red se extendía a 79 países en 2024.",
         [("79 países", 79, TC, "2024")]),
        ("fr", "Le réseau s'étend désormais à 91 pays.", [("91 pays", 91, TC, None)]),
        ("it", "La rete si estende ora a 91 Paesi.", [("91 Paesi", 91, TC, None)]),
    ],
)  # fmt: skip
def test_the_network_extends_to_its_countries(
    language: str, body: str, expected: list[tuple[str, int, str, str | None]]
) -> None:
    assert read(language, body) == expected


def test_a_delegation_arriving_is_no_presence() -> None:
    assert read("pt", "A delegação chegou a 12 países.") == []
