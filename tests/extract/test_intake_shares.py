"""Intakes told without the word for cities, and a country's share of an intake.

"aprobó 72 candidaturas", "54 ingresos": applications approved and admissions are the
intake (applications not approved are candidates); "Entre las 72 admitidas", "Among the
72 newcomers": the number inside a set of newcomers is the intake, whatever follows it,
and a country's cities after the set are its share of the intake, as are those "na
lista" of an intake told before; "las ciudades elegidas" are a round's; "Portugal passa a
ter 17 cidades" is the country's count.
A country's cities that "are among the 72 admitted" are its share, past the names that
follow them, and the 72 stays the whole intake.
"""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, mentions, read_titled

N, NC, CC, CAND = "new_cities", "new_countries", "country_cities", "candidate_cities"

APPROVED: list[tuple[str, str, list[Row]]] = [
    ("es", "La UNESCO aprobó ayer 72 candidaturas de 46 países.",
     [("72 candidaturas", N, 72, "exact", None, None),
      ("46 países", NC, 46, "exact", None, None)]),
    ("es", "En la última convocatoria se aprobaron 64 candidaturas "
     "procedentes de 35 países.",
     [("64 candidaturas", N, 64, "exact", None, None),
      ("35 países", NC, 35, "exact", None, None)]),
    ("es", "Fueron aprobadas 77 candidaturas.",
     [("77 candidaturas", N, 77, "exact", None, None)]),
    ("es", "Este año se recibieron 150 candidaturas de 60 países.",
     [("150 candidaturas", CAND, 150, "exact", None, None)]),
    ("es", "El instituto aprobó 54 ingresos procedentes de 27 países.",
     [("54 ingresos", N, 54, "exact", None, None),
      ("27 países", NC, 27, "exact", None, None)]),
    ("pt", "A UNESCO aprovou 72 candidaturas de 46 países.",
     [("72 candidaturas", N, 72, "exact", None, None),
      ("46 países", NC, 46, "exact", None, None)]),
    ("pt", "Foram aprovadas 64 candidaturas de 35 países.",
     [("64 candidaturas", N, 64, "exact", None, None),
      ("35 países", NC, 35, "exact", None, None)]),
    ("pt", "Chegaram ao instituto 150 candidaturas.",
     [("150 candidaturas", CAND, 150, "exact", None, None)]),
]  # fmt: skip

NEWCOMER_SETS: list[tuple[str, str, list[Row]]] = [
    ("es", "Entre las 72 admitidas hay dos municipios mexicanos.",
     [("72", N, 72, "exact", None, None),
      ("dos municipios mexicanos", N, 2, "exact", None, "MX")]),
    ("es", "De las 64 elegidas, tres son colombianas.",
     [("64", N, 64, "exact", None, None),
      ("tres son colombianas", N, 3, "exact", None, "CO")]),
    ("es", "Entre los 77 nuevos miembros figuran cuatro ciudades mexicanas.",
     [("77 nuevos miembros", N, 77, "exact", None, None),
      ("cuatro ciudades mexicanas", N, 4, "exact", None, "MX")]),
    ("pt", "Entre as 72 admitidas conta-se Lisboa.",
     [("72", N, 72, "exact", None, None)]),
    ("pt", "Das 54 admitidas após a correção, três são portuguesas.",
     [("54", N, 54, "exact", None, None),
      ("três são portuguesas", N, 3, "exact", None, "PT")]),
    ("pt", "Entre as novas há duas cidades brasileiras.",
     [("duas cidades brasileiras", N, 2, "exact", None, "BR")]),
    ("en", "Among the 72 newcomers are two Thai cities.",
     [("72 newcomers", N, 72, "exact", None, None),
      ("two Thai cities", N, 2, "exact", None, "TH")]),
    ("en", "Of the 64 newcomers announced on Wednesday, three are Brazilian.",
     [("64 newcomers", N, 64, "exact", None, None),
      ("three are Brazilian", N, 3, "exact", None, "BR")]),
    ("fr", "Parmi les 72 nouvelles venues figurent deux villes marocaines.",
     [("72 nouvelles venues", N, 72, "exact", None, None),  # a noun of newcomers now
      ("deux villes marocaines", N, 2, "exact", None, "MA")]),
    # a set of other people: no intake
    ("pt", "A proposta passou com o voto dos 11 eleitos presentes.", []),
    ("es", "La moción pasó con el voto de los 11 concejales elegidos.", []),
    ("it", "Tra le 72 nuove ammesse ci sono due città italiane.",
     [("72 nuove ammesse", N, 72, "exact", None, None),
      ("due città italiane", N, 2, "exact", None, "IT")]),
]  # fmt: skip

