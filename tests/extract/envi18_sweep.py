"""The envi helper's variant sweeps (session 18), English and Vietnamese first, with the
other languages where the construction exists: classes of the b16 writer batch's misses
(pages written by someone who never read the engine). Every case is read on a page whose
title names the network, dated 2025-12-12 (tests/extract/sweep.py).

- dated round: a round named by its date dates the figures of its clause, whatever
  stands before the date: "In the round of July 2019, 38 cities from 23 countries were
  admitted", "in its July 2019 intake", "UIL's 2019 round", "the admissions of July
  2019" (Romance languages and Vietnamese read it already: "de julio de 2019", "tháng
  7/2019"). Near-misses: a round with no date, an upcoming round in another clause.
- company of members: "alongside 356 cities in the network", "sánh vai cùng 356 thành
  phố": a company larger than any intake (77 at most) holds no co-joiners; it is the
  network's members as published, counted as said (not 357 with the subject). Near-
  misses that keep counting the subject: "along with 71 cities" (an intake's size), "424
  other cities".
- lead-in before a colon's label: "the panel still shows the old figures \u2014 member
  cities: 294; countries: 76", "vẫn dùng số liệu cũ \u2014 thành phố thành viên: 294": a
  spaced dash or a colon ends the words that lead in to a key-figure list, so the first
  label is its own words, not the sentence before it (too long to be a label, it was
  lost). Near-misses: labels that count no member ("events: 120; venues: 14"), a total
  of money.
- set apart: a body the text sets apart from the network it just named is another one:
  "one of 116 cities in that separate network", "No. That is a separate UNESCO programme
  with around 400 members", "Đó là một chương trình riêng của UNESCO", "un programa
  distinto", "un programme distinct", "ein eigenes UNESCO-Programm" (every language had
  "another network"; none had "a separate programme", en not even "another network").
  Near-misses: "91 different countries", "different from other networks: it has 425".
- first ones: "the first N cities of a country" counts the country's members when the
  Nth came, whatever verb of joining follows ("hai thành phố đầu tiên của Việt Nam được
  công nhận", "Viet Nam's first two members joined in 2020", "las dos primeras ciudades
  de Colombia fueron admitidas"): Qatar's first two joined in 2017 and 2019 (Language.
  first_ones), where a verb of being or having says it ("là", "became", "fueron las dos
  primeras"). Near-misses: the first N as the subject of the verb of joining stay an
  intake ("Viet Nam's first two members joined the GNLC in 2020", as test_blind_fixes
  pins; "Las dos primeras ciudades de Colombia fueron admitidas"); "lần đầu tiên" and
  "for the first time" (first-time words); an intake with no "first".
- euphonic conjunctions: Spanish "e" before an i- sound and Italian "ed" before a vowel
  join the names a list gives ("Bogotá e Ibagué ... junto con otras 70" is 72, "Bologna
  ed Empoli ... insieme ad altre 70" is 72; Language.conjunctions had lost them).
- another N: "otras 72 ciudades", "outras 72 cidades", "altre 72 città" with no city named
  before, no word of company and none of "also" (Language.also_words: "además", "além",
  "anche") are another 72, not 73. Near-misses that still count the subject: "junto a
  otras 71", "Chía y otras 71", "Além da capital ... outras 63", "Con la città dello
  Stretto ... altre 76", "además otras 71".
- all the countries: "Mitglieder kommen jetzt aus allen 91 Ländern", "members now come
  from all 91 countries": after "all" (Language.all_words) a count of countries is the
  network's, whatever intake is told before it. Near-miss: "72 Städte aus 46 Ländern".
"""

from __future__ import annotations

from tests.extract.sweep import Case

T, C, N, NC = "total_cities", "total_countries", "new_cities", "new_countries"
CC = "country_cities"


def _dated(language: str, body: str, as_of: str, *expected: tuple[str, int]) -> Case:
    return Case(language, "dated round", body, expected, as_of=as_of)


def _undated(language: str, body: str, *expected: tuple[str, int]) -> Case:
    return Case(language, "dated round near-miss", body, expected, as_of="None")


