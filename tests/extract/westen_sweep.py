"""The westen helper's variant sweeps (session 16), English and German first, with the
other languages where the construction exists. Each case is a permissive_sweep.Case:
the body is read as plain text (titled=False) or on a page titled with the network's
name; expected are the (metric, value) pairs that must be read, absent the values no
mention may have.

Rules:

- answer: a figure right after a question that names the GNLC (or refers to it) answers
  it, although another programme was named since the network (minutes, FAQs,
  interviews); near-misses: a question about another network, or about no network;
- acronym: the network's acronym as a count noun ("one of 64 GNLCs");
- dash: a key figure's label and value parted by a spaced dash between separators
  ("Members \u2013 230 | Countries \u2013 64"), as the colon form is read; near-misses:
  no unit in the label, another network's name before it;
- pair: two coordinated counts of cities with a verb of joining after the second are
  both intakes; English verbs of joining in the active ("have enrolled", "signed up");
  near-misses: each count with its own verb of having, students enrolling;
- national: a country's own "lifelong learning cities" are never the network's, also
  past a semicolon ("designating its own lifelong learning cities since 2001; 175 cities
  ... hold that national title");
- number-first: "brings to 425 the number of cities"; near-misses: schools, events, a
  year before "the number of".
"""

from __future__ import annotations

from tests.extract.permissive_sweep import Case

_T = "total_cities"
_C = "total_countries"
_N = "new_cities"
_NC = "new_countries"
_K = "country_cities"

# A council's minutes: an agenda long enough that the network's name falls past the
# text's lead (so the page is not about the network), the GNLC named, then another
# programme, then the questions.
_AGENDA = {
    "en": (
        "Present: the mayor, nine councillors and the clerk. Item 1: the minutes of the last "
        "sitting were approved. Item 2: the budget of the water board and the new pumping "
        "station. Item 3: repairs to the roof of the old library, the museum annex and the "
        "covered market, with the timetable of the school buses for the winter.\n\n"
        "The clerk read the letters of the week: the sports clubs ask for new changing rooms, "
        "the choir for a hall in spring, and the fire brigade for a second ladder truck.\n\n"
        "The treasurer reported on the car parks, the street lighting and the allotments.\n\n"
    ),
    "de": (
        "Anwesend: der Bürgermeister, neun Ratsmitglieder und die Schriftführerin. TOP 1: "
        "Die Niederschrift der letzten Sitzung wurde genehmigt. TOP 2: der Haushalt der "
        "Stadtwerke und das neue Pumpwerk. TOP 3: die Sanierung des Dachs der alten "
        "Bibliothek, der Anbau des Museums und der Fahrplan der Schulbusse im Winter.\n\n"
        "Die Schriftführerin verlas die Post der Woche: Die Sportvereine bitten um neue "
        "Umkleiden, der Chor um einen Saal im Frühjahr, die Feuerwehr um eine zweite Leiter.\n\n"
        "Die Kämmerin berichtete über die Parkplätze, die Straßenbeleuchtung und die Gärten.\n\n"
    ),
    "fr": (
        "Présents : le maire, neuf conseillers et la secrétaire. Point 1 : le procès-verbal "
        "de la dernière séance est approuvé. Point 2 : le budget de la régie des eaux et la "
        "nouvelle station de pompage. Point 3 : la réfection du toit de l'ancienne "
        "bibliothèque, l'annexe du musée et les horaires des bus scolaires en hiver.\n\n"
        "La secrétaire lit le courrier de la semaine : les clubs sportifs demandent des "
        "vestiaires, la chorale une salle au printemps, les pompiers une seconde échelle.\n\n"
        "La trésorière présente les comptes des parkings, de l'éclairage et des jardins.\n\n"
    ),
    "es": (
        "Asistentes: el alcalde, nueve concejales y la secretaria. Punto 1: se aprueba el "
        "acta de la sesión anterior. Punto 2: el presupuesto de la empresa de aguas y la "
        "nueva estación de bombeo. Punto 3: la reparación del tejado de la antigua "
        "biblioteca, el anexo del museo y el horario de los autobuses escolares.\n\n"
        "La secretaria leyó las cartas de la semana: los clubes piden vestuarios nuevos, el "
        "coro una sala en primavera y los bomberos un segundo camión con escalera.\n\n"
        "La tesorera informó sobre los aparcamientos, el alumbrado y los huertos urbanos.\n\n"
    ),
}
_MINUTES = {
    "en": (
        "Item 4 concerned the UNESCO Global Network of Learning Cities. Item 5: the Age "
        "Friendly programme, which 31 councils have now joined, and its annual report.\n\n"
    ),
    "de": (
        "TOP 4 betraf das Globale Netzwerk lernender Städte der UNESCO. TOP 5: das "
        "Programm Fairtrade-Towns, dem nun 31 Kommunen angehören, und sein Jahresbericht.\n\n"
    ),
    "fr": (
        "Le point 4 portait sur le Réseau mondial des villes apprenantes de l'UNESCO. Point "
        "5 : le plan de mobilité douce, avec 31 kilomètres de pistes cyclables.\n\n"
    ),
    "es": (
        "El punto 4 trató de la Red Mundial de Ciudades del Aprendizaje de la UNESCO. Punto "
        "5: el plan de movilidad, con 31 kilómetros de carriles para bicicletas.\n\n"
    ),
}


def _a(language: str, body: str, *expected: tuple[str, int]) -> Case:
    return Case(
        language, "answer", _AGENDA[language] + _MINUTES[language] + body, expected, (), False
    )


def _an(language: str, body: str, *absent: int) -> Case:
    return Case(
        language, "answer-near", _AGENDA[language] + _MINUTES[language] + body, (), absent, False
    )


ANSWERS = [
    _a(
        "en",
        "Q (Cllr. Keegan): How large is the network at present?\nA: 425 cities, "
        "following the December intake.",
        (_T, 425),
    ),
    _a(
        "en",
        "How many cities belong to the GNLC today? 425 cities in 91 countries.",
        (_T, 425),
        (_C, 91),
    ),
    _a(
        "en",
        "Question: And how many countries does the learning cities network span now?"
        " Answer: 91 countries.",
        (_C, 91),
    ),
    _a("en", "\u2014 How big is the GNLC these days? \u2014 Some 425 cities.", (_T, 425)),
    _a(
        "en",
        "Q. How many cities did the network admit in December? A. 72 cities from 46 countries.",
        (_N, 72),
        (_NC, 46),
    ),
    _a(
        "en", "**How many cities are in UNESCO's learning cities network?** 425 cities.", (_T, 425)
    ),
    _an("en", "Q: How many cities are in the Creative Cities Network? A: 350 cities.", 350),
    _an("en", "Q: How many towns in the county have a library? A: 14 towns.", 14),
    _an("en", "Q: What did the network cost us? A: 120 euros a year, and 12 towns pay it.", 12),
    _a(
        "de",
        "Frage (Frau Keller): Wie groß ist das Netzwerk derzeit?\nAntwort: 425 Städte "
        "aus 91 Ländern.",
        (_T, 425),
        (_C, 91),
    ),
    _a(
        "de",
        "Wie viele Städte gehören dem GNLC heute an? 425 Städte in 91 Staaten.",
        (_T, 425),
        (_C, 91),
    ),
    _a(
        "de",
        "F: Wie viele Städte hat das Netzwerk im Dezember aufgenommen? A: 72 Städte "
        "aus 46 Ländern.",
        (_N, 72),
        (_NC, 46),
    ),
    _an(
        "de",
        "Frage: Wie viele Städte zählt das Netzwerk der kreativen Städte? Antwort: 350 Städte.",
        350,
    ),
    _an(
        "de",
        "Frage: Wie viele Gemeinden im Kreis haben eine Bibliothek? Antwort: 14 Gemeinden.",
        14,
    ),
    _a(
        "fr",
        "Question : quelle est la taille du réseau aujourd'hui ? Réponse : 425 villes "
        "dans 91 pays.",
        (_T, 425),
        (_C, 91),
    ),
    _an(
        "fr",
        "Question : combien de villes compte le Réseau des villes créatives ? "
        "Réponse : 350 villes.",
        350,
    ),
    _a(
        "es",
        "Pregunta: ¿Cuántas ciudades tiene hoy la red? Respuesta: 425 ciudades de 91 países.",
        (_T, 425),
        (_C, 91),
    ),
    _an(
        "es",
        "Pregunta: ¿Cuántas ciudades tiene la Red de Ciudades Creativas? Respuesta: 350 ciudades.",
        350,
    ),
]

ACRONYMS = [
    Case(
        "en",
        "acronym",
        "UNESCO picked the port town as one of 64 GNLCs from 35 countries at an online ceremony.",
        ((_N, 64), (_NC, 35)),
    ),
    Case(
        "en",
        "acronym",
        "UNESCO named 64 new GNLCs in 35 countries on Wednesday.",
        ((_N, 64), (_NC, 35)),
    ),
    Case(
        "en",
        "acronym",
        "The city is one of 64 UNESCO GNLCs announced this week, from 35 countries.",
        ((_N, 64), (_NC, 35)),
    ),
    Case(
        "en", "acronym", "The Philippines now counts two GNLCs, Balanga and Legazpi.", ((_K, 2),)
    ),
    Case(
        "en",
        "acronym",
        "There are now 356 GNLCs worldwide, in 79 countries.",
        ((_T, 356), (_C, 79)),
    ),
    Case("en", "acronym-near", "The GNLCs sent delegates for 3 days.", (), (3,)),
]

