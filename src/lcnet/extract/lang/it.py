"""Italian.

"Nuove" and "altre" come before the noun ("72 nuove città", "altre cinque città"),
adjectives of nationality after it ("città italiane"); "città" is singular and plural.
Numbers below a thousand are one word: "sessantaquattro", "trecentocinquantasei", with
the vowel of the tens dropped before "uno" and "otto" ("ventuno", "trentotto") and "tre"
accented at the end ("ventitré"): every one from 1 to 999 is listed here, generated.
"Mille" is a thousand, "duemila" two; "1.000" is a thousand, "1,5 milioni" one and a
half million; "un", "una" on their own are articles and count only before a scale.
"""

from __future__ import annotations

from fractions import Fraction

from lcnet.extract.lang import Correction, Language, Role, Unit, Zeros
from lcnet.extract.lang.places_eu import IT as _CLDR_COUNTRIES
from lcnet.model import Qualifier as Q

_UNITS = ["", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"]
_TEENS = [
    "dieci",
    "undici",
    "dodici",
    "tredici",
    "quattordici",
    "quindici",
    "sedici",
    "diciassette",
    "diciotto",
    "diciannove",
]
_TENS = ["", "", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta"]
_TENS.append("novanta")


def _below_hundred(n: int) -> list[str]:
    """The ways to write n (1-99): "ventitré" and "ventitre", "ventuno"."""
    if n < 10:
        return [_UNITS[n]]
    if n < 20:
        return [_TEENS[n - 10]]
    tens, units = divmod(n, 10)
    word = _TENS[tens]
    if units in (1, 8):
        return [word[:-1] + _UNITS[units]]  # "ventuno", "trentotto"
    if units == 3:
        return [word + "tré", word + "tre"]
    return [word + _UNITS[units]]


def _number_words() -> dict[str, int]:
    words: dict[str, int] = {}
    for n in range(1, 1000):
        hundreds, rest = divmod(n, 100)
        tails = _below_hundred(rest) if rest else [""]
        if not hundreds:
            heads = [""]
        elif hundreds == 1:
            heads = ["cento"]
        else:
            heads = [_UNITS[hundreds] + "cento"]
        for head in heads:
            for tail in tails:
                words[head + tail] = n
                if head and tail.startswith("ott"):
                    words[head[:-1] + tail] = n  # "centottanta", "trecentotto"
    words["mille"] = 1000
    for n in range(2, 10):
        words[_UNITS[n] + "mila"] = n * 1000
    return words


_ORDINALS = {
    "prim": 1,
    "second": 2,
    "terz": 3,
    "quart": 4,
    "quint": 5,
    "sest": 6,
    "settim": 7,
    "ottav": 8,
    "non": 9,
    "decim": 10,
    "undicesim": 11,
    "dodicesim": 12,
    "ventesim": 20,
    "centesim": 100,
}

# The adjective of nationality: masculine and feminine singular, then their plurals.
_NATIONALITIES = {
    "IT": ("italiano", "italiana", "italiani", "italiane"),
    "SM": ("sammarinese", "sammarinese", "sammarinesi", "sammarinesi"),
    "CH": ("svizzero", "svizzera", "svizzeri", "svizzere"),
    "FR": ("francese", "francese", "francesi", "francesi"),
    "DE": ("tedesco", "tedesca", "tedeschi", "tedesche"),
    "AT": ("austriaco", "austriaca", "austriaci", "austriache"),
    "ES": ("spagnolo", "spagnola", "spagnoli", "spagnole"),
    "PT": ("portoghese", "portoghese", "portoghesi", "portoghesi"),
    "GB": ("britannico", "britannica", "britannici", "britanniche"),
    "IE": ("irlandese", "irlandese", "irlandesi", "irlandesi"),
    "GR": ("greco", "greca", "greci", "greche"),
    "FI": ("finlandese", "finlandese", "finlandesi", "finlandesi"),
    "PL": ("polacco", "polacca", "polacchi", "polacche"),
    "UA": ("ucraino", "ucraina", "ucraini", "ucraine"),
    "SI": ("sloveno", "slovena", "sloveni", "slovene"),
    "HR": ("croato", "croata", "croati", "croate"),
    "TR": ("turco", "turca", "turchi", "turche"),
    "CN": ("cinese", "cinese", "cinesi", "cinesi"),
    "KR": ("coreano", "coreana", "coreani", "coreane"),
    "JP": ("giapponese", "giapponese", "giapponesi", "giapponesi"),
    "VN": ("vietnamita", "vietnamita", "vietnamiti", "vietnamite"),
    "IN": ("indiano", "indiana", "indiani", "indiane"),
    "ID": ("indonesiano", "indonesiana", "indonesiani", "indonesiane"),
    "IR": ("iraniano", "iraniana", "iraniani", "iraniane"),
    "IQ": ("iracheno", "irachena", "iracheni", "irachene"),
    "SA": ("saudita", "saudita", "sauditi", "saudite"),
    "EG": ("egiziano", "egiziana", "egiziani", "egiziane"),
    "MA": ("marocchino", "marocchina", "marocchini", "marocchine"),
    "NG": ("nigeriano", "nigeriana", "nigeriani", "nigeriane"),
    "GH": ("ghanese", "ghanese", "ghanesi", "ghanesi"),
    "KE": ("keniota", "keniota", "kenioti", "keniote"),
    "ET": ("etiope", "etiope", "etiopi", "etiopi"),
    "US": ("statunitense", "statunitense", "statunitensi", "statunitensi"),
    "CA": ("canadese", "canadese", "canadesi", "canadesi"),
    "MX": ("messicano", "messicana", "messicani", "messicane"),
    "BR": ("brasiliano", "brasiliana", "brasiliani", "brasiliane"),
    "CO": ("colombiano", "colombiana", "colombiani", "colombiane"),
    "AR": ("argentino", "argentina", "argentini", "argentine"),
    "CL": ("cileno", "cilena", "cileni", "cilene"),
    "PE": ("peruviano", "peruviana", "peruviani", "peruviane"),
    "EC": ("ecuadoriano", "ecuadoriana", "ecuadoriani", "ecuadoriane"),
    "AU": ("australiano", "australiana", "australiani", "australiane"),
    "AE": ("emiratino", "emiratina", "emiratini", "emiratine"),
    "AM": ("armeno", "armena", "armeni", "armene"),
    "AZ": ("azero", "azera", "azeri", "azere"),
    "BA": ("bosniaco", "bosniaca", "bosniaci", "bosniache"),
    "BE": ("belga", "belga", "belgi", "belghe"),
    "BF": ("burkinabé", "burkinabé", "burkinabé", "burkinabé"),
    "BH": ("bahreinita", "bahreinita", "bahreiniti", "bahreinite"),
    "BJ": ("beninese", "beninese", "beninesi", "beninesi"),
    "BY": ("bielorusso", "bielorussa", "bielorussi", "bielorusse"),
    "CI": ("ivoriano", "ivoriana", "ivoriani", "ivoriane"),
    "CM": ("camerunese", "camerunese", "camerunesi", "camerunesi"),
    "CV": ("capoverdiano", "capoverdiana", "capoverdiani", "capoverdiane"),
    "CY": ("cipriota", "cipriota", "ciprioti", "cipriote"),
    "DK": ("danese", "danese", "danesi", "danesi"),
    "DZ": ("algerino", "algerina", "algerini", "algerine"),
    "GA": ("gabonese", "gabonese", "gabonesi", "gabonesi"),
    "GE": ("georgiano", "georgiana", "georgiani", "georgiane"),
    # GN and GW share "guineano": left out for both (ambiguous)
    "HU": ("ungherese", "ungherese", "ungheresi", "ungheresi"),
    "JO": ("giordano", "giordana", "giordani", "giordane"),
    "LT": ("lituano", "lituana", "lituani", "lituane"),
    "MD": ("moldavo", "moldava", "moldavi", "moldave"),
    "MN": ("mongolo", "mongola", "mongoli", "mongole"),
    "MY": ("malese", "malese", "malesi", "malesi"),
    "NA": ("namibiano", "namibiana", "namibiani", "namibiane"),
    "NE": ("nigerino", "nigerina", "nigerini", "nigerine"),
    "NI": ("nicaraguense", "nicaraguense", "nicaraguensi", "nicaraguensi"),
    "NL": ("olandese", "olandese", "olandesi", "olandesi"),
    "OM": ("omanita", "omanita", "omaniti", "omanite"),
    "PH": ("filippino", "filippina", "filippini", "filippine"),
    "PS": ("palestinese", "palestinese", "palestinesi", "palestinesi"),
    "QA": ("qatariota", "qatariota", "qatarioti", "qatariote"),
    "RO": ("romeno", "romena", "romeni", "romene"),
    "RU": ("russo", "russa", "russi", "russe"),
    "SK": ("slovacco", "slovacca", "slovacchi", "slovacche"),
    "SN": ("senegalese", "senegalese", "senegalesi", "senegalesi"),
    "TG": ("togolese", "togolese", "togolesi", "togolesi"),
    "TH": ("thailandese", "thailandese", "thailandesi", "thailandesi"),
    "TM": ("turkmeno", "turkmena", "turkmeni", "turkmene"),
    "TN": ("tunisino", "tunisina", "tunisini", "tunisine"),
    "UG": ("ugandese", "ugandese", "ugandesi", "ugandesi"),
    "UZ": ("uzbeco", "uzbeca", "uzbechi", "uzbeche"),
    "VE": ("venezuelano", "venezuelana", "venezuelani", "venezuelane"),
    "ZA": ("sudafricano", "sudafricana", "sudafricani", "sudafricane"),
    "ZM": ("zambiano", "zambiana", "zambiani", "zambiane"),
    "ZW": ("zimbabwese", "zimbabwese", "zimbabwesi", "zimbabwesi"),
}
# Second forms news uses as much as the first: "rumeno" beside "romeno"
_MORE_NATIONALITIES = [
    ("AZ", ("azerbaigiano", "azerbaigiana", "azerbaigiani", "azerbaigiane")),
    ("NL", ("neerlandese", "neerlandese", "neerlandesi", "neerlandesi")),
    ("RO", ("rumeno", "rumena", "rumeni", "rumene")),
    ("TH", ("tailandese", "tailandese", "tailandesi", "tailandesi")),
    ("ZW", ("zimbabwiano", "zimbabwiana", "zimbabwiani", "zimbabwiane")),
]
# "Giordano" is a common surname and first name: only the other forms of "giordano"
_NOT_ADJECTIVES = {"giordano"}
_DEMONYMS = {
    form: code
    for code, forms in [*_NATIONALITIES.items(), *_MORE_NATIONALITIES]
    for form in forms
    if form not in _NOT_ADJECTIVES
}
# The feminine plural adjectives ("italiane", "francesi"), as a regex: "le città italiane"
_PLURAL_ADJECTIVES = "|".join(
    sorted({forms[3] for _, forms in [*_NATIONALITIES.items(), *_MORE_NATIONALITIES]})
)

_COUNTRIES = {
    **{name.replace("\u2019", "'"): code for name, code in _CLDR_COUNTRIES.items()},
    **_CLDR_COUNTRIES,
    "corea": "KR",
    "repubblica di corea": "KR",
    "usa": "US",
    "stati uniti d'america": "US",
    "gran bretagna": "GB",
    "inghilterra": "GB",
    "olanda": "NL",
    "turchia": "TR",
}
# "l'Italia ha sei città", "dell'Ucraina": the article elided before a vowel is one word
# with the name
_COUNTRIES |= {
    f"l{apostrophe}{name}": code
    for name, code in list(_COUNTRIES.items())
    if name[:1] in "aeiouàèéìòù"
    for apostrophe in ("'", "\u2019")
}

_A = "['\u2019]"  # the apostrophe, straight or curly: "dell'unesco"

# "Rete globale", "Network Globale UNESCO": what precedes the name of its cities
_RETE = rf"(?:rete|network)(?: (?:globale|mondiale|internazionale|unesco|dell{_A}unesco))*"

# A round number as a noun, read as about it: "une cinquantaine de pays"
_APPROXIMATE = {
    "decina": 10,
    "dozzina": 12,
    "decine": 10,
    "ventina": 20,
    "trentina": 30,
    "quarantina": 40,
    "cinquantina": 50,
    "sessantina": 60,
    "centinaio": 100,
    "centinaia": 100,
    "migliaio": 1000,
    "migliaia": 1000,
}

LANGUAGE = Language(
    code="it",
    # lcnet.extract.ranks: the text's own city as a rank's subject, a rank's year
    self_subjects="(?:il|nostro) comune|la città",
    rank_year_prepositions=("nel", "del", "dal"),
    # lcnet.extract.elliptic: 'only' before a count whose noun is left out
    only_adverbs=("appena", "soltanto", "unicamente"),
    only_placed=("solo",),
    # lcnet.extract.joining: the article before a member's rank after its name
    apposed_articles=("il", "lo", "la", "l'", "l’"),
    # lcnet.extract.predicates: what may follow a count that ends its clause
    count_ends=(
        "e",
        "in",
        "nel",
        "nell",
        "nella",
        "dal",
        "dalla",
        "da",
        "di",
        "con",
        "tra",
        "fra",
        "su",
        "a",
        "al",
    ),
    clock_words=r"ore\b|del (?:mattino|pomeriggio)",
    # lcnet.extract.hypothetical: a figure denied
    answer_no=("no", "non"),
    denial_links=("e",),
    denial_words=("non",),
    subjectless_copulas=("sono", "erano", "sarebbero", "saranno"),
    subjectless_openers=("secondo me", "per me", "credo che"),
    verdict_words=("vero", "falso", "fuorviante", "impreciso"),
    denied_sayings=(
        r"smett(?:ete|iamo|i|ila|etela|iamola) di (?:dire|ripetere|scrivere|raccontare)",
        r"basta (?:dire|ripetere|scrivere)",
        r"non (?:dite|ripetete|scrivete) più",
    ),
    doubt_questions=(
        "è vero",
        "è corretto",
        "è giusto",
        "è così",
        "quale cifra usiamo",
        "quale cifra è giusta",
        "quale dato è giusto",
        "quale dato usiamo",
    ),
    rejection_words=(
        "un errore",
        "un refuso",
        "è falso",
        "sbagliato",
        "sbagliata",
        "non è vero",
        "non è corretto",
        "errato",
        "errata",
    ),
    # lcnet.extract.origins: a group of newcomers named by a noun of its own
    group_nouns=("infornata", "contingente", "tornata", "leva"),
    # lcnet.extract.newcomers: parts of an intake by place
    among_words=("tra", "fra"),
    place_articles=("il", "lo", "la", "le", "gli"),
    region_words=("regione",),
    elided_connectors="dell|dall|nell|dagl",
    part_connectors=("a", "in"),
    national_words=("nazionali",),
    copula_adverbs=("ora",),
    # lcnet.extract.ranks: a plural verb before two members' ranks
    plural_rank_verbs=("sono", "erano", "furono", "sono state", "diventano", "sono diventate"),
    # lcnet.extract.historic: the next sentence says what the figure was
    that_figure=(
        "(?:questa|quella|è) (?:è |era )?la cifra|(?:questo|quello) (?:è|era) il (?:numero"
        "|dato|totale)"
    ),
    # lcnet.extract.openings: parts of an intake opening their sentence
    these_countries="(?:di|tra) questi paesi",
    of_them="di (?:esse|essi|queste|questi)",
    of_them_words=("di ques", "di ess"),
    cue_stems=("prim", "capita"),
    # lcnet.extract.closing_counts: a country's count closing its clause
    superlative_words=("più", "maggior"),
    closing_subject_adverbs=("ora", "anche"),
    closing_number_adverbs=("ora", "già", "anche"),
    # lcnet.extract.elliptic: totals stated by a noun of counting, answers
    answer_sources="secondo",
    stated_determiners="il|la|un|in|tocca|toccava|ha toccato|raggiunge|ha raggiunto",
    stated_nouns=(
        "(?:totale|numero)(?: (?:attuale|ufficiale|esatto|esatta|corretto"
        "|corretta))?(?: (?:ora|oggi|già))? (?:è di|è|era di|era|sale a|saliva a|arriva a"
        "|ammonta a|ammontava a)|totale di|quota"
    ),
    stated_keys=("totale", "numero", "quota"),
    # lcnet.extract.elliptic: counts whose noun is left out
    plural_ends=("i",),
    feminine_plural_ends=("ane", "ine", "ene", "che"),
    joined_bare="(?:(?:ne )?sono (?:entrate|state ammesse)|entrarono|aderirono)",
    joined_bare_words=("entrate", "ammesse", "entrarono", "aderirono"),
    having_verbs=(
        "conta",
        # "l'Italia ne ha otto": "ne" stands for the cities ("ha" alone has too many objects)
        "ne ha",
        "ne aveva",
        "ne annovera",
        "contava",
        "sale a",
        "salì a",
        "arriva a",
        "arrivò a",
        "arrivava a",
        "è arrivata a",
        "è salita a",
    ),
    having_now=("conta", "sale a", "arriva a"),
    having_country="il paese",
    # the epithet after a country's name: "la Svizzera vicina ne conta due"
    country_epithets=("vicina", "vicino"),
    subject_in_the_verb=True,
    placed_joined_connector=r"(?:da|dal|dalla|dall['\u2019])",
    placed_joined_verbs="(?:sono (?:state )?(?:ammesse|scelte|selezionate)|sono entrate)",
    placed_joined_words=("sono",),
    # lcnet.extract.corrected: the figures a correction set
    correction=Correction(
        words=r"(?:corrett\w*|corress\w*|rettific\w*|cifr[ae]|numeri)",
        links=r"(?:a|ad|in)",
        starts=("corrett", "corress", "rettific", "cifr", "numeri"),
        conjunctions=r"e|ed",
    ),
    stopwords=frozenset(["il", "di", "che", "della", "per", "gli", "nel", "sono", "non", "una"]),
    # "la Svizzera ha un'unica città": the article elided onto "only" is the number one
    number_words=_number_words() | _APPROXIMATE | {"un'unica": 1, "un\u2019unica": 1},
    approximate_numbers=tuple(_APPROXIMATE),
    round_articles=("un", "una"),
    # "una sola città", "un solo comune": the article is the number one
    only_words=("sola", "solo", "unica", "unico"),
    multipliers={},
    scales={
        "milione": 10**6,
        "milioni": 10**6,
        "mln": 10**6,
        "miliardo": 10**9,
        "miliardi": 10**9,
        "mld": 10**9,
        "mila": 1_000,  # "390 mila", rare in counts
    },
    scale_suffixes={"mln": 10**6, "mld": 10**9},  # "390mln di abitanti"
    fractions={
        "un": Fraction(1),
        "mezzo": Fraction(1, 2),
        "mezza": Fraction(1, 2),
    },
    number_joiners=(),
    decimal_mark=",",
    marks=(
        "la soglia delle",
        "la soglia dei",
        "la soglia di",
        "il traguardo delle",
        "il traguardo dei",
        "il traguardo di",
    ),
    ordinals={
        stem + ending: value
        for stem, value in _ORDINALS.items()
        for ending in ("o", "a", "i", "e")
    }
    | {"unica": 1, "unico": 1},  # "l'unica Learning City svizzera": a count of one
    ordinal_digits=r"(?P<n>\d{1,3})[ºª°]",
    ordinal_after_unit=False,
    qualifiers={
        "oltre": Q.MORE_THAN,
        "più di": Q.MORE_THAN,
        "poco più di": Q.MORE_THAN,
        "ben oltre": Q.MORE_THAN,
        "almeno": Q.AT_LEAST,
        "non meno di": Q.AT_LEAST,
        "circa": Q.ABOUT,
        "intorno a": Q.ABOUT,
        "attorno a": Q.ABOUT,
        "all'incirca": Q.ABOUT,
        "all\u2019incirca": Q.ABOUT,
        "approssimativamente": Q.ABOUT,
        "quasi": Q.NEARLY,
        "poco meno di": Q.NEARLY,
        "meno di": Q.FEWER_THAN,
        "fino a": Q.AT_MOST,
        "al massimo": Q.AT_MOST,
        "supera le": Q.MORE_THAN,  # a verb of passing
        "supera": Q.MORE_THAN,  # before a threshold (Language.marks)
        "sfiora": Q.NEARLY,  # a verb of approaching: "sfiora la soglia delle 430"
        "ha superato": Q.MORE_THAN,
        "ha oltrepassato": Q.MORE_THAN,
        "supera i": Q.MORE_THAN,
        "ha superato le": Q.MORE_THAN,
        "ha superato i": Q.MORE_THAN,
        "supera quota": Q.MORE_THAN,
        "ha superato quota": Q.MORE_THAN,
        # an adverb before the milestone: "la rete supera così quota 400"; near it: "sfiora
        # quota 400" (not reached yet)
        **dict.fromkeys(
            (
                f"{verb} {adverb} quota"
                for verb in ("supera", "superato", "oltrepassa", "oltrepassato")
                for adverb in ("così", "ora", "già", "ormai", "dunque", "adesso", "quindi")
            ),
            Q.MORE_THAN,
        ),
        **dict.fromkeys(  # "la rete ha ormai superato quota 400"
            (f"{adverb} superato quota" for adverb in ("così", "già", "ormai", "quindi")),
            Q.MORE_THAN,
        ),
        "oltre quota": Q.MORE_THAN,
        "sfiora quota": Q.NEARLY,
        "si avvicina a quota": Q.NEARLY,
        # a verb of passing or approaching with an adverb or a tense, then the article: "ha
        # ormai superato le 400", "sfiora le 430" (not reached), "si aggira sulle 425"
        **{
            f"{verb}{adverb}{article}": qualifier
            for verbs, articles, qualifier in (
                (
                    (
                        "supera",
                        "superava",
                        "ha superato",
                        "aveva superato",
                        "oltrepassa",
                        "ha oltrepassato",
                    ),
                    (" le", " i"),
                    Q.MORE_THAN,
                ),
                (("sfiora", "sfiorava", "ha sfiorato"), (" le", " i"), Q.NEARLY),
                (("si avvicina", "si avvicinava"), (" alle", " ai"), Q.NEARLY),
                (
                    ("si aggira", "si aggirava"),
                    (" intorno alle", " attorno alle", " sulle", " intorno ai", " sui"),
                    Q.ABOUT,
                ),
            )
            for verb in verbs
            # an adverb of degree too: "la rete supera ampiamente le 400 città"
            for adverb in (
                "",
                " già",
                " ormai",
                " ora",
                " così",
                " oggi",
                " ampiamente",
                " abbondantemente",
                " largamente",
                " ben",
            )
            for article in articles
        },
        **dict.fromkeys(  # "la rete ha ormai superato le 400 città"
            (
                f"{aux} {adverb} {verb}{article}"
                for aux in ("ha", "aveva")
                for adverb in ("già", "ormai", "così", "ora")
                for verb in ("superato", "oltrepassato")
                for article in (" le", " i")
            ),
            Q.MORE_THAN,
        ),
    },
    # a word of exactly after a count in talk: "Son 300 exactas" (elliptic.subjectless_counts)
    qualifiers_after={
        "o più": Q.AT_LEAST,
        "esatte": Q.EXACT,
        "esatti": Q.EXACT,
        "precise": Q.EXACT,
    },
    addition_after=("in più", "nuove", "nuovi"),
    addition_before=(),  # "altre 72" are others: the subject joins with them
    other_before=("altre", "altri"),
    # "sono 115 le città", "undici delle nuove città"
    unit_linkers=("di", "le", "i", "gli", "delle", "dei", "degli"),
    # "gli abitanti delle città membri superano i 310 milioni"
    population_heads=(r"popolazione", r"abitanti"),
    units={
        "località": Unit.CITY,  # a place word: the network's only beside a verb of joining
        "province": Unit.CITY,
        "nuove adesioni": Unit.MEMBER,
        "adesioni": Unit.MEMBER,
        # "72 candidature accolte": applications, an intake once accepted, else
        # candidates (candidate_cues), as es and pt "candidaturas"
        "candidature": Unit.MEMBER,
        "nuovi ingressi": Unit.MEMBER,
        "ingressi": Unit.MEMBER,  # "54 ingressi, 229 città in 64 Paesi": an intake's entries
        "nuove ammissioni": Unit.MEMBER,  # "con le 55 nuove ammissioni la rete conta 230"
        "ammissioni": Unit.MEMBER,
        "ammesse": Unit.MEMBER,  # "tra le 72 nuove ammesse": the admitted ones
        "ammessi": Unit.MEMBER,
        "città": Unit.CITY,
        "città membro": Unit.CITY,
        "città membri": Unit.CITY,
        "città-membro": Unit.CITY,
        # wire copy writes the accent as an apostrophe: "altre 53 citta' di 27 Paesi"
        "citta'": Unit.CITY,
        "citta\u2019": Unit.CITY,
        "comuni": Unit.CITY,
        "governi locali": Unit.CITY,  # "mezzo centinaio di governi locali"
        # "sono stati 72 i centri di 46 Paesi", "diciassette posti in questa tornata":
        # with a cue only
        "centri": Unit.CITY,
        "centri urbani": Unit.CITY,
        "posti": Unit.CITY,
        "new entry": Unit.MEMBER,  # "tra le 72 new entry di quest'anno"
        # the newcomers named as such: "Le nuove arrivate provengono da 27 Paesi"
        "nuove arrivate": Unit.MEMBER,
        "nuovi arrivati": Unit.MEMBER,
        "neoammesse": Unit.MEMBER,
        "municipalità": Unit.CITY,
        # other nouns of a town, the network's only with a cue in their sentence (weak):
        # "425 metropoli e centri minori", "i 425 territori della rete"
        "metropoli": Unit.CITY,
        "territori": Unit.CITY,
        "enti locali": Unit.CITY,
        "amministrazioni locali": Unit.CITY,
        # the chosen ones named by their participle, as newcomers are: "72 nuove elette",
        # "72 nuove entrate", "le nuove selezionate" (after "nuove" only)
        "nuove elette": Unit.MEMBER,
        "nuove entrate": Unit.MEMBER,
        "nuove selezionate": Unit.MEMBER,
        "nuove prescelte": Unit.MEMBER,
        "realtà": Unit.CITY,  # "altre cinque realtà italiane": places, here cities
        "membri": Unit.MEMBER,
        "aderenti": Unit.MEMBER,  # "tra le settantadue nuove aderenti"
        "learning cities": Unit.CITY,  # "l'Italia resta a sei Learning Cities"
        # the English noun kept invariant, as "città": "le altre due Learning City italiane"
        "learning city": Unit.CITY,
        "paesi": Unit.COUNTRY,
        "paesi membri": Unit.COUNTRY,  # of UNESCO, often: says nothing of the network
        "stati membri": Unit.COUNTRY,
        "nazioni": Unit.COUNTRY,
        "stati": Unit.COUNTRY,
        "cittadini": Unit.CITIZEN,
        "abitanti": Unit.CITIZEN,
        "persone": Unit.CITIZEN,
        "residenti": Unit.CITIZEN,
        "capitali": Unit.CAPITAL,
    },
    singular_units={
        "città": Unit.CITY,
        "citta'": Unit.CITY,
        "citta\u2019": Unit.CITY,
        "comune": Unit.CITY,
        "municipalità": Unit.CITY,
        "learning city": Unit.CITY,  # "la sesta Learning City italiana"
        "membro": Unit.MEMBER,
    },
    modifiers_before={
        # "la rete conta una sola città", "le due sole città": only so many
        "sola": Role.PLAIN,
        "sole": Role.PLAIN,
        "solo": Role.PLAIN,
        "soli": Role.PLAIN,
        "unica": Role.PLAIN,  # "una unica città"
        "unico": Role.PLAIN,
        "prime": Role.PLAIN,  # "les deux premières villes": which ones, after a number
        "primi": Role.PLAIN,
        "nuove": Role.NEW,
        "nuovi": Role.NEW,
        "nuova": Role.NEW,
        "nuovo": Role.NEW,
        "altre": Role.OTHER,
        "altri": Role.OTHER,
        # "72 città di 46 diversi Paesi"
        "diversi": Role.PLAIN,
        "diverse": Role.PLAIN,
        "differenti": Role.PLAIN,
        # "sono 64 le nuove città", "diventano 6 le città italiane": the article stands
        # between the number and what it counts
        "le": Role.PLAIN,
        "i": Role.PLAIN,
        # "sale così a 5 il numero di città italiane": the count before what it counts
        "il numero di": Role.MEMBER,
        "il numero delle": Role.MEMBER,
    },
    modifiers_after={
        "premiate": Role.AWARDED,  # "sulle 28 città premiate dall'UNESCO"
        "premiati": Role.AWARDED,
        # "170 miembros activos en 53 países": active members
        "attivi": Role.MEMBER,
        "attive": Role.MEMBER,
        "nuove": Role.NEW,
        "nuovi": Role.NEW,
        "membro": Role.MEMBER,
        "membri": Role.MEMBER,
        "aderenti": Role.MEMBER,
        "che apprendono": Role.LEARNING,
        "dell'apprendimento": Role.LEARNING,
        "dell\u2019apprendimento": Role.LEARNING,
        "di apprendimento": Role.LEARNING,
        "in tutto il mondo": Role.PLAIN,
        "di tutto il mondo": Role.PLAIN,
        "del mondo": Role.PLAIN,
        "partecipanti": Role.PLAIN,
    },
    demonyms=_DEMONYMS,
    country_names=_COUNTRIES,
    regions={
        "africa": "africa",
        "africane": "africa",
        "africani": "africa",
        "continente africano": "africa",
        "africano": "africa",
        "vecchio continente": "europe-north-america",
        "stati arabi": "arab-states",
        "arabe": "arab-states",
        "arabi": "arab-states",
        "asia e pacifico": "asia-pacific",
        "asia e del pacifico": "asia-pacific",  # "dell'Asia e del Pacifico"
        "asia-pacifico": "asia-pacific",
        "europa e nord america": "europe-north-america",
        "europa e nordamerica": "europe-north-america",
        "europa": "europe-north-america",
        "europee": "europe-north-america",
        "europei": "europe-north-america",
        "america latina e caraibi": "latin-america-caribbean",
        "america latina": "latin-america-caribbean",
        "latinoamericane": "latin-america-caribbean",
    },
    place_connectors=(
        "che coprono",
        "coprendo",
        "ripartite in",
        "di",
        "da",
        "in",
        "del",
        "dell",  # "dell'Ecuador": the article elided onto it
        "della",
        "dei",
        "delle",
        "dal",
        "dalla",
        "dai",
        "nel",
        "nella",
        "nei",
        "negli",
        "provenienti da",
        "sparse in",
        "sparsi in",  # members are masculine: "425 membri, sparsi in 91 Paesi"
        "distribuite in",
        "distribuiti in",
        "situate in",
        "situati in",
        "ripartiti in",
    ),
    possession_words=(
        "anche",  # "il Vietnam ha anche": an adverb of the verb
        # "l'Italia vi conta otto città" (the clitic of count_clitics, "ne", is passed over
        # where the figure has its own noun: lcnet.extract.metric._country_before)
        "vi",
        "così",
        "quindi",
        "dunque",
        "solo",
        "soltanto",
        "solamente",
        "già",
        "ora",
        "oggi",
        "attualmente",
        "ha",
        "aveva",
        "conta",
        "annovera",
        "contava",  # "l'Italia contava tre città"
        "conterebbe",  # the conditional of hearsay: "l'Italia ne conterebbe una decina"
        "annoverava",
        "totalizza",
        "resta a",  # "l'Italia resta a sei Learning Cities"
        "sale a",  # "l'Italia sale a otto"
        "salgono a",
        "è salita a",
        "arriva a",
        "è arrivata a",
        "passa a",
        "è passata a",
        "resta",
        "un totale di",
        "in tutto",
        "con",
        # "L'area Asia-Pacifico ha contribuito con 21 nuovi membri": a share contributed
        "contribuito",
        "contribuisce",
        "fornito",
        "fornisce",
        # "la Germania è ancora rappresentata da quattro città"
        "è",
        "ancora",
        "rappresentata",
        "rappresentato",
        "da",
        # "la Corea del Sud è molto presente con una ventina di città"
        "molto",
        "presente con",
    ),
    # "la rete GNLC", "nel Network Globale delle Learning Cities": the network's word and
    # its name are one name, so that "la rete" in them is no reference of its own.
    # Every fragment's longest literal word (its anchor, found with str.find) must be
    # the name's own, not a word that names no network by itself ("rede", "città",
    # "netzwerk", a unit); such words stand in non-capturing groups, which anchors skip.
    network_names=(
        rf"{_RETE} (?:delle |di |of )?learning cities(?: dell{_A}unesco)?",
        rf"{_RETE} (?:delle |di )?(?:città) dell{_A}apprendimento(?: dell{_A}unesco)?",
        rf"{_RETE} (?:delle |di )?(?:città) che apprendono",
        rf"{_RETE} (?:delle |di )?(?:città) che imparano",
        rf"{_RETE} (?:delle |di )?(?:città) di apprendimento",
        r"(?:rete|network) (?:unesco )?gnlc",
        rf"(?:città) dell{_A}apprendimento",
        r"(?:città) che apprendono",
        r"(?:città) che imparano",
        r"(?:città) di apprendimento",
        r"global network of learning cities",
        r"learning cit(?:y|ies)",
        r"gnlc",
    ),
    network_references=(
        r"(?:la|questa|tale|della|alla|nella|dalla|sulla|detta|quella|una) rete"
        r"(?: globale| mondiale| internazionale)?\b(?!\s+(?:ferroviaria|stradale|idrica"
        r"|elettrica|fognaria|sociale|wi-?fi|scolastica|ospedaliera|commerciale|di (?:scuole"
        r"|trasporto|distribuzione|negozi)))",
        r"\bil network\b",
        r"\bdel network\b",
        r"\bnel network\b",
    ),
    other_networks=(
        # a city's own networks: on a page about the GNLC they own the figures near them
        r"rete (?:ferroviaria|stradale|idrica|elettrica|fognaria|scolastica|ospedaliera)",
        r"città creative",
        # "si tratta di un'altra rete UNESCO, che conta circa 350 città": not this one
        r"un['\u2019]altra rete",
        # "È un programma distinto dell'UNESCO, con circa 400 città": set apart
        r"programma (?:distinto|diverso|separato|a sé)",
        r"altro programma",
        r"rete (?:distinta|diversa|separata|a sé)",
        r"creative cities",
        r"\brvcu\b",
        r"città educative",
        r"città educanti",
        r"città sane",
        r"città amiche (?:dei bambini|delle persone anziane|degli anziani)",
        r"sindaci per la pace",
        r"mayors for peace",
        r"comuni virtuosi",
        # the international league of small towns ("oltre 300 centri in 33 Paesi")
        r"cittaslow",
        # national associations and labels of towns ("i 900 comuni con la qualifica di
        # Città che legge", "oltre 400 Città del Vino", "i Borghi più belli d'Italia")
        r"città che legge",
        r"città del vino",
        r"città dell['\u2019]olio",
        r"borghi più belli",
        r"eurocities",
        r"città inclusive e sostenibili",  # UNESCO's ICCAR
        r"\biccar\b",
    ),
    other_programmes=(
        r"patrimonio (?:mondiale|dell['\u2019]umanità|culturale immateriale)",
        r"riserve? (?:della )?biosfera",
        r"geoparchi",
        r"geoparco",
        r"capitale (?:italiana|europea) della cultura",
        r"premio (?:unesco )?(?:per le |delle )?(?:learning cities|città"
        r" dell['\u2019]apprendimento)",
        r"learning city award",
    ),
    elsewhere=(
        r"leggi (?:anche|tutto)",
        r"articoli correlati",
        r"notizie correlate",
        r"(?:i )?più lett[ie]",
        r"potrebbe (?:anche )?interessarti",
        r"altre notizie",
    ),
    # the intake told before includes them: "Due città italiane ne fanno parte"
    included_words=(r"\binclud(?:e|ono)\b", r"\bne f(?:anno|a|acevano) parte\b"),
    subset_cues=(
        r"\b(?:tra|fra) (?:queste|questi|loro|le nuove|i nuovi)\b",
        r"\b(?:di|tra|fra) cui\b",  # "54 città, tra cui tre portoghesi"
        r"\b(?:tra|fra) (?:le|i) quali\b",
        # "Nella lista figurano due italiane": the list an intake named before
        r"\bnella lista\b(?! dei membri)",
    ),
    # "Con 56 membri, la Corea è in testa": the country right after the comma
    fronted_with=("con",),
    fronted_links=r"\s*,\s*(?:(?:la|il|lo|i|gli|le)\s+|l['\u2019]\s*)?",
    before_dates=("fino al", "prima del", "fino a", "prima di"),
    number_range=("tra {low} e", "fra {low} e"),
    asked_of_network=("della rete", "nella rete", "gnlc"),
    network_adverbials=(  # the longest first: "L'Italia ha nella rete otto città"
        r"nella rete globale (?:delle|di) città (?:dell'apprendimento|che apprendono)"
        r"(?: dell'unesco)?",
        r"(?:nella|all'interno della) (?:rete|gnlc)(?: dell'unesco)?",
        r"nel gnlc",
    ),
    qualifier_blockers=(
        "sparse",
        "sparsi",
        "distribuite",
        "distribuiti",
        # after a verb of growing, "fino a" is where the count got to, not a bound: "la rete
        # è cresciuta fino a 425 città"
        "cresciuta",
        "cresciuto",
        "cresce",
        "crescono",
        "salita",
        "salito",
        "sale",
        "salgono",
        "aumentata",
        "aumentato",
        "arrivata",
        "arrivato",
        "allargata",
        "allargato",
        "estesa",
        "esteso",
    ),
    unit_roles={
        "località": (Role.WEAK,),
        "province": (Role.WEAK,),
        "nuove adesioni": (Role.NEW,),
        "nuovi ingressi": (Role.NEW,),
        "ingressi": (Role.NEW,),
        "nuove ammissioni": (Role.NEW,),
        "ammissioni": (Role.NEW,),
        "ammesse": (Role.NEW,),
        "ammessi": (Role.NEW,),
        "stati membri": (Role.WEAK,),
        "paesi membri": (Role.WEAK,),
        "centri": (Role.WEAK,),
        "centri urbani": (Role.WEAK,),
        "metropoli": (Role.WEAK,),
        "territori": (Role.WEAK,),
        "enti locali": (Role.WEAK,),
        "amministrazioni locali": (Role.WEAK,),
        "nazioni": (Role.WEAK,),
        "stati": (Role.WEAK,),
        "nuove elette": (Role.NEW, Role.WEAK),
        "nuove entrate": (Role.NEW, Role.WEAK),
        "nuove selezionate": (Role.NEW, Role.WEAK),
        "nuove prescelte": (Role.NEW, Role.WEAK),
        "posti": (Role.WEAK, Role.SEAT),
        "new entry": (Role.NEW,),
        "nuove arrivate": (Role.NEW,),
        "nuovi arrivati": (Role.NEW,),
        "neoammesse": (Role.NEW,),
    },
    one_of=("una delle", "uno dei", "tra le", "fra le"),
    adjectives_as_nouns=True,
    rank_articles=("la", "l['\u2019]", "il"),  # "... il borgo l'ottava"
    rank_ends=(
        "in",
        r"ad? (?:aderire|entrare|essere|ottenere|unirsi|far parte)",
        "dopo",
        "tra",
        r"e l['\u2019]unic[ao]",
    ),
    copulas=(
        "sono",
        "si trovano",
        "erano",  # "294 città; esse si trovavano in 76 paesi"
        "si trovavano",
        "situate",
        "situati",
        "distribuite",
        "distribuiti",
        "ora",
    ),
    money_nouns=(
        "bilancio",
        "budget",
        "spesa",
        "costo",
        "finanziamento",
        "importo",
        "prezzo",
        "contributo",
    ),
    count_heads=("numero", "totale"),
    count_links=("di", "delle", "dei", "della", "del"),
    count_verbs=(
        r"(?:ora |così )?(?:(?:sale|salito|salita|arriva|arrivato|passa|passato|è salito"
        r"|ammonta|ammontava|si attesta|cresce|è cresciuto|aumenta|è aumentato)"
        r"(?: ora| così)? a|(?:raggiunge|raggiunto|tocca|è|era)(?: ora| [a-zàèéìòù]{3,}mente)?"
        r"(?: di| pari a)?)",
    ),
    negative_subjects=(
        r"associazione",
        # (not a club of cities: "entriamo in un club di oltre 400 città" is the body the
        # city joins, said as "rete di" is)
        r"\bclub\b(?! di (?:oltre |più di |circa |quasi )?\d[\d\s.]* (?:città|comuni|membri)\b)"
        # nor a club whose own clause counts its cities: "il club conta ormai 425 città"
        r"(?![^.;:!?]{0,40}?\d[\d\s.]* (?:città|comuni)\b)",
        r"sindacato",
        r"federazione",
        r"\bpartito\b",
        r"cooperativa",
        r"\bscuole\b",
        r"\bstudenti\b",
        r"\balunni\b",
        r"\banci\b",  # the association of Italian municipalities
    ),
    # "dalla materna all'università", "nelle scuole": a place, not who counts
    list_spans=("tra", "fra"),  # "tra Fermo e Lucca": two ends, not a list
    negative_governors=(
        r"(?:fino )?(?:all['\u2019]|alla |alle |agli |ai |al )",
        r"(?:nell['\u2019]|nella |nelle |negli |nei |nel )",
        r"in (?:una |un |le |i |gli )?",
    ),
    intake_cues=(
        # an accepted application: "la cui candidatura è stata accolta", "hanno visto
        # approvata la loro candidatura", "la rete ha approvato la candidatura di"
        r"\bcandidatur[ae](?: (?:è|sono) stat[ae])? (?:accolt|approvat|accettat)[ae]\b",
        r"\b(?:accolt|approvat|accettat)[ae] (?:la|le) (?:loro |sua )?candidatur[ae]\b",
        r"\b(?:approvat|accettat)o (?:la|le) candidatur[ae]\b",
        r"\b(?:approv|accett)(?:ò|arono) (?:la|le) candidatur[ae]\b",
        r"\bfa il suo (?:ingresso|debutto)\b",
        r"\bha fatto il suo (?:ingresso|debutto)\b",
        r"\bentr(?:a|ano|ata|ate|ati|ato)\b",
        r"\bentrano a far parte\b",
        r"\bader(?:isce|iscono|ito|ire)\b",
        r"\badesion[ei]\b",
        r"\bsi (?:unisce|uniscono|è unita|sono unite|aggiunge|aggiungono)\b",
        r"\bammess[aei]\b",
        # not a host's: "Torino accoglie la conferenza", "accolgono i delegati"
        r"\baccogli(?:e|ono)\b(?! (?:la|il|lo|i|gli|le|l['\u2019]|una?|questa|questo)"
        r" ?(?:\w+ )?(?:conferenz|riunion|incontr|forum|vertic|event|congress|festival|seminar"
        r"|assemble|delegazion|delegat|partecipant|espert|ospit|sindac|rete)\w*\b)",
        r"\baccolt[aei]\b",
        r"\bsi arricchisce di\b",
        r"\binseri(?:sce|scono|t[aeio])\b",
        r"\biscritt[aei]\b",
        r"\bneoelett[aei]\b",
        # an entry into the network, not a building's entrance nor a ticket: "il pannello
        # all'ingresso della biblioteca indica ancora «230 città»", "ingresso libero"
        r"\bingress[oi]\b(?! (?:(?:è|sarà|era) )?(?:libero|gratuito|gratis|ridotto|principale"
        r"|laterale|consentito|riservato|aperto)\b"
        r"| (?:della|del|dello|dell['\u2019]|dei|degli|delle) ?(?:biblioteca|municipio|palazzo"
        r"|museo|scuola|edificio|sala|teatro|sede|stazione|parco|uffici|aula|mostra|chiesa"
        r"|castello|stadio|fiera|auditorium|ateneo|istituto)\w*)",
        r"\b(?:è stata|sono state|è stato|sono stati) (?:riconosciut[aeio]|designat[aeio]"
        r"|selezionat[aeio]|nominat[aeio]|inserit[aeio]|inclus[aeio])\b",
        r"\briconosciut[aei]\b",
        r"\b(?:annunciat|nominat|designat|selezionat|ammess)[ei]\b",
        r"\bdà il benvenuto\b",
        # a bare participle before the others it joined with: "Reggio Calabria, ammessa con
        # altre 76"
        r"\b(?:ammess|accolt|selezionat|inserit)[ao] (?:con|insieme|assieme|accanto)\b",
        # the round itself, named as the intake it was: "diciassette posti in questa tornata"
        # (not "prima di questa tornata la rete contava 356 città", "una rete che, dopo
        # l'ultima tornata, comprende 356 città": a total before or after it)
        r"\bquesta tornata\b(?<!prima di questa tornata)(?<!dopo questa tornata)",
        # a round named by its year: "l'unica città italiana della tornata 2025"
        r"\bdella tornata (?:del )?(?=(?:19|20)\d\d\b)",
        r"\bquest['\u2019]ultima tornata\b(?<!prima di quest.ultima tornata)"
        r"(?<!dopo quest.ultima tornata)",
        r"\b(?:ultima|nuova) tornata\b(?<!prima dell.ultima tornata)(?<!dopo l.ultima tornata)"
        r"(?<!prima della nuova tornata)(?<!dopo la nuova tornata)",
        # the active verb of admitting: "l'UNESCO ha ammesso ieri 77 nuove città"
        # (past only: "la rete ammette fino a 425 città" says what it may take)
        r"\b(?:ha|hanno|aveva) ammesso\b",
        # the clitic's cities added, its count right after: "nel 2024 la rete ne ha aggiunte 64"
        r"\bne (?:ha|hanno|aveva) aggiunt[oaie](?= (?:altr[ei] )?\d)",
    ),
    total_cues=(
        r"\bcont(?:a|ava|ano)\b",
        r"\bcomprende(?:va)?\b",
        r"\braccoglie(?:va)?\b",
        r"\briunisce\b",
        r"\bannover(?:a|ava)\b",
        r"\b(?:è )?(?:compost|format|costituit)[oa] da\b",  # la rete, il network
        r"\bfanno parte\b",
        r"\bfacevano parte\b",
        r"\brete di\b",
        # a body the city enters, as "rete di": "una comunità di oltre 150 città"
        r"\b(?:comunità|gruppo|famiglia|club|cerchia) di\b",
        r"\b(?:un|in) totale(?: di)?\b",
        r"\bin tutto\b",
        # have, but not as the auxiliary of a past tense: "L'Africa ha ottenuto diciassette
        # posti in questa tornata" (the verb after the figure decides)
        r"\b(?:ha|aveva|hanno|avevano)\b(?! (?:\w+(?:at|ut|it)[oaie]|accolto|raggiunto|ammesso"
        r"|aggiunto|preso|messo|scelto|visto|fatto|vinto|perso)\b)",
        r"\b(?:sale|salgono|salito|salita|arriva|arrivano|passa|passano|porta|portando"
        r"|raggiunge|raggiungendo) (?:così )?a\b",
        # reached, with its count right after (not "hanno raggiunto la rete": joined):
        # "77 città sono entrate e la rete ha raggiunto 294 membri"
        r"\b(?:raggiunt[oaie]|raggiung(?:e|ono|eva|endo|erà))(?=\s+(?:(?:quota|oltre|circa"
        r"|così|ora|i|le)\s+)?\d)",
        # the verb that takes its object to a count, as fr "portent le réseau à": "L'arrivo
        # di 72 nuove città porta la rete a 425", "portano il totale a quota 425"
        r"\bport(?:a|ano|ando|ò|arono|ava|avano)\b(?= (?:la|il|lo|l['\u2019]|le|i|gli) )",
        r"\b(?:le|sue|alle)(?=\s+(?:oltre\s+|circa\s+|più\s+di\s+)?\d)",
    ),
    along_cues=(r"\binsieme (?:a|ad|con)\b", r"\bassieme (?:a|ad|con)\b", r"\baccanto a\b"),
    besides_cues=(r"\boltre a(?:lle|i|d)?\b", r"\ba parte\b", r"\bescluse\b"),
    plural_articles=("le", "i", "gli"),
    count_predicates=(
        # the conditional of hearsay too: "le italiane sarebbero una decina"
        r"(?:sono|erano|furono|sarebbero)(?: stat[ei])?"  # "le nuove ammesse sono state 65"
        r"(?: (?:ora|oggi|già|adesso|allora|ormai|dunque|quindi|così))?"
        # "only", "still": "le italiane erano soltanto tre", "sono ancora sei"
        r"(?: (?:soltanto|solo|solamente|appena|ancora))?"
        r"(?: (?:diventate|salite a|arrivate a))?",
        r"(?:diventano|(?:salgono|salivano|arrivano|ammontano|ammontavano)"
        r"(?: (?:così|ora|oggi|quindi|dunque|ormai|adesso))? a)",
    ),
    count_predicates_first=(
        r"(?:oggi |ora |già )?(?:sono|erano|furono|sarebbero)(?: stat[ei])?(?: ora| oggi| già)?",
    ),
    country_subjects=("il paese", "il regno", "la repubblica", "il sultanato", "l'emirato"),
    speech_cues=(
        # a page that shows a figure is its speaker, not its owner
        r"mostra(?:va|no|vano)?",
        r"parla(?:va)? di",
        r"menziona(?:va)?",
        r"cita(?:va)?",
        r"riporta(?:va|no)?",
        r"ha detto",
        r"hanno detto",
        r"ha dichiarato",
        r"hanno dichiarato",
        r"ha spiegato",
        r"ha ricordato",
        r"ha sottolineato",
        r"secondo",
        r"sostien(?:e|eva|ono)",  # a speaker's claim is no count of its own
        r"afferm(?:a|ava|ano)",
        r"scriv(?:e|eva|ono)",
    ),
    presence_words=(
        "presente",
        "presenti",
        "attiva",
        "attivo",
        "rappresentata",
        "diffusa",
        "presenza",
        "estende",  # "la rete si estende in 91 paesi"
        "estesa",
    ),
    # cities spread over countries, their subject the cities:
    # "le città sono distribuite in 62 Paesi"
    spread_words=(
        "distribuite",
        "distribuiti",
        "ripartite",
        "sparse",
        "diffuse",
    ),
    among_new_cues=(
        # without a verb, the intake counted: "una delle due città italiane tra le 72 nuove"
        r"tra (?:i|le) \d+ nuov[ie]",
        r"(?:fanno|facevano) parte (?:dei|delle) (?:\d+ )?nuov[ie]",
        r"(?:sono|figurano) tra (?:i|le) (?:\d+ )?nuov[ie]",
    ),
    difference_before=(
        r"(?:aumentat[aoie]|cresciut[aoie]|salit[aoie]) di(?: (?:oltre|quasi|circa))?",
    ),
    # "so far": joined so far, a total
    cumulative_cues=(
        r"\bfinora\b",
        r"\bad oggi\b",
        r"\bfino ad oggi\b",
        r"\bdalla sua (?:nascita|creazione|fondazione)\b",
    ),
    company_words=("con",),  # "junto a otras 71": others, their noun left out
    others_prepositions=("a", "ad", "alle", "con"),  # "si aggiunge ad altre 71": 72 in all
    # "Parteciperanno 40 città": the places people come from to a meeting, not members
    attending_before=r"(?<!\w)(?:parteciperanno|interverranno|saranno presenti)",
    pronoun_counts=(
        r"ne (?:cont(?:a|ava|ano|erebbe|erebbero)|annover(?:a|ava)|raccoglie(?:va)?|riunisce)",
        # recognised or admitted, of the cities said before: "ad oggi ne sono state
        # riconosciute 229", "ne sono entrate altre 64"
        r"ne (?:sono|erano|furono) (?:stat[ei] )?(?:riconosciut|ammess|accolt|selezionat"
        r"|designat|inserit|entrat)[ei](?: altr[ei])?",
        # an intake, the verb active, its subject the agency or the network: "a febbraio
        # l'UNESCO ne ha accolte 64", "la rete ne accoglie altre 64"
        r"ne (?:ha|hanno|aveva|avevano|avrebbe) (?:accolt|ammess|aggiunt|inserit|selezionat"
        r"|designat|riconosciut|scelt)[eiao](?: altr[ei])?",
        r"ne (?:accoglie|accolse|ammette|ammise|aggiunge|aggiunse)(?: altr[ei])?",
        # a count that rises, of a country or the network, its unit said before or in
        # the title: "l'Italia sale a otto", "la rete arriva così a 425"
        r"(?:sale|è salit[ao]|arriva|è arrivat[ao]|passa|è passat[ao])"
        r"(?: (?:così|ora|oggi|quindi|dunque|ormai|adesso))? a(?: quota)?",  # not "salgono"
        # a count reached: "con loro la rete tocca quota 356, distribuite in 79 Paesi"
        r"(?:tocca|ha toccato|raggiunge|ha raggiunto)(?: (?:così|ora|oggi|quindi|dunque"
        r"|ormai|adesso))? quota",
        # taken to a count, as fr "portent le Maroc à neuf": "L'arrivo di 72 nuove città
        # porta la rete a 425", "portano il totale a quota 425"
        r"port(?:a|ano|ando|ò|arono)(?: (?:così|ora|quindi|dunque))? (?:la |il |lo |l['\u2019])"
        r"[^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,4} a(?: quota)?",
    ),
    part_linkers=("dei", "delle", "degli"),
    # "e l'Italia partecipa con sei di esse": the share of the country before
    share_words=(
        "partecipa",
        "partecipava",
        "con",
        "contribuisce",
        "ha",
        "aveva",
        "conta",
        "contava",
    ),
    comparatives=("di", "che"),
    comparative_degrees=("meno", "più"),
    closing_count_verbs=("conta", "contava", "annovera"),
    intake_lists=(r"\b(?:la|nella) (?:nuova )?lista\b(?! (?:dei membri|delle città)\b)",),
    rank_for=("per", "per l'", "per la", "per il", "per lo"),
    later_clause=(
        r"\bprima (?:che|di|della|del|dello|dei|degli)\b",
        r"\bprima dell['\u2019]",
        r"\bfino a\b",
    ),
    announcement_cues=(r"\bcomunicato\b", r"\bannunci"),
    correction_cues=(r"\brettific", r"\bcorrett[aoie]\b", r"\bcorrezione\b"),
    superseded_cues=(
        r"\binizialmente\b",
        r"\bin un primo momento\b",
        r"\boriginariamente\b",
        r"\b(?:annuncio|comunicato|elenco) iniziale\b",  # "l'annuncio iniziale parlava di 55"
        r"\b(?:primo annuncio|primo comunicato|primo elenco|prima versione)\b",
    ),
    count_predicate_words=(
        "sono",
        "erano",
        "furono",
        "sarebbero",
        "diventano",
        "salgono",
        "salivano",
        "arrivano",
        "ammonta",
    ),
    respective_new=(
        r"(?:numero (?:di|dei) )?(?:nuovi membri|nuove città|ingressi|nuove adesioni)",
    ),
    respective_total=(
        r"(?:numero )?totale(?: (?:dei membri|delle città))?",
        r"numero (?:dei|di) (?:membri|città membro)",
    ),
    respective_countries=(r"(?:numero (?:di|dei) )?paesi",),
    respective_articles=("il", "la", "i", "le", "lo", "gli", "suo", "sua", "suoi", "sue"),
    # "il primo comunicato indicava le cifre in 55 e 230"
    respective_anaphora=(r"(?:le|entrambe le|queste|quelle) cifre", r"entrambe"),
    respective_links=("a", "di", "in"),
    conjunctions=("e", "ed"),  # "ed" before a vowel: "Bologna ed Empoli"
    adjective_scopes={
        **dict.fromkeys(("nella rete", "della rete", "in rete"), Role.MEMBER),
        **dict.fromkeys(
            (
                "di questa tornata",
                "di quest'anno",
                "di quest\u2019anno",
                # "l'unica città italiana della tornata 2025"
                "della tornata",
                "dell'ultima tornata",
                "dell\u2019ultima tornata",
            ),
            Role.NEW,
        ),
    },
    rank_verbs=tuple(
        f"{verb} {article}"
        for verb in (
            "è",
            "era",
            "fu",
            "sarà",
            "diventa",
            "è diventata",
            "è diventato",
            "è stata",
            "era stata",
            "divenne",
            "diventò",
            "era diventata",
        )
        for article in ("la", "il")
    ),
    past_rank_verbs=(
        "fu",
        "era",
        "è stata",
        "è stato",
        "era stata",
        "era stato",
        "divenne",
        "diventò",
        "è diventata",
        "è diventato",
        "era diventata",
        "furono",
        "erano",
        "sono state",
        "erano state",
        "sono diventate",
    ),
    newcomer_sets=(
        r"(?:delle|tra le|fra le) (?:\d{1,3} )?(?:nuove(?: città| arrivate| entrate| ammesse)?"
        r"|neoammesse|città (?:appena )?ammesse)(?: (?:quest'anno|questa volta))?",
    ),
    newcomer_words=("nuove", "ammesse"),
    newcomer_verbs=("appartengono", "vengono", "provengono"),
    # "in numero di" says the whole too: "Le nuove città, in numero di 72, vengono da"
    in_all=("in tutto", "in totale", "complessivamente", "in numero di"),
    # "Per tredici Paesi si tratta della prima città ammessa"
    capital_predicates=(r"(?:(?:sono|erano) )?(?:delle )?capitali\b",),
    first_time_cues=(
        # "per 13 di questi si tratta del primo ingresso"
        r"(?:si tratta del|è il|segna il) (?:loro )?primo ingresso",
        # "si tratta della prima adesione", "è la loro prima ammissione"
        r"(?:si tratta della|è la|segna la) (?:loro )?prima (?:adesione|ammissione|città membro"
        r"|partecipazione)",
        r"che (?:non )?(?:avevano|aveva) (?:finora |ancora |prima )?nessun[ao]? (?:città|membro)",
        r"per la prima volta",
        # "dodici Paesi alla prima adesione", "con la loro prima città nella rete"
        r"alla (?:loro )?prima (?:adesione|ammissione|partecipazione)",
        r"con la (?:loro )?prima città\b",
        r"nuovi nella rete\b",  # "46 Paesi, 13 dei quali nuovi nella rete"
        r"\b(?:esordient|debuttant)[ie]\b",  # "Paesi esordienti: 13"
        r"prim[ao] (?:città|comune|membro) ammess[ao]",
        # "per 13 di questi si tratta della prima volta", "per 13 di loro è la prima volta"
        r"si tratta della prima volta",
        r"è la prima volta(?:(?<=questi è la prima volta)|(?<=queste è la prima volta)"
        r"|(?<=loro è la prima volta)|(?<=essi è la prima volta)|(?<=esse è la prima volta))",
    ),
    member_verbs=(
        r"(?:sono|erano) (?:già )?membri\b",
        r"fanno parte\b",
        r"appartengono\b",
    ),
    quota_cues=(
        r"(?:ogni|ciascun) (?:paese|stato|commissione nazionale)",
        r"per paese",
        r"per (?:bando|anno|ciclo|tornata)\b",  # "sostiene solo tre candidature per bando"
    ),
    candidate_cues=(
        # not an accepted one: "la cui candidatura è stata accolta" is an intake
        r"\bcandidat(?:a|e|i|o|ura|ure)\b"
        r"(?!(?: (?:è|sono) stat[ae])? (?:accolt|approvat|accettat))",
        r"\bcandidar(?:si|e|la|le)\b",  # "tre comuni pronti a candidarsi"
        r"\bcandid(?:ino|ano|erà|eranno)\b",  # "spera che altri tre comuni si candidino"
        # "aveva presentato la domanda con altri 3 comuni": applied
        r"\b(?:presentat[oaie]|inoltrat[oaie]|inviat[oaie]) (?:la |una )?(?:propria |sua )?"
        r"domanda\b",
        r"\binteressat[aei]\b",
        r"domande? di adesione",
        r"\bchied(?:e|ono) di (?:entrare|aderire)\b",
        # "altre quattro città che aspirano a entrare", "che vogliono aderire"
        r"\baspir(?:a|ano|ava|avano|ante|anti)\b",
        r"\b(?:vuole|vogliono|desidera|desiderano|punta|puntano) (?:a )?(?:entrare|aderire"
        r"|far parte)\b",
    ),
    circulation_markers=(
        # una fonte che "riporta ancora" una cifra la dice oggi
        r"\bsi legge ancora\b",
        r"\b(?:riporta|riportano|indica|indicano|cita|citano|parla|parlano|annuncia"
        r"|annunciano|mostra|mostrano|dice|dicono|descrive|descrivono) ancora\b",
        # ... o che circola ancora: "un opuscolo del 2022, ancora in distribuzione"
        r"\bancora in (?:distribuzione|circolazione|uso)\b",
        r"\b(?:distribuiamo|distribuisce|distribuiscono|diffondiamo) ancora\b",
        r"\bnon (?:ancora )?(?:(?:è|sono) stat[oaie] )?aggiornat[oaie]\b",
        r"\bmai (?:stat[oaie] )?aggiornat[oaie]\b",
    ),
    still_words=(r"ancora", r"tuttora", r"continua a essere", r"continuano a essere"),
    in_use_words=(
        *(r"disponibil[ei]", r"distribuit[oaie]", r"usat[oaie]", r"utilizzat[oaie]"),
        *(r"in uso", r"in circolazione", r"in distribuzione", r"online", r"espost[oaie]"),
        *(r"affiss[oaie]", r"si distribuisce", r"circola", r"circolano", r"si trova"),
    ),
    present_markers=(
        r"\bora\b",
        r"\boggi\b",
        r"\battualmente\b",
        r"\badesso\b",
        r"\bad oggi\b",
        r"\bfinora\b",
        r"\bquest['\u2019]anno\b",
        r"\bormai\b",
    ),
    historic_markers=(
        # a dated document dates what it says: "our 2021 leaflet", "folleto de 2021"
        r"(?:opuscolo|brochure|rapporto|volantino|edizione|versione|guida|comunicato"
        r"|dépliant|dati|dato|cifra|cifre|statistiche)"
        r"(?: comunale| annuale| ufficiale| iniziale| originale)?"
        r" (?:del|dell\'anno|risalenti al) ",
        # a round of admissions dates what it brought: "dopo la tornata del 2022 erano 294"
        # ... or by the year alone: "con l'edizione 2022 la rete ha raggiunto 294 membri"
        r"(?:tornata|selezione|bando|round|chiamata|ondata|allargamento|ampliamento|espansione)"
        r" (?:del |dell['\u2019]anno )?",
        r"edizione (?=(?:19|20)\d\d)",
        r"nel ",
        r"quella del ",  # "la tornata precedente, quella del 2022": the one of
        r"nell['\u2019]",
        r"nell['\u2019]anno ",  # "Nell'anno 2020 la rete contava 229 città"
        r"a (?:fine|inizio|metà) ",
        r"fino al ",
        r"il ",
        r"al ",
        r"nel corso del ",
        # a season dates a figure by its year: "nell'autunno 2020", "in autunno del 2020"
        r"(?:nell['\u2019]|nella |in |a )?(?:autunno|inverno|estate|primavera) (?:del )?",
        # a document dates what it says: "nel rapporto del 2022 si legge di 294 città"
        r"(?:rapporto|documento|opuscolo|piano|sito|edizione|versione|annuario)(?: \w+)? del ",
        # an announcement dates what it brought: "all'annuncio di febbraio 2024, 356"
        r"(?:all['\u2019]|con l['\u2019]|dopo l['\u2019])annuncio (?:di |del |dell['\u2019])",
        r"(?:con la|dopo la|nella) tornata (?:di |del |dell['\u2019])",
        # a count, list or tally of a month: "il conteggio dell'agosto 2016 dava 115 città",
        # "l'elenco di settembre 2020" (a month and its year: not "dal 2016 al 2020")
        r"(?<![\w-])(?:di |del |dell['\u2019])(?=(?:gennaio|febbraio|marzo|aprile|maggio"
        r"|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre) (?:19|20)\d\d)",
    ),
    founding_words=(
        r"fondat[ao]",
        r"creat[ao]",
        r"lanciat[ao]",
        r"istituit[ao]",
        r"\bnat[ao]\b",  # "nata nel 2013": the historic marker holds the "nel"
        r"creazione",
        r"istituzione",
        r"avviat[ao]",
        r"inaugurat[ao]",
    ),
    intake_points=(
        r"\b(?:dopo|prima|da)\b (?:(?:la|il|l'|l\u2019|le|i|ogni|questa|questo|di|della|del) ?)*"
        r"(?:ammission[ei]|adesion[ei]|selezion[ei]|tornata|annuncio|ingresso|ingressi)",
    ),
    since_words=(
        r"da quando",
        r"sin da",
        r"fin da",
        # "dall'apertura nel 2015": not "dalla rete", from the network
        r"dall['\u2019] ?(?:apertura|avvio|inizio|nascita|creazione|istituzione|adesione"
        r"|ingresso)",
        # "dalla sua nascita nel 2013", "dal suo lancio nel 2013"
        r"dalla (?:sua |loro )?(?:nascita|creazione|istituzione|fondazione|apertura)",
        r"dal (?:suo |loro )?(?:lancio|avvio|debutto|inizio)",
    ),
    rank_after=("dopo", "dietro a", "dietro"),
    city_titles=r"(?:le |la )?città di",
    superlatives=(
        r"(?:è il paese con|ha|conta) (?:il maggior numero di |più )(?:membri|città)(?: membro)?,?"
        r"(?: con)?|guida (?:la classifica )?con"
        r"|guida(?: [\w'-]+){1,3} con"  # "la Thailandia guida la regione con 13"
    ),
    title_abbreviations=("sig", "sigg", "dott", "prof", "avv", "ing", "s", "ss", "on"),
    attendance_before=(
        r"(?:rappresentanti|delegati|delegazioni|partecipanti)"
        r" (?:di|da|provenienti da)(?: (?:oltre|più di|circa|quasi))?",
        # "quasi 700 persone, arrivate da oltre 80 Paesi"
        r"(?:persone|partecipanti|delegati|congressisti|ospiti)\b[^.;:!?]{0,40}?"
        r"(?:provenienti|arrivat[ie]|giunt[ie]|venut[ie]) da(?: (?:oltre|più di|circa|quasi))?",
    ),
    attendance_after=(r"hanno partecipato|parteciparono|erano rappresentate",),
    # a table's column of the network's counts beside another: "| Năm | Mới | Tổng số |"
    column_heads={
        "totale": Role.MEMBER,
        "totale cumulato": Role.MEMBER,
        "complessivo": Role.MEMBER,
        "complessive": Role.MEMBER,
        "nuovi": Role.NEW,
        "nuove": Role.NEW,
    },
    months={
        name: number
        for number, names in enumerate(
            (
                ("gennaio", "gen"),
                ("febbraio", "feb"),
                ("marzo", "mar"),
                ("aprile", "apr"),
                ("maggio", "mag"),
                ("giugno", "giu"),
                ("luglio", "lug"),
                ("agosto", "ago"),
                ("settembre", "set"),
                ("ottobre", "ott"),
                ("novembre", "nov"),
                ("dicembre", "dic"),
            ),
            start=1,
        )
        for name in names
    },
    date_forms=(
        r"{year_first}-{month_number}-{day}(?!\d)",
        r"{day}\.{month_number}\.{year}",
        r"{day}º? {month} {year}",
        r"{month} {year}",
        r"{day}/{month_number}/{year}",
        r"{year}",
    ),
    membership_before_number=(
        r"(?:(?<=\bil )|(?<=\bi )|(?<=\bsale )|(?<=\bsalgono ))"
        r"(?:numero (?:complessivo |totale )?(?:delle |di )?(?:città(?: membro)?|membri)"
        r"|totale(?: delle città| dei membri)?)"
        r"(?:\s+(?:della|nella) rete)?"
        r"\s+(?:(?:ora\s+|così\s+)?(?:sale|salito|arriva|passa|raggiunge)\s+a"
        r"|(?:è|era)\s+(?:di|pari a)"
        r"|(?P<more>supera|superato))"
        # "le città italiane (della rete) sono sei", "... salgono a tre": a country's
        # count named before its number
        rf"|(?<=\ble )città (?P<country>{_PLURAL_ADJECTIVES})(?:\s+(?:della|nella) rete)?"
        r"\s+(?:sono(?:\s+(?:ora|oggi|già|adesso))?|diventano|restano"
        r"|salgono\s+(?:ora\s+|così\s+)?a|passano\s+da\s+\w+\s+a)"
    ),
    membership_anchors=("numero ", "totale ", "città "),
    joined_clause=(
        r"\bquando (?:(?P<self>la (?:nostra )?città|il (?:nostro )?comune) "
        r"|(?P<who>(?:[^\W\d][^\s,;:.!?\d]* ){1,4}?))??"
        r"(?:siamo entrat[ie]|è entrat[ao]|abbiamo aderito|ha aderito|siamo stat[ie] ammess[ie]"
        r"|è stat[ao] ammess[ao])(?!\w)"
    ),
    joined_words=("quando",),
    # a repost's original date follows: "Originally published 5 September 2022"
    republished=(
        r"\bpubblicat[oa] (?:originariamente|per la prima volta|in origine|originalmente)\b"
    ),
    past_states=(
        r"(?:aveva|avevano|contava|contavano|riuniva|riunivano|comprendeva"
        r"|annoverava|raggruppava|superava|raggiungeva|erano|era (?:formata|composta) da)"
        r"(?!\w)"
    ),
    earlier_date=(
        r"(?<!\w)(?:all['\u2019]epoca|allora|a quel tempo|in quel momento|quell['\u2019]anno"
        r"|in quell['\u2019]occasione|in tale occasione"  # on that occasion
        r"|quella (?:tornata|selezione|edizione))"  # that round, said before
        r"(?!\w)"
    ),
    relative_dates={
        # "since February": a figure of it is current since then, so it dates none; it
        # is what "at the time" in a later sentence points back to
        # the month before: "before December"
        "before_month": (r"prima di {month}(?! \d)", r"prima del mese di {month}(?! \d)"),
        "since_month": (r"da {month}(?! \d)",),
        # "two years earlier": counted back from the date said before it
        "years_before": (
            r"{years} anni prima",
            r"un anno prima",
        ),
        # "a year later": counted on from the date said before it
        "years_after": (
            r"{years} anni (?:dopo|più tardi)",
            r"un anno (?:dopo|più tardi)",
            r"l['\u2019]anno (?:seguente|successivo)",
        ),
        # "pochi giorni dopo": the date said before
        "days_after": (
            r"(?:pochi|alcuni|qualche|due|tre) (?:giorni|settimane|giorno|settimana) dopo",
        ),
        # "two years ago": the year, counted back from the text's
        "years_ago": (
            r"{years} anni fa",
            r"un anno fa",
        ),
        "last_month": (r"il mese scorso", r"lo scorso mese"),
        "last_year": (
            r"(?:a |ad |nel )?{month} dell['’]anno scorso",
            r"l['’]anno scorso",
            r"lo scorso anno",
        ),
        "this_year": (
            # "a marzo di quest'anno": that month of the text's year
            r"(?:(?:a|ad|in|nel mese di) )?{month} (?:di )?quest['’]anno",
            r"(?:a|ad|in|nel mese di) {month}(?! \d)",
            r"(?:lo )?scorso {month}(?! \d)",
            r"(?:il |l['’])?{day} {month}(?! \d)",
            # "a fine agosto la rete contava 115 città": a part of a month of the text's year
            r"(?:a|ad|verso) (?:fine|inizio|metà) {month}(?! \d)",
        ),
    },
    origin_words=(
        r"(?:provenient[ei]|originari[ea]?|arrivat[ae]) da(?:i|gli|lle)?",
        r"(?:che )?(?:vengono|provengono|arrivano) da(?:i|gli|lle)?",
    ),
    change_from=r"(?:passat[aoe]|passano|passa|cresciut[aoe]|cresce|salit[aoe]|sale) da(?:i|lle)?",
    change_to=r"(?:a|ai|alle)",
    year_span=r"(?:tra|fra|dal) (?:il )?{first} (?:e|al) (?:il )?{last}",
    # "425 membri, contro le 356 del 2024", "rispetto ai 356": a comparison's start
    change_back=r"contro(?: le| i)?|rispetto a(?:i|lle)?|a fronte d(?:i|ei|elle)",
    since_year=r"(?<!\w)(?:dal|dall[\'\u2019] ?)\s*{year}",
    # a joining since which the main clause's present state holds
    result_connectors=("cosicché", "sicché", "per cui"),
    relative_pronouns=("che", "cui", "il quale", "la quale", "i quali", "le quali", "dove"),
    some_words=(
        "alcuni",
        "alcune",
        "diversi",
        "diverse",
        "parecchi",
        "molti",
        "molte",
        "la maggior parte",
    ),
    first_ones=(r"\bprim[ei]\b(?! volta)",),
    since_event=(
        r"(?<!\w)dalla (?:sua |nostra )?(?:adesione|entrata|ammissione)(?: alla rete)?"
        r" nel {year},(?: [^,.;:]{1,40}?)? (?:ha|hanno|è|sono|lavora|lavorano|condivide"
        r"|fa)(?!\w)"
    ),
    future_cues=(
        r"(?:potrebbe|dovrebbe|potrebbero|dovrebbero) "
        r"(?:raggiungere|superare|arrivare|diventare|essere)",
        r"(?:raggiungerà|supererà|arriverà a|sarebbe|sarà la|sarà il|diventerà)",
        r"(?:conterà|toccherà|salirà a|passerà a)(?!\w)",
        r"(?:aspira|punta) a (?:diventare|essere|raggiungere)",
    ),
    size_linkers=("di", "con", "da"),
    subset_words=(
        "di cui",
        "tra cui",
        "fra cui",
        "tra le quali",
        "fra le quali",
        "tra queste",
        "fra queste",
        "in particolare",
    ),
    country_references=("del paese", "nazionali"),
    weak_present=("già",),
    subject_pronouns=("esse", "queste"),  # and the subject left out: "Provengono da 46 Paesi"
    out_of=("su",),  # a country's count out of the total
    # "Prima di questo annuncio, le città portoghesi erano 14": just before the news
    before_this=(
        r"(?<!\w)prima (?:di quest['\u2019oa] ?|dell['\u2019](?:ultim[oa] )?"
        r"|della (?:nuova |ultima )?|del (?:nuovo )?)"
        r"(?:annuncio|ingresso|ammissione|allargamento|ampliamento|tornata"
        r"|selezione)\b"
        # a named newcomer's arrival: "prima dell'arrivo di Hanoi"
        r"|(?<!\w)prima (?:dell['\u2019] ?(?:arrivo|ingresso|adesione|ammissione) d[i']"
        r"|che (?:[^\W\d_][\w.'\u2019-]*\s){1,4}(?:entrasse|aderisse)\b)"
    ),
    until_now=(
        r"(?<!\w)(?:finora|fino ad ora|fino a oggi|fino ad oggi|sinora"
        # "fino alla settimana scorsa", "fino a pochi giorni fa": just before the news
        r"|fino (?:alla settimana scorsa|al mese scorso|a ieri|a pochi giorni fa|a poco fa)"
        r")\b[^.!?;]{0,40}?(?<!\w)"
        r"(?:contava|riuniva|comprendeva|raccoglieva|annoverava|aveva|erano)(?!\w)"
        # the verb first: "La rete, che contava finora 292 membri, ne conta ora 356"
        r"|(?<!\w)(?:contava|riuniva|comprendeva|raccoglieva|annoverava|aveva)"
        r" (?:finora|fino ad allora|fino ad ora|sinora)(?!\w)"
        # the members before the news: "le 14 italiane che facevano già parte della rete"
        r"|(?<!\w)(?:facevano|erano) già (?:parte|membri)(?!\w)"
        # ... and those a city joins, named by their number: "Torino si aggiunge alle 14
        # italiane della rete" (14 before it; not "alle altre 14": with it, 15)
        r"|(?<!\w)si (?:aggiunge|unisce) (?:alle|ai)(?! altr[ie])(?!(?: \S+)? nuov)(?!\w)"
    ),
    # "Al momento della nostra adesione la rete contava 229 città": when the text's city
    joining_time=(
        r"(?<!\w)(?:al momento|all['\u2019]atto) dell['\u2019a]\s*(?:nostra|sua)"
        r" (?:adesione|ammissione|entrata)(?!\w)"
        r"|(?<!\w)al (?:nostro|suo) (?:ingresso|arrivo)(?!\w)"
        r"|(?<!\w)(?:quando|allorché) (?:siamo entrati|abbiamo aderito"
        r"|(?:la città |il comune )?(?:è entrat[ao]|ha aderito))(?!\w)"
        r"|(?<!\w)era (?:entrat[ao]|stat[ao] ammess[ao])|(?<!\w)aveva aderito(?!\w)"  # trapassato
    ),
    list_links=(
        r"\b(?:sono|erano|è|era|includono|include|comprendono|tra cui|rappresentat[ao] da)\b|:"
    ),
    list_partial=r"\b(?:tra cui|come|incluse|fra cui|ad esempio|fanno parte)",
    sole_words=r"(?:\bl['\u2019]|\b)unic[ao]\b",
    award_words=("premiate", "premiati"),
    zeros=Zeros(
        forms=(
            r"(?:nessuna|nessun|nessuno) (?:(?:altra|nuova) )?(?:città|comune|municipalità) "
            r"(?:(?:membro|dell'apprendimento|dell’apprendimento) )?{demonym}(?!\w)",
            r"(?:nessuna|nessun|nessuno) (?:città|comune) (?:(?:membro) )?(?:di |del |della |dell'"
            r"|dell’|d'|d’|in ){country}(?!\w)",
        ),
        words=("nessun",),
        owned=(
            # "Il Canada non vi conta, a quanto risulta, alcuna città": a clitic, an aside;
            # "il paese", the country named before
            r"(?:{country}|{subject}) non (?:(?:vi|ci|ne) )?(?:ha|aveva|conta|contava|annovera)"
            r"(?:, [^,.;:!?]{{1,40}},)? (?:(?:ancora|finora) )*(?:nessuna|nessun|alcuna|alcun)"
            r" (?:città|comune|membro)(?!\w)",
        ),
        owned_words=("nessun", "alcun"),
        # "non vi conta alcuna città": the "vi" is the network named before
        members=(
            *("membro", "membri", "aderi", "entrat", "la rete", "gnlc", "ammess", "parte"),
            *("non vi ", "non ci "),
        ),
        still=("ancora", "finora", "per ora", "fino ad oggi", "a oggi", "tuttora"),
        blockers=("premio", "award", "premiat", "riconoscimento"),
    ),
    how_many=r"quant[ei]",
    repeat_articles=("i", "le", "gli", "alle", "sulle", "delle", "ai", "sui", "dei"),
    fitting_words=(r"è più giusto", r"è (?:più )?corretto", r"si avvicina di più"),
    repeat_verbs=("restate su", "restiamo su", "tenete", "usate"),
    repeat_markers=(
        r"che (?:ho detto|ho citato|ho menzionato|abbiamo detto|dicevo|citavo)",
        r"(?:citat[ie]|menzionat[ie]) (?:prima|sopra)",
    ),
    country_questions=("e in", "e per", "e", "che dire di"),
    label_links=("ce ne sono", "ce n'erano", "ce n\u2019erano", "se ne contano"),
    now_totals={
        "oggi": (
            r"oggi sono",
            r"sono oggi",
            r"oggi (?:se ne contano|ce ne sono)",
        ),
        "ora": (
            r"ora sono",
            r"sono ora",
            r"ora (?:se ne contano|ce ne sono)",
        ),
        "adesso": (r"adesso sono",),
        "ormai": (
            r"ormai sono",
            r"sono ormai",
        ),
    },
    ask_links=("di", "i", "le"),
    answer_nows=("oggi", "ora"),
    answer_just=("solo", "soltanto"),
    answer_ones=("una",),
    answer_only=("unica", "sola"),
    answer_leads=("sono", "erano", "furono", "ce ne sono", "in tutto", "risposta:", "r:"),
    answer_words=("la risposta è",),
    question_words=("che", "quale", "quali", "chi", "dove", "quando", "perché"),
    alternatives=("o", "oppure"),
    added_words=("altre", "altri", "in più"),
    also_words=("anche", "inoltre", "pure", "oltre"),
    all_words=("tutti i",),
    reached_words=("a", "arrivando a", "portando il totale a", "per un totale di", "salendo a"),
    count_followers=(
        "in",
        "a",
        "al",
        "alla",
        "da",
        "dal",
        "dalla",
        "di",
        "del",
        "della",
        "e",
        "o",
        "ed",
        "con",
        "per",
        "su",
        "dopo",
        "prima",
        "sono",
        "erano",
        "si",
        "hanno",
        "che",
        "questo",
        "questa",
        "questi",
        "queste",
        "la",
        "le",
        "i",
        "il",
        "nel",
        "nella",
        "nei",
        "oggi",
        "ora",
        "già",
        "allora",
        "è",
        "era",
        "sarà",
        "saranno",
        "sarebbero",
        "sarebbe",
        "stato",
        "stati",
        "essere",
        "ancora",
        "solo",
        "soltanto",
    ),
    pronoun_parts=("di esse", "di essi"),
    count_clitics=("ne",),
    member_asides=(
        r",\s+(?:da|a partire da|tra cui|con|dopo)\s+[^\W\d_][^,;.]{1,40}?,"
        r"\s+(?:(?:la |il )?prim[ao]|(?:che )?(?:ha aderito|è entrata|è entrato)|entrata|entrato"
        r"|ammessa|ammesso|arrivata|arrivato|membro)(?!\w)[^,;.]{0,40}?",
    ),
    region_openers=(
        r"in ",
        r"nel ",
        r"nella ",
        r"nell['\u2019]",
        r"sul ",
        r"per (?:il |l['\u2019])?",
    ),
    continents=("continente",),
    pronoun_subjects=("sono", "furono", "erano", "sono state"),
    aside_list_openers=("con", "dopo"),
    of_words=("di", "delle", "dei", "d'", "d\u2019"),
    from_words=("da",),
    joining_nouns=("ingresso", "entrata", "adesione", "ammissione"),
    whose_words=("(?:le|il|i|la) cui",),
    network_of=("rete di",),
    other_calls=(r"(?:a|al|per|per il|al premio)?\s*(?:programma|premio)",),
    only_adjectives=("unica", "unico"),
    our_country=("nostro paese",),
    opening_places=(r"(?:in|nel|nella|nei|negli) (?:(?:la|il|lo|l['\u2019]) ?)?",),
    negations=("non",),
    passive_auxiliaries=("state", "stati", "sono"),
    admitting_verbs=("ammesso", "accolto"),
    list_ends=("a", "ad", "al", "ai", "alle", "con", "e", "di", "da"),
    aside_articles=("la", "le", "l'", "l\u2019", "il", "lo", "gli", "una", "un", "uno"),
    aside_nouns=("città", "capitale", "capoluogo"),
    before_verb_words=(
        "sono",
        "hanno",
        "è",
        "ha",
        "vi",
        "ci",
        "se",
        "si",
        "così",
        "ora",
        "oggi",
        "vanno",
        "ad",
        "anche",
        "ufficialmente",
        "entrambe",
        "fatto",
        "il",
        "le",
        "loro",
        "da",
    ),
    subordinators=("da quando", "quando", "dopo che"),
    time_openers=("lo scorso anno", "l['\u2019]anno scorso", "ieri", "oggi"),
    year_prepositions=("nel", "in"),
    numbered_articles=("le", "i", "gli", "queste", "questi"),
    numbered_years=("nel", "in"),
    both_forms=(r"(?:entrambi|entrambe|ambedue)\s+(?:(?:i|le)\s+)?(?:città|comuni)",),
    into_the_network=(r"(?:a|in|nella|alla)\s+(?:la\s+|le\s+)?rete",),
    the_others=(r"(?:alle|agli|le|gli)\s+(?:altre|altri)?",),
    region_nouns=("regione",),
    got_verbs=(
        "ha",
        "ottenuto",
        "ottiene",
        "conquistato",
        "ricevuto",
        # past verbs of adding say the share of one round: "l'Africa ha portato sette città"
        "portato",
        "piazzato",
        "aggiunto",
        "guadagnato",
    ),
    placed_verbs=(
        "guadagna",
        "piazza",
        "piazzano",
        "porta",
        "portano",
        "manda",
        "mandano",
        "fa",
        "fanno",
        "entrare",
        "vede",
        "vedono",
        "aggiunge",
        "ottengono",
        "ricevono",
        "a",
        "casa",
        "conquista",
        "conquistano",
        "vi",
        "ci",
        "ne",
        "ottiene",
    ),
    share_verbs=("piazza", "piazzano", "piazzò", "fa entrare"),
    side_words=("lato", "fronte"),
    where_words=("dove",),
    country_articles=("il", "lo", "la", "l'", "l\u2019"),
    network_nouns=("rete",),
    demonstratives=("queste", "questi"),
    into_words=("nella", "nel", "alla", "in", "a"),
    part_words=("di (?:esse|essi|queste|questi|cui|loro)", "(?:dei|delle) quali"),
    part_before_words=("di cui",),
    whole_openers=(
        "delle",
        "dei",
        "degli",
        "di queste",
        "di questi",
        "tra (?:le|i|queste|questi)",
        "fra (?:le|i)",
    ),
    elided_ends=("e", "a", "al", "del", "dopo", "da", "nel", "nella"),
    network_places=("nella", "nel"),
    time_prepositions=("prima", "dopo", "fino"),
    that_words=("che",),
    part_openers=("di cui", "tra cui", "tra queste", "delle quali", "dei quali"),
    of_them_cities=("di (?:esse|queste)",),
    of_them_others=("di (?:essi|questi|loro)",),
    joined_ends=("e", "ed", "nel", "nella", "in", "di cui"),
    name_tail_words=("della", "la", "dell'unesco", "dell\u2019unesco"),
    having_adverbs=("ora", "già", "allora", "così", "ormai", "da sola", "da solo"),
    one_words=("una", "uno", "un", "altro", "altra"),
    stated_followers=("e", "ed", "a", "al", "del", "in", "dopo", "da", "nel", "nella", "prima"),
    document_figures=(r"(?:il|i|la|le|una|un)\s+(?:dato|dati|cifra|cifre)",),
    not_name_words=("sua", "suo", "il", "lo", "la"),
    setting_words=(
        "era",
        "erano",
        "fu",
        "il",
        "la",
        "in",
        "l'",
        "e",
        "ed",
        "nel",
        "al",
        "del",
        "di",
        "da",
    ),
    list_nouns=(
        r"(?:elenco|lista|conteggio|bilancio)"
        r"(?: (?:dei|delle|degli) (?:membri|città))?(?: (?:aggiornato|aggiornata))?",
    ),
    bounding_words=("fino", "dal", "da"),
    percent_words=(r"per\s?cento",),
    money_words=("euros?", "dollari", "franchi"),
    glue_words=("un", "una"),
    coordinated_articles=("la", "il", r"l['\u2019]"),
    elided_articles=("la", "le", "il"),
    rank_place_articles=("la", "le", "il", "l'"),
    rank_place_links=(r"(?:di|da|d['\u2019])\s*(?:l['\u2019])?",),
    subject_count_ends=("e", "su", "di", "da", "nel", "in", "accanto", "con", "tra"),
    apposition_indefinites=("una?", "uno", r"un['\u2019]"),
    apposition_definites=("la", "le", r"l['\u2019]"),
    day_suffixes=("º", "°"),
    indefinite_articles=("un", "una", "uno"),
)
