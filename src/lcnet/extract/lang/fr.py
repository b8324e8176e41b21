"""French.

Adjectives usually follow the noun ("64 villes nouvelles" is rare, but "six villes
marocaines", "425 villes membres", "villes apprenantes"), "nouveaux" and "autres" come
before it ("64 nouveaux membres", "71 autres villes"). Numbers: "soixante-dix" (70) and
"quatre-vingt-dix" (90) are added to ("soixante-douze", "quatre-vingt-onze"), so every
number from 70 to 99 is a word of its own here; "vingt et un" too, as "un" and "une" on
their own are articles ("une ville") and never read as a count. "1 000" (a space, or a
no-break one) and "1.000" are a thousand, "1,5 million" one and a half million.
"""

from __future__ import annotations

import unicodedata
from fractions import Fraction

from lcnet.extract.lang import Correction, Language, Role, Unit, Zeros
from lcnet.extract.lang.places_eu import FR as _CLDR_COUNTRIES
from lcnet.model import Qualifier as Q

_ONES = [
    "zéro",
    "",  # "un", "une": articles on their own; see _COMPOUNDS
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
]
_TENS = {
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "septante": 70,  # Belgium, Switzerland
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
}


def _compounds() -> dict[str, int]:
    """Numbers of two words or more that adding their parts would not give."""
    words: dict[str, int] = {}
    for tens, value in _TENS.items():  # "vingt et un", "vingt-et-une": 21
        for one in ("un", "une"):
            words[f"{tens} et {one}"] = words[f"{tens}-et-{one}"] = value + 1
    for one in ("un", "une"):  # "quatre-vingt-un", without "et"
        words[f"quatre-vingt-{one}"] = 81
    words["soixante et onze"] = words["soixante-et-onze"] = 71
    for ones in range(10, 20):  # "soixante-douze" is 60 + 12: not one more digit
        words[f"soixante-{_ONES[ones]}"] = 60 + ones
        words[f"quatre-vingt-{_ONES[ones]}"] = 80 + ones
    words["quatre-vingt"] = words["quatre-vingts"] = 80
    return words


# Feminine and masculine forms of an adjective of nationality: the plural adds "s".
_NATIONALITIES = {
    "FR": ("français", "française"),
    "MA": ("marocain", "marocaine"),
    "CA": ("canadien", "canadienne"),
    "BE": ("belge", "belge"),
    "SN": ("sénégalais", "sénégalaise"),
    "CI": ("ivoirien", "ivoirienne"),
    "TN": ("tunisien", "tunisienne"),
    "DZ": ("algérien", "algérienne"),
    "VN": ("vietnamien", "vietnamienne"),
    "CN": ("chinois", "chinoise"),
    "KR": ("coréen", "coréenne"),
    "ES": ("espagnol", "espagnole"),
    "MX": ("mexicain", "mexicaine"),
    "CO": ("colombien", "colombienne"),
    "BR": ("brésilien", "brésilienne"),
    "IE": ("irlandais", "irlandaise"),
    "DE": ("allemand", "allemande"),
    "IT": ("italien", "italienne"),
    "PT": ("portugais", "portugaise"),
    "GR": ("grec", "grecque"),
    "EG": ("égyptien", "égyptienne"),
    "BJ": ("béninois", "béninoise"),
    "CM": ("camerounais", "camerounaise"),
    "MU": ("mauricien", "mauricienne"),
    "HT": ("haïtien", "haïtienne"),
    "CL": ("chilien", "chilienne"),
    "AR": ("argentin", "argentine"),
    "PE": ("péruvien", "péruvienne"),
    "EC": ("équatorien", "équatorienne"),
    "VE": ("vénézuélien", "vénézuélienne"),
    "CU": ("cubain", "cubaine"),
    "JP": ("japonais", "japonaise"),
    "IN": ("indien", "indienne"),
    "ID": ("indonésien", "indonésienne"),
    "TH": ("thaïlandais", "thaïlandaise"),
    "PH": ("philippin", "philippine"),
    "MY": ("malaisien", "malaisienne"),
    "MN": ("mongol", "mongole"),
    "KZ": ("kazakh", "kazakhe"),
    "IR": ("iranien", "iranienne"),
    "IQ": ("irakien", "irakienne"),
    "TR": ("turc", "turque"),
    "SA": ("saoudien", "saoudienne"),
    "JO": ("jordanien", "jordanienne"),
    "LB": ("libanais", "libanaise"),
    "MR": ("mauritanien", "mauritanienne"),
    "ML": ("malien", "malienne"),
    "BF": ("burkinabè", "burkinabè"),
    "NE": ("nigérien", "nigérienne"),
    "TG": ("togolais", "togolaise"),
    "GA": ("gabonais", "gabonaise"),
    "RW": ("rwandais", "rwandaise"),
    "NG": ("nigérian", "nigériane"),
    "GH": ("ghanéen", "ghanéenne"),
    "KE": ("kényan", "kényane"),
    "ET": ("éthiopien", "éthiopienne"),
    "MG": ("malgache", "malgache"),
    "AU": ("australien", "australienne"),
    "US": ("américain", "américaine"),
    "GB": ("britannique", "britannique"),
    "FI": ("finlandais", "finlandaise"),
    "CH": ("suisse", "suisse"),
    "LU": ("luxembourgeois", "luxembourgeoise"),
    "AT": ("autrichien", "autrichienne"),
    "NL": ("néerlandais", "néerlandaise"),
    "SE": ("suédois", "suédoise"),
    "DK": ("danois", "danoise"),
    "NO": ("norvégien", "norvégienne"),
    "PL": ("polonais", "polonaise"),
    "HU": ("hongrois", "hongroise"),
    "RO": ("roumain", "roumaine"),
    "UA": ("ukrainien", "ukrainienne"),
    "RS": ("serbe", "serbe"),
    "HR": ("croate", "croate"),
    "SI": ("slovène", "slovène"),
    "RU": ("russe", "russe"),
    "AE": ("émirien", "émirienne"),
    "AM": ("arménien", "arménienne"),
    "AZ": ("azerbaïdjanais", "azerbaïdjanaise"),
    "BA": ("bosnien", "bosnienne"),
    "BH": ("bahreïnien", "bahreïnienne"),
    "BY": ("biélorusse", "biélorusse"),
    "CV": ("cap-verdien", "cap-verdienne"),
    "CY": ("chypriote", "chypriote"),
    "GE": ("géorgien", "géorgienne"),
    # GN and GW share "guinéen": left out for both (ambiguous); GW's own form is kept
    "GW": ("bissau-guinéen", "bissau-guinéenne"),
    "LT": ("lituanien", "lituanienne"),
    "MD": ("moldave", "moldave"),
    "NA": ("namibien", "namibienne"),
    "NI": ("nicaraguayen", "nicaraguayenne"),
    "OM": ("omanais", "omanaise"),
    "PS": ("palestinien", "palestinienne"),
    "QA": ("qatari", "qatarie"),
    "SK": ("slovaque", "slovaque"),
    "TM": ("turkmène", "turkmène"),
    "UG": ("ougandais", "ougandaise"),
    "UZ": ("ouzbek", "ouzbèke"),
    "ZA": ("sud-africain", "sud-africaine"),
    "ZM": ("zambien", "zambienne"),
    "ZW": ("zimbabwéen", "zimbabwéenne"),
}
# Second forms news uses as much as the first: "émirati" beside "émirien"
_MORE_NATIONALITIES = [
    ("AE", ("émirati", "émiratie")),
    ("AZ", ("azéri", "azérie")),
]
_DEMONYMS = {
    form: code
    for code, (masculine, feminine) in [*_NATIONALITIES.items(), *_MORE_NATIONALITIES]
    for form in (
        masculine,
        feminine,
        masculine if masculine.endswith(("s", "x")) else masculine + "s",
        feminine + "s",
    )
}


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


# Wire copy without accents: "deux francaises", "les senegalaises sont trois"
_DEMONYMS |= {
    _unaccented(form): code for form, code in _DEMONYMS.items() if _unaccented(form) != form
}

_COUNTRIES = {
    **_CLDR_COUNTRIES,  # every country, as the CLDR names it; the short forms news uses:
    "france": "FR",
    "maroc": "MA",
    "canada": "CA",
    "québec": "CA",
    "belgique": "BE",
    "sénégal": "SN",
    "côte d'ivoire": "CI",
    "côte d\u2019ivoire": "CI",
    "tunisie": "TN",
    "algérie": "DZ",
    "viet nam": "VN",
    "vietnam": "VN",
    "viêt nam": "VN",
    "chine": "CN",
    "république populaire de chine": "CN",
    "corée": "KR",
    "corée du sud": "KR",
    "république de corée": "KR",
    "espagne": "ES",
    "mexique": "MX",
    "colombie": "CO",
    "brésil": "BR",
    "irlande": "IE",
    "allemagne": "DE",
    "italie": "IT",
    "portugal": "PT",
    "grèce": "GR",
    "égypte": "EG",
    "bénin": "BJ",
    "cameroun": "CM",
    "maurice": "MU",
    "île maurice": "MU",
    "haïti": "HT",
    "chili": "CL",
    "argentine": "AR",
    "pérou": "PE",
    "équateur": "EC",
    "venezuela": "VE",
    "cuba": "CU",
    "japon": "JP",
    "inde": "IN",
    "indonésie": "ID",
    "thaïlande": "TH",
    "philippines": "PH",
    "malaisie": "MY",
    "mongolie": "MN",
    "kazakhstan": "KZ",
    "iran": "IR",
    "irak": "IQ",
    "turquie": "TR",
    "arabie saoudite": "SA",
    "jordanie": "JO",
    "liban": "LB",
    "mauritanie": "MR",
    "mali": "ML",
    "burkina faso": "BF",
    "niger": "NE",
    "togo": "TG",
    "gabon": "GA",
    "rwanda": "RW",
    "nigeria": "NG",
    "nigéria": "NG",
    "ghana": "GH",
    "kenya": "KE",
    "éthiopie": "ET",
    "madagascar": "MG",
    "australie": "AU",
    "états-unis": "US",
    "royaume-uni": "GB",
    "finlande": "FI",
    "suisse": "CH",
    "luxembourg": "LU",
    "autriche": "AT",
    "pays-bas": "NL",
    "suède": "SE",
    "danemark": "DK",
    "norvège": "NO",
    "pologne": "PL",
    "hongrie": "HU",
    "roumanie": "RO",
    "ukraine": "UA",
    "serbie": "RS",
    "croatie": "HR",
    "slovénie": "SI",
    "russie": "RU",
}

_ORDINALS = [
    "deuxième",
    "troisième",
    "quatrième",
    "cinquième",
    "sixième",
    "septième",
    "huitième",
    "neuvième",
    "dixième",
    "onzième",
    "douzième",
    "treizième",
    "quatorzième",
    "quinzième",
    "seizième",
    "dix-septième",
    "dix-huitième",
    "dix-neuvième",
    "vingtième",
]

_APOSTROPHES = ("'", "\u2019")

