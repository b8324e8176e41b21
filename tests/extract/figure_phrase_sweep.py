"""The variant sweep of French and Italian figure phrases (the franco helper, ninth
session): the same true facts of the network (425 cities in 91 countries, 72 newcomers
from 46 countries, a country's count or rank; on a page dated 2025-12-12) said the many
ways French and Italian writers say them, and near-misses that must stay unread.

A case is the permissive sweep's Case (tests/extract/permissive_sweep.py): (language,
rule, body, expected, absent, titled); every case here is read on a page whose title names
the network. Rules:

- total, intake, country, citizens: verbs, word orders, qualifiers, number words, non-
  breaking spaces (U+00A0, U+202F), apposition, brackets;
- unit: other nouns of a town or a country ("cités", "métropoles", "agglomérations",
  "entités locales", "nations", "États"; "metropoli", "enti locali", "nazioni", "Stati"),
  weak: the network's only with a cue in their sentence;
- newcomer: the chosen named by their participle after "nouvelles"/"nuove" ("64 nouvelles
  élues", "72 nuove elette"), weak as well ("les 72 nouvelles élues du conseil régional"
  stay unread);
- club: a club or circle of cities is the body a city joins ("un club de plus de 400
  villes"), not a sports or reading club;
- apposed: "au nombre de", "in numero di" between commas after the noun ("Les nouveaux
  membres, au nombre de 72, viennent de 46 pays"), not after another noun ("Les délégués,
  au nombre de 500, ...");
- others: named subjects counted with "N autres" / "altre N", past asides between commas
  ("Libreville, la capitale, et Makokou, le chef-lieu de la province, ont rejoint avec 75
  autres villes": 77) and a month before the year that opens the clause ("nel settembre
  2020 Lucca e Trieste ... insieme ad altre 52": 54), in the other languages too;
- bracket: a count in brackets after its noun phrase ("Le città italiane della rete (6):
  Torino, ...", "Les villes membres (425) viennent de 91 pays"), in every language; not a
  year, nor one digit with no colon after it (a footnote's mark);
- rank: a rank whose noun the country's adjective stands for, with the network or a verb
  of joining in its clause ("la nona italiana ad entrare nella rete", "la neuvième
  française du réseau", es and pt too); "la nona italiana per numero di abitanti" unread;
- host: countries that host member cities ("64 pays accueillent des villes apprenantes", a
  key figure's label) are the network's countries, not an intake's;
- network (near-miss): a national or provincial network ("le Réseau québécois de Villes et
  Villages en santé", "la Rete italiana Città Sane") owns its count;
- near-miss: another network's or body's count, UNESCO's member states, a country's
  metropolises, councillors, delegates.
"""

from __future__ import annotations

from tests.extract.permissive_sweep import Case

T, C, N, NC = "total_cities", "total_countries", "new_cities", "new_countries"
CI, CC = "citizens", "country_cities"


def _c(language: str, rule: str, body: str, *expected: tuple[str, int]) -> Case:
    return Case(language, rule, body, expected)


def _n(language: str, rule: str, body: str, *absent: int) -> Case:
    return Case(language, rule + " near-miss", body, (), absent)


