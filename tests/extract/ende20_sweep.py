"""The ende helper's variant sweeps (session 20), English and German first, with the other
languages where the construction exists: classes of the b18 writer batch's misses and false
alarms (pages written by someone who never read the engine). Cases are read on a page whose
title names the network, dated 2025-12-12, or as plain text (tests/extract/sweep.py).

- a padded header: a council paper's, a memo's or a letter's subject line ("Betreff:",
  "Subject:", "Objet :", "Oggetto:", "Asunto:") under a fixed-width header block (columns
  padded with spaces, rule lines of "=" and "-", a consultation table) says what the text
  is about, as a title does: b18's Paderborn draft resolution named the GNLC in its
  "Betreff" 811 characters in, 543 of them padding, past the 600 of a text's head, and
  lost four figures whose sentences name no network ("die Broschüre nennt 356 Städte").
  Near-misses: the same header over a subject naming another network, and one with no
  subject line, whose figures' sentences name nothing.
- a figure put to doubt: a sentence giving a figure, then a question of doubt ("Is that
  right?", "Which figure should we use?", "Stimmt das?", "C'est vrai ?", "¿Es cierto?"),
  then an answer that rejects it ("but no", "Nein", "was an error", "ein Fehler", "c'est
  faux"), in a transcript (time mark, speaker's label), a definition list or an FAQ: the
  doubted figure is no claim of the text (b18: a listener's "more than 1,000 cities" and a
  bidder's quoted "over 450" members were reported). The answer's bare number, after "Use",
  "A.", "No," or "richtig ist", counts what the doubted figure counts (b18 lost "A. Use
  425."). Near-misses: an answer that does not reject ("Das Merkblatt wird derzeit
  überarbeitet": the leaflet's figure stays, stale), "Yes", a question that is no doubt
  ("Does Germany have any? No"), an answer that only calls it outdated.
- a first report corrected: "in der ersten Meldung war von 55 Städten die Rede, einen Tag
  später wurde das korrigiert" (b18 reported the 55: German's cue had "erste" only, not
  its inflected forms), "the first press release spoke of 55 new cities; it was corrected
  a day later". Near-miss: a first report no correction follows.
- a country asked alone: after talk of the network's cities, "Und in Deutschland?",
  "And in Ireland?", "What about Korea?", "Et en Belgique ?", "¿Y en Colombia?" asks for the
  country's cities; the answer counts them, with its own noun or bare, hedged by its
  speaker or not ("Nach meiner Zählung zwei Städte, Hamburg und Gelsenkirchen": b18 found
  the phrase and read no metric). Near-misses: a city or a year asked alone ("Und in
  Hamburg?", "And in 2020?"), an answer of another noun ("Three schools").
- a country's bound, its noun left out: after a country's count of member cities, "Korea
  alone has more than 20", "Korea now has over 20", "Corea tiene ya más de 20", "la Corea
  da sola ne ha più di 20" (b18 lost "Korea alone has more than 20": a verb of having read
  a bare number only, exact, and no focus word such as "alone" between country and verb).
  The network's own elided total takes its bound too ("It now has more than 400").
  Near-misses: a noun of another kind after the number ("over 20 staff"), no country.
- a rank hoped for, its modal last: where the verb ends the clause (German), a modal after
  a rank in its own clause makes it one to come: "dass Paderborn als vierte deutsche
  Lernstadt ein Zeichen setzen könne" (b18 reported it: the modal was past the 12
  characters after a figure where a future is looked for, and Konjunktiv I "könne" was no
  cue). Near-misses: the modal in the next clause ("..., und Paderborn könnte folgen"), a
  rank stated.
- a figure said again: "Ours is more like the 180 I said", "the 425 mentioned earlier",
  "den 425, die ich genannt habe", "les 425 dont j'ai parlé", "las 425 que dije", "le 425
  che ho citato", "as 425 que mencionei" count what the figure of that value said before
  counts (Language.repeat_articles, repeat_markers; "more like": about). b18 lost "the 180
  I said". Near-misses: an earlier 180 of events, a decade "I mentioned", a value said for
  the first time.

Classes of the v19 variant pages (dev from this session; the b18 classes said anew), en and de:

- admissions as an intake's unit: a chronicle's "02.09.2022   77 Aufnahmen, das Netzwerk
  wächst auf 294", "14.02.2024   64 Aufnahmen", "2 September 2022: 77 admissions", as French,
  Spanish, Portuguese and Italian read them (weak words: the network's only where the
  network is said or the line is a chronicle's). Near-misses: photographs ("40 Aufnahmen
  vom Festival"), tickets.
- more verbs of having, a time after the number: "the Republic of Korea on its own accounts
  for 59", "the network is at 450 now", "it now stands at 425" (v19 lost the 59 and the 450).
  Near-miss: "Our library is at 12 now".
- an answer given twice under labels: "The short version: 425. The longer version: 425,
  spread over 91 countries", "Kurz gesagt: 425. Ausführlich: 425 in 91 Staaten" (v19 lost
  both 425s). Near-miss: a second label over another number ("Note: 12 of them ...").
- a country's count with its verb last, and the countries coordinated after it, their verb
  left out: "dass Italien sechs hat und Portugal 16", "Italien hat sechs, Portugal 16"
  (German had no verb of having for a country's elided count). Near-misses: "Deutschland
  hat 16 Bundesländer", "dass Italien 60 Millionen Einwohner hat", "Die Stadt hat zwei".
- a separable verb of joining apart: "Im Februar kamen Kommunen aus 35 Staaten dazu" (v19
  lost the 35: "kamen ... dazu" was no cue of an intake, so the countries' sentence spoke
  of no membership). Near-miss: "Dazu kam ein Beitrag von 35 Staaten".
- a figure kept to: "Stick with 425 until UNESCO announces another round", "Bleiben Sie bei
  425, bis ..." (Language.repeat_verbs; the number must equal a figure said before, as a
  figure said again does). Near-misses: "Stick to 2 pages", a value said first.
- people said by their scale after an answer: "Wie viele Menschen leben in diesen Städten?"
  / "Knapp 400 Millionen. Die UNESCO selbst spricht von 390 Millionen." (the people's noun
  is the question's, a paragraph up, and another scaled count may stand between). Near-miss:
  "The budget is 390 million".
- a number called the right one: "Das ist zu hoch gegriffen. Mehr als 350 trifft es.",
  "More than 350 is closer" (Language.fitting_words): it counts what the claim before it
  counts, the unit noun right after that claim's number. Near-misses: a claim of another
  noun before ("400 Schüler", "400 people").
- a region's share of the newcomers, the set named first: "Of those 72 newcomers, fourteen
  came from Latin America and the Caribbean" ("those", "these" as well as "the"; the past
  "came", "were located"). Near-miss: "fourteen came by train". Open: German's verb-second
  "Von den 72 Neuzugängen kamen vierzehn aus Lateinamerika".
"""