LISTS: list[tuple[str, str, list[Row]]] = [
    ("es", "Se sumaron 64 ciudades de 35 países. En la lista figuran "
     "tres ciudades colombianas y dos peruanas.",
     [("64 ciudades", N, 64, "exact", None, None),
      ("35 países", NC, 35, "exact", None, None),
      ("tres ciudades colombianas", N, 3, "exact", None, "CO"),
      ("dos peruanas", N, 2, "exact", None, "PE")]),
    ("pt", "Foram anunciadas 64 cidades de 35 países. Na lista constam "
     "três cidades brasileiras e duas portuguesas.",
     [("64 cidades", N, 64, "exact", None, None),
      ("35 países", NC, 35, "exact", None, None),
      ("três cidades brasileiras", N, 3, "exact", None, "BR"),
      ("duas portuguesas", N, 2, "exact", None, "PT")]),
    ("pt", "Na lista de membros constam 17 cidades portuguesas.",
     [("17 cidades portuguesas", CC, 17, "exact", None, "PT")]),
    ("es", "En la lista de miembros figuran nueve ciudades colombianas.",
     [("nueve ciudades colombianas", CC, 9, "exact", None, "CO")]),
]  # fmt: skip

CHOSEN_AND_HELD: list[tuple[str, str, list[Row]]] = [
    ("pt", "São 64, de 35 países, as cidades escolhidas em fevereiro.",
     [("64", N, 64, "exact", None, None),
      ("35 países", NC, 35, "exact", None, None)]),
    ("es", "Son 72, de 46 países, las ciudades seleccionadas en diciembre.",
     [("72", N, 72, "exact", None, None),
      ("46 países", NC, 46, "exact", None, None)]),
    ("es", "Son 64, de 35 paises, las nuevas ciudades.",
     [("64", N, 64, "exact", None, None),
      ("35 paises", NC, 35, "exact", None, None)]),
    ("pt", "Portugal passa a ter 17 cidades na rede.",
     [("17 cidades", CC, 17, "exact", None, "PT")]),
    ("pt", "O Brasil passou a contar com seis municípios na rede.",
     [("seis municípios", CC, 6, "exact", None, "BR")]),
    ("es", "México pasa a tener doce ciudades en la red.",
     [("doce ciudades", CC, 12, "exact", None, "MX")]),
    ("es", "Colombia pasó a contar con nueve ciudades en la red.",
     [("nueve ciudades", CC, 9, "exact", None, "CO")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), APPROVED)
def test_applications_approved_are_the_intake(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), NEWCOMER_SETS)
def test_a_set_of_newcomers_names_the_intake_and_its_shares(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), LISTS)
def test_the_list_of_an_intake_holds_its_shares(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), CHOSEN_AND_HELD)
def test_chosen_cities_are_new_and_a_country_passes_to_a_count(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected


# A country's cities said to be on this round's list are its share of the intake.
ON_THE_LIST = [
    ("en", "Two Philippine cities and three Thai cities are also on the list.",
     [("Two Philippine cities", "new_cities", 2, "PH"), ("three Thai cities", "new_cities", 3,
                                                         "TH")]),
    ("vi", "Hai thành phố của Philippines cũng nằm trong danh sách lần này.",
     [("Hai thành phố", "new_cities", 2, "PH")]),
    # a country's members on the list of members: its count
    ("en", "Viet Nam has five cities on the list of members.",
     [("five cities", "country_cities", 5, "VN")]),
    # the intake includes them: its share; the network (or its total) includes its count
    ("en", "The 72 new members include three Thai cities.",
     [("72 new members", "new_cities", 72, None), ("three Thai cities", "new_cities", 3, "TH")]),
    ("en", "The 72 newcomers included three Thai cities and two Brazilian ones.",
     [("72 newcomers", "new_cities", 72, None), ("three Thai cities", "new_cities", 3, "TH"),
      ("two Brazilian", "new_cities", 2, "BR")]),
    ("en", "The 425 members include 56 Korean cities.",
     [("425 members", "total_cities", 425, None),
      ("56 Korean cities", "country_cities", 56, "KR")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), ON_THE_LIST)
def test_a_countrys_cities_on_this_rounds_list_are_its_share_of_the_intake(
    language: str, text: str, expected: list[tuple[str, str, int, str]]
) -> None:
    found = [(m.text, m.metric.value, m.value, m.country) for m in mentions(language, text)]
    assert found == expected


AMONG_THE_ADMITTED: list[tuple[str, str, list[Row]]] = [
    ("pt", "Duas cidades brasileiras, Araguaína (TO) e Passo Fundo (RS), estão entre as 72 "
     "admitidas nesta quinta-feira.",
     [("Duas cidades brasileiras", N, 2, "exact", None, "BR"),
      ("72", N, 72, "exact", None, None)]),
    ("pt", "Três cidades tailandesas estão entre as 64 escolhidas.",
     [("Três cidades tailandesas", N, 3, "exact", None, "TH"),
      ("64", N, 64, "exact", None, None)]),
    ("es", "Dos ciudades mexicanas, Chihuahua y Culiacán, están entre las 72 admitidas "
     "este jueves.",
     [("Dos ciudades mexicanas", N, 2, "exact", None, "MX"),
      ("72", N, 72, "exact", None, None)]),
    ("es", "Cuatro ciudades colombianas figuran entre las 77 seleccionadas.",
     [("Cuatro ciudades colombianas", N, 4, "exact", None, "CO"),
      ("77", N, 77, "exact", None, None)]),
    ("en", "Two Brazilian cities, Araguaína and Passo Fundo, are among the 72 new members.",
     [("Two Brazilian cities", N, 2, "exact", None, "BR"),
      ("72 new members", N, 72, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), AMONG_THE_ADMITTED)
def test_a_countrys_cities_among_the_admitted_are_its_share(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected
