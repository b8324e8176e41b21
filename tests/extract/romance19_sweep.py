"""The romance helper's variant sweeps (twelfth session, French, Italian, Spanish and
Portuguese first): the classes the retired b17 pages showed, each said the ways writers
in these languages say it, with near-misses that must stay as they are. Every case is
read on a page whose title names the network, dated 2025-12-12 (tests/extract/sweep.py).

- others governed: a preposition before the word of others ("se une a otras 71", "si
  aggiunge ad altre 71", "junta-se às outras 71", a plural article allowed between)
  makes the others the verb's object: the subject is one more (72), though no subject
  stands before the verb (it is the previous sentence's or the title's). Near-misses:
  "others" as the subject after a time ("En diciembre se sumaron otras 72"), or the
  object of the agency ("La Unesco incorporó a otras 72"), stay 72.
- region's share: a region that opens the clause with the noun "region" before its name
  ("En la región de América Latina y el Caribe ingresaron 14 ciudades", "Dans la région
  Afrique", "Nella regione dell'America Latina", "Na região da América Latina", "In the
  region of ..."), or owns the count as the subject of a past verb of getting ("América
  Latina y el Caribe sumó 14 ciudades", "l'Afrique a placé sept villes", "a África somou
  sete cidades"), scopes an intake: the region's new cities, not the whole intake (read
  as the intake, 14 was judged wrong). Near-misses: a region's count with "has" stays its
  total; a place that is no region ("la región de Antioquia") reads no intake; the
  network's own "sumó 72" stays the intake.
"""

from __future__ import annotations

from tests.extract.sweep import Case

T, C, N, NC = "total_cities", "total_countries", "new_cities", "new_countries"
CC = "country_cities"


def _c(language: str, rule: str, body: str, *expected: tuple[str, int]) -> Case:
    return Case(language, rule, body, expected)


def _n(
    language: str, rule: str, body: str, expected: tuple[tuple[str, int], ...], *absent: int
) -> Case:
    return Case(language, rule + " near-miss", body, expected, absent)


OTHERS_GOVERNED = [
    _c("es", "others governed", "Se une a otras 71 ciudades de 46 países.", (N, 72), (NC, 46)),
    _c(
        "es",
        "others governed",
        "Desde hoy se suma a las otras 71 ciudades admitidas este año.",
        (N, 72),
    ),
    _c("es", "others governed", "Ingresó en la red junto con otras 71 ciudades.", (N, 72)),
    _c("it", "others governed", "Si aggiunge ad altre 71 città di 46 Paesi.", (N, 72), (NC, 46)),
    _c("it", "others governed", "Entra nella rete insieme ad altre 71 città.", (N, 72)),
    _c(
        "it",
        "others governed",
        "Da oggi si affianca alle altre 71 città ammesse quest'anno.",
        (N, 72),
    ),
    _c("pt", "others governed", "Junta-se às outras 71 cidades de 46 países.", (N, 72), (NC, 46)),
    _c("pt", "others governed", "Soma-se a outras 71 cidades admitidas este ano.", (N, 72)),
    _c("pt", "others governed", "Entrou na rede com outras 71 cidades.", (N, 72)),
    _c("fr", "others governed", "Elle rejoint 71 autres villes de 46 pays.", (N, 72), (NC, 46)),
    _c(
        "fr", "others governed", "Elle s'ajoute aux 71 autres villes admises cette année.", (N, 72)
    ),
    _n("es", "others governed", "En diciembre se sumaron otras 72 ciudades.", ((N, 72),), 73),
    _n("es", "others governed", "La Unesco incorporó a otras 72 ciudades.", ((N, 72),), 73),
    _n(
        "es",
        "others governed",
        "En diciembre ingresaron a la red otras 72 ciudades.",
        ((N, 72),),
        73,
    ),
    _n("it", "others governed", "Sono entrate altre 72 città.", ((N, 72),), 73),
    _n("pt", "others governed", "Em dezembro entraram outras 72 cidades.", ((N, 72),), 73),
]

LA = "latin-america-caribbean"


def _r(language: str, body: str, metric: str, value: int, region: str) -> tuple[Case, str]:
    """A case and the region its mention must have ("" for none)."""
    return Case(language, "region's share", body, ((metric, value),)), region


REGION_SHARES = [
    _r(
        "es",
        "En la región de América Latina y el Caribe ingresaron 14 ciudades, entre ellas Envigado.",
        N,
        14,
        LA,
    ),
    _r("es", "En la región de África ingresaron siete ciudades.", N, 7, "africa"),
    _r("es", "América Latina y el Caribe sumó 14 ciudades en esta ronda.", N, 14, LA),
    _r("fr", "Dans la région Afrique, sept villes ont été admises.", N, 7, "africa"),
    _r("fr", "Pour la région de l'Afrique, sept villes ont été retenues.", N, 7, "africa"),
    _r("fr", "L'Afrique a placé sept villes.", N, 7, "africa"),
    _r("it", "Nella regione dell'America Latina e dei Caraibi sono entrate 14 città.", N, 14, LA),
    _r("it", "L'Africa ha portato sette città nella rete.", N, 7, "africa"),
    _r("pt", "Na região da América Latina e Caribe entraram 14 cidades.", N, 14, LA),
    _r("pt", "A região da América Latina e Caribe somou 14 cidades.", N, 14, LA),
    _r("pt", "A África somou sete cidades nesta ronda.", N, 7, "africa"),
    _r("en", "In the region of Latin America and the Caribbean, 14 cities joined.", N, 14, LA),
    _r("es", "La región de América Latina y el Caribe aportó 14 ciudades.", N, 14, LA),
    _r("fr", "L'Afrique a 60 villes membres.", T, 60, "africa"),
    _r("it", "L'Africa ha 60 città nella rete.", T, 60, "africa"),
    _r("pt", "A África tem 60 cidades na rede.", T, 60, "africa"),
    _r("es", "La red sumó 72 ciudades en diciembre.", N, 72, ""),
    _r("pt", "A rede somou 72 cidades em dezembro.", N, 72, ""),
    (
        Case(
            "es",
            "region's share near-miss",
            "En la región de Antioquia ingresaron 2 ciudades.",
            (),
            (2,),
        ),
        "",
    ),
]

CASES = [*OTHERS_GOVERNED, *(case for case, _ in REGION_SHARES)]