from __future__ import annotations

from tests.extract.sweep import Case

T, N, CC, CA, CO, NC, P = (
    "total_cities",
    "new_cities",
    "country_cities",
    "candidate_cities",
    "total_countries",
    "new_countries",
    "citizens",
)

_PAD = " " * 36


def _header(office: str, paper: str, rows: tuple[str, str, str], subject: str) -> str:
    """A fixed-width header block as council information systems print it, then its
    subject line."""
    table = "\n".join(f"{name:<48}{day:<17}{item}" for name, day, item in (
        (rows[0], "24.02.2026", "7"), (rows[1], "05.03.2026", "11"), (rows[2], "19.03.2026", "14"),
    ))  # fmt: skip
    return (
        f"{office}{_PAD}{paper}\n{'=' * 90}\n\n"
        f"{'0047/2026':>60}\n{'10.02.2026':>60}\n\n"
        f"{'-' * 47}    {'-' * 15}  ----\n{table}\n\n{subject}\n\n"
    )


_DE = _header(
    "Stadt Paderborn",
    "Ratsinformationssystem – Druckansicht",
    ("Ausschuss für Bildung und Weiterbildung", "Haupt- und Finanzausschuss", "Rat der Stadt"),
    "Betreff: Bewerbung der Stadt um Aufnahme in das UNESCO Global Network of\n"
    "         Learning Cities (GNLC)",
)
_EN = _header(
    "Borough of Merribay",
    "Committee papers – print view",
    ("Learning and Skills Scrutiny Panel", "Policy and Resources Committee", "Full Council"),
    "Subject: Application to join the UNESCO Global Network of Learning\n         Cities (GNLC)",
)
_FR = _header(
    "Ville de Carouge",
    "Conseil municipal – version imprimable",
    ("Commission de la formation", "Commission des finances", "Conseil municipal"),
    "Objet : candidature de la ville au Réseau mondial des villes\n"
    "        apprenantes de l'UNESCO",
)
_IT = _header(
    "Comune di Vercelli",
    "Albo pretorio – stampa",
    ("Commissione istruzione", "Commissione bilancio", "Consiglio comunale"),
    "Oggetto: candidatura alla Rete globale delle città dell'apprendimento\n         dell'UNESCO",
)
_ES = _header(
    "Ayuntamiento de Getafe",
    "Sede electrónica – vista de impresión",
    ("Comisión de Educación", "Comisión de Hacienda", "Pleno"),
    "Asunto: solicitud de ingreso en la Red Mundial de Ciudades del\n"
    "        Aprendizaje de la UNESCO",
)
_DE_OTHER = _header(
    "Stadt Paderborn",
    "Ratsinformationssystem – Druckansicht",
    ("Ausschuss für Kultur", "Haupt- und Finanzausschuss", "Rat der Stadt"),
    "Betreff: Bewerbung der Stadt um Aufnahme in das UNESCO-Netzwerk\n"
    "         der kreativen Städte (Creative Cities Network)",
)
_EN_NONE = _header(
    "Borough of Merribay",
    "Committee papers – print view",
    ("Learning and Skills Scrutiny Panel", "Policy and Resources Committee", "Full Council"),
    "Subject: Adult learning festival 2026",
)


