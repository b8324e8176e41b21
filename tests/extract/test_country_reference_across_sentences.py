"""A reference to the country ("del país", "del paese", "o total nacional") finds the
country named last nearby, also in the sentence before: "Portugal conta agora dezasseis
cidades na rede. ... em 2022 entrou Braga, que elevou o total nacional para quinze" read
the fifteen as the 2022 intake (judged wrong: a false alarm on pt s12-cnu-boletim-marco-
2024); "Hoy las ciudades del país en la red son nueve" after a sentence naming Colombia
was no figure."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES


def read(language: str, body: str) -> list[tuple[int, str, str | None]]:
    page = f"---\ntitle: {TITLES[language]}\ndate: 2024-03-10\n---\n\n{body}\n"
    found = find_mentions(read_document(page, "markdown"), language)
    return [(m.value, m.metric.value, m.country) for m in found]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("pt", "Portugal conta agora dezasseis cidades na rede. A primeira vaga, em 2016, trouxe "
               "Cascais e Mação; em 2022 entrou Braga, que elevou o total nacional para quinze.",
         [(16, "country_cities", "PT"), (15, "country_cities", "PT")]),
        ("es", "Colombia entró en la red con Medellín. Hoy las ciudades del país en la red son "
               "nueve.", [(9, "country_cities", "CO")]),
        ("it", "L'Italia è entrata con Torino. Oggi le città del paese nella rete sono dodici.",
         [(12, "country_cities", "IT")]),
    ],
)  # fmt: skip
def test_the_country_named_before(
    language: str, body: str, expected: list[tuple[int, str, str | None]]
) -> None:
    assert read(language, body) == expected
