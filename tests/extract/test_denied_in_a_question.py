"""A figure in a question the next words answer "no": "É verdade que mais de mil cidades
fazem parte? Não. Esse número ..." (a pt dev FAQ: the denied "mais de mil" was reported,
judged a bound violated, though the page itself says it is wrong). Such a figure is no
claim of the text (lcnet.extract.hypothetical._denied); a question answered otherwise
keeps its figure, and so does the answer's own figure."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES


def read(language: str, body: str) -> list[tuple[str, int]]:
    page = f"---\ntitle: {TITLES[language]}\ndate: 2026-03-10\n---\n\n{body}\n"
    return [(m.text, m.value) for m in find_mentions(read_document(page, "markdown"), language)]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("pt", "É verdade que mais de mil cidades fazem parte?\n\nNão. Esse número nunca foi "
         "o da rede.", []),
        ("es", "¿Es cierto que la red tiene 500 ciudades? No, tiene 425 ciudades.",
         [("425 ciudades", 425)]),
        ("fr", "Le réseau compte-t-il 500 villes ? Non : il en compte 425.", [("425", 425)]),
        ("it", "È vero che la rete conta 500 città? No. Sono 425.", [("425", 425)]),
        ("en", "Does the network have 500 cities? No, it has 425 cities.",
         [("425 cities", 425)]),
        ("vi", "Mạng lưới có 500 thành phố phải không? Không. Mạng lưới có 425 thành phố.",
         [("425 thành phố", 425)]),
    ],
)  # fmt: skip
def test_a_denied_figure_is_none(
    language: str, body: str, expected: list[tuple[str, int]]
) -> None:
    assert read(language, body) == expected


def test_a_question_answered_yes_keeps_its_figure() -> None:
    body = "¿Es cierto que la red tiene 425 ciudades? Sí, desde diciembre."
    assert read("es", body) == [("425 ciudades", 425)]
