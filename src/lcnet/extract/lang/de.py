"""German, of Germany, Austria and Switzerland.

Adjectives come before the noun and take endings ("deutsche Städte", "72 neuen
Mitgliedern"); nouns take a dative ending after "aus", "in", "mit" ("aus 91 Ländern",
"in 425 Städten"). Numbers below a million are written as one word: "vierundsechzig",
"dreihundertsechsundfünfzig", "zweitausend" (every one from 1 to 999 is listed here,
generated, with "ß" and the Swiss "ss"); "ein", "eine" on their own are articles and
count only before a scale ("eine Million"). "1.000" is a thousand, "1,5 Mio." one and a
half million, "Mrd." a billion. An ordinal in digits has a full stop: "die 4. Stadt".
"""

from __future__ import annotations

from fractions import Fraction

from lcnet.extract.lang import Attributes, Correction, Language, Role, Unit, Zeros
from lcnet.extract.lang.places_eu import DE as _CLDR_COUNTRIES
from lcnet.model import Qualifier as Q

_ONES = ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
_TEENS = {
    10: "zehn",
    11: "elf",
    12: "zwölf",
    13: "dreizehn",
    14: "vierzehn",
    15: "fünfzehn",
    16: "sechzehn",
    17: "siebzehn",
    18: "achtzehn",
    19: "neunzehn",
}
_TENS = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig"]
_TENS.append("neunzig")


def _below_hundred(n: int) -> str:
    if n < 10:
        return "eins" if n == 1 else _ONES[n]
    if n < 20:
        return _TEENS[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] if not ones else f"{_ONES[ones]}und{_TENS[tens]}"


def _number_words() -> dict[str, int]:
    """Every number from 1 to 999 as one word, and the thousands up to nine thousand."""
    words: dict[str, int] = {}
    for n in range(1, 1000):
        hundreds, rest = divmod(n, 100)
        tail = "" if not rest else ("ein" if rest == 1 else _below_hundred(rest))
        if hundreds:
            for head in (
                {"hundert", "einhundert"} if hundreds == 1 else {_ONES[hundreds] + "hundert"}
            ):
                words[head + (tail if rest != 1 else "eins")] = n
                if rest == 1:
                    words[head + "ein"] = n  # "hunderteins", "hundertein Städte"
        else:
            words[_below_hundred(n)] = n
    for n in range(1, 10):
        words[("ein" if n == 1 else _ONES[n]) + "tausend"] = n * 1000
    words["tausend"] = 1000
    words.pop("ein", None)  # an article on its own: "ein Netzwerk"
    swiss = {w.replace("ß", "ss"): n for w, n in words.items() if "ß" in w}
    return words | swiss


_ORDINAL_STEMS = {
    "erst": 1,
    "zweit": 2,
    "dritt": 3,
    "viert": 4,
    "fünft": 5,
    "sechst": 6,
    "siebt": 7,
    "siebent": 7,
    "acht": 8,
    "neunt": 9,
    "zehnt": 10,
    "elft": 11,
    "zwölft": 12,
    "dreizehnt": 13,
    "vierzehnt": 14,
    "fünfzehnt": 15,
    "zwanzigst": 20,
    "hundertst": 100,
}

# Adjectives of nationality, by their stem: "deutsch" gives "deutsche", "deutschen" ...
_NATIONALITIES = {
    "DE": "deutsch",
    "AT": "österreichisch",
    "CH": "schweizerisch",
    "FR": "französisch",
    "IT": "italienisch",
    "ES": "spanisch",
    "PT": "portugiesisch",
    "GB": "britisch",
    "IE": "irisch",
    "GR": "griechisch",
    "FI": "finnisch",
    "SE": "schwedisch",
    "DK": "dänisch",
    "NO": "norwegisch",
    "NL": "niederländisch",
    "BE": "belgisch",
    "PL": "polnisch",
    "UA": "ukrainisch",
    "LT": "litauisch",
    "SI": "slowenisch",
    "HR": "kroatisch",
    "RS": "serbisch",
    "HU": "ungarisch",
    "TR": "türkisch",
    "CN": "chinesisch",
    "KR": "koreanisch",
    "JP": "japanisch",
    "VN": "vietnamesisch",
    "IN": "indisch",
    "ID": "indonesisch",
    "IR": "iranisch",
    "IQ": "irakisch",
    "SA": "saudi-arabisch",
    "EG": "ägyptisch",
    "MA": "marokkanisch",
    "NG": "nigerianisch",
    "GH": "ghanaisch",
    "KE": "kenianisch",
    "ET": "äthiopisch",
    "ZW": "simbabwisch",
    "US": "amerikanisch",
    "CA": "kanadisch",
    "MX": "mexikanisch",
    "BR": "brasilianisch",
    "CO": "kolumbianisch",
    "AR": "argentinisch",
    "CL": "chilenisch",
    "PE": "peruanisch",
    "EC": "ecuadorianisch",
    "AU": "australisch",
    "AE": "emiratisch",
    "AM": "armenisch",
    "AZ": "aserbaidschanisch",
    "BA": "bosnisch",
    "BF": "burkinisch",
    "BH": "bahrainisch",
    "BJ": "beninisch",
    "BY": "belarussisch",
    "CI": "ivorisch",
    "CM": "kamerunisch",
    "CV": "kap-verdisch",
    "CY": "zyprisch",
    "DZ": "algerisch",
    "GA": "gabunisch",
    "GE": "georgisch",
    # GN and GW share "guineisch": left out for both (ambiguous)
    "JO": "jordanisch",
    "MD": "moldauisch",
    "MN": "mongolisch",
    "MY": "malaysisch",
    "NA": "namibisch",
    "NE": "nigrisch",
    "NI": "nicaraguanisch",
    "OM": "omanisch",
    "PH": "philippinisch",
    "PS": "palästinensisch",
    "QA": "katarisch",
    "RO": "rumänisch",
    "RU": "russisch",
    "SK": "slowakisch",
    "SN": "senegalesisch",
    "TG": "togoisch",
    "TH": "thailändisch",
    "TM": "turkmenisch",
    "TN": "tunesisch",
    "UG": "ugandisch",
    "UZ": "usbekisch",
    "VE": "venezolanisch",
    "ZA": "südafrikanisch",
    "ZM": "sambisch",
}
# Second forms news uses as much as the first: "weißrussisch" beside "belarussisch"
_MORE_NATIONALITIES = [
    ("BY", "weißrussisch"),
    ("CV", "kapverdisch"),
    ("QA", "qatarisch"),
    ("TG", "togolesisch"),
]
_DEMONYMS = {
    stem + ending: code
    for code, stem in [*_NATIONALITIES.items(), *_MORE_NATIONALITIES]
    for ending in ("e", "en", "er", "es")
} | {"schweizer": "CH"}  # indeclinable, as place adjectives are: "die erste Schweizer Stadt"

_COUNTRIES = {
    **_CLDR_COUNTRIES,
    "korea": "KR",
    "republik korea": "KR",
    "usa": "US",
    "vereinigte staaten": "US",
    "großbritannien": "GB",
    "england": "GB",
    "holland": "NL",
    "türkei": "TR",
    "russland": "RU",
    # German papers name their own country so a sentence after naming it: "Die
    # Bundesrepublik ist mit drei Städten vertreten"
    "bundesrepublik": "DE",
}

