"""A count in apposition after the names it sums, a comma and a definite article before
it, holds the subject already: "Tunja ingresó ... junto con Quibdó y Rionegro, las tres
ciudades colombianas admitidas en esa ocasión" is three, not four (an outside writer's
page, es b10-alcaldia-tunja-prensa-2021: judged wrong against Colombia's complete list,
a false alarm). The same in it, pt and en (a variant sweep; metric._apposed). A count
after a verb of joining "along with" without the article still adds the subject."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES


def read(language: str, body: str) -> list[tuple[str, int, str, str | None]]:
    page = f"---\ntitle: {TITLES[language]}\ndate: 2021-03-10\n---\n\n{body}\n"
    found = find_mentions(read_document(page, "markdown"), language)
    return [(m.text, m.value, m.metric.value, m.country) for m in found]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("es", "Tunja ingresó junto con Quibdó y Rionegro, las tres ciudades colombianas "
               "admitidas en esa ocasión.",
         [("tres ciudades colombianas", 3, "new_cities", "CO")]),
        ("es", "Tunja ingresó junto con Quibdó y Rionegro: las tres ciudades colombianas de "
               "esa ronda.", [("tres ciudades colombianas", 3, "new_cities", "CO")]),
        ("it", "Lucca è entrata insieme a Trieste e Palermo, le tre città italiane ammesse in "
               "quella tornata.", [("tre città italiane", 3, "new_cities", "IT")]),
        ("pt", "Braga entrou juntamente com Lisboa e Porto, as três cidades portuguesas "
               "admitidas nessa ronda.", [("três cidades portuguesas", 3, "new_cities", "PT")]),
        ("en", "Derby joined together with Kirklees and Leeds, the three British cities "
               "admitted that year.", [("three British cities", 3, "new_cities", "GB")]),
    ],
)  # fmt: skip
def test_a_count_apposed_to_the_names_holds_the_subject(
    language: str, body: str, expected: list[tuple[str, int, str, str | None]]
) -> None:
    assert read(language, body) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("es", "Chía ingresó junto con otras 71 ciudades.",
         [("otras 71 ciudades", 72, "new_cities", None)]),
        ("en", "Hanoi joined along with 71 cities.", [("71 cities", 72, "new_cities", None)]),
    ],
)  # fmt: skip
def test_a_count_along_with_the_subject_still_adds_it(
    language: str, body: str, expected: list[tuple[str, int, str, str | None]]
) -> None:
    assert read(language, body) == expected
