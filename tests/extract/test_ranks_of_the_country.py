"""A member city's rank said of "the country", or with "and the only one" after it: "Chía
se convierte en la novena ciudad del país en la red", "Chía es la novena y la única que
ingresó en 2025" (dev pages from two writers: both missed, the country is the named
city's, from the store's gazetteer; lcnet.extract.ranks)."""

from __future__ import annotations

import pytest

from lcnet.dates import PartialDate
from lcnet.extract import Gazetteer, Place, find_mentions, read_document
from tests.eval.roundtrip import TITLES
from tests.extract.titled import Row, read_titled, row

PLACES = Gazetteer(
    {
        "chía": Place("co/chia", "CO", PartialDate(2025, 12)),
        "fundão": Place("pt/fundao", "PT", PartialDate(2024, 2)),
        "lille": Place("fr/lille", "FR", PartialDate(2024, 2)),
        "lucca": Place("it/lucca", "IT", PartialDate(2020, 9)),
        "querétaro": Place("mx/queretaro", "MX", PartialDate(2022, 9)),
    }
)


def read(language: str, body: str) -> list[Row]:
    return read_titled(language, body, places=PLACES)


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "es",
            "Con este ingreso, Chía se convierte en la novena ciudad del país en la red.",
            [("novena ciudad del país", "country_cities", 9, "exact", None, "CO")],
        ),
        (
            "es",  # a past verb: dated by its joining
            "Querétaro fue la tercera ciudad del país, según la Secretaría.",
            [("tercera ciudad del país", "country_cities", 3, "exact", "2022-09", "MX")],
        ),
        (
            "pt",
            "O Fundão tornou-se a décima sexta cidade do país na rede da UNESCO.",
            [("décima sexta cidade do país", "country_cities", 16, "exact", "2024-02", "PT")],
        ),
        (
            "fr",
            "Lille est la septième ville du pays à rejoindre le réseau.",
            [("septième ville du pays", "country_cities", 7, "exact", None, "FR")],
        ),
        (
            "it",
            "Lucca è la quarta città del paese nella rete.",
            [("quarta città del paese", "country_cities", 4, "exact", None, "IT")],
        ),
    ],
)
def test_the_rank_of_the_named_city_s_country(
    language: str, body: str, expected: list[Row]
) -> None:
    assert read(language, body) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "es",
            "Chía es la novena y la única que ingresó en 2025.",
            [("novena", "country_cities", 9, "exact", "2025", "CO")],
        ),
        (
            "pt",
            "O Fundão é a décima sexta e a única que entrou em 2024.",
            [("décima sexta", "country_cities", 16, "exact", "2024", "PT")],
        ),
        (
            "fr",
            "Lille est la septième et la seule admise en 2024.",
            [("septième", "country_cities", 7, "exact", "2024", "FR")],
        ),
        (
            "it",
            "Lucca è la quarta e l'unica entrata nel 2020.",
            [("quarta", "country_cities", 4, "exact", "2020", "IT")],
        ),
        (
            "en",
            "Lille is the seventh and the only one admitted in 2024.",
            [("seventh", "country_cities", 7, "exact", "2024", "FR")],
        ),
    ],
)
def test_the_rank_and_the_only_one(language: str, body: str, expected: list[Row]) -> None:
    assert read(language, body) == expected


def test_a_rank_of_something_else_of_the_country_is_none() -> None:
    # no member named before the verb: the rank is not a member's
    assert read("es", "La feria es la novena ciudad del país en visitantes.") == []


def read_under(language: str, title: str, body: str) -> list[Row]:
    """The rows of `body` under its own `title` (the network named there or not)."""
    page = f"---\ntitle: {title}\n---\n\n{body}\n"
    return [
        row(m) for m in find_mentions(read_document(page, "markdown"), language, places=PLACES)
    ]