# A fact box on one line, a dash for the colon; the near-misses have no unit in the label,
# another network's name, or words after the number.
DASHES = [
    Case(
        "en",
        "dash",
        "Keep the leaflet current (it now reads: Members \u2013 230 | Countries \u2013 64).",
        ((_T, 230), (_C, 64)),
    ),
    Case(
        "en",
        "dash",
        "At a glance: Members \u2014 294 \u00b7 Countries \u2014 76",
        ((_T, 294), (_C, 76)),
    ),
    Case(
        "en",
        "dash",
        "Member cities - 294 | Countries - 76 | Founded - 2013",
        ((_T, 294), (_C, 76)),
        (2013,),
    ),
    Case(
        "en",
        "dash",
        "Cities \u2013 294 \u2022 Countries \u2013 76 \u2022 Citizens \u2013 "
        "more than 310 million",
        ((_T, 294), (_C, 76), ("citizens", 310_000_000)),
    ),
    Case(
        "en",
        "dash",
        "Our web page says 'Member cities \u2013 292; Countries \u2013 76'.",
        ((_T, 292), (_C, 76)),
    ),
    Case(
        "de",
        "dash",
        "Kurz notiert: Mitgliedsstädte \u2013 294 | Länder \u2013 76",
        ((_T, 294), (_C, 76)),
    ),
    Case(
        "de",
        "dash",
        "Städte \u2014 356 \u00b7 Staaten \u2014 79 \u00b7 gegründet \u2014 2013",
        ((_T, 356), (_C, 79)),
        (2013,),
    ),
    Case(
        "fr", "dash", "En bref : Villes membres \u2013 425 | Pays \u2013 91", ((_T, 425), (_C, 91))
    ),
    Case("it", "dash", "In breve: Città \u2013 425 \u00b7 Paesi \u2013 91", ((_T, 425), (_C, 91))),
    Case(
        "en",
        "dash-near",
        "Learning Festival \u2013 120 events | Workshops \u2013 35",
        (),
        (120, 35),
    ),
    Case("en", "dash-near", "Opening hours \u2013 9 | Rooms \u2013 12", (), (9, 12)),
    Case(
        "en",
        "dash-near",
        "Creative Cities Network: Cities \u2013 350 | Countries \u2013 100",
        (),
        (350, 100),
    ),
    Case("de", "dash-near", "Volkshochschule \u2013 42 Kurse | Räume \u2013 12", (), (42, 12)),
]

# Two coordinated counts of cities, a verb of joining after the second: both joined; and
# English verbs of joining in the active ("have enrolled", "signed up").
PAIRS = [
    Case(
        "en",
        "pair",
        "The director praised the two cities in China and the three cities "
        "in Korea for joining the GNLC this month.",
        ((_N, 2), (_N, 3)),
    ),
    Case(
        "en",
        "pair",
        "The two Chinese cities and three Korean cities that joined the "
        "network this week were congratulated.",
        ((_N, 2), (_N, 3)),
    ),
    Case(
        "en",
        "pair",
        "Four Italian cities and two Portuguese cities were admitted to the network in February.",
        ((_N, 4), (_N, 2)),
    ),
    Case(
        "en",
        "pair",
        "Eight Korean cities joined in the spring; the following thirteen "
        "cities have now also enrolled: Daedeok, Dangjin and Goyang.",
        ((_N, 8), (_N, 13)),
    ),
    Case(
        "en",
        "pair",
        "Another thirteen cities from Korea have now signed up to the network.",
        ((_N, 13),),
    ),
    Case(
        "de",
        "pair",
        "Die zwei chinesischen Städte und die drei koreanischen Städte, die "
        "dem Netzwerk beigetreten sind, wurden begrüßt.",
        ((_N, 2), (_N, 3)),
    ),
    Case(
        "fr",
        "pair",
        "Deux villes chinoises et trois villes coréennes ont rejoint le réseau cette semaine.",
        ((_N, 2), (_N, 3)),
    ),
    Case(
        "en",
        "pair-near",
        "China now has 15 member cities and Korea has 40 member cities "
        "after the cities that joined in December.",
        ((_K, 15), (_K, 40)),
    ),
    Case("en", "pair-near", "The students enrolled in 12 courses last year.", (), (12,)),
]

