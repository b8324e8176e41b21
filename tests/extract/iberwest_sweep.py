"""Variant sweeps of the classes the s17 "iberwest" helper's new dev pages lost (German,
Spanish, Portuguese, Vietnamese, English), each written in every language where the
construction exists, with near-misses that must stay unread (or stay of the text's day).
Read on a page titled with the network's name, dated 2025-12-12, by
tests/extract/test_iberwest_sweep.py.

Rules:

- before-round: "before the latest round" said with the round's adjective or a compound
  ("Vor der jüngsten Runde hatte der Verbund 294 Mitglieder gezählt", "antes de la última
  convocatoria", "antes da última ronda", "trước đợt kết nạp mới nhất", "before the most
  recent round"): the figure after it is of the time just before the text's news
  (Mention.earlier; Language.before_this); near-misses: after or since that round, the
  figure is of the text's day;
- one-of-chosen: one of (or among) the round's chosen, the noun left out after the
  number and its participle ("Chía es una de las 72 seleccionadas por la Unesco", "um
  dos 72 selecionados", "eine der 64 Neuen", "one of the 72 chosen": the intake;
  Language.elided_one_of, elided_among, elided_after); near-misses: the chosen of a grant,
  a course or a programme ("una de las 30 seleccionadas para la beca"), the noun said
  after the participle of a sibling count, two ("one of two");
- retracted: a correction notice before the figure in its clause ("In einer ersten
  Fassung dieser Meldung hieß es, 55 Städte ...", "En una versión anterior de esta nota
  se indicó que 55", "Numa versão anterior desta notícia, referia-se que 55", "Phiên bản
  trước của bài viết ghi 55", "por error se informó", "ghi nhầm"): the figure it retracts
  is no claim (Language.retraction_cues); near-misses: "as reported before" ("como se
  informó anteriormente", "como noticiado anteriormente", "như đã đưa tin", "wie in der
  ersten Fassung berichtet") keeps the figure after it, as does the corrected figure after
  a semicolon;
- fronted-with: a clause opened by "with" and a small count, the country the subject
  right after the comma (German: after the verb) owns the count ("Con nueve ciudades,
  Colombia es uno de los países más representados", "Với 5 thành phố thành viên, Việt Nam
  là ...", "Mit vier Mitgliedsstädten ist Deutschland gut vertreten";
  Language.fronted_with); near-misses: people, hospitals, universities, schools, another
  network's cities, the network's own total;
- one-of-the: "one of the" countries or members ("uno de los países más representados",
  "Only one of the new members is from Africa") is no count of one (it read as one
  first-time country, or one new city); near-misses: a part of two or more stays one;
- until-now: "until now" between a country's verb and its count ("Colombia tenía hasta
  ahora tres ciudades", "O Brasil tinha até agora cinco representantes", "Brazil had until
  now five member cities"), and the relative pronoun of a country ("Colombia, que tiene
  nueve ciudades", "Portugal, que tem 17 municípios", as en "which"): the country's count
  (Language.possession_words); near-misses: "up to three" of a quota, a clause of saying
  ("España anunció que tres ciudades ..."), a country's regions or schools;
- adjective-unit: German names the newcomers by the adjective or a noun of its own ("Mit
  ihr kommen 64 Neue aus 35 Ländern hinzu", "72 Neulinge"): read where the adjective
  ends its noun phrase (Language.adjective_units, adjective_followers) and, being weak,
  with a cue of the network in its sentence; near-misses: the adjective of another noun
  ("12 neue Kolleginnen"), newcomers of a course;
- federal: German papers name their own country "die Bundesrepublik" in the sentence
  after naming it ("Die Bundesrepublik ist mit drei Städten vertreten": Germany's count);
  near-miss: the country's own population.
"""

from __future__ import annotations

from tests.extract.sweep import Case

_T = "total_cities"
_C = "total_countries"
_N = "new_cities"
_NC = "new_countries"
_CC = "country_cities"

