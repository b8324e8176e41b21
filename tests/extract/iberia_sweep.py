"""Variant sweeps of the classes real Portuguese, Spanish and Vietnamese pages lost
(the s16 "iberia" helper), each written in every language where the construction exists,
with near-misses that must stay unread. Cases reuse the discourse sweep's Case (language,
rule, body, expected, absent, as_of) and are read on a page titled with the network's
name, dated 2025-12-12 (tests/extract/test_iberia_sweep.py).

Rules:

- group: a count larger than any intake after a verb of joining, the group joined said
  by a word that is not the network's name ("junta-se a uma lista com 356 membros",
  "se suma a un colectivo de 359 urbes", "joins a list of 356 members"): the network's
  total, and the countries after it its countries; near-misses: a count an intake may
  have ("juntam-se 72 novas cidades"), applicants ("mais de mil cidades candidataram-se"),
  another network's ("a Rede de Cidades Criativas, com 350 cidades"); a "club" stays
  unread (a blocker of sports and service clubs: test_iberia_sweep.OPEN);
- old-spelling: Portuguese as Portugal and Africa wrote it before the 1990 agreement
  took hold ("seleccionados", "actualmente", "colectivo"), read as the new spelling;
- approved: the applications of N cities approved or accepted are an intake of N
  ("aprovou as candidaturas de outras 76 cidades de 44 países": 77); near-misses:
  applications sent, not yet accepted, stay candidates, as do the applications of which
  another count was approved ("Das candidaturas de 120 cidades, foram aprovadas 64");
- whole-list: after an intake told before, the round's list with its cities and their
  countries is the whole intake ("Na lista agora divulgada constam 64 cidades de 35
  países"), a country's cities on it a share ("Na lista constam três cidades brasileiras");
- province: a province as the subject of a count of the network's cities is not the
  country's count ("Đồng Tháp là tỉnh duy nhất cả nước có hai thành phố thuộc mạng lưới");
- national: a count too small for the network, its sentence naming the country before
  the network that holds it, or a national network after the text named the country ("os
  concelhos portugueses que fazem parte da rede, hoje composta por 15", "la red
  nacional, integrada hoy por nueve municipios"): that country's members; near-misses: a
  delegation, a province's part, a quota, heritage sites, Educating Cities;
- opener: a date opening the sentence before the names that join with others ("Em
  fevereiro de 2024, Curitiba, Leme e Recife ... junto com outras 61": 64);
- result: a clause of result after a comma has its own verb ("ingresó San Nicolás, de
  modo que son dos las comunas chilenas": Chile's members, not its intake;
  Language.result_connectors); near-misses: the intake before the comma stays one;
- bracketed-shares: shares of an intake listed by country, each with the names of its
  cities in brackets ("três cidades do Brasil (Leme, Recife e Curitiba), uma de Portugal
  (Fundão) e ..."): every share is read.
"""

from __future__ import annotations

from tests.extract.discourse_sweep import Case

_T = "total_cities"
_C = "total_countries"
_N = "new_cities"
_NC = "new_countries"
_K = "candidate_cities"


def _c(language: str, rule: str, body: str, *expected: tuple[str, int]) -> Case:
    return Case(language, rule, body, expected)


def _n(language: str, rule: str, body: str, *absent: int) -> Case:
    return Case(language, rule, body, (), absent)