def _h(language: str, header: str, body: str, expected: tuple[tuple[str, int], ...],
       absent: tuple[int, ...] = ()) -> Case:  # fmt: skip
    return Case(language, "padded header", header + body, expected, absent, titled=False)


HEADER_CASES = [
    _h(
        "de",
        _DE,
        "SACHVERHALT\nDie Informationsbroschüre des Bildungsbüros nennt 356 Städte\n"
        "und rund 390 Millionen Bürgerinnen und Bürger.",
        ((T, 356), (P, 390_000_000)),
    ),
    _h(
        "de",
        _DE,
        "Die Verwaltung weist darauf hin, dass in Deutschland bislang fünf Städte\n"
        "aufgenommen wurden.",
        ((CC, 5),),
    ),
    _h(
        "de",
        _DE,
        'Nach dem Antrag der Fraktion umfasst es "weltweit über 600 Städte".',
        ((T, 600),),
    ),
    _h(
        "en",
        _EN,
        "BACKGROUND\nThe information leaflet in our libraries gives 356 cities and\n"
        "some 390 million citizens.",
        ((T, 356), (P, 390_000_000)),
    ),
    _h(
        "en",
        _EN,
        "Officers note that in the United Kingdom five cities have been accepted\nso far.",
        ((CC, 5),),
    ),
    _h(
        "fr",
        _FR,
        "EXPOSÉ DES MOTIFS\nLa brochure distribuée à l'accueil cite 356 villes\n"
        "et 390 millions d'habitants.",
        ((T, 356), (P, 390_000_000)),
    ),
    _h(
        "it",
        _IT,
        "PREMESSO\nChe l'opuscolo dell'ufficio cita 356 città e circa 390 milioni\ndi abitanti.",
        ((T, 356), (P, 390_000_000)),
    ),
    _h(
        "es",
        _ES,
        "ANTECEDENTES\nEl folleto de la oficina cita 356 ciudades y unos 390\n"
        "millones de habitantes.",
        ((T, 356), (P, 390_000_000)),
    ),
    # near-misses: another network in the subject line, or none
    _h("de", _DE_OTHER, "SACHVERHALT\nDie Informationsbroschüre nennt 295 Städte.", (), (295,)),
    _h(
        "en",
        _EN_NONE,
        "BACKGROUND\nThe festival leaflet lists 356 cities and 120 events.",
        (),
        (356,),
    ),
]


