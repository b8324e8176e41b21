"""Cities that prepare an application, aspire or want to join are candidates, also where
the words say it after the unit: "otras cuatro ciudades colombianas que preparan su
postulación a la red" was read as Colombia's count with the subject's city (5, judged
wrong: a false alarm on an outside writer's page, es b10-alcaldia-tunja-prensa-2021);
"que aspiran a entrar", "che aspirano a entrare", "que querem entrar na rede" were read
so too (a variant sweep). The Romance languages' candidate cues now hold the noun of
applying (postulación), the verbs of aspiring and of wanting to join."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES


def read(language: str, body: str) -> list[tuple[str, int, str]]:
    page = f"---\ntitle: {TITLES[language]}\ndate: 2026-03-10\n---\n\n{body}\n"
    found = find_mentions(read_document(page, "markdown"), language)
    return [(m.text, m.value, m.metric.value) for m in found]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("es", "Apoyo a otras cuatro ciudades colombianas que preparan su postulación a la red.",
         [("otras cuatro ciudades colombianas", 4, "candidate_cities")]),
        ("es", "Cuatro ciudades colombianas más preparan su postulación.",
         [("Cuatro ciudades colombianas más", 4, "candidate_cities")]),
        ("es", "Otras cuatro ciudades colombianas que aspiran a entrar en la red recibirán apoyo.",
         [("Otras cuatro ciudades colombianas", 4, "candidate_cities")]),
        ("es", "Tres ciudades peruanas quieren sumarse a la red.",
         [("Tres ciudades peruanas", 3, "candidate_cities")]),
        ("it", "Altre quattro città italiane che aspirano a entrare nella rete riceveranno "
               "sostegno.", [("Altre quattro città italiane", 4, "candidate_cities")]),
        ("it", "Tre comuni toscani vogliono aderire alla rete.",
         [("Tre comuni", 3, "candidate_cities")]),
        ("pt", "Outras quatro cidades brasileiras que querem entrar na rede receberão apoio.",
         [("Outras quatro cidades brasileiras", 4, "candidate_cities")]),
        ("pt", "Três municípios portugueses candidataram-se à rede.",
         [("Três municípios portugueses", 3, "candidate_cities")]),
        ("fr", "Quatre autres villes françaises qui souhaitent rejoindre le réseau seront aidées.",
         [("Quatre autres villes françaises", 4, "candidate_cities")]),
    ],
)  # fmt: skip
def test_cities_that_want_in_are_candidates(
    language: str, body: str, expected: list[tuple[str, int, str]]
) -> None:
    assert read(language, body) == expected


def test_a_city_aspiring_to_a_total_states_no_candidates() -> None:
    assert read("es", "Medellín aspira a que la red llegue a 500 ciudades.") == []


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("es", 'Girona aspira a entrar en "una red de 230 ciudades".',
         [("230 ciudades", 230, "total_cities")]),
        ("es", "Girona quiere entrar en una red de 230 ciudades.",
         [("230 ciudades", 230, "total_cities")]),
        ("fr", "Brest aspire à entrer dans un réseau de 230 villes.",
         [("230 villes", 230, "total_cities")]),
        ("it", "Brescia vuole entrare in una rete di 356 città.",
         [("356 città", 356, "total_cities")]),
        # pt b10-municipio-ourem-noticia-2020: the stale 170 and 53 were read as candidates
        ("pt", "Ourém candidata-se a “uma rede de 170 cidades em 53 países”.",
         [("170 cidades", 170, "total_cities"), ("53 países", 53, "total_countries")]),
        ("en", "Cork is applying to join a network of 230 cities.",
         [("230 cities", 230, "total_cities")]),
    ],
)  # fmt: skip
def test_the_network_a_candidate_would_join_is_counted_whole(
    language: str, body: str, expected: list[tuple[str, int, str]]
) -> None:
    assert read(language, body) == expected
