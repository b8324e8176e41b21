"""The franco helper's variant sweeps (tenth session, French and Italian first): the
classes its s17 dev pages showed, each said the ways French, Italian and the other
languages' writers say it, with near-misses that must stay as they are. Every case is
read on a page whose title names the network, dated 2025-12-12 (tests/extract/sweep.py).

- programme: other programmes, labels and leagues of towns own the counts of their
  clause: Cittaslow (every Latin-script language), the French State's labels (Action
  cœur de ville, Petites villes de demain, Villes et Pays d'art et d'histoire, Villes
  Internet), Italy's Città che legge, Città del Vino, Borghi più belli, the Capitals of
  Culture; a name right after "the network" ("la rete Cittaslow", "le réseau « Villes
  Internet »") is that network's whole name; "di" and "che" compare only after a word of
  degree ("i 900 comuni che hanno la qualifica di Città che legge" is no comparison).
  Near-misses: the GNLC's own figures in the same sentences stay read.
- region: a clause that opens with a region after a preposition scopes its small count
  to that region ("En Afrique, 17 villes ont été retenues", "In Africa sono state scelte
  17 nuove città", "Sur le continent africain", "Sur le Vieux Continent"); a continent
  that names none ("Sur le continent, 17 villes ...") makes the count some continent's,
  not read. Near-misses: a year or "in all" opening the clause, a country, a total.
- clitic: a country's count with the clitic that stands for the network or its cities
  between the country and the verb ("la France n'y compte que 4 villes", "l'Italia ne
  conta otto città", "l'Italia vi conta otto città", "l'Italia ne ha otto"). Near-misses:
  a region's count, another verb's object, a count of regions.
- weak: a weak unit noun ("communes", "collectivités", "comuni") with "among the new
  members" right after it is a country's share of the intake ("Trois communes
  camerounaises figurent parmi les 64 nouveaux membres"). Near-misses: among another
  list's winners, a directory.
- member aside: a member named in an aside after a count, with its own joining or rank
  and date, does not date the count ("la France compte huit villes membres, dont
  Clermont-Ferrand, entrée en 2016", "l'Italia ne ha otto, da Torino, prima ad aderire
  nel 2016, fino alle ultime arrivate"). Near-misses: a date of the count itself ("en
  2019", "nel 2022 ..., dopo l'ingresso di Reggio Calabria", "après l'entrée de 77
  nouvelles en 2022") still dates it.
"""

from __future__ import annotations

from tests.extract.sweep import Case

T, C, N, NC = "total_cities", "total_countries", "new_cities", "new_countries"
CC = "country_cities"


def _c(language: str, rule: str, body: str, *expected: tuple[str, int]) -> Case:
    return Case(language, rule, body, expected)


def _n(language: str, rule: str, body: str, *absent: int) -> Case:
    return Case(language, rule + " near-miss", body, (), absent)


