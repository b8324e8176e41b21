"""The romance helper's variant sweeps (thirteenth session, French, Italian, Spanish and
Portuguese first): the classes the retired b18 pages lost, each said the ways writers in
these languages say it, with near-misses that must stay unread. Every case is read on a
page whose title names the network, dated 2025-12-12 (tests/extract/sweep.py).

- asked with a copula: a "how many" question whose noun comes after a copula, a word of
  now and an article ("Quante sono oggi le città della rete?", "Combien y a-t-il
  aujourd'hui de villes", "¿Cuántas son hoy las ciudades?") asks for the cities as "how
  many cities" does: the bare answer after it ("356, in 79 Paesi") counts them.
  Near-misses: the same question of schools.
- clitic intake: a clitic of the cities said before, then a verb of admitting whose
  subject is the agency or the network ("l'UNESCO ne ha accolte 64", "en a accueilli 64",
  "il en est entré 64"), and, where the language has no such clitic, the bare count
  after the verb ("la UNESCO admitió 64", "a UNESCO acolheu 64"). Near-misses: the
  same verbs with a noun of their own after the count ("sumó 64 puntos").
- only one of a country: "una sola italiana", "une seule française", "uma só
  portuguesa" after a count of cities in the sentence: one city of the country.
  Near-misses: a person ("c'era una sola italiana" at a conference), "una" with no word
  of only.
- a label's participle: "| Villes admises le 4 décembre | 72 |", "| Villes africaines
  admises | 15 |": the participle of joining after a label's noun makes the row an
  intake's (in prose the French cue needs the words after it).
- past a threshold: "a rede já passa das 300 cidades", "la red pasa de las 300": a lower
  bound, not an exact count. Near-miss: the change "passou de 356 para 425".
- a country's epithet: "La Côte d'Ivoire voisine en compte désormais 4", "a Espanha
  vizinha tem 20 cidades": the adjective after the name does not hide the country.
  Near-misses: a town that is the neighbour ("la ville voisine").
- spread over countries: "las ciudades están repartidas en 62 países", "le città sono
  distribuite in 62 Paesi": the countries of the cities that spread (Language.
  spread_words). Near-misses: delegates spread over countries.
- coordinated subject: "Portugal ganhou um membro, o Fundão, e chegou a 16 cidades":
  the country that opens the sentence owns the count after "and". Near-miss: another
  count of its ("e tem 16 medalhas").
- told to stop saying: "arrêtez de dire que c'est un réseau de plus de 600 villes" (a
  reader's comment): the figure is denied, no statement (Language.denied_sayings).
  Near-miss: the same figure said as a claim.
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


ASKED = [
    _c(
        "it", "asked", "Quante sono oggi le città della rete? 356, in 79 Paesi.", (T, 356), (C, 79)
    ),
    _c("it", "asked", "Quante sono le città della rete? 356.", (T, 356)),
    _c(
        "fr",
        "asked",
        "Combien y a-t-il aujourd'hui de villes dans le réseau ? 356, dans 79 pays.",
        (T, 356),
        (C, 79),
    ),
    _c("fr", "asked", "Combien sont aujourd'hui les villes du réseau ? 356.", (T, 356)),
    _c("es", "asked", "¿Cuántas son hoy las ciudades de la red? 356, en 79 países.", (T, 356)),
    _c("pt", "asked", "Quantas são hoje as cidades da rede? 356, em 79 países.", (T, 356)),
    _c("en", "asked", "How many are the cities of the network today? 356.", (T, 356)),
    _n("it", "asked", "Quante sono oggi le scuole della città? 356.", (), 356),
    _n("fr", "asked", "Combien y a-t-il d'écoles dans la ville ? 356.", (), 356),
    _n("es", "asked", "¿Cuántas son hoy las escuelas de la ciudad? 356.", (), 356),
]

CLITIC_INTAKES = [
    _c(
        "it",
        "clitic intake",
        "A febbraio l'UNESCO ne ha accolte 64, provenienti da 35 Paesi.",
        (N, 64),
        (NC, 35),
    ),
    _c("it", "clitic intake", "Nel 2024 la rete ne ha aggiunte 64.", (N, 64)),
    _c("it", "clitic intake", "La rete ne accoglie altre 64.", (N, 64)),
    _c(
        "fr",
        "clitic intake",
        "En février, l'UNESCO en a accueilli 64, venues de 35 pays.",
        (N, 64),
        (NC, 35),
    ),
    _c("fr", "clitic intake", "En février, il en est entré 64.", (N, 64)),
    _c("fr", "clitic intake", "En février, le réseau en a admis 64.", (N, 64)),
    _c(
        "es",
        "clitic intake",
        "En febrero la UNESCO admitió 64, procedentes de 35 países.",
        (N, 64),
        (NC, 35),
    ),
    _c("es", "clitic intake", "En febrero la red sumó otras 64.", (N, 64)),
    _c(
        "pt",
        "clitic intake",
        "Em fevereiro a UNESCO acolheu 64, vindas de 35 países.",
        (N, 64),
        (NC, 35),
    ),
    _c("pt", "clitic intake", "Em fevereiro a rede admitiu 64.", (N, 64)),
    _n("es", "clitic intake", "El equipo sumó 64 puntos.", (), 64),
    _n("es", "clitic intake", "El hospital admitió 64 pacientes.", (), 64),
    _n("pt", "clitic intake", "O hospital admitiu 64 doentes.", (), 64),
    _n("it", "clitic intake", "Il sindaco ha aggiunto 64 parole.", (), 64),
    _n("it", "clitic intake", "La Rete delle città creative ne ha accolte 55.", (), 55),
]

_IT = "Nel luglio 2019 l'UNESCO ha accolto 38 nuove città da 23 Paesi;"
_FR = "En juillet 2019, l'UNESCO a accueilli 38 nouvelles villes de 23 pays, dont"
_ES = "En julio de 2019 la UNESCO admitió 38 nuevas ciudades de 23 países, entre ellas"
_PT = "Em julho de 2019 a UNESCO acolheu 38 novas cidades de 23 países, entre elas"

SOLE_ONES = [
    _c("it", "sole one", f"{_IT} fra queste una sola italiana, Palermo.", (N, 38), (N, 1)),
    _c("it", "sole one", f"{_IT} tra loro un'unica italiana, Palermo.", (N, 1)),
    _c("fr", "sole one", f"{_FR} une seule française, Lyon.", (N, 1)),
    _c("es", "sole one", f"{_ES} una sola española, Sevilla.", (N, 1)),
    _c("es", "sole one", f"{_ES} una única española, Sevilla.", (N, 1)),
    _c("pt", "sole one", f"{_PT} uma só portuguesa, Braga.", (N, 1)),
    _c("pt", "sole one", f"{_PT} uma única portuguesa, Braga.", (N, 1)),
    _n("it", "sole one", "Alla conferenza c'era una sola italiana, la sindaca di Bari.", (), 1),
    _n("it", "sole one", f"{_IT} fra queste una italiana, Palermo.", ((N, 38),), 1),
    _n("fr", "sole one", "Au forum, une seule française a pris la parole.", (), 1),
]

_TABLE = "| | |\n|---|---|\n"

LABEL_PARTICIPLES = [
    _c("fr", "label participle", f"{_TABLE}| Villes admises le 4 décembre | 72 |", (N, 72)),
    _c("fr", "label participle", f"{_TABLE}| Villes africaines admises | 15 |", (N, 15)),
    _c("fr", "label participle", f"{_TABLE}| Villes entrées en 2024 | 64 |", (N, 64)),
    _c("fr", "label participle", "Villes admises : 72", (N, 72)),
    _c("it", "label participle", f"{_TABLE}| Città africane ammesse | 15 |", (N, 15)),
    _c("es", "label participle", f"{_TABLE}| Ciudades africanas admitidas | 15 |", (N, 15)),
    _c("pt", "label participle", f"{_TABLE}| Cidades africanas admitidas | 15 |", (N, 15)),
    # "admises" agrees with the cities, not with the countries before it
    _n(
        "fr",
        "label participle",
        "Porto-Novo entre dans le réseau, parmi 72 villes de 46 pays admises le 4 décembre.",
        ((N, 72), (NC, 46)),
    ),
    _n("fr", "label participle", f"{_TABLE}| Étudiants admis en 2024 | 900 |", (), 900),
]

PAST_A_THRESHOLD = [
    _c("pt", "past a threshold", "A resposta foi que a rede já passa das 300 cidades.", (T, 300)),
    _c("pt", "past a threshold", "Em 2023 a rede passava dos 400 membros.", (T, 400)),
    _c("es", "past a threshold", "La red ya pasa de las 300 ciudades.", (T, 300)),
    _c("es", "past a threshold", "En 2023 la red pasaba de los 400 miembros.", (T, 400)),
    _n("pt", "past a threshold", "A rede passou de 356 para 425 cidades.", ((T, 425),)),
    _n("es", "past a threshold", "La red pasó de 356 a 425 ciudades.", ((T, 425),)),
]

EPITHETS = [
    _c("fr", "epithet", "La Côte d'Ivoire voisine en compte désormais 4.", (CC, 4)),
    _c("fr", "epithet", "Le Ghana voisin compte trois villes membres.", (CC, 3)),
    _c("it", "epithet", "La Svizzera vicina conta due città nella rete.", (CC, 2)),
    _c("es", "epithet", "El Ecuador vecino cuenta con cuatro ciudades en la red.", (CC, 4)),
    _c("es", "epithet", "El Ecuador vecino cuenta ya con cuatro.", (CC, 4)),
    _c("pt", "epithet", "A Espanha vizinha tem 20 cidades na rede.", (CC, 20)),
    _n("fr", "epithet", "La ville voisine en compte 4.", (), 4),
    _n("pt", "epithet", "A cidade vizinha tem 20 escolas.", (), 20),
]

SPREAD = [
    _c(
        "es",
        "spread",
        "La versión en inglés dice que las ciudades están repartidas en 62 países.",
        (C, 62),
    ),
    _c("es", "spread", "Los miembros están repartidos en 62 países.", (C, 62)),
    _c("fr", "spread", "Les villes du réseau sont réparties dans 62 pays.", (C, 62)),
    _c("it", "spread", "Le città della rete sono distribuite in 62 Paesi.", (C, 62)),
    _c("it", "spread", "Le città sono sparse in 62 Paesi.", (C, 62)),
    _c("pt", "spread", "As cidades da rede estão distribuídas por 62 países.", (C, 62)),
    _c("pt", "spread", "Os membros estão espalhados por 62 países.", (C, 62)),
    _n("es", "spread", "Los delegados están repartidos en 12 países.", (), 12),
    _n("fr", "spread", "Les délégués sont répartis dans 12 pays.", (), 12),
    _n("it", "spread", "I delegati sono sparsi in 12 Paesi.", (), 12),
    _n("pt", "spread", "Os delegados estão espalhados por 12 países.", (), 12),
    _n(
        "fr",
        "spread",
        "Les 72 nouvelles villes sont réparties dans 46 pays.",
        ((N, 72), (NC, 46)),
    ),
]

COORDINATED = [
    _c(
        "pt",
        "coordinated",
        "Portugal também ganhou um membro, o Fundão, e chegou a 16 cidades na rede.",
        (CC, 16),
    ),
    _c("pt", "coordinated", "Portugal ganhou um membro e chegou a 16 cidades.", (CC, 16)),
    _c(
        "es",
        "coordinated",
        "Colombia sumó una ciudad, Chía, y llegó a diez ciudades en la red.",
        (CC, 10),
    ),
    _c(
        "fr",
        "coordinated",
        "La France a gagné une ville, Brest, et arrive à 12 villes dans le réseau.",
        (CC, 12),
    ),
    _c(
        "fr",
        "coordinated",
        "La France a gagné une ville et compte désormais 12 villes membres.",
        (CC, 12),
    ),
    _c(
        "it",
        "coordinated",
        "L'Italia ha guadagnato una città, Brescia, e sale a 14 città nella rete.",
        (CC, 14),
    ),
    _n("pt", "coordinated", "Portugal venceu o prémio e tem 16 medalhas.", (), 16),
]

DENIED = [
    _c(
        "fr",
        "denied",
        "> **Kossi_93** — Bravo ! Mais arrêtez de dire que c'est un réseau de plus de 600"
        " villes, j'ai vérifié, c'est moins.",
    ),
    _c("fr", "denied", "Il faut arrêter de dire que le réseau compte 600 villes."),
    _c("es", "denied", "Dejen de decir que la red tiene 600 ciudades."),
    _c("it", "denied", "Smettetela di dire che la rete ha 600 città."),
    _c("pt", "denied", "Parem de dizer que a rede tem 600 cidades."),
    _c("en", "denied", "Stop saying the network has 600 cities."),
    _n("fr", "denied", "Un réseau de plus de 600 villes, quelle fierté !", ((T, 600),)),
    _n("en", "denied", "The network has 600 cities, they keep saying.", ((T, 600),)),
]
# the figures told to stop saying are absent
DENIED = [c._replace(absent=(600,)) if not c.expected else c for c in DENIED]

# the v19 pages (variants written this session), their classes said the other ways
DEGREE = [
    _c(
        "fr",
        "degree",
        "Il affirme que le réseau « dépasse largement les 400 villes, on y sera noyés ».",
        (T, 400),
    ),
    _c("fr", "degree", "Le réseau dépasse nettement les 400 villes.", (T, 400)),
    _c("it", "degree", "La rete supera ampiamente le 400 città.", (T, 400)),
    _c("es", "degree", "La red supera con creces las 400 ciudades.", (T, 400)),
    _c("es", "degree", "La red supera ampliamente las 400 ciudades.", (T, 400)),
    _c("pt", "degree", "A rede ultrapassa largamente as 400 cidades.", (T, 400)),
    _c("pt", "degree", "A rede supera bem os 400 membros.", (T, 400)),
]

REPLIES = [
    _c(
        "fr",
        "reply over countries",
        "**Mme Barrau** : « 356, dans 79 pays. C'est le chiffre de l'Institut. »",
        (T, 356),
        (C, 79),
    ),
    _c(
        "es",
        "reply over countries",
        "— La red tiene más de 400 ciudades.\n— 356, en 79 países.",
        (T, 356),
    ),
    _c(
        "pt",
        "reply over countries",
        "— A rede tem mais de 400 cidades.\n— 356, em 79 países.",
        (T, 356),
    ),
    _c("it", "reply over countries", "«Sono più di 400?» «No: 356, in 79 Paesi.»", (T, 356)),
    _c("en", "reply over countries", '"356, in 79 countries," she replied.', (T, 356)),
    _n(
        "fr",
        "reply over countries",
        "Le forum a réuni 1 200 participants. 300, dans 79 pays, étaient des maires.",
        (),
        300,
    ),
    _n("es", "reply over countries", "En 2024, en 79 países, hubo 300 talleres.", (), 300),
]

SPOKEN = [
    _c(
        "fr",
        "spoken answer",
        "**M. Lefèbvre** : « Et combien de communes françaises ? »\n\n"
        "**Mme Barrau** : « Onze, d'après la liste publiée. »",
        (CC, 11),
    ),
    _c(
        "fr",
        "spoken answer",
        "M. Lefèbvre : « Et combien de villes françaises ? »\nMme Barrau : « Onze. »",
        (CC, 11),
    ),
    _c(
        "it",
        "spoken answer",
        "**Rossi**: «E quante città italiane?»\n\n**Bianchi**: «Quattordici, secondo l'elenco.»",
        (CC, 14),
    ),
    _c(
        "es",
        "spoken answer",
        "**Pérez**: «¿Y cuántas ciudades españolas?»\n\n**Gómez**: «Veinte, según la lista.»",
        (CC, 20),
    ),
    _c(
        "pt",
        "spoken answer",
        "**Silva**: «E quantas cidades portuguesas?»\n\n**Costa**: «Dezassete, segundo a lista.»",
        (CC, 17),
    ),
    _n(
        "fr",
        "spoken answer",
        "**M. Lefèbvre** : « Et combien d'écoles ? »\n\n**Mme Barrau** : « Onze. »",
        (),
        11,
    ),
]

TALK = [
    _c("es", "talk", "La red tiene 294 ciudades. Yo tenía entendido que eran unas 300.", (T, 300)),
    _c("it", "talk", "La rete conta 356 città. Ho letto che ormai sono quasi 400.", (T, 400)),
    _c("it", "talk", "La rete conta 356 città. Secondo me sono già 500.", (T, 500)),
    _c("pt", "talk", "A rede tem 294 cidades. Eu achava que eram umas 300.", (T, 300)),
    _c("es", "talk", "La red tiene 294 ciudades. Son 300 exactas, lo vi en la web.", (T, 300)),
    _c("it", "talk", "La rete conta 356 città. Sono 400 esatte, l'ho letto.", (T, 400)),
    _c("pt", "talk", "A rede tem 294 cidades. São 300 exatas, li no site.", (T, 300)),
    _n("es", "talk", "La red tiene 294 ciudades. Son 300 exactas las sillas.", ((T, 294),), 300),
    _n(
        "es",
        "talk",
        "La red tiene 294 ciudades. Los alumnos del centro son 300.",
        ((T, 294),),
        300,
    ),
    _n("it", "talk", "La rete conta 356 città. Gli iscritti ai corsi sono 300.", ((T, 356),), 300),
    _n(
        "pt",
        "talk",
        "A rede tem 294 cidades. A escola tem alunos: hoje são 300.",
        ((T, 294),),
        300,
    ),
    _n("es", "talk", "La red tiene 294 ciudades. Dicen que son 40.", ((T, 294),), 40),
]

VERDICTS = [
    _c(
        "pt",
        "verdict",
        '## "A rede já passa das 400 cidades"\n\n**Verdade.** Quatrocentas e vinte e cinco,'
        " para ser exato.",
        (T, 425),
    ),
    _c(
        "pt",
        "verdict",
        '## "Portugal tem dezassete cidades na rede"\n\n**Verdade.** Dezassete, de facto.',
        (CC, 17),
    ),
    _c(
        "fr",
        "verdict",
        "## « Le réseau compte plus de 600 villes »\n\n**Faux.** 425, selon l'UNESCO.",
        (T, 425),
    ),
    _c(
        "es",
        "verdict",
        '## "Colombia tiene doce ciudades en la red"\n\n**Falso.** Ocho, según la lista.',
        (CC, 8),
    ),
    _c(
        "it",
        "verdict",
        '## "La rete ha 500 città"\n\n**Falso.** 356, secondo l\'UNESCO.',
        (T, 356),
    ),
    _c(
        "en",
        "verdict",
        '## "The network has 600 cities"\n\n**False.** 425, says UNESCO.',
        (T, 425),
    ),
    _n(
        "it",
        "verdict",
        '## "Il comune ha 12 scuole"\n\n**Falso.** Dieci, secondo il registro.',
        (),
        10,
    ),
    _n("pt", "verdict", '## "A rede nasceu em 2013"\n\n**Verdade.** 2013, em Pequim.', (), 2013),
]

LIST_LABELS = [
    _c("es", "list label", "- Total de la red tras esa ronda: 294", (T, 294)),
    _c("es", "list label", "- Colombianas en la red: ocho", (CC, 8)),
    _c("it", "list label", "- Totale della rete dopo quella tornata: 294", (T, 294)),
    _c("it", "list label", "- Italiane nella rete: otto", (CC, 8)),
    _c("fr", "list label", "- Total du réseau après cette vague : 294", (T, 294)),
    _c("fr", "list label", "- Françaises dans le réseau : huit", (CC, 8)),
    _c("pt", "list label", "- Total da rede após essa ronda: 294", (T, 294)),
    _c("pt", "list label", "- Portuguesas na rede: oito", (CC, 8)),
    _n("es", "list label", "- Total de la red de bibliotecas: 40", (), 40),
    _n("es", "list label", "- Colombianas en la red de bibliotecas: ocho", (), 8),
    _n("it", "list label", "- Italiane nella rete delle città creative: 8", (), 8),
    _n("fr", "list label", "- Total des inscrits : 294", (), 294),
]

CASES = [
    *ASKED,
    *CLITIC_INTAKES,
    *SOLE_ONES,
    *LABEL_PARTICIPLES,
    *PAST_A_THRESHOLD,
    *EPITHETS,
    *SPREAD,
    *COORDINATED,
    *DENIED,
    *DEGREE,
    *REPLIES,
    *SPOKEN,
    *TALK,
    *VERDICTS,
    *LIST_LABELS,
]

# (case, the country its count must carry)
COUNTRIES = [
    (c, country)
    for c, country in zip(
        [*EPITHETS[:6], *COORDINATED[:6], SOLE_ONES[0], SOLE_ONES[2], SOLE_ONES[3], SOLE_ONES[5]],
        ["CI", "GH", "CH", "EC", "EC", "ES", "PT", "PT", "CO", "FR", "FR", "IT", "IT", "FR", "ES",
         "PT"],
        strict=True,
    )
]  # fmt: skip

# (case, the qualifier its figure must have)
QUALIFIERS = [(c, "more_than") for c in PAST_A_THRESHOLD[:4]]
