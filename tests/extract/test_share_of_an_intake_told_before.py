"""A country's share of an intake told in the sentence before: "(L'UNESCO a admis hier 77
nouvelles villes.) Parmi elles figurent deux villes françaises, Brest et Nanterre, dont les
candidatures avaient été transmises au printemps" (fr s12 national commission letter: read
as two French candidates). Three parts, each in es, fr, it, pt:

- the active verb of admitting is a verb of entering ("a admis", "admitió", "ha ammesso",
  "admitiu"): "among them" after it counts a part of the intake;
- "the intake includes them", "they form part of it" (Language.included_words:
  "Incluye", "en font partie", "ne fanno parte", "fazem parte dela") after an intake;
- a part of the intake whose application a relative of possession tells ("dont les
  candidatures", "cuyas candidaturas", "le cui candidature", "cujas candidaturas") is new,
  not a candidate (a part of applicants "후보로 추천됐고" stays a candidate)."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

LEADS = {
    "fr": "L'UNESCO a admis hier 77 nouvelles villes de 44 pays.",
    "es": "La UNESCO admitió ayer 77 nuevas ciudades de 44 países.",
    "it": "L'UNESCO ha ammesso ieri 77 nuove città di 44 paesi.",
    "pt": "A UNESCO admitiu ontem 77 novas cidades de 44 países.",
}

SHARES: list[tuple[str, str, str, str]] = [
    ("fr", "Parmi elles figurent deux villes françaises.", "deux villes françaises", "FR"),
    ("fr", "Parmi elles figurent deux villes françaises, Brest et Nanterre, dont les "
     "candidatures avaient été transmises au printemps.", "deux villes françaises", "FR"),
    ("fr", "Deux villes françaises en font partie.", "Deux villes françaises", "FR"),
    ("es", "Entre ellas figuran dos ciudades mexicanas.", "dos ciudades mexicanas", "MX"),
    ("es", "Entre ellas figuran dos ciudades mexicanas, Querétaro y Escobedo, cuyas "
     "candidaturas se enviaron en primavera.", "dos ciudades mexicanas", "MX"),
    ("es", "Incluye dos ciudades mexicanas, Querétaro y Escobedo.", "dos ciudades mexicanas",
     "MX"),
    ("es", "Dos ciudades mexicanas forman parte de ella.", "Dos ciudades mexicanas", "MX"),
    ("it", "Tra queste figurano due città italiane.", "due città italiane", "IT"),
    ("it", "Tra queste figurano due città italiane, Reggio Calabria e Lucca, le cui "
     "candidature erano state inviate in primavera.", "due città italiane", "IT"),
    ("it", "Due città italiane ne fanno parte.", "Due città italiane", "IT"),
    ("pt", "Entre elas estão duas cidades portuguesas.", "duas cidades portuguesas", "PT"),
    ("pt", "Entre elas estão duas cidades portuguesas, Braga e Loures, cujas candidaturas "
     "foram enviadas na primavera.", "duas cidades portuguesas", "PT"),
    ("pt", "Duas cidades portuguesas fazem parte dela.", "Duas cidades portuguesas", "PT"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "text", "country"), SHARES)
def test_a_share_of_the_intake_told_before(
    language: str, sentence: str, text: str, country: str
) -> None:
    rows = read_titled(language, LEADS[language] + " " + sentence)
    assert rows[-1] == (text, "new_cities", 2, "exact", None, country)


def test_the_active_verb_of_admitting_is_an_intake() -> None:
    rows = read_titled("es", LEADS["es"])
    assert [r[1:3] for r in rows] == [("new_cities", 77), ("new_countries", 44)]


def test_a_countrys_count_without_an_intake_before() -> None:
    rows = read_titled("es", "Incluye dos ciudades mexicanas, Querétaro y Escobedo.")
    assert rows == [("dos ciudades mexicanas", "country_cities", 2, "exact", None, "MX")]
