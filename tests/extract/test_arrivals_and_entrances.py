"""Three constructions of fresh fr/it dev pages (s9-*), each in the languages that have it:

- the newcomers named by a noun of arriving, without a count, before the countries they
  come from ("Le nuove arrivate provengono da 27 Paesi", "Avec ces arrivées, venues de 46
  pays"): the intake's countries (were missed);
- a building's entrance is no entry into the network ("Il pannello all'ingresso della
  biblioteca indica ancora «230 città in 64 Paesi»" was read as an intake of 230: wrong,
  where the panel's figures are stale);
- Italian "porta la rete a 425", as fr "porte le réseau à 425" (the total was missed).
"""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

Row = tuple[str, str, int, str, str | None, str | None]

ARRIVALS: list[tuple[str, str, list[Row]]] = [
    ("it", "Le nuove arrivate provengono da 27 Paesi.",
     [("27 Paesi", "new_countries", 27, "exact", None, None)]),
    ("it", "I nuovi arrivati vengono da 44 Paesi diversi.",
     [("44 Paesi", "new_countries", 44, "exact", None, None)]),
    ("fr", "Avec ces arrivées, venues de 46 pays, le réseau atteint 425 villes.",
     [("46 pays", "new_countries", 46, "exact", None, None),
      ("425 villes", "total_cities", 425, "exact", None, None)]),
    ("fr", "Les nouvelles venues sont issues de 35 pays.",
     [("35 pays", "new_countries", 35, "exact", None, None)]),
    ("es", "Las recién llegadas proceden de 46 países.",
     [("46 países", "new_countries", 46, "exact", None, None)]),
    ("pt", "As recém-chegadas vêm de 35 países.",
     [("35 países", "new_countries", 35, "exact", None, None)]),
    ("en", "The new arrivals come from 44 countries.",
     [("44 countries", "new_countries", 44, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), ARRIVALS)
def test_the_countries_the_newcomers_come_from(
    language: str, sentence: str, expected: list[Row]
) -> None:
    assert read_titled(language, sentence) == expected


ENTRANCES: list[tuple[str, str, list[Row]]] = [
    ("it", "Il pannello all'ingresso della biblioteca civica indica ancora «230 città in 64 "
     "Paesi».",
     [("230 città", "total_cities", 230, "exact", None, None),
      ("64 Paesi", "total_countries", 64, "exact", None, None)]),
    ("it", "Ingresso libero: la mostra presenta le 425 città della rete.",
     [("425 città", "total_cities", 425, "exact", None, None)]),
    ("it", "Un cartello all'ingresso del municipio ricorda le 356 città della rete.",
     [("356 città", "total_cities", 356, "exact", None, None)]),
    ("pt", "O painel no ingresso da biblioteca ainda indica 230 cidades em 64 países.",
     [("230 cidades", "total_cities", 230, "exact", None, None),
      ("64 países", "total_countries", 64, "exact", None, None)]),
    ("pt", "Ingresso gratuito: a exposição apresenta as 425 cidades da rede.",
     [("425 cidades", "total_cities", 425, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), ENTRANCES)
def test_an_entrance_or_a_ticket_is_no_entry(
    language: str, sentence: str, expected: list[Row]
) -> None:
    assert read_titled(language, sentence) == expected


ENTRIES = [
    ("it", "L'ingresso di 72 nuove città porta la rete a 425.",
     [("72 nuove città", "new_cities", 72, "exact", None, None),
      ("425", "total_cities", 425, "exact", None, None)]),
    ("it", "Le 72 nuove città portano la rete a quota 425.",
     [("72 nuove città", "new_cities", 72, "exact", None, None),
      ("425", "total_cities", 425, "exact", None, None)]),
    ("it", "Le nuove ammissioni portano il totale a 356.",
     [("356", "total_cities", 356, "exact", None, None)]),
    ("it", "Con l'ingresso di 64 città la rete arriva così a 356.",
     [("64 città", "new_cities", 64, "exact", None, None),
      ("356", "total_cities", 356, "exact", None, None)]),
    ("pt", "O ingresso de 72 novas cidades leva a rede a 425.",
     [("72 novas cidades", "new_cities", 72, "exact", None, None),
      ("425", "total_cities", 425, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), ENTRIES)
def test_an_entry_and_the_total_it_brings(
    language: str, sentence: str, expected: list[Row]
) -> None:
    assert read_titled(language, sentence) == expected


def test_a_door_is_no_count_verb() -> None:
    assert read_titled("it", "Lasciò la porta aperta a 300 persone.") == []


ROUNDS = [
    ("fr", "Sa dernière promotion, rendue publique fin septembre, en comptait 54, dont Liège.",
     ("54", 54)),
    ("fr", "La dernière promotion en comptait 77.", ("77", 77)),
    ("it", "L'ultima tornata ne contava 54.", ("54", 54)),
    ("it", "Con questa tornata ne sono entrate 64.", ("64", 64)),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), ROUNDS)
def test_a_round_that_counts_its_cities(
    language: str, sentence: str, expected: tuple[str, int]
) -> None:
    """A count after its verb, too small for the network, said of a round: the round's."""
    text, value = expected
    assert read_titled(language, sentence) == [(text, "new_cities", value, "exact", None, None)]


STILL_TOTALS = [
    ("it", "Prima dell'ultima tornata la rete contava 294 città.", ("294 città", 294)),
    ("es", "Antes de la última convocatoria, la red tenía 294 ciudades.", ("294 ciudades", 294)),
    ("pt", "Antes da última rodada, a rede tinha 294 cidades.", ("294 cidades", 294)),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), STILL_TOTALS)
def test_a_total_before_the_last_round(
    language: str, sentence: str, expected: tuple[str, int]
) -> None:
    text, value = expected
    assert read_titled(language, sentence) == [(text, "total_cities", value, "exact", None, None)]