# (language, body, [(metric, value, earlier)]): every mention of the body, in order
BEFORE_ROUND: list[tuple[str, str, list[tuple[str, int, bool]]]] = [
    ("de", "Vor der jüngsten Runde hatte der Verbund 294 Mitglieder gezählt.",
     [(_T, 294, True)]),
    ("de", "Vor dieser Aufnahmerunde zählte das Netzwerk 356 Städte.", [(_T, 356, True)]),
    ("de", "Vor der letzten Erweiterung gehörten dem Netzwerk 356 Städte in 79 Ländern an.",
     [(_T, 356, True), (_C, 79, True)]),
    ("de", "Vor der neuen Auswahlrunde waren es 356 Mitgliedsstädte.", [(_T, 356, True)]),
    ("es", "Antes de la última convocatoria, la red tenía 356 ciudades.", [(_T, 356, True)]),
    ("es", "Antes de esta última ronda la red sumaba 356 miembros.", [(_T, 356, True)]),
    ("pt", "Antes da última ronda, a rede contava 356 cidades.", [(_T, 356, True)]),
    ("pt", "Antes desta nova edição, a rede tinha 356 membros.", [(_T, 356, True)]),
    ("pt", "Antes da mais recente seleção, a rede reunia 356 cidades de 79 países.",
     [(_T, 356, True), (_C, 79, True)]),
    ("vi", "Trước đợt kết nạp mới nhất, mạng lưới có 356 thành viên.", [(_T, 356, True)]),
    ("vi", "Trước đợt công nhận gần đây nhất, Việt Nam có 5 thành phố thành viên.",
     [(_CC, 5, True)]),
    ("en", "Before the most recent round, the network had 356 members.", [(_T, 356, True)]),
    # near-misses: after or since the round, the figure is of the text's day
    ("de", "Nach der jüngsten Runde zählt das Netzwerk 425 Städte.", [(_T, 425, False)]),
    ("de", "Seit der letzten Erweiterung gehören dem Netzwerk 425 Städte an.",
     [(_T, 425, False)]),
    ("es", "Tras la última convocatoria, la red suma 425 ciudades.", [(_T, 425, False)]),
    ("pt", "Depois da última ronda, a rede conta 425 cidades.", [(_T, 425, False)]),
    ("vi", "Sau đợt kết nạp mới nhất, mạng lưới có 425 thành viên.", [(_T, 425, False)]),
    ("en", "After the most recent round, the network has 425 members.", [(_T, 425, False)]),
]  # fmt: skip


def _c(language: str, rule: str, body: str, *expected: tuple[str, int]) -> Case:
    return Case(language, rule, body, expected)


def _n(language: str, rule: str, body: str, *absent: int) -> Case:
    return Case(language, rule, body, (), absent)


_ONE_OF_CHOSEN = [
    _c("es", "one-of-chosen", "Chía es una de las 72 seleccionadas por la Unesco este año.",
       (_N, 72)),
    _c("es", "one-of-chosen", "Mérida es una de las 64 elegidas y la única capital estatal.",
       (_N, 64)),
    _c("es", "one-of-chosen", "Renca está entre las 72 escogidas de esta convocatoria.",
       (_N, 72)),
    _c("es", "one-of-chosen", "San Nicolás es uno de los 72 admitidos en diciembre.", (_N, 72)),
    _c("pt", "one-of-chosen", "Passo Fundo é um dos 72 selecionados pela Unesco.", (_N, 72)),
    _c("pt", "one-of-chosen", "Lisboa é uma das 72 escolhidas nesta ronda.", (_N, 72)),
    _c("pt", "one-of-chosen", "Leme está entre os 64 aprovados desta edição.", (_N, 64)),
    _c("de", "one-of-chosen", "Dresden ist eine der 64 Neuen aus 35 Ländern.",
       (_N, 64), (_NC, 35)),
    _c("de", "one-of-chosen", "Die Stadt ist einer der 72 Ausgewählten.", (_N, 72)),
    _c("en", "one-of-chosen", "Lowell is one of the 72 chosen this year.", (_N, 72)),
    _c("en", "one-of-chosen", "Lowell is among the 72 selected from 46 countries.",
       (_N, 72), (_NC, 46)),
    # near-misses
    _n("es", "one-of-chosen", "La alumna es una de las 30 seleccionadas para la beca.", 30),
    _n("es", "one-of-chosen", "Girona fue una de las 12 seleccionadas para el Premio.", 12),
    _n("pt", "one-of-chosen", "A escola é uma das 40 selecionadas para o programa.", 40),
    _n("de", "one-of-chosen", "Die Schule ist eine der 20 ausgewählten für das Programm.", 20),
    _n("en", "one-of-chosen", "She is one of the 30 selected for the fellowship.", 30),
    _n("es", "one-of-chosen", "Es una de las dos seleccionadas de Colombia.", 2),
]  # fmt: skip

