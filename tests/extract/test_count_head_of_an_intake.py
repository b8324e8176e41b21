"""A count named before its number whose head says it is an intake's: "Số thành phố được
kết nạp đợt này là 54" (vi s12 provincial daily) had its metric unread, in every language
(a count head's figure too small for the network was an intake's only when a word of
joining stood before the head). The head's own words of joining count too."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

CASES: list[tuple[str, str]] = [
    ("vi", "Số thành phố được kết nạp đợt này là 54."),
    ("vi", "Số thành phố được công nhận trong đợt này là 54."),
    ("fr", "Le nombre de villes admises cette année est de 54."),
    ("fr", "Le nombre de villes qui ont rejoint le réseau cette année s'élève à 54."),
    ("es", "El número de ciudades admitidas este año es de 54."),
    ("es", "El número de ciudades que se incorporaron este año asciende a 54."),
    ("it", "Il numero delle città ammesse quest'anno è di 54."),
    ("it", "Il numero di città entrate quest'anno sale a 54."),
    ("pt", "O número de cidades admitidas este ano é de 54."),
    ("pt", "O número de cidades que aderiram este ano chega a 54."),
    ("en", "The number of cities admitted this year is 54."),
    ("en", "The number of cities that joined this year comes to 54."),
]


@pytest.mark.parametrize(("language", "text"), CASES)
def test_a_count_head_of_an_intake(language: str, text: str) -> None:
    (row,) = read_titled(language, text)
    assert row[1:] == ("new_cities", 54, "exact", None, None)


def test_a_count_head_of_the_network_stays_a_total() -> None:
    (row,) = read_titled("fr", "Le nombre de villes qui ont rejoint le réseau atteint 425.")
    assert row[1:] == ("total_cities", 425, "exact", None, None)