LANGUAGE = Language(
    code="de",
    # lcnet.extract.ranks: the text's own city as a rank's subject, a rank's year
    rank_year_prepositions=("im", "in"),
    # lcnet.extract.elliptic: 'only' before a count whose noun is left out
    only_placed=("nur", "lediglich"),
    # lcnet.extract.joining: the article before a member's rank after its name
    apposed_articles=("die", "der", "das"),
    # lcnet.extract.predicates: what may follow a count that ends its clause
    count_ends=("und", "in", "im", "seit", "aus", "von", "mit", "bis"),
    clock_words=r"uhr\b",
    # lcnet.extract.hypothetical: a figure denied
    answer_no=("nein",),
    denial_links=("und",),
    denial_words=("nicht",),
    doubt_questions=(
        "stimmt das",
        "stimmt das so",
        "stimmt das noch",
        "ist das richtig",
        "ist das korrekt",
        "ist das wahr",
        "stimmt es",
        "ist das so",
        "welche zahl stimmt",
        "welche zahl ist richtig",
        "welche zahl sollen wir verwenden",
        "welche zahl gilt",
        "was stimmt",
        "stimmt's",
    ),
    rejection_words=(
        "ein fehler",
        "ein irrtum",
        "ein tippfehler",
        "falsch",
        "nicht richtig",
        "stimmt nicht",
        "nicht korrekt",
        "nie gestimmt",
        "irrtümlich",
        "fehlerhaft",
    ),
    # lcnet.extract.origins: a group of newcomers named by a noun of its own
    group_nouns=("jahrgang", "neuzugang"),
    # lcnet.extract.adjectival: extended attributes before a unit noun
    attributes=Attributes(
        units=("städte", "mitglied", "lernstädte", "kommunen", "länder", "staaten"),
        admitted=("aufgenommen", "ausgewählt", "hinzugekommen", "beigetreten", "ernannt"),
        prepositions=frozenset(
            (
                "am",
                "an",
                "auf",
                "aus",
                "bei",
                "beim",
                "bis",
                "das",
                "dem",
                "den",
                "der",
                "des",
                "die",
                "durch",
                "für",
                "im",
                "in",
                "ins",
                "mit",
                "nach",
                "seit",
                "unter",
                "vom",
                "von",
                "zum",
                "zur",
                "über",
            )
        ),
        adverbs=frozenset(
            (
                "aktuell",
                "bereits",
                "bisher",
                "bislang",
                "damals",
                "derzeit",
                "erst",
                "gemeinsam",
                "heute",
                "insgesamt",
                "inzwischen",
                "jetzt",
                "jüngst",
                "kürzlich",
                "neu",
                "nun",
                "offiziell",
                "weltweit",
                "zuletzt",
                "zusammen",
            )
        ),
        endings=("ten", "enen", "igen"),
    ),
    # lcnet.extract.newcomers: parts of an intake by place
    among_words=("unter",),
    region_words=("raum", "region"),
    part_connectors=("in",),
    national_words=("nationale",),
    # Germany's 16 Länder, on a page about the network: "Bund, Länder und Kommunen",
    # "in allen 16 Ländern", "Deutschlands 16 Länder", "die Kultusminister der 16 Länder"
    state_nouns=("länder", "ländern"),
    states=16,
    state_cues=(
        r"\bbund\b",
        r"\bbundes(?:regierung|republik|ministeri|rat\b|weit)",
        r"\bländer(?:n)?\s+und\s+kommunen\b",
        r"\bkommunen\s+und\s+ländern?\b",
        r"\bdeutschlands\b",
        r"\bdeutsch(?:en|e)\s+länder",
        r"\bdeutschland\s+(?:hat|zählt|besteht\s+aus|gliedert\s+sich\s+in)\b",
        r"\bin\s+allen\s+\d+\s+ländern\b",
        r"\bkultusminist",
        r"\blandes(?:regierung|ebene|minister|recht)",
    ),
    copula_adverbs=("nun",),
    # lcnet.extract.ranks: a plural verb before two members' ranks
    plural_rank_verbs=("sind", "waren", "werden"),
    # lcnet.extract.historic: the next sentence says what the figure was
    that_figure="das (?:ist|war) die (?:zahl|anzahl)|diese zahl (?:ist|war)",
    # lcnet.extract.openings: parts of an intake opening their sentence
    these_countries="dieser länder|von diesen ländern",
    cue_stems=("erst", "hauptst"),
    # lcnet.extract.closing_counts: a country's count closing its clause
    superlative_words=("die meisten",),
    closing_subject_adverbs=("nun", "jetzt", "auch", "ebenfalls"),
    closing_number_adverbs=(
        "nun",
        "jetzt",
        "bereits",
        "schon",
        "auch",
        "ebenfalls",
        "also",
        "weiterhin",  # "in Deutschland sind es weiterhin drei"
        "noch",
        "bislang",
        "bisher",
        "nur",
        "erst",
    ),
    # lcnet.extract.elliptic: totals stated by a noun of counting, answers
    answer_sources="laut|nach angaben (?:der|des)",
    stated_determiners="die",
    stated_nouns=(
        "(?:gesamtzahl|zahl) (?:liegt|lag|beträgt|betrug|steht|stand)(?: (?:jetzt|nun"
        "|inzwischen|damals|heute|damit))?(?: (?:bei|auf))?"
    ),
    stated_keys=("zahl", "gesamtzahl"),
    # lcnet.extract.elliptic: counts whose noun is left out
    plural_ends=("te", "ten", "er"),
    # lcnet.extract.corrected: the figures a correction set
    correction=Correction(
        words=r"(?:korrigier\w*|berichtig\w*|zahlen)",
        links=r"(?:auf)",
        starts=("korrigier", "berichtig", "zahlen"),
        conjunctions=r"und",
    ),
    stopwords=frozenset(["der", "die", "das", "und", "ist", "mit", "von", "den", "nicht", "sich"]),
    # "nur eine Stadt", "erst eine": "eine" with "only" before it counts (alone, an article)
    number_words=_number_words()
    | {"nur eine": 1, "nur ein": 1, "erst eine": 1, "erst ein": 1, "dutzend": 12},
    approximate_numbers=("dutzend",),  # "rund ein Dutzend Städte"
    round_articles=("ein",),
    multipliers={},
    scales={
        "million": 10**6,
        "millionen": 10**6,
        "mio.": 10**6,
        "mio": 10**6,
        "milliarde": 10**9,
        "milliarden": 10**9,
        "mrd.": 10**9,
        "mrd": 10**9,
    },
    fractions={
        "eine": Fraction(1),
        "einer": Fraction(1),
        "eine halbe": Fraction(1, 2),
        "einer halben": Fraction(1, 2),
        "halbe": Fraction(1, 2),
        "ein halbes": Fraction(1, 2),  # "ein halbes Dutzend Mitgliedsstädte": six
    },
    number_joiners=(),
    decimal_mark=",",
    marks=(
        "die marke von",
        "die schwelle von",
        "die grenze von",
        "die marke der",
        "der marke von",
        "der schwelle von",  # "nähert sich der Marke von 430"
    ),
    ordinals={
        stem + ending: value
        for stem, value in _ORDINAL_STEMS.items()
        for ending in ("e", "en", "er", "es")
    }
    | {"einzige": 1, "einzigen": 1},  # "die einzige Schweizer Lernstadt": one
    ordinal_digits=r"(?P<n>\d{1,3})\.",
    ordinal_after_unit=False,
    qualifiers={
        "über": Q.MORE_THAN,
        # a verb of passing right before the number: "übertraf 400 Mitglieder"
        "überschritt": Q.MORE_THAN,  # "überschritt die Marke von 400": passed it
        "überschreitet": Q.MORE_THAN,
        "knackte": Q.MORE_THAN,
        "knackt": Q.MORE_THAN,
        "übertraf": Q.MORE_THAN,
        "übertrifft": Q.MORE_THAN,
        "überstieg": Q.MORE_THAN,
        "übersteigt": Q.MORE_THAN,
        "nähert sich": Q.NEARLY,  # before a threshold: "nähert sich der Marke von 430"
        "mehr als": Q.MORE_THAN,
        "gut": Q.MORE_THAN,
        "weit über": Q.MORE_THAN,
        "knapp über": Q.MORE_THAN,
        "mindestens": Q.AT_LEAST,
        "nicht weniger als": Q.AT_LEAST,
        "rund": Q.ABOUT,
        "etwa": Q.ABOUT,
        "ca.": Q.ABOUT,
        "circa": Q.ABOUT,
        "zirka": Q.ABOUT,
        "ungefähr": Q.ABOUT,
        "annähernd": Q.ABOUT,
        "an die": Q.ABOUT,
        "fast": Q.NEARLY,
        "knapp": Q.NEARLY,
        "beinahe": Q.NEARLY,
        "nahezu": Q.NEARLY,
        "weniger als": Q.FEWER_THAN,
        "unter": Q.FEWER_THAN,
        "bis zu": Q.AT_MOST,
        "höchstens": Q.AT_MOST,
        "maximal": Q.AT_MOST,
        # "so um die 200 Städte", "deutlich mehr als 400", "schätzungsweise 500 Millionen"
        "um die": Q.ABOUT,
        "so um die": Q.ABOUT,
        "in etwa": Q.ABOUT,
        "schätzungsweise": Q.ABOUT,
        "geschätzt": Q.ABOUT,
        "grob": Q.ABOUT,
        "etwas mehr als": Q.MORE_THAN,
        "etwas über": Q.MORE_THAN,
        "deutlich mehr als": Q.MORE_THAN,
        "deutlich über": Q.MORE_THAN,
        "weit mehr als": Q.MORE_THAN,
        "gut und gerne": Q.MORE_THAN,
        "knapp unter": Q.NEARLY,
        "etwas weniger als": Q.FEWER_THAN,
        "deutlich weniger als": Q.FEWER_THAN,
    },
    qualifiers_after={"oder mehr": Q.AT_LEAST, "und mehr": Q.AT_LEAST},
    addition_after=("weitere", "mehr"),
    addition_before=("weitere",),
    other_before=(),
    unit_linkers=("der",),  # a part of a count: "elf der neuen Mitglieder"
    population_heads=(r"bevölkerung", r"einwohnerzahl"),
    units={
        "orte": Unit.CITY,  # a place word: the network's only beside a verb of joining
        "standorte": Unit.CITY,
        "provinzen": Unit.CITY,
        "landkreise": Unit.CITY,
        "neuaufnahmen": Unit.MEMBER,
        # a chronicle's line: "02.09.2022   77 Aufnahmen, das Netzwerk wächst auf 294"
        "aufnahmen": Unit.MEMBER,
        "beitritte": Unit.MEMBER,
        "neuzugänge": Unit.MEMBER,
        "neuzugängen": Unit.MEMBER,
        "neumitglieder": Unit.MEMBER,  # "begrüßte 72 Neumitglieder"
        "neumitgliedern": Unit.MEMBER,
        # "begrüßt 72 Neulinge aus 46 Ländern", "unter den 72 Neulingen"
        "neulinge": Unit.MEMBER,
        "neulingen": Unit.MEMBER,
        "neue": Unit.MEMBER,
        "neuen": Unit.MEMBER,
        "städte": Unit.CITY,
        "städten": Unit.CITY,
        "mitgliedsstädte": Unit.CITY,
        "mitgliedsstädten": Unit.CITY,
        "mitgliedstädte": Unit.CITY,
        "mitgliedstädten": Unit.CITY,
        "mitglieder-städte": Unit.CITY,
        "mitglieder-städten": Unit.CITY,
        "lernstädte": Unit.CITY,
        "lernstädten": Unit.CITY,
        "kommunen": Unit.CITY,
        "großstädte": Unit.CITY,  # "zwei deutsche Großstädte"
        "großstädten": Unit.CITY,
        "gemeinden": Unit.CITY,
        "plätze": Unit.CITY,  # "siebzehn Plätze in dieser Runde": with a cue only
        "mitglieder": Unit.MEMBER,
        "mitgliedern": Unit.MEMBER,
        # "die 173 GNLC-Mitglieder": the network's short name joined to the unit
        "gnlc-mitglieder": Unit.MEMBER,
        "gnlc-mitgliedern": Unit.MEMBER,
        "gnlc-mitgliedsstädte": Unit.CITY,
        "gnlc-mitgliedsstädten": Unit.CITY,
        "gnlc-städte": Unit.CITY,
        "gnlc-städten": Unit.CITY,
        "länder": Unit.COUNTRY,
        "ländern": Unit.COUNTRY,
        "staaten": Unit.COUNTRY,
        "nationen": Unit.COUNTRY,
        "einwohner": Unit.CITIZEN,
        "einwohnern": Unit.CITIZEN,
        "einwohnerinnen und einwohner": Unit.CITIZEN,
        "einwohnerinnen und einwohnern": Unit.CITIZEN,
        "bürgerinnen und bürgern": Unit.CITIZEN,
        "learning cities": Unit.CITY,  # "in Deutschland gibt es drei Learning Cities"
        "unesco-learning cities": Unit.CITY,  # "77 neue UNESCO-Learning Cities"
        "unesco-lernstädte": Unit.CITY,
        "unesco-lernstädten": Unit.CITY,
        "bürger": Unit.CITIZEN,
        "bürgern": Unit.CITIZEN,
        "bürgerinnen und bürger": Unit.CITIZEN,
        "menschen": Unit.CITIZEN,
        "hauptstädte": Unit.CAPITAL,
        "hauptstädten": Unit.CAPITAL,
    },
    singular_units={
        "stadt": Unit.CITY,
        "mitgliedsstadt": Unit.CITY,
        "lernstadt": Unit.CITY,
        # the English name in a German sentence: "Lausanne ist die einzige Learning City"
        "learning city": Unit.CITY,
        "unesco-learning city": Unit.CITY,
        "unesco learning city": Unit.CITY,
        "kommune": Unit.CITY,
        "großstadt": Unit.CITY,  # "als erste deutsche Großstadt"
        "mitglied": Unit.MEMBER,
    },
    modifiers_before={
        "ersten": Role.PLAIN,  # "les deux premières villes": which ones, after a number
        "ausgezeichneten": Role.AWARDED,  # "die 28 ausgezeichneten Städte"
        "preisgekrönten": Role.AWARDED,
        "neue": Role.NEW,
        "neuen": Role.NEW,
        # "Elf der aufgenommenen Städte sind Hauptstädte": those admitted
        "aufgenommenen": Role.NEW,
        "aufgenommene": Role.NEW,
        "nationale": Role.PLAIN,  # "11 nationale Hauptstädte"
        "neuer": Role.NEW,
        # "Dresden und 63 weitere Städte": others besides the subject, as "other" is
        "weitere": Role.OTHER,
        "weiteren": Role.OTHER,
        "zusätzliche": Role.NEW,
        "andere": Role.OTHER,
        "anderen": Role.OTHER,
        "lernende": Role.LEARNING,
        "lernenden": Role.LEARNING,
        "lernender": Role.LEARNING,
        "unesco": Role.PLAIN,  # "356 UNESCO Learning Cities"
        "aktive": Role.PLAIN,
        "aktiven": Role.PLAIN,
        "teilnehmende": Role.PLAIN,
        "teilnehmenden": Role.PLAIN,
        "unterschiedliche": Role.PLAIN,  # "aus 26 unterschiedlichen Ländern"
        "unterschiedlichen": Role.PLAIN,
        "verschiedene": Role.PLAIN,
        "verschiedenen": Role.PLAIN,
    },
    modifiers_after={
        "weltweit": Role.PLAIN,
        "in aller welt": Role.PLAIN,
        "der welt": Role.PLAIN,
        "aus aller welt": Role.PLAIN,
    },
    demonyms=_DEMONYMS,
    country_names=_COUNTRIES,
    regions={
        "afrika": "africa",
        "afrikanische": "africa",
        "afrikanischen": "africa",
        "arabische staaten": "arab-states",
        "arabischen staaten": "arab-states",
        "arabische": "arab-states",
        "arabischen": "arab-states",
        "asien-pazifik": "asia-pacific",
        "asien und pazifik": "asia-pacific",
        "asien und dem pazifik": "asia-pacific",
        "europa und nordamerika": "europe-north-america",
        "europa": "europe-north-america",
        "europäische": "europe-north-america",
        "europäischen": "europe-north-america",
        "lateinamerika und karibik": "latin-america-caribbean",
        "lateinamerika und der karibik": "latin-america-caribbean",
        "lateinamerika": "latin-america-caribbean",
        "lateinamerikanische": "latin-america-caribbean",
        "lateinamerikanischen": "latin-america-caribbean",
    },
    place_connectors=(
        "verteilt über",
        "die abdecken",
        "aus",
        "aus dem",  # "drei Städte aus dem Libanon"
        "aus der",
        "in",
        "von",
        "im",
        "der",
        "des",
        "verteilt auf",
        "aus insgesamt",
        # "Die 425 Mitglieder verteilen sich auf 91 Länder"
        "verteilen sich auf",
        "verteilten sich auf",
        "verteilt sich auf",
        "verteilen sich über",
        "verteilt sich über",
    ),
    possession_words=(
        "auch",  # "Vietnam hat auch": an adverb of the verb
        "steigt",
        "stieg",
        "wächst",
        "wuchs",
        "kommt",
        "kam",
        "auf",
        "damit",
        "somit",
        "also",
        "nur",
        "erst",
        "hat",
        "hatte",
        "zählt",
        "zählte",  # "Deutschland zählte damals vier Städte"
        "nennt",  # "Die Deutsche UNESCO-Kommission nennt vier Mitgliedsstädte"
        "nannte",
        "damals",
        "verfügt über",
        "verfügte über",
        "nun",
        "jetzt",
        "bereits",
        "inzwischen",
        "mittlerweile",
        "derzeit",
        "aktuell",
        "insgesamt",
        "ist damit mit",  # "Deutschland ist mit vier Städten vertreten"
        "ist mit",
        "gehört",  # "Thailand gehört mit 13 Mitgliedsstädten zu den größten Gruppen"
        "gehörte",
        "stellt",  # "Thailand stellt im Netzwerk 13 Mitglieder"
        "stellte",
        "gibt es",  # "in Deutschland gibt es bislang drei"
        "bislang",
        "bisher",  # "Thailand, wo bisher zehn Städte beigetreten sind"
        "sind",
        # "Deutschland ist weiterhin mit vier Städten vertreten", "Aus Deutschland sind
        # weiterhin zwei Städte vertreten"
        "ist",
        "weiterhin",
        "allein",  # "Korea allein hat wohl über 20 Mitglieder": focus and hedges
        "alleine",
        "wohl",
        "vermutlich",
        "wahrscheinlich",
        "angeblich",
        "mit",
        # "Für Deutschland bleibt es bei vier Mitgliedern": the count stays
        "bleibt es bei",
        "blieb es bei",
        "bleibt bei",
        "blieb bei",
        "noch",
        "auch",  # "Katar hat auch acht Mitgliedsstädte"
        "ebenfalls",
        "schon",
        # "Vietnam, dessen zwei Mitglieder ...": whose
        "dessen",
        "deren",
        # "Portugal, das inzwischen elf Mitglieder zählt", "Portugal stellt allein elf"
        "das",
        "welches",
        "stellt",
        "stellte",
        "allein",
    ),
    # "das Netzwerk der Learning Cities", "das UNESCO Learning City Netzwerk": the
    # network's word and its name are one name, so that "das Netzwerk" in them is no
    # reference of its own.
    # Every fragment's longest literal word (its anchor, found with str.find) must be
    # the name's own, not a word that names no network by itself ("rede", "città",
    # "netzwerk", a unit); such words stand in non-capturing groups, which anchors skip.
    network_names=(
        r"(?:(?:globale[sn]?|weltweite[sn]?) )?(?:unesco-)?(?:netzwerk)(?:es|s)? (?:der |für )?"
        r"(?:unesco[- ])?learning cities(?: der unesco)?",
        r"(?:(?:globale[sn]?|weltweite[sn]?) )?(?:unesco-)?(?:netzwerk)(?:es|s)? (?:der |für )?"
        r"(?:unesco[- ])?lernende[nr]? (?:städte)(?: der unesco)?",
        r"(?:unesco[- ])?learning[- ]cit(?:y|ies)[- ](?:netzwerk)(?:es|s)?",
        r"gnlc-(?:netzwerk)(?:es|s)?",
        r"lernende[nr]? (?:städte)n?",
        # "Lernstadt" is the German word for a learning city, as "lernende Städte": in
        # every name real pages give the network ("Globales Netzwerk der Lernstädte",
        # "Lernstädte-Netzwerk der UNESCO", "UNESCO-Netz der Lernstädte", "Lernstadt der
        # UNESCO", "die vierte deutsche Lernstadt")
        r"(?:(?:globale[sn]?|weltweite[sn]?) )?(?:unesco-)?netz(?:werk)?(?:es|s)? (?:der )?"
        r"(?:unesco-)?lernst[aä]dte(?:n)?(?: der unesco)?",
        r"(?:unesco-)?lernst[aä]dt(?:e|en)?(?:-?netz(?:werk)?(?:es|s)?)?",
        r"global network of learning cities",
        r"learning cit(?:y|ies)(?![- ]awards?\b)",  # the award is a programme of its own
        r"gnlc",
    ),
    network_references=(
        r"(?:das|dieses|dem|diesem|des|dieses|ins|im|vom|zum) (?:globalen? |weltweiten? )?"
        r"netzwerk(?:es|s)?\b",
        r"(?:das|dieses|dem|diesem) netz\b",
        # "Städte aus 79 Staaten sind in dem Verbund vertreten": the press's other word
        r"(?:der|dieser|den|diesen|dem|diesem|des|dieses|im|vom|zum) (?:weltweiten? )?"
        r"(?:städte)?verbund(?:es|s)?\b",
    ),
    other_networks=(
        r"cittaslow",  # the international league of small towns
        # "Das ist ein eigenes UNESCO-Programm mit rund 400 Städten": set apart
        r"eigene[ns]? (?:unesco-)?(?:netzwerk|programm)",
        r"andere[ns]? (?:unesco-)?(?:netzwerk|programm)",
        r"separate[ns]? (?:unesco-)?(?:netzwerk|programm)",
        r"getrennte[ns]? (?:unesco-)?(?:netzwerk|programm)",
        # a city's own networks: on a page about the GNLC they own the figures near them
        r"(?:straßenbahn|bus|schienen|verkehrs|strom|fernwärme|radwege?|kita)netz\w*",
        r"kreative[nr]? städte",
        r"kreativstädte\w*",  # one word: "das Netzwerk der Kreativstädte"
        r"creative cities",
        r"\brvcu\b",
        r"gesunde[nr]? städte",
        r"städte des friedens",
        r"bürgermeister für den frieden",
        r"mayors for peace",
        r"bildungsregionen",
        r"lernende[nr]? regionen",
        r"eurocities",
        r"kinderfreundliche[nr]? (?:städte|kommunen)",
        r"fairtrade-städte",
        r"inklusive[nr]? und nachhaltige[nr]? städte",  # UNESCO's ICCAR
        r"\biccar\b",
    ),
    other_programmes=(
        r"welterbe",
        r"weltkulturerbe",
        r"weltnaturerbe",
        r"immaterielle[sn]? kulturerbe",
        r"biosphärenreservat",
        r"geoparks?",
        r"learning city award",
        r"unesco-preis",
        # national schemes and contests: "bundesweit 51 Städte" are never the network's
        # (not the applicants: "bewerben sich bundesweit vier Kommunen", to the network)
        r"\b(?:bundes|landes|deutschland)weit\b(?<!sich bundesweit)(?<!sich landesweit)"
        r"(?<!sich deutschlandweit)",
        r"\w*wettbewerb\w*",
        # a country's own scheme of learning cities: "das nationale Programm der
        # Lernstädte, das mehr als 130 Kommunen umfasst" (Korea's)
        r"nationalen? (?:programms?|netzwerks?|initiative) (?:der |für )?"
        r"(?:lernst[aä]dte\w*|lernende[nr]? städte)",
        # a country's own title or seal ("mehr als 190 Städte und Landkreise tragen diesen
        # nationalen Titel") and Germany's programme of "Bildungskommunen"
        # (held as an object, the verb before the subject: "führen rund 200 Städte die
        # nationale Auszeichnung"; not the subject, "der nationale Titel ist unabhängig")
        r"(?:den|diesen|einen|das|dieses|ein|die|diese|eine) nationalen? "
        r"(?:titel|prädikat|gütesiegel|auszeichnung)\b",
        r"bildungskommunen?",
    ),
    elsewhere=(
        r"(?:das )?könnte sie (?:auch )?interessieren",
        r"(?:weitere|ähnliche|verwandte) (?:artikel|meldungen|nachrichten|beiträge)",
        r"meistgelesen",
        r"lesen sie auch",
        r"mehr zum thema",
        r"auch interessant",
    ),
    subset_cues=(
        r"\bdarunter\b",
        r"\bunter ihnen\b",
        r"\bunter den neuen\b",
        r"\bdavon\b",
        r"\bauf der liste\b(?! der mitglieder)",  # the list an intake named before
    ),
    asked_of_network=(
        "netzwerk",
        "netzwerks",
        "gnlc",
        # "Wie viele Menschen leben in diesen Städten?", "in den UNESCO-Lernstädten"
        r"(?:unesco-)?lernstädten",
        "learning cities",
        r"(?:diesen|den|ihren|seinen) (?:mitglieds)?städten",
        "mitgliedsstädten",
    ),
    network_adverbials=(
        r"(?:im|in dem|innerhalb des) (?:unesco[- ])?(?:netzwerk|gnlc|lernstädte-netzwerk)",
        r"im (?:unesco )?global network of learning cities(?: \(gnlc\))?",
        r"im (?:globalen )?netzwerk (?:der )?(?:lernenden städte|learning cities)(?: der unesco)?",
        r"in der gnlc",
    ),
    qualifier_blockers=(
        "verteilt",
        "verstreut",
        # "erstreckt sich über 91 Länder", "verteilen sich über": a verb's preposition
        "verteilen",
        "verteilten",
        "erstreckt",
        "erstrecken",
        "erstreckte",
        "reicht",
        "reichen",
        "reichte",
    ),
    blocker_gaps=(
        "inzwischen",
        "mittlerweile",
        "nun",
        "jetzt",
        "heute",
        "bereits",
        "derzeit",
        "aktuell",
        "sich",  # "erstreckt sich über 91 Länder"
    ),
    # "eine der 72 Neuen", "einer der 64 Ausgewählten": the genitive plural too, and the
    # nominalised adjective or participle of the round's newcomers
    elided_one_of=(
        "eine von ",
        "einer von ",
        "eines von ",
        "eine der ",
        "einer der ",
        "eines der ",
    ),
    elided_among=("unter ", "unter den "),
    elided_after=(
        # (not the chosen of a grant: "eine der 20 ausgewählten für das Förderprogramm")
        r"(?P<new>neu aufgenommenen|aufgenommenen|aufgenommen|neuen|ausgewählten)\b"
        r"(?!\s+(?:für|als)\b)|(?=ist\b)"
    ),
    elided_capital="hauptst",
    elided_count_nouns=("städte", "mitglieder", "kommunen"),
    fronted_with=("mit",),
    fronted_links=(
        r"\s*,\s*(?:(?:der|die|das)\s+)?"
        r"|\s+(?:ist|sind|war|waren|zählt)\s+(?:(?:der|die|das)\s+)?"  # "Mit vier ... ist"
        # the other verbs of a fronted count, its subject after them: "Mit 56 Mitgliedern
        # stellt die Republik Korea mehr Lernstädte als jedes andere Land", "… liegt Korea vorn"
        r"|\s+(?:stellt|stellte|hat|hatte|liegt|lag|führt|führte|steht|stand|belegt|rangiert)"
        r"\s+(?:(?:der|die|das)\s+)?"
    ),
    adjective_units=("neue", "neuen"),
    adjective_followers=(
        r"aus|in|im|von|vom|und|sowie|darunter|sind|waren|stammen|stammten|kommen|kamen"
        r"|liegen|lagen|gehören|gehörten|wurden|werden|hinzu|dazu"
    ),
    before_dates=("bis", "bis zum", "vor", "vor dem", "bis zu"),
    number_range=("zwischen {low} und", "{low} bis"),
    unit_roles={
        # a compound says its role, as en's "member cities" does by its modifier
        "mitgliedsstädte": (Role.MEMBER,),
        "mitgliedsstädten": (Role.MEMBER,),
        "mitgliedsstadt": (Role.MEMBER,),
        "orte": (Role.WEAK,),
        "standorte": (Role.WEAK,),
        "provinzen": (Role.WEAK,),
        "landkreise": (Role.WEAK,),
        "neuaufnahmen": (Role.NEW,),
        "aufnahmen": (Role.NEW, Role.WEAK),
        "beitritte": (Role.NEW, Role.WEAK),
        "neuzugänge": (Role.NEW,),
        "neuzugängen": (Role.NEW,),
        "neumitglieder": (Role.NEW,),
        "neumitgliedern": (Role.NEW,),
        "neulinge": (Role.NEW,),
        "neulingen": (Role.NEW,),
        "neue": (Role.NEW, Role.WEAK),
        "neuen": (Role.NEW, Role.WEAK),
        "staaten": (Role.WEAK,),
        "gemeinden": (Role.WEAK,),
        "plätze": (Role.WEAK, Role.SEAT),
    },
    one_of=("eine der", "eine von", "einer der", "eines der", "unter den"),
    adjectives_as_nouns=True,
    rank_articles=("die",),  # "die dritte deutsche Stadt ..., Leipzig die vierte"
    rank_ends=("in", "aus", "nach"),
    copulas=(
        "sind",
        "liegen",
        "befinden sich",
        "verteilt",
        "nun",
        "waren",  # "294 Städte. Sie lagen in 76 Staaten"
        "lagen",
        "befanden sich",
    ),
    compound_units={
        "länder": Unit.COUNTRY,
        "staaten": Unit.COUNTRY,
        "städte": Unit.CITY,
        "mitglieder": Unit.MEMBER,
    },
    compound_network=r"(?:unesco-)?(?:netzwerk|netz)\b",
    money_nouns=(
        "budget",
        "gesamtbudget",
        "kosten",
        "gesamtkosten",
        "etat",
        "fördersumme",
        "haushalt",
        "preis",
    ),
    count_heads=("zahl", "anzahl", "gesamtzahl", "mitgliederzahl"),
    count_links=("der", "an", "von"),
    count_verbs=(
        r"(?:ist |liegt )?(?:nun |jetzt |damit |inzwischen )?(?:auf|bei)"
        r"|(?:steigt|stieg|wächst|wuchs|erhöht sich|erhöhte sich)(?: nun| damit| jetzt)? auf"
        r"|(?:beträgt|betrug|erreicht|erreichte)(?: nun| damit| jetzt)?",
        # a copula, also of reported speech in minutes: "die Zahl sei eher knapp 300"
        r"(?:ist|war|sei|wäre)(?: nun| jetzt| inzwischen| eher| wohl| eigentlich)?",
        # "die Zahl der Mitglieder stieg von 229 im Jahr 2020 auf heute 294": the start is
        # read as a change's (lcnet.extract.changes)
        r"(?:steigt|stieg|wächst|wuchs|erhöht sich|erhöhte sich|ist|hat sich)"
        r"(?: seitdem| seither| nun| damit| inzwischen)? von [^.;:!?\n]{1,40}? auf"
        r"(?: heute| aktuell| nun| jetzt| zuletzt)?",
    ),
    negative_subjects=(
        # an association, also in compounds ("Förderverein"); not the verb "vereint",
        # "vereinbart", nor the "Vereinten Nationen"
        r"verein(?:e|s|en)?\b",
        r"verband",
        r"\bpartei\b",
        r"gewerkschaft",
        r"genossenschaft",
        r"\bschulen\b",
        r"\bschüler(?:innen)?\b",
        r"\bstudierende[n]?\b",
        r"volkshochschulen",
        r"städtetag",  # the association of German cities
        r"städtebund",
    ),
    list_spans=("zwischen",),  # "tra Fermo e Lucca": two ends, not a list
    negative_governors=(),
    intake_cues=(
        r"\bbei(?:treten|getreten|trat|traten|tritt)\b",
        r"\btr(?:itt|eten|at|aten)\b",
        r"\baufgenommen\b",
        # not the subject's past admission, a time: "Nach der Aufnahme ist Makueni eine von
        # 356 Städten" (since then, a total)
        r"\baufnahme\b(?<!nach der aufnahme)(?<!seit der aufnahme)(?<!nach ihrer aufnahme)"
        r"(?<!nach seiner aufnahme)(?<!seit ihrer aufnahme)(?<!seit seiner aufnahme)",
        r"\bnimmt\b",
        r"\bnahm\b",
        r"\bhinzu(?:gekommen|gefügt)?\b",
        r"\bkommen\b",
        # the separable verb apart: "Im Februar kamen Kommunen aus 35 Staaten dazu"
        r"\b(?:kam|kamen|kommt|stieß|stießen|stößt)\b(?=[^.;!?,]{0,60}?\bdazu\b)",
        # not a host's: "Bonn begrüßt die Konferenz", "begrüßt das Netzwerk"
        r"\bbegrüßt\b(?! (?:die|den|das|alle|unsere|ihre)? ?(?:\w+ )?(?:netzwerk|konferenz"
        r"|tagung|treffen|forum|gipfel|kongress|delegation|delegierten|gäste|teilnehmenden"
        r"|teilnehmer|teilnehmerinnen|besucher|besucherinnen|bürgermeister|welt)\w*\b)",
        r"\bwillkommen\b",
        r"\bernannt\b",
        r"\bbekanntgegeben\b",
        r"\bausgezeichnet\b",
        r"\b(?:erhielt|erhielten|erhält|erhalten) (?:die mitgliedschaft|den status|den titel)\b",
        r"\bneu(?:e|en)? mitglieder(?:n)?\b",
        # the round itself, named as the intake it was: "siebzehn Plätze in dieser Runde"
        # (not "vor dieser Runde zählte das Netzwerk 356 Städte": a total before it)
        *(
            rf"\bdieser {n}\b(?<!vor dieser {n})(?<!nach dieser {n})"
            for n in ("runde", "aufnahmerunde")
        ),
    ),
    total_cues=(
        r"\bzählt(?:e)?\b",
        r"\bumfasst(?:e)?\b",
        r"\bvereint(?:e)?\b",
        r"\bbesteht aus\b",
        r"\bgehören\b",
        r"\bangehören\b",
        r"\binsgesamt\b",
        # the network or a body the city enters named so: "in den weltweiten
        # Zusammenschluss von mehr als 200 Kommunen", "Teil einer Gemeinschaft von 150"
        r"\b(?:netzwerk|netz|zusammenschluss|verbund|gemeinschaft|gruppe|familie)"
        r" (?:von|aus|mit)\b",
        r"\b(?:hat|hatte|haben|hatten)\b",
        r"\b(?:steigt|stieg|wächst|wuchs|erhöht|erhöhte|erhöht sich|wächst damit)"
        r" (?:auf|die zahl)\b",
        r"\bauf (?:nun |jetzt |insgesamt )?(?=\d)",
        r"\bden(?=\s+(?:rund\s+|über\s+|mehr\s+als\s+)?\d)",
        # reached, with its count right after: "das Netzwerk erreichte 294 Mitglieder"
        r"\berreicht(?:e|en)?(?=\s+(?:(?:nun|damit|jetzt|rund|über)\s+)?\d)",
    ),
    along_cues=(r"\bzusammen mit\b", r"\bgemeinsam mit\b"),
    besides_cues=(r"\bneben\b", r"\baußer\b", r"\babgesehen von\b"),
    pronoun_counts=(
        # a count that rises, of a country or the network, its unit said before or in
        # the title: "Deutschland steigt auf fünf", "... bringt Deutschland auf sechs"
        r"steigt (?:nun |damit |jetzt )?auf",
        r"stieg (?:nun |damit |jetzt )?auf",
        r"wächst (?:nun |damit |jetzt )?auf",
        r"wuchs (?:nun |damit |jetzt )?auf",
        r"kommt (?:nun |damit |jetzt )?auf",
        r"bringt [^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,3} auf",
        r"brachte [^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,3} auf",
        r"hebt [^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,3} auf",
    ),
    plural_articles=("die",),
    count_predicates=(
        # "wären" too, hearsay: "die deutschen Mitgliedsstädte wären rund ein Dutzend"
        r"(?:sind|waren|wären)(?: (?:inzwischen|mittlerweile|bereits|nun|jetzt|damals))?"
        r"(?: (?:nur|erst|noch))?",  # "waren damals erst drei": only
    ),
    country_subjects=("das land", "das königreich", "die republik", "das sultanat", "das emirat"),
    speech_cues=(
        # a page that shows a figure is its speaker, not its owner
        r"zeigt",
        r"zeigte",
        r"spricht von",
        r"sprach von",
        r"nennt",
        r"nannte",
        r"erwähnt",
        r"sagte",
        r"sagten",
        r"erklärte",
        r"erklärten",
        r"betonte",
        r"betonten",
        r"laut",
    ),
    presence_words=(
        "präsent",
        "aktiv",
        "vertreten",
        "verbreitet",
        "präsenz",
        # verbs of extent: "das Netzwerk erstreckt sich über 91 Länder"
        "erstreckt",
        "erstrecken",
        "erstreckte",
        "reicht",
        "reichen",
        "reichte",
    ),
    among_new_cues=(
        # without a verb, the intake counted: "una delle due città italiane tra le 72 nuove"
        r"unter den \d+ neuen",
        r"(?:gehören|gehörten) zu den (?:\d+ )?neuen",
        r"(?:sind|waren) unter den (?:\d+ )?neuen",
    ),
    # "so far": joined so far, a total
    cumulative_cues=(
        r"\bbislang\b",
        r"\bbisher\b",
        r"\bseit (?:der|seiner|ihrer) gründung\b",
        # "Bis August 2016 waren über 100 Städte beigetreten": all that joined until then
        r"\bbis (?:ende |anfang |mitte )?(?:[a-zäöü]+ )?(?:19|20)\d\d\b",
    ),
    part_linkers=("der", "der insgesamt", "von insgesamt"),  # "13 der insgesamt 425 Städte"
    share_words=("entfallen", "entfielen", "entfällt", "stellt", "stellte", "stellen"),
    comparatives=("als",),
    comparative_degrees=("weniger", "mehr", "kleiner", "größer"),
    closing_count_verbs=("zählt", "zählte", "hat", "hatte"),
    closing_final_verbs=("zählt", "zählte", "hat", "hatte"),
    # "in Deutschland sind es weiterhin drei", "in Deutschland gibt es bislang nur zwei"
    closing_locatives=r"(?:in|aus) {country},? (?:sind|waren|gibt|gab) es",
    intake_lists=(
        r"\b(?:die|der) (?:neuen? |diesjährigen? )?liste\b"
        r"(?! (?:der|aller) (?:mitglieder|mitgliedsstädte|städte)\b)",
    ),
    rank_for=("für",),
    later_clause=(r"\bbevor\b", r"\behe\b", r"\bvor der\b", r"\bvor dem\b", r"\bbis\b"),
    announcement_cues=(
        r"\bmeldung\b",
        r"\bmeldete\b",
        r"\bbekannt(?:gab|gegeben)",
        r"\bpressemitteilung\b",
    ),
    correction_cues=(r"\bkorrigiert", r"\bkorrektur\b", r"\bberichtigt"),
    # A difference, not a count: "wuchs 2025 um 72 Städte", "vergrößerte sich um 72
    # Städte", "legte um 72 Städte zu" (a verb of growing before "um"; "um die 180" is an
    # approximation, no verb before it)
    difference_before=(
        r"(?:wuchsen|wuchs|wächst|stiegen|stieg|steigt|(?:erhöhten|erhöhte|erhöht|vergrößerten"
        r"|vergrößerte|vergrößert) sich|legten|legte|legt|nahmen|nahm|nimmt)(?: \S+){0,4}? um"
        r"(?: (?:mehr als|über|rund|knapp|fast|etwa|gut|ganze))?",
    ),
    # ... or after the figure, "um" before it: "ist 2025 um 72 Städte gewachsen", "Um 72
    # Städte wuchs das Netzwerk", "hat um 72 Mitglieder zugelegt" (not "erweitert": "um 72
    # neue Mitglieder erweitert" is an intake)
    difference_after=(
        r"(?:\s+\S+){0,5}?\s+(?:gewachsen|angewachsen|gestiegen|angestiegen|vergrößert|erhöht"
        r"|zugelegt|zugenommen|wuchsen|wuchs|wächst|stiegen|stieg|steigt)(?!\w)",
    ),
    difference_after_needs=r"um(?: (?:mehr als|über|rund|knapp|fast|etwa|gut|ganze))?",
    world_words=(
        "weltweit",
        "auf der ganzen welt",
        "auf der welt",
        "rund um den globus",
        "global",
    ),
    superseded_cues=(
        r"\bzunächst\b",
        r"\bursprünglich\b",
        r"\banfangs\b",
        # "die erste Mitteilung nannte 55 ...; die Zahl wurde korrigiert", "in der ersten
        # Meldung war von 55 Städten die Rede, einen Tag später wurde das korrigiert"
        r"\b(?:erste[nrs]?|ursprüngliche[nrs]?|anfängliche[nrs]?) (?:mitteilung|meldung"
        r"|pressemitteilung|fassung|liste|angabe)\b"
        r"(?=[^.!?]{0,200}?\b(?:korrigier|berichtig|richtiggestellt|revidiert))",
    ),
    retraction_cues=(
        # a correction notice: "In einer früheren Version dieses Artikels hieß es", "in
        # der ursprünglichen Fassung stand", "Zuvor war irrtümlich von 230 die Rede"
        r"\b(?:früher|vorherig|älter|ursprünglich|erst)en? (?:version|fassung)"
        r"(?: (?:dieses|dieser|des|der) (?:artikels|beitrags|textes|berichts|meldung"
        r"|nachricht|pressemitteilung))?,? (?:hieß|stand|war|wurden?|nannten?|gaben?)\b",
        # "wir hatten fälschlich gemeldet", "fälschlicherweise hieß es", "war irrtümlich
        # von 230 die Rede", "hier stand zuvor irrtümlich" (not "oft fälschlich als
        # Städtepartnerschaft genannt, hat 425 Mitglieder")
        r"\b(?:fälschlich|irrtümlich)(?:erweise)? (?:\w+ ){0,2}?(?:gemeldet|berichtet|"
        r"geschrieben|hieß|stand|von)\b",
        r"\b(?:stand|hieß es|war) (?:hier |dort |zuvor |bisher )*(?:fälschlich|irrtümlich)",
        r"\banders als (?:zuvor|zunächst|ursprünglich|bisher|von uns) (?:berichtet|gemeldet|"
        r"angegeben|geschrieben)\b",
    ),
    count_predicate_words=("sind", "waren", "wären"),
    conjunctions=("und",),
    rank_after=("nach",),
    relative_pronouns=(
        "die",
        "der",
        "das",
        "dem",  # not "den": after a comma, as often the article
        "denen",
        "dessen",
        "deren",
        "welche",
        "welcher",
        "welches",
    ),
    capital_predicates=(r"(?:(?:sind|waren) )?(?:nationale |staatliche )?hauptstädte\b",),
    rank_verbs=tuple(
        f"{verb} {article}"
        for verb in ("ist", "war", "wird", "wurde")
        for article in ("die", "der")
    ),
    past_rank_verbs=("war", "wurde", "waren", "wurden"),
    newcomer_sets=(
        r"(?:von den|unter den) (?:\d{1,3} )?(?:neuen(?: mitgliedern| städten"
        r"| mitgliedsstädten)?|neuzugängen|(?:neu )?aufgenommenen(?: städten)?)",
    ),
    newcomer_words=("neue", "neuzug", "aufgenommen"),
    newcomer_verbs=("kommen", "gehören", "stammen"),
    in_all=("insgesamt", "zusammen", "alles in allem"),
    first_time_cues=(
        # "13 davon hatten bisher keine Mitgliedsstadt"
        r"(?:hatten|hatte) (?:bisher|bislang|zuvor|noch) keine"
        r" (?:mitgliedsstadt|mitglieder|stadt)",
        r"erstmals",
        # "Für 13 Länder ist es die erste Mitgliedsstadt", "ihre erste Mitgliedsstadt"
        r"(?:ist es (?:ihre |die )?|ihre )(?:allererste|erste) (?:mitgliedsstadt|lernstadt|stadt"
        r"|mitglied)\b",
        # "eines von 13 Ländern, die noch nie eine Mitgliedsstadt hatten"
        r"(?:noch nie|nie zuvor|zuvor nie|bisher nie|bislang nie) (?:eine |ein )?"
        r"(?:mitgliedsstadt|mitglied|lernstadt)",
        # "13 davon neu im Netzwerk", "13 davon waren bisher nicht vertreten"
        r"neu im netzwerk",
        r"(?:bisher|bislang|zuvor|noch) nicht (?:im netzwerk )?vertreten",
        r"zum ersten mal",
        r"erstmalig",
    ),
    member_verbs=(
        r"(?:sind|waren) (?:bereits |schon )?mitglieder?\b",
        r"gehören\b",
        # "Aus Deutschland sind bislang drei Städte vertreten" (not at a conference:
        # attendance is read apart)
        r"(?:bislang|bisher|derzeit|inzwischen|schon|bereits|nun|jetzt) (?:\w+ ){0,3}?vertreten\b",
    ),
    quota_cues=(
        r"(?:jedes|pro) land",
        r"(?:jeder|pro) (?:staat|mitgliedstaat)",
        r"jede nationalkommission",
    ),
    candidate_cues=(
        # not the infinitive: "Jetzt bewerben: ein Netzwerk mit über 350 Städten" is a call
        r"\bbewerb(?:ung|ungen|er|erinnen|erstädte)\b",
        r"\bbeworben\b",
        # the finite verb with its pronoun: "Aus Deutschland bewerben sich drei Kommunen"
        r"\b(?:bewirbt|bewerben|bewarb|bewarben) sich\b",
        r"\bkandidat(?:en|in|innen|ur)?\b",
        r"\binteressiert(?:e|en)?\b",
        # "über 1.000 Städte interessieren sich dafür", "dass sich 1.000 Städte dafür
        # interessieren", "haben Interesse bekundet", "die beitreten möchten"
        r"\binteressier(?:en|t|te|ten)\b",
        r"\binteresse\b",
        r"\bbeitreten (?:möchten|wollen|möchte|will)\b",
        r"\banwärter\b",
    ),
    circulation_markers=(
        # eine Quelle, die eine Zahl "noch nennt", nennt sie heute
        r"\b(?:nennt|nennen|zeigt|zeigen|spricht|sprechen|steht|stehen) (?:immer )?noch\b",
        # ... oder noch im Umlauf ist: "ein Faltblatt von 2022, das im Rathaus noch ausliegt"
        r"\bnoch (?:ausliegt|ausliegen|verteilt|im umlauf|in gebrauch)\b",
        r"\bnicht (?:mehr )?aktualisiert\b",
        r"\bnie(?:mals)? aktualisiert\b",
    ),
    still_words=(r"noch", r"immer noch", r"weiterhin", r"nach wie vor", r"bis heute"),
    in_use_words=(
        *(r"ausliegt", r"ausliegen", r"verteilt", r"verteilen", r"verwendet", r"im einsatz"),
        *(r"genutzt", r"benutzt", r"im umlauf", r"in gebrauch", r"online", r"erhältlich"),
        *(r"verfügbar", r"aushängt", r"aushängen", r"hängt", r"hängen", r"gezeigt"),
    ),
    present_markers=(
        r"\bderzeit\b",
        r"\baktuell\b",
        r"\bheute\b",
        r"\bmittlerweile\b",
        r"\binzwischen\b",
        # not beside a verb in the past: "das Netzwerk hatte nun 356 Mitglieder" is the
        # "now" of a story told (its date's), "Nun zählte es 356" too
        r"\bnun\b(?<!\bhatte nun)(?<!\bhatten nun)(?<!\bzählte nun)(?<!\bumfasste nun)"
        r"(?<!\bwar nun)(?<!\bwaren nun)(?<!\bwaren es nun)(?<!\bwar es nun)"
        r"(?! (?:hatte|hatten|zählte|umfasste|war|waren)\b)",
        r"\bjetzt\b",
        r"\bbislang\b",
        r"\bbisher\b",
        r"\bdieses jahr\b",
        r"\bin diesem jahr\b",
    ),
    historic_markers=(
        # a dated document dates what it says: "our 2021 leaflet", "folleto de 2021"
        r"(?:broschüre|bericht|faltblatt|ausgabe|jahresbericht|flyer|pressemitteilung"
        r"|mitteilung|meldung|bilanz|zählung|angaben|liste|fassung|zahlen|daten)"
        # "einer Broschüre der Volkshochschule aus dem Jahr 2021": its publisher between
        r"(?: (?:der|des|unserer|ihrer|seiner) [\w-]+(?: [\w-]+)?)?"
        r" (?:von |vom jahr |aus (?:dem jahr )?)",
        # a round dates what it left: "nach der Aufnahmerunde 2022 zählte das Netzwerk 294"
        r"(?:aufnahmerunde|auswahlrunde|runde|erweiterung|aufnahmewelle)"
        r" (?:von |aus (?:dem jahr )?)?(?=(?:19|20)\d\d)",
        r"im (?:jahr |jahre )?",
        # a bare year after the finite verb dates its clause: "Bonn wurde 2020 die dritte",
        # "Gelsenkirchen war 2016 als erste beigetreten", "das Netzwerk zählte 2019 170"
        r"(?<!\w)(?:wurde|wurden|war|waren|trat|traten|zählte|zählten|hatte|hatten|kam|kamen"
        r"|umfasste|umfassten|stieß|stießen) ",
        # ... and before it, when the year opens the clause: "2016 trat Gelsenkirchen bei"
        r"(?<![\w.,])(?=(?:19|20)\d\d (?:wurde|wurden|war|waren|trat|traten|zählte|zählten"
        r"|hatte|hatten|kam|kamen|umfasste|umfassten|stieß|stießen)\b)",
        # ... and before the verb that ends a subordinate clause: "als wir 2024 beitraten",
        # "nachdem Dresden 2024 aufgenommen wurde"
        r"(?<![\w.,])(?=(?:19|20)\d\d (?:beitrat|beitraten|aufgenommen wurde|aufgenommen wurden"
        r"|hinzukam|hinzukamen|dazukam|dazukamen|dazustieß|dazustießen)\b)",
        # ... and after the relative pronoun that opens one: "Das Netzwerk, das 2016 noch
        # 115 Mitglieder hatte, umfasst heute 425 Städte"
        r"(?<=, )(?:das|die|der|welches|welche|welcher) (?=(?:19|20)\d\d )",
        r"(?:ende|anfang|mitte) ",
        r"bis (?:zum |ende |anfang )?",
        r"am ",
        r"vom ",
        # a season dates a figure by its year: "im Herbst 2020"
        r"(?:im )?(?:herbst|winter|sommer|frühjahr|frühling) (?:des jahres )?",
        # a status line dates what it qualifies: "die Broschüre (Stand 2021) nennt 229"
        r"(?<!\w)stand:? (?:ende |anfang |mitte )?",
        # a document dates what it says: "im Jahresbericht von 2022 ist von 294 Städten die Rede"
        r"(?:bericht|jahresbericht|broschüre|dokument|faltblatt|ausgabe|fassung)"
        r"(?: \w+)? (?:von|aus dem jahr) ",
    ),
    founding_words=(
        r"gegründet",
        r"gründung",
        r"ins leben gerufen",
        r"geschaffen",
        r"eingerichtet",
        r"lanciert",
        r"gestartet",
        r"entstanden",
        r"begründet",
        r"aus der taufe gehoben",
    ),
    intake_points=(
        # "| Mitglieder nach der Aufnahme |", "| Gesamt nach der Runde 2024 |"
        r"\b(?:nach|vor|seit)\b (?:(?:der|dem|den|jeder|jedem)\b )?(?:(?:19|20)\d\d(?:er)? )?"
        r"(?:aufnahme|aufnahmerunde|runde|ausschreibung|auswahl|bekanntgabe|beitritt)",
    ),
    since_words=(
        # not a city's own joining: "seit ihrem Beitritt 2022"
        r"seit(?! (?:seinem|ihrem|unserem|dem|der) (?:beitritt|aufnahme|mitgliedschaft)\b)",
    ),
    city_titles=r"(?:die )?städte|(?:die )?stadt",
    superlatives=(
        # "hat in Lateinamerika die meisten Mitglieder, nämlich neun", "stellt die meisten in
        # Europa, mit 17"
        r"(?:hat|stellt|zählt)(?: in [\w-]+)? die meisten"
        r"(?: (?:mitglieder|städte|mitgliedsstädte|lernstädte))?(?: in [\w-]+)?,?"
        r"(?: (?:mit|nämlich))?"
        r"|liegt (?:mit|vorn mit)|führt (?:die liste )?mit"
        # "Thailand führt die Region mit 13 Mitgliedsstädten an", "bleibt das asiatische Land
        # mit den meisten Mitgliedern, 13"
        r"|führt(?: [\w-]+){1,3} mit"
        r"|(?:ist|bleibt) das(?: [\w-]+)? land mit den meisten (?:mitgliedern|städten),?"
    ),
    title_abbreviations=("dr", "prof", "hl", "st"),
    attendance_before=(
        r"(?:vertreter(?:innen)?|delegierte|delegationen|teilnehmer(?:innen)?|teilnehmende)"
        r" (?:aus|von)(?: (?:rund|etwa|mehr als|über"
        r"|knapp|fast|mindestens))?",
        # "Fast 700 Menschen waren gekommen, angereist aus über 80 Ländern"
        r"(?:menschen|personen|teilnehmende|gäste)\b[^.;:!?]{0,40}?"
        r"(?:angereist|gekommen|stammend) aus(?: (?:rund|etwa|mehr als|über|knapp|fast))?",
    ),
    attendance_after=(
        r"nahmen teil|nehmen teil|teilgenommen|waren vertreten|sind vertreten",
        r"und (?:ihre )?(?:gäste|besucher(?:innen)?)",  # "34 Mitglieder und Gäste"
        # "An dem Festival nahmen 120 Städte teil": the verb's particle after the unit
        # (not "Teil des Netzwerks")
        r"teil(?=\s*[.,;:!?]|\s+(?:an|am|bei|im|in)\b)",
    ),
    months={
        name: number
        for number, names in enumerate(
            (
                ("januar", "jänner", "jan"),
                ("februar", "feber", "feb"),
                ("märz", "mär"),
                ("april", "apr"),
                ("mai",),
                ("juni", "jun"),
                ("juli", "jul"),
                ("august", "aug"),
                ("september", "sept", "sep"),
                ("oktober", "okt"),
                ("november", "nov"),
                ("dezember", "dez"),
            ),
            start=1,
        )
        for name in names
    },
    narrative_now=(
        r"\b(?:(?:hatte|hatten|zählte|zählten|umfasste|umfassten|war|waren)(?: \w+)? (?:nun|jetzt)"
        r"|(?:nun|jetzt) (?:hatte|hatten|zählte|zählten|umfasste|umfassten|war|waren))\b"
    ),
    date_forms=(
        r"{year_first}-{month_number}-{day}(?!\d)",
        r"{day}\. {month} {year}",
        r"{month} {year}",
        r"{day}\.{month_number}\.{year}",
        r"{year}",
    ),
    membership_before_number=(
        r"(?:(?<=\bdie )|(?<=\bder ))"
        r"(?:zahl (?:der )?(?:mitglieder|mitgliedsstädte|städte)|mitgliederzahl)"
        r"(?:\s+(?:des|im) (?:netzwerks|netzwerk))?"
        r"\s+(?:(?:ist|liegt|steigt|stieg|wuchs|wächst)\s+(?:nun\s+|damit\s+|jetzt\s+)?"
        r"(?:auf|bei)|beträgt|betrug|(?P<more>übersteigt|überstieg))"
        # after an intake, the total with its unit left out: "64 neue Mitglieder aus 35
        # Staaten, Gesamtzahl 356" ("insgesamt 294": lcnet.extract.predicates' wholes)
        r"|(?:(?<=; )|(?<=, ))gesamtzahl:?"
        # a genitive's members, the number as the predicate: "Kolumbiens Mitgliedsstädte
        # sind inzwischen neun", "Irlands Lernstädte zählen nun drei"
        r"|(?<=s )(?:mitgliedsstädte|lernstädte|lernenden städte|mitglieder)"
        r"\s+(?:sind|waren|zählen|zählten)(?:\s+(?:nun|inzwischen|jetzt|bereits|mittlerweile"
        r"|damit|schon))?(?=\s+\S+[.;,!?]|\s+\S+\s+(?:mitglieder|städte))"
    ),
    membership_anchors=(
        "zahl ",
        "mitgliederzahl ",
        "gesamtzahl ",
        "mitgliedsstädte ",
        "lernstädte ",
        "lernenden städte ",
        "mitglieder ",
    ),
    joined_clause=(
        r"\bals (?:(?P<self>wir|die stadt|unsere stadt|die kommune) "
        r"|(?P<who>(?:[^\W\d][^\s,;:.!?\d]* ){1,4}?))"
        # a year may stand before the verb: "Als wir 2024 beitraten"
        r"(?:(?:[^\d,;:.!?]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}? )?"
        r"(?:beitrat|beitraten|aufgenommen wurde|aufgenommen wurden)(?!\w)"
    ),
    joined_words=("als",),
    # a repost's original date follows: "Originally published 5 September 2022"
    republished=r"\b(?:erstmals|ursprünglich|zuerst) (?:veröffentlicht|erschienen)\b",
    earlier_date=(
        r"(?<!\w)(?:damals|seinerzeit|zu diesem zeitpunkt|zu dieser zeit|zu jener zeit"
        # "Die damalige Vorlage nannte ein Netzwerk von 294 Mitgliedern": of the date before
        r"|damalige[nmrs]?"
        r"|in jenem jahr|im selben jahr|im gleichen jahr"
        r"|in jenem monat|im selben monat|im gleichen monat"
        r"|bei dieser gelegenheit|bei jener gelegenheit"  # on that occasion
        # "In jener Runde nahm die UNESCO 54 Städte auf": the round said before
        r"|(?:in|bei|mit|nach) (?:jener|dieser) (?:runde|aufnahmerunde"
        r"|aufnahme|ausschreibung|auswahl)"
        # a bare "danach" beside a verb of counting in the past: "das Netzwerk umfasste
        # danach 229 Mitglieder" (not "danach gehören ... an", according to it)
        r"|(?:umfasste|umfassten|zählte|zählten|hatte|hatten|besaß|vereinte|waren|gehörten)"
        r" (?:\w+ )?danach|danach (?:umfasste|zählte|hatte|waren|gehörten|zählten))"
        r"(?!\w)"
    ),
    relative_dates={
        # "since February": a figure of it is current since then, so it dates none; it
        # is what "at the time" in a later sentence points back to
        "before_month": (
            r"vor dem {month}(?! \d)",  # the month before: "before December"
            # "vor der Februarrunde", "vor der Aufnahmerunde im Februar", "bis zur ..."
            r"(?:vor der|bis zur) {month_stem}(?:runde|aufnahme)\b",
            r"(?:vor der|bis zur) (?:aufnahme|auswahl)?runde (?:im|vom) {month}(?! \d)",
            r"(?:vor den|bis zu den) aufnahmen (?:im|vom) {month}(?! \d)",
        ),
        "since_month": (r"seit {month}(?! \d)",),
        # "two years earlier": counted back from the date said before it
        "years_before": (
            r"{years} jahre (?:zuvor|davor|früher)",
            r"ein jahr (?:zuvor|davor|früher)",
        ),
        # "a year later": counted on from the date said before it
        "years_after": (
            r"{years} jahre (?:später|danach)",
            r"ein jahr (?:später|danach)",
            r"im (?:darauffolgenden|folgenden) jahr",
        ),
        # "wenige Tage später": the date said before
        "days_after": (
            r"(?:(?:wenige|einige|ein paar|zwei|drei|vier|fünf) )?(?:tage|wochen)"
            r" (?:später|danach)",
        ),
        # "two years ago": the year, counted back from the text's
        "years_ago": (
            # "vor knapp vier Jahren", "vor gut einem Jahr": about as many years back
            r"vor (?:(?:knapp|fast|gut|rund|etwa|über|mehr als|nicht ganz) )?{years} jahren",
            r"vor (?:(?:knapp|fast|gut|rund|etwa|über|mehr als|nicht ganz) )?einem jahr",
        ),
        "last_month": (r"(?:im )?(?:vergangenen|letzten|vorigen) monat", r"vormonat"),
        "last_year": (
            r"(?:im )?{month} (?:des )?(?:vergangenen|letzten|vorigen) jahres",
            r"(?:im )?(?:vergangenen|letzten|vorigen) jahr",
            r"letztes jahr",
            r"vergangenes jahr",
            r"vorjahr",
        ),
        "this_year": (
            r"im {month}(?! \d)",
            r"(?:am )?{day}\. {month}(?! \d)",
        ),
    },
    origin_words=(r"(?:stammen|kommen|stammend|kommend) aus",),
    change_from=r"von",
    change_back=r"nach(?: zuvor| bisher)?|gegenüber(?: zuvor)?|von zuvor",
    change_to=r"auf(?: heute| aktuell| nun| jetzt| zuletzt)?",
    year_span=r"(?:zwischen|von) {first} (?:und|bis) {last}",
    since_year=r"(?<!\w)seit {year}",
    # a joining since which the main clause's present state holds
    some_words=("mehrere", "einige", "manche", "viele", "die meisten"),
    first_ones=(r"\bersten\b(?! mal)",),
    since_event=(
        r"(?<!\w)seit (?:seinem|ihrem|unserem|dem) beitritt(?: zum netzwerk)?(?: im jahr)?"
        r" {year}(?:,(?: [^,.;:]{1,40}?)?)? (?:hat|haben|ist|sind|arbeitet|teilt)(?!\w)"
    ),
    future_cues=(
        r"(?:könnte|dürfte|würde|könnten|dürften|würden)",
        # Konjunktiv I of reported speech: "dass Paderborn als vierte deutsche Lernstadt ein
        # Zeichen setzen könne" (not "werde": "ich werde" is a speaker's own future)
        r"(?<!\w)könne(?!\w)",
        # Konjunktiv II of a condition: "wären wir die fünfte deutsche Lernstadt"
        r"(?:wäre|wären) (?:wir|sie|es|dann|damit)\b",
        r"voraussichtlich",
        r"soll(?:en)? (?:bald|künftig)",
        r"(?:wird|werden) (?:schon )?(?:bald|künftig|demnächst|in kürze)",
    ),
    size_linkers=("mit", "von"),
    subset_words=("davon", "darunter", "unter ihnen", "einschließlich", "allein", "wovon"),
    country_references=("des landes", "bundesweit"),
    weak_present=("bereits", "schon"),
    subject_adverbs=("zusammen", "gemeinsam", "insgesamt", "zusammengenommen"),
    subject_pronouns=("sie", "diese"),  # "Sie kommen aus 46 Ländern"
    out_of=("von insgesamt", "von"),  # a country's count out of the total
    # "Vor dieser Aufnahme hatte Portugal 14": just before the text's news
    before_this=(
        r"(?<!\w)vor (?:dieser|der) (?:aufnahme|bekanntgabe)\b"
        # "Vor der jüngsten Runde hatte der Verbund 294 Mitglieder gezählt": the round or
        # enlargement of the text's news, said with its adjective or as a compound
        r"|(?<!\w)vor (?:dieser|der) (?:(?:jüngsten|letzten|neuen|aktuellen) )?"
        r"(?:aufnahmerunde|runde|erweiterung|auswahlrunde|ankündigung)\b"
        # a named newcomer's arrival: "bevor Hanoi beitrat", "vor dem Beitritt von Hanoi",
        # "bis zur Aufnahme Hanois", "vor Hanois Aufnahme"
        r"|(?<!\w)(?:(?:bevor|ehe) (?:[^\W\d_][\w.'\u2019-]*\s){1,4}"
        r"(?:beitrat|hinzukam|aufgenommen wurde)"
        r"|(?:vor|bis zu)[mr]? (?:dem |der )?(?:beitritt|aufnahme) (?:von|hanois|\w+s)\b"
        r"|vor \w+s (?:beitritt|aufnahme)\b)"
    ),
    until_now=(
        r"(?<!\w)(?:bisher|bislang"
        # "bis letzte Woche", "bis vor wenigen Tagen": just before the news
        r"|bis (?:letzte woche|letzten monat|gestern|vor (?:kurzem|wenigen tagen|einer woche))"
        r")\b[^.!?;]{0,40}?(?<!\w)"
        r"(?:zählte|umfasste|hatte|vereinte|gehörten|waren)(?!\w)"
        # the members before the news: "die 14 deutschen Städte, die bereits Mitglied waren"
        r"|(?<!\w)(?:bereits|schon) (?:mitglied|mitglieder|dabei)(?!\w)"
    ),
    # "Bei unserem Beitritt zählte das Netzwerk 294 Städte": when the text's city joined
    joining_time=(
        r"(?<!\w)(?:bei|zum zeitpunkt|mit) (?:unserem|ihrem|seinem|unseres|ihres|seines)"
        r" (?:beitritts?|aufnahme)(?!\w)"
        r"|(?<!\w)als (?:wir|die stadt|sie) (?:beitrat(?:en)?|aufgenommen wurden?"
        r"|beigetreten (?:sind|ist))(?!\w)"
        r"|(?<!\w)(?:war|waren) (?:beigetreten|aufgenommen worden)(?!\w)"  # Plusquamperfekt
    ),
    rank_places=("aus", "in"),
    rank_references=tuple(
        f"{preposition} {country}"
        for preposition in ("aus dem", "im")
        for country in ("land", "königreich", "emirat", "sultanat")
    ),
    respective_new=(
        r"(?:neu)?aufnahmen?",
        r"neuaufnahmen",
        r"neuzugänge",
        r"(?:zahl der )?(?:neuen (?:mitglieder|städte)|neuen|neuzugänge)",
    ),
    respective_total=(
        r"gesamtzahl",
        r"mitgliederzahl",
        r"zahl der mitglieder",
        r"gesamtbestand",
    ),
    respective_countries=(r"(?:zahl der )?(?:herkunfts)?länder", r"länderzahl"),
    respective_articles=("die", "der", "den", "ihre", "ihrer", "seine", "seiner", "deren"),
    respective_anaphora=(r"(?:die|beide|diese) (?:angaben|zahlen|werte)", r"sie", r"beide"),
    respective_links=("auf", "mit", "bei", "lag bei", "lagen bei"),
    # ... and a colon after the members named ("Die vietnamesischen Mitglieder: A, B und C")
    list_links=r"\b(?:sind|waren|ist|war|umfassen|umfasst|gehören|zählen|vertreten durch)\b|:",
    list_partial=r"\b(?:darunter|u\.\s?a\.|unter anderem|etwa|wie|zum beispiel|z\.\s?b\.)",
    sole_words=r"\beinzigen?\b",
    ordinal_days=True,
    column_heads={
        "gesamt": Role.MEMBER,
        "insgesamt": Role.MEMBER,
        "summe": Role.MEMBER,
        "neu": Role.NEW,
        "neue": Role.NEW,
    },
    member_state=(
        r"\bals (?P<who>(?:[^\W\d][^\s;:.!?\d]* ){1,8}?)"
        r"(?:bereits|schon) (?:mitglieder|mitglied|im netzwerk) (?:waren|war)\b"
    ),
    award_words=("ausgezeichnet", "prämiert"),
    zeros=Zeros(
        forms=(
            r"kein(?:e|en|er|em)? (?:(?:einzigen?|einziger|weiteren?"
            r"|neuen?) )?{demonym}"
            r" (?:mitglieds|lern)?(?:stadt|städte|kommunen?|gemeinden?|mitglieder?"
            r"|learning cit(?:y|ies))"
            r"(?!\w)",
            r"kein(?:e|en|er)? (?:(?:einzigen?|einziger) )?(?:mitglieds"
            r"|lern)?(?:stadt|städte|kommunen?"
            r"|gemeinden?) (?:aus|in) {country}(?!\w)",
        ),
        words=("kein",),
        owned=(
            r"{country} (?:hat|hatte|zählt|zählte|stellt|stellte) (?:(?:bisher"
            r"|bislang|noch|immer noch"
            r"|derzeit|weiterhin|bis heute|nach wie vor) )*kein(?:e|en)?"
            r" (?:(?:einzigen?) )?(?:mitglieds"
            r"(?:stadt|städte|kommunen?)|mitglieder?|lernenden? städte?|städte"
            r"|stadt|kommunen?)(?!\w)",
            r"aus {country} (?:ist|sind|war|waren) (?:(?:bisher|bislang|noch|immer"
            r" noch|derzeit|bis heute"
            r") )*keine? (?:(?:einzige) )?(?:stadt|kommune|gemeinde)(?!\w)",
        ),
        owned_words=("kein",),
        members=(
            "mitglied",
            "netzwerk",
            "gnlc",
            "learning cit",
            "aufgenommen",
            "beigetreten",
            "gehört",
            "dabei",
            "teil ",
        ),
        still=("noch", "bisher", "bislang", "bis heute", "je "),
        blockers=("preis", "award", "auszeichn", "ausgezeichnet", "gewonnen", "prämiert"),
    ),
    how_many=r"wie viele",
    repeat_articles=("die", "den", "der"),
    fitting_words=(
        r"trifft es(?: eher| besser)?",
        r"(?:stimmt|passt) (?:eher|besser)",
        r"kommt eher hin",
        r"ist (?:eher )?richtig",
    ),
    repeat_verbs=(
        "bleiben sie bei",
        "bleibt bei",
        "bleiben wir bei",
        "bleiben bei",
        "halten sie sich an",
    ),
    repeat_markers=(
        r"(?:die|von denen) (?:ich|wir) (?:vorhin |eben |oben )?(?:genannt|erwähnt|"
        r"gesagt|zitiert|gesprochen) (?:habe|haben|hatte|hatten)",
        r"(?:von )?(?:vorhin|eben|oben) (?:genannt|erwähnt)",
    ),
    country_questions=(
        "und in",
        "und was ist mit",
        "was ist mit",
        "und wie ist es in",
        "wie ist es in",
        "und",
    ),
    label_links=("sind es", "waren es", "gibt es", "gab es"),
    now_totals={
        "inzwischen": (
            r"inzwischen sind es",
            r"inzwischen (?:dürften|sollten|müssten) es {n} sein",
            r"es sind inzwischen",
            r"es (?:dürften|sollten|müssten) inzwischen {n} sein",
        ),
        "mittlerweile": (
            r"mittlerweile sind es",
            r"mittlerweile (?:dürften|sollten|müssten) es {n} sein",
            r"es sind mittlerweile",
            r"es (?:dürften|sollten|müssten) mittlerweile {n} sein",
        ),
        "heute": (
            r"heute sind es",
            r"heute (?:dürften|sollten|müssten) es {n} sein",
            r"es sind heute",
            r"es (?:dürften|sollten|müssten) heute {n} sein",
        ),
        "jetzt": (
            r"jetzt sind es",
            r"jetzt (?:dürften|sollten|müssten) es {n} sein",
            r"es sind jetzt",
            r"es (?:dürften|sollten|müssten) jetzt {n} sein",
        ),
        "nun": (
            r"nun sind es",
            r"nun (?:dürften|sollten|müssten) es {n} sein",
            r"es sind nun",
            r"es (?:dürften|sollten|müssten) nun {n} sein",
        ),
    },
    answer_nows=("heute", "jetzt"),
    answer_just=("nur", "genau"),
    answer_ones=("eine", "einer", "ein"),
    answer_only=("einzige", "einzigen"),
    answer_leads=(
        "es sind",
        "es waren",
        "sind es",
        "waren es",
        "insgesamt",
        "antwort:",
        "a:",
        "a.",
        # die Zahl, die gilt, nach einer Frage des Zweifels: "Welche Zahl gilt? Richtig ist 425."
        "richtig ist",
        "richtig sind",
        "korrekt ist",
        "korrekt sind",
        "nehmen sie",
        "verwenden sie",
        "bitte",
        "es gilt",
        # eine Antwort, zweimal gegeben: "Kurz gesagt: 425. Ausführlich: 425 in 91 Staaten"
        "kurz gesagt:",
        "kurz:",
        "die kurze antwort:",
        "kurze antwort:",
        "die lange antwort:",
        "ausführlich:",
        # a count hedged by its speaker: "Nach meiner Zählung zwei Städte"
        "nach meiner zählung",
        "meiner zählung nach",
        "soweit ich weiß",
        "ich glaube",
    ),
    answer_words=("die antwort lautet", "die antwort ist"),
    question_words=("welche", "welcher", "welches", "wer", "wo", "wann", "warum", "was"),
    alternatives=("oder",),
    added_words=("weitere", "noch einmal", "nochmals"),
    all_words=("allen", "alle", "aller"),
    reached_words=(
        "auf",
        "insgesamt auf",
        "und damit auf",
        "damit auf",
        "auf nunmehr",
        "auf jetzt",
        "auf inzwischen",
        "auf nun",
    ),
    count_followers=(
        "in",
        "im",
        "am",
        "an",
        "auf",
        "aus",
        "bei",
        "mit",
        "nach",
        "seit",
        "vor",
        "und",
        "oder",
        "sind",
        "waren",
        "wurden",
        "haben",
        "hatten",
        "kamen",
        "kommen",
        "die",
        "der",
        "das",
        "dem",
        "den",
        "zum",
        "zur",
        "jahr",
        "insgesamt",
        "heute",
        "jetzt",
        "nun",
        "damals",
        "sein",
        "ist",
        "war",
        "wird",
        "werden",
        "würden",
        "wären",
        "sollen",
        "soll",
        "gewesen",
        "noch",
        "schon",
        "nur",
        "gewachsen",
        "angewachsen",
        "gestiegen",
        "angestiegen",
        "gesunken",
        "erhöht",
        "vergrößert",
        "aufgenommen",
        "hinzugekommen",
        "dazugekommen",
        "gekommen",
        "beigetreten",
        "geworden",
        "gezählt",
        "umfasst",
        "zählt",
        "zählte",
    ),
    pronoun_parts=("davon", "von ihnen"),
    count_clitics=(),
    pronoun_subjects=("es sind", "es waren", "sie sind", "es wurden"),
    aside_list_openers=("mit", "nach"),
    of_words=("von", "der"),
    from_words=("aus",),
    joining_nouns=("aufnahme", "beitritt"),
    whose_words=("deren", "dessen"),
    only_adjectives=("einzige", "einzigen"),
    our_country=("unserem land", "unser land"),
    opening_places=(r"(?:in|im|aus) (?:(?:der|den) ?)?",),
    negations=("nicht", "keine?"),
    with_words=("mit",),
    passive_auxiliaries=("wurden", "wurde", "worden", "sind"),
    admitting_verbs=("aufgenommen", "nahm", "nimmt", "aufnahm"),
    list_ends=("mit", "und"),
    aside_articles=("der", "die", "das", "ein", "eine"),
    aside_nouns=("stadt",),
    before_verb_words=("sind", "haben", "auch", "ihren", "ihr", "von"),
    subordinators=("seit", "als", "nachdem"),
    time_openers=("letztes jahr", "im vergangenen jahr", "gestern", "heute"),
    year_prepositions=("im", "in"),
    numbered_articles=("die", "diese"),
    numbered_years=("im", "in"),
    both_forms=(r"beide\s+(?:die\s+)?(?:städte|kommunen|gemeinden)",),
    region_nouns=("region", "regionen"),
    got_verbs=("erhielt", "erhält", "bekam"),
    placed_verbs=("stellt", "stellen", "bringt", "gewinnt", "schickt", "erhalten"),
    side_words=("seite",),
    where_words=("wo",),
    country_articles=("die", "der", "das"),
    network_nouns=("netzwerk",),
    demonstratives=("diese", "jene"),
    into_words=("zum", "zur", "im", "in"),
    part_words=("davon", "von ihnen"),
    part_before_words=("darunter",),
    whole_openers=("von den", "unter den", "von diesen", "unter diesen"),
    network_places=("im",),
    that_words=("dass",),
    part_openers=("darunter", "davon", "von denen"),
    of_them_others=("davon", "von ihnen"),
    joined_ends=("in",),
    name_tail_words=(
        "der",
        "des",
    ),
    one_words=("eine", "ein", "einer"),
    stated_followers=("und", "im", "in", "seit", "nach", "vor"),
    document_figures=(r"(?:ein|eine|die)\s+(?:zahlen?|angaben?)",),
    not_name_words=(
        "dem",
        "des",
        "einem",
        "einer",
        "ihrem",
        "ihrer",
        "seinem",
        "seiner",
        "ihm",
        "ihr",
    ),
    setting_words=("es", "war", "in", "im", "und"),
    list_nouns=(r"(?:liste|mitgliederliste|bilanz|zählung)(?: der (?:mitglieder|städte))?",),
    bounding_words=("seit", "bis", "ab"),
    percent_words=("prozent",),
    money_words=("euros?", "dollars?", "francs?"),
    coordinated_articles=("die", "der"),
    rank_place_articles=("die", "der", "den"),
    subject_count_ends=("und", "in", "mit"),
    apposition_indefinites=("eine[mnrs]?", "ein"),
    apposition_definites=("die", "das", "der"),
    partitive_linkers=("der",),
    indefinite_articles=("ein", "eine"),
    region_openers=(r"in ", r"im ", r"auf dem ", r"für (?:den )?"),
    continents=("kontinent",),
)