@pytest.mark.parametrize(
    ("language", "title", "body", "expected"),
    [
        (
            "es",
            "Chía entra a la Red Mundial de Ciudades del Aprendizaje de la UNESCO",
            "Con este paso, el municipio sabanero se convierte en la novena ciudad del país.",
            [("novena ciudad del país", "country_cities", 9, "exact", None, "CO")],
        ),
        (
            "es",
            "Querétaro, Ciudad del Aprendizaje de la UNESCO",
            "Desde hoy nuestra ciudad es la tercera mexicana.",
            [("tercera mexicana", "country_cities", 3, "exact", None, "MX")],
        ),
        (
            "pt",
            "Fundão na Rede Mundial de Cidades de Aprendizagem da UNESCO",
            "Com a adesão, o município torna-se a décima sexta cidade do país.",
            [("décima sexta cidade do país", "country_cities", 16, "exact", None, "PT")],
        ),
        (
            "fr",
            "Lille rejoint le Réseau mondial des villes apprenantes de l'UNESCO",
            "Avec cette admission, la ville est la septième.",
            [("septième", "country_cities", 7, "exact", None, "FR")],
        ),
        (
            "it",
            "Lucca nella Rete globale delle città dell'apprendimento dell'UNESCO",
            "Con questo ingresso il comune toscano è la quarta città del paese.",
            [("quarta città del paese", "country_cities", 4, "exact", None, "IT")],
        ),
    ],
)
def test_the_text_s_own_city_as_the_subject(
    language: str, title: str, body: str, expected: list[Row]
) -> None:
    assert read_under(language, title, body) == expected


def test_the_own_city_needs_one_city_in_the_title() -> None:
    title = "Chía y Lille en la Red Mundial de Ciudades del Aprendizaje de la UNESCO"
    body = "Con este paso, el municipio se convierte en la novena ciudad del país."
    assert read_under("es", title, body) == []


def _archive(language: str, date: str, entries: list[tuple[str, str]]) -> str:
    body = "".join(f"<section><h2>{head}</h2><p>{text}</p></section>" for head, text in entries)
    return (
        f"<html><head><title>{TITLES[language]}</title>"
        f"<meta property='article:published_time' content='{date}'></head>"
        f"<body><main>{body}</main></body></html>"
    )


@pytest.mark.parametrize(
    ("language", "entries", "expected"),
    [
        (
            "pt",
            [
                ("24.02.2024 · O Fundão entra", "O Fundão é a décima sexta portuguesa."),
                ("05.12.2025 · Nova ronda", "A rede tem 425 membros."),
            ],
            ("décima sexta portuguesa", "country_cities", 16, "exact", "2024-02-24", "PT"),
        ),
        (
            "es",
            [
                ("05/12/2025 - Chía entra", "Chía es la novena y la única de este año."),
                ("15/02/2024 - Otra ronda", "La red tiene 356 miembros."),
            ],
            ("novena", "country_cities", 9, "exact", "2025-12-05", "CO"),
        ),
    ],
)
def test_a_rank_in_a_dated_entry_is_of_its_date(
    language: str, entries: list[tuple[str, str]], expected: Row
) -> None:
    page = _archive(language, "2026-05-01", entries)
    found = [row(m) for m in find_mentions(read_document(page, "html"), language, places=PLACES)]
    assert found[0] == expected


VI_PLACES = Gazetteer(
    {
        "hà nội": Place("vn/hanoi", "VN", PartialDate(2025, 12)),
        "sơn la": Place("vn/son-la", "VN", PartialDate(2024, 2)),
        "cao lãnh": Place("vn/cao-lanh", "VN", PartialDate(2022, 9)),
        "envigado": Place("co/envigado", "CO", PartialDate(2022, 9)),
    }
)


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        # vi writes the noun between the verb and the rank: "là thành phố thứ sáu"
        ("vi", "Hà Nội là thành phố thứ sáu.",
         [("thứ sáu", "country_cities", 6, "exact", None, "VN")]),
        ("vi", "Hà Nội là thành phố thứ sáu gia nhập mạng lưới.",
         [("thứ sáu", "country_cities", 6, "exact", None, "VN")]),
        # a date that opens the subject's clause dates the rank
        ("vi", "Năm 2022, Cao Lãnh trở thành thành viên thứ ba trong mạng lưới.",
         [("thứ ba", "country_cities", 3, "exact", "2022", "VN")]),
        ("es", "En 2022, Envigado fue la sexta.",
         [("sexta", "country_cities", 6, "exact", "2022", "CO")]),
        # not a date of another clause before it
        ("es", "Medellín entró en 2017 y hoy Envigado es la sexta.",
         [("sexta", "country_cities", 6, "exact", None, "CO")]),
    ],
)  # fmt: skip
def test_vietnamese_ranks_and_opening_dates(language: str, body: str, expected: list[Row]) -> None:
    assert read_titled(language, body, places=VI_PLACES) == expected