# A round number as a noun, read as about it: "une cinquantaine de pays"
_APPROXIMATE = {
    "dizaine": 10,
    "dizaines": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
    "centaines": 100,
    "millier": 1000,
    "milliers": 1000,
}

LANGUAGE = Language(
    code="fr",
    # lcnet.extract.ranks: the text's own city as a rank's subject, a rank's year
    self_subjects="(?:la|notre|cette) (?:ville|commune)",
    rank_year_prepositions=("en",),
    # lcnet.extract.elliptic: 'only' before a count whose noun is left out
    only_placed=("seulement",),
    # lcnet.extract.joining: the article before a member's rank after its name
    apposed_articles=("la", "le", "l'", "l’"),
    # lcnet.extract.predicates: what may follow a count that ends its clause
    count_ends=("et", "en", "dans", "depuis", "de", "à", "au", "aux", "avec", "sur", "entre"),
    clock_words=r"heures?\b",
    # lcnet.extract.hypothetical: a figure denied
    answer_no=("non",),
    denial_links=("et",),
    denial_words=("non",),
    verdict_words=("vrai", "faux", "trompeur", "imprécis"),
    denied_sayings=(
        r"(?:arrêt|cess)(?:ez|ons|e) de (?:dire|répéter|écrire|prétendre|raconter)",
        r"(?:il )?(?:faut|faudrait) (?:arrêter|cesser) de (?:dire|répéter|écrire)",
        r"ne (?:dites|répétez|écrivez) plus",
    ),
    doubt_questions=(
        "c'est vrai",
        "c’est vrai",
        "est-ce vrai",
        "est-ce exact",
        "est-ce juste",
        "est-ce correct",
        "c'est exact",
        "c’est exact",
        "vrai ou faux",
        "quel chiffre faut-il retenir",
        "quel chiffre retenir",
        "quel chiffre est le bon",
    ),
    rejection_words=(
        "une erreur",
        "une coquille",
        "c'est faux",
        "c’est faux",
        "est faux",
        "inexact",
        "erroné",
        "pas exact",
        "pas vrai",
        "jamais été",
    ),
    # lcnet.extract.origins: a group of newcomers named by a noun of its own
    group_nouns=("apport", "contingent", "promotion", "cohorte"),
    # lcnet.extract.newcomers: parts of an intake by place
    among_words=("parmi",),
    place_articles=("le", "la", "les"),
    region_words=("région",),
    elided_connectors="d|de l|du",
    part_connectors=("à",),
    national_words=("nationales", "nationale"),
    # lcnet.extract.ranks: a plural verb before two members' ranks
    plural_rank_verbs=("sont", "étaient", "furent", "deviennent", "sont devenues", "ont été"),
    # lcnet.extract.historic: the next sentence says what the figure was
    that_figure=r"c['\u2019](?:est|était) le (?:chiffre|nombre|total)|ce chiffre (?:est|était)",
    # lcnet.extract.openings: parts of an intake opening their sentence
    these_countries="de ces pays",
    of_them=r"d['\u2019]entre (?:elles|eux)",
    of_them_words=("entre el", "entre eux"),
    cue_stems=("premi", "capita"),
    # lcnet.extract.closing_counts: a country's count closing its clause
    superlative_words=("le plus",),
    closing_subject_adverbs=("désormais", "aussi"),
    closing_number_adverbs=("désormais", "déjà", "aussi"),
    # lcnet.extract.elliptic: totals stated by a noun of counting, answers
    answer_sources=r"selon|d['\u2019]après",
    stated_determiners="le|un|au",
    stated_nouns=(
        "(?:total|chiffre|nombre)(?: (?:actuel|officiel|exact|correct))?(?: (?:désormais"
        "|aujourd'hui|alors))? (?:est de|est|était de|était|s'élève à|s'élevait à|atteint"
        "|atteignait|passe à|monte à)|total de"
    ),
    stated_keys=("total", "nombre", "chiffre"),
    # lcnet.extract.elliptic: counts whose noun is left out
    plural_ends=("s", "x"),
    feminine_plural_ends=("aises", "aines", "iennes", "ines", "oises", "andes", "ennes"),
    joined_bare="(?:(?:en )?sont entrées|(?:en )?ont été admises|ont rejoint le réseau)",
    joined_bare_words=("entrées", "admises", "rejoint"),
    # lcnet.extract.corrected: the figures a correction set
    correction=Correction(
        words=r"(?:corrig\w*|rectifi\w*|ramen\w*|chiffres?)",
        links=r"(?:à|a)",
        starts=("corrig", "rectifi", "ramen", "chiffre"),
        conjunctions=r"et",
    ),
    stopwords=frozenset(
        [
            "les",
            "des",
            "et",
            "est",
            "dans",
            "qui",
            "pour",
            "sur",
            "avec",
            "aux",
            "du",
            "une",
            "au",
            "ont",
            "sont",
            "été",
            "cette",
            "leur",
            "le",
            "il",
            "elle",
            "ce",
        ]
    ),
    number_words={w: i for i, w in enumerate(_ONES) if w} | _TENS | _compounds() | _APPROXIMATE,
    approximate_numbers=tuple(_APPROXIMATE),
    round_articles=("un", "une"),
    # "une seule ville", "un seul membre": the article is the number one
    only_words=("seule", "seul", "unique"),
    multipliers={"cent": 100, "cents": 100},
    scales={
        "mille": 1_000,
        "million": 10**6,
        "millions": 10**6,
        "milliard": 10**9,
        "milliards": 10**9,
    },
    # "un million", "un demi-milliard", "un demi milliard"
    fractions={"un": Fraction(1), "demi": Fraction(1, 2), "un demi": Fraction(1, 2)},
    number_joiners=(),
    decimal_mark=",",
    marks=(
        "la barre des",
        "la barre de",
        "le cap des",
        "le cap de",
        "le seuil des",
        "le seuil de",
        "la barre symbolique des",
        "le cap symbolique des",
    ),
    ordinals={w: i + 2 for i, w in enumerate(_ORDINALS)}
    | {
        "premier": 1,
        "première": 1,
        "premiers": 1,
        "premières": 1,
        "second": 2,
        "seconde": 2,
        "centième": 100,
        "seule": 1,  # "la seule ville suisse du réseau": a count of one
        "seul": 1,
        "unique": 1,  # "l'unique ville belge"
    },
    ordinal_digits=r"(?P<n>\d{1,3})(?:er|re|ère|e|ème|eme|è|nde?|ᵉ|ʳᵉ|ᵉʳ)",
    ordinal_after_unit=False,
    qualifiers={
        "plus de": Q.MORE_THAN,
        "un peu plus de": Q.MORE_THAN,
        "bien plus de": Q.MORE_THAN,
        "au-delà de": Q.MORE_THAN,
        "au moins": Q.AT_LEAST,
        "pas moins de": Q.AT_LEAST,
        "environ": Q.ABOUT,
        "d'environ": Q.ABOUT,  # "un réseau d'environ 250 villes"
        "d\u2019environ": Q.ABOUT,
        "quelque": Q.ABOUT,
        "quelques": Q.ABOUT,  # "quelques 400 villes", a common spelling of "quelque"
        "autour de": Q.ABOUT,
        "approximativement": Q.ABOUT,
        "près de": Q.NEARLY,
        "près d'un": Q.NEARLY,  # "près d'un demi-milliard"
        "près d\u2019un": Q.NEARLY,
        # the article of a round number elided into the qualifier: "plus d'une centaine"
        "près d'une": Q.NEARLY,
        "près d\u2019une": Q.NEARLY,
        "plus d'un": Q.MORE_THAN,
        "plus d\u2019un": Q.MORE_THAN,
        "plus d'une": Q.MORE_THAN,
        "plus d\u2019une": Q.MORE_THAN,
        "moins d'une": Q.FEWER_THAN,
        "moins d\u2019une": Q.FEWER_THAN,
        "presque": Q.NEARLY,
        "quasiment": Q.NEARLY,
        "un peu moins de": Q.NEARLY,
        "moins de": Q.FEWER_THAN,
        "jusqu'à": Q.AT_MOST,
        "jusqu\u2019à": Q.AT_MOST,
        "au plus": Q.AT_MOST,
        "au maximum": Q.AT_MOST,
        "dépasse les": Q.MORE_THAN,  # a verb of passing
        "a dépassé": Q.MORE_THAN,  # before a threshold (Language.marks)
        "approche": Q.NEARLY,  # a verb of approaching: "approche la barre des 430"
        "frôle": Q.NEARLY,
        "s'approche de": Q.NEARLY,
        "dépasse": Q.MORE_THAN,
        "a franchi": Q.MORE_THAN,
        "franchit": Q.MORE_THAN,
        "dépassait les": Q.MORE_THAN,
        "a dépassé les": Q.MORE_THAN,
        "dépasse désormais les": Q.MORE_THAN,
        "dépasse aujourd'hui les": Q.MORE_THAN,
        "franchit le cap des": Q.MORE_THAN,
        "a franchi le cap des": Q.MORE_THAN,
        "franchit la barre des": Q.MORE_THAN,
        # a verb of passing before a threshold (Language.marks): "le GNLC passe ainsi la
        # barre des 350 membres"
        **dict.fromkeys(
            (
                f"{verb}{adverb}"
                for verb in ("passe", "franchit", "dépasse")
                for adverb in ("", " ainsi", " désormais", " donc", " aujourd'hui")
            ),
            Q.MORE_THAN,
        ),
        "a franchi la barre des": Q.MORE_THAN,
        # a verb of passing or approaching with an adverb or a tense, then the article: "a
        # désormais dépassé les 400", "frôle les 430" (not reached), "avoisine les 425"
        **{
            f"{verb}{adverb}{article}": qualifier
            for verbs, articles, qualifier in (
                (
                    ("dépasse", "dépassait", "a dépassé", "avait dépassé", "excède"),
                    (" les",),
                    Q.MORE_THAN,
                ),
                (("frôle", "frôlait", "approche", "approchait"), (" les",), Q.NEARLY),
                (("s'approche", "s\u2019approche"), (" des",), Q.NEARLY),
                (("avoisine", "avoisinait"), (" les",), Q.ABOUT),
                (("tourne", "tournait"), (" autour des",), Q.ABOUT),
            )
            for verb in verbs
            # an adverb of degree too: "le réseau dépasse largement les 400 villes"
            for adverb in (
                "",
                " déjà",
                " désormais",
                " aujourd'hui",
                " maintenant",
                " ainsi",
                " largement",
                " nettement",
                " bien",
                " de loin",
            )
            for article in articles
        },
        **dict.fromkeys(  # "le réseau a désormais dépassé les 400 villes"
            (
                f"{aux} {adverb} dépassé les"
                for aux in ("a", "avait")
                for adverb in ("déjà", "désormais", "ainsi", "maintenant")
            ),
            Q.MORE_THAN,
        ),
    },
    qualifiers_after={"ou plus": Q.AT_LEAST},
    # after a verb of growing, "jusqu'à" is where the count got to, not a bound: "le réseau
    # a grandi jusqu'à 425 villes"
    # "Avec 56 membres, la Corée est en tête": the country right after the comma
    fronted_with=("avec",),
    fronted_links=r"\s*,\s*(?:(?:la|le|les)\s+|l['\u2019]\s*)?",
    before_dates=("jusqu'au", "jusqu\u2019au", "avant", "avant le", "jusqu'à", "jusqu\u2019à"),
    number_range=("entre {low} et", "{low} à"),
    number_range_not_after=("de",),  # "passé de 229 à 294 villes": a change
    asked_of_network=("du réseau", "gnlc"),
    network_adverbials=(  # the longest first: "La France compte dans le réseau huit villes"
        r"(?:dans le|au sein du) réseau mondial (?:unesco )?des villes apprenantes"
        r"(?: de l'unesco)?",
        r"(?:dans le|au sein du) (?:réseau|gnlc)(?: de l'unesco)?",
    ),
    qualifier_blockers=(
        "grandi",
        "grandit",
        "passé",
        "passée",
        "monté",
        "montée",
        "augmenté",
        "élargi",
        "étendu",
        "grimpé",
        "progressé",
    ),
    addition_after=("de plus", "supplémentaires", "nouvelles"),
    addition_before=(),
    other_before=(),
    unit_linkers=("de", "des"),  # "Onze des nouvelles villes sont des capitales"
    population_heads=(r"population",),
    units={
        "localités": Unit.CITY,  # a place word: the network's only beside a verb of joining
        # the English noun, plural or kept invariant: "la France compte quatre Learning
        # Cities", "les quatre Learning City françaises"
        "learning cities": Unit.CITY,
        "learning city": Unit.CITY,
        "communes": Unit.CITY,
        "collectivités": Unit.CITY,
        "provinces": Unit.CITY,
        "nouvelles adhésions": Unit.MEMBER,
        "adhésions": Unit.MEMBER,
        # "72 candidatures retenues": applications, an intake once accepted, else
        # candidates (candidate_cues), as es and pt "candidaturas"
        "candidatures": Unit.MEMBER,
        "nouvelles admissions": Unit.MEMBER,  # "septembre 2020 : 54 admissions"
        "admissions": Unit.MEMBER,
        # "Cinquante-quatre entrées ; 229 villes dans 64 pays": an intake's entries
        "entrées": Unit.MEMBER,
        "nouvelles entrées": Unit.MEMBER,
        "nouveaux venus": Unit.MEMBER,
        # the chosen ones named by their participle, as newcomers are: "Villes apprenantes :
        # 64 nouvelles élues", "72 nouvelles recrues", "les 72 nouvelles admises" (after
        # "nouvelles" only: "72 élues" are councillors)
        "nouvelles élues": Unit.MEMBER,
        "nouvelles recrues": Unit.MEMBER,
        "nouvelles admises": Unit.MEMBER,
        "nouvelles retenues": Unit.MEMBER,
        "nouvelles sélectionnées": Unit.MEMBER,
        # the newcomers named as such: "Avec ces arrivées, venues de 46 pays"
        "nouvelles venues": Unit.MEMBER,
        "arrivées": Unit.MEMBER,
        "nouvelles arrivées": Unit.MEMBER,
        "nouveaux arrivants": Unit.MEMBER,
        "villes": Unit.CITY,
        "villes-membres": Unit.CITY,
        "municipalités": Unit.CITY,
        "gouvernements locaux": Unit.CITY,  # "une cinquantaine de gouvernements locaux"
        "collectivités locales": Unit.CITY,
        # "dix-sept places dans cette promotion", "173 centres urbains": with a cue only
        "places": Unit.CITY,
        "centres urbains": Unit.CITY,
        # other nouns of a town, the network's only with a cue in their sentence (weak):
        # "les 177 cités réparties dans 41 pays", "425 métropoles et villes moyennes"
        # ("territoires" is left out: the national Cités éducatives count "200 territoires")
        "cités": Unit.CITY,
        "métropoles": Unit.CITY,
        "agglomérations": Unit.CITY,
        "entités locales": Unit.CITY,
        "collectivités territoriales": Unit.CITY,
        "membres": Unit.MEMBER,
        "autres": Unit.OTHERS,  # "rejoint 63 autres"
        "autres villes": Unit.CITY,  # not "autres" then "villes": one phrase
        "autres membres": Unit.MEMBER,
        "pays": Unit.COUNTRY,
        "pays et territoires": Unit.COUNTRY,
        "pays membres": Unit.COUNTRY,  # of UNESCO, often: says nothing of the network
        "autres pays": Unit.COUNTRY,
        "nations": Unit.COUNTRY,  # "présent dans 91 nations", weak as "pays membres"
        "états": Unit.COUNTRY,
        "états membres": Unit.COUNTRY,  # UNESCO's, most often: weak
        "habitants": Unit.CITIZEN,
        "citoyens": Unit.CITIZEN,
        "personnes": Unit.CITIZEN,
        "résidents": Unit.CITIZEN,
        **{f"d{a}habitants": Unit.CITIZEN for a in _APOSTROPHES},  # "millions d'habitants"
        "capitales": Unit.CAPITAL,
    },
    singular_units={
        "ville": Unit.CITY,
        "municipalité": Unit.CITY,
        "commune": Unit.CITY,  # "la seule commune française de cette promotion"
        "learning city": Unit.CITY,  # "la septième Learning City française"
        "membre": Unit.MEMBER,
    },
    modifiers_before={
        # "les deux seules communes françaises", "une seule ville": only so many
        "seules": Role.PLAIN,
        "seuls": Role.PLAIN,
        "seule": Role.PLAIN,
        "seul": Role.PLAIN,
        "unique": Role.PLAIN,  # "une unique ville membre"
        "premières": Role.PLAIN,  # "les deux premières villes": which ones, after a number
        "premiers": Role.PLAIN,
        "nouvelles": Role.NEW,
        "nouveaux": Role.NEW,
        "nouvelle": Role.NEW,
        "nouveau": Role.NEW,
        "autres": Role.OTHER,
        # "passe à huit le nombre de villes françaises": the count before what it counts
        "le nombre de": Role.MEMBER,
        "le nombre des": Role.MEMBER,
    },
    modifiers_after={
        "primées": Role.AWARDED,  # "dix villes primées en 2019"
        "lauréates": Role.AWARDED,
        # "170 miembros activos en 53 países": active members
        "actifs": Role.MEMBER,
        "actives": Role.MEMBER,
        "nouvelles": Role.NEW,
        "nouveaux": Role.NEW,
        "supplémentaires": Role.NEW,
        "membres": Role.MEMBER,
        "membre": Role.MEMBER,
        "apprenantes": Role.LEARNING,
        "apprenante": Role.LEARNING,
        **{f"de l{a}unesco": Role.PLAIN for a in _APOSTROPHES},
        "du monde entier": Role.PLAIN,
        "différents": Role.PLAIN,
        "différentes": Role.PLAIN,
        "participantes": Role.PLAIN,  # of a conference, maybe: says nothing of membership
    },
    demonyms=_DEMONYMS,
    country_names=_COUNTRIES,
    regions={
        "afrique": "africa",
        "africaines": "africa",
        "africains": "africa",
        "africaine": "africa",
        "africain": "africa",
        "continent africain": "africa",
        "vieux continent": "europe-north-america",
        "afrique subsaharienne": "africa",
        "états arabes": "arab-states",
        "arabes": "arab-states",
        "asie-pacifique": "asia-pacific",
        "asie et pacifique": "asia-pacific",
        "asie et le pacifique": "asia-pacific",
        "asie et du pacifique": "asia-pacific",  # "de l'Asie et du Pacifique"
        "europe et amérique du nord": "europe-north-america",
        "europe": "europe-north-america",
        "européennes": "europe-north-america",
        "européens": "europe-north-america",
        "amérique latine et caraïbes": "latin-america-caribbean",
        "amérique latine et les caraïbes": "latin-america-caribbean",
        "amérique latine": "latin-america-caribbean",
        "latino-américaines": "latin-america-caribbean",
        "latino-américains": "latin-america-caribbean",
    },
    place_connectors=(
        "couvrant",
        "qui couvrent",
        "de",
        "du",
        "des",
        "de la",
        "en",
        "au",
        "aux",
        "dans",
        "issues de",
        "issus de",
        "originaires de",
        "provenant de",
        "réparties dans",
        "répartis dans",
        "situées dans",
        "situés dans",
        "à travers",
    ),
    possession_words=(
        "aussi",  # "le Vietnam compte aussi", "n'a encore que": adverbs of the verb
        "également",
        "encore",
        "alors",  # "la France en comptait alors onze": then, of the time said before
        "n'a",
        "n\u2019a",
        "n'en",
        "n\u2019en",
        "en",  # "la France en compte deux"
        "que",  # "il n'en comptait que 115": only
        "qu'",  # "la Suisse ne compte qu'une seule ville", "n'a qu'onze villes"
        "qu\u2019",
        "ne",
        "on",  # "en France, on en compte deux", "on en est à deux"
        "est à",
        "était à",
        "y",
        "n'y",  # "la France n'y compte que quatre villes"
        "n\u2019y",
        "y compte",
        "aligne",
        "alignait",
        "aligne désormais",
        "ainsi",
        "donc",
        "seulement",
        "désormais ainsi",
        "désormais",
        "maintenant",
        "aujourd'hui",
        "aujourd\u2019hui",
        "actuellement",
        "déjà",
        "compte",
        "comptait",
        "compterait",  # the conditional of hearsay: "la France en compterait une dizaine"
        # "La Corée du Sud y est très présente avec une vingtaine de villes", "la
        # Belgique est représentée par deux villes"
        "y",
        "très",
        "présente avec",
        "présent avec",
        "représentée par",
        "représenté par",
        "passe à",  # "la France passe à huit"
        "arrive à",  # "la France arrive à 12 villes"
        "est passée à",
        "monte à",
        "grimpe à",
        "en compte",
        "en compterait",
        "a",
        "avait",
        "possède",
        "totalise",
        "totalisait",
        "possédait",
        "disposait de",
        "dispose de",
        "un total de",
        "au total",
        "en tout",
        "avec",
        # "l'Allemagne est toujours représentée par quatre villes"
        "est",
        "toujours",
        "représentée",
        "représenté",
        "par",
        # "Vietnam, dessen zwei Mitglieder ...": whose
        "dont",
    ),
    # the epithet after a country's name: "La Côte d'Ivoire voisine en compte 4"
    country_epithets=("voisine", "voisin"),
    network_names=(
        r"réseau mondial (?:de l['\u2019]unesco |unesco )?des villes (?:apprenantes"
        r"|d['\u2019]apprentissage)(?: de l['\u2019]unesco)?",
        r"villes? apprenantes?",
        r"gnlc",
    ),
    network_references=(
        r"(?:le|ce|du|au|dudit|ledit) réseau(?: mondial)?\b(?!\s+(?:routier|ferroviaire"
        r"|électrique|social|de (?:bus|transports?|tramway|métro|chaleur|distribution)"
        r"|d['\u2019](?:eau|électricité)))",
    ),
    other_networks=(
        r"villes? créatives?",
        # "il s'agit d'un autre réseau de l'UNESCO, qui compte quelque 350 villes"
        r"un autre réseau",
        # "C'est un programme distinct de l'UNESCO, avec quelque 400 villes": set apart
        r"programme (?:distinct|différent|à part|séparé)",
        r"autre programme",
        r"réseau (?:distinct|différent|à part|séparé)",
        r"villes éducatrices",
        # a national or provincial network, whatever it gathers: "le Réseau québécois de
        # Villes et Villages en santé regroupe plus de 200 municipalités"
        r"réseau (?:national|français|marocain|belge|suisse|québécois|sénégalais|ivoirien"
        r"|wallon|tunisien|camerounais|canadien|européen)\b(?: des villes apprenantes)?",
        r"villes et villages en santé",
        r"villes amies des aînés",
        r"villes-amies des aînés",
        r"amie des aînés",
        # the international league of small towns ("plus de 280 villes dans 33 pays")
        r"cittaslow",
        r"amies? des enfants",  # "260 communes labellisées « Ville amie des enfants »"
        r"villes-santé",
        r"villes santé",
        r"villes éducatrices",
        r"villes intelligentes",
        r"maires pour la paix",
        r"villes pour la paix",
        r"villes jumelées",
        r"cités et gouvernements locaux unis",
        r"\bcglu\b",
        r"maires francophones",
        r"\baimf\b",
        r"villes inclusives et durables",
        r"municipalités inclusives",  # the Canadian coalition of UNESCO's ICCAR
        r"\biccar\b",
        r"eurocities",
        r"\bc40\b",
        r"écoles associées",
        r"\bréseau sea\b",
    ),
    other_programmes=(
        r"patrimoine (?:mondial|culturel immatériel)",
        r"réserves? de (?:la )?biosphère",
        r"géoparcs?",
        # France's national label ("les 200 Cités éducatives", "plus de 200 territoires"):
        # a programme of the State, never the network
        r"cités? éducatives?",
        # the State's other labels and programmes of towns, on French city pages beside the
        # network: "Action cœur de ville accompagne 222 villes moyennes", "plus de 200
        # Villes et Pays d'art et d'histoire", "250 communes labellisées Villes Internet"
        r"action c(?:œ|oe)ur de ville",
        r"petites villes de demain",
        r"villes? et pays d['\u2019]art et d['\u2019]histoire",
        r"villes internet",
        r"capitales? (?:européennes?|françaises?) de la culture",
        r"prix (?:unesco )?(?:de la |des )?villes? apprenantes?",
    ),
    unit_roles={
        "localités": (Role.WEAK,),
        "communes": (Role.WEAK,),
        "collectivités": (Role.WEAK,),
        "provinces": (Role.WEAK,),
        "nouvelles adhésions": (Role.NEW,),
        "nouvelles admissions": (Role.NEW,),
        "admissions": (Role.NEW,),
        "entrées": (Role.NEW,),
        "nouvelles entrées": (Role.NEW,),
        "nouveaux venus": (Role.NEW,),
        "nouvelles venues": (Role.NEW,),
        "nouvelles élues": (Role.NEW, Role.WEAK),
        "nouvelles recrues": (Role.NEW, Role.WEAK),
        "nouvelles admises": (Role.NEW, Role.WEAK),
        "nouvelles retenues": (Role.NEW, Role.WEAK),
        "nouvelles sélectionnées": (Role.NEW, Role.WEAK),
        "cités": (Role.WEAK,),
        "métropoles": (Role.WEAK,),
        "agglomérations": (Role.WEAK,),
        "entités locales": (Role.WEAK,),
        "collectivités territoriales": (Role.WEAK,),
        "nations": (Role.WEAK,),
        "états": (Role.WEAK,),
        "états membres": (Role.WEAK,),
        "arrivées": (Role.NEW,),
        "nouvelles arrivées": (Role.NEW,),
        "nouveaux arrivants": (Role.NEW,),
        "pays membres": (Role.WEAK,),
        "places": (Role.WEAK, Role.SEAT),
        "centres urbains": (Role.WEAK,),
    },
    one_of=(
        "l'une des",
        "l\u2019une des",
        "une des",
        "l'un des",
        "l\u2019un des",
        "un des",
        "parmi les",
        "parmi",
    ),
    adjectives_as_nouns=True,
    rank_articles=(
        "la",
        "le",
        "l['\u2019]",
    ),  # "la deuxième ville ivoirienne, Boundiali la troisième"
    rank_ends=(
        "en",
        "au",
        "du",
        r"à (?:rejoindre|intégrer|entrer|adhérer|être|obtenir)",
        "après",
        r"et (?:la|le) seule?",
    ),
    copulas=(
        "sont",
        "se trouvent",
        "situées",
        "situés",
        "réparties",
        "répartis",
        "étaient",  # "294 villes ; elles étaient réparties dans 76 pays"
        "se trouvaient",
    ),
    count_verb_first=r"(?:port(?:ant|e|ent|é|ée|ait|aient|era|eront)|élev(?:ant|e|ent)) à",
    money_nouns=("budget", "coût", "montant", "financement", "dépenses", "prix", "subvention"),
    count_heads=("nombre", "total", "effectif"),
    count_links=("de", "des", "du", "d'", "d\u2019"),
    count_verbs=(
        r"(?:a |avait )?(?:désormais |maintenant |aujourd'hui )?(?:atteint|atteignait|atteindra"
        r"|(?:passé|passe|est passé|s['\u2019]élève|s['\u2019]élevait|monte|est monté"
        r"|grimpe|a grimpé|se monte|est porté|a été porté)"
        r"(?: désormais| maintenant| aujourd'hui)? à"
        r"|est de|était de|est désormais de)(?: désormais| maintenant)?",
        # "le nombre total de membres est aujourd'hui 425", "était alors 294"
        r"(?:est|était)(?: désormais| maintenant| aujourd['\u2019]hui| alors| actuellement)"
        r"(?: de)?",
    ),
    # the intake told before includes them: "Deux villes françaises en font partie"
    included_words=(r"\bincl(?:ut|uent|uait)\b", r"\ben f(?:ont|ait|aisaient) partie\b"),
    subset_cues=(
        r"\bparmi (?:elles|eux|lesquelles|lesquels|les nouvelles|les nouveaux)\b",
        # not the relative "whose": "trois villes françaises dont la candidature a été
        # retenue", "dont le maire"
        r"\bdont\b(?! (?:la|le|les|leur|leurs|sa|son|ses) (?:candidatures?|dossiers?|demandes?"
        r"|maires?|population|habitants)\b)",
        # "Dans la liste figurent deux françaises": the list an intake named before
        r"\b(?:dans|sur) la liste\b(?! des membres)",
    ),
    elsewhere=(
        r"(?:à )?lire aussi",
        r"articles? (?:similaires|liés|connexes)",
        r"sur le même (?:sujet|thème)",
        r"les plus (?:lus|consultés)",
        r"voir aussi",
        r"dans la même rubrique",
    ),
    negative_subjects=(
        r"association",
        # (not a club of cities: "nous entrons dans un club de plus de 400 villes" is the
        # body the city joins, said as "réseau de" is)
        r"\bclubs?\b(?! d(?:e |['\u2019])(?:plus de |près de |quelque |environ )?\d[\d\s.]*"
        r" (?:villes|cités|municipalités|collectivités|communes|membres)\b)"
        # nor a club whose own clause counts its cities: "le club compte désormais 425 villes"
        r"(?![^.;:!?]{0,40}?\d[\d\s.]* (?:villes|cités|municipalités|collectivités|communes)\b)",
        r"syndicat",
        r"fédération",
        r"\bparti\b",
        r"\bligue\b",
        r"coopérative",
        r"alliance",
        r"chambre de commerce",
        r"\bécoles?\b",
        r"\bélèves\b",
        r"\bétudiante?s\b",
        r"\buniversité\b",  # "l'université compte 54 admissions": students
        r"\blycées?\b",
        # a national scheme, the subject of a count whose noun a clitic stands for: "le
        # programme national en labellise désormais 126" (not "grâce au programme national,
        # la France compte quatre villes membres")
        r"\ble programme national (?:en|y) ",
    ),
    # "de la crèche à l'université", "dans les écoles": a place, not who counts
    list_spans=("entre",),  # "tra Fermo e Lucca": two ends, not a list
    negative_governors=(
        r"(?:jusqu['\u2019])?(?:à|dans|vers|chez)"
        r" (?:l['\u2019]|la |les |leurs? |ses |nos |une? )?",
        r"(?:jusqu['\u2019])?aux? ",
        r"en ",
    ),
    intake_cues=(
        # an accepted application: "dont la candidature a été acceptée", "ont vu leur
        # candidature retenue", "le réseau a accepté la candidature de"
        r"\bcandidatures?(?: (?:a|ont) été)? (?:acceptées?|retenues?|validées?|approuvées?)(?!\w)",
        r"\b(?:accept|approuv|valid)(?:é|ée|és|ées) (?:la|les|leur|leurs|sa|ses) candidatures?\b",
        r"\bf(?:ait|ont) (?:son|leur) entrée\b",
        r"\brejoi(?:nt|gnent|ndre|ndra|ndront|gnant|gnait|gnaient)\b",
        r"\badh[èé]r(?:e|ent|é|ée|és|ées|er|ant|era|eront)\b",
        r"\badhésions?\b",
        # not a host's: "accueillera la conférence", "accueille le forum"
        r"\baccueill(?:e|ent|i|ie|is|ies|ir|ant|era)\b(?! (?:la|le|les|l['\u2019]|une?|cette|ce)"
        r" ?(?:\w+ )?(?:conférence|réunion|rencontre|forum|sommet|évé?nement|congrès|festival"
        r"|séminaire|atelier|colloque|assemblée|délégation|délégués|participants|experts|édition)s?\b)"
        # nor countries that host cities, an indefinite object: "64 pays accueillent des villes
        # apprenantes de l'UNESCO" (a key figure's label: the network's countries)
        r"(?! des (?:villes|cités|communes|municipalités) (?:apprenantes|membres)\b)",
        # (not the network's own count: "le réseau intègre 425 villes de 91 pays" comprises
        # them; a number right after the verb, an adverb or a bound between, is its object)
        r"\bintègr(?:e|ent)\b(?!\s+(?:(?:désormais|aujourd['\u2019]hui|maintenant|déjà|"
        r"actuellement|plus de|près de|environ|quelque)\s+)*\d)",
        # "trois communes camerounaises entrent au réseau", "Dakar entre dans le réseau"
        r"\bentr(?:e|ent|era|eront|ant|er)\s+(?:au|dans\s+le)\s+(?:réseau|gnlc)\b",
        r"\bintégr(?:é|ée|és|ées|er|ant|ation)\b",
        r"\bs['\u2019]ajout(?:e|ent)\b",
        r"\bajout(?:e|ent|é|ée|és|ées)\b",
        # the clitic's cities that entered, its count after: "en février, il en est entré 64"
        r"\ben (?:est|sont|était|étaient) entré(?:e?s)?\b",
        r"\bdésign(?:e|ent|é|ée|és|ées|ation)\b",
        # "ont été officiellement admises": an adverb may stand between
        r"\b(?:sont|ont été|a été|est|été) (?:[a-zé]+ment )?(?:admise?s?|retenue?s?"
        r"|sélectionnée?s?|reconnue?s?|labellisée?s?|incluse?s?)\b",
        # "Trois villes chinoises admises au réseau", "38 villes admises cette année"
        r"\b(?:admise?s?|retenue?s?|sélectionnée?s?) (?:au|dans|cette|ce|en|lors)\b",
        r"\bobt(?:ient|iennent|enu|enue|enus|enues) (?:le statut|le titre|l['\u2019]adhésion)\b",
        r"\bf(?:ont|ait) (?:leur |son )?entrée\b",
        r"\bnouvelle (?:cohorte|promotion|vague)\b",
        # a round named by its year: "l'unique ville française de la promotion 2025"
        r"\bla promotion (?:de )?(?=(?:19|20)\d\d\b)",
        # (not "après la dernière promotion, le réseau compte 356 villes": a total after it)
        *(
            rf"\bdernière {n}\b(?<!avant la dernière {n})(?<!après la dernière {n})"
            for n in ("cohorte", "promotion", "vague")
        ),
        # the round itself, named as the intake it was: "dix-sept places dans cette promotion"
        # (not "avant cette promotion, le réseau comptait 356 villes": a total before it)
        *(
            rf"\bcette {n}\b(?<!avant cette {n})(?<!après cette {n})"
            for n in ("cohorte", "promotion")
        ),
        r"\bnouveaux venus\b",
        # the active verb of admitting: "l'UNESCO a admis hier 77 nouvelles villes"
        # (past only: "le réseau admet jusqu'à 425 villes" says what it may take)
        r"\b(?:a|ont|avait|vient d['\u2019]|viennent d['\u2019]) ?(?:admis|sélectionné)\b",
    ),
    total_cues=(
        # "le réseau était passé à 229 membres": a change to a total
        r"\b(?:pass(?:e|é|ée|és|ées|ant|ait)|grimp(?:e|é|ant)|mont(?:e|é|ant)) à\b",
        r"\bcompt(?:e|ent|ait|aient|era|ant)\b",
        r"\bréseau (?:mondial )?de\b",
        # a body the city enters, as "réseau de": "une communauté de plus de 150 villes"
        r"\b(?:communauté|groupe|famille|club|cercle) de\b",
        r"\bréuni(?:t|ssent|ssait|ssant)\b",
        r"\bregroup(?:e|ent|ait|ant)\b",
        r"\brassembl(?:e|ent|ait|ant)\b",
        r"\bfédèr(?:e|ent)\b",
        r"\bcompren(?:d|nent|ait)\b",
        r"\b(?:se compose|composé|constitué|formé) de\b",
        r"\b(?:un|au) total(?: de)?\b",
        r"\ben tout\b",
        # "Les nouveaux membres portent le réseau à 425 villes": the verb that takes its
        # object to a count, nearer than the intake of its subject ("porte-parole" is none)
        r"\bport(?:ent|ant|ait|aient)\b",
        r"\bporte (?:à|ainsi|le|la|les|l['\u2019])",
        r"\batteint\b",
        r"\bs['\u2019]élève à\b",
        r"\bdésormais\b",
        # "a" and "avait" have, but not as the auxiliary of a past tense: "L'Afrique a
        # obtenu dix-sept places dans cette promotion" (the verb after the figure decides)
        r"\b(?:a|avait)\b(?! (?:\w+é(?:e|s|es)?|obtenu|reçu|eu|vu|pris|admis|mis|fait|rejoint"
        r"|accueilli|retenu|perdu|conquis|acquis|inscrit)\b)",
        r"\b(?:possède|possédait|totalise|totalisait|totalisant|dénombre|abrite)\b",
        # "Lyon rejoint les 425 villes du réseau": the article says they are all of them
        r"\b(?:les|ses|leurs)(?=\s+(?:quelque\s+|plus\s+de\s+|près\s+de\s+)?\d)",
    ),
    along_cues=(r"\baux côtés d(?:e|es|u)\b", r"\ben même temps que\b"),
    besides_cues=(
        r"\boutre\b",
        r"\ben plus de\b",
        r"\bmis à part\b",
        r"\bà part\b",
        r"\bhormis\b",
        r"\ben dehors de\b",
    ),
    plural_articles=("les",),
    count_predicates=(
        # the conditional of hearsay too: "les villes membres seraient une dizaine"
        r"(?:sont|étaient|furent|seraient)"
        r"(?: (?:désormais|desormais|aujourd['\u2019]hui|déjà|alors|maintenant|donc|ainsi))?"
        r"(?: (?:seulement|encore|toujours))?(?: au nombre de)?",
        # "only": "les françaises n'étaient que deux", "ne sont encore que trois"
        r"(?:ne sont|n['\u2019]étaient|ne seraient)(?: (?:alors|encore|toujours))? que",
        r"(?:s['\u2019]élèvent|s['\u2019]élevaient|se montent|se montaient) (?:désormais )?à",
        r"(?:atteignent|atteignaient)",
    ),
    country_subjects=(
        "le pays",
        "le royaume",
        "la république",
        "le sultanat",
        "l'émirat",
        "le royaume chérifien",
    ),
    speech_cues=(
        # a page or a sign that shows a figure is its speaker, not its owner: « notre
        # fédération affiche toujours « 356 villes dans 79 pays » »
        r"affich(?:e|ait|ent|aient)",
        r"montr(?:e|ait|ent|aient)",
        r"parl(?:e|ait) de",
        r"mentionn(?:e|ait)",
        r"évoqu(?:e|ait)",
        r"cit(?:e|ait)",
        r"a déclaré",
        r"déclar(?:e|ait|aient)",  # "« ... », déclarait l'UNESCO en septembre 2022"
        r"ont déclaré",
        r"a dit",
        r"ont dit",
        r"a souligné",
        r"ont souligné",
        r"a rappelé",
        r"ont rappelé",
        r"selon",
        # a speaker who claims a figure owns no count of its own: "une haute école avance,
        # elle, « plus de 450 villes membres »"
        r"avan(?:ce|çait|cent)",
        r"affirm(?:e|ait|ent)",
        r"indiqu(?:e|ait|ent)",
        r"écri(?:t|vait|vent)",
    ),
    presence_words=(
        "présence",  # "con presencia en 91 países": the noun too
        "présent",
        "présente",
        "présents",
        "actif",
        "active",
        "représenté",
        "représentée",
        "implanté",
        "implantée",
        "réparti",  # "un réseau réparti dans 91 pays"
    ),
    # cities spread over countries, their subject the cities:
    # "les villes du réseau sont réparties dans 62 pays"
    spread_words=(
        "réparties",
        "répartis",
        "répartie",
        "disséminées",
        "dispersées",
    ),
    among_new_cues=(
        # without a verb, the intake counted: "una delle due città italiane tra le 72 nuove"
        r"parmi les \d+ nouve(?:aux|lles)",
        r"(?:font|faisaient) partie des (?:\d+ )?nouve(?:aux|lles)",
        r"(?:figurent|sont|comptent) parmi les (?:\d+ )?nouve(?:aux|lles)",
    ),
    difference_before=(
        r"(?:augmenté|progressé|grandi|crû|cru|accru) de(?: (?:plus de|près de|environ|quelque))?",
    ),
    # "so far": joined so far, a total
    cumulative_cues=(
        r"\bjusqu['\u2019](?:à présent|ici|aujourd['\u2019]hui)\b",
        r"\bà ce jour\b",
        r"\bdepuis (?:sa|la) (?:création|naissance|fondation)\b",
    ),
    # "Participeront 40 villes", "sont attendues 40 villes": the places people come from
    # to a meeting, not members
    attending_before=r"(?<!\w)(?:participeront|assisteront|sont attendues|seront présentes)",
    pronoun_counts=(
        r"en (?:compt(?:e|ait|era|erait|eraient|ent|aient)|annon(?:ce|çait|çaient)|align(?:e|ait)"
        r"|affich(?:e|ait|ent|aient)"  # "l'UIL en affiche 292 sur certaines de ses pages"
        r"|recens(?:e|ait)|dénombr(?:e|ait)|rassembl(?:e|ait)|regroup(?:e|ait)|réuni(?:t|ssait)"
        r"|(?:est|était|sera) (?:désormais |maintenant |aujourd['\u2019]hui )?à"
        # an intake, the agency or the network its subject: "en février, l'UNESCO en a
        # accueilli 64", "le réseau en accueille 64", "il en est entré 64"
        r"|(?:a|avait|aurait) (?:accueilli|admis|ajouté|intégré|retenu|sélectionné|désigné)"
        r"(?:e?s)?|(?:accueille|admet|accueillit|admit)|(?:est|sont) entré(?:e?s)?)"
        # an adverb after the verb: "la France en comptait alors onze"
        r"(?: (?:alors|déjà|désormais|maintenant|encore|aujourd['\u2019]hui|à l['\u2019]époque))?",
        # a count that rises, of a country or the network, its unit said before or in
        # the title (as it "l'Italia sale a otto"): "la France passe à huit"
        r"(?:passe|est passée|est passé|monte|est montée|est monté|grimpe|arrive)"
        r"(?: (?:ainsi|désormais|donc|aujourd['\u2019]hui))? à",
        # a count reached: "avec elles, le réseau atteint 356, réparties dans 79 pays"
        r"(?:atteint|a atteint)(?: (?:ainsi|désormais|donc|aujourd['\u2019]hui|maintenant))?"
        r"(?: le (?:chiffre|total|nombre) de)?",
        # a country or the network taken to a count, its unit said before or in the
        # title: "Casablanca et Oujda portent le Maroc à neuf"
        r"port(?:e|ent|ait|aient|ant)(?: (?:ainsi|désormais|donc))? (?:le |la |les |l['\u2019])"
        r"[^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,5} à",
        # the cities counted before as the subject: "Elles sont aujourd'hui 425"
        r"elles (?:sont|étaient|seraient)"
        r"(?: (?:aujourd['\u2019]hui|désormais|maintenant|actuellement|à présent|déjà))?",
    ),
    part_linkers=("des",),
    comparatives=("que", "qu'", "qu\u2019"),
    comparative_degrees=("moins", "plus", "davantage"),
    closing_count_verbs=("compte", "comptait", "totalise"),
    intake_lists=(r"\bla (?:nouvelle )?liste\b(?! des (?:membres|villes)\b)",),
    rank_for=("pour", "pour l'", "pour la", "pour le"),
    later_clause=(r"\bavant\b", r"\bjusqu"),
    announcement_cues=(r"\bcommuniqué\b", r"\bannon[cç]"),
    correction_cues=(r"\brectifi", r"\bcorrig", r"\bcorrection\b", r"\berratum\b"),
    superseded_cues=(
        r"\binitialement\b",
        r"\bd['\u2019]abord annoncé",
        r"\bdans un premier temps\b",
        # "L'annonce initiale, qui faisait état de 55 nouveaux membres, a été rectifiée"
        r"\b(?:annonce|liste|communiqué|version) initiale?\b",
        r"\b(?:première annonce|premier communiqué|première liste|première version)\b",
    ),
    count_predicate_words=(
        "sont",
        "étaient",
        "furent",
        "seraient",
        "élèvent",
        "élevaient",
        "montent",
        "montaient",
        "atteign",
    ),
    respective_new=(
        r"(?:nombre de )?(?:nouveaux membres|nouvelles villes|admissions|nouvelles adhésions)",
    ),
    respective_total=(
        r"(?:nombre )?total(?: de (?:membres|villes))?",
        r"nombre de (?:membres|villes membres)",
    ),
    respective_countries=(r"(?:nombre de )?pays",),
    respective_articles=("le", "la", "les", "son", "sa", "ses", "leur", "leurs"),
    # "le premier communiqué donnait les chiffres de 55 et 230"
    respective_anaphora=(r"(?:les|ces|deux) (?:chiffres|nombres)", r"les deux"),
    respective_links=("à", "de", "sur"),
    conjunctions=("et",),
    capital_predicates=(r"(?:(?:sont|étaient) )?des capitales\b",),
    adjective_scopes={
        **dict.fromkeys(("du réseau", "dans le réseau", "au sein du réseau"), Role.MEMBER),
        **dict.fromkeys(
            (
                "de cette promotion",
                "de cette année",
                "de cette vague",
                # "l'unique ville française de la promotion 2025"
                "de la promotion",
                "de la dernière promotion",
                "de la nouvelle promotion",
            ),
            Role.NEW,
        ),
    },
    rank_verbs=tuple(
        f"{verb} {article}"
        for verb in (
            "est",
            "était",
            "devient",
            "est devenue",
            "est devenu",
            "sera",
            "a été",
            "fut",
            "devint",
            "avait été",
            "était devenue",
        )
        for article in ("la", "le")
    ),
    past_rank_verbs=(
        "fut",
        "était",
        "a été",
        "avait été",
        "devint",
        "est devenue",
        "est devenu",
        "était devenue",
        "furent",
        "étaient",
        "ont été",
        "sont devenues",
    ),
    newcomer_sets=(
        r"(?:parmi|sur) les (?:\d{1,3} )?(?:nouvelles villes|nouveaux membres|nouvelles venues"
        r"|nouveaux venus|nouvelles|nouveaux|villes admises|villes retenues)"
        r"(?: (?:cette année|cette fois))?",
    ),
    newcomer_words=("nouvel", "nouveau", "admises", "retenues"),
    newcomer_verbs=("appartiennent", "viennent", "se situent", "se trouvent"),
    # "au nombre de" says the whole too: "Les nouveaux membres, au nombre de 72, viennent de"
    in_all=("au total", "en tout", "en tout et pour tout", "au nombre de"),
    first_time_cues=(
        # "dont 13 qui n'avaient jusque-là aucune ville membre"
        r"qui n['\u2019](?:avaient|avait|comptaient|comptait) (?:jusque-là |jusqu['\u2019]alors "
        r"|encore |auparavant )?aucune? (?:ville|membre|représentant)",
        r"première ville admise",
        r"pour la (?:toute )?première fois",
        r"\bprimo-(?:entrants|arrivants|adhérents)\b",  # "Pays primo-entrants : 13"
        # "treize pays avec leur première ville dans le réseau", "à leur première adhésion"
        r"avec (?:leur|une) première ville\b",
        r"à leur première (?:adhésion|admission|participation)",
        # "Pour 13 d'entre eux, c'est une première"
        r"c['\u2019]est une première(?:(?<=eux, c'est une première)|(?<=elles, c'est une première)"
        r"|(?<=eux, c\u2019est une première)|(?<=elles, c\u2019est une première))",
        r"nouveaux (?:dans le|au sein du) réseau\b",  # "46 pays, dont 13 nouveaux dans le réseau"
        # "Pour 13 pays, il s'agit d'une première entrée dans le réseau", "c'est leur première
        # adhésion"
        r"(?:il s['\u2019]agit|c['\u2019]est|ce sont|marque|signe) (?:de )?"
        r"(?:leur|d['\u2019]une|une|la) (?:toute )?première"
        r" (?:entrée|adhésion|admission|ville membre|participation)",
    ),
    member_verbs=(
        r"(?:sont|étaient|restent|sont devenues) (?:désormais |déjà )?membres\b",
        r"font partie\b",
    ),
    quota_cues=(
        r"chaque (?:pays|[ée]tat|commission nationale)",
        r"par pays",
        r"par (?:appel|an|année|cycle|session)\b",  # "n'appuie que trois candidatures par appel"
    ),
    candidate_cues=(
        # not an accepted one: "dont la candidature a été acceptée" is an intake
        r"\bcandidat(?:e|es|s|ure|ures)?\b(?!(?: (?:a|ont) été)? (?:accept|retenu|valid|approuv))",
        r"\bintéressée?s?\b",
        r"\bsouhait(?:e|ent|ant|aient) (?:rejoindre|adhérer|intégrer)",
        r"\bpostul(?:e|ent|é|ée|ées|er|ant)\b",
        r"demandes? d['\u2019]adhésion",
        r"en (?:cours|voie) d['\u2019]adhésion",
        r"\baspir(?:e|ent|ant)\b",
    ),
    circulation_markers=(
        # une source qui « annonce encore » un chiffre le dit aujourd'hui
        r"\b(?:annonce|annoncent|affiche|affichent|indique|indiquent|mentionne|mentionnent"
        r"|cite|citent|évoque|évoquent|parle|parlent|donne|donnent|décrit|décrivent|dit"
        r"|disent|affirme|affirment|présente|présentent) (?:encore|toujours)\b",
        # "on lit pourtant toujours qu'il fédère 115 villes"
        r"\b(?:lit|lisent) (?:\w+ )?(?:encore|toujours)\b",
        # ... ou qui sert encore : « un dépliant de 2022, encore distribué à la mairie »
        r"\b(?:encore|toujours) (?:distribuée?s?|diffusée?s?|affichée?s?|en circulation"
        r"|en ligne|en service)\b",
        r"\b(?:distribuons|distribue|distribuent|diffusons|diffuse|diffusent)"
        r" (?:encore|toujours)\b",
        r"\bpas (?:encore )?(?:été )?mise?s? à jour\b",
        r"\bnon mise?s? à jour\b",
        r"\bjamais (?:été )?mise?s? à jour\b",
    ),
    still_words=(r"encore", r"toujours", r"continue d'être", r"continuent d'être"),
    in_use_words=(
        *(r"disponibles?", r"distribuée?s?", r"diffusée?s?", r"affichée?s?", r"utilisée?s?"),
        *(r"en circulation", r"en ligne", r"en service", r"exposée?s?", r"projetée?s?"),
        *(r"trouve", r"trouvent", r"sert", r"servent", r"circule", r"circulent"),
    ),
    present_markers=(
        r"\bdésormais\b",
        r"\baujourd['\u2019]hui\b",
        r"\bactuellement\b",
        r"\bà ce jour\b",
        r"\bjusqu['\u2019]à présent\b",
        r"\bà présent\b",
        r"\bmaintenant\b",
        r"\bcette année\b",
        r"\bà l['\u2019]heure actuelle\b",
        r"\ben ce moment\b",
    ),
    historic_markers=(
        # a dated document dates what it says: "our 2021 leaflet", "folleto de 2021"
        r"(?:brochure|dépliant|rapport|édition|version|plaquette|guide|communiqué"
        r"|affiche|chiffres?|données|statistiques?)"
        r"(?: municipale?| annuelle?| officielle?| initiale?| originale?)?"
        r" (?:de|daté de|datant de) ",
        # a round of admissions dates what it brought: "après la promotion de 2022"
        # ... or by the year alone: "avec la promotion 2022, le réseau a atteint 294 villes"
        r"(?:promotion|vague|cohorte|sélection|session|campagne|élargissement|extension)"
        r" (?:de |d['\u2019]admissions? de )?",
        r"en (?:date du )?",
        r"celle de ",  # "la promotion précédente, celle de 2022": the one of
        r"en l['\u2019]an(?:née)? ",  # "En l'an 2020, le réseau comptait 229 villes"
        r"(?:à la )?fin (?:de l['\u2019]année |de |d['\u2019])?",
        r"(?:au )?début (?:de l['\u2019]année |de |d['\u2019])?",
        r"(?:à la |au )?mi-",
        r"jusqu['\u2019](?:en |au |à )",
        r"dès (?:le |l['\u2019]année )?",
        r"(?:dans le )?courant (?:de |d['\u2019])?",
        r"le ",
        r"au ",
        # a season dates a figure by its year: "à l'automne 2020", "en été 2022"
        r"(?:à l['\u2019]|en |au |à la fin de l['\u2019]|l['\u2019])?"
        r"(?:automne|hiver|été|ete|printemps) (?:de )?(?:l['\u2019]année )?",
        r"(?:à la |la )?(?:rentrée|fin de l['\u2019]été) (?:de )?(?:l['\u2019]année )?",
        # an announcement dates what it brought: "à l'annonce de février 2024, 356"
        r"(?:à|lors de|après) l['\u2019](?:annonce|admission|intégration) (?:de |du |d['\u2019])",
        # a count, list or tally of a month: "son décompte d'août 2016 donnait 115 villes",
        # "la liste de septembre 2020" (a month and its year: not "de 2016 à 2020")
        r"(?<![\w-])(?:de |d['\u2019])(?=(?:janvier|février|fevrier|mars|avril|mai|juin"
        r"|juillet|août|aout|septembre|octobre|novembre|décembre|decembre) (?:19|20)\d\d)",
        # a count of a year: "le décompte de 2020 faisait état de 229 villes"
        r"(?:décompte|bilan|chiffre|total|recensement|comptage|liste)s? (?:de |pour )"
        r"(?=(?:19|20)\d\d\b)",
    ),
    founding_words=(
        r"fondée?s?\b",
        r"\bcréée?s?\b",
        r"création",
        r"lancée?s?\b",
        r"lancement",
        r"instituée?",
        r"établie?",
        r"mise? en place",
        r"inaugurée?",
        r"\bnée?s?\b",  # "le réseau, né en 2013 à Pékin"
        r"démarrée?",
    ),
    intake_points=(
        r"\b(?:après|avant|depuis)\b (?:(?:la|le|l'|l\u2019|les|chaque|cette|ce) ?)?"
        r"(?:admission|adhésion|intégration|sélection|annonce|vague|promotion|cohorte)",
    ),
    since_words=(
        # not a city's own joining: "depuis son adhésion en 2022"
        r"depuis(?! (?:son|sa|leur|notre) (?:adhésion|entrée|admission|intégration)\b)",
    ),
    rank_after=("après", "à la suite de", "derrière"),
    city_titles=r"(?:les? |la )?villes? de",
    superlatives=(
        r"(?:compte|a|possède|est le pays qui (?:compte|a)) le plus (?:de|grand nombre de)"
        r" (?:membres|villes)(?: membres)?,?(?: avec)?|(?:est|arrive) en tête avec"
        # "La Thaïlande mène la région avec 13", "reste le pays d'Asie qui compte le plus de
        # membres, 13"
        r"|mène(?: [\w'-]+){0,3} avec"
        r"|(?:est|reste) le pays(?: [\w'-]+)? qui compte le plus de (?:membres|villes),?"
    ),
    title_abbreviations=("m", "mme", "mlle", "dr", "pr", "st", "ste", "me"),
    attendance_before=(
        r"(?:représentants|délégués|délégations|participants) (?:de|des|venus"
        r" de)(?: (?:plus de|près de|environ|quelque))?",
        # an event's people, then where they came from: "Près de 700 personnes y étaient
        # réunies, venues de plus de 80 pays"
        r"(?:personnes|participants|participantes|délégués|congressistes|invités)\b"
        r"[^.;:!?]{0,40}?(?:venu|arrivé|originaire)e?s? (?:de|des)"
        r"(?: (?:plus de|près de|environ|quelque))?",
    ),
    attendance_after=(r"ont participé|participaient|étaient représentées|ont pris part",),
    # a table's column of the network's counts beside another: "| Năm | Mới | Tổng số |"
    column_heads={
        "total": Role.MEMBER,
        "total cumulé": Role.MEMBER,
        "cumul": Role.MEMBER,
        "ensemble": Role.MEMBER,
        "nouveaux": Role.NEW,
        "nouvelles": Role.NEW,
    },
    months={
        name: number
        for number, names in enumerate(
            (
                ("janvier", "janv"),
                ("février", "fevrier", "févr", "fév"),
                ("mars",),
                ("avril", "avr"),
                ("mai",),
                ("juin",),
                ("juillet", "juil"),
                ("août", "aout"),
                ("septembre", "sept"),
                ("octobre", "oct"),
                ("novembre", "nov"),
                ("décembre", "decembre", "déc"),
            ),
            start=1,
        )
        for name in names
    },
    date_forms=(
        r"{year_first}-{month_number}-{day}(?!\d)",
        r"{day}\.{month_number}\.{year}",
        r"{day}(?:er|ᵉʳ)? {month} {year}",
        r"{month} {year}",
        r"{day}/{month_number}/{year}",
        r"{year}",
    ),
    thousands_space=True,
    # "En 2022, Lyon a rejoint le réseau. À l'époque, ...": dated by the sentence before
    joined_clause=(
        r"(?:\bquand |\blorsque |\blorsqu['’])(?:(?P<self>nous|elle|la ville|notre ville"
        r"|la commune|notre commune|la métropole) |(?P<who>(?:[^\W\d][^\s,;:.!?\d]* ){1,4}?))??"
        r"(?:avons rejoint|a rejoint|(?:sommes|est) entrée?s?|avons intégré|a intégré"
        r"|avons adhéré|a adhéré|a été admise?|avons été admise?s)(?!\w)"
    ),
    joined_words=("quand", "lorsqu"),
    # a repost's original date follows: "Originally published 5 September 2022"
    republished=r"\b(?:publiée?|parue?) (?:initialement|pour la première fois|à l['’]origine)\b",
    joined_when=(
        r"\b(?:lorsque|quand|lorsqu['\u2019]) ?(?P<who>[^,.;:]{1,80}?) (?:a|ont) (?:rejoint"
        r"|intégré|adhéré)\b"
    ),
    past_states=(
        r"(?:comptait|comptaient|réunissait|rassemblait|regroupait|totalisait"
        r"|affichait|avait|dépassait|atteignait|étaient|était (?:composé|formé)e? de)"
        r"(?!\w)"
    ),
    earlier_date=(
        r"(?<!\w)(?:à l['\u2019]époque|à ce moment(?:-là)?|à cette date|cette année-là"
        r"|en ce temps-là|à cette occasion|en cette occasion"  # on that occasion
        r"|cette (?:promotion|vague|session)-là"  # that round, said before
        r"|(?:lors de|après|à l['\u2019]issue de) cette (?:promotion|vague|session|sélection)"
        # a bare "alors" after a verb of counting: "le réseau comptait alors 229 villes"
        # (not "alors que", "et alors")
        r"|(?:comptait|comptaient|réunissait|rassemblait|regroupait|totalisait|affichait"
        r"|avait|était|étaient) alors)(?!\w)"
    ),
    relative_dates={
        # "since February": a figure of it is current since then, so it dates none; it
        # is what "at the time" in a later sentence points back to
        # the month before: "before December"
        "before_month": (r"avant {month}(?! \d)", r"avant le mois de {month}(?! \d)"),
        "since_month": (r"depuis {month}(?! \d)",),
        # "two years earlier": counted back from the date said before it
        "years_before": (
            r"{years} ans (?:plus tôt|auparavant)",
            r"un an (?:plus tôt|auparavant)",
        ),
        # "a year later": counted on from the date said before it
        "years_after": (
            r"{years} ans plus tard",
            r"un an plus tard",
            r"l['\u2019]année suivante",
        ),
        # "quelques jours plus tard": the date said before
        "days_after": (
            r"(?:quelques|plusieurs|deux|trois) (?:jours|semaines) (?:plus tard|après)",
        ),
        # "two years ago": the year, counted back from the text's
        "years_ago": (
            # "il y a près de quatre ans": about as many years back
            r"il y a (?:(?:près de|presque|environ|plus de|un peu plus de|bientôt) )?{years} ans",
            r"il y a (?:(?:près d'|presque|environ|plus d'|un peu plus d') ?)?un an",
        ),
        "last_month": (r"le mois dernier", r"le mois précédent"),
        "last_year": (
            r"(?:en )?{month} de l['’]an(?:née)? dernière?",
            r"l['’]an dernier",
            r"l['’]année dernière",
            r"l['’]an passé",
        ),
        "this_year": (
            r"(?:en )?{month} de cette année",  # "porté à 173 en mars de cette année"
            r"en {month}(?! \d)",
            r"(?:le )?{month} dernier(?! \d)",
            r"le {day}(?:er)? {month}(?! \d)",
            # "fin août, l'UIL recensait 115 villes": a part of a month of the text's year
            r"(?:(?:à la |en )?(?:fin|début)|(?:à la )?mi-) ?{month}(?! \d)",
        ),
    },
    origin_words=(
        r"(?:venu(?:e|s|es)?|issu(?:e|s|es)?|provenant|originaires?) d(?:e|u|es)",
        r"(?:qui )?(?:viennent|proviennent) d(?:e|u|es)",
    ),
    change_from=r"(?:est passé|passé|passant|passée|passe) de",
    change_to=r"à",
    year_span=r"(?:entre|de) {first} (?:et|à) {last}",
    # "425 membres, contre 356 en 2024": the count a comparison started from
    change_back=r"contre|par rapport (?:à|aux)|comparé (?:à|aux)",
    since_year=r"(?<!\w)depuis (?:l['\u2019]an(?:née)? )?{year}",  # "depuis l'an 2013"
    # a joining since which the main clause's present state holds
    result_connectors=("de sorte que", "si bien que", "de telle sorte que"),
    relative_pronouns=("qui", "que", "dont", "lequel", "laquelle", "lesquels", "lesquelles", "où"),
    some_words=(
        "plusieurs",
        "certains",
        "certaines",
        "quelques-uns",
        "quelques-unes",
        "beaucoup",
        "la plupart",
    ),
    first_ones=(r"\bpremi(?:er|ère)s\b",),
    since_event=(
        r"(?<!\w)depuis (?:son|leur|notre) (?:adhésion|entrée|admission)(?: au réseau)?"
        r" en {year},(?: [^,.;:]{1,40}?)? (?:a|ont|est|sont|travaille|travaillent|partage"
        r"|partagent|fait)(?!\w)"
    ),
    future_cues=(
        r"d['’]ici (?:peu|là|(?:19|20)\d\d|la fin)",
        r"(?:pourrait|devrait|pourraient|devraient) (?:bientôt )?"
        r"(?:atteindre|compter|dépasser|devenir|être)",
        r"(?:atteindra|comptera|dépassera|deviendra|serait|sera la|sera le)",
        r"(?:passera à|grimpera à)(?!\w)",
        r"vise à (?:devenir|atteindre)",
        r"espère (?:devenir|atteindre)",
    ),
    size_linkers=("de", "d'au moins"),
    subset_words=(
        "dont",
        "parmi lesquelles",
        "parmi lesquels",
        "parmi elles",
        "parmi eux",
        "notamment",
        "y compris",
    ),
    country_references=("du pays", "nationales", "nationaux"),
    weak_present=("déjà",),
    # "Elles viennent de 46 pays", "Ces villes, réparties dans 46 pays, ..."
    subject_pronouns=("elles", "ils", "celles-ci", "ceux-ci", "ces"),
    out_of=("sur",),  # a country's count out of the total
    # "Avant cette annonce, les villes portugaises étaient 14": just before the news
    before_this=(
        r"(?<!\w)avant (?:cette|l['\u2019]|la (?:dernière |nouvelle )?|le (?:dernier |nouvel )?)"
        r" ?(?:annonce|adhésion|admission|arrivée|élargissement|promotion|vague|sélection)\b"
        # a named newcomer's arrival: "avant l'arrivée de Hanoï"
        r"|(?<!\w)avant (?:l['\u2019] ?(?:arrivée|entrée|adhésion|admission) d['\u2019e]"
        r"|que (?:[^\W\d_][\w.'\u2019-]*\s){1,4}(?:ne )?(?:rejoigne|intègre|entre)\b)"
    ),
    until_now=(
        r"(?<!\w)(?:jusqu['\u2019](?:ici|à présent|alors)|jusque-là"
        # "jusqu'à la semaine dernière", "jusqu'à il y a peu": just before the news
        r"|jusqu['\u2019](?:à la semaine dernière|au mois dernier|à hier"
        r"|à il y a (?:peu|quelques jours))"
        r")\b[^.!?;]{0,40}?(?<!\w)"
        r"(?:comptait|regroupait|réunissait|rassemblait|comprenait|totalisait|avait|étaient)(?!\w)"
        # the verb first: "Le réseau, qui regroupait jusque-là 292 membres, en compte désormais"
        r"|(?<!\w)(?:comptait|regroupait|réunissait|rassemblait|comprenait|totalisait|avait)"
        r" (?:jusque-là|jusqu['\u2019](?:ici|alors))(?!\w)"
        # the members before the news: "les 14 françaises qui faisaient déjà partie du réseau"
        r"|(?<!\w)(?:faisaient|étaient) déjà (?:partie|membres)(?!\w)"
    ),
    # "Lors de notre adhésion, le réseau comptait 294 villes": when the text's city joined
    joining_time=(
        r"(?<!\w)(?:lors de|au moment de|à l['\u2019]heure de) (?:notre|son|sa|leur)"
        r" (?:adhésion|entrée|intégration|admission|arrivée)(?!\w)"
        r"|(?<!\w)(?:quand|lorsque) (?:nous (?:l['\u2019])?"
        r"(?:avons (?:rejoint|intégré)|y sommes entrés)"
        r"|(?:la ville|la commune|elle) (?:l['\u2019])?"
        r"(?:a (?:rejoint|intégré)|y est entrée))(?!\w)"
        # the pluperfect: "Nanterre était entrée en même temps que Brest, parmi 77"
        r"|(?<!\w)(?:était|fut) (?:entrée?|admise?)"
        r"|(?<!\w)(?:l['\u2019])?avait (?:rejoint|intégré)(?!\w)"
    ),
    list_links=r"\b(?:sont|étaient|est|comprennent|comprend|dont|représentée? par)\b|:",
    list_partial=(
        r"\b(?:dont|notamment|comme|parmi (?:elles|eux)|y compris|font partie|appartiennent)"
    ),
    sole_words=r"\b(?:seule?|unique)\b",
    award_words=("récompensées", "récompensés", "primées", "primés", "distinguées", "lauréates"),
    zeros=Zeros(
        forms=(
            r"(?:aucune|aucun) (?:(?:autre|nouvelle) )?(?:ville|commune"
            r"|municipalité|collectivité|cité)s? (?:(?:membre|apprenante) )?{demonym}(?!\w)",
            r"(?:aucune|aucun) (?:ville|commune|municipalité|collectivité)s?"
            r" (?:(?:membre|apprenante) )?"
            r"(?:de |du |d'|d’|des |en |au |aux )(?:la |l'|l’)?{country}(?!\w)",
        ),
        words=("aucun",),
        owned=(
            # "Le Canada n'y compte, à ma connaissance, aucune ville": a clitic, an aside;
            # "le pays", the country named before
            r"(?:{country}|{subject}) n(?:e |'|’)(?:(?:y|en) )?(?:compte|comptait|possède"
            r"|possédait|a|avait)(?:, [^,.;:!?]{{1,40}},)? (?:(?:encore|toujours"
            r"|jusqu'ici|jusqu’ici|à ce jour) )*aucune (?:ville|commune"
            r"|municipalité|collectivité)(?!\w)",
        ),
        owned_words=("aucun",),
        # "n'y compte aucune ville": the "y" is the network named before
        members=(
            *("membre", "rejoint", "adhér", "réseau", "gnlc", "apprenante", "partie", "figur"),
            *("n'y ", "n’y "),
        ),
        still=(
            "encore",
            "jusqu'ici",
            "jusqu’ici",
            "à ce jour",
            "toujours",
            "pour l'instant",
            "pour l’instant",
        ),
        blockers=("prix", "award", "récompens", "lauréat", "distingu"),
    ),
    how_many=r"combien(?: de| d['\u2019])?",
    repeat_articles=("les",),
    fitting_words=(r"c['\u2019]est plus juste", r"est plus juste", r"est (?:plus )?exact"),
    repeat_verbs=("restez sur", "restons sur", "gardez", "retenez"),
    repeat_markers=(
        r"(?:que|dont) (?:j['\u2019]ai|nous avons|vous avez|on a) "
        r"(?:cités?|mentionnés?|parlé|évoqués?|donnés?)",
        r"(?:cités?|mentionnés?|évoqués?) (?:plus haut|tout à l['\u2019]heure)",
    ),
    country_questions=("et en", "et au", "et aux", "et pour", "qu'en est-il de", "et"),
    label_links=("il y en a", "il y en avait", "on en compte", "on en comptait"),
    now_totals={
        "aujourd": (
            r"aujourd['\u2019]hui,? (?:elles|ils) sont",
            r"(?:elles|ils) sont aujourd['\u2019]hui",
            r"on en compte aujourd['\u2019]hui",
        ),
        "désormais": (
            r"désormais,? (?:elles|ils) sont",
            r"(?:elles|ils) sont désormais",
            r"on en compte désormais",
            r"c['\u2019]est désormais",
        ),
        "maintenant": (
            r"(?:elles|ils) sont maintenant",
            r"c['\u2019]est maintenant",
        ),
    },
    ask_links=("de", "les", "le", "nos", "vos", "y", "a-t-il"),  # "combien y a-t-il de villes"
    answer_nows=(r"aujourd['\u2019]hui",),
    answer_just=("seulement",),
    answer_ones=("une",),
    answer_only=("seule",),
    answer_leads=(
        "il y en a",
        "il y en avait",
        "on en compte",
        "on en comptait",
        "ce sont",
        "au total",
        "réponse :",
        "réponse:",
        "r :",
        "r:",
    ),
    answer_words=("la réponse est",),
    question_words=(
        "quel",
        "quelle",
        "quels",
        "quelles",
        "qui",
        "où",
        "quand",
        "pourquoi",
        "que",
        "qu'est-ce",
    ),
    alternatives=("ou",),
    added_words=("de plus", "en plus", "encore"),
    all_words=("tous les",),
    reached_words=("à", "passant à", "pour atteindre", "portant le total à", "soit un total de"),
    count_followers=(
        "en",
        "à",
        "au",
        "aux",
        "dans",
        "de",
        "des",
        "du",
        "et",
        "ou",
        "après",
        "avant",
        "depuis",
        "sur",
        "pour",
        "avec",
        "ont",
        "sont",
        "avaient",
        "étaient",
        "se",
        "s'",
        "y",
        "qui",
        "dont",
        "cette",
        "ce",
        "ces",
        "l'",
        "la",
        "le",
        "les",
        "aujourd'hui",
        "désormais",
        "alors",
        "total",
        "est",
        "était",
        "sera",
        "seront",
        "seraient",
        "serait",
        "été",
        "être",
        "encore",
        "déjà",
        "seulement",
    ),
    pronoun_parts=("d'entre elles", "d'entre eux"),
    count_clitics=("en",),
    member_asides=(
        r",\s+(?:dont|de|depuis|avec|à commencer par|parmi lesquelles)\s+[^\W\d_][^,;.]{1,40}?,"
        r"\s+(?:(?:la |le )?premi(?:è|e)re?|(?:qui (?:a|l['\u2019]a) )?(?:rejoint|intégré)"
        r"|entrée?s?|admise?s?|arrivée?s?|membre)(?!\w)[^,;.]{0,40}?",
    ),
    region_openers=(
        r"en ",
        r"sur (?:le |ce )",
        r"dans (?:le |la |l['\u2019]|ce |cette )?",
        r"pour (?:le |l['\u2019]|ce )?",
    ),
    continents=("continent",),
    pronoun_subjects=("elles sont", "ils sont", "elles étaient", "ils étaient", "elles furent"),
    aside_list_openers=("avec", "après", "après l'entrée"),
    of_words=("de", "des", "d'", "d\u2019"),
    joining_nouns=("entrée", "admission", "adhésion", "arrivée"),
    whose_words=("dont",),
    network_of=("réseau de",),
    other_calls=(r"(?:à|au|à la|pour)?\s*(?:programme|prix)",),
    only_adjectives=("seule", "seul", "unique"),
    our_country=("notre pays",),
    opening_places=(r"(?:en|au|aux) (?:(?:la|le|l['\u2019]) ?)?",),
    negations=("pas", "ne", "non"),
    with_words=("avec",),
    passive_auxiliaries=("été", "sont"),
    admitting_verbs=("admis", "accueilli"),
    list_ends=("à", "au", "aux", "avec", "et", "de"),
    aside_articles=("la", "le", "les", "l'", "l\u2019", "une", "un"),
    aside_nouns=("ville", "cité", "capitale", "chef-lieu"),
    before_verb_words=(
        "sont",
        "ont",
        "est",
        "a",
        "y",
        "se",
        "s'",
        "désormais",
        "aujourd'hui",
        "aussi",
        "officiellement",
        "toutes",
        "deux",
        "fait",
        "il",
        "le",
        "leur",
        "par",
    ),
    subordinators=("depuis que", "lorsque", "quand"),
    time_openers=(
        "l['\u2019]an dernier",
        "l['\u2019]année dernière",
        "hier",
        "aujourd['\u2019]hui",
    ),
    year_prepositions=("en",),
    numbered_articles=("les", "ces", "le"),
    numbered_years=("cette", "dès", "en"),
    both_forms=(r"les deux\s+(?:villes|communes)",),
    into_the_network=(r"(?:à|au|dans|en)\s+(?:la\s+|le\s+)?réseau",),
    the_others=(r"(?:aux|les)\s+",),
    region_nouns=("région",),
    got_verbs=(
        "a",
        "obtenu",
        "obtient",
        "décroché",
        "décroche",
        "reçu",
        "reçoit",
        # past verbs of adding say the share of one round: "l'Afrique a placé sept villes"
        "placé",
        "ajouté",
        "gagné",
        "envoyé",
    ),
    placed_verbs=(
        "gagne",
        "gagnent",
        "place",
        "placent",
        "envoie",
        "envoient",
        "fait",
        "font",
        "entrer",
        "voit",
        "voient",
        "décroche",
        "décrochent",
        "ajoute",
        "ajoutent",
        "obtiennent",
        "reçoivent",
        "fournit",
        "fournissent",
        "apporte",
        "apportent",
    ),
    share_verbs=("place", "placent", "classe", "fait entrer", "font entrer"),
    side_words=("côté",),
    where_words=("où",),
    country_articles=("le", "la", "les", "l'", "l\u2019"),
    network_nouns=("réseau",),
    demonstratives=("ces",),
    into_words=("dans", "au", "à", "en"),
    part_words=("de ces", r"d['\u2019]entre", "parmi"),
    part_before_words=("dont",),
    whole_openers=("sur (?:les|ces)", "parmi (?:les|ces)", "des"),
    network_places=("dans le", "en"),
    time_prepositions=("avant", "après", "jusqu"),
    that_words=("que",),
    part_openers=("dont",),
    of_them_cities=(r"d['\u2019]entre elles",),
    of_them_others=(r"d['\u2019]entre eux",),
    joined_ends=("et", "en", "dans", r"d['\u2019]entre elles"),
    name_tail_words=("de", "la", "des", "du", "l'unesco", "l\u2019unesco"),
    one_words=("une", "un"),
    stated_followers=("en", "de", "dans", "et", "au", "après", "avant", "depuis"),
    document_figures=(r"(?:un|une|des|le|les|la)\s+(?:chiffres?|données|statistiques?)",),
    not_name_words=("son", "ses", "leur", "la", "le", "les", "des"),
    setting_words=("c'était", "il", "le", "la", "en", "l'", "et", "au", "de"),
    list_nouns=(
        r"(?:liste|décompte|decompte|recensement|bilan)"
        r"(?: des (?:membres|villes))?(?: actualisée?)?",
    ),
    bounding_words=("dès", "depuis", "jusqu", "à", "de"),
    percent_words=(r"pour\s?cent",),
    money_words=("euros?", "dollars?", "francs?"),
    glue_words=("et", "de", "un", "une"),
    coordinated_articles=("la", "le", r"l['\u2019]"),
    elided_articles=("la", "le"),
    rank_place_articles=("la", "le", "l'"),
    rank_place_links=(r"(?:de|d['\u2019])\s*(?:la\s+|l['\u2019])?",),
    subject_count_ends=("et", "sur", "de", "dans", "en", "aux", "avec", "parmi", "entre"),
    apposition_indefinites=("une?", r"un['\u2019]"),
    apposition_definites=("la", "le", r"l['\u2019]"),
    day_suffixes=("er",),
    indefinite_articles=("un", "une"),
)