_FEDERAL = [
    _c("de", "federal",
       "Die Bundesrepublik ist weiterhin mit drei Städten vertreten, nämlich Gelsenkirchen,"
       " Hamburg und Bonn.", (_CC, 3)),
    _c("de", "federal", "Die Bundesrepublik Deutschland hat vier Mitgliedsstädte.", (_CC, 4)),
    _c("de", "federal", "Aus der Bundesrepublik sind vier Städte dabei.", (_CC, 4)),
    # near-miss: the country's own people are no one's in the network
    _n("de", "federal", "Die Bundesrepublik zählt 84 Millionen Einwohner.", 84000000),
]  # fmt: skip

_RETRACTED = [
    _n("de", "retracted", "In einer ersten Fassung dieser Meldung hieß es, 55 Städte seien"
       " aufgenommen worden; das Institut hat die Zahl inzwischen korrigiert.", 55),
    _n("es", "retracted",
       "En una versión anterior de esta nota se indicó que 55 ciudades se habían sumado.", 55),
    _n("es", "retracted", "Por error se informó que 55 ciudades se habían incorporado.", 55),
    _n("pt", "retracted",
       "Numa versão anterior desta notícia, referia-se que 55 cidades tinham aderido.", 55),
    _n("pt", "retracted", "Por lapso, foi referido que a rede tinha 230 membros.", 230),
    _n("vi", "retracted", "Phiên bản trước của bài viết ghi 55 thành phố mới được kết nạp.",
       55),
    _n("vi", "retracted", "Bài viết trước đó đã ghi nhầm 230 thành viên.", 230),
    # near-misses: a reference to earlier reporting is no notice; the corrected figure
    _c("es", "retracted", "Como se informó anteriormente, la red tiene 425 ciudades.",
       (_T, 425)),
    _c("pt", "retracted", "Como noticiado anteriormente, a rede tem 425 cidades.", (_T, 425)),
    _c("vi", "retracted", "Như đã đưa tin, mạng lưới hiện có 425 thành viên.", (_T, 425)),
    _c("de", "retracted", "Wie in der ersten Fassung berichtet, hat das Netzwerk 425 Mitglieder.",
       (_T, 425)),
    _c("es", "retracted",
       "En una versión anterior de esta nota se indicó que eran 55; la red admitió 54 ciudades.",
       (_N, 54)),
]  # fmt: skip

_FRONTED_WITH = [
    _c("es", "fronted-with",
       "Con nueve ciudades, Colombia es uno de los países más representados en la red.",
       (_CC, 9)),
    _c("es", "fronted-with", "Con apenas dos ciudades en la red, Chile es un recién llegado.",
       (_CC, 2)),
    _c("pt", "fronted-with",
       "Com 17 municípios, Portugal é um dos países mais representados na rede.", (_CC, 17)),
    _c("pt", "fronted-with", "Com seis cidades, o Brasil é o país lusófono com mais membros.",
       (_CC, 6)),
    _c("en", "fronted-with", "With five member cities, Viet Nam is one of the best"
       " represented countries in the network.", (_CC, 5)),
    _c("de", "fronted-with", "Mit vier Mitgliedsstädten ist Deutschland in Europa gut vertreten.",
       (_CC, 4)),
    _c("vi", "fronted-with", "Với 5 thành phố thành viên, Việt Nam là một trong những quốc gia"
       " Đông Nam Á có nhiều đại diện trong mạng lưới.", (_CC, 5)),
    _c("vi", "fronted-with", "Với 6 thành viên, Việt Nam là một trong những quốc gia có nhiều"
       " thành phố tham gia mạng lưới nhất.", (_CC, 6)),
    # near-misses
    _n("es", "fronted-with", "Con 150.000 habitantes, Chía es una ciudad intermedia.", 150000),
    _n("es", "fronted-with", "Con dos hospitales, Colombia es un ejemplo.", 2),
    _n("en", "fronted-with", "With three universities, Ireland is a hub of learning.", 3),
    _n("pt", "fronted-with", "Com cinco escolas, o Brasil lidera o programa.", 5),
    _n("vi", "fronted-with", "Với 3 thành phố sáng tạo, Việt Nam đứng đầu khu vực.", 3),
    _n("de", "fronted-with", "Mit 51 Welterbestätten ist Deutschland weit vorn.", 51),
    _c("en", "fronted-with", "With 425 cities, the network spans 91 countries.",
       (_T, 425), (_C, 91)),
]  # fmt: skip

