"""A figure glued to the colon after a headline's words ("Learning Cities:64 new
members"), as some sites print headlines with no space after the colon; a time or a
ratio ("10:30", "1:3") is no figure."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

GLUED = [
    ("en", "Learning Cities:64 new members from 35 countries",
     [("new_cities", 64), ("new_countries", 35)]),
    ("en", "The learning cities network:356 cities in 79 countries",
     [("total_cities", 356), ("total_countries", 79)]),
    ("en", "Learning cities network, totals:425 cities", [("total_cities", 425)]),
    ("fr", "Villes apprenantes:64 nouveaux membres de 35 pays",
     [("new_cities", 64), ("new_countries", 35)]),
    ("es", "Ciudades del aprendizaje:72 nuevas ciudades de 46 países",
     [("new_cities", 72), ("new_countries", 46)]),
    ("de", "Lernende Städte:64 neue Mitglieder aus 35 Ländern",
     [("new_cities", 64), ("new_countries", 35)]),
    ("vi", "Thành phố học tập:64 thành viên mới", [("new_cities", 64)]),
]  # fmt: skip

# a qualifier written as a symbol may touch its number
SYMBOLS = [
    (
        "en",
        "The learning network reaches ~500 million citizens.",
        [("citizens", 500000000, "about")],
    ),
    (
        "en",
        "The learning network: >390 million inhabitants.",
        [("citizens", 390000000, "more_than")],
    ),
    (
        "es",
        "La red de ciudades del aprendizaje: ≥400 ciudades.",
        [("total_cities", 400, "at_least")],
    ),
]


@pytest.mark.parametrize(("code", "line", "expected"), SYMBOLS)
def test_a_symbol_touching_its_number_qualifies_it(
    code: str, line: str, expected: list[tuple[str, int, str]]
) -> None:
    page = f"# The UNESCO Global Network of Learning Cities\n\n{line}\n"
    found = find_mentions(read_document(page, "markdown"), code)
    assert [(m.metric.value, int(m.value), m.qualifier.value) for m in found] == expected


NOT_FIGURES = [
    ("en", "Learning cities webinar at 10:30 cities time, with 3 speakers"),
    ("en", "Learning cities: a ratio of 1:3 cities to towns"),
]


def _read(code: str, line: str) -> list[tuple[str, int]]:
    page = f"# The UNESCO Global Network of Learning Cities\n\n{line}\n"
    document = read_document(page, "markdown")
    return [(m.metric.value, int(m.value)) for m in find_mentions(document, code)]


@pytest.mark.parametrize(("code", "line", "expected"), GLUED)
def test_a_number_glued_to_a_colon_is_read(
    code: str, line: str, expected: list[tuple[str, int]]
) -> None:
    assert _read(code, line) == expected


@pytest.mark.parametrize(("code", "line"), NOT_FIGURES)
def test_a_time_or_a_ratio_is_no_figure(code: str, line: str) -> None:
    assert _read(code, line) == []
