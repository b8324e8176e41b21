"""A figure the next sentence dates by saying what it is: "«¿No eran 294 ciudades?». Esa
es la cifra de septiembre de 2022; hoy son más." A vi dev blog quoted a colleague's "Chẳng
phải mạng lưới có 294 thành phố sao?" and went on "Đó là con số sau đợt công nhận tháng
9/2022": the 294 was judged stale at the text's date (a false alarm).
(lcnet.extract.historic.dated_by_the_next)"""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES
from tests.extract.titled import Row, row


def read(language: str, body: str, date: str = "2024-03-02") -> list[Row]:
    page = f"---\ntitle: {TITLES[language]}\ndate: {date}\n---\n\n{body}\n"
    return [row(m) for m in find_mentions(read_document(page, "markdown"), language)]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "vi",
            'Một người hỏi: "Chẳng phải mạng lưới có 294 thành phố sao?". Đó là con số sau '
            "đợt công nhận tháng 9/2022; nay đã khác.",
            [("294 thành phố", "total_cities", 294, "exact", "2022-09", None)],
        ),
        (
            "es",
            "Un folleto dice que la red tiene 294 ciudades. Esa es la cifra de septiembre de "
            "2022, no la de hoy.",
            [("294 ciudades", "total_cities", 294, "exact", "2022-09", None)],
        ),
        (
            "pt",
            "O cartaz ainda diz que a rede tem 229 cidades. Esse é o número de setembro de 2020.",
            [("229 cidades", "total_cities", 229, "exact", "2020-09", None)],
        ),
        (
            "en",
            "The leaflet says the network has 294 cities. That was the count after the "
            "September 2022 round.",
            [("294 cities", "total_cities", 294, "exact", "2022-09", None)],
        ),
        (
            "fr",
            "L'affiche annonce un réseau de 229 villes. C'est le chiffre de septembre 2020.",
            [("229 villes", "total_cities", 229, "exact", "2020-09", None)],
        ),
        (
            "it",
            "Il volantino parla di una rete di 294 città. Quello è il numero di settembre 2022.",
            [("294 città", "total_cities", 294, "exact", "2022-09", None)],
        ),
    ],
)
def test_the_next_sentence_dates_the_figure(language: str, body: str, expected: list[Row]) -> None:
    assert read(language, body) == expected


def test_a_date_of_the_text_s_own_month_dates_nothing() -> None:
    body = "La red tiene 356 ciudades. Esa es la cifra de marzo de 2024."
    assert read("es", body) == [("356 ciudades", "total_cities", 356, "exact", None, None)]


def test_only_the_last_figure_of_its_sentence() -> None:
    body = "La red tenía 294 ciudades y hoy tiene 356. Esa es la cifra de febrero de 2024."
    assert read("es", body, "2024-06-01") == [
        ("294 ciudades", "total_cities", 294, "exact", None, None),
        ("356", "total_cities", 356, "exact", "2024-02", None),
    ]