DATED_ROUND = [
    _dated(
        "en",
        "The network has grown steadily. In the round of July 2019, 38 cities from 23 "
        "countries were admitted.",
        "2019-07",
        (N, 38),
        (NC, 23),
    ),
    _dated(
        "en",
        "In its July 2019 intake, the network admitted 38 cities from 23 countries.",
        "2019-07",
        (N, 38),
        (NC, 23),
    ),
    _dated("en", "The round of July 2019 brought in 38 cities.", "2019-07", (N, 38)),
    _dated(
        "en",
        "With the admissions of July 2019, 38 cities from 23 countries joined.",
        "2019-07",
        (N, 38),
        (NC, 23),
    ),
    _dated(
        "en",
        "In UIL's July 2019 round, 38 cities from 23 countries were admitted.",
        "2019-07",
        (N, 38),
        (NC, 23),
    ),
    _dated("en", "In their 2022 intake, 77 cities joined the network.", "2022", (N, 77)),
    _dated("en", "The intake of September 2020 added 55 cities.", "2020-09", (N, 55)),
    _dated("en", "In the 2019 round, 38 cities were admitted.", "2019", (N, 38)),
    _dated(
        "vi",
        "Trong đợt kết nạp tháng 7/2019, 38 thành phố từ 23 quốc gia đã gia nhập mạng lưới.",
        "2019-07",
        (N, 38),
        (NC, 23),
    ),
    _dated(
        "es",
        "En la ronda de julio de 2019 ingresaron 38 ciudades de 23 países.",
        "2019-07",
        (N, 38),
        (NC, 23),
    ),
    _dated(
        "fr",
        "Lors de sa vague de juillet 2019, le réseau a admis 38 villes de 23 pays.",
        "2019-07",
        (N, 38),
        (NC, 23),
    ),
    _dated(
        "pt",
        "Na rodada de julho de 2019, 38 cidades de 23 países foram admitidas.",
        "2019-07",
        (N, 38),
        (NC, 23),
    ),
    _dated(
        "de",
        "In der Aufnahmerunde vom Juli 2019 kamen 38 Städte aus 23 Ländern hinzu.",
        "2019-07",
        (N, 38),
        (NC, 23),
    ),
    # near-misses: no date on the round; a round to come in another clause
    _undated("en", "In the latest round, 72 cities from 46 countries were admitted.", (N, 72)),
    _undated("en", "The network has 425 cities; its 2026 round opens in May.", (T, 425)),
    _undated("en", "This round of admissions brought in 72 cities.", (N, 72)),
]


def _as_said(language: str, body: str, *expected: tuple[str, int], absent: int) -> Case:
    return Case(language, "company of members", body, expected, (absent,))


COMPANY = [
    _as_said(
        "en",
        "Membership would put the county alongside 356 cities in the network.",
        (T, 356),
        absent=357,
    ),
    _as_said(
        "en",
        "Cork will take its place alongside 356 cities in 79 countries.",
        (T, 356),
        (C, 79),
        absent=357,
    ),
    _as_said(
        "en",
        "The town would sit together with 229 cities around the world.",
        (T, 229),
        absent=230,
    ),
    _as_said(
        "en", "Our city now learns along with 425 cities of the network.", (T, 425), absent=426
    ),
    _as_said(
        "vi",
        "Việc được sánh vai cùng 356 thành phố ở 79 quốc gia là niềm tự hào.",
        (T, 356),
        (C, 79),
        absent=357,
    ),
    _as_said(
        "vi",
        "Hà Nội sẽ đứng cùng 356 thành phố thành viên của mạng lưới.",
        (T, 356),
        absent=357,
    ),
    _as_said(
        "es",
        "La ciudad estará junto a 356 ciudades de 79 países.",
        (T, 356),
        (C, 79),
        absent=357,
    ),
    _as_said(
        "pt",
        "A cidade fica ao lado de 356 cidades de 79 países.",
        (T, 356),
        (C, 79),
        absent=357,
    ),
    _as_said(
        "de",
        "Die Stadt steht damit neben 356 Städten aus 79 Ländern.",
        (T, 356),
        (C, 79),
        absent=357,
    ),
    # to come, or in a sentence of admission: the company is there now
    _as_said(
        "vi",
        "Phó Chủ tịch tỉnh cho biết nếu được kết nạp, Ninh Bình sẽ sánh vai cùng 425 thành phố "
        "tại 91 quốc gia trong Mạng lưới.",
        (T, 425),
        (C, 91),
        absent=426,
    ),
    _as_said(
        "vi",
        "Khi được kết nạp, Ninh Bình sẽ sánh vai cùng 425 thành phố tại 91 quốc gia.",
        (T, 425),
        (C, 91),
        absent=426,
    ),
    _as_said(
        "en",
        "Once admitted, the town will stand alongside 425 cities in 91 countries.",
        (T, 425),
        (C, 91),
        absent=426,
    ),
    _as_said(
        "es",
        "Si es admitida, la ciudad estará junto a 425 ciudades de 91 países.",
        (T, 425),
        (C, 91),
        absent=426,
    ),
    # near-misses: co-joiners of an intake's size, and "other" cities, count the subject
    _as_said("en", "Hanoi joined along with 71 cities from 46 countries.", (N, 72), absent=71),
    _as_said(
        "en", "Hanoi now stands alongside 424 other cities in the network.", (T, 425), absent=424
    ),
    _as_said("vi", "Hà Nội cùng 71 thành phố khác được kết nạp.", (N, 72), absent=71),
    _as_said("en", "Hanoi joined alongside 71 other cities.", (N, 72), absent=71),
    _as_said(
        "en", "Hanoi was admitted along with 71 cities from 46 countries.", (N, 72), absent=71
    ),
    Case(
        "vi",
        "company of members near-miss",
        "Nếu được kết nạp, Ninh Bình sẽ được công nhận cùng 71 thành phố khác.",
        (),
        (71, 72),
    ),
]


