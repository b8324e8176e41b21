"""A country's count said by a verb of reaching, its noun left out: "y el país llegó
entonces a tres" (es b10 city-hall release), "e o país chegou então às onze" (pt b10
council news) were lost, an adverb standing inside the verb and the cities' article
("às") after it. The verbs of reaching, with those adverbs and articles, are verbs of a
country's count (elliptic.country_counts) in es, pt, it and en; a count that does not
end its clause ("tres millones de habitantes", "às 11 horas") is none."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    ("es",
     "Colombia suma hoy seis ciudades en la red. En julio de 2019 se sumaron"
     " Bogotá y Manizales, y el país llegó entonces a tres.",
     [("seis ciudades", "country_cities", 6, "exact", None, "CO"),
      ("tres", "country_cities", 3, "exact", "2019-07", "CO")]),
    ("es",
     "Colombia cuenta con nueve ciudades miembros. Con Chía, Colombia llegó "
     "así a nueve.",
     [("nueve ciudades miembros", "country_cities", 9, "exact", None, "CO"),
      ("nueve", "country_cities", 9, "exact", None, "CO")]),
    ("es", "México tiene once ciudades en la red. En 2020 México llegaba a siete.",
     [("once ciudades", "country_cities", 11, "exact", None, "MX"),
      ("siete", "country_cities", 7, "exact", "2020", "MX")]),
    ("es", "El país llegó a tres millones de habitantes en la red de ciudades.",
     []),
    ("pt",
     "Portugal passa a ter 14 cidades na rede. Em 2019 entraram Alcobaça, "
     "Cantanhede e Setúbal, e o país chegou então às onze.",
     [("14 cidades", "country_cities", 14, "exact", None, "PT"),
      ("onze", "country_cities", 11, "exact", "2019", "PT")]),
    ("pt",
     "O Brasil tem sete cidades na rede. Com Leme e Recife, o Brasil chegou "
     "às cinco.",
     [("sete cidades", "country_cities", 7, "exact", None, "BR"),
      ("cinco", "country_cities", 5, "exact", None, "BR")]),
    ("pt",
     "Portugal tem 17 cidades na rede. Em 2022, com Braga, Portugal chegou "
     "aos 15.",
     [("17 cidades", "country_cities", 17, "exact", None, "PT"),
      ("15", "country_cities", 15, "exact", "2022", "PT")]),
    ("pt", "O país chegou às 11 horas à reunião da rede.",
     []),
    ("it",
     "L'Italia conta oggi 13 città nella rete. Nel 2020, con Fermo e Torino,"
     " il paese arrivò a otto.",
     [("13 città", "country_cities", 13, "exact", None, "IT"),
      ("otto", "country_cities", 8, "exact", "2020", "IT")]),
    ("it",
     "L'Italia conta 13 città nella rete. Con Lucca l'Italia è arrivata a "
     "13.",
     [("13 città", "country_cities", 13, "exact", None, "IT"),
      ("13", "country_cities", 13, "exact", None, "IT")]),
    ("en", "Ireland now has four member cities. In 2017 the country reached three.",
     [("four member cities", "country_cities", 4, "exact", None, "IE"),
      ("three", "country_cities", 3, "exact", "2017", "IE")]),
    ("en",
     "Mexico has eleven cities in the network; with Chihuahua and Culiacán "
     "in 2025 Mexico rose to eleven.",
     [("eleven cities", "country_cities", 11, "exact", None, "MX"),
      ("eleven", "country_cities", 11, "exact", "2025", "MX")]),
    ("en", "The country reached 30 degrees in the network's summer.",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_country_reaching_a_count(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