PROGRAMMES = [
    _n("fr", "programme", "Le programme Action cœur de ville accompagne 222 villes "
       "moyennes.", 222),
    _n("fr", "programme", "Le label Villes et Pays d'art et d'histoire est porté par plus de "
       "200 villes et pays.", 200),
    _n("fr", "programme", "Le réseau Cittaslow rassemble plus de 280 villes dans 33 pays.",
       280, 33),
    _n("fr", "programme", "Le réseau « Villes Internet » compte 250 communes labellisées.", 250),
    _n("fr", "programme", "Brest fait partie des 260 communes labellisées « Ville amie des "
       "enfants ».", 260),
    _n("fr", "programme", "Petites villes de demain accompagne aujourd'hui 1 600 communes.", 1600),
    _c("fr", "programme", "La ville, déjà labellisée Villes Internet, rejoint le Réseau mondial "
       "des villes apprenantes, qui compte 425 villes dans 91 pays.", (T, 425), (C, 91)),
    _c("fr", "programme", "Membre du réseau Cittaslow depuis 2019, la commune entre dans un "
       "réseau de 425 villes apprenantes.", (T, 425)),
    _n("it", "programme", "Brescia è tra gli oltre 900 comuni che hanno la qualifica di Città "
       "che legge.", 900),
    _n("it", "programme", "Il Comune è tra i 900 comuni della rete Città che legge.", 900),
    _n("it", "programme", "Della rete Cittaslow, che raccoglie oltre 300 piccoli centri in 33 "
       "Paesi, Brescia non fa parte.", 300, 33),
    _n("it", "programme", "La rete Cittaslow conta più di 280 località in 33 Paesi.", 280, 33),
    _n("it", "programme", "Il Comune aderisce alla rete Cittaslow, oltre 300 città in 33 "
       "Paesi.", 300, 33),
    _n("it", "programme", "Le Città del Vino sono oltre 400 comuni.", 400),
    _n("it", "programme", "L'associazione dei Borghi più belli d'Italia conta 360 borghi.", 360),
    _c("it", "programme", "Brescia, già tra le Città che legge, entra nella rete delle città "
       "dell'apprendimento, che conta 425 città in 91 Paesi.", (T, 425), (C, 91)),
    _c("it", "programme", "Brescia è entrata nella rete Cittaslow nel 2020 e ora nella rete "
       "delle città dell'apprendimento, che conta 425 città in 91 Paesi.", (T, 425), (C, 91)),
    _n("en", "programme", "The Cittaslow network brings together more than 280 towns in 33 "
       "countries.", 280, 33),
    _n("es", "programme", "La red Cittaslow reúne a más de 280 municipios de 33 países.", 280, 33),
    _n("pt", "programme", "A rede Cittaslow reúne mais de 280 cidades em 33 países.", 280, 33),
    _n("de", "programme", "Das Netzwerk Cittaslow umfasst mehr als 280 Städte in 33 Ländern.",
       280, 33),
]  # fmt: skip

REGIONS = [
    _c("fr", "region", "En Afrique, 17 villes ont été retenues lors de cette promotion.",
       (N, 17)),
    _c("fr", "region", "Sur le continent africain, 17 villes ont été retenues lors de cette "
       "promotion.", (N, 17)),
    _c("fr", "region", "Dans la région Asie-Pacifique, 21 villes ont été retenues.", (N, 21)),
    _c("fr", "region", "Sur le Vieux Continent, 12 villes ont été retenues.", (N, 12)),
    _c("it", "region", "In Africa sono state scelte 17 nuove città.", (N, 17)),
    _c("it", "region", "Nel continente africano sono state scelte 17 nuove città.", (N, 17)),
    _c("en", "region", "In Africa, 17 cities were admitted in this round.", (N, 17)),
    _n("fr", "region", "Sur le continent, 17 villes ont été retenues lors de cette "
       "promotion.", 17),
    _n("fr", "region", "Sur ce continent, 17 villes ont rejoint le réseau cette année.", 17),
    _n("it", "region", "Nel continente sono state scelte 17 nuove città.", 17),
    _n("en", "region", "On the continent, 17 cities were admitted in this round.", 17),
    _n("es", "region", "En el continente, 17 ciudades fueron admitidas en esta ronda.", 17),
    _n("pt", "region", "No continente, 17 cidades foram admitidas nesta rodada.", 17),
    # near-misses: not a region, the whole intake or total stays the network's
    _c("fr", "region", "En 2025, 72 villes ont été retenues.", (N, 72)),
    _c("fr", "region", "En tout, 72 villes ont été retenues.", (N, 72)),
    _c("fr", "region", "Sur le continent, le réseau compte désormais 425 villes.", (T, 425)),
    _c("fr", "region", "En France, 8 villes sont membres du réseau.", (CC, 8)),
    _c("it", "region", "In Italia le città della rete sono otto.", (CC, 8)),
    _c("en", "region", "In total, 72 cities were admitted in this round.", (N, 72)),
]  # fmt: skip

# (language, body, value, region): the region each regional count is read with
REGION_OF = [
    ("fr", REGIONS[0].body, 17, "africa"),
    ("fr", REGIONS[1].body, 17, "africa"),
    ("fr", REGIONS[2].body, 21, "asia-pacific"),
    ("fr", REGIONS[3].body, 12, "europe-north-america"),
    ("it", REGIONS[4].body, 17, "africa"),
    ("it", REGIONS[5].body, 17, "africa"),
    ("en", REGIONS[6].body, 17, "africa"),
    ("fr", REGIONS[13].body, 72, None),
    ("fr", REGIONS[14].body, 72, None),
    ("en", REGIONS[18].body, 72, None),
]