def _lead(language: str, body: str, *expected: tuple[str, int]) -> Case:
    return Case(language, "lead-in", body, expected)


LEAD_IN = [
    _lead(
        "vi",
        "Pa-nô giới thiệu đặt tại quảng trường vẫn dùng số liệu cũ — thành phố thành viên: "
        "294; quốc gia: 76; thành viên Việt Nam: 3.",
        (T, 294),
        (C, 76),
        (CC, 3),
    ),
    _lead(
        "vi",
        "Pa-nô vẫn dùng số liệu cũ: thành phố thành viên: 294; quốc gia: 76.",
        (T, 294),
        (C, 76),
    ),
    _lead(
        "vi", "Tờ gấp giới thiệu phát tại nhà văn hóa ghi — Số quốc gia có thành viên: 64", (C, 64)
    ),
    _lead(
        "en",
        "The old panel at the town hall still reads — member cities: 294; countries: 76.",
        (T, 294),
        (C, 76),
    ),
    _lead(
        "en",
        "A framed poster in the lobby of the library gives the old figures - members: 229 | "
        "countries: 64",
        (T, 229),
        (C, 64),
    ),
    _lead(
        "en",
        "Visitors to the exhibition in the town hall will read — members: 294, and the "
        "organisers say it is out of date.",
        (T, 294),
    ),
    _lead(
        "es",
        "El cartel de la entrada todavía muestra las cifras antiguas — ciudades miembro: 294; "
        "países: 76.",
        (T, 294),
        (C, 76),
    ),
    _lead(
        "fr",
        "Le panneau du hall affiche encore les anciens chiffres — villes membres : 294 ; "
        "pays : 76.",
        (T, 294),
        (C, 76),
    ),
    _lead(
        "pt",
        "O painel da entrada ainda mostra os números antigos – cidades membros: 294; países: 76.",
        (T, 294),
        (C, 76),
    ),
    _lead(
        "de",
        "Die Tafel im Foyer zeigt noch die alten Zahlen – Mitgliedsstädte: 294; Länder: 76.",
        (T, 294),
        (C, 76),
    ),
    _lead(
        "it",
        "Il pannello all'ingresso riporta ancora i vecchi dati — città membro: 294; paesi: 76.",
        (T, 294),
        (C, 76),
    ),
    # the sentence goes on past the last value: a full stop after it, a spaced dash
    _lead(
        "en",
        "The UIL factsheet in the corridor reads — members: 294; countries: 76. We have asked "
        "for a new copy.",
        (T, 294),
        (C, 76),
    ),
    _lead(
        "en",
        "The library still carries an old panel — member cities: 356; countries: 79 — and "
        "officers promised to replace it.",
        (T, 356),
        (C, 79),
    ),
    _lead(
        "vi",
        "Sổ tay vẫn ghi: thành viên: 356 | quốc gia: 79. Ban tổ chức sẽ in lại.",
        (T, 356),
        (C, 79),
    ),
    # near-misses: labels of no member count
    Case(
        "en",
        "lead-in near-miss",
        "The festival programme lists — events: 120; venues: 14.",
        (),
        (120, 14),
    ),
    Case(
        "vi",
        "lead-in near-miss",
        "Chương trình lễ hội ghi — số sự kiện: 120; địa điểm: 14.",
        (),
        (120, 14),
    ),
    Case(
        "en",
        "lead-in near-miss",
        "Budget for the learning festival — total: 120,000 euros",
        (),
        (120000, 120),
    ),
]