def _d(language: str, body: str, expected: tuple[tuple[str, int], ...],
       absent: tuple[int, ...] = ()) -> Case:  # fmt: skip
    return Case(language, "doubted", body, expected, absent)


DOUBT_CASES = [
    _d(
        "en",
        'AOIFE: Gerry writes: "I read that this learning cities network has more than 1,000'
        " cities in it. Is that right?\"\n\n[00:02:33] DECLAN: Ha. Gerry, it's a lovely thought,"
        " but no. You might be thinking of another count.",
        (),
        (1000,),
    ),
    _d(
        "en",
        'Q1. Appendix C says the network has "over 450" members. Which figure should we use?'
        "\nA. Use 425. The Appendix C wording was an error and will be withdrawn.",
        ((T, 425),),
        (450,),
    ),
    _d(
        "en",
        'Q2. The brief says "over 450" members. Which figure is right? : A. Use 425. The '
        "brief's wording was an error.",
        ((T, 425),),
        (450,),
    ),
    _d(
        "en",
        "Our old leaflet says the network has 356 member cities. Is that right?\n\nNo, the "
        "correct figure is 425.",
        ((T, 425),),
        (356,),
    ),
    _d(
        "en",
        "A reader says the network counts 500 cities. Is that true? That number is wrong.",
        (),
        (500,),
    ),
    _d(
        "de",
        "In der Broschüre des Vereins steht, das Netzwerk habe 500 Mitgliedsstädte. Stimmt "
        "das?\nNein, richtig ist 425.",
        ((T, 425),),
        (500,),
    ),
    _d(
        "de",
        "Im Anhang C ist von „über 450“ Mitgliedsstädten die Rede. Welche Zahl gilt?\n"
        "A. Es gilt 425. Die Angabe in Anhang C war ein Fehler.",
        ((T, 425),),
        (450,),
    ),
    _d(
        "de",
        "OLTMANNS: Im Netz liest man, das Netzwerk habe 1.000 Städte. Stimmt das?\n"
        "ALBERS: Nein. Das ist eine andere Zählung.",
        (),
        (1000,),
    ),
    _d(
        "fr",
        "Un lecteur affirme que le réseau compte 600 villes. C'est vrai ?\nNon, c'est "
        "faux : il en compte 425.",
        (),
        (600,),
    ),
    _d(
        "es",
        "Un folleto dice que la red tiene 600 ciudades. ¿Es cierto?\nNo. Esa cifra es falsa.",
        (),
        (600,),
    ),
    _d(
        "it",
        "Un volantino dice che la rete conta 600 città. È vero?\nNo, è un errore.",
        (),
        (600,),
    ),
    _d("pt", "Um folheto diz que a rede tem 600 cidades. É verdade?\nNão, é um erro.", (), (600,)),
    # near-misses: not rejected, confirmed, no doubt, only outdated
    _d(
        "de",
        "In unserem Merkblatt steht, das Netzwerk habe 294 Mitglieder in 76 Ländern. "
        "Stimmt das?\nDas Merkblatt wird derzeit überarbeitet.",
        ((T, 294),),
    ),
    _d(
        "en", "The network has 425 member cities. Is that right? Yes, since December.", ((T, 425),)
    ),
    _d(
        "en", "The network has 425 member cities. Does Germany have any? No, not yet.", ((T, 425),)
    ),
    _d(
        "en",
        "Our leaflet says the network has 356 member cities. Is that right?\nIt is "
        "outdated: the leaflet dates from 2024.",
        ((T, 356),),
    ),
    _d(
        "fr",
        "Le réseau compte 425 villes membres. C'est vrai ? Oui, depuis décembre.",
        ((T, 425),),
    ),
]

