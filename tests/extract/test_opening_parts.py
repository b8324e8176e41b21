"""Parts of an intake that open their sentence and name their whole in words
(lcnet.extract.openings): "Trece de esos países participan por primera vez" counts the
intake's first-time countries, "Onze das novas são capitais" its capitals."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("es", "Trece de esos países participan por primera vez.",
         [("Trece de esos países", "first_time_countries", 13, "exact", None, None)]),
        ("es", "Diez de estos países debutan en la red.",
         [("Diez de estos países", "first_time_countries", 10, "exact", None, None)]),
        ("pt", "Treze desses países estreiam na rede.",
         [("Treze desses países", "first_time_countries", 13, "exact", None, None)]),
        ("fr", "Treize de ces pays participent pour la première fois.",
         [("Treize de ces pays", "first_time_countries", 13, "exact", None, None)]),
        ("en", "Thirteen of these countries are represented for the first time.",
         [("Thirteen of these countries", "first_time_countries", 13, "exact", None, None)]),
        ("es", "Once de las nuevas son capitales nacionales.",
         [("Once de las nuevas", "new_capitals", 11, "exact", None, None)]),
        ("pt", "Onze das novas são capitais.",
         [("Onze das novas", "new_capitals", 11, "exact", None, None)]),
        ("en", "Eleven of the newcomers are national capitals.",
         [("Eleven of the newcomers", "new_capitals", 11, "exact", None, None)]),
    ],
)  # fmt: skip
def test_a_part_that_opens_its_sentence(language: str, body: str, expected: list[Row]) -> None:
    assert read_titled(language, body) == expected


def test_the_figure_before_stays_what_it_was() -> None:
    body = "Entraron 72 ciudades de 46 países. Trece de esos países participan por primera vez."
    assert read_titled("es", body) == [
        ("72 ciudades", "new_cities", 72, "exact", None, None),
        ("46 países", "new_countries", 46, "exact", None, None),
        ("Trece de esos países", "first_time_countries", 13, "exact", None, None),
    ]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("es", "Trece de esos países tienen costa."),  # no first-time cue
        ("es", "Tres de las nuevas son ciudades costeras."),  # not capitals
        ("pt", "Dois desses países já tinham cidades na rede, disse ela."),
        ("en", "Two of the newcomers are port cities."),
    ],
)
def test_a_part_that_says_neither_is_no_figure(language: str, body: str) -> None:
    assert read_titled(language, body) == []
