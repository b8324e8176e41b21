"""A country's share of an intake said with the past copula, "Dos 54 novos membros, três
eram portugueses", "De las 54 ciudades admitidas en septiembre de 2020, tres eran
colombianas": Spanish "eran" and Portuguese "eram" are copulas as French "étaient" and
Italian "erano" were (Language.copulas), so the share is read in the past as in the
present. The variant sweep: the same fact eight ways in es, fr, it and pt (present and
past, the set with its participle and date, with "novos"/"nuevos", "entre", a set with
no number); none reads another figure than the intake and its share."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

_SWEEP = {
    "pt": ("Dos 54 novos membros, três são portugueses.",
           "Dos 54 novos membros, três eram portugueses.",
           "Dos 54 novos membros admitidos em setembro de 2020, três eram portugueses.",
           "Das 54 cidades admitidas em setembro de 2020, três eram portuguesas.",
           "Entre as 54 novas cidades, três eram portuguesas.",
           "Das 54 novas cidades deste ano, três são portuguesas.",
           "Dos 54 membros admitidos, três eram portugueses.",
           "Das recém-chegadas, três eram portuguesas."),
    "es": ("De los 54 nuevos miembros, tres son colombianos.",
           "De los 54 nuevos miembros, tres eran colombianos.",
           "De los 54 nuevos miembros admitidos en septiembre de 2020, tres eran colombianos.",
           "De las 54 ciudades admitidas en septiembre de 2020, tres eran colombianas.",
           "Entre las 54 nuevas ciudades, tres eran colombianas.",
           "De las 54 nuevas ciudades de este año, tres son colombianas.",
           "De los 54 miembros admitidos, tres eran colombianos.",
           "De las recién llegadas, tres eran colombianas."),
    "fr": ("Parmi les 54 nouveaux membres, trois sont français.",
           "Parmi les 54 nouveaux membres, trois étaient français.",
           "Parmi les 54 nouveaux membres admis en septembre 2020, trois étaient français.",
           "Sur les 54 villes admises en septembre 2020, trois étaient françaises.",
           "Parmi les 54 nouvelles villes, trois étaient françaises.",
           "Sur les 54 nouvelles villes de cette année, trois sont françaises.",
           "Sur les 54 membres admis, trois étaient français.",
           "Parmi les nouvelles venues, trois étaient françaises."),
    "it": ("Dei 54 nuovi membri, tre sono italiani.",
           "Dei 54 nuovi membri, tre erano italiani.",
           "Dei 54 nuovi membri ammessi nel settembre 2020, tre erano italiani.",
           "Delle 54 città ammesse nel settembre 2020, tre erano italiane.",
           "Tra le 54 nuove città, tre erano italiane.",
           "Delle 54 nuove città di quest'anno, tre sono italiane.",
           "Dei 54 membri ammessi, tre erano italiani.",
           "Delle nuove arrivate, tre erano italiane."),
}  # fmt: skip
_COUNTRY = {"pt": "PT", "es": "CO", "fr": "FR", "it": "IT"}


@pytest.mark.parametrize(
    ("language", "body"),
    [(language, body) for language, bodies in _SWEEP.items() for body in bodies],
)
def test_a_share_of_an_intake_is_read_in_the_past_as_in_the_present(
    language: str, body: str
) -> None:
    found = [(m.metric.value, m.value, m.country) for m in mentions(language, body, "2020-10-12")]
    share = ("new_cities", 3, _COUNTRY[language])
    expected = [("new_cities", 54, None), share] if "54" in body else [share]
    assert found == expected