_GNLC_FIRST = {
    "en": "The network has 425 members. ",
    "vi": "Mạng lưới có 425 thành viên. ",
    "es": "La red tiene 425 miembros. ",
    "fr": "Le réseau compte 425 membres. ",
    "pt": "A rede tem 425 membros. ",
    "de": "Das Netzwerk hat 425 Mitglieder. ",
    "it": "La rete conta 425 membri. ",
}


def _apart(language: str, rest: str) -> Case:
    return Case(language, "set apart", _GNLC_FIRST[language] + rest, ((T, 425),), (350,))


SET_APART = [
    _apart("en", "That is a separate UNESCO programme with around 350 members."),
    _apart("en", "That separate programme has around 350 members."),
    _apart("en", "Creative Cities is another UNESCO network, with some 350 members."),
    _apart("en", "It is an entirely different scheme, with around 350 member cities."),
    _apart("en", "The neighbour town is one of 350 cities in that other network."),
    _apart("vi", "Đó là một chương trình riêng của UNESCO với khoảng 350 thành viên."),
    _apart("vi", "Đó là một chương trình khác của UNESCO, gồm khoảng 350 thành phố."),
    _apart("es", "Es un programa distinto de la UNESCO, con unos 350 miembros."),
    _apart("fr", "C'est un programme distinct de l'UNESCO, avec quelque 350 membres."),
    _apart("pt", "É um programa distinto da UNESCO, com cerca de 350 membros."),
    _apart("de", "Das ist ein eigenes UNESCO-Programm mit rund 350 Mitgliedern."),
    _apart("it", "È un programma distinto dell'UNESCO, con circa 350 membri."),
    Case(
        "en",
        "set apart",
        "The town is not to be confused with its neighbour, named a UNESCO Creative City of "
        "Crafts in 2015, one of 116 cities in that separate network at the time.",
        (),
        (116,),
    ),
    # near-misses: "different" and "separate" of no other body
    Case(
        "en",
        "set apart near-miss",
        "Hanoi is one of 425 cities in the network, from 91 different countries.",
        ((T, 425), (C, 91)),
    ),
    Case(
        "en",
        "set apart near-miss",
        "The learning cities network is different from other networks: it has 425 members.",
        ((T, 425),),
    ),
    Case(
        "vi",
        "set apart near-miss",
        "Mạng lưới có 425 thành viên, và Việt Nam có 6 thành phố riêng trong mạng lưới.",
        ((T, 425), (CC, 6)),
    ),
]


def _first(language: str, body: str) -> Case:
    return Case(language, "first ones", body, ((CC, 2),))


def _not_first(language: str, body: str, metric: str, value: int) -> Case:
    return Case(language, "first ones near-miss", body, ((metric, value),))


FIRST_ONES = [
    _first("vi", "Vinh và Sa Đéc là hai thành phố đầu tiên của Việt Nam được công nhận."),
    _first(
        "vi",
        "Sa Đéc và Vinh là hai thành phố đầu tiên của Việt Nam được kết nạp; năm 2022 có thêm "
        "Cao Lãnh.",
    ),
    _first(
        "vi", "Thành phố Vinh là một trong hai đô thị đầu tiên của Việt Nam được UNESCO công nhận."
    ),
    _first("vi", "Năm 2020, Việt Nam có 2 thành phố đầu tiên được kết nạp là Sa Đéc và Vinh."),
    _first("vi", "Đây là hai thành phố đầu tiên của Việt Nam gia nhập mạng lưới."),
    _not_first("en", "Viet Nam's first two members, Sa Dec and Vinh, joined in 2020.", N, 2),
    _first(
        "en",
        "Sa Dec and Vinh became Viet Nam's first two members when they were admitted in 2020.",
    ),
    _first("es", "Medellín y Bogotá fueron las dos primeras ciudades de Colombia admitidas."),
    _not_first("es", "Las dos primeras ciudades de Colombia fueron admitidas en 2018.", N, 2),
    _first("fr", "Brest et Nanterre sont les deux premières villes françaises admises."),
    _first("pt", "Lisboa e Porto são as duas primeiras cidades portuguesas admitidas."),
    _first("it", "Torino e Brescia sono le prime due città italiane entrate nella rete."),
    # near-misses: first-time words and plain intakes stay intakes
    _not_first("vi", "Năm 2024, Việt Nam có thêm 2 thành phố được kết nạp lần đầu tiên.", N, 2),
    _not_first("en", "Three Vietnamese cities joined in 2025.", N, 3),
    _not_first("vi", "Năm 2025, Việt Nam có thêm 3 thành phố được kết nạp.", N, 3),
    _not_first("es", "Dos ciudades colombianas fueron admitidas en 2024.", N, 2),
]