_ONE_OF_THE = [
    _n("es", "one-of-the", "Colombia es uno de los países más activos de la red.", 1),
    _n("es", "one-of-the", "México es uno de los países más grandes de la región.", 1),
    _n("en", "one-of-the", "Only one of the new members is from Africa.", 1),
    _c("en", "one-of-the", "Three of the new members are from Africa.", (_N, 3)),
    _c("es", "one-of-the", "Trece de los 46 países entran por primera vez.",
       ("first_time_countries", 13), (_NC, 46)),
]  # fmt: skip

_UNTIL_NOW = [
    _c("es", "until-now", "Colombia tenía hasta ahora tres ciudades en la red.", (_CC, 3)),
    _c("es", "until-now", "Colombia, que hasta ahora tenía tres ciudades en la red (Medellín,"
       " Bogotá y Manizales), duplica su presencia.", (_CC, 3)),
    _c("es", "until-now", "Colombia, que tiene nueve ciudades en la red, recibe la conferencia.",
       (_CC, 9)),
    _c("pt", "until-now", "O Brasil tinha até agora cinco representantes na rede, entre eles"
       " Curitiba, Recife e Leme.", (_CC, 5)),
    _c("pt", "until-now", "O Brasil, que até agora tinha cinco cidades, ganha mais duas.",
       (_CC, 5)),
    _c("pt", "until-now", "Portugal, que tem 17 municípios na rede, recebe o encontro.",
       (_CC, 17)),
    _c("en", "until-now", "Brazil had until now five member cities.", (_CC, 5)),
    # near-misses
    _n("es", "until-now", "Colombia puede presentar hasta tres ciudades.", 3),
    _n("pt", "until-now", "O Brasil pode indicar até três cidades por ano.", 3),
    _n("es", "until-now", "España anunció que tres ciudades se sumarán el próximo año.", 3),
    _n("es", "until-now", "Chile, país que tiene 16 regiones, ingresó con dos comunas.", 16),
    _n("pt", "until-now", "Portugal informou que 17 escolas aderiram ao programa.", 17),
]  # fmt: skip

_ADJECTIVE_UNIT = [
    _c("de", "adjective-unit", "Mit ihr kommen 64 Neue aus 35 Ländern hinzu.",
       (_N, 64), (_NC, 35)),
    _c("de", "adjective-unit", "Das Netzwerk begrüßt 72 Neue.", (_N, 72)),
    _c("de", "adjective-unit", "Das Netzwerk begrüßt 72 Neulinge aus 46 Ländern.",
       (_N, 72), (_NC, 46)),
    _c("de", "adjective-unit", "Unter den 72 Neulingen sind elf Hauptstädte.",
       (_N, 72), ("new_capitals", 11)),
    _c("de", "adjective-unit", "Die 72 Neuen stammen aus 46 Ländern.", (_N, 72), (_NC, 46)),
    _c("de", "adjective-unit", "Das Netzwerk nahm 72 neue Städte auf.", (_N, 72)),
    # near-misses
    _n("de", "adjective-unit", "In diesem Jahr kamen 12 neue Kolleginnen hinzu.", 12),
    _n("de", "adjective-unit", "Die Stadt hat drei neue Bildungsprojekte aufgenommen.", 3),
    _n("de", "adjective-unit", "Der Verein hat 30 neue und 200 alte Mitglieder.", 30),
    _n("de", "adjective-unit", "In diesem Jahr kamen 12 Neue in den Kurs.", 12),
]  # fmt: skip

CASES: list[Case] = [
    *_ADJECTIVE_UNIT,
    *_UNTIL_NOW,
    *_ONE_OF_CHOSEN,
    *_FEDERAL,
    *_RETRACTED,
    *_FRONTED_WITH,
    *_ONE_OF_THE,
]