_GROUP = [
    # Portuguese
    _c("pt", "group", "O Fundão junta-se agora a uma lista com 356 membros de 79 países.",
       (_T, 356), (_C, 79)),
    _c("pt", "group", "As quatro cidades juntam-se a um grupo de 356 membros.", (_T, 356)),
    _c("pt", "group", "Lisboa passa a integrar um conjunto de 425 cidades de 91 países.",
       (_T, 425), (_C, 91)),
    _c("pt", "group", "Com a adesão, Braga entra numa comunidade com 294 cidades-membro.",
       (_T, 294)),
    _c("pt", "group", "Passo Fundo ingressa assim num clube de 425 cidades em 91 países.",
       (_T, 425), (_C, 91)),
    _c("pt", "group", "Setúbal aderiu a uma família de 229 cidades espalhadas por 64 países.",
       (_T, 229), (_C, 64)),
    _c("pt", "group", "A cidade foi admitida num universo de mais de 350 municípios.",
       (_T, 350)),
    _c("pt", "group", "Leme junta-se a um coletivo de 356 localidades de 79 países.",
       (_T, 356), (_C, 79)),
    _n("pt", "group", "A Rede de Cidades Criativas, com 350 cidades, recebeu Braga.", 350),
    _c("pt", "group", "Juntam-se à rede 72 novas cidades de 46 países.", (_N, 72), (_NC, 46)),
    _c("pt", "group", "Mais de mil cidades candidataram-se a entrar num grupo de 425 membros.",
       (_K, 1000)),
    # Spanish
    _c("es", "group", "Mérida se incorpora a un colectivo de ahora 359 urbes en 79 países.",
       (_T, 359), (_C, 79)),
    _c("es", "group", "Las nuevas ciudades se suman a una lista de 356 miembros de 79 países.",
       (_T, 356), (_C, 79)),
    _c("es", "group", "Córdoba se une a una familia de 356 ciudades de 79 países.",
       (_T, 356), (_C, 79)),
    _c("es", "group", "Chía ingresa así a un grupo de 425 municipios de 91 países.",
       (_T, 425), (_C, 91)),
    _c("es", "group", "Con su ingreso, Renca entra a una comunidad de 425 ciudades.", (_T, 425)),
    _c("es", "group", "Quibdó pasa a formar parte de un conjunto de 230 ciudades.", (_T, 230)),
    _c("es", "group", "Firmat se integra a un club de más de 350 ciudades en 79 países.",
       (_T, 350), (_C, 79)),
    _n("es", "group", "Buenos Aires ya integraba la Red de Ciudades Creativas, con 350 ciudades.",
       350),
    _c("es", "group", "Se suman a la red 72 nuevas ciudades de 46 países.", (_N, 72), (_NC, 46)),
    _c("es", "group", "Más de mil ciudades se postularon para entrar a un grupo de 425.",
       (_K, 1000)),
    # English
    _c("en", "group", "Hanoi joins a list of 356 members from 79 countries.",
       (_T, 356), (_C, 79)),
    _c("en", "group", "The new cities join a community with 356 members.", (_T, 356)),
    _c("en", "group", "Lisbon enters a club of 425 cities in 91 countries.", (_T, 425), (_C, 91)),
    _c("en", "group", "Cork was admitted to a circle of more than 200 cities.", (_T, 200)),
    _n("en", "group", "Braga also joined the Creative Cities Network of 350 cities.", 350),
    _c("en", "group", "Joining the network are 72 new cities from 46 countries.",
       (_N, 72), (_NC, 46)),
    # French
    _c("fr", "group", "Les nouvelles villes rejoignent une liste de 356 membres de 79 pays.",
       (_T, 356), (_C, 79)),
    _c("fr", "group", "Brest entre dans un club de 425 villes de 91 pays.", (_T, 425), (_C, 91)),
    _n("fr", "group", "Lyon a rejoint le réseau des villes créatives, fort de 350 villes.", 350),
    # Italian
    _c("it", "group", "Le nuove città entrano in una lista di 356 membri di 79 paesi.",
       (_T, 356), (_C, 79)),
    _c("it", "group", "Lucca entra in un club di 425 città in 91 paesi.", (_T, 425), (_C, 91)),
    # German
    _c("de", "group",
       "Die neuen Städte treten einer Liste mit 356 Mitgliedern aus 79 Ländern bei.",
       (_T, 356), (_C, 79)),
    _c("de", "group", "Dresden tritt einem Kreis von 425 Städten in 91 Ländern bei.",
       (_T, 425), (_C, 91)),
    # Vietnamese
    _c("vi", "group", "Hà Nội gia nhập danh sách 425 thành viên đến từ 91 quốc gia.",
       (_T, 425), (_C, 91)),
    _c("vi", "group", "Thành phố Huế gia nhập nhóm 356 thành phố của 79 quốc gia.",
       (_T, 356), (_C, 79)),
    _c("vi", "group", "Ba địa phương Thái Lan gia nhập mạng lưới 425 thành phố học tập.",
       (_T, 425)),
    _c("vi", "group", "Có 72 thành phố mới của 46 quốc gia gia nhập mạng lưới.",
       (_N, 72), (_NC, 46)),
]  # fmt: skip

_OLD_SPELLING = [
    _c("pt", "old-spelling",
       "Foram seleccionados três municípios do Brasil, um de Portugal e um de Cabo Verde.",
       (_N, 3), (_N, 1)),
    _c("pt", "old-spelling", "A Rede conta actualmente com 425 cidades de 91 países.",
       (_T, 425), (_C, 91)),
    _c("pt", "old-spelling", "Cabo Verde tem duas cidades seleccionadas este ano.", (_N, 2)),
    _c("pt", "old-spelling", "O Fundão junta-se a um colectivo de 356 cidades.", (_T, 356)),
    _c("pt", "old-spelling", "Foram seleccionadas 64 cidades de 35 países.", (_N, 64), (_NC, 35)),
    _c("pt", "old-spelling",
       "Moçambique tem actualmente duas cidades na Rede Global de Cidades de Aprendizagem.",
       ("country_cities", 2)),
]  # fmt: skip

_APPROVED = [
    _c("pt", "approved",
       "Para lá de Setúbal, a UNESCO aprovou as candidaturas de outras 76 cidades de 44 países.",
       (_N, 77), (_NC, 44)),
    _c("pt", "approved", "Foram aceites as candidaturas de 77 cidades de 44 países.",
       (_N, 77), (_NC, 44)),
    _c("pt", "approved", "A UNESCO aprovou as candidaturas de 64 cidades de 35 países.",
       (_N, 64), (_NC, 35)),
    _c("pt", "approved", "As candidaturas de 72 cidades de 46 países foram aprovadas.",
       (_N, 72), (_NC, 46)),
    _c("pt", "approved", "Foram enviadas candidaturas de 120 cidades de 50 países.", (_K, 120)),
    _c("pt", "approved", "Das candidaturas de 120 cidades de 50 países, foram aprovadas 64.",
       (_K, 120)),
    _c("pt", "approved", "Foram aprovadas 64 das candidaturas de 120 cidades.", (_K, 120)),
    _c("es", "approved",
       "Además de Mérida, fueron aprobadas las candidaturas de otras 63 ciudades de 35 países.",
       (_N, 64), (_NC, 35)),
    _c("es", "approved", "Se aceptaron las postulaciones de 77 ciudades de 44 países.",
       (_N, 77), (_NC, 44)),
    _c("es", "approved", "Las candidaturas de 72 ciudades de 46 países fueron aprobadas.",
       (_N, 72), (_NC, 46)),
    _c("es", "approved", "Se presentaron las candidaturas de 120 ciudades de 50 países.",
       (_K, 120)),
    _c("es", "approved", "De las postulaciones de 120 ciudades, se aprobaron 64.", (_K, 120)),
    _c("en", "approved",
       "Besides Braga, the applications of 76 other cities from 44 countries were approved.",
       (_N, 77), (_NC, 44)),
    _c("en", "approved", "UNESCO accepted the applications of 64 cities from 35 countries.",
       (_N, 64), (_NC, 35)),
    _c("en", "approved", "Applications from 120 cities in 50 countries were submitted.",
       (_K, 120)),
    _c("en", "approved", "Of the applications of 120 cities, 64 were approved.", (_K, 120)),
    _c("fr", "approved",
       "Les candidatures de 64 villes de 35 pays ont été retenues par l'UNESCO.",
       (_N, 64), (_NC, 35)),
    _c("it", "approved", "Sono state accolte le candidature di 64 città di 35 paesi.",
       (_N, 64), (_NC, 35)),
]  # fmt: skip

_BRACKETED = [
    _c("pt", "bracketed-shares",
       "Entraram três cidades do Brasil (Leme, Recife e Curitiba), uma de Portugal (Fundão) "
       "e uma de Cabo Verde (São Filipe).", (_N, 3), (_N, 1)),
    _c("pt", "bracketed-shares",
       "Entraram duas cidades do Brasil (Araguaína e Passo Fundo) e uma de Portugal (Lisboa).",
       (_N, 2), (_N, 1)),
    _c("es", "bracketed-shares",
       "Ingresaron tres ciudades de Colombia (Quibdó, Rionegro y Tunja), dos de México "
       "(Puebla y Tlaquepaque) y una de Chile (Renca).", (_N, 3), (_N, 2), (_N, 1)),
    _c("en", "bracketed-shares",
       "Three cities from Brazil (Curitiba, Leme and Recife), one from Portugal (Fundão) "
       "and one from Cabo Verde (São Filipe) joined.", (_N, 3), (_N, 1)),
    _c("fr", "bracketed-shares",
       "Ont été admises trois villes du Maroc (Agadir, Fès et Essaouira) et une du Sénégal "
       "(Dakar).", (_N, 3), (_N, 1)),
    _c("it", "bracketed-shares",
       "Sono entrate due città del Brasile (Araguaína e Passo Fundo) e una del Portogallo "
       "(Lisbona).", (_N, 2), (_N, 1)),
]  # fmt: skip

_WHOLE_LIST = [
    _c("pt", "whole-list",
       "O município foi seleccionado pela UNESCO para integrar a rede. Na lista agora "
       "divulgada constam 64 cidades de 35 países.", (_N, 64), (_NC, 35)),
    _c("pt", "whole-list",
       "Braga foi admitida na rede. Da lista fazem parte 64 cidades de 35 países.",
       (_N, 64), (_NC, 35)),
    _c("pt", "whole-list",
       "Braga foi admitida na rede. Na lista constam 64 cidades de 35 países.",
       (_N, 64), (_NC, 35)),
    _c("pt", "whole-list",
       "A UNESCO admitiu ontem 64 cidades. Na lista constam três cidades brasileiras.",
       (_N, 64), (_N, 3)),
    _c("es", "whole-list",
       "Mérida fue admitida en la red. En la lista figuran 64 ciudades de 35 países.",
       (_N, 64), (_NC, 35)),
    _c("es", "whole-list",
       "La UNESCO admitió ayer 64 ciudades. En la lista figuran tres ciudades mexicanas.",
       (_N, 64), (_N, 3)),
    _c("en", "whole-list",
       "Hanoi was admitted to the network. The list includes 64 cities from 35 countries.",
       (_N, 64), (_NC, 35)),
    _c("fr", "whole-list",
       "Brest a été admise dans le réseau. La liste compte 64 villes de 35 pays.",
       (_N, 64), (_NC, 35)),
    _c("pt", "bracketed-shares",
       "Foram seleccionadas três cidades do Brasil (Recife, Curitiba e Leme), uma de Portugal\n"
       "(Fundão) e uma de Cabo Verde.", (_N, 3), (_N, 1)),
]  # fmt: skip

# a country's members before a named newcomer's arrival: the count before the news
# (Mention.earlier), checked in test_iberia_sweep.test_before_a_named_arrival
BEFORE_NAMED = [
    ("es", "Antes del ingreso de Hanói, Vietnam tenía cinco ciudades en la red.", 5),
    ("es", "Antes del reconocimiento de Hanói, Vietnam contaba con cinco ciudades en la red.", 5),
    ("es", "Antes de la incorporación de Lisboa, Portugal sumaba 16 ciudades en la red.", 16),
    ("pt", "Antes do ingresso de Lisboa, Portugal tinha 16 cidades na rede.", 16),
    ("pt", "Antes da adesão de Lisboa, Portugal contava com 16 cidades na rede.", 16),
    ("en", "Before the admission of Hanoi, Viet Nam had five member cities.", 5),
    ("fr", "Avant l'admission de Brest, la France comptait huit villes dans le réseau.", 8),
    ("it", "Prima dell'ingresso di Trieste, l'Italia aveva otto città nella rete.", 8),
    ("vi", "Trước khi Hà Nội được công nhận, Việt Nam đã có 5 thành phố là thành viên.", 5),
]

_PROVINCE = [
    _n("vi", "province",
       "Đồng Tháp là tỉnh duy nhất cả nước có hai thành phố thuộc mạng lưới.", 2),
    _n("vi", "province",
       "Đồng Tháp là tỉnh duy nhất trong cả nước có 2 thành phố là thành viên của mạng lưới.", 2),
    _n("vi", "province", "Đồng Tháp là tỉnh đầu tiên có hai thành phố được công nhận.", 2),
    _c("vi", "province",
       "Nghệ An là tỉnh có thành phố Vinh, một trong 6 thành phố của Việt Nam thuộc mạng lưới.",
       ("country_cities", 6)),
    _c("vi", "province",
       "Việt Nam có 6 thành phố thành viên; tỉnh duy nhất có hai thành phố là Đồng Tháp.",
       ("country_cities", 6)),
]  # fmt: skip

_CC = "country_cities"
_NATIONAL = [
    _c("pt", "national",
       "Os concelhos portugueses que fazem parte da rede, hoje composta por 15 cidades, "
       "reuniram-se em Braga.", (_CC, 15)),
    _c("pt", "national", "A rede em Portugal conta com 15 municípios.", (_CC, 15)),
    _c("pt", "national", "Em Portugal, a rede nacional reúne hoje 16 municípios.", (_CC, 16)),
    _c("pt", "national",
       "O encontro decorreu em Portugal. A rede nacional, que junta 16 municípios, volta a "
       "reunir-se em 2026.", (_CC, 16)),
    _c("es", "national",
       "En Colombia, la red nacional, integrada actualmente por nueve municipios, se reunió "
       "en Medellín.", (_CC, 9)),
    _c("es", "national",
       "Se formalizó la red de Colombia. El alcalde preside la red nacional, integrada hoy por "
       "nueve municipios.", (_CC, 9)),
    _c("en", "national",
       "The Portuguese members of the network, now 15 cities, met in Braga.", (_CC, 15)),
    _n("vi", "national", "Đoàn Việt Nam gồm đại diện ba thành phố Vinh, Sa Đéc và Sơn La.", 3),
    _n("vi", "national",
       "Việt Nam hiện có 3 thành phố là thành viên của mạng lưới, trong đó Đồng Tháp có 2 "
       "thành phố.", 2),
    _n("de", "national", "Die Deutsche UNESCO-Kommission darf bis zu drei Städte vorschlagen.", 3),
    _n("it", "national", "Non è una rete di città: l'Italia ne conta 61, un primato.", 61),
    _n("pt", "national",
       "A Rede Portuguesa das Cidades Educadoras reúne 68 municípios.", 68),
]  # fmt: skip

_OPENER = [
    _c("pt", "opener",
       "Em fevereiro de 2024, Curitiba, Leme e Recife tinham sido admitidas junto com outras 61 "
       "cidades do mundo.", (_N, 64)),
    _c("pt", "opener",
       "Em setembro de 2020, Batalha, Loures e Ourém entraram na rede com outras 51 cidades.",
       (_N, 54)),
    _c("pt", "opener",
       "Em 2019, Alcobaça, Cantanhede e Setúbal entraram com outras 35.", (_N, 38)),
    _c("es", "opener",
       "En febrero de 2024, Curitiba, Leme y Recife fueron admitidas junto con otras 61 "
       "ciudades.", (_N, 64)),
    _c("es", "opener",
       "En septiembre de 2020, Quibdó, Rionegro y Tunja ingresaron junto a otras 51 ciudades.",
       (_N, 54)),
    _c("it", "opener",
       "Nel febbraio 2024, Lucca, Trieste e Brescia sono entrate insieme ad altre 61 città.",
       (_N, 64)),
    _c("fr", "opener",
       "En février 2024, Agadir, Fès et Essaouira ont été admises avec 61 autres villes.",
       (_N, 64)),
    _c("en", "opener",
       "In September 2020, Bouaké, Sa Dec and Vinh were admitted along with 51 other cities.",
       (_N, 54)),
]  # fmt: skip

_RESULT = [
    _c("es", "result",
       "Junto con Renca ingresó San Nicolás, de modo que son dos las comunas chilenas de la red.",
       (_CC, 2)),
    _c("es", "result",
       "Ingresó San Nicolás, con lo que son ya dos las comunas chilenas en la red.", (_CC, 2)),
    _c("pt", "result",
       "Com Lisboa entrou também Passo Fundo, pelo que são agora 17 as cidades portuguesas "
       "na rede.", (_CC, 17)),
    _c("pt", "result",
       "Entrou Lisboa, de modo que são 17 as cidades portuguesas da rede.", (_CC, 17)),
    _c("en", "result", "San Nicolás joined with Renca, so that Chile now counts two members.",
       (_CC, 2)),
    _c("fr", "result",
       "Sousse a rejoint le réseau, de sorte que la Tunisie compte deux villes membres.",
       (_CC, 2)),
    _c("it", "result",
       "È entrata Trieste, per cui le città italiane della rete sono otto.", (_CC, 8)),
    _c("es", "result", "Entraron 72 ciudades, de modo que la red suma 425.", (_N, 72), (_T, 425)),
    _c("es", "result", "Ingresaron dos comunas chilenas, de modo que Chile debuta en la red.",
       (_N, 2)),
]  # fmt: skip

CASES = (
    _GROUP
    + _OLD_SPELLING
    + _APPROVED
    + _BRACKETED
    + _WHOLE_LIST
    + _PROVINCE
    + _NATIONAL
    + _OPENER
    + _RESULT
)