FIRST_REPORT_CASES = [
    Case(
        "de",
        "first report",
        "Ja, in der ersten Meldung war von 55 neuen Städten die Rede, "
        "einen Tag später wurde das korrigiert.",
        (),
        (55,),
    ),
    Case(
        "de",
        "first report",
        "Laut der ursprünglichen Pressemitteilung kamen 55 Städte "
        "hinzu; die Zahl wurde später auf 54 berichtigt.",
        ((N, 54),),
        (55,),
    ),
    Case(
        "de",
        "first report",
        "Der ersten Fassung zufolge traten 55 Städte bei, was UIL "
        "kurz darauf richtiggestellt hat.",
        (),
        (55,),
    ),
    Case(
        "en",
        "first report",
        "The first press release spoke of 55 new cities; it was corrected a day later.",
        (),
        (55,),
    ),
    Case(
        "en",
        "first report",
        "Early reports put the intake at 55 new members, a figure UIL later revised.",
        (),
        (55,),
    ),
    # near-miss: a first report that stands
    Case(
        "de",
        "first report",
        "In der ersten Meldung war von 55 neuen Städten die Rede.",
        ((N, 55),),
    ),
    Case("en", "first report", "The first press release spoke of 55 new cities.", ((N, 55),)),
]

_TALK = {
    "de": "Wie viele Städte gehören dem Netzwerk an? 425 Städte.\n\n",
    "en": "How many cities belong to the network? 425 cities.\n\n",
    "fr": "Combien de villes compte le réseau ? 425 villes.\n\n",
    "es": "¿Cuántas ciudades tiene la red? 425 ciudades.\n\n",
    "it": "Quante città conta la rete? 425 città.\n\n",
    "pt": "Quantas cidades tem a rede? 425 cidades.\n\n",
}


def _c(language: str, body: str, expected: tuple[tuple[str, int], ...],
       absent: tuple[int, ...] = ()) -> Case:  # fmt: skip
    return Case(language, "country asked", _TALK[language] + body, ((T, 425), *expected), absent)


COUNTRY_CASES = [
    _c(
        "de",
        "Und in Deutschland?\n\nNach meiner Zählung zwei Städte, Hamburg und Gelsenkirchen.",
        ((CC, 2),),
    ),
    _c("de", "OLTMANNS: Und in der Schweiz?\nALBERS: Nur eine: Lausanne.", ((CC, 1),)),
    _c(
        "de",
        "Oltmanns: Und in Deutschland?\n\nAlbers: Nach meiner Zählung zwei Städte, Hamburg und "
        "Gelsenkirchen.",
        ((CC, 2),),
    ),
    _c("de", "Was ist mit Österreich? Soweit ich weiß, drei Städte.", ((CC, 3),)),
    _c("en", "And in Ireland?\n\nThree cities, ourselves, Limerick and Dublin.", ((CC, 3),)),
    _c("en", "What about Korea? By my count more than 20.", ((CC, 20),)),
    _c("en", "HOST: And the United Kingdom?\nGUEST: Five.", ((CC, 5),)),
    _c("fr", "Et en Belgique ? Deux villes.", ((CC, 2),)),
    _c("es", "¿Y en Colombia? Seis ciudades.", ((CC, 6),)),
    _c("it", "E in Italia? Sette città.", ((CC, 7),)),
    _c("pt", "E em Portugal? Dezasseis cidades.", ((CC, 16),)),
    # near-misses: a city or a year asked alone, an answer of another noun
    _c("de", "Und in Hamburg? Zwei Städte im Umland.", (), (2,)),
    _c("en", "And in 2020? Three cities.", (), (3,)),
    _c("en", "And in Ireland? Three schools.", (), (3,)),
]

