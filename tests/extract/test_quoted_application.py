"""What an application says, quoted after a colon, is no count of applicants: "L'adjoint
cite encore les chiffres de sa première lettre de candidature : « Nous rejoignons 229
villes de 64 pays »" (fr b12 regional TV page) was read as 229 candidates and the 64
countries were lost (a stale pair not caught). A word of applying before the figure
(metric._candidates) does not reach into a quotation opened after a colon; without the
colon ("le città interessate ad aderire sono «circa mille»") it still does."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

QUOTED: list[tuple[str, str, list[Row]]] = [
    ("fr", "L'adjoint cite les chiffres de sa lettre de candidature : « Nous rejoignons 229 "
     "villes de 64 pays qui partagent leurs pratiques. »",
     [("229 villes", "total_cities", 229, "exact", None, None),
      ("64 pays", "total_countries", 64, "exact", None, None)]),
    ("fr", "Dans le dossier de candidature : « le réseau compte 229 villes dans 64 pays ».",
     [("229 villes", "total_cities", 229, "exact", None, None),
      ("64 pays", "total_countries", 64, "exact", None, None)]),
    ("es", "El concejal cita su carta de candidatura: «Nos sumamos a 229 ciudades de 64 "
     "países que comparten prácticas».",
     [("229 ciudades", "total_cities", 229, "exact", None, None),
      ("64 países", "total_countries", 64, "exact", None, None)]),
    ("it", "Nel dossier di candidatura: «la rete conta 229 città in 64 paesi».",
     [("229 città", "total_cities", 229, "exact", None, None),
      ("64 paesi", "total_countries", 64, "exact", None, None)]),
    ("pt", "O vereador cita a carta de candidatura: «Juntamo-nos a 229 cidades de 64 países "
     "que partilham práticas».",
     [("229 cidades", "total_cities", 229, "exact", None, None),
      ("64 países", "total_countries", 64, "exact", None, None)]),
    ("en", 'From the application file: "the network has 229 cities in 64 countries".',
     [("229 cities", "total_cities", 229, "exact", None, None),
      ("64 countries", "total_countries", 64, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), QUOTED)
def test_a_quoted_application_says_the_networks_figures(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected


APPLICANTS: list[tuple[str, str, list[Row]]] = [
    ("it", 'Le città interessate ad aderire nel mondo sono "circa mille".',
     [("circa mille", "candidate_cities", 1000, "about", None, None)]),
    ("fr", "Candidatures en cours : trois villes.",
     [("trois villes", "candidate_cities", 3, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), APPLICANTS)
def test_applicants_without_a_quoted_clause(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
