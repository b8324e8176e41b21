"""Applicants to another programme are no applicants to the network: a real page of
October 2020 said two of Portugal's three new members were also candidates for an
environmental programme, and lcnet made all three candidates; a word of applying that a
programme, an award or a contest follows is set aside."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

ELSEWHERE: list[tuple[str, str, list[Row]]] = [
    ("pt", "A rede conta com três novos membros portugueses, dois dos quais candidatos ao "
     "Programa ECOXXI.", [("três novos membros portugueses", "new_cities", 3, "exact", None,
                           "PT")]),
    ("es", "Ingresaron tres nuevas ciudades colombianas, dos de ellas candidatas al premio de "
     "la UNESCO.", [("tres nuevas ciudades colombianas", "new_cities", 3, "exact", None,
                     "CO")]),
    # applicants to the network stay applicants
    ("pt", "Três municípios portugueses são candidatos à rede este ano.",
     [("Três municípios portugueses", "candidate_cities", 3, "exact", None, "PT")]),
    ("es", "Tres ciudades chilenas son candidatas a la red.",
     [("Tres ciudades chilenas", "candidate_cities", 3, "exact", None, "CL")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), ELSEWHERE)
def test_applicants_to_another_programme_are_set_aside(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected
