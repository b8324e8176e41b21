"""The romance helper's variant sweeps (eleventh session, French, Italian, Spanish and
Portuguese first): the classes the retired b16 pages showed, each said the ways writers
in these and the other Latin-script languages say it, with near-misses that must stay as
they are. Every case is read on a page whose title names the network, dated 2025-12-12
(tests/extract/sweep.py).

- quotation: a count quoted from a speaker is the network's even when the narration
  after the quotation closes names another network the speaker's city belongs to ('"...
  nos coloca ao lado de quase 400 cidades", afirmou o Presidente, lembrando que Braga
  integra a Rede de Cidades Criativas'). Near-misses: another network named inside the
  quotation, or a count outside any quotation, keeps its owner.
- place: a word of another body (a university, schools) that a preposition puts in a
  place is no subject and owns no count ("près de 200 villes, de la crèche à
  l'université", "nelle scuole e nelle biblioteche"). Near-misses: the body as subject
  ("l'université compte 200 étudiants") or as owner ("de l'association").
- present: the countries a network spans, said of the network right after a country's
  count ("o Brasil tem oito cidades numa rede presente em 91 países", "huit villes dans
  un réseau réparti dans 91 pays"). Near-misses: the country's cities present in regions,
  another network's countries.
- answer: an FAQ's answer under its question heading, opened by the time it holds at
  ("Tras la incorporación de diciembre de 2025, son 425": up to 48 characters before
  the year, not 30), and a question whose cue after its noun says first-time countries
  ("¿Cuántos países se sumaron por primera vez? Trece"); the people a question asks
  for with no word of the network, the answer naming the member cities ("¿A cuántas
  personas alcanza? A cerca de 500 millones, si se suman todas las ciudades miembros").
  Near-misses: a town's people,
  years; countries at a conference (open: read before this session too).
- along: a member quoted as standing "alongside" N cities, no joining said in the
  sentence, speaks of the group it is part of: N, not N + 1 ('"Hoy caminamos junto a 425
  ciudades", afirmó'). Near-misses: a quoted joining "junto a 71 ciudades" or "with 71
  others" still counts the subject (72).
- month part: a part of a month with no year ("fin août", "a fines de agosto", "a fine
  agosto", "no fim de agosto", "début mars") dates the figure to that month of the
  text's year, as "en août" did; it also stops a date said in the sentence before
  ("depuis septembre 2015") from dating it. Open: "à la mi-août".
- club: "a club of nearly 300 cities" is the body the city joins, as "a network of" is
  (es, pt, en, as fr and it read it already). Near-misses: a club of members or
  supporters, a sports club.
"""

from __future__ import annotations

from tests.extract.sweep import Case

T, C, N, NC = "total_cities", "total_countries", "new_cities", "new_countries"
CC = "country_cities"


def _c(language: str, rule: str, body: str, *expected: tuple[str, int]) -> Case:
    return Case(language, rule, body, expected)


def _n(language: str, rule: str, body: str, *absent: int) -> Case:
    return Case(language, rule + " near-miss", body, (), absent)


QUOTATIONS = [
    _c("pt", "quotation", '"É um reconhecimento que nos coloca ao lado de quase 400 cidades de '
       'todo o mundo", afirmou o Presidente da Câmara, lembrando que Braga integra desde 2017 a '
       "Rede de Cidades Criativas da UNESCO.", (T, 400)),
    _c("pt", "quotation", "«Passamos a fazer parte de uma rede de 425 cidades», disse a "
       "vereadora, que recordou que o município é membro da Associação Internacional das Cidades "
       "Educadoras.", (T, 425)),
    _c("es", "quotation", '"Ahora estamos junto a más de 400 ciudades del mundo", afirmó la '
       "alcaldesa, que recordó que la ciudad pertenece a la Red de Ciudades Creativas de la "
       "UNESCO.", (T, 400)),
    _c("es", "quotation", "«Entramos en una red de 425 ciudades», dijo el concejal, quien destacó "
       "que el municipio ya integra la Asociación Internacional de Ciudades Educadoras.",
       (T, 425)),
    _c("fr", "quotation", "« Nous voilà aux côtés de près de 300 villes », a déclaré le maire, "
       "rappelant que la ville appartient aussi au Réseau des villes créatives de l'UNESCO.",
       (T, 300)),
    _c("fr", "quotation", "« Nous entrons dans un réseau de 425 villes », souligne l'adjoint, qui "
       "siège aussi à l'Association internationale des villes éducatrices.", (T, 425)),
    _c("it", "quotation", "«Entriamo in una rete di 425 città», ha detto l'assessora, ricordando "
       "che il Comune fa parte anche della Rete delle Città Creative UNESCO.", (T, 425)),
    _c("en", "quotation", '"This puts us among almost 400 cities worldwide," the mayor said, '
       "adding that the city also belongs to the UNESCO Creative Cities Network.", (T, 400)),
    _c("en", "quotation", '"We are now one of almost 400 cities that learn together," the mayor '
       "said, adding that the city also belongs to the UNESCO Creative Cities Network.",
       (T, 400)),
    _n("es", "quotation", '"La Asociación Internacional de Ciudades Educadoras reúne a unas 500 '
       'urbes", recordó la funcionaria.', 500),
    _n("pt", "quotation", '"A Associação Internacional das Cidades Educadoras reúne quase 500 '
       'cidades", lembrou o autarca.', 500),
    _n("fr", "quotation", "Le maire rappelle que le Réseau des villes créatives compte 350 "
       "villes, selon son adjoint.", 350),
    _n("it", "quotation", "«La Rete delle Città Creative conta 350 città», ha ricordato "
       "l'assessora.", 350),
]  # fmt: skip

PLACES = [
    _c("fr", "place", "« Nous rejoignons près de 200 villes, de la crèche à l'université du "
       "temps libre », se félicite l'adjointe.", (T, 200)),
    _c("fr", "place", "Le réseau rassemble 425 villes qui font apprendre à tout âge, à l'école "
       "comme à l'université.", (T, 425)),
    _c("fr", "place", "Il compte désormais 425 villes, qui misent sur l'apprentissage dans les "
       "écoles et les bibliothèques.", (T, 425)),
    _c("it", "place", "La rete conta 425 città, dove si impara dalla materna all'università.",
       (T, 425)),
    _c("it", "place", "La rete riunisce 425 città che portano l'apprendimento nelle scuole.",
       (T, 425)),
    _c("es", "place", "La red suma 425 ciudades que llevan el aprendizaje del jardín de infancia "
       "a la universidad.", (T, 425)),
    _c("es", "place", "«Somos ya 425 ciudades que apuestan por aprender en la universidad y en el "
       "barrio», dijo.", (T, 425)),
    _c("pt", "place", "A rede reúne 425 cidades que levam a aprendizagem da creche à "
       "universidade.", (T, 425)),
    _c("it", "place", "«Entriamo in una rete di 425 città, dall'asilo all'università», ha "
       "detto l'assessore.", (T, 425)),
    _c("pt", "place", "«Juntamo-nos a 425 cidades, da creche à universidade», disse a "
       "vereadora.", (T, 425)),
    _c("es", "place", "La red reúne ya 425 ciudades, en las escuelas y en los barrios.",
       (T, 425)),
    _c("fr", "place", "Le réseau compte 425 villes, jusqu'à l'université de Hambourg.",
       (T, 425)),
    # a line break where the space stands (hard-wrapped copy)
    _c("fr", "place", "« Nous rejoignons près de 200 villes, de la crèche à\nl'université du "
       "temps libre », se félicite l'adjointe.", (T, 200)),
    _n("fr", "place", "L'université compte 200 étudiants étrangers.", 200),
    _n("fr", "place", "Les 300 membres de l'association se réunissent à Lyon.", 300),
    _n("es", "place", "La universidad tuvo 540 admisiones este año.", 540),
    _n("pt", "place", "A universidade teve 540 admissões este ano.", 540),
    _n("it", "place", "Le scuole della città sono 54.", 54),
]  # fmt: skip

CLUBS = [
    _c("es", "club", '"Ya formamos parte de un club de casi 300 ciudades que apuestan por la '
       'educación", celebró la secretaria.', (T, 300)),
    _c("es", "club", "La ciudad entra en un club de más de 400 ciudades del aprendizaje.",
       (T, 400)),
    _c("pt", "club", "Braga entra num clube de quase 400 cidades de todo o mundo.", (T, 400)),
    _c("pt", "club", '"Passamos a integrar um clube de mais de 400 cidades", disse o autarca.',
       (T, 400)),
    _c("en", "club", '"We are now part of a club of almost 300 cities," the mayor said.',
       (T, 300)),
    _c("en", "club", "The city joins a club of more than 400 cities.", (T, 400)),
    _c("fr", "club", "« Nous entrons dans un club de plus de 400 villes », dit le maire.",
       (T, 400)),
    _c("it", "club", "«Entriamo in un club di oltre 400 città», ha detto il sindaco.", (T, 400)),
    _n("es", "club", "El club de fútbol tiene 300 socios.", 300),
    _n("pt", "club", "O clube da cidade tem 400 sócios.", 400),
    _n("en", "club", "The rotary club has 300 members.", 300),
    _n("es", "club", "El club de lectura reúne a 120 miembros en la biblioteca.", 120),
]  # fmt: skip

PRESENT = [
    _c("pt", "present", "Com elas, o Brasil tem agora oito cidades numa rede presente em 91 "
       "países.", (CC, 8), (C, 91)),
    _c("pt", "present", "Portugal tem 15 municípios numa rede hoje presente em 91 países.",
       (CC, 15), (C, 91)),
    _c("pt", "present", "O Brasil soma oito cidades numa rede espalhada por 91 países.",
       (CC, 8), (C, 91)),
    _c("pt", "present", "O Brasil tem oito cidades na rede, que está presente em 91 países.",
       (CC, 8), (C, 91)),
    _c("es", "present", "Colombia tiene ocho ciudades en una red presente en 91 países.",
       (CC, 8), (C, 91)),
    _c("es", "present", "España suma 14 ciudades en una red extendida por 91 países.",
       (CC, 14), (C, 91)),
    _c("es", "present", "Colombia cuenta con ocho ciudades en esta red con presencia en 91 "
       "países.", (CC, 8), (C, 91)),
    _c("fr", "present", "La France compte huit villes dans un réseau présent dans 91 pays.",
       (CC, 8), (C, 91)),
    _c("fr", "present", "La France compte huit villes dans un réseau réparti dans 91 pays.",
       (CC, 8), (C, 91)),
    _c("fr", "present", "La France a huit villes dans ce réseau présent aujourd'hui dans 91 "
       "pays.", (CC, 8), (C, 91)),
    _c("it", "present", "L'Italia conta otto città in una rete presente in 91 Paesi.",
       (CC, 8), (C, 91)),
    _c("it", "present", "L'Italia conta otto città in una rete diffusa in 91 Paesi.",
       (CC, 8), (C, 91)),
    _c("en", "present", "Spain has 14 cities in a network present in 91 countries.",
       (CC, 14), (C, 91)),
    _n("pt", "present", "Portugal tem 15 municípios, presentes em 5 distritos.", 5),
    _n("fr", "present", "La France compte huit villes membres, présentes dans 6 régions.", 6),
    _n("es", "present", "Colombia tiene ocho ciudades en la red, presentes en 5 departamentos.",
       5),
    _n("it", "present", "L'Italia conta otto città nella rete Cittaslow, presente in 33 Paesi.",
       33),
]  # fmt: skip

ANSWERS = [
    _c("es", "answer", "## ¿Cuántas ciudades forman parte de ella?\n\nTras la incorporación de "
       "diciembre de 2025, son 425, repartidas en 91 países.", (T, 425), (C, 91)),
    _c("es", "answer", "## ¿Cuántas ciudades integran la red?\n\nDespués de la convocatoria de "
       "diciembre de 2025, son 425.", (T, 425)),
    _c("fr", "answer", "## Combien de villes compte le réseau ?\n\nDepuis les admissions de "
       "décembre 2025, il y en a 425.", (T, 425)),
    _c("fr", "answer", "## Combien de villes en font partie ?\n\nAprès la dernière vague "
       "d'adhésions, en décembre 2025, on en compte 425.", (T, 425)),
    _c("it", "answer", "## Quante città ne fanno parte?\n\nDopo l'ingresso dei nuovi membri nel "
       "dicembre 2025, sono 425.", (T, 425)),
    _c("pt", "answer", "## Quantas cidades fazem parte da rede?\n\nDepois da adesão de dezembro "
       "de 2025, são 425.", (T, 425)),
    _c("en", "answer", "## How many cities belong to it?\n\nAfter the intake announced in "
       "December 2025, there are 425.", (T, 425)),
    _c("es", "answer", "## ¿Cuántos países se sumaron por primera vez?\n\nTrece, entre ellos "
       "Chile, Venezuela y Mongolia.", ("first_time_countries", 13)),
    _c("fr", "answer", "## Combien de pays font leur entrée pour la première fois ?\n\nTreize, "
       "dont le Chili.", ("first_time_countries", 13)),
    _c("it", "answer", "## Quanti Paesi entrano per la prima volta?\n\nTredici, tra cui il "
       "Cile.", ("first_time_countries", 13)),
    _c("pt", "answer", "## Quantos países aderiram pela primeira vez?\n\nTreze, entre eles o "
       "Chile.", ("first_time_countries", 13)),
    _c("en", "answer", "## How many countries joined for the first time?\n\nThirteen, Chile "
       "among them.", ("first_time_countries", 13)),
    _c("es", "answer", "## ¿Cuántas ciudades ingresaron en la última convocatoria?\n\nEn la "
       "convocatoria anunciada el 4 de diciembre de 2025, fueron 72.", (N, 72)),
    _c("pt", "answer", "## Quantas cidades entraram na última ronda?\n\nNa ronda anunciada a 4 "
       "de dezembro de 2025, foram 72, de 46 países.", (N, 72), (NC, 46)),
    _c("it", "answer", "## Quante città sono entrate nell'ultima tornata?\n\nNella tornata "
       "annunciata il 4 dicembre 2025, sono 72.", (N, 72)),
    _c("en", "answer", "## How many cities joined in the latest round?\n\nIn the round "
       "announced on 4 December 2025, there were 72.", (N, 72)),
    # the question's own clause names no country: the one named before it is not asked of
    _c("pt", "answer", "Braga é a décima quinta portuguesa.\n\n## Quantas cidades entraram na "
       "última ronda?\n\nNa ronda anunciada a 4 de dezembro de 2025, foram 72.", (N, 72)),
    _c("pt", "answer", "## Quantas cidades portuguesas fazem parte da rede?\n\nSão 17.",
       (CC, 17)),
    _n("es", "answer", "## ¿Cuántos habitantes tiene la comuna?\n\nSegún el censo del 19 de "
       "abril de 2017, son 150.000.", 150000),
    # the people asked with no word of the network, the answer naming the member cities
    _c("es", "answer", "## ¿A cuántas personas alcanza?\n\nA cerca de 500 millones, si se suman "
       "todas las ciudades miembros.", ("citizens", 500000000)),
    _c("es", "answer", "## ¿A cuántas personas llega la red?\n\nA casi 500 millones, sumando sus "
       "ciudades miembros.", ("citizens", 500000000)),
    _c("fr", "answer", "## Combien d'habitants concerne-t-il ?\n\nPrès de 500 millions, dans "
       "l'ensemble des villes membres.", ("citizens", 500000000)),
    _c("it", "answer", "## Quante persone raggiunge?\n\nQuasi 500 milioni, sommando le città "
       "aderenti.", ("citizens", 500000000)),
    _c("pt", "answer", "## Quantas pessoas abrange?\n\nQuase 500 milhões, somando as "
       "cidades-membro.", ("citizens", 500000000)),
    _c("en", "answer", "## How many people does it reach?\n\nNearly 500 million, across its "
       "member cities.", ("citizens", 500000000)),
    _n("es", "answer", "## ¿Cuántas personas viven en Chile?\n\nCasi 20 millones, según el "
       "censo.", 20000000),
    _n("es", "answer", "## ¿Cuántos habitantes tiene la comuna?\n\nUnos 150.000, según el censo "
       "de las ciudades.", 150000),
    _n("es", "answer", "## ¿Cuántos habitantes tiene la comuna?\n\nTras el censo de 2017, son "
       "150.000.", 150000),
    _n("es", "answer", "## ¿Cuántos años lleva la red?\n\nDesde su creación en 2015, son diez.",
       10),
    _n("fr", "answer", "## Combien de pays ont participé à la conférence pour la première fois "
       "?\n\nTrente.", 30),
]  # fmt: skip

ALONG = [
    _c("es", "along", '"Hoy caminamos junto a 425 ciudades que aprenden", afirmó la secretaria.',
       (T, 425)),
    _c("pt", "along", '"Trabalhamos hoje ao lado de 425 cidades", disse o vereador.', (T, 425)),
    _c("fr", "along", "« Nous travaillons aux côtés de 425 villes », rappelle le maire.",
       (T, 425)),
    _c("it", "along", "«Oggi lavoriamo accanto a 425 città», ha detto l'assessora.", (T, 425)),
    _c("en", "along", '"Today we work alongside 425 cities," the mayor said.', (T, 425)),
    _c("es", "along", '"Ya estamos junto a casi 300 ciudades del mundo", dijo el alcalde.',
       (T, 300)),
    _c("es", "along", '"Medellín ingresó junto a 71 ciudades", dijo.', (N, 72)),
    _c("es", "along", '"Entramos junto a otras 71 ciudades", dijo.', (N, 72)),
    _c("en", "along", '"We joined alongside 71 cities," the mayor said.', (N, 72)),
    _c("fr", "along", "« Nous entrons aux côtés de 71 autres villes », dit le maire.", (N, 72)),
]  # fmt: skip


def _d(language: str, body: str, as_of: str, *expected: tuple[str, int]) -> Case:
    return Case(language, "month part", body, expected, as_of=as_of)


MONTH_PARTS = [
    _d("fr", "Le réseau n'accepte des adhésions que depuis septembre 2015. Il a grandi vite : "
       "fin août, l'UIL recensait 115 villes membres réparties dans 28 pays.", "2025-08",
       (T, 115), (C, 28)),
    _d("fr", "Début mars, le réseau comptait 356 villes.", "2025-03", (T, 356)),
    _d("fr", "À la mi-août, le réseau comptait 115 villes.", "2025-08", (T, 115)),
    _d("es", "A fines de agosto, la red sumaba 115 ciudades de 28 países.", "2025-08",
       (T, 115), (C, 28)),
    _d("es", "A mediados de marzo, la red tenía 356 ciudades.", "2025-03", (T, 356)),
    _d("it", "A fine agosto la rete contava 115 città in 28 Paesi.", "2025-08", (T, 115),
       (C, 28)),
    _d("it", "A inizio marzo la rete contava 356 città.", "2025-03", (T, 356)),
    _d("pt", "No fim de agosto, a rede tinha 115 cidades em 28 países.", "2025-08", (T, 115),
       (C, 28)),
    _d("pt", "Em meados de março, a rede tinha 356 cidades.", "2025-03", (T, 356)),
    _d("fr", "Fin 2024, le réseau comptait 356 villes.", "2024", (T, 356)),
]  # fmt: skip

CASES = QUOTATIONS + PLACES + PRESENT + ANSWERS + ALONG + MONTH_PARTS + CLUBS
