"""An accepted application is an admission, not an application: "uma das três cidades
portuguesas que, este ano, viram admitida a candidatura de adesão" (a city hall's page,
read as three Portuguese applicants) is three new Portuguese members. The words of the
acceptance ("aprovada", "aceptada", "retenue", "accolta") make the application an
intake cue and keep it from being a candidate cue (Language.intake_cues,
candidate_cues), and French "dont la candidature" is the relative "whose", no subset
cue ("294 villes, dont sept en France" is one). The variant sweep in pt, es, fr, it
(the acceptance after the application or before it, the network as the subject);
near-misses: an application submitted, no more, stays an applicant's."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

ACCEPTED = [
    ("pt", "Setúbal foi uma das três cidades portuguesas que, este ano, viram admitida a "
     "candidatura à rede.", "PT"),
    ("pt", "Este ano, três cidades portuguesas viram aprovada a sua candidatura à rede.", "PT"),
    ("pt", "Três cidades portuguesas tiveram a candidatura aceite este ano.", "PT"),
    ("pt", "São três as cidades portuguesas cuja candidatura foi aprovada este ano.", "PT"),
    ("pt", "Este ano a rede aprovou a candidatura de três cidades portuguesas.", "PT"),
    ("es", "Tunja fue una de las tres ciudades colombianas que este año vieron aprobada su "
     "candidatura a la red.", "CO"),
    ("es", "Este año, tres ciudades colombianas vieron aceptada su candidatura.", "CO"),
    ("es", "Tres ciudades colombianas cuya candidatura fue aprobada este año entran a la red.",
     "CO"),
    ("es", "Este año la red aprobó la candidatura de tres ciudades colombianas.", "CO"),
    ("fr", "Cette année, trois villes françaises ont vu leur candidature retenue.", "FR"),
    ("fr", "Brest est l'une des trois villes françaises dont la candidature a été acceptée "
     "cette année.", "FR"),
    ("fr", "Trois villes françaises, dont la candidature a été retenue, entrent dans le réseau.",
     "FR"),
    ("fr", "Cette année, le réseau a accepté la candidature de trois villes françaises.", "FR"),
    ("it", "Fermo è una delle tre città italiane la cui candidatura è stata accolta "
     "quest'anno.", "IT"),
    ("it", "Quest'anno tre città italiane hanno visto approvata la loro candidatura.", "IT"),
    ("it", "Quest'anno la rete ha approvato la candidatura di tre città italiane.", "IT"),
]  # fmt: skip

SUBMITTED = [
    ("pt", "Este ano, três cidades portuguesas apresentaram a sua candidatura à rede.", "PT"),
    ("es", "Este año, tres ciudades colombianas presentaron su candidatura a la red.", "CO"),
    ("fr", "Cette année, trois villes françaises ont déposé leur candidature.", "FR"),
    ("it", "Quest'anno tre città italiane hanno presentato la loro candidatura.", "IT"),
]


@pytest.mark.parametrize(("language", "body", "country"), ACCEPTED)
def test_an_accepted_application_is_an_intake(language: str, body: str, country: str) -> None:
    found = [(m.metric.value, m.value, m.country) for m in mentions(language, body, "2019-10-12")]
    assert found == [("new_cities", 3, country)]


@pytest.mark.parametrize(("language", "body", "country"), SUBMITTED)
def test_a_submitted_application_stays_an_applicants(
    language: str, body: str, country: str
) -> None:
    found = [(m.metric.value, m.value, m.country) for m in mentions(language, body, "2019-10-12")]
    assert found == [("candidate_cities", 3, country)]
