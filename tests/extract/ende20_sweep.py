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
"""

from __future__ import annotations

from tests.extract.sweep import Case

T, N, CC, CA, CO, P = (
    "total_cities",
    "new_cities",
    "country_cities",
    "candidate_cities",
    "total_countries",
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

CASES = [
    *HEADER_CASES, *DOUBT_CASES, *FIRST_REPORT_CASES, *COUNTRY_CASES, *BOUND_CASES, *RANK_CASES,
]  # fmt: skip
