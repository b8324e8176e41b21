"""A count a verb of a past state gives, a later count after it said of now: "Portugal
tinha 16 cidades e agora tem 17", "México tenía siete ciudades en la red y hoy tiene
ocho". The first is of some earlier time, not a claim of now: it was judged stale (a
variant sweep; engine._had_then_now). A past state alone keeps its reading."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES


def earlier(language: str, body: str) -> list[tuple[str, int, bool]]:
    page = f"---\ntitle: {TITLES[language]}\ndate: 2026-03-10\n---\n\n{body}\n"
    found = find_mentions(read_document(page, "markdown"), language)
    return [(m.text, m.value, m.earlier) for m in found]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("pt", "Portugal tinha 16 cidades e agora tem 17.", [("16 cidades", 16, True),
                                                           ("17", 17, False)]),
        ("pt", "Portugal tinha 16 cidades e passou a ter 17.", [("16 cidades", 16, True),
                                                              ("17", 17, False)]),
        ("es", "México tenía siete ciudades en la red y hoy tiene ocho.",
         [("siete ciudades", 7, True)]),
        ("es", "Colombia contaba con ocho ciudades; ahora son 9.",
         [("ocho ciudades", 8, True), ("9", 9, False)]),
        ("it", "L'Italia aveva 7 città e ora ne ha 8.", [("7 città", 7, True), ("8", 8, False)]),
        # (the clitic's "en compte maintenant 8" is still no figure of its own: a miss)
        ("fr", "La France comptait 7 villes et en compte maintenant 8.",
         [("7 villes", 7, True)]),
        ("fr", "La France avait 7 villes ; elle en a maintenant 8.",
         [("7 villes", 7, True), ("8", 8, False)]),
    ],
)  # fmt: skip
def test_the_past_count_before_a_count_of_now(
    language: str, body: str, expected: list[tuple[str, int, bool]]
) -> None:
    assert earlier(language, body) == expected


def test_a_past_state_alone_keeps_its_reading() -> None:
    assert earlier("pt", "Portugal tinha 16 cidades na rede.") == [("16 cidades", 16, False)]