# A country's own designations of "lifelong learning cities" on a page about the network
# (titled): their counts are never the network's; the network's own count stays read.
_YEONSU = "Yeonsu-gu joined the UNESCO Global Network of Learning Cities in 2018. "
NATIONAL = [
    Case(
        "en",
        "national-near",
        _YEONSU + "Korea has been designating its own lifelong "
        "learning cities since 2001; 175 cities and districts hold that national title "
        "today.",
        (),
        (175,),
    ),
    Case(
        "en",
        "national-near",
        _YEONSU + "Korea counts 175 lifelong learning cities designated by its government.",
        (),
        (175,),
    ),
    Case(
        "en",
        "national-near",
        _YEONSU + "The government has named 175 lifelong learning cities since 2001.",
        (),
        (175,),
    ),
    Case(
        "en",
        "national-near",
        _YEONSU + "It was designated as the first lifelong learning "
        "city in Incheon in 2003, one of 175 such cities nationwide.",
        (),
        (175,),
    ),
    Case(
        "en",
        "national-near",
        _YEONSU + "There are 175 national lifelong learning cities in Korea.",
        (),
        (175,),
    ),
    Case(
        "en",
        "national",
        _YEONSU + "Korea has 39 cities in the GNLC, far fewer than its 175 "
        "lifelong learning cities.",
        ((_K, 39),),
        (175,),
    ),
    Case(
        "en",
        "national",
        _YEONSU + "Korea now has 39 member cities in the UNESCO network.",
        ((_K, 39),),
    ),
]

# The number before its head: "brings to 425 the number of cities" (English's
# count_verb_first, as French's "portant à 230 le nombre").
FIRST = [
    Case(
        "en",
        "number-first",
        "The latest round brings to 425 the number of cities in the UNESCO GNLC.",
        ((_T, 425),),
    ),
    Case(
        "en",
        "number-first",
        "The intake brings to 91 the number of countries represented in the network.",
        ((_C, 91),),
    ),
    Case(
        "en",
        "number-first",
        "Hanoi's admission took to six the number of Vietnamese members of the network.",
        ((_K, 6),),
    ),
    Case(
        "en",
        "number-first",
        "This brought to 294 the total number of member cities in the GNLC.",
        ((_T, 294),),
    ),
    Case(
        "en",
        "number-first",
        "UNESCO's decision raises to 72 the number of new members this year.",
        ((_N, 72),),
    ),
    Case(
        "en",
        "number-first-near",
        "The reform brings to 40 the number of schools in the district.",
        (),
        (40,),
    ),
    Case(
        "en",
        "number-first-near",
        "The festival brings to 120 the number of events this year.",
        (),
        (120,),
    ),
    Case(
        "en", "number-first-near", "In 2019 the number of cities in the network grew.", (), (2019,)
    ),
]

# A figure a dated source gave keeps the source's year (titled; the source's year as the
# mention's as_of), a source still in use does not.
_COMMITTEE = "The committee discussed the UNESCO Global Network of Learning Cities. "
SOURCES = [
    ("the officer said the figure of over 200 cities had come from a UIL notice of 2018.", "2018"),
    ("The figure of over 200 cities came from UIL's 2018 notice.", "2018"),
    ("The 2018 UIL notice gave over 200 cities.", "2018"),
    ("According to a UIL newsletter of 2018, the network had over 200 cities.", "2018"),
    ("The ministry's 2018 circular spoke of over 200 cities in the network.", "2018"),
    ("Our leaflet still says the network has over 200 cities.", None),
]

# A population named before its number: a qualifier is a whole word of the words between
# ("covered" holds no "over"). (language, body, qualifier of the 390 million)
POPULATIONS = [
    ("en", "The population covered is 390 million.", "exact"),
    ("en", "| Members | 356 |\n|---|---|\n| Population covered | 390 million |", "exact"),
    ("en", "Their combined population recovered to 390 million after the census.", "exact"),
    ("en", "The population of the member cities is over 390 million.", "more_than"),
    ("it", "La popolazione scoperta nei dati è di 390 milioni.", "exact"),
    ("it", "La popolazione coperta è di oltre 390 milioni.", "more_than"),
    ("de", "Die Bevölkerung der Mitgliedsstädte beträgt rund 390 Millionen.", "about"),
    ("fr", "La population couverte atteint environ 390 millions.", "about"),
]

CASES = ANSWERS + ACRONYMS + DASHES + PAIRS + NATIONAL + FIRST
