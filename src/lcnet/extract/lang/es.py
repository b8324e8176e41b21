"""Spanish.

Adjectives usually follow the noun ("72 ciudades nuevas", "ciudades mexicanas", "425
ciudades miembro"), "otras" comes before the number ("otras 71 ciudades"), "1.000" is a
thousand and "1,5 millones" one and a half million, and "mil millones" is a billion.
"""

from __future__ import annotations

from fractions import Fraction

from lcnet.extract.lang import Correction, Language, Role, Unit, Zeros
from lcnet.extract.lang.places_eu import ES as _CLDR_COUNTRIES
from lcnet.model import Qualifier as Q

_ONES = [
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
]
_TENS = ["treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
_HUNDREDS = [
    "ciento",
    "doscientos",
    "trescientos",
    "cuatrocientos",
    "quinientos",
    "seiscientos",
    "setecientos",
    "ochocientos",
    "novecientos",
]
_ORDINALS = [
    "primera",
    "segunda",
    "tercera",
    "cuarta",
    "quinta",
    "sexta",
    "séptima",
    "octava",
    "novena",
    "décima",
    "undécima",
    "duodécima",
]

_COUNTRIES = {
    **_CLDR_COUNTRIES,  # every country, as the CLDR names it; the short forms news uses:
    "méxico": "MX",
    "colombia": "CO",
    "españa": "ES",
    "chile": "CL",
    "venezuela": "VE",
    "argentina": "AR",
    "perú": "PE",
    "ecuador": "EC",
    "bolivia": "BO",
    "brasil": "BR",
    "costa rica": "CR",
    "el salvador": "SV",
    "nicaragua": "NI",
    "cuba": "CU",
    "portugal": "PT",
    "vietnam": "VN",
    "china": "CN",
    "corea": "KR",
    "república de corea": "KR",
}


def _forms(singular: str) -> tuple[str, ...]:
    """The four forms of a Spanish adjective of nationality from its masculine singular:
    mexicano -> mexicana, mexicanos, mexicanas; tailandés -> tailandesa, tailandeses,
    tailandesas; marroquí -> marroquíes; alemán -> alemana, alemanes, alemanas;
    estadounidense, belga -> +s (and "marroquís", "iraquís" as people write them too)."""
    if singular.endswith("o"):
        stem = singular[:-1]
        return (singular, stem + "a", stem + "os", stem + "as")
    for accented, plain in (("és", "es"), ("án", "an"), ("ín", "in")):
        if singular.endswith(accented):
            stem = singular[: -len(accented)] + plain
            return (singular, stem + "a", stem + "es", stem + "as")
    if singular.endswith(("í", "ú")):
        return (singular, singular + "es", singular + "s")
    if singular.endswith("l"):  # "portugal" has no adjective so; "español" does
        return (singular, singular + "a", singular + "es", singular + "as")
    return (singular, singular + "s")  # estadounidense(s), belga(s), keniata(s)


# The adjective of every country with GNLC members, by its masculine singular.
_ADJECTIVES = {
    "AE": "emiratí",
    "AM": "armenio",
    "AR": "argentino",
    "AT": "austriaco",
    "AU": "australiano",
    "AZ": "azerbaiyano",
    "BA": "bosnio",
    "BE": "belga",
    "BH": "bareiní",
    "BJ": "beninés",
    "BO": "boliviano",
    "BR": "brasileño",
    "BY": "bielorruso",
    "CA": "canadiense",
    "CH": "suizo",
    "CI": "marfileño",
    "CL": "chileno",
    "CM": "camerunés",
    "CN": "chino",
    "CO": "colombiano",
    "CR": "costarricense",
    "CU": "cubano",
    "CV": "caboverdiano",
    "CY": "chipriota",
    "DE": "alemán",
    "DK": "danés",
    "DZ": "argelino",
    "EC": "ecuatoriano",
    "EG": "egipcio",
    "ES": "español",
    "ET": "etíope",
    "FI": "finlandés",
    "FR": "francés",
    "GA": "gabonés",
    "GB": "británico",
    "GE": "georgiano",
    "GN": "guineano",
    "GR": "griego",
    "GW": "guineano",
    "HU": "húngaro",
    "ID": "indonesio",
    "IE": "irlandés",
    "IN": "indio",
    "IQ": "iraquí",
    "IR": "iraní",
    "IT": "italiano",
    "JO": "jordano",
    "JP": "japonés",
    "KE": "keniano",
    "KR": "coreano",
    "LT": "lituano",
    "MA": "marroquí",
    "MD": "moldavo",
    "MN": "mongol",
    "MX": "mexicano",
    "MY": "malasio",
    "NA": "namibio",
    "NG": "nigeriano",
    "NI": "nicaragüense",
    "NL": "neerlandés",
    "OM": "omaní",
    "PE": "peruano",
    "PH": "filipino",
    "PL": "polaco",
    "PS": "palestino",
    "PT": "portugués",
    "PY": "paraguayo",
    "QA": "catarí",
    "RO": "rumano",
    "RU": "ruso",
    "SA": "saudí",
    "SI": "esloveno",
    "SK": "eslovaco",
    "SN": "senegalés",
    "SV": "salvadoreño",
    "TG": "togolés",
    "TH": "tailandés",
    "TM": "turcomano",
    "TN": "tunecino",
    "TR": "turco",
    "UA": "ucraniano",
    "UG": "ugandés",
    "US": "estadounidense",
    "UY": "uruguayo",
    "UZ": "uzbeko",
    "VE": "venezolano",
    "VN": "vietnamita",
    "ZA": "sudafricano",
    "ZM": "zambiano",
    "ZW": "zimbabuense",
}
# GN and GW share "guineano": the adjective is left out for both (ambiguous)
_SHARED = {"guineano"}
_DEMONYMS = {
    form: code
    for code, singular in _ADJECTIVES.items()
    if singular not in _SHARED
    for form in _forms(singular)
} | {
    "qatarí": "QA",
    "qataríes": "QA",
    "keniata": "KE",
    "keniatas": "KE",
    "holandés": "NL",
    "holandesa": "NL",
    "holandeses": "NL",
    "holandesas": "NL",
    "tailandeses": "TH",
    "vietnamitas": "VN",
    "saudita": "SA",
    "sauditas": "SA",
}


def _unaccented(names: dict[str, str]) -> dict[str, str]:
    """The names as wire copy without accents writes them ("Espana", "Peru", "mexicanas"
    stay): each accented name once more without its accents, where no name is so written."""
    plain = str.maketrans("áéíóúüñÁÉÍÓÚÜÑ", "aeiouunAEIOUUN")
    return {
        bare: code
        for name, code in names.items()
        if (bare := name.translate(plain)) != name and bare not in names
    }


_COUNTRIES |= _unaccented(_COUNTRIES)
_DEMONYMS |= _unaccented(_DEMONYMS)


# A round number as a noun, read as about it: "une cinquantaine de pays"
_APPROXIMATE = {
    "decena": 10,
    "docena": 12,
    "decenas": 10,
    "veintena": 20,
    "treintena": 30,
    "cincuentena": 50,
    "centenar": 100,
    "centenares": 100,
    "millar": 1000,
    "millares": 1000,
}

LANGUAGE = Language(
    code="es",
    # lcnet.extract.ranks: the text's own city as a rank's subject, a rank's year
    self_subjects="(?:el|nuestro|este) municipio|(?:la|nuestra|esta) (?:ciudad|localidad|comuna)",
    rank_year_prepositions=("en", "del"),
    # lcnet.extract.elliptic: 'only' before a count whose noun is left out
    only_adverbs=("apenas", "solamente", "unicamente"),
    only_placed=("solo", "sólo"),
    # lcnet.extract.joining: the article before a member's rank after its name
    apposed_articles=("el", "la", "lo"),
    # lcnet.extract.predicates: what may follow a count that ends its clause
    count_ends=("y", "e", "en", "desde", "de", "del", "a", "al", "con", "entre", "hasta"),
    clock_words=r"horas?\b|de la (?:mañana|tarde|noche)",
    # lcnet.extract.hypothetical: a figure denied
    answer_no=("no",),
    denial_links=("y", "e"),
    denial_words=("no",),
    subjectless_copulas=("son", "eran", "serían", "serán"),
    subjectless_openers=("creo que", "para mí", "según yo"),
    verdict_words=("verdadero", "falso", "cierto", "engañoso", "verdad", "mentira"),
    denied_sayings=(
        r"(?:dej(?:en|ad|emos|a)|paren|par(?:ad|emos)) de (?:decir|repetir|escribir|contar)",
        r"basta de (?:decir|repetir)",
        r"no (?:digan|repitan|escriban) más",
    ),
    doubt_questions=(
        "es cierto",
        "es verdad",
        "es correcto",
        "es así",
        "qué cifra usamos",
        "qué cifra es la buena",
        "qué cifra es correcta",
    ),
    rejection_words=(
        "un error",
        "una errata",
        "es falso",
        "falsa",
        "incorrecto",
        "incorrecta",
        "no es cierto",
        "no es correcto",
        "nunca fue",
    ),
    # lcnet.extract.origins: a group of newcomers named by a noun of its own
    group_nouns=("promoción", "convocatoria", "grupo", "contingente"),
    # lcnet.extract.newcomers: parts of an intake by place
    among_words=("entre",),
    place_articles=("el", "la", "los", "las"),
    region_words=("región de", "región del"),
    part_connectors=("a",),
    national_words=("nacionales",),
    # lcnet.extract.ranks: a plural verb before two members' ranks
    plural_rank_verbs=("son", "eran", "fueron", "se convierten en"),
    # lcnet.extract.historic: the next sentence says what the figure was
    that_figure=(
        "(?:esa|esta|ésa|ésta) (?:es|era|fue) la cifra|(?:ese|este|ése|éste) (?:es|era"
        "|fue) el (?:número|dato|total)|(?:esa|ésa) cifra (?:es|era|corresponde)"
    ),
    # lcnet.extract.openings: parts of an intake opening their sentence
    these_countries="de (?:esos|estos|aquellos) países",
    of_them="de (?:ellas|ellos|estas|estos)",
    of_them_words=("de ell", "de estas", "de estos"),
    cue_stems=("prim", "debut", "capita"),
    # lcnet.extract.closing_counts: a country's count closing its clause
    superlative_words=("más", "mayor"),
    closing_subject_adverbs=("ya", "ahora", "también"),
    closing_number_adverbs=("ya", "ahora", "también"),
    # lcnet.extract.elliptic: totals stated by a noun of counting, answers
    answer_sources="seg[uú]n|de acuerdo con",
    stated_determiners="el|su|la|un|en",
    stated_nouns=(
        "(?:total|cifra|número)(?: (?:actual|oficial|exacto|exacta|correcto"
        "|correcta))?(?: (?:ya|hoy|ahora))? (?:es de|es|era de|era|fue de|fue|asciende a"
        "|ascendía a|llega a|llegaba a|se sitúa en|quedó en|queda en)|total de"
    ),
    stated_keys=("total", "cifra", "número"),
    # lcnet.extract.elliptic: counts whose noun is left out
    plural_ends=("s",),
    feminine_plural_ends=("as",),
    joined_bare=(
        "(?:entraron|ingresaron|se (?:unieron|sumaron|incorporaron)|fueron admitidas|(?:han"
        "|habían|hubo) (?:entrado|ingresado|sido admitidas))"
    ),
    joined_bare_words=(
        "entraron",
        "ingresaron",
        "unieron",
        "sumaron",
        "incorporaron",
        "admitidas",
        "entrado",
        "ingresado",
    ),
    having_verbs=(
        "suma",
        "sumaba",
        "tiene",
        "tenía",
        "cuenta con",
        "contaba con",
        # an adverb between the verb and "con": "España contaba entonces con once"
        "cuenta ya con",
        "cuenta hoy con",
        "cuenta ahora con",
        "contaba ya con",
        "contaba entonces con",
        "reúne",
        "reunía",
        "aporta",
        "aportaba",
        "pasa a tener",
        "pasó a tener",
        "sigue con",
        "seguía con",
        "queda con",
        "pasa a contar con",
        "pasó a contar con",
        "pasa a contar",
        "pasó a contar",
        "llega a",
        "llegó a",
        "sube a",
        "subió a",
        "llega entonces a",
        "llegó entonces a",
        "llega así a",
        "llegó así a",
        "llegaba a",
    ),
    having_now=(
        "suma",
        "tiene",
        "cuenta con",
        "cuenta ya con",
        "cuenta hoy con",
        "cuenta ahora con",
        "reúne",
        "pasa a tener",
        "pasa a contar con",
        "llega a",
        "sube a",
    ),
    having_country="el país",
    # the epithet after a country's name: "el Ecuador vecino cuenta con cuatro"
    country_epithets=("vecina", "vecino"),
    subject_in_the_verb=True,
    placed_joined_connector="(?:de|desde)",
    placed_joined_verbs=(
        "(?:fueron (?:admitidas|elegidas|seleccionadas|incluidas)|entraron|ingresaron)"
    ),
    placed_joined_words=("fueron", "entraron", "ingresaron"),
    # lcnet.extract.corrected: the figures a correction set
    correction=Correction(
        words=r"(?:corrigi\w*|correg\w*|correcci[oó]n|rectific\w*|cifras?|erratas)",
        links=r"(?:a|en|hasta)",
        starts=("corrig", "correg", "correcci", "rectific", "cifra", "errata"),
        conjunctions=r"y|e",
    ),
    stopwords=frozenset(
        ["el", "los", "las", "del", "con", "que", "por", "para", "según", "una", "es", "se", "su"]
    ),
    number_words={w: i for i, w in enumerate(_ONES)}
    | {w: 30 + 10 * i for i, w in enumerate(_TENS)}
    | {w: 100 * (i + 1) for i, w in enumerate(_HUNDREDS)}
    | {
        "un": 1,
        "una": 1,
        "cien": 100,
        "quinientas": 500,
        "doscientas": 200,
        "trescientas": 300,
        "cuatrocientas": 400,
    }
    | _APPROXIMATE,
    approximate_numbers=tuple(_APPROXIMATE),
    multipliers={},
    scales={"mil": 1_000, "millón": 10**6, "millones": 10**6, "mil millones": 10**9},
    fractions={"medio": Fraction(1, 2), "media": Fraction(1, 2)},  # "media docena": six
    number_joiners=("y",),
    decimal_mark=",",
    marks=(
        "la barrera de las",
        "la barrera de los",
        "la barrera de",
        "el umbral de las",
        "el umbral de los",
        "el umbral de",
        "la marca de las",
        "la marca de los",
        "el listón de las",
    ),
    ordinals={w: i + 1 for i, w in enumerate(_ORDINALS)}
    | {w[:-1] + "o": i + 1 for i, w in enumerate(_ORDINALS)}
    | {"primer": 1, "tercer": 3, "única": 1, "único": 1}  # "la única ciudad": one
    | {  # "decimoséptima", "décima séptima": eleventh to nineteenth
        form: 11 + i
        for i, w in enumerate(_ORDINALS[:9])
        for ending in ("a", "o")
        for form in (
            f"décim{ending} {w[:-1]}{ending}",
            f"decimo{w[:-1]}{ending}".replace("decimooct", "decimoct"),
        )
    },
    ordinal_digits=r"(?P<n>\d{1,3})\.?[ºªoa]",
    ordinal_after_unit=False,
    qualifiers={
        "más de": Q.MORE_THAN,
        "mas de": Q.MORE_THAN,  # wire copy without accents: "la red tiene ya mas de 100"
        # "la red andaba por las 180 ciudades": about
        **dict.fromkeys(
            (
                f"{verb} por {article}"
                for verb in ("anda", "andaba", "andaría")
                for article in ("las", "los")
            ),
            Q.ABOUT,
        ),
        "por encima de": Q.MORE_THAN,
        "al menos": Q.AT_LEAST,
        "por lo menos": Q.AT_LEAST,
        "como mínimo": Q.AT_LEAST,
        "alrededor de": Q.ABOUT,
        "unos": Q.ABOUT,
        "unas": Q.ABOUT,
        "aproximadamente": Q.ABOUT,
        "cerca de": Q.NEARLY,
        "casi": Q.NEARLY,
        "menos de": Q.FEWER_THAN,
        "hasta": Q.AT_MOST,
        "como máximo": Q.AT_MOST,
        "supera las": Q.MORE_THAN,  # a verb of passing
        "supera": Q.MORE_THAN,  # before a threshold (Language.marks)
        "roza": Q.NEARLY,  # a verb of approaching: "roza la barrera de las 430"
        "se acerca a": Q.NEARLY,
        "superó": Q.MORE_THAN,
        "sobrepasó": Q.MORE_THAN,
        "rebasó": Q.MORE_THAN,
        "supera los": Q.MORE_THAN,
        "superó las": Q.MORE_THAN,
        "superó los": Q.MORE_THAN,
        "superaba las": Q.MORE_THAN,
        "superaba los": Q.MORE_THAN,
        "supera ya las": Q.MORE_THAN,
        "sobrepasa las": Q.MORE_THAN,
        "sobrepasa los": Q.MORE_THAN,
        "rebasa las": Q.MORE_THAN,
        "rebasa los": Q.MORE_THAN,
        # a verb of passing or approaching with an adverb or a tense, then the article: "ha
        # superado ya las 400", "roza las 430" (not reached), "ronda las 425" (about)
        **{
            f"{verb}{adverb}{article}": qualifier
            for verbs, qualifier in (
                (
                    (
                        "supera",
                        "superó",
                        "superaba",
                        "ha superado",
                        "había superado",
                        "sobrepasa",
                        "sobrepasó",
                        "ha sobrepasado",
                        "rebasa",
                        "rebasó",
                        "ha rebasado",
                        "excede",
                        "ha excedido",
                    ),
                    Q.MORE_THAN,
                ),
                (("roza", "rozaba", "se acerca a", "se acercaba a", "se aproxima a"), Q.NEARLY),
                (("ronda", "rondaba"), Q.ABOUT),
                # "pasar de" with the article: past a threshold ("la red ya pasa de las 300
                # ciudades"; not the past "pasó de las 356 a las 425", a change)
                (("pasa de", "pasaba de", "pasaría de"), Q.MORE_THAN),
            )
            for verb in verbs
            # an adverb of degree too: "la red supera ampliamente las 400 ciudades"
            for adverb in (
                "",
                " ya",
                " así",
                " hoy",
                " ahora",
                " ampliamente",
                " holgadamente",
                " largamente",
                " con creces",
                " de lejos",
            )
            for article in (" las", " los")
        },
    },
    # a word of exactly after a count in talk: "Son 300 exactas" (elliptic.subjectless_counts)
    qualifiers_after={"exactas": Q.EXACT, "exactos": Q.EXACT, "justas": Q.EXACT},
    other_before=("otras", "otros"),
    # "son 115 las ciudades", "once de las nuevas ciudades"
    unit_linkers=("de", "las", "los", "de las", "de los"),
    # "la población de las ciudades miembros supera los 390 millones"
    population_heads=(r"población",),
    units={
        "provincias": Unit.CITY,  # a place word: the network's only beside a verb of joining
        "ayuntamientos": Unit.CITY,
        "incorporaciones": Unit.MEMBER,
        # the newcomers named as such: "Las recién llegadas proceden de 46 países"
        "recién llegadas": Unit.MEMBER,
        "recién llegados": Unit.MEMBER,
        "nuevas incorporaciones": Unit.MEMBER,
        "nuevas adhesiones": Unit.MEMBER,  # "54 nuevas adhesiones", "54 admisiones"
        "adhesiones": Unit.MEMBER,
        "nuevas admisiones": Unit.MEMBER,
        "admisiones": Unit.MEMBER,
        "ingresos": Unit.MEMBER,  # "la UNESCO aprobó 54 ingresos": admissions
        # "aprobó 72 candidaturas": applications, an intake once approved (a verb of
        # entering), else candidates (Language.candidate_cues)
        "candidaturas": Unit.MEMBER,
        "ciudades": Unit.CITY,
        "urbes": Unit.CITY,
        "localidades": Unit.CITY,
        # the words for a municipality in Chile, Ecuador and Costa Rica, and Mexico City's
        "comunas": Unit.CITY,
        "cantones": Unit.CITY,
        "alcaldías": Unit.CITY,
        # "uno de los tres lugares de Tailandia que se suman a la red": with a cue only
        "lugares": Unit.CITY,
        # "son ya 14 los representantes mexicanos en la red": a country's members, with a cue
        "representantes": Unit.MEMBER,
        # "diecisiete plazas en esta convocatoria", "72 centros urbanos": with a cue only
        "plazas": Unit.CITY,
        "centros urbanos": Unit.CITY,
        "ciudades miembro": Unit.CITY,
        "ciudades miembros": Unit.CITY,
        "municipios": Unit.CITY,
        "gobiernos locales": Unit.CITY,  # "medio centenar de gobiernos locales"
        "miembros": Unit.MEMBER,
        "integrantes": Unit.MEMBER,
        "países": Unit.COUNTRY,
        "paises": Unit.COUNTRY,  # wire copy without accents
        "naciones": Unit.COUNTRY,
        "ciudadanos": Unit.CITIZEN,
        "habitantes": Unit.CITIZEN,
        "personas": Unit.CITIZEN,
        "residentes": Unit.CITIZEN,  # "casi 500 millones de residentes"
        "pobladores": Unit.CITIZEN,
        "capitales": Unit.CAPITAL,
    },
    singular_units={
        "ciudad": Unit.CITY,
        "urbe": Unit.CITY,  # "la séptima urbe mexicana"
        "municipio": Unit.CITY,
        "comuna": Unit.CITY,
        "cantón": Unit.CITY,
        "alcaldía": Unit.CITY,
        "localidad": Unit.CITY,
        "miembro": Unit.MEMBER,
        "país": Unit.COUNTRY,
    },
    modifiers_before={
        # "con una sola ciudad", "las dos solas ciudades": only so many
        "sola": Role.PLAIN,
        "solo": Role.PLAIN,  # "un solo municipio"
        "única": Role.PLAIN,  # "una única ciudad"
        "único": Role.PLAIN,
        "solas": Role.PLAIN,
        "primeras": Role.PLAIN,  # "les deux premières villes": which ones, after a number
        "primeros": Role.PLAIN,
        "nuevas": Role.NEW,
        "nuevos": Role.NEW,
        "diferentes": Role.PLAIN,  # "72 ciudades de 46 diferentes países"
        "distintos": Role.PLAIN,
        # "sube a nueve el número de ciudades colombianas": the count before what it counts
        "el número de": Role.MEMBER,
    },
    unit_roles={
        "provincias": (Role.WEAK,),
        "localidades": (Role.WEAK,),
        "lugares": (Role.WEAK,),
        "representantes": (Role.WEAK,),
        "incorporaciones": (Role.NEW,),
        "nuevas incorporaciones": (Role.NEW,),
        "recién llegadas": (Role.NEW,),
        "recién llegados": (Role.NEW,),
        "ingresos": (Role.NEW,),
        "nuevas adhesiones": (Role.NEW,),
        "adhesiones": (Role.NEW,),
        "nuevas admisiones": (Role.NEW,),
        "admisiones": (Role.NEW,),
        "plazas": (Role.WEAK, Role.SEAT),
        "centros urbanos": (Role.WEAK,),
    },
    one_of=("una de las", "uno de los", "una de", "uno de", "entre las", "entre los"),
    adjectives_as_nouns=True,
    rank_articles=("la", "el"),  # "la octava ciudad colombiana ..., Envigado la novena"
    rank_ends=(
        "en",
        "de",
        "del",
        r"(?:en|a) (?:unirse|sumarse|ingresar|entrar|incorporarse)",
        "tras",
        r"y (?:la|el) únic[ao]",  # "Chía es la novena y la única que ingresó en 2025"
    ),
    copulas=(
        "son",
        "están",
        "se encuentran",
        "se ubican",
        "eran",  # "De los 54 nuevos miembros, tres eran colombianos" (as fr "étaient")
        "estaban",  # "294 ciudades; ellas estaban en 76 países"
        "se encontraban",
        "repartidas",
        "repartidos",
        "distribuidas",
        "distribuidos",
        "ubicadas",
        "situadas",
    ),
    modifiers_after={
        "premiadas": Role.AWARDED,  # "las 28 ciudades premiadas"
        "galardonadas": Role.AWARDED,
        # "170 miembros activos en 53 países": active members
        "activos": Role.MEMBER,
        "activas": Role.MEMBER,
        "nuevas": Role.NEW,
        "nuevos": Role.NEW,
        # "las ciudades elegidas en febrero": the ones a round chose
        **dict.fromkeys(
            ("elegidas", "seleccionadas", "seleccionados", "escogidas", "escogidos"),
            Role.NEW,
        ),
        "más": Role.NEW,
        "del aprendizaje": Role.LEARNING,
        "de aprendizaje": Role.LEARNING,
        "miembro": Role.MEMBER,
        "miembros": Role.MEMBER,
        "participantes": Role.MEMBER,
        "de todo el mundo": Role.PLAIN,
    },
    demonyms=_DEMONYMS,
    country_names=_COUNTRIES,
    regions={
        "áfrica": "africa",
        "africanas": "africa",
        "estados árabes": "arab-states",
        "asia y el pacífico": "asia-pacific",
        "asia-pacífico": "asia-pacific",
        "europa y américa del norte": "europe-north-america",
        "europa": "europe-north-america",
        "europeas": "europe-north-america",
        "américa latina y el caribe": "latin-america-caribbean",
        "américa latina": "latin-america-caribbean",
        "latinoamericanas": "latin-america-caribbean",
    },
    place_connectors=(
        "repartidas en",
        "repartidos en",
        "distribuidas en",
        "distribuidos en",
        "que abarcan",
        "abarcando",
        "de un total de",
        "de",
        # with the article some countries take: "dos localidades del Perú", "de la Argentina"
        "del",
        "de la",
        "de los",
        "en",
        "en el",
        "en la",
        "procedentes de",
        "pertenecientes a",
    ),
    possession_words=(
        "también",  # "Vietnam también tiene", "todavía": adverbs of the verb
        "hasta",  # "Colombia tenía hasta ahora tres ciudades": "until now" after the verb
        # "Colombia, que hasta ahora tenía tres ciudades": the relative clause's verb is
        # the country's (as en "which")
        "que",
        "todavía",
        "aún",
        "sube",
        "subió",
        "llega",
        "llegó",
        "pasa",
        "pasó",
        "asciende",
        "ascendió",
        "crece",
        "creció",
        "a",
        "alcanza",  # "Colombia alcanza las diez"
        "alcanzó",
        "las",
        "son",
        "son ya",
        "eran",
        "así",
        "por tanto",
        "solo",
        "sólo",
        "solamente",
        "únicamente",
        "hoy",
        "ya",
        "ahora",
        "actualmente",
        "tiene",
        "cuenta con",
        # "Corea del Sur está muy presente con una veintena de ciudades"
        "muy",
        "presente con",
        # "Colombia es, con nueve ciudades, uno de los países más representados"
        "es",
        "representada por",
        "representado por",
        "tendría",  # the conditional of hearsay: "México tendría una decena"
        "contaría con",
        # the same in the past: "Aquel año, Colombia contaba con seis ciudades"
        "contaba con",
        "sigue con",  # "Colombia sigue con ocho ciudades en la red"
        "seguía con",
        "participa con",  # "México participa con dos municipios"
        "aporta",
        # "La región de Asia y el Pacífico aportó 21 nuevos miembros": a share contributed
        "aportó",
        "aportan",
        "aportaron",
        "contribuyó",
        "aportaba",
        "pasa a tener",  # "México pasa a tener doce ciudades"
        "pasó a tener",
        "pasa a contar con",
        "pasó a contar con",
        "tenía",
        "tenían",
        "sumaba",
        "posee",
        "poseía",
        "reúne",
        "reunía",
        "suma",
        "un total de",
        "en total",
        "hay",
        "con",
        # "Alemania sigue representada con cuatro ciudades"
        "sigue",
        "está",
        "representada",
        "representado",
        "por",
        # "Vietnam, dessen zwei Mitglieder ...": whose
        "cuyas",
        "cuyos",
    ),
    network_names=(
        r"red mundial (?:de la unesco |unesco )?de ciudades (?:del|de) aprendizaje",
        r"ciudad(?:es)? (?:del|de) aprendizaje",
        r"gnlc",
    ),
    network_references=(
        r"(?:la|esta|dicha|una|nueva|gran|su) red(?: mundial| global| internacional)?\b",
        r"(?:esta|dicha|la) iniciativa\b",
    ),
    other_networks=(
        r"cittaslow",  # the international league of small towns
        r"ciudad(?:es)? creativas?",
        # "se trata de otra red de la UNESCO, que reúne a unas 350 ciudades": not this one
        r"otra red",
        # "Es un programa distinto de la UNESCO, con unas 400 ciudades": set apart
        r"programa (?:distinto|aparte|diferente|independiente)",
        r"otro programa",
        r"red (?:distinta|aparte|diferente|independiente)",
        # national learning-city networks: "la Red Argentina de Ciudades del Aprendizaje"
        r"red (?:nacional|argentina|mexicana|colombiana|peruana|chilena|ecuatoriana"
        r"|venezolana|boliviana|uruguaya|paraguaya|costarricense|panameña|cubana"
        r"|dominicana|guatemalteca|hondureña|salvadoreña|nicaragüense|española)"
        r" de ciudades (?:del|de) aprendizaje",
        r"red federal de ciudades (?:del|de) aprendizaje",  # Argentina's national network
        r"red de ciudades (?:del|de) aprendizaje de (?:colombia|méxico|argentina|perú|chile"
        r"|ecuador|españa)",
        r"ciudades educadoras",
        r"ciudades saludables",
        r"ciudades amigables con las personas mayores",
        r"ciudades amigas de la infancia",
        r"ciudades inclusivas y sostenibles",  # UNESCO's ICCAR
        r"\biccar\b",
    ),
    other_programmes=(
        r"patrimonio (?:mundial|de la humanidad|cultural inmaterial)",
        r"reservas? de (?:la )?biosfera",
        r"geoparques?",
        r"premios? (?:unesco )?(?:de |a la )?(?:las )?ciudad(?:es)? (?:del|de) aprendizaje",
        # a country's own schemes: "el programa departamental de municipios lectores, que
        # reúne a 25 municipios"
        r"programas? (?:departamental|departamentales|provincial|provinciales|estatal"
        r"|estatales|nacional|nacionales|regional|regionales|autonómicos?)(?!\w)",
    ),
    only_words=("sola", "solo", "única", "único"),
    money_nouns=(
        "presupuesto",
        "coste",
        "costo",
        "gasto",
        "financiación",
        "importe",
        "precio",
        "subvención",
    ),
    count_heads=("número", "cifra", "cantidad", "total"),
    count_links=("de", "de los", "de las", "del"),
    count_verbs=(
        r"(?:ya |ahora )?(?:(?:llega|llegó|llegaba|asciende|ascendió|ascendía|se eleva"
        r"|se elevó|pasa|pasó|sube|subió|crece|creció|aumenta|aumentó)(?: ya| ahora)? a"
        r"|(?:crece|creció|aumenta|aumentó|sube|subió)(?: ya| ahora)? hasta"
        r"|(?:se sitúa|se situaba|queda|quedó) en"
        r"|(?:alcanza|alcanzó|alcanzaba|suma|sumaba|totaliza|totalizaba|es|era|fue)"
        r"(?: ya| ahora| [a-záéíóú]{3,}mente)?(?: de)?)",
    ),
    # the intake told before includes them: "Incluye dos ciudades mexicanas"
    included_words=(r"\bincluy(?:e|en|ó|eron)\b", r"\bforman? parte de (?:ella|él|ellas|ellos)\b"),
    subset_cues=(
        r"\bentre (?:ellas|ellos|las nuevas|los nuevos)\b",
        r"\bde (?:ellas|ellos)\b",
        # "115 ciudades, de las cuales más de cien ingresaron"
        r"\b(?:de|entre) (?:las|los) cuales\b",
        # "En la lista figuran tres ciudades colombianas": the list an intake named before
        r"\ben la lista\b(?! de (?:los )?miembros)",
    ),
    # a verb of growth before "hasta" makes it the end of the change, not a bound: "la
    # red creció hasta 356 ciudades" (grew to 356)
    # "Chía es una de las 72 seleccionadas por la Unesco": one of the round's chosen, the
    # noun left out after the participle (phrase._one_of_elided)
    elided_one_of=("una de las ", "uno de los "),
    elided_among=("entre las ", "entre los "),
    elided_after=(
        # (not the chosen of a grant or a course: "una de las 30 seleccionadas para la beca")
        r"(?P<new>(?:seleccionad|elegid|escogid|admitid|incorporad|aceptad|nuev)[ao]s)\b"
        r"(?!\s+(?:para|como)\b)"
        r"|(?=es\b)"
    ),
    elided_capital="capital",
    elided_count_nouns=("ciudades", "miembros", "municipios", "urbes"),
    fronted_with=("con",),
    fronted_links=r"\s*,\s*(?:(?:el|la|los|las)\s+)?",
    before_dates=("hasta", "hasta el", "antes de", "antes del"),
    number_range=("entre {low} y",),
    asked_of_network=("la red", "gnlc"),
    network_adverbials=(  # the longest first: "Colombia tiene en la red ocho ciudades"
        r"en la red (?:mundial|global) de ciudades del aprendizaje(?: de la unesco)?",
        r"(?:en|dentro de) la (?:red|gnlc)(?: de la unesco)?",
        r"en el gnlc",
    ),
    qualifier_blockers=(
        "creció",
        "crecido",
        "aumentó",
        "aumentado",
        "subió",
        "subido",
        "llegó",
        "llegado",
        "ascendió",
        "ampliado",
        "amplió",
    ),
    elsewhere=(
        r"noticias relacionadas",
        r"te puede interesar",
        r"lo más (?:leído|visto)",
        r"(?:leer|ver|lee) (?:más|también)",
        r"más noticias",
        r"también te puede",
    ),
    negative_subjects=(
        r"asociación",
        # (not a club of cities: "formamos parte de un club de casi 300 ciudades" is the
        # body the city joins, said as "red de" is)
        r"\bclub\b(?! de (?:más de |cerca de |casi |unas |alrededor de )?\d[\d\s.]*"
        r" (?:ciudades|municipios|urbes|localidades|miembros)\b)"
        # nor a club whose own clause counts its cities: "el club suma ya 425 ciudades"
        r"(?![^.;:!?]{0,40}?\d[\d\s.]* (?:ciudades|municipios|urbes)\b)",
        r"sindicato",
        r"federación",
        r"\bpartido\b",
        r"\buniversidad\b",  # "la universidad tuvo 54 admisiones": students
    ),
    # "del jardín de infancia a la universidad", "en las escuelas": a place, not who counts
    list_spans=("entre",),  # "tra Fermo e Lucca": two ends, not a list
    negative_governors=(
        r"(?:hasta )?(?:a (?:la |las |los )|al )",
        r"en (?:el |la |las |los |una? |sus? )?",
    ),
    intake_cues=(
        # an accepted application: "vieron aprobada su candidatura", "cuya candidatura fue
        # aceptada", "la red aprobó la candidatura de"
        r"\bcandidaturas?(?: a la red)?(?: (?:fue|fueron|ha sido|han sido|ya fue))? (?:aprobad"
        r"|aceptad|admitid)[ao]s?\b",
        # ... its other nouns too: "se aceptaron las postulaciones de 77 ciudades"
        r"\b(?:aprobad|aceptad|admitid)[ao]s? (?:su|sus|la|las) (?:candidaturas?"
        r"|postulaci(?:ón|ones)|solicitudes)\b",
        r"\b(?:aprob|acept)(?:ó|aron) (?:la|las|su|sus) (?:candidaturas?|postulaci(?:ón|ones)"
        r"|solicitudes)\b",
        r"\badmit(?:ió|ieron) (?:la|las|su|sus) (?:candidaturas?|postulaci(?:ón|ones)"
        r"|solicitudes)\b",
        # "fueron aceptadas 72 candidaturas": the acceptance before the applications counted
        r"\b(?:fueron|son|serán) (?:aceptadas|aprobadas|admitidas)(?= (?:\S+ )?candidaturas\b)",
        r"\bhace su (?:entrada|debut|ingreso)\b",
        r"\bhizo su (?:entrada|debut|ingreso)\b",
        r"\bse (?:une|unen|unió|unieron|suma|suman|sumó|sumaron|incorpora|incorporan"
        r"|incorporó|incorporaron)\b",
        r"\bingres(?:a|an|ó|aron|ar)\b",
        r"\bsum(?:ó|aron)\b",  # "México sumó tres nuevas urbes": added; "suma 425" totals
        r"\badmitid[ao]s?\b",  # "la única ciudad mexicana admitida"
        # "las ciudades elegidas en febrero", "ninguna ciudad colombiana fue seleccionada"
        r"\b(?:seleccionad|elegid|escogid)[ao]s?\b",
        # not a host's: "da la bienvenida a los delegados", "a la conferencia"
        r"\bd(?:a|io|an|ieron) la bienvenida\b(?! a (?:la|el|los|las|una?|esta|este)"
        r" ?(?:\w+ )?(?:conferencia|reuni[oó]n|encuentro|foro|cumbre|evento|congreso|festival"
        r"|seminario|taller|asamblea|delegaci[oó]n|delegad[oa]|participante|expert[oa]"
        r"|invitad[oa]|visitante|alcalde|red)(?:s|es)?\b)",
        r"\bnombr(?:a|ó|adas|ados)\b",
        r"\bdesignad[ao]s\b",
        r"\b(?:fue|fueron|ha sido|han sido) incluid[ao]s?\b",  # not "las 425 ciudades incluidas"
        r"\bobt(?:iene|ienen|uvo|uvieron) (?:la membresía|el estatus|el título|la condición)\b",
        r"\bincorpor(?:a|an|ó|aron|ará|arán|ada|adas|ado|ados|arse)\b",
        r"\bentr(?:a|an|ó|aron|ará|arán|ar)\b",  # "logró entrar": the infinitive after a verb
        r"\b(?:unirse|sumarse|adherirse|integrarse)\b",
        # "se integran a la red": joining; "las ciudades que integran la red" are its members
        r"\bse integr(?:a|an|ó|aron|ará|arán)\b",
        r"\bpas(?:a|an|ó|aron) a integrar\b",
        # the round's group or list: "tres municipios mexicanos integran el grupo"
        r"\bintegr(?:a|an) (?:el|este|ese) grupo\b",
        r"\bintegr(?:a|an) (?:la|esta|esa) (?:nueva )?(?:lista|camada|tanda)\b",
        r"\bpas(?:a|an|ó|aron) a formar parte\b",
        r"\bse adhier(?:e|en)\b",
        r"\bnuev(?:as|os) (?:integrantes|incorporaciones)\b",
        r"\baprob(?:ó|aron|ad[ao]s)\b",  # "se aprobaron 72 candidaturas"
        # the round itself, named as the intake it was: "diecisiete plazas en esta convocatoria"
        # (not "antes de esta ronda, el Instituto contabilizaba 173": a total before it)
        # a round named by its year: "la única ciudad chilena de la convocatoria 2025"
        r"\bde la convocatoria (?:de )?(?=(?:19|20)\d\d\b)",
        *(
            rf"\besta {n}\b(?<!antes de esta {n})(?<!tras esta {n})(?<!después de esta {n})"
            # the round named as a class of newcomers: "de esta generación", "camada"
            for n in ("convocatoria", "ronda", "tanda", "generación", "camada", "promoción")
        ),
        *(
            rf"\bla última {n}\b(?<!antes de la última {n})(?<!tras la última {n})"
            rf"(?<!después de la última {n})"
            for n in ("convocatoria", "ronda", "generación", "camada", "promoción")
        ),
        # the active verb of admitting: "la UNESCO admitió ayer 77 nuevas ciudades"
        # (past only: "esta red admite hasta 425 ciudades" says what it may take)
        r"\badmit(?:ió|ieron)\b",
    ),
    total_cues=(
        # "la red pasó a 294": a change to a total
        r"\b(?:pas(?:ó|a|aba|ando)|lleg(?:ó|a|aba|ando)|sub(?:e|en|ió|iendo)"
        r"|ascend(?:ió|iendo|ía)|asciende|aument(?:a|ó|ando)|creci(?:ó|endo) hasta)"
        r"(?: así| ya| ahora)? a\b",  # "y la red llegó así a 425 ciudades"
        r"\bcuenta con\b",
        r"\bpas(?:a|ó) a contar(?: con)?\b",  # "el país pasó a contar siete"
        r"\bcontaba con\b",
        r"\bya son\b",
        r"\bsuma\b",
        r"\bagrupa\b",
        r"\breún(?:e|en)\b",
        r"\breun(?:ía|ían)\b",  # "la red reunía 294 ciudades"
        r"\bagrupaba\b",
        r"\bsumaba\b",
        r"\bintegrada por\b",
        r"\bformada por\b",
        r"\bred de\b",
        r"\btotal de\b",
        r"\btotaliz(?:a|an|ó|aron|aba|ando)\b",  # "totalizando así 425 ciudades"
        r"\balcanz(?:a|ó|aba|ando)\b",  # "con esta convocatoria la red alcanzó 294 ciudades"
        # the verb that takes its object to a count: "esta convocatoria llevó la red a 294"
        r"\bllev(?:a|an|ó|aron|aba|ando)\b(?= (?:a )?(?:la|el|al|los|las) )",
        r"\beleva a\b",
        # the verb that raises its object to a count: "lo que eleva la presencia del país a
        # una decena"
        r"\belev(?:a|an|ó|aron|ando)\b(?= (?:la|el|los|las) [^.;:!?]{0,40}? a (?:\d|un|una))",
        r"\btiene\b",
        r"\btenía\b",
        r"\bcomprende\b",
        # reached, with its count right after: "ingresaron 77 y la red alcanzó 294 miembros"
        r"\balcanz(?:ó|a|an|aba|ando|aron)(?=\s+(?:(?:ya|así|ahora|los|las|más de|casi)\s+)?\d)",
    ),
    # "Chía se suma a las 425 ciudades de la red", "se suma a las seis argentinas que ya
    # formaban parte": the group joined, the members (unless new or other ones)
    group_cues=(
        r"\b(?:se (?:suma|sumó|suman|sumaron|une|unió|unen|unieron|incorpora|incorporó)"
        r"|ingres(?:a|ó)|entr(?:a|ó)) a (?:las|los)(?= (?:(?:cerca de|más de|casi|unas|unos) )?"
        r"(?:\d|(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce"
        r"|quince|dieciséis|diecisiete) ))",
    ),
    along_cues=(r"\bjunto (?:a|con)\b",),
    besides_cues=(r"\badem[aá]s de\b", r"\baparte de\b"),
    company_words=("con",),  # "junto a otras 71": others, their noun left out
    others_prepositions=("a", "con"),  # "se une a otras 71": 72 in all
    # "Participarán 40 localidades", "Han confirmado su asistencia 40 localidades": the
    # places people come from to a meeting, not members
    attending_before=(
        r"(?<!\w)(?:participarán|asistirán|acudirán|asistieron|acudieron|se darán cita"
        r"|confirmad[oa] su (?:asistencia|participación))"
    ),
    pronoun_counts=(
        # a count that rises, of a country or the network, its unit said before or in
        # the title: "Colombia sube a diez", "... lleva a Colombia a nueve"
        r"sube (?:ya |así )?a",
        r"subió (?:ya |así )?a",
        r"llega (?:ya |así )?a",
        r"llegó (?:ya |así )?a",
        r"pasa (?:ya |así )?a",
        r"pasó (?:ya |así )?a",
        r"asciende (?:ya |así )?a",
        r"ascendió (?:ya |así )?a",
        r"crece (?:ya |así )?a",
        r"creció (?:ya |así )?a",
        # "la red alcanza (ya) las 425": the unit said before or in the title
        r"alcanza",
        r"alcanzó",
        r"lleva [^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,3} a",
        r"llevó [^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,3} a",
        r"eleva [^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,3} a",
        r"elevó [^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,3} a",
        # an intake, the cities left out after a verb of admitting whose subject is the
        # agency or the network (as "l'UNESCO ne ha accolte 64", "en a accueilli 64"):
        # "en febrero la UNESCO admitió 64, de 35 países", "la red incorporó otras 64"
        r"(?:admiti[óo]|incorpor[óo]|acogi[óo]|ha (?:admitido|incorporado|acogido|sumado)"
        r"|sum[óo])(?: (?:a )?otras)?",
    ),
    plural_articles=("las", "los"),
    count_predicates=(
        # the conditional of hearsay too: "las mexicanas serían una decena"
        r"(?:ya |hoy |ahora |entonces )?(?:son|eran|fueron|serían|suman|sumaban|sumaron)"
        r"(?: ya| hoy| ahora| entonces)?(?: solo| sólo| solamente| apenas| todavía| aún)?",
        r"(?:ascienden|ascendían|ascendieron|llegan|llegaban|llegaron) (?:ya )?a",
        r"(?:alcanzan|alcanzaban|alcanzaron)",
    ),
    count_predicates_first=(r"(?:ya |hoy )?(?:son|eran|fueron|serían)(?: ya| hoy| ahora)?",),
    country_subjects=(
        "el país",
        "nuestro país",  # "nuestro país tiene hoy siete ciudades": the one named before
        "el reino",
        "la república",
        "el sultanato",
        "el emirato",
    ),
    speech_cues=(
        # a page that shows a figure is its speaker, not its owner
        r"muestra(?:n|ba|ban)?",
        r"exhibe",
        r"habla(?:ba)? de",
        r"menciona(?:ba)?",
        r"cita(?:ba)?",
        r"se lee",
        r"dijo",
        r"dijeron",
        r"afirmó",
        r"afirmaron",
        r"señaló",
        r"señalaron",
        r"declaró",
        r"declararon",
        r"explicó",
        r"recordó",
        # the same said before ("», había dicho el alcalde en marzo")
        r"(?:había|habían|ha|han) (?:dicho|afirmado|señalado|declarado|explicado|recordado)",
        r"según",
    ),
    presence_words=(
        "presencia",  # "con presencia en 91 países": the noun too
        "presente",
        "presentes",
        "activa",
        "activo",
        "representada",
        "representado",
        "extendida",
        # "la red se extiende ahora a 91 países" (not "llega a": a delegation arrives too)
        "extiende",
        "extendía",
        # "hoy sus miembros están en 79 países"
        "están",
        "encuentran",
    ),
    # cities spread over countries, their subject the cities:
    # "las ciudades están repartidas en 62 países"
    spread_words=(
        "repartidas",
        "repartidos",
        "distribuidas",
        "distribuidos",
        "dispersas",
    ),
    among_new_cues=(
        # without a verb, the intake counted: "una delle due città italiane tra le 72 nuove"
        r"entre (?:los|las) \d+ nuev[oa]s",
        r"(?:forman|formaban) parte de (?:los|las) (?:\d+ )?nuev[oa]s",
        r"(?:están|figuran) entre (?:los|las) (?:\d+ )?nuev[oa]s",
        r"(?:están|figuran) entre (?:los|las) \d+ (?:admitid|elegid|seleccionad|escogid)[oa]s",
    ),
    difference_before=(
        r"(?:aumentó|creció|crecido|aumentado|incrementado|incrementó) en"
        r"(?: (?:más de|casi|unas?|cerca de))?",
    ),
    # "so far": joined so far, a total
    # "Chile tiene dos comunas que se incorporan a la red", "tres ciudades admitidas": the
    # count is the subject of a verb of joining right after it, the intake's (not after a
    # word of "so far" or "now", nor "que integran la red": its members)
    joined_after=(
        r"\s+(?:que\s+)?(?:se\s+(?:integr(?:an|aron)|adhier(?:en))|(?:se\s+)?(?:incorpor(?:an"
        r"|aron)|sum(?:an|aron)|un(?:en|ieron)|ingres(?:an|aron)))\b"
        r"|\s+(?:admitid|seleccionad|elegid|incorporad|designad|aceptad)[ao]s\b"
    ),
    cumulative_cues=(
        r"\bhasta (?:ahora|la fecha|hoy)\b",
        r"\ba la fecha\b",
        r"\bdesde su (?:creación|fundación|lanzamiento)\b",
    ),
    part_linkers=("de los", "de las"),
    # "y Colombia participa con ocho de ellas": the share of the country before
    share_words=(
        "participa",
        "participaba",
        "con",
        "aporta",
        "aportaba",
        "tiene",
        "tenía",
        "cuenta",
        "contaba",
    ),
    comparatives=("que",),
    comparative_degrees=("menos", "más"),
    closing_count_verbs=("suma", "cuenta con", "contaba con", "sumaba"),
    intake_lists=(r"\bla (?:nueva )?lista\b(?! de (?:los |las )?(?:miembros|ciudades)\b)",),
    rank_for=("para",),
    later_clause=(r"\bantes del?\b", r"\bantes que\b", r"\bhasta\b"),
    announcement_cues=(r"\banuncio\b", r"\banunci[óo]\b", r"\bcomunicado\b"),
    correction_cues=(
        r"\bcorr(?:egi|igi)",
        r"\bcorrecci[oó]n\b",
        r"\brectific",
        r"\bfe de erratas\b",
    ),
    retraction_cues=(
        # a correction notice: "En una versión anterior de esta nota se indicó que 55",
        # "por error se informó", "erróneamente se publicó" (not "como se informó
        # anteriormente, la red tiene 425": no notice)
        r"\bversión (?:anterior|previa|original)(?: de (?:esta|este) \w+)?,?"
        r" (?:se (?:dijo|indicó|informó|publicó|señaló|mencionó)|decía|indicaba|informaba"
        r"|señalaba|mencionaba|daba)\b",
        r"\b(?:por error|erróneamente|equivocadamente) se (?:dijo|indicó|informó|publicó"
        r"|señaló|mencionó)\b",
    ),
    superseded_cues=(
        r"\binicialmente\b",
        r"\ben un principio\b",
        r"\boriginalmente\b",
        r"\b(?:anuncio|comunicado|listado) inicial\b",  # "el anuncio inicial hablaba de 55"
        r"\b(?:primer anuncio|primer comunicado|primera lista|primera versión)\b",
    ),
    count_predicate_words=("son", "eran", "fueron", "serían", "suma", "ascend", "lleg", "alcanz"),
    respective_new=(
        r"(?:número de )?(?:nuevos miembros|nuevas ciudades|ingresos|nuevas incorporaciones)",
    ),
    respective_total=(
        r"(?:número )?total(?: de (?:miembros|ciudades))?",
        r"número de (?:miembros|ciudades miembros)",
    ),
    respective_countries=(r"(?:número de )?países",),
    respective_articles=("el", "la", "los", "las", "su", "sus"),
    # "el primer anuncio dio las cifras de 55 y 230"
    respective_anaphora=(r"(?:las|ambas|estas|esas) cifras", r"ambas"),
    respective_links=("en", "de", "a"),
    conjunctions=("y", "e"),  # "e" before an i- sound: "Bogotá e Ibagué"
    capital_predicates=(r"(?:(?:son|eran) )?capitales\b",),
    adjective_scopes={
        **dict.fromkeys(("en la red", "de la red", "en ella", "en esta red"), Role.MEMBER),
        **dict.fromkeys(
            (
                "de esta ronda",
                "de la convocatoria",  # "la única ciudad chilena de la convocatoria 2025"
                "de la última convocatoria",
                "de esta convocatoria",
                "de este año",
                "de esta edición",
                "que entraron este año",
                "que entran este año",
                "admitidas este año",
            ),
            Role.NEW,
        ),
    },
    rank_verbs=tuple(
        f"{verb} {article}"
        for verb in (
            "es",
            "era",
            "fue",
            "será",
            "se convierte en",
            "se convirtió en",
            "pasa a ser",
            "pasó a ser",
            "ha sido",
            "había sido",
        )
        for article in ("la", "el")
    ),
    past_rank_verbs=(
        "fue",
        "era",
        "ha sido",
        "había sido",
        "se convirtió en",
        "pasó a ser",
        "fueron",
        "eran",
        "se convirtieron en",
    ),
    newcomer_sets=(
        # "De las 72 ciudades admitidas en diciembre de 2025, dieciséis están en África":
        # the noun before its participle, and a date of a few words
        r"(?:de|entre) (?:las|los) (?:\d{1,3} )?(?:ciudades|urbes|miembros|integrantes"
        r"|municipios) (?:admitid|incorporad|seleccionad|elegid|escogid|designad)[ao]s"
        r"(?: (?:en|el) [^,;.]{1,25}?)?(?=,)",
        r"(?:de|entre) (?:las|los) (?:\d{1,3} )?(?:recién )?(?:nuev[ao]s )?(?:llegad[ao]s"
        r"|admitid[ao]s|incorporad[ao]s|nuev[ao]s|elegid[ao]s|seleccionad[ao]s|escogid[ao]s"
        r"|designad[ao]s|incorporaciones)(?: (?:ciudades|urbes|miembros|integrantes))?"
        r"(?: (?:entonces|este año|esta vez|en esta ronda|de esta ronda|de (?:este año"
        r"|esta convocatoria|esta edición)))?",
    ),
    newcomer_words=(
        "llegad",
        "admitid",
        "incorporad",
        "nuev",
        "elegid",
        "seleccionad",
        "escogid",
        "designad",
    ),
    newcomer_verbs=("pertenecen", "se ubican", "se sitúan", "proceden", "vienen", "corresponden"),
    in_all=("en total", "en conjunto", "en suma"),
    first_time_cues=(
        # "13 de los cuales no tenían hasta entonces ninguna ciudad miembro"
        r"no (?:tenían|tenía|contaban con) (?:hasta entonces |todavía |aún )?ninguna ciudad",
        r"primera ciudad admitida",
        r"por primera vez",
        # "trece países con su primera ciudad en la red", "en su primera adhesión"
        r"con (?:su|la) primera ciudad\b",
        r"en su primera (?:adhesión|admisión|participación)",
        r"debut(?:a|an|aron|ó)\b",
        r"\bdebutantes?\b",  # "Países debutantes: 13"
        # "46 países, 13 de ellos nuevos en la red": countries new to the network
        r"nuevos en la red\b",
        r"que se estrenan\b",
        # "para 13 países se trata de su primera adhesión", "es su primer ingreso"
        r"(?:se trata de|es|supone|marca) (?:su|la|el)"
        r" (?:primera (?:adhesión|admisión|ciudad miembro)|primer ingreso)",
    ),
    member_verbs=(
        r"(?:son|eran|siguen siendo) (?:ya )?miembros\b",
        r"forman parte\b",
        r"pertenecen\b",
    ),
    quota_cues=(
        r"cada (?:país|estado|comisión nacional)",
        r"por país",
        r"por (?:convocatoria|año|ciclo|ronda)\b",  # "solo tres candidaturas por convocatoria"
    ),
    candidate_cues=(
        r"interesad[ao]s",
        r"candidat[ao]s",
        # not an accepted one: "cuya candidatura fue aprobada" is an intake (intake_cues)
        r"candidaturas?(?!(?: a la red)?(?: (?:fue|fueron|ha sido|han sido|ya fue))?"
        r" (?:aprobad|aceptad|admitid))",
        r"postulad[ao]s",
        r"\bpostul(?:a|an|e|en|ar|ará|arán|aron)\b",  # "otras tres ciudades postulen"
        r"solicitud",
        # "otras cuatro ciudades que preparan su postulación", "aspiran a entrar"
        r"\bpostulaci(?:ón|ones)\b",
        r"\baspir(?:a|an|aba|aban|ante|antes)\b",
        r"\b(?:quiere|quieren|desea|desean|busca|buscan) (?:entrar|ingresar|sumarse|unirse"
        r"|incorporarse|formar parte)\b",
        # verbs of applying and competing: "aplicaron para la designación unas 300
        # ciudades", "concursaron", "compitieron por un lugar", "solicitaron su ingreso"
        # (not "se aplica a 300 ciudades": a rule's reach)
        r"(?<!se )\baplic(?:a|an|ó|aron|ar|arán)\b(?= (?:para|a|al)\b)",
        r"\bconcurs(?:a|an|ó|aron|ar|arán|antes)\b",
        r"\bcompit(?:e|en|ió|ieron)\b",
        r"\bsolicit(?:a|an|ó|aron|ar)\b (?:(?:su|el|la) )?(?:ingreso|adhesión|admisión"
        r"|membresía|incorporación|entrada)",
    ),
    circulation_markers=(
        # una fuente que "todavía dice" una cifra la dice hoy
        r"\b(?:dice|dicen|indica|indican|menciona|mencionan|habla|hablan|cita|citan|muestra"
        r"|muestran|anuncia|anuncian|describe|describen) (?:todavía|aún)\b",
        r"\b(?:todavía|aún) (?:dice|dicen|indica|indican|menciona|mencionan|habla|hablan|cita"
        r"|citan|muestra|muestran|anuncia|anuncian|describe|describen|se lee|aparece"
        r"|aparecen|figura|figuran|recoge|recogen)\b",
        # ... o que todavía circula: "un folleto de 2022, que todavía se reparte"
        r"\b(?:todavía|aún) (?:se )?(?:reparte|reparten|repartimos|distribuye|distribuyen"
        r"|distribuimos|circula|circulan|en circulación)\b",
        r"\bsin actualizar\b",
        r"\bno (?:se )?ha (?:sido )?actualizad[oa]s?\b",
        r"\bnunca (?:se )?(?:ha )?(?:sido )?actualizad[oa]s?\b",
    ),
    still_words=(r"todavía", r"aún", r"sigue", r"siguen", r"continúa", r"continúan"),
    in_use_words=(
        *(r"disponibles?", r"distribuid[oa]s?", r"repartid[oa]s?", r"usad[oa]s?"),
        *(r"utilizad[oa]s?", r"en uso", r"en circulación", r"en línea", r"expuest[oa]s?"),
        *(r"colgad[oa]s?", r"se reparte", r"se reparten", r"se distribuye", r"se usa"),
        *(r"se utiliza", r"circula", r"circulan", r"se encuentra", r"se proyecta"),
    ),
    present_markers=(
        r"\bactualmente\b",
        r"\bhoy\b",
        r"\bahora\b",
        r"\bya\b",
        r"hasta la fecha",
        r"en la actualidad",
        r"este año",
    ),
    historic_markers=(
        # a dated document dates what it says: "our 2021 leaflet", "folleto de 2021"
        r"(?:folleto|informe|memoria|edición|versión|guía|boletín|comunicado|cartel"
        r"|díptico|tríptico|cifras?|datos)(?: municipal| anual| oficial| inicial| original)?"
        # "un informe de la UNESCO de 2023": its publisher between
        r"(?: (?:de la|del) (?:unesco|uil|onu|alcaldía|ministerio|ayuntamiento))?"
        r" (?:de|del año) ",
        # a round of admissions dates what it brought: "tras la convocatoria de 2022 llegó
        # a 294"
        # ... or by the year alone: "con la convocatoria 2022 la red llegó a 294"
        r"(?:convocatoria|ronda|tanda|ampliación|promoción|selección|incorporación)"
        r" (?:de |del año )?",
        r"en ",
        r"(?:en )?el año (?:de )?",  # "En el año 2020 la red tenía 229"
        r"(?<!\w)(?:la|el) de ",  # "la convocatoria anterior, la de 2022": the one of
        r"a (?:finales|fines|principios|comienzos|mediados) de ",
        r"(?:al|a) (?:inicio|comienzo|final|cierre) de ",
        r"hasta ",
        r"el ",
        # a season dates a figure by its year: "en el otoño de 2020"
        r"(?:en )?(?:el )?(?:otoño|invierno|verano|primavera) (?:de )?(?:del )?",
        # an announcement dates what it brought: "con el anuncio de febrero de 2024, 356"
        r"(?:con|tras|en) el anuncio (?:de |del )",
    ),
    founding_words=(
        r"fundad[ao]",
        r"cread[ao]",
        r"lanzad[ao]",
        r"establecid[ao]",
        r"creación",
        r"nacid[ao]",
        r"puest[ao] en marcha",
        r"inaugurad[ao]",
    ),
    intake_points=(
        r"\b(?:tras|después de|antes de|desde)\b (?:(?:la|el|las|los|cada|esta|este) )?"
        r"(?:incorporación|admisión|adhesión|selección|convocatoria|ronda|anuncio|ingreso)",
    ),
    since_words=(
        # not "desde ... hasta", a range; not a city's own joining
        r"desde(?![^,.;]{0,80}\bhasta\b)(?! (?:su (?:adhesión|ingreso|incorporación)"
        r"|que (?:se unió|ingresó|se sumó|se incorporó))\b)",
    ),
    # "la ciudad número 14 de México", "a cidade nº 14 de Portugal": a rank said by a number
    rank_numbers=("número", "numero", "núm.", "nro.", "n.º", "nº", "no."),
    rank_after=("después de", "tras", "detrás de"),
    city_titles=r"(?:las? )?ciudad(?:es)?(?: de)?",  # "Ciudad Ho Chi Minh"
    superlatives=(
        r"(?:es el país con|tiene|cuenta con) (?:el mayor número de |la mayor cantidad de |más )"
        r"(?:miembros|ciudades)(?: miembro)?,?(?: con)?|encabeza (?:la lista )?con"
        # "Tailandia lidera la región con 13", "sigue siendo el país asiático con más miembros, 13"
        r"|lidera(?: [\w-]+){0,3} con"
        r"|(?:es|sigue siendo) el país(?: [\w-]+)? con más (?:miembros|ciudades),?"
    ),
    title_abbreviations=("sr", "sra", "srta", "dr", "dra", "lic", "prof", "av", "sto", "ing"),
    attendance_before=(
        r"(?:representantes|delegados|delegaciones|participantes)"
        r" (?:de|procedentes de)(?: (?:más de|cerca de|unas|unos|alrededor de))?",
        # "casi 700 personas, llegadas de más de 80 países"
        r"(?:personas|participantes|delegados|congresistas|invitados)\b[^.;:!?]{0,40}?"
        r"(?:procedentes|llegad[oa]s|venid[oa]s) de(?: (?:más de|cerca de|unos|alrededor de))?",
        # "Asistieron 40 representantes": the people of an event
        r"asistieron|acudieron|participaron|(?:estuvieron|estaban|están|estarán) presentes"
        r"|se dieron cita|reunió|reunieron",
    ),
    # "40 representantes de municipios de la red": people who stand for cities
    attendance_after=(
        r"participaron|asistieron|estuvieron representadas",
        r"(?<=representantes\s)(?:de|del|de los|de las) (?:[^\W\d]+ ){0,2}(?:ciudades|municipios"
        r"|ayuntamientos|alcaldías|comunas|cantones|gobiernos)",
    ),
    # a table's column of the network's counts beside another: "| Năm | Mới | Tổng số |"
    column_heads={
        "total": Role.MEMBER,
        "total acumulado": Role.MEMBER,
        "acumulado": Role.MEMBER,
        "nuevos": Role.NEW,
        "nuevas": Role.NEW,
    },
    months={
        name: number
        for number, name in enumerate(
            [
                "enero",
                "febrero",
                "marzo",
                "abril",
                "mayo",
                "junio",
                "julio",
                "agosto",
                "septiembre",
                "octubre",
                "noviembre",
                "diciembre",
            ],
            start=1,
        )
    }
    | {"setiembre": 9}
    # abbreviated, as tables and timelines write them: "sept. 2022", "feb. 2024"
    | {
        "ene": 1,
        "feb": 2,
        "mar": 3,
        "abr": 4,
        "jun": 6,
        "jul": 7,
        "ago": 8,
        "sep": 9,
        "sept": 9,
        "set": 9,
        "oct": 10,
        "nov": 11,
        "dic": 12,
    },
    date_forms=(
        r"{year_first}-{month_number}-{day}(?!\d)",
        r"{day}/{month_number}/{year}",
        r"{day}-{month_number}-{year}",
        r"{day}\.{month_number}\.{year}",
        # "septiembre 2022" in a table's cell or a heading, without "de"
        r"{day} de {month}(?: de)? {year}",
        r"(?<![^\W\d_]){month}(?: de)? {year}",  # not the "mar" of "Gondomar 2017"
        r"{year}",
    ),
    # "En 2022 nos unimos. En aquel momento, la red ...": dated by the sentence before
    joined_clause=(
        r"\bcuando (?:(?P<self>(?:la|nuestra|esta) (?:ciudad|comuna|localidad)"
        r"|(?:el|nuestro|este) municipio) |(?P<who>(?:[^\W\d][^\s,;:.!?\d]* ){1,4}?))??"
        r"(?:(?:nos |se )?(?:entr(?:ó|amos)|ingres(?:ó|amos)|sum(?:ó|amos)|incorpor(?:ó|amos)"
        r"|un(?:ió|imos)|integr(?:ó|amos)|adhirió|adherimos|afili(?:ó|amos))"
        r"|(?:fue|fuimos) (?:admitid|aceptad|incorporad|seleccionad)[oa]s?)(?!\w)"
    ),
    joined_words=("cuando",),
    # a repost's original date follows: "Originally published 5 September 2022"
    republished=r"\bpublicad[oa] (?:originalmente|por primera vez|inicialmente)\b",
    joined_when=(
        r"\bcuando (?P<who>[^,.;:]{1,80}?) (?:se unió|se unieron|se incorporó|se incorporaron"
        r"|ingresó|ingresaron|entró|entraron|fue admitida|fueron admitidas)\b"
    ),
    past_states=(
        r"(?:tenía|tenían|contaba con|contaban con|sumaba|sumaban|reunía|reunían"
        r"|agrupaba|integraba|comprendía|abarcaba|rondaba|superaba|alcanzaba|eran"
        r"|estaba (?:formada|integrada|compuesta) por"
        # the preterite of a count's change: "En 2022 entraron 77, y la red llegó a 294"
        r"|llegó a|alcanzó|pasó a|subió a|ascendió a|creció hasta)(?!\w)"
    ),
    earlier_date=(
        r"(?<!\w)(?:en (?:ese|aquel) (?:momento|entonces|año)|por (?:aquel )?entonces"
        r"|para entonces|ese año|aquel año|en (?:aquella|esa) época|por (?:aquellas|esas) fechas"
        r"|en (?:esa|aquella) ocasión"
        # "Aquella convocatoria dejó a Colombia con seis miembros": that round, said before
        r"|(?:aquella|esa) (?:convocatoria|ronda|tanda|edición|promoción)"
        # a bare "entonces" (not "desde entonces": since then, up to now; not "y
        # entonces": and next): "la red contaba entonces 294 miembros"
        r"|(?<!desde )(?<!y )entonces)(?!\w)"
    ),
    relative_dates={
        # "since February": a figure of it is current since then, so it dates none; it
        # is what "at the time" in a later sentence points back to
        "before_month": (r"antes de {month}(?! \d)",),  # the month before: "before December"
        "since_month": (r"desde {month}(?! de \d)",),
        # "two years earlier": counted back from the date said before it
        "years_before": (
            r"{years} años antes",
            r"un año antes",
        ),
        # "a year later": counted on from the date said before it
        "years_after": (
            r"{years} años (?:después|más tarde)",
            r"un año (?:después|más tarde)",
            r"al año siguiente",
        ),
        # "pocos días después": the date said before
        "days_after": (r"(?:pocos|unos|algunos|dos|tres) (?:días|semanas) (?:después|más tarde)",),
        # "two years ago": the year, counted back from the text's
        "years_ago": (
            # "hace casi cuatro años": about as many years back
            r"hace (?:(?:casi|cerca de|unos|alrededor de|más de|poco más de) )?{years} años",
            r"hace (?:(?:casi|cerca de|más de|poco más de) )?un año",
        ),
        "last_month": (r"el mes pasado", r"el mes anterior"),
        "last_year": (r"(?:en )?{month} del año pasado", r"el año pasado", r"el pasado año"),
        "this_year": (
            r"(?:en )?{month} de (?:este|este mismo) año",  # "elevó a 173 en marzo de este año"
            r"en {month}(?! (?:de |del )?\d)",
            r"el pasado {month}(?! (?:de |del )?\d)",
            r"{month} (?:pasado|último)(?! (?:de |del )?\d)",
            r"el {day} de {month}(?! (?:de |del )?\d)",
            # "a fines de agosto la red sumaba 115": a part of a month of the text's year
            r"(?:a|hacia) (?:fines|finales|principios|comienzos|mediados) de {month}"
            r"(?! (?:de |del )?\d)",
        ),
    },
    origin_words=(
        r"(?:procedentes?|provenientes?|originari[oa]s?|llegad[oa]s?|venid[oa]s?) de",
        r"(?:que )?(?:vienen|proceden|provienen|llegan) de",
    ),
    change_from=r"(?:pasó|pasado|pasa|creció|crecido|aumentó|aumentado|subió|subido) de",
    change_to=r"a",
    year_span=r"(?:entre|de|desde) (?:el |los años )?{first} (?:y|a|hasta) (?:el )?{last}",
    # "425 miembros, frente a (las) 356 de 2024": the count a comparison started from
    change_back=(
        r"frente a(?: l[ao]s)?|en comparación con(?: l[ao]s)?|comparad[ao]s? con(?: l[ao]s)?"
        r"|contra l[ao]s|respecto a l[ao]s"
    ),
    since_year=r"(?<!\w)desde (?:el (?:año )?)?{year}",  # "Desde el 2012, la red ha distinguido"
    # a joining since which the main clause's present state holds
    relative_pronouns=(
        "que",
        "cuyo",
        "cuya",
        "cuyos",
        "cuyas",
        "el cual",
        "la cual",
        "quien",
        "donde",
    ),
    some_words=("varios", "varias", "algunos", "algunas", "muchos", "muchas", "la mayoría"),
    first_ones=(r"\bprimer[oa]s\b",),
    since_event=(
        r"(?<!\w)desde (?:su|nuestra) (?:ingreso|incorporación|adhesión|entrada)"
        r"(?: (?:a|en) la red)? en {year},(?: [^,.;:]{1,40}?)? (?:ha|han|es|son|trabaja"
        r"|trabajan|comparte|comparten|forma)(?!\w)"
    ),
    future_cues=(
        # not "aspira a entrar en una red de 230 ciudades": the network it would join
        r"aspira a(?! (?:entrar|ingresar|unirse|sumarse|incorporarse|formar parte|integrar)\b)",
        r"(?:podría|debería|podrían|deberían) (?:alcanzar|superar|llegar|ser)",
        r"(?:alcanzará|superará|llegará a|sería|será la|será el|se convertirá en)",
        # "la red sumará más de 450 ciudades en 2027": a forecast's verb of counting
        r"(?:sumará|rebasará|pasará a)(?!\w)",
        r"espera (?:alcanzar|llegar|convertirse|ser)",
    ),
    size_linkers=("de", "con"),
    subset_words=("de las cuales", "entre las cuales", "de ellas", "entre ellas", "incluidas"),
    country_references=("del país", "nacionales"),
    weak_present=("ya",),
    subject_pronouns=("ellas", "ellos", "estas", "éstas"),  # "Proceden de 46 países"
    out_of=("de un total de", "sobre"),  # a country's count out of the total
    # "Antes de este anuncio, las colombianas eran ocho": just before the text's news
    before_this=(
        r"(?<!\w)antes de (?:(?:este|ese|el|su) (?:anuncio|ingreso|nombramiento|reconocimiento)"
        r"|(?:esta|la) (?:(?:última|nueva|reciente) )?(?:ronda|convocatoria|incorporación"
        r"|ampliación)"
        # "antes de esta última ronda", "antes de la convocatoria de este año"
        r"|esta (?:última|nueva|reciente) (?:ronda|convocatoria|ampliación))\b"
        # a named newcomer's arrival: "antes de la llegada de Hanói"
        # ... its masculine nouns too: "antes del ingreso de Hanói"
        r"|(?<!\w)antes del (?:ingreso|reconocimiento|nombramiento|arribo) de\b"
        r"|(?<!\w)antes de (?:la (?:llegada|incorporación|entrada|adhesión) de|que (?:[^\W\d_]"
        r"[\w.'\u2019-]*\s){1,4}(?:ingresara|se uniera|se incorporara|entrara)\b)"
    ),
    until_now=(
        r"(?<!\w)(?:hasta ahora|hasta hoy|hasta el momento"
        # "hasta la semana pasada", "hasta hace unos días": just before the news
        r"|hasta (?:la semana pasada|el mes pasado|ayer|hace (?:poco|unos días|una semana))"
        r")\b[^.!?;]{0,40}?(?<!\w)"
        r"(?:contaba|tenía|reunía|agrupaba|sumaba|integraba|eran|sumaban|había|habían)(?!\w)"
        # the verb first: "La red, que reunía hasta ahora 292 miembros, cuenta con 356"
        r"|(?<!\w)(?:contaba|tenía|reunía|agrupaba|sumaba|integraba)"
        r" (?:hasta (?:ahora|hoy|entonces|el momento))(?!\w)"
        # the members before the news: "las seis argentinas que ya formaban parte de la red"
        # a figure "valid until last week": "La cifra de 356 ciudades, vigente hasta la
        # semana pasada, ..."
        r"|(?<!\w)vigente hasta (?:la semana pasada|el mes pasado|ayer|hace poco)(?!\w)"
        r"|(?<!\w)ya (?:formaban parte|pertenecían|integraban|eran miembros"
        r"|estaban en la red)(?!\w)"
        # ... and those a city joins, named by their number: "Córdoba se suma a las seis
        # argentinas de la red" (six before it; not "a las otras seis": with it, seven)
        r"|(?<!\w)(?:se (?:suma|une|incorpora)|ingresa|entra) a (?:las|los)"
        r"(?! otr[ao]s)(?!(?: \S+)? nuev)(?!\w)"
    ),
    # "Cuando ingresamos, la red tenía 294 ciudades": when the text's city joined
    joining_time=(
        r"(?<!\w)(?:cuando|en cuanto) (?:ingresamos|entramos|nos unimos|nos incorporamos"
        r"|(?:la ciudad |el municipio )?(?:ingresó|entró|se unió|se incorporó))(?!\w)"
        r"|(?<!\w)(?:al|en el) momento de (?:nuestra|su) (?:adhesión|incorporación|admisión)(?!\w)"
        r"|(?<!\w)(?:al|en el) momento de (?:nuestro|su) ingreso(?!\w)"
        r"|(?<!\w)(?:había (?:ingresado|entrado|sido admitida)"
        r"|se había (?:unido|incorporado))(?!\w)"
    ),
    national_networks=("red nacional",),  # not "Red Mexicana", "Red Argentina": others'
    result_connectors=(
        "de modo que",
        "de forma que",
        "con lo que",
        "por lo que",
        "así que",
        "de manera que",
    ),
    list_links=(
        r"\b(?:son|eran|es|fue|incluyen|incluye|incluía|entre ellas|representad[ao] por)\b|:"
        # "la red integra actualmente las ciudades de A, B y C": the members with their noun
        r"|\bintegra(?:n|ba)?(?: (?:actualmente|hoy|ya))? (?:las|los)"
        r" (?:siguientes )?(?:ciudades|municipios|urbes)\b"
    ),
    list_partial=r"\b(?:inclu\w*|como|entre (?:ellas|ellos|otras)|pertenecen|forman parte)",
    sole_words=r"\búnic[ao]\b",
    award_words=("galardonadas", "galardonados", "premiadas", "premiados"),
    zeros=Zeros(
        forms=(
            r"(?:ninguna|ningún|ninguno) (?:(?:otra|nueva) )?(?:ciudad|municipio|urbe"
            r"|localidad)(?:es)? (?:(?:miembro|del aprendizaje) )?{demonym}(?!\w)",
            r"(?:ninguna|ningún|ninguno) (?:ciudad|municipio|urbe|localidad) (?:(?:miembro) )?"
            r"(?:de |del |en )(?:la |el )?{country}(?!\w)",
        ),
        words=("ningun", "ningún"),
        owned=(
            # "el país no tiene, que yo sepa, ninguna ciudad": "el país", the one named before
            r"(?:{country}|{subject}) (?:(?:todavía|aún) )?no (?:tiene|tenía|cuenta con"
            r"|contaba con|posee)(?:, [^,.;:!?]{{1,40}},)? "
            r"(?:(?:todavía|aún) )?(?:ninguna|ningún) (?:ciudad|municipio|urbe|miembro)(?!\w)",
        ),
        owned_words=("ningun", "ningún"),
        members=(
            "miembro",
            "integr",
            "incorpor",
            "ingres",
            "la red",
            "gnlc",
            "sum",
            "adhi",
            "unid",
            "parte",
            "figur",
        ),
        still=("todavía", "aún", "hasta ahora", "por ahora", "hasta la fecha", "hasta hoy"),
        blockers=("premio", "award", "galard"),
    ),
    how_many=r"cu[aá]nt[ao]s",
    repeat_articles=("los", "las"),
    fitting_words=(r"es lo correcto", r"se acerca más", r"es (?:más )?exacto"),
    repeat_verbs=("quédese con", "quédate con", "quedémonos con", "mantenga", "usen"),
    repeat_markers=(
        r"que (?:dije|mencioné|cité|dijimos|mencionamos|he dicho|he mencionado)",
        r"(?:mencionad[oa]s|citad[oa]s) (?:antes|arriba)",
    ),
    country_questions=("y en", "qué hay de", "y"),
    label_links=("hay", "había"),
    now_totals={
        "hoy": (
            r"hoy (?:ya )?son",
            r"hoy (?:ya )?hay",
        ),
        "ahora": (
            r"ahora (?:ya )?son",
            r"ahora (?:ya )?hay",
        ),
        "actualmente": (r"actualmente son",),
        "ya": (
            r"ya son",
            r"son ya",
        ),
    },
    ask_links=("de",),
    answer_nows=("hoy", "ahora"),
    answer_just=("solo", "sólo"),
    answer_ones=("una",),
    answer_only=("única", "sola"),
    answer_leads=("son", "eran", "fueron", "hay", "había", "en total", "respuesta:", "r:"),
    # "¿A cuántas personas alcanza? A cerca de 500 millones": the question's preposition
    answer_openers=r"(?:a\s+(?=(?:cerca|casi|unos|unas|más|alrededor)\b))?",
    answer_words=("la respuesta es",),
    question_words=(
        "qué",
        "que",
        "cuál",
        "cuáles",
        "quién",
        "quiénes",
        "dónde",
        "cuándo",
        "por qué",
    ),
    alternatives=("o", "u"),
    added_words=("otras", "otros", "más"),
    also_words=("además", "también", "asimismo", "aparte de"),
    all_words=("todos los",),
    reached_words=(
        "a",
        "hasta",
        "hasta llegar a",
        "llegando a",
        "elevando el total a",
        "hasta sumar",
    ),
    count_followers=(
        "en",
        "a",
        "al",
        "de",
        "del",
        "desde",
        "tras",
        "y",
        "o",
        "con",
        "para",
        "por",
        "se",
        "han",
        "fueron",
        "son",
        "eran",
        "que",
        "este",
        "esta",
        "estos",
        "estas",
        "la",
        "las",
        "los",
        "el",
        "hoy",
        "ya",
        "entonces",
        "ahora",
        "es",
        "era",
        "será",
        "serán",
        "serían",
        "sería",
        "sido",
        "ser",
        "todavía",
        "solo",
        "sólo",
    ),
    pronoun_parts=("de ellas", "de ellos"),
    count_clitics=(),
    pronoun_subjects=("fueron", "son", "eran"),
    aside_list_openers=("con", "tras"),
    of_words=("de", "del"),
    joining_nouns=("ingreso", "adhesión", "incorporación", "admisión", "entrada"),
    whose_words=("cuy[ao]s?",),
    network_of=("red de",),
    other_calls=(r"(?:a|al|a la|para|al premio)?\s*(?:programa|premio|galardón|concurso)",),
    only_adjectives=("única", "único"),
    our_country=("nuestro país",),
    opening_places=(r"en (?:(?:la|el|los|las) ?)?",),
    negations=("no", "ni"),
    passive_auxiliaries=("fueron", "sido"),
    admitting_verbs=("admitió", "incorporó"),
    list_ends=("a", "al", "con", "y", "de"),
    aside_articles=("la", "el", "los", "las", "una", "un", "uno"),
    aside_nouns=("ciudad", "capital"),
    before_verb_words=("son", "han", "ha", "y", "se", "también", "oficialmente", "hecho", "por"),
    subordinators=("desde que", "cuando"),
    time_openers=("el año pasado", "ayer", "hoy"),
    year_prepositions=("en",),
    numbered_articles=("las", "los", "estas", "estos"),
    numbered_years=("este", "esta", "en", "en el"),
    both_forms=(
        r"(?:ambos|ambas)\s+(?:(?:los|las)\s+)?(?:municipios|ciudades|localidades|comunas)",
    ),
    into_the_network=(r"(?:a|en)\s+(?:la\s+)?red",),
    the_others=(r"(?:a las|a los|las|los)\s+(?:otras|otros)?",),
    region_nouns=("región",),
    got_verbs=(
        "obtuvo",
        "obtiene",
        "consiguió",
        "logró",
        "recibió",
        # past verbs of adding say the share of one round: "América Latina sumó 14 ciudades"
        "sumó",
        "aportó",
        "colocó",
        "ganó",
        "sumaron",
        "aportaron",
        "obtuvieron",
    ),
    placed_verbs=("gana", "ganan", "coloca", "colocan", "suma", "aporta", "envía", "obtienen"),
    share_verbs=("coloca", "colocan", "colocó", "colocaron", "mete", "metió"),
    side_words=("lado",),
    where_words=("donde",),
    country_articles=("el", "los", "las", "la"),
    network_nouns=("red",),
    demonstratives=("estas", "estos", "esas", "esos"),
    into_words=("en", "a"),
    part_words=("de (?:ellas|ellos|las cuales|los cuales)",),
    part_before_words=("de (?:los|las) cuales",),
    whole_openers=("de (?:las|los|estas|estos)", "entre (?:las|los|estas|estos)"),
    elided_ends=("y", "e", "en", "a", "al", "del", "tras", "desde", "de"),
    network_places=("en",),
    time_prepositions=("antes", "después", "despues", "tras", "hasta", "desde"),
    that_words=("que",),
    part_openers=("entre ellas", "entre ellos", "incluidas", "de las cuales", "de los cuales"),
    of_them_cities=("de (?:ellas|estas)",),
    of_them_others=("de (?:ellos|estos)",),
    joined_ends=("y", "e", "en", "de (?:ellas|ellos)"),
    name_tail_words=("de", "la"),
    having_adverbs=("ya", "hoy", "ahora", "entonces", "así", "sola", "por sí sola"),
    one_words=("una", "uno", "un", "otro", "otra"),
    stated_followers=("y", "e", "en", "a", "al", "del", "tras", "desde", "de", "antes"),
    document_figures=(r"(?:un|una|unas|la)\s+(?:cifras?|datos?|números?)",),
    not_name_words=("su", "sus", "el", "la"),
    setting_words=("fue", "es", "el", "la", "en", "y", "al", "del", "de"),
    list_nouns=(r"(?:lista|recuento|listado)(?: de (?:miembros|ciudades))?(?: actualizad[oa])?",),
    bounding_words=("desde", "hasta", "de", "a"),
    percent_words=(r"por\s?ciento",),
    money_words=("euros?", "dólares", "pesos"),
    glue_words=("y", "de", "un", "una"),
    coordinated_articles=("la", "el"),
    rank_place_articles=("la", "el"),
    rank_place_links=(r"(?:de|del)\s*(?:la\s+|el\s+)?",),
    subject_count_ends=("y", "sobre", "de", "en", "con", "entre"),
    apposition_indefinites=("una?", "uno"),
    apposition_definites=("la", "el"),
    day_suffixes=("º",),
    indefinite_articles=("un", "una", "uno", "unas", "unos"),
    region_openers=(r"en (?:el |este )?", r"para (?:el |este )?"),
    continents=("continente",),
)
