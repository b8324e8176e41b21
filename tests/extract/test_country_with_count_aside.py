"""A country's count set off by commas after its verb: "Portugal é, com 15 cidades, um
dos países europeus mais representados" was no figure at all (pt s11-newsletter-cnu-
braga-2022); "Colombia es, con nueve ciudades, ..." neither. Italian and French read it
already ("è, con", "est, avec"): "é" and "es" are now possession words in pt and es."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES


def read(language: str, body: str) -> list[tuple[str, int, str, str | None]]:
    page = f"---\ntitle: {TITLES[language]}\ndate: 2022-10-07\n---\n\n{body}\n"
    found = find_mentions(read_document(page, "markdown"), language)
    return [(m.text, m.value, m.metric.value, m.country) for m in found]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("pt", "Portugal é, com 15 cidades, um dos países europeus mais representados.",
         [("15 cidades", 15, "country_cities", "PT")]),
        ("es", "Colombia es, con nueve ciudades, uno de los países latinoamericanos más "
               "representados.", [("nueve ciudades", 9, "country_cities", "CO")]),
        ("it", "L'Italia è, con dodici città, uno dei Paesi europei più rappresentati.",
         [("dodici città", 12, "country_cities", "IT")]),
        ("fr", "La France est, avec huit villes, l'un des pays européens les plus représentés.",
         [("huit villes", 8, "country_cities", "FR")]),
    ],
)  # fmt: skip
def test_a_country_and_its_count_between_commas(
    language: str, body: str, expected: list[tuple[str, int, str, str | None]]
) -> None:
    assert read(language, body) == expected