_IRELAND = "Ireland has three member cities at the moment, Cork, Limerick and Dublin. "


def _b(language: str, body: str, expected: tuple[tuple[str, int], ...],
       absent: tuple[int, ...] = ()) -> Case:  # fmt: skip
    return Case(language, "country bound", body, expected, absent)


BOUND_CASES = [
    _b(
        "en", _IRELAND + "Korea is the big one, Korea alone has more than 20.", ((CC, 3), (CC, 20))
    ),
    _b("en", _IRELAND + "Korea now has more than 20.", ((CC, 20),)),
    _b("en", _IRELAND + "Korea by itself has over 20.", ((CC, 20),)),
    _b("en", "The network grew again in December. It now has more than 400.", ((T, 400),)),
    _b("es", "Colombia tiene seis ciudades miembro. Corea tiene ya más de 20.", ((CC, 20),)),
    _b(
        "pt",
        "Portugal tem dezasseis cidades membros. A Coreia sozinha tem mais de 20.",
        ((CC, 20),),
    ),
    _b("it", "L'Italia ha sette città membri. La Corea da sola conta più di 20.", ((CC, 20),)),
    # near-misses: another noun after the number, no country before the verb
    _b("en", _IRELAND + "Korea alone has more than 20 staff on it.", ((CC, 3),), (20,)),
    _b("en", _IRELAND + "The festival alone has more than 20.", ((CC, 3),), (20,)),
]


def _r(body: str, expected: tuple[tuple[str, int], ...], absent: tuple[int, ...] = ()) -> Case:
    return Case("de", "rank hoped for", body, expected, absent)


RANK_CASES = [
    _r(
        'Der Antrag meint, dass Paderborn als "vierte deutsche Lernstadt" ein Zeichen setzen '
        "könne.",
        (),
        (4,),
    ),
    _r("Wir hoffen, dass Paderborn die sechste deutsche Lernstadt werden könnte.", (), (6,)),
    _r(
        "Wenn Paderborn als sechste deutsche Stadt aufgenommen würde, wäre das ein Erfolg.",
        (),
        (6,),
    ),
    _r(
        "Die Fraktion glaubt, dass Minden als fünfte deutsche Lernstadt Vorbild sein dürfte.",
        (),
        (5,),
    ),
    # near-misses: the modal in the next clause, a rank stated
    _r("Hamburg war 2016 die erste deutsche Lernstadt, und Paderborn könnte folgen.", ((CC, 1),)),
    _r("Bonn ist die dritte deutsche Lernstadt.", ((CC, 3),)),
]


def _s(language: str, body: str, expected: tuple[tuple[str, int], ...],
       absent: tuple[int, ...] = ()) -> Case:  # fmt: skip
    return Case(language, "said again", body, expected, absent)


_DECLAN = "DECLAN: We are one of about 180 cities now, from some 40 countries.\n\n"