CLITICS = [
    _c("fr", "clitic", "La France n'y compte que 4 villes.", (CC, 4)),
    _c("fr", "clitic", "Côté francophone, la France n'y compte que 4 villes (Clermont-Ferrand, "
       "Mantes-la-Jolie, Évry-Courcouronnes et Montpellier).", (CC, 4)),
    _c("fr", "clitic", "La France n\u2019y compte que quatre villes membres.", (CC, 4)),
    _c("fr", "clitic", "La France n'y a que quatre villes.", (CC, 4)),
    _c("fr", "clitic", "La France en compte quatre.", (CC, 4)),
    _c("it", "clitic", "L'Italia ne conta otto città.", (CC, 8)),
    _c("it", "clitic", "L'Italia ne ha otto.", (CC, 8)),
    _c("it", "clitic", "Oggi la rete conta 425 città in 91 Paesi, e l'Italia ne ha otto, da "
       "Torino in poi.", (T, 425), (C, 91), (CC, 8)),
    _c("it", "clitic", "L'Italia ne annovera otto.", (CC, 8)),
    _c("it", "clitic", "L'Italia vi conta otto città.", (CC, 8)),
    _n("it", "clitic", "L'Italia ha otto regioni nel Nord.", 8),
    _n("it", "clitic", "La Lombardia ne ha otto.", 8),
    _n("it", "clitic", "Non è una rete di città: l'Italia ne conta 61, un primato.", 61),
    _n("it", "clitic", "Il Comune ne ha fatto parte dal 2016 e ne ha tratto vantaggi per "
       "otto anni.", 8),
]  # fmt: skip

WEAK = [
    _c("fr", "weak", "Trois communes camerounaises figurent parmi les 64 nouveaux membres "
       "annoncés mercredi.", (N, 3), (N, 64)),
    _c("fr", "weak", "Deux communes sénégalaises font partie des 72 nouveaux membres.",
       (N, 2), (N, 72)),
    _c("fr", "weak", "Trois collectivités françaises figurent parmi les nouveaux membres du "
       "réseau.", (N, 3)),
    _c("it", "weak", "Due comuni italiani sono tra le 72 nuove città della rete.", (N, 2)),
    _n("fr", "weak", "Trois communes camerounaises figurent parmi les lauréats du concours "
       "national.", 3),
    _n("fr", "weak", "Les 360 communes du pays figurent dans l'annuaire.", 360),
]  # fmt: skip

# (language, body, value, the date it is read with: None for the text's own)
MEMBER_ASIDES = [
    ("fr", "La France compte huit villes membres, dont Clermont-Ferrand, entrée en 2016.",
     8, None),
    ("fr", "La France compte huit villes membres, de Clermont-Ferrand, première à adhérer en "
     "2016, à Lille.", 8, None),
    ("fr", "Aujourd'hui, la France compte huit villes, à commencer par Clermont-Ferrand, "
     "admise en 2016.", 8, None),
    ("it", "Oggi la rete conta 425 città in 91 Paesi, e l'Italia ne ha otto, da Torino, prima "
     "ad aderire nel 2016, fino alle ultime arrivate.", 8, None),
    ("it", "L'Italia conta otto città, a partire da Torino, entrata nel 2016.", 8, None),
    ("it", "L'Italia conta otto città, tra cui Fermo, ammessa nel 2018.", 8, None),
    ("fr", "La France comptait quatre villes membres en 2019.", 4, "2019"),
    ("fr", "Le réseau comptait 294 villes, après l'entrée de 77 nouvelles en 2022.", 294, "2022"),
    ("it", "L'Italia contava tre città nel 2019.", 3, "2019"),
    ("it", "Nel 2022 la rete contava 294 città, dopo l'ingresso di Reggio Calabria.", 294,
     "2022"),
]  # fmt: skip

CASES = [*PROGRAMMES, *REGIONS, *CLITICS, *WEAK]