CASES = [
    _c(
        "fr",
        "total",
        "Le réseau compte désormais 425 villes réparties dans 91 pays.",
        (T, 425),
        (C, 91),
    ),
    _c("fr", "total", "Le réseau compte désormais quatre cent vingt-cinq villes.", (T, 425)),
    _c(
        "fr",
        "total",
        "Il réunit aujourd'hui 425 villes et municipalités de 91 pays.",
        (T, 425),
        (C, 91),
    ),
    _c("fr", "total", "Le réseau regroupe 425 collectivités dans 91 pays.", (T, 425), (C, 91)),
    _c("fr", "total", "Il rassemble désormais 425 communes issues de 91 pays.", (T, 425), (C, 91)),
    _c("fr", "apposed", "Les villes membres sont désormais au nombre de 425.", (T, 425)),
    _c("fr", "total", "Fort de 425 villes membres, le réseau couvre 91 pays.", (T, 425), (C, 91)),
    _c("fr", "total", "Le réseau, fort de 425 membres, s'élargit encore.", (T, 425)),
    _c("fr", "total", "Le nombre de villes membres s'élève désormais à 425.", (T, 425)),
    _c(
        "fr",
        "total",
        "Le nombre de villes membres atteint désormais 425, dans 91 pays.",
        (T, 425),
        (C, 91),
    ),
    _c("fr", "total", "Le réseau s'élargit à 425 villes.", (T, 425)),
    _c("fr", "total", "Le réseau passe ainsi à 425 villes membres.", (T, 425)),
    _c(
        "fr",
        "intake",
        "Le réseau (425 villes, 91 pays) accueille 72 nouveaux membres.",
        (T, 425),
        (C, 91),
        (N, 72),
    ),
    _c(
        "fr",
        "total",
        "Ce réseau de 425 villes apprenantes est coordonné depuis Hambourg.",
        (T, 425),
    ),
    _c("fr", "total", "Le réseau compte plus de quatre cents villes.", (T, 400)),
    _c("fr", "total", "Le réseau compte plus de 400 villes.", (T, 400)),
    _c("fr", "total", "Le réseau compte près de 430 villes.", (T, 430)),
    _c("fr", "total", "Le réseau compte quelque 425 villes.", (T, 425)),
    _c(
        "fr",
        "total",
        "Le réseau compte aujourd'hui 425 villes membres, dont 39 en Afrique.",
        (T, 425),
    ),
    _c("fr", "total", "Le réseau réunit 425 villes\u202fet 91 pays.", (T, 425), (C, 91)),
    _c("fr", "total", "Le réseau compte 425\u00a0villes dans 91\u00a0pays.", (T, 425), (C, 91)),
    _c("fr", "total", "Villes membres\u202f: 425", (T, 425)),
    _c("fr", "total", "Le réseau compte plus d'une centaine de villes.", (T, 100)),
    _c("fr", "total", "Le réseau compte près de trois cents villes.", (T, 300)),
    _c("fr", "total", "Le réseau compte environ 300 villes.", (T, 300)),
    _c("fr", "total", "Le réseau réunit désormais plus de 400 villes apprenantes.", (T, 400)),
    _c("fr", "total", "Le réseau totalise désormais 425 villes.", (T, 425)),
    _c("fr", "total", "Le réseau comprend 425 villes du monde entier.", (T, 425)),
    _c("fr", "total", "Le réseau s'étend désormais à 425 villes de 91 pays.", (T, 425), (C, 91)),
    _c("fr", "total", "Le réseau est présent dans 91 pays.", (C, 91)),
    _c("fr", "total", "Le réseau couvre 91 pays.", (C, 91)),
    _c("fr", "total", "Ses membres ? 425 villes de 91 pays.", (T, 425), (C, 91)),
    _c("fr", "total", "Le réseau compte 425 villes membres (91 pays).", (T, 425), (C, 91)),
    _c("fr", "total", "Quatre cent vingt-cinq villes font désormais partie du réseau.", (T, 425)),
    _c(
        "fr", "total", "425 villes de 91 pays sont désormais membres du réseau.", (T, 425), (C, 91)
    ),
    _c("fr", "total", "Le réseau compte désormais 425 villes membres.", (T, 425)),
    _c("fr", "citizens", "Le réseau compte quelque 500 millions d'habitants.", (CI, 500000000)),
    _c("fr", "citizens", "Le réseau touche près de 500 millions de citoyens.", (CI, 500000000)),
    _c("fr", "intake", "Soixante-douze nouvelles villes ont rejoint le réseau.", (N, 72)),
    _c("fr", "intake", "Le réseau accueille 72 nouvelles villes de 46 pays.", (N, 72), (NC, 46)),
    _c("fr", "intake", "72 villes de 46 pays rejoignent le réseau.", (N, 72), (NC, 46)),
    _c("fr", "intake", "Le réseau s'est enrichi de 72 nouveaux membres.", (N, 72)),
    _c("fr", "intake", "Le réseau s'agrandit de 72 villes.", (N, 72)),
    _c("fr", "intake", "L'UNESCO a admis 72 villes supplémentaires.", (N, 72)),
    _c(
        "fr",
        "intake",
        "72 nouvelles villes, issues de 46 pays, intègrent le réseau.",
        (N, 72),
        (NC, 46),
    ),
    _c("fr", "intake", "Cette année, une soixantaine de villes ont rejoint le réseau.", (N, 60)),
    _c("fr", "intake", "Le réseau a été rejoint par 72 villes.", (N, 72)),
    _c(
        "fr",
        "intake",
        "Parmi les 72 nouveaux membres figurent sept villes françaises.",
        (N, 72),
        (N, 7),
    ),
    _c("fr", "intake", "Les 72 nouvelles venues viennent de 46 pays.", (N, 72), (NC, 46)),
    _c("fr", "intake", "L'UNESCO a désigné 72 nouvelles villes apprenantes.", (N, 72)),
    _c("fr", "intake", "72 nouvelles collectivités font leur entrée dans le réseau.", (N, 72)),
    _c("fr", "intake", "Le réseau intègre 72 nouvelles municipalités.", (N, 72)),
    _c("fr", "intake", "72 nouvelles villes membres, dont 13 en Afrique.", (N, 72)),
    _c("fr", "country", "La France compte désormais six villes membres.", (CC, 6)),
    _c("fr", "country", "Avec Lyon, la France compte désormais sept villes apprenantes.", (CC, 7)),
    _c("fr", "country", "Lyon devient la 7e ville française du réseau.", (CC, 7)),
    _c("fr", "country", "Lyon devient la septième ville française membre du réseau.", (CC, 7)),
    _c(
        "fr", "apposed", "Les villes marocaines membres du réseau sont au nombre de sept.", (CC, 7)
    ),
    _c("fr", "country", "Le Maroc compte sept villes membres du réseau.", (CC, 7)),
    _n("fr", "total", "Le réseau des villes créatives compte 350 villes.", 350),
    _n("fr", "total", "La ville compte 425 000 habitants.", 425000, 425),
    _n("fr", "total", "La conférence a réuni 500 participants de 91 pays.", 500),
    _n(
        "fr",
        "total",
        "Le réseau a été créé en 2013 et sa conférence a lieu tous les deux ans.",
        2013,
    ),
    _c("fr", "unit", "Le réseau compte 425 cités dans 91 pays.", (T, 425), (C, 91)),
    _c("fr", "unit", "Le réseau compte 425 métropoles et villes moyennes.", (T, 425)),
    _c("fr", "unit", "Le réseau compte 425 agglomérations.", (T, 425)),
    _c("fr", "total", "Le réseau compte 425 localités de 91 pays.", (T, 425), (C, 91)),
    # "territoires" is no unit: the national Cités éducatives count "200 territoires"
    _n("fr", "unit", "Le label national des Cités éducatives concerne 200 territoires.", 200),
    _n("fr", "unit", "Les 200 Cités éducatives ne sont pas un réseau de l'UNESCO.", 200),
    _c("fr", "unit", "Le réseau réunit 425 entités locales de 91 nations.", (T, 425), (C, 91)),
    _c("fr", "unit", "Le réseau est présent dans 91 États.", (C, 91)),
    _c("fr", "total", "Le réseau compte 425 membres dans 91 pays.", (T, 425), (C, 91)),
    _c("fr", "newcomer", "Villes apprenantes : 72 nouvelles élues, aucune au Québec", (N, 72)),
    _c("fr", "newcomer", "Villes apprenantes : 72 nouvelles lauréates", (N, 72)),
    _c("fr", "newcomer", "Villes apprenantes : 72 nouvelles recrues pour le réseau", (N, 72)),
    _c("fr", "newcomer", "Le réseau accueille 72 nouveaux venus.", (N, 72)),
    _c("fr", "newcomer", "Le réseau enregistre 72 nouvelles adhésions.", (N, 72)),
    _c("fr", "newcomer", "L'UNESCO a validé 72 nouvelles admissions au réseau.", (N, 72)),
    _c(
        "fr",
        "intake",
        "72 candidatures ont été retenues par l'UNESCO pour rejoindre le réseau.",
        (N, 72),
    ),
    _c("fr", "total", "Le réseau compte 425 villes au total.", (T, 425)),
    _c("fr", "total", "Au total, le réseau compte 425 villes.", (T, 425)),
    _c("fr", "total", "Le réseau compte un total de 425 villes.", (T, 425)),
    _c("fr", "intake", "Le réseau accueille 72 villes, soit 425 au total.", (N, 72), (T, 425)),
    _c("fr", "intake", "Avec ces 72 nouvelles villes, le total passe à 425.", (N, 72), (T, 425)),
    _c("fr", "total", "Le réseau passe de 356 à 425 villes.", (T, 425)),
    _c("fr", "total", "Le réseau, qui comptait 356 villes, en compte désormais 425.", (T, 425)),
    _c("fr", "total", "Elles sont désormais 425 villes dans le réseau.", (T, 425)),
    _c("fr", "total", "Ce sont désormais 425 villes qui font partie du réseau.", (T, 425)),
    _c("fr", "intake", "Le réseau compte soixante-quatre nouvelles villes.", (N, 64)),
    _c("fr", "total", "Le réseau compte quatre-vingt-onze pays.", (C, 91)),
    _c("fr", "total", "Le réseau compte deux cent quatre-vingt-quatorze villes.", (T, 294)),
    _c("fr", "total", "Le réseau compte trois cent cinquante-six villes.", (T, 356)),
    _c("fr", "total", "Le réseau compte deux cent vingt-neuf villes.", (T, 229)),
    _c("fr", "intake", "Soixante et onze villes ont rejoint le réseau.", (N, 71)),
    _c("fr", "total", "Le réseau compte une soixantaine de pays.", (C, 60)),
    _c("fr", "total", "Le réseau compte près de quatre cent trente villes.", (T, 430)),
    _c("fr", "country", "Lyon devient la 3e ville française du réseau.", (CC, 3)),
    _c("fr", "country", "Lyon est la troisième ville française à rejoindre le réseau.", (CC, 3)),
    _c(
        "fr",
        "country",
        "Lyon, troisième ville française du réseau, accueille la conférence.",
        (CC, 3),
    ),
    _c("fr", "country", "Après Clermont-Ferrand et Évry, Lyon est la troisième.", (CC, 3)),
    _c("fr", "intake", "Lyon rejoint ainsi 71 autres villes.", (N, 72)),
    _c("fr", "intake", "Lyon et Nantes rejoignent le réseau avec 70 autres villes.", (N, 72)),
    _c("fr", "intake", "Lyon et Nantes ont rejoint avec 70 autres villes le réseau.", (N, 72)),
    _c("fr", "intake", "Lyon et Nantes font partie des 72 nouvelles villes.", (N, 72)),
    _c("fr", "intake", "Lyon fait partie des 72 villes admises cette année.", (N, 72)),
    _c("fr", "intake", "Lyon figure parmi les 72 villes retenues.", (N, 72)),
    _c("fr", "newcomer", "Lyon figure parmi les 72 élues de l'année.", (N, 72)),
    _c("fr", "intake", "La liste des 72 nouveaux membres a été publiée.", (N, 72)),
    _c("fr", "intake", "Le réseau s'ouvre à 72 nouvelles villes.", (N, 72)),
    _c("fr", "total", "Le réseau compte 425\u202fvilles.", (T, 425)),
    _c("fr", "total", "Le réseau compte 425 villes\u202f!", (T, 425)),
    _c("fr", "intake", "L'UNESCO a retenu 72 villes.", (N, 72)),
    _c(
        "fr", "intake", "Ce sont 72 villes de 46 pays qui rejoignent le réseau.", (N, 72), (NC, 46)
    ),
    _c(
        "fr",
        "apposed",
        "Au nombre de 72, les nouvelles villes viennent de 46 pays.",
        (N, 72),
        (NC, 46),
    ),
    _c(
        "fr",
        "apposed",
        "Les nouveaux membres, au nombre de 72, viennent de 46 pays.",
        (N, 72),
        (NC, 46),
    ),
    _c("fr", "intake", "Les nouvelles villes sont 72, issues de 46 pays.", (N, 72), (NC, 46)),
    _c(
        "fr",
        "total",
        "Les villes membres étaient 356 en 2024 ; elles sont 425 aujourd'hui.",
        (T, 425),
    ),
    _c("fr", "total", "On compte désormais 425 villes apprenantes de l'UNESCO.", (T, 425)),
    _c("fr", "total", "On dénombre 425 villes membres.", (T, 425)),
    _c("fr", "total", "425, c'est le nombre de villes membres du réseau.", (T, 425)),
    _c("fr", "total", "425 : c'est le nombre de villes du réseau.", (T, 425)),
    _c("fr", "total", "Le chiffre de 425 villes membres a été annoncé.", (T, 425)),
    _c("fr", "total", "Le cap des 400 villes est franchi.", (T, 400)),
    _c("fr", "total", "Le réseau dépasse la barre des 400 villes.", (T, 400)),
    _c("fr", "total", "Le réseau dépasse désormais les 400 membres.", (T, 400)),
    _c("fr", "total", "Le réseau franchit le cap des 400 membres.", (T, 400)),
    _c(
        "fr", "total", "Plus de 400 villes dans plus de 90 pays en font partie.", (T, 400), (C, 90)
    ),
    _c("fr", "total", "Pas moins de 425 villes en font partie.", (T, 425)),
    _c("fr", "intake", "Pas moins de 72 villes ont été admises.", (N, 72)),
    _c("fr", "total", "Au moins 400 villes sont membres.", (T, 400)),
    _c("it", "total", "La rete conta ormai 425 città in 91 paesi.", (T, 425), (C, 91)),
    _c("it", "total", "La rete riunisce 425 città di 91 Paesi.", (T, 425), (C, 91)),
    _c("it", "total", "La rete comprende oggi 425 comuni di 91 paesi.", (T, 425), (C, 91)),
    _c("it", "unit", "La rete raggruppa 425 municipalità in 91 nazioni.", (T, 425), (C, 91)),
    _c("it", "unit", "La rete conta 425 metropoli e centri minori.", (T, 425)),
    _c("it", "unit", "La rete è presente in 91 Stati.", (C, 91)),
    _c("it", "total", "La rete conta 425 membri in 91 paesi.", (T, 425), (C, 91)),
    _c("it", "unit", "La rete conta 425 realtà urbane di 91 paesi.", (T, 425), (C, 91)),
    _c("it", "unit", "La rete conta 425 territori di 91 paesi.", (T, 425), (C, 91)),
    _c("it", "unit", "La rete conta 425 enti locali di 91 paesi.", (T, 425), (C, 91)),
    _c("it", "total", "Le città aderenti sono ormai 425.", (T, 425)),
    _c("it", "total", "Il numero delle città aderenti sale a 425.", (T, 425)),
    _c("it", "total", "Il numero di città membri ha raggiunto quota 425.", (T, 425)),
    _c("it", "total", "La rete, forte di 425 città, copre 91 paesi.", (T, 425), (C, 91)),
    _c("it", "total", "La rete sale così a 425 città.", (T, 425)),
    _c("it", "total", "La rete arriva così a 425 membri.", (T, 425)),
    _c("it", "total", "La rete supera quota 400 città.", (T, 400)),
    _c("it", "total", "La rete conta oltre quattrocento città.", (T, 400)),
    _c("it", "total", "La rete conta circa 430 città.", (T, 430)),
    _c("it", "total", "La rete conta quasi 430 città.", (T, 430)),
    _c("it", "total", "La rete conta più di un centinaio di città.", (T, 100)),
    _c("it", "total", "La rete conta una sessantina di paesi.", (C, 60)),
    _c("it", "total", "La rete conta quattrocentoventicinque città.", (T, 425)),
    _c("it", "total", "La rete conta 425 città in tutto.", (T, 425)),
    _c("it", "total", "La rete conta in tutto 425 città.", (T, 425)),
    _c("it", "total", "La rete conta un totale di 425 città.", (T, 425)),
    _c("it", "total", "Ne fanno parte 425 città di 91 paesi.", (T, 425), (C, 91)),
    _c("it", "total", "Ne fanno ora parte 425 città.", (T, 425)),
    _c("it", "total", "Sono ormai 425 le città della rete.", (T, 425)),
    _c("it", "total", "Sono 425 le città che fanno parte della rete.", (T, 425)),
    _c("it", "total", "Le città della rete sono 425, in 91 paesi.", (T, 425), (C, 91)),
    _c("it", "total", "La rete conta 425\u00a0città.", (T, 425)),
    _c("it", "intake", "Settantadue nuove città sono entrate nella rete.", (N, 72)),
    _c("it", "intake", "La rete accoglie 72 nuove città di 46 paesi.", (N, 72), (NC, 46)),
    _c("it", "intake", "72 città di 46 paesi entrano nella rete.", (N, 72), (NC, 46)),
    _c("it", "intake", "La rete si allarga a 72 nuovi membri.", (N, 72)),
    _c("it", "intake", "La rete si arricchisce di 72 città.", (N, 72)),
    _c("it", "intake", "L'UNESCO ha ammesso 72 nuove città.", (N, 72)),
    _c("it", "intake", "L'UNESCO ha selezionato 72 città.", (N, 72)),
    _c("it", "newcomer", "Learning cities: 72 nuove elette", (N, 72)),
    _c("it", "newcomer", "Learning cities: 72 nuove entrate", (N, 72)),
    _c("it", "newcomer", "Learning cities: 72 nuovi ingressi", (N, 72)),
    _c("it", "intake", "Learning cities: 72 nuove adesioni", (N, 72)),
    _c("it", "newcomer", "Le nuove arrivate sono 72, da 46 paesi.", (N, 72), (NC, 46)),
    _c("it", "intake", "Le nuove città sono 72, da 46 paesi.", (N, 72), (NC, 46)),
    _c("it", "newcomer", "Le new entry sono 72.", (N, 72)),
    _c("it", "intake", "Tra le 72 nuove città figurano Brescia e Cividale.", (N, 72)),
    _c(
        "it", "intake", "Brescia e Cividale entrano nella rete insieme ad altre 70 città.", (N, 72)
    ),
    _c("it", "intake", "Brescia è entrata nella rete insieme ad altre 71.", (N, 72)),
    _c("it", "intake", "Una sessantina di città sono entrate quest'anno.", (N, 60)),
    _c("it", "country", "Brescia diventa la nona città italiana della rete.", (CC, 9)),
    _c("it", "country", "Brescia diventa la 9ª città italiana della rete.", (CC, 9)),
    _c("it", "country", "Brescia è la nona italiana ad entrare nella rete.", (CC, 9)),
    _c("it", "country", "L'Italia conta ora nove città nella rete.", (CC, 9)),
    _c("it", "country", "Le città italiane della rete sono ora nove.", (CC, 9)),
    _c("it", "country", "Le città italiane aderenti salgono a nove.", (CC, 9)),
    _c(
        "it", "apposed", "Le nuove città, in numero di 72, vengono da 46 paesi.", (N, 72), (NC, 46)
    ),
    _c("it", "citizens", "La rete conta circa 500 milioni di abitanti.", (CI, 500000000)),
    _c("it", "total", "425, tanti sono i comuni della rete.", (T, 425)),
    _n("it", "total", "La rete delle città creative conta 350 città.", 350),
    _n("it", "total", "La città conta 425.000 abitanti.", 425000, 425),
    _n("it", "total", "Al convegno hanno partecipato 500 delegati di 91 paesi.", 500),
    _n("it", "unit", "Gli Stati membri dell'UNESCO sono 194.", 194),
    _n("fr", "unit", "L'UNESCO compte 194 États membres et 12 membres associés.", 194),
    _n("fr", "unit", "La France compte 22 métropoles, dont Lyon et Nantes.", 22),
    _n("fr", "unit", "Lyon est jumelée avec 14 cités européennes.", 14),
    _n("fr", "unit", "La ville gère 12 cités universitaires et 40 écoles.", 12),
    _n("fr", "unit", "Le programme couvre 35 territoires ruraux du pays.", 35),
    _n("fr", "unit", "La conférence a réuni des délégués de 80 nations.", 80),
    _n("fr", "newcomer", "Le Conseil municipal compte 72 élues et élus.", 72),
    _n("fr", "newcomer", "Les 72 nouvelles élues du conseil régional ont siégé lundi.", 72),
    _n("fr", "unit", "Le réseau des villes créatives réunit 350 cités de 100 pays.", 350, 100),
    _n("it", "unit", "L'UNESCO conta 194 Stati membri.", 194),
    _n("it", "unit", "L'Italia conta 14 città metropolitane e 107 province.", 14, 107),
    _n("it", "unit", "Il progetto coinvolge 35 territori montani.", 35),
    _n("it", "unit", "Al vertice erano presenti 80 nazioni.", 80),
    _n("it", "newcomer", "Le 72 nuove elette in consiglio regionale si sono insediate.", 72),
    _n("it", "unit", "La rete delle città creative riunisce 350 metropoli.", 350),
    _n(
        "it",
        "newcomer",
        "Nel 2025 le nuove entrate fiscali del comune sono state 12 milioni.",
        12,
        12000000,
    ),
    _c(
        "fr",
        "club",
        "« Nous entrons dans un club de plus de 400 villes », a déclaré l'adjointe.",
        (T, 400),
    ),
    _c(
        "fr",
        "club",
        "Lyon rejoint un club de 425 villes réparties dans 91 pays.",
        (T, 425),
        (C, 91),
    ),
    _c("fr", "club", "Le club des villes apprenantes compte désormais 425 membres.", (T, 425)),
    _c("fr", "club", "Ce cercle de 425 villes s'agrandit chaque année.", (T, 425)),
    _n(
        "fr",
        "club",
        "Le club de football de la ville compte 425 licenciés et 12 équipes.",
        425,
        12,
    ),
    _n("fr", "club", "Le club de lecture réunit 40 membres chaque mois.", 40),
    _c("it", "club", "«Entriamo in un club di oltre 400 città», ha detto l'assessora.", (T, 400)),
    _c("it", "club", "Brescia entra in un club di 425 città di 91 paesi.", (T, 425), (C, 91)),
    _c("it", "club", "Questa cerchia di 425 città cresce ogni anno.", (T, 425)),
    _n("it", "club", "Il club di calcio della città conta 425 tesserati.", 425),
    _n("it", "club", "Il club del libro riunisce 40 membri ogni mese.", 40),
    _c(
        "fr",
        "apposed",
        "Les nouvelles villes, au nombre de 72, sont issues de 46 pays.",
        (N, 72),
        (NC, 46),
    ),
    _c(
        "fr",
        "apposed",
        "Les villes membres, au nombre de 425, se réunissent à Hambourg.",
        (T, 425),
    ),
    _n("fr", "apposed", "Les délégués, au nombre de 500, ont voté la déclaration.", 500),
    _c(
        "it", "apposed", "Le città aderenti, in numero di 425, si riuniscono ad Amburgo.", (T, 425)
    ),
    _n("it", "apposed", "I delegati, in numero di 500, hanno votato.", 500),
    # named subjects counted with the others, past asides between commas and a dated
    # opening (the store's intake of 2022 with two Gabonese cities, 77 in all)
    _c("fr", "others", "Lyon et Nantes ont rejoint le réseau avec 70 autres villes.", (N, 72)),
    _c("fr", "others", "Lyon et Nantes ont rejoint, avec 70 autres villes, le réseau.", (N, 72)),
    _c(
        "fr",
        "others",
        "Lyon, la capitale des Gaules, et Nantes ont rejoint avec 70 autres villes, dont "
        "14 africaines, le réseau.",
        (N, 72),
    ),
    _c(
        "fr",
        "others",
        "Lyon, la capitale, et Nantes, le chef-lieu, ont rejoint avec 70 autres villes le réseau.",
        (N, 72),
    ),
    _c(
        "fr",
        "others",
        "Lyon et Nantes rejoignent le réseau aux côtés de 70 autres villes.",
        (N, 72),
    ),
    _c(
        "fr",
        "others",
        "Lyon et Nantes font leur entrée dans le réseau avec 70 autres villes du monde.",
        (N, 72),
    ),
    _c(
        "fr",
        "others",
        "Lyon et Nantes ont été admises en même temps que 70 autres villes.",
        (N, 72),
    ),
    _c(
        "fr",
        "others",
        "Lyon, Nantes et Brest ont rejoint le réseau avec 69 autres villes.",
        (N, 72),
    ),
    _c("fr", "others", "Lyon rejoint le réseau avec 71 autres villes.", (N, 72)),
    _c(
        "it",
        "others",
        "Lucca e Trieste sono state accolte insieme ad altre 70 città del mondo.",
        (N, 72),
    ),
    _c(
        "it",
        "others",
        "Lucca e Trieste erano state accolte nella rete insieme ad altre 70 città.",
        (N, 72),
    ),
    _c(
        "it",
        "others",
        "Lucca, città delle mura, e Trieste sono entrate nella rete insieme ad altre 70 città.",
        (N, 72),
    ),
    _c("it", "others", "Brescia e Cividale entrano nella rete con altre 70 città.", (N, 72)),
    _c(
        "it",
        "others",
        "Brescia, Cividale e Torino entrano nella rete con altre 69 città.",
        (N, 72),
    ),
    _c("it", "others", "Brescia entra nella rete con altre 71 città.", (N, 72)),
    _c(
        "it",
        "others",
        "La città è stata scelta insieme a Brescia e ad altre 70 città di tutto il mondo.",
        (N, 72),
    ),
    _c(
        "it",
        "others",
        "Per l'Italia si tratta del primo ingresso dopo due anni: nel settembre 2020 "
        "Lucca e Trieste erano state accolte insieme ad altre 52 città del mondo.",
        (N, 54),
    ),
    _c(
        "fr",
        "others",
        "Pour la France, c'est une première : en septembre 2022, Lyon et Nantes ont été "
        "admises avec 75 autres villes.",
        (N, 77),
    ),
    _c(
        "en",
        "others",
        "Libreville, the capital, and Makokou, a provincial seat, joined the network "
        "along with 75 other cities.",
        (N, 77),
    ),
    _c(
        "es",
        "others",
        "Libreville, la capital, y Makokou, capital de provincia, se unieron a la red "
        "junto a otras 75 ciudades.",
        (N, 77),
    ),
    _c(
        "pt",
        "others",
        "Libreville, a capital, e Makokou, capital de província, entraram na rede com "
        "outras 75 cidades.",
        (N, 77),
    ),
    _c(
        "de",
        "others",
        "Libreville, die Hauptstadt, und Makokou, eine Provinzstadt, traten dem Netzwerk "
        "mit 75 weiteren Städten bei.",
        (N, 77),
    ),
    # a club that counts cities in its own clause; a national network is another body
    _c("fr", "club", "Le club compte désormais 425 villes dans 91 pays.", (T, 425), (C, 91)),
    _c("fr", "club", "Ce club réunit aujourd'hui 425 villes de 91 pays.", (T, 425), (C, 91)),
    _c("it", "club", "Il club conta ormai 425 città in 91 paesi.", (T, 425), (C, 91)),
    _n("fr", "club", "Le club de football compte 425 licenciés venus de 12 villes.", 425, 12),
    _n(
        "fr",
        "network",
        "Le Réseau québécois de Villes et Villages en santé regroupe plus de 200 municipalités.",
        200,
    ),
    _n("fr", "network", "Le Réseau wallon des villes éducatives rassemble 30 communes.", 30),
    _n("it", "network", "La Rete italiana Città Sane conta 70 comuni.", 70),
    _n("it", "network", "La rete nazionale dei comuni virtuosi riunisce 90 città.", 90),
    # a count in brackets after its noun: a list's header, or two digits or more
    _c(
        "fr",
        "bracket",
        "Les villes françaises membres du réseau (6) : Clermont-Ferrand, Évry, Nanterre, "
        "Montpellier, Mantes-la-Jolie et Lille.",
        (CC, 6),
    ),
    _c("fr", "bracket", "Les villes membres (425) viennent de 91 pays.", (T, 425), (C, 91)),
    _c("fr", "bracket", "Les nouveaux membres (72) viennent de 46 pays.", (N, 72), (NC, 46)),
    _c("fr", "bracket", "Nouvelles villes membres (72) : la liste complète", (N, 72)),
    _c(
        "it",
        "bracket",
        "Le città italiane della rete (8): Torino, Fermo, Palermo, Lucca, Trieste, Reggio "
        "Calabria, Brescia e Cividale.",
        (CC, 8),
    ),
    _c("it", "bracket", "Le città aderenti (425) provengono da 91 paesi.", (T, 425), (C, 91)),
    _c("it", "bracket", "Le nuove città (72) provengono da 46 paesi.", (N, 72), (NC, 46)),
    _c(
        "en",
        "bracket",
        "The network's Italian cities (8): Turin, Fermo, Palermo, Lucca, Trieste, Reggio "
        "Calabria, Brescia and Cividale.",
        (CC, 8),
    ),
    _c("en", "bracket", "The new members (72) come from 46 countries.", (N, 72), (NC, 46)),
    _n("fr", "bracket", "Les écoles participantes (48) ont reçu un diplôme.", 48),
    _n("fr", "bracket", "Les villes créatives (350) se réunissent à Braga.", 350),
    _n("it", "bracket", "Le scuole coinvolte (48) hanno ricevuto un attestato.", 48),
    _n("fr", "bracket", "Les villes membres (2024) sont listées ci-dessous.", 2024),
    _n("en", "bracket", "Member cities (2) are listed in the annex.", 2),
    _c(
        "en",
        "bracket",
        "Italian member cities (8): Turin, Fermo, Palermo, Lucca, Trieste, Reggio "
        "Calabria, Brescia and Cividale.",
        (CC, 8),
    ),
    _c(
        "es",
        "bracket",
        "Las ciudades miembro de la red (425) están en 91 países.",
        (T, 425),
        (C, 91),
    ),
    _c("pt", "bracket", "As cidades portuguesas da rede (11): Amadora, Braga e outras.", (CC, 11)),
    _c(
        "de",
        "bracket",
        "Die deutschen Mitgliedsstädte (4): Bonn, Hamburg, Köln und Leipzig.",
        (CC, 4),
    ),
    # countries that host learning cities: the network's countries, not an intake's
    _c(
        "fr",
        "host",
        "Le réseau en chiffres\n\n229\nvilles apprenantes\n\n"
        "64 pays\naccueillent des villes apprenantes de l'UNESCO",
        (T, 229),
        (C, 64),
    ),
    _c("fr", "host", "Aujourd'hui, 91 pays accueillent des villes membres du réseau.", (C, 91)),
    _c("fr", "host", "Le réseau accueille 72 nouvelles villes de 46 pays.", (N, 72), (NC, 46)),
    _c(
        "fr",
        "host",
        "Le réseau accueille cette année des villes de 46 pays, 72 au total.",
        (NC, 46),
    ),
    _c(
        "it",
        "host",
        "La rete in cifre\n\n229\ncittà dell'apprendimento\n\n"
        "64 Paesi\nospitano città dell'apprendimento UNESCO",
        (T, 229),
        (C, 64),
    ),
    _c("it", "host", "Oggi 91 paesi accolgono città della rete.", (C, 91)),
    _c(
        "en",
        "host",
        "The network in numbers\n\n229\nlearning cities\n\n"
        "64 countries\nhost UNESCO learning cities",
        (T, 229),
        (C, 64),
    ),
    # a rank whose noun the country's adjective stands for, the network after it
    _c("it", "rank", "Brescia è la nona italiana ad entrare nella rete.", (CC, 9)),
    _c(
        "it",
        "rank",
        "Fermo diventa la seconda italiana nella rete globale delle città dell'apprendimento.",
        (CC, 2),
    ),
    _c("it", "rank", "Con Brescia le italiane della rete sono nove.", (CC, 9)),
    _c("it", "rank", "Brescia è una delle nove italiane della rete.", (CC, 9)),
    _c("fr", "rank", "Lille est la neuvième française à rejoindre le réseau.", (CC, 9)),
    _c("fr", "rank", "Lille devient la neuvième française du réseau.", (CC, 9)),
    _c("fr", "rank", "Avec Lille, les françaises du réseau sont neuf.", (CC, 9)),
    _c("fr", "rank", "Lille est l'une des neuf françaises du réseau.", (CC, 9)),
    _n("it", "rank", "Brescia è la nona italiana per numero di abitanti.", 9),
    _n("fr", "rank", "Lille est la neuvième française au classement des villes étudiantes.", 9),
    _c("es", "rank", "Envigado es la novena colombiana en unirse a la red.", (CC, 9)),
    _n("es", "rank", "Envigado es la novena colombiana por población.", 9),
    _c("pt", "rank", "Braga é a nona portuguesa a entrar na rede.", (CC, 9)),
    _n("pt", "rank", "Braga é a nona portuguesa em população.", 9),
]
