"""A first-time cue after an unstated part of the countries is the part's: "23 pays,
dont plusieurs font leur entrée pour la première fois" counts the intake's countries,
not first-time ones (Language.some_words). A stated part ("13 of them") was already the
cue's; a list of examples ("including Benin and Iraq") leaves it the whole's."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

SOME_OF_THEM = [
    ("en", "The 38 new cities come from 23 countries, several of them represented for the "
           "first time."),
    ("fr", "Les 38 villes retenues viennent de 23 pays, dont plusieurs qui font leur entrée "
           "pour la première fois, comme la Thaïlande."),
    ("es", "Las 38 nuevas ciudades proceden de 23 países, algunos de ellos presentes por "
           "primera vez."),
    ("it", "Le 38 nuove città provengono da 23 Paesi, alcuni dei quali entrano per la prima "
           "volta."),
    ("pt", "As 38 novas cidades vêm de 23 países, vários deles presentes pela primeira vez."),
    ("de", "Die 38 neuen Städte kommen aus 23 Ländern, einige davon zum ersten Mal."),
    ("vi", "38 thành phố mới đến từ 23 quốc gia, trong đó có một số nước lần đầu góp mặt."),
]  # fmt: skip


def _figures(code: str, line: str) -> list[tuple[str, int]]:
    found = mentions(code, line, "2019-08-06")
    return [(m.metric.value, int(m.value)) for m in found]


@pytest.mark.parametrize(("code", "line"), SOME_OF_THEM)
def test_a_first_time_cue_after_some_of_them_is_the_parts(code: str, line: str) -> None:
    assert _figures(code, line) == [("new_cities", 38), ("new_countries", 23)]


def test_a_list_of_examples_leaves_the_cue_to_the_whole() -> None:
    line = "In 2025, 13 countries, including Benin and Iraq, joined for the first time."
    assert _figures("en", line) == [("first_time_countries", 13)]
