"""An intake counted in admissions or adhesions, as it is in adhésions, adesões, adesioni and
ammissioni: "septembre 2020 : 54 admissions" (a list article's history line), "54 nuevas
adhesiones", "54 admisiones", "54 admissões" (Language.units with the NEW role). A
university's or a lycée's admissions are students, no figure (negative_subjects)."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

SWEEP = [
    ("fr", "Septembre 2020 : 54 admissions au réseau."),
    ("fr", "Le réseau a enregistré 54 nouvelles admissions en septembre 2020."),
    ("fr", "En septembre 2020, 54 admissions ont porté le réseau à 229 villes."),
    ("es", "En septiembre de 2020 la red registró 54 nuevas adhesiones."),
    ("es", "Septiembre de 2020: 54 admisiones en la red."),
    ("es", "En septiembre de 2020 hubo 54 adhesiones a la red."),
    ("pt", "Em setembro de 2020 houve 54 admissões na rede."),
    ("pt", "A rede registou 54 novas admissões em setembro de 2020."),
    ("it", "Nel settembre 2020 la rete ha registrato 54 nuove adesioni."),
    ("it", "Settembre 2020: 54 ammissioni nella rete."),
]


@pytest.mark.parametrize(("language", "body"), SWEEP)
def test_admissions_count_an_intake(language: str, body: str) -> None:
    found = [
        (m.metric.value, m.value, None if m.as_of is None else str(m.as_of))
        for m in mentions(language, body, "2021-03-01")
        if m.value == 54
    ]
    assert found == [("new_cities", 54, "2020-09")]


NEAR = [
    ("fr", "L'université compte 54 admissions en 2020."),
    ("fr", "Le lycée compte 54 admissions en 2020."),
    ("es", "La universidad tuvo 54 admisiones en 2020."),
    ("pt", "A universidade teve 54 admissões em 2020."),
]


@pytest.mark.parametrize(("language", "body"), NEAR)
def test_a_schools_admissions_are_no_figure(language: str, body: str) -> None:
    assert mentions(language, body, "2021-03-01") == []
