"""A country's count said as a change, the country its subject: "Brazil went from five to
six cities", "Portugal passou de 16 para 17 cidades", "Colombia pasó de ocho a nueve
ciudades". Found by a variant sweep: the country owned "went to six cities" but not "went
from five to six cities" (the start of the change stood between it and the figure, and
only words of possession may), so neither figure was read, in every language.
(lcnet.extract.metric._before_a_change)"""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES
from tests.extract.titled import Row, row


def read(language: str, body: str) -> list[Row]:
    page = f"---\ntitle: {TITLES[language]}\ndate: 2026-03-10\n---\n\n{body}\n"
    return [row(m) for m in find_mentions(read_document(page, "markdown"), language)]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "en",
            "Brazil went from five to six cities in the network.",
            [
                ("five", "country_cities", 5, "exact", None, "BR"),
                ("six cities", "country_cities", 6, "exact", None, "BR"),
            ],
        ),
        (
            "pt",
            "Portugal passou de 16 para 17 cidades com a entrada de Lisboa.",
            [
                ("16", "country_cities", 16, "exact", None, "PT"),
                ("17 cidades", "country_cities", 17, "exact", None, "PT"),
            ],
        ),
        (
            "es",
            "Colombia pasó de ocho a nueve ciudades con la entrada de Chía.",
            [
                ("ocho", "country_cities", 8, "exact", None, "CO"),
                ("nueve ciudades", "country_cities", 9, "exact", None, "CO"),
            ],
        ),
        (
            "fr",
            "La France est passée de sept à huit villes dans le réseau.",
            [
                ("sept", "country_cities", 7, "exact", None, "FR"),
                ("huit villes", "country_cities", 8, "exact", None, "FR"),
            ],
        ),
        (
            "it",
            "L'Italia è passata da sette a otto città nella rete.",
            [
                ("sette", "country_cities", 7, "exact", None, "IT"),
                ("otto città", "country_cities", 8, "exact", None, "IT"),
            ],
        ),
        (
            "vi",
            "Việt Nam tăng từ 5 lên 6 thành phố trong mạng lưới.",
            [
                ("5", "country_cities", 5, "exact", None, "VN"),
                ("6 thành phố", "country_cities", 6, "exact", None, "VN"),
            ],
        ),
    ],
)
def test_the_country_s_change(language: str, body: str, expected: list[Row]) -> None:
    assert read(language, body) == expected


def test_the_network_s_change_is_no_country_s() -> None:
    body = "A rede passou de 356 para 425 cidades; o Brasil tem seis."
    assert [r[1:6] for r in read("pt", body)][:2] == [
        ("total_cities", 356, "exact", None, None),
        ("total_cities", 425, "exact", None, None),
    ]