REPEAT_CASES = [
    _s(
        "en",
        _DECLAN + "AOIFE: And the emails?\n\nDECLAN: Others talk about hundreds of "
        "members. Ours is more like the 180 I said.",
        ((T, 180),),
    ),
    _s(
        "en",
        "The network has 425 member cities. Please use the 425 mentioned earlier in the bid.",
        ((T, 425),),
    ),
    _s(
        "de",
        "Das Netzwerk hat 425 Mitgliedsstädte. Es bleibt bei den 425, die ich genannt habe.",
        ((T, 425),),
    ),
    _s(
        "fr",
        "Le réseau compte 425 villes membres. On reste sur les 425 dont j'ai parlé.",
        ((T, 425),),
    ),
    _s("es", "La red tiene 425 ciudades miembro. Me quedo con las 425 que dije.", ((T, 425),)),
    _s("it", "La rete conta 425 città membri. Restiamo sulle 425 che ho citato.", ((T, 425),)),
    _s("pt", "A rede tem 425 cidades membros. Fico com as 425 que mencionei.", ((T, 425),)),
    # near-misses: an earlier 180 of events, a decade, a value said first here
    _s("en", "The festival had 180 events. Ours is more like the 180 I said.", (), (180,)),
    _s("en", "The network has 425 members. It was the 1990s I mentioned.", ((T, 425),), (1990,)),
    _s("en", "The network has 425 members. Not the 500 I said.", ((T, 425),), (500,)),
]


def _v(language: str, rule: str, body: str, expected: tuple[tuple[str, int], ...],
       absent: tuple[int, ...] = ()) -> Case:  # fmt: skip
    return Case(language, rule, body, expected, absent)


_CHRONIK = "CHRONIK DES NETZWERKS\n\n17.07.2019   170 aktive Mitgliedsstädte in 53 Ländern\n"
_KOREA = "Korea has the most members. "
_DE_NINE = "Deutschland hat neun Mitgliedsstädte. "

V19_CASES = [
    _v(
        "de",
        "admissions",
        _CHRONIK + "02.09.2022   77 Aufnahmen, das Netzwerk wächst auf 294\n"
        "14.02.2024   64 Aufnahmen",
        ((N, 77), (T, 294), (N, 64)),
    ),
    _v("de", "admissions", "Im Jahr 2024 gab es 64 Beitritte zum Netzwerk.", ((N, 64),)),
    _v(
        "en",
        "admissions",
        "Timeline\n\n2 September 2022: 77 admissions, the network reaches 294"
        "\n14 February 2024: 64 admissions to the network",
        ((N, 77), (T, 294), (N, 64)),
    ),
    _v("de", "admissions", "Die Galerie zeigt 40 Aufnahmen vom Festival.", (), (40,)),
    _v("en", "admissions", "The city hall gallery shows 40 admissions tickets.", (), (40,)),
    _v(
        "en",
        "having",
        _KOREA + "The Republic of Korea on its own accounts for 59. Italy has eight.",
        ((CC, 59), (CC, 8)),
    ),
    _v(
        "en",
        "having",
        "The network has 425 members. A trainer said the network is at 450 now,"
        " so this page is behind.",
        ((T, 425), (T, 450)),
    ),
    _v("en", "having", "The network grew again. It now stands at 425.", ((T, 425),)),
    _v("en", "having", _KOREA + "Korea is at 59.", ((CC, 59),)),
    _v(
        "en",
        "having",
        "The network has 425 members. Our library is at 12 now.",
        ((T, 425),),
        (12,),
    ),
    _v(
        "en",
        "labelled twice",
        "## How many cities belong to the network?\n\nThe short "
        "version: 425. The longer version: 425, spread over 91 countries.",
        ((T, 425), (CO, 91)),
    ),
    _v(
        "de",
        "labelled twice",
        "## Wie viele Städte gehören dem Netzwerk an?\n\nKurz gesagt: "
        "425. Ausführlich: 425 in 91 Staaten.",
        ((T, 425), (CO, 91)),
    ),
    _v(
        "en",
        "labelled twice",
        "## How many cities belong to the network?\n\nThe short "
        "version: 425. Note: 12 of them are in Africa.",
        ((T, 425),),
        (12,),
    ),
    _v(
        "de",
        "verb last",
        _DE_NINE + "Sicher weiß ich, dass Italien sechs hat und Portugal 16.",
        ((CC, 6), (CC, 16)),
    ),
    _v("de", "verb last", _DE_NINE + "Italien hat sechs, Portugal 16.", ((CC, 6), (CC, 16))),
    _v("de", "verb last", _DE_NINE + "Ich glaube, dass Korea 59 zählt.", ((CC, 59),)),
    _v("de", "verb last", "Deutschland hat 16 Bundesländer.", (), (16,)),
    _v(
        "de",
        "verb last",
        _DE_NINE + "Ich weiß, dass Italien 60 Millionen Einwohner hat.",
        ((CC, 9),),
        (60,),
    ),
    _v("de", "verb last", _DE_NINE + "Die Stadt hat zwei.", ((CC, 9),), (2,)),
    _v("de", "joined apart", "Im Februar kamen Kommunen aus 35 Staaten dazu.", ((NC, 35),)),
    _v(
        "de",
        "joined apart",
        "Im Februar 2024 stießen 64 Städte aus 35 Ländern dazu.",
        ((N, 64), (NC, 35)),
    ),
    _v("de", "joined apart", "Dazu kam ein Beitrag von 35 Staaten.", (), (35,)),
]