CONJUNCTIONS = [
    Case(
        "es",
        "euphonic conjunction",
        "Bogotá e Ibagué ingresaron a la red junto con otras 70 ciudades.",
        ((N, 72),),
        (71,),
    ),
    Case(
        "es",
        "euphonic conjunction",
        "Medellín e Itagüí se sumaron a la red junto a otras 70 ciudades.",
        ((N, 72),),
        (71,),
    ),
    Case(
        "it",
        "euphonic conjunction",
        "Bologna ed Empoli sono entrate nella rete insieme ad altre 70 città.",
        ((N, 72),),
        (71,),
    ),
    Case(
        "es",
        "euphonic conjunction near-miss",
        "Bogotá y Medellín ingresaron a la red junto con otras 70 ciudades.",
        ((N, 72),),
    ),
    Case(
        "it",
        "euphonic conjunction near-miss",
        "Bologna e Torino sono entrate nella rete insieme ad altre 70 città.",
        ((N, 72),),
    ),
]


def _another(language: str, body: str, value: int, absent: int) -> Case:
    return Case(language, "another N", body, ((N, value),), (absent,))


ANOTHER = [
    _another("es", "En diciembre se sumaron otras 72 ciudades a la red.", 72, 73),
    _another("es", "Bogotá se une a otras 71 ciudades que ingresan este año en la red.", 72, 71),
    _another("es", "Ingresaron otras 72 ciudades en la última ronda.", 72, 73),
    _another("pt", "Entraram outras 72 cidades na rede em dezembro.", 72, 73),
    _another("it", "Sono entrate altre 72 città nella rete a dicembre.", 72, 73),
    # near-misses: a city named, a word of company or of "also": the subject is one more
    _another("es", "Chía ingresó a la red junto a otras 71 ciudades.", 72, 71),
    _another("es", "Chía y otras 71 ciudades ingresaron a la red.", 72, 71),
    _another("es", "Medellín fue admitida; ingresaron además otras 71 ciudades.", 72, 71),
    _another(
        "pt",
        "Além da capital pernambucana, a organização incluiu outras 63 cidades na rede.",
        64,
        63,
    ),
    _another("pt", "Lisboa entrou na rede com outras 71 cidades.", 72, 71),
    _another(
        "it", "Con la città dello Stretto entrano nella rete altre 76 realtà di 44 Paesi.", 77, 76
    ),
    _another("it", "Torino è entrata insieme ad altre 63 città.", 64, 63),
]

ALL_COUNTRIES = [
    Case(
        "de",
        "all the countries",
        "Im Dezember wurden 72 Städte aufgenommen; Mitglieder kommen jetzt aus allen 91 Ländern.",
        ((N, 72), (C, 91)),
    ),
    Case(
        "en",
        "all the countries",
        "In December 72 cities joined; members now come from all 91 countries.",
        ((N, 72), (C, 91)),
    ),
    Case(
        "de",
        "all the countries near-miss",
        "Im Dezember kamen 72 Städte aus 46 Ländern hinzu.",
        ((N, 72), (NC, 46)),
    ),
    Case(
        "en",
        "all the countries near-miss",
        "In December 72 cities from 46 countries joined.",
        ((N, 72), (NC, 46)),
    ),
]

CASES = [
    *DATED_ROUND,
    *COMPANY,
    *LEAD_IN,
    *SET_APART,
    *FIRST_ONES,
    *CONJUNCTIONS,
    *ANOTHER,
    *ALL_COUNTRIES,
]