_ASKED_PEOPLE = {
    "de": "Wie viele Menschen leben in diesen Städten?\n\nKnapp 400 Millionen. ",
    "en": "How many people live in member cities?\n\nNearly 500 million. ",
}

V19_MORE_CASES = [
    _v(
        "en",
        "newcomers' region",
        "Of those 72 newcomers, fourteen came from Latin America and "
        "the Caribbean; that is one region's share.",
        ((N, 72), (N, 14)),
    ),
    _v(
        "en",
        "newcomers' region",
        "Of these 72 newcomers, fourteen were located in Africa.",
        ((N, 72), (N, 14)),
    ),
    _v(
        "en",
        "newcomers' region",
        "Of those 72 newcomers, fourteen came by train.",
        ((N, 72),),
        (14,),
    ),
    _v(
        "en",
        "kept to",
        "The network has 425 members. A trainer said the network is at 450 now.\n\n"
        "Thanks Dee. Stick with 425 until UNESCO announces another round.",
        ((T, 450), (T, 425)),
    ),
    _v(
        "de",
        "kept to",
        "Das Netzwerk hat 425 Mitgliedsstädte. Bleiben Sie bei 425, bis die "
        "UNESCO neue Zahlen nennt.",
        ((T, 425),),
    ),
    _v("en", "kept to", "The network has 425 members. Stick to 2 pages.", ((T, 425),), (2,)),
    _v("en", "kept to", "Stick with 400 until the next round.", (), (400,)),
    _v(
        "de",
        "people by scale",
        _ASKED_PEOPLE["de"] + "Die UNESCO selbst spricht von 390 Millionen.",
        ((P, 400_000_000), (P, 390_000_000)),
    ),
    _v(
        "en",
        "people by scale",
        _ASKED_PEOPLE["en"] + "Older leaflets say 390 million.",
        ((P, 500_000_000), (P, 390_000_000)),
    ),
    _v(
        "en",
        "people by scale",
        _ASKED_PEOPLE["en"] + "The budget is 390 million.",
        ((P, 500_000_000),),
        (390_000_000,),
    ),
    _v(
        "de",
        "fitting",
        "Auf der Website ist von rund 400 Mitgliedern die Rede.\n\nDas ist zu "
        "hoch gegriffen. Mehr als 350 trifft es.",
        ((T, 400), (T, 350)),
    ),
    _v(
        "en",
        "fitting",
        "The website says about 400 members. That is too high. More than 350 is closer.",
        ((T, 400), (T, 350)),
    ),
    _v("de", "fitting", "Die Schule hat 400 Schüler. 350 trifft es eher.", (), (350,)),
    _v("en", "fitting", "Our hall seats 400 people. 350 is closer.", (), (350,)),
]

CASES = [
    *HEADER_CASES, *DOUBT_CASES, *FIRST_REPORT_CASES, *COUNTRY_CASES, *BOUND_CASES, *RANK_CASES,
    *REPEAT_CASES, *V19_CASES, *V19_MORE_CASES,
]  # fmt: skip
