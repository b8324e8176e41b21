"""Portuguese, of Brazil and of Portugal.

Adjectives follow the noun ("425 cidades membro", "cidades brasileiras", "72 novas
cidades" puts "novas" before), "outras" comes before the number ("outras 71 cidades").
Numbers: "trezentos e cinquenta e seis" joins its parts with "e"; Brazil writes
"dezesseis", Portugal "dezasseis"; "1.000" is a thousand, "1,5 milhão" one and a half
million; a billion is "bilhão" in Brazil and "mil milhões" in Portugal, where "bilião"
is a million million. "Cerca de" is "about" (in Spanish, "nearly").
"""

from __future__ import annotations

from fractions import Fraction

from lcnet.extract.lang import Correction, Language, Role, Unit, Zeros
from lcnet.extract.lang.places_eu import PT as _CLDR_COUNTRIES
from lcnet.model import Qualifier as Q

_ONES = {
    "zero": 0,
    "um": 1,
    "uma": 1,
    "dois": 2,
    "duas": 2,
    "três": 3,
    "quatro": 4,
    "cinco": 5,
    "seis": 6,
    "sete": 7,
    "oito": 8,
    "nove": 9,
    "dez": 10,
    "onze": 11,
    "doze": 12,
    "treze": 13,
    "catorze": 14,
    "quatorze": 14,
    "quinze": 15,
    "dezesseis": 16,
    "dezasseis": 16,
    "dezessete": 17,
    "dezassete": 17,
    "dezoito": 18,
    "dezenove": 19,
    "dezanove": 19,
}
_TENS = ["vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]
_HUNDREDS = {
    "cem": 100,
    "cento": 100,
    "duzentos": 200,
    "duzentas": 200,
    "trezentos": 300,
    "trezentas": 300,
    "quatrocentos": 400,
    "quatrocentas": 400,
    "quinhentos": 500,
    "quinhentas": 500,
    "seiscentos": 600,
    "seiscentas": 600,
    "setecentos": 700,
    "setecentas": 700,
    "oitocentos": 800,
    "oitocentas": 800,
    "novecentos": 900,
    "novecentas": 900,
}
_ORDINALS = [
    "primeir",
    "segund",
    "terceir",
    "quart",
    "quint",
    "sext",
    "sétim",
    "oitav",
    "non",
    "décim",
]

_APOSTROPHES = ("'", "\u2019")

# The adjective of nationality: its masculine and feminine singular; the plural adds "s"
# (or, for -ês and -ão, see _plural).
_NATIONALITIES = {
    "BR": ("brasileiro", "brasileira"),
    "PT": ("português", "portuguesa"),
    "AO": ("angolano", "angolana"),
    "MZ": ("moçambicano", "moçambicana"),
    "CV": ("cabo-verdiano", "cabo-verdiana"),
    "ES": ("espanhol", "espanhola"),
    "FR": ("francês", "francesa"),
    "DE": ("alemão", "alemã"),
    "IT": ("italiano", "italiana"),
    "IE": ("irlandês", "irlandesa"),
    "GB": ("britânico", "britânica"),
    "GR": ("grego", "grega"),
    "FI": ("finlandês", "finlandesa"),
    "UA": ("ucraniano", "ucraniana"),
    "PL": ("polonês", "polonesa"),
    "MX": ("mexicano", "mexicana"),
    "CO": ("colombiano", "colombiana"),
    "AR": ("argentino", "argentina"),
    "CL": ("chileno", "chilena"),
    "PE": ("peruano", "peruana"),
    "EC": ("equatoriano", "equatoriana"),
    "VE": ("venezuelano", "venezuelana"),
    "BO": ("boliviano", "boliviana"),
    "CR": ("costarriquenho", "costarriquenha"),
    "CU": ("cubano", "cubana"),
    "US": ("americano", "americana"),
    "CA": ("canadense", "canadense"),
    "CN": ("chinês", "chinesa"),
    "KR": ("coreano", "coreana"),
    "JP": ("japonês", "japonesa"),
    "VN": ("vietnamita", "vietnamita"),
    "IN": ("indiano", "indiana"),
    "ID": ("indonésio", "indonésia"),
    "IR": ("iraniano", "iraniana"),
    "IQ": ("iraquiano", "iraquiana"),
    "SA": ("saudita", "saudita"),
    "EG": ("egípcio", "egípcia"),
    "MA": ("marroquino", "marroquina"),
    "NG": ("nigeriano", "nigeriana"),
    "GH": ("ganês", "ganesa"),
    "KE": ("queniano", "queniana"),
    "ET": ("etíope", "etíope"),
    "ZW": ("zimbabuano", "zimbabuana"),
    "TR": ("turco", "turca"),
    "AU": ("australiano", "australiana"),
    "AE": ("emiradense", "emiradense"),
    "AM": ("armênio", "armênia"),
    "AZ": ("azerbaijano", "azerbaijana"),
    "BA": ("bósnio", "bósnia"),
    "BE": ("belga", "belga"),
    "BF": ("burquinense", "burquinense"),
    "BH": ("bareinita", "bareinita"),
    "BJ": ("beninense", "beninense"),
    "BY": ("bielorrusso", "bielorrussa"),
    "CH": ("suíço", "suíça"),
    "CI": ("marfinense", "marfinense"),
    "CM": ("camaronês", "camaronesa"),
    "CY": ("cipriota", "cipriota"),
    "DK": ("dinamarquês", "dinamarquesa"),
    "DZ": ("argelino", "argelina"),
    "GA": ("gabonês", "gabonesa"),
    "GE": ("georgiano", "georgiana"),
    # GN and GW share "guineense": left out for both (ambiguous)
    "HU": ("húngaro", "húngara"),
    "JO": ("jordaniano", "jordaniana"),
    "LT": ("lituano", "lituana"),
    "MD": ("moldavo", "moldava"),
    "MN": ("mongol", "mongola"),
    "MY": ("malaio", "malaia"),
    "NA": ("namibiano", "namibiana"),
    "NE": ("nigerino", "nigerina"),
    "NI": ("nicaraguense", "nicaraguense"),
    "NL": ("neerlandês", "neerlandesa"),
    "OM": ("omanense", "omanense"),
    "PH": ("filipino", "filipina"),
    "PS": ("palestino", "palestina"),
    "QA": ("catariano", "catariana"),
    "RO": ("romeno", "romena"),
    "RU": ("russo", "russa"),
    "SI": ("esloveno", "eslovena"),
    "SK": ("eslovaco", "eslovaca"),
    "SN": ("senegalês", "senegalesa"),
    "TG": ("togolês", "togolesa"),
    "TH": ("tailandês", "tailandesa"),
    "TM": ("turcomeno", "turcomena"),
    "TN": ("tunisino", "tunisina"),
    "UG": ("ugandense", "ugandense"),
    "UZ": ("uzbeque", "uzbeque"),
    "ZA": ("sul-africano", "sul-africana"),
    "ZM": ("zambiano", "zambiana"),
}
# Second forms news uses as much as the first: Portugal's "arménio" beside Brazil's "armênio"
_MORE_NATIONALITIES = [
    ("AE", ("emiratense", "emiratense")),
    ("AM", ("arménio", "arménia")),
    ("AZ", ("azeri", "azeri")),
    ("CI", ("costa-marfinense", "costa-marfinense")),
    ("MY", ("malásio", "malásia")),
    ("NL", ("holandês", "holandesa")),
    ("OM", ("omani", "omani")),
    ("QA", ("qatariano", "qatariana")),
    ("TM", ("turcomano", "turcomana")),
    ("UG", ("ugandês", "ugandesa")),
]


def _plural(word: str) -> str:
    if word.endswith("ês"):
        return word[:-2] + "eses"
    if word.endswith("ão"):
        return word[:-2] + "ães"
    if word.endswith("ã"):
        return word + "s"
    if word.endswith("l"):
        return word[:-1] + "is"
    return word + "s"


_DEMONYMS = {
    form: code
    for code, (masculine, feminine) in [*_NATIONALITIES.items(), *_MORE_NATIONALITIES]
    for form in (masculine, feminine, _plural(masculine), _plural(feminine))
} | {"mongóis": "MN"}  # "mongol" -> "mongóis", which _plural does not make

_COUNTRIES = {
    **{name.replace("\u2019", "'"): code for name, code in _CLDR_COUNTRIES.items()},
    **_CLDR_COUNTRIES,
    "vietname": "VN",  # Portugal
    "coreia": "KR",
    "república da coreia": "KR",
    "eua": "US",
    "reino unido": "GB",
    "holanda": "NL",
    "rússia": "RU",
    "irão": "IR",
}

# "Rede Global de", "Rede Mundial das", "Rede da UNESCO de": what precedes its cities
_REDE = r"(?:rede) (?:(?:global|mundial|internacional) )?(?:(?:da )?unesco )?(?:de|das)"

# A round number as a noun, read as about it: "une cinquantaine de pays"
_APPROXIMATE = {
    "dezena": 10,
    "dúzia": 12,
    "dezenas": 10,
    "vintena": 20,
    "centena": 100,
    "centenas": 100,
    "milhar": 1000,
    "milhares": 1000,
}

LANGUAGE = Language(
    code="pt",
    # lcnet.extract.ranks: the text's own city as a rank's subject, a rank's year
    self_subjects="(?:o|nosso|este) (?:município|concelho)|(?:a|nossa|esta) cidade",
    rank_year_prepositions=("em", "no"),
    # lcnet.extract.elliptic: 'only' before a count whose noun is left out
    only_adverbs=("apenas", "somente", "unicamente"),
    only_placed=("só",),
    # lcnet.extract.joining: the article before a member's rank after its name
    apposed_articles=("a", "o"),
    # lcnet.extract.predicates: what may follow a count that ends its clause
    count_ends=(
        "e",
        "em",
        "no",
        "na",
        "nos",
        "desde",
        "com",
        "até",
        "do",
        "da",
        "de",
        "a",
        "entre",
    ),
    clock_words=r"horas?\b|da (?:manhã|tarde|noite)",
    # lcnet.extract.hypothetical: a figure denied
    answer_no=("não", "nao"),
    denial_links=("e",),
    denial_words=("não",),
    subjectless_copulas=("são", "eram", "seriam", "serão"),
    subjectless_openers=("acho que", "para mim", "creio que"),
    verdict_words=("verdade", "mentira", "falso", "verdadeiro", "enganador", "impreciso"),
    denied_sayings=(
        r"(?:parem|paremos|para|deixem|deixemos|deixa) de (?:dizer|repetir|escrever|contar)",
        r"chega de (?:dizer|repetir)",
        r"não (?:digam|repitam|escrevam) mais",
    ),
    doubt_questions=(
        "é verdade",
        "está certo",
        "está correto",
        "é isso",
        "qual número usamos",
        "qual número está certo",
        "qual dado usamos",
        "qual dado está certo",
    ),
    rejection_words=(
        "um erro",
        "uma gralha",
        "é falso",
        "errado",
        "errada",
        "incorreto",
        "incorreta",
        "não é verdade",
        "não está certo",
    ),
    # lcnet.extract.origins: a group of newcomers named by a noun of its own
    group_nouns=("turma", "grupo", "contingente"),
    # lcnet.extract.newcomers: parts of an intake by place
    among_words=("entre", "dentre"),
    place_articles=("o", "a", "os", "as"),
    region_words=("região da", "região do"),
    part_connectors=("a",),
    national_words=("nacionais",),
    copula_adverbs=("agora",),
    # lcnet.extract.ranks: a plural verb before two members' ranks
    plural_rank_verbs=("são", "eram", "foram", "tornam-se"),
    # lcnet.extract.historic: the next sentence says what the figure was
    that_figure=(
        "(?:esse|este|aquele) (?:é|era|foi) o (?:número|dado|total)|(?:essa|esta|aquela) (?:é"
        "|era|foi) a (?:cifra|contagem)|(?:esse|este) número (?:é|era)"
    ),
    # lcnet.extract.openings: parts of an intake opening their sentence
    these_countries="(?:desses|destes|daqueles) países",
    of_them="delas|deles|dessas|desses",
    of_them_words=("delas", "deles", "dessas", "desses"),
    cue_stems=("prim", "estrei", "capita"),
    # lcnet.extract.closing_counts: a country's count closing its clause
    superlative_words=("mais", "maior"),
    closing_subject_adverbs=("agora", "também"),
    closing_number_adverbs=("agora", "já", "também"),
    # lcnet.extract.elliptic: totals stated by a noun of counting, answers
    answer_sources="segundo|de acordo com|conforme",
    stated_determiners="o|a|um|num",
    stated_nouns=(
        "(?:total|número)(?: (?:atual|oficial|exato|exata|correto|correta))?(?: (?:já|hoje"
        "|agora))? (?:é de|é|era de|era|foi de|foi|chega a|chegava a|sobe para|subiu para"
        "|fica em|ficou em|está em)|total de"
    ),
    stated_keys=("total", "número"),
    # lcnet.extract.elliptic: counts whose noun is left out
    plural_ends=("s",),
    feminine_plural_ends=("as",),
    joined_bare=(
        "(?:entraram|ingressaram|aderiram|foram admitidas|juntaram-se|(?:tinham|haviam"
        "|têm) (?:entrado|ingressado|aderido|sido admitidas))"
    ),
    joined_bare_words=(
        "entraram",
        "ingressaram",
        "aderiram",
        "admitidas",
        "juntaram",
        "entrado",
        "ingressado",
        "aderido",
    ),
    having_verbs=(
        "soma",
        "somava",
        "tem",
        "tinha",
        "conta com",
        "contava com",
        # "contar" without "com", in talk: "Portugal contava então onze"
        "conta",
        "contava",
        "contabiliza",
        "contabilizava",
        "reúne",
        "reunia",
        "passa a ter",
        "passou a ter",
        "segue com",
        "continua com",
        "fica com",
        "passa a contar com",
        "passou a contar com",
        "passa a contar",
        "passou a contar",
        "chega a",
        "chegou a",
        "sobe para",
        "subiu para",
        "chega às",
        "chegou às",
        "chega aos",
        "chegou aos",
        "chegava a",
        "chegava às",
        "chegou então a",
        "chegou então às",
        "chegou assim a",
        "chegou assim às",
    ),
    having_now=(
        "soma",
        "tem",
        "conta com",
        "conta",
        "contabiliza",
        "reúne",
        "passa a ter",
        "passa a contar com",
        "chega a",
        "sobe para",
    ),
    having_country="o país",
    # the epithet after a country's name: "a Espanha vizinha tem 20 cidades"
    country_epithets=("vizinha", "vizinho"),
    subject_in_the_verb=True,
    placed_joined_connector="(?:de|do|da|dos)",
    placed_joined_verbs=(
        "(?:foram (?:admitidas|escolhidas|selecionadas|aceites|aceitas|incluídas)|entraram)"
    ),
    placed_joined_words=("foram", "entraram"),
    # lcnet.extract.corrected: the figures a correction set
    correction=Correction(
        words=r"(?:corrig\w*|corre[cç][aã]o|retific\w*|rectific\w*|números|cifras?)",
        links=r"(?:para|em|a)",
        starts=("corrig", "correção", "correcção", "retific", "rectific", "números", "cifra"),
        conjunctions=r"e",
    ),
    stopwords=frozenset(["o", "os", "as", "do", "da", "dos", "das", "em", "não", "que", "com"]),
    number_words=_ONES | {w: 20 + 10 * i for i, w in enumerate(_TENS)} | _HUNDREDS | _APPROXIMATE,
    approximate_numbers=tuple(_APPROXIMATE),
    multipliers={},
    scales={
        "mil": 1_000,
        "milhão": 10**6,
        "milhões": 10**6,
        "mi": 10**6,  # "390 mi de pessoas" (Brazilian headlines)
        "bilhão": 10**9,
        "bilhões": 10**9,
        "mil milhões": 10**9,
    },
    fractions={"meio": Fraction(1, 2), "meia": Fraction(1, 2)},
    number_joiners=("e",),
    decimal_mark=",",
    marks=(
        "a marca de",
        "a marca das",
        "a marca dos",
        "a barreira de",
        "a barreira das",
        "a barreira dos",
        "o patamar de",
        "o patamar das",
        "o patamar dos",
        "a fasquia das",
        "da marca de",  # after "aproxima-se": "aproxima-se da marca de 430"
        "da marca das",
        "da barreira de",
        "da barreira das",
    ),
    ordinals={
        stem + ending: i + 1
        for i, stem in enumerate(_ORDINALS)
        for ending in ("a", "o", "as", "os")
    }
    | {"única": 1, "único": 1}  # "a única cidade portuguesa": a count of one
    | {  # "décima sétima cidade portuguesa": eleventh to nineteenth, in two words
        f"décim{ending} {stem}{ending}": 11 + i
        for i, stem in enumerate(_ORDINALS[:9])
        for ending in ("a", "o")
    },
    ordinal_digits=r"(?P<n>\d{1,3})\.?[ºªoa°]",
    ordinal_after_unit=False,
    qualifiers={
        "mais de": Q.MORE_THAN,
        "acima de": Q.MORE_THAN,
        "um pouco mais de": Q.MORE_THAN,
        "pouco mais de": Q.MORE_THAN,
        "ao menos": Q.AT_LEAST,
        "pelo menos": Q.AT_LEAST,
        "no mínimo": Q.AT_LEAST,
        "cerca de": Q.ABOUT,
        "aproximadamente": Q.ABOUT,
        "em torno de": Q.ABOUT,
        "por volta de": Q.ABOUT,
        "uns": Q.ABOUT,
        "umas": Q.ABOUT,
        "quase": Q.NEARLY,
        "perto de": Q.NEARLY,
        "pouco menos de": Q.NEARLY,
        "menos de": Q.FEWER_THAN,
        "até": Q.AT_MOST,
        "no máximo": Q.AT_MOST,
        "ultrapassa as": Q.MORE_THAN,  # a verb of passing
        "ultrapassa": Q.MORE_THAN,  # before a threshold (Language.marks)
        "aproxima-se": Q.NEARLY,  # a verb of approaching: "aproxima-se da marca de 430"
        "aproxima-se de": Q.NEARLY,
        "roça": Q.NEARLY,
        # "a rede andava pelas 180 cidades": about
        **dict.fromkeys(
            (
                f"{verb} {article}"
                for verb in ("anda", "andava", "andaria")
                for article in ("pelas", "pelos")
            ),
            Q.ABOUT,
        ),
        "ultrapassou": Q.MORE_THAN,
        "superou": Q.MORE_THAN,
        "ultrapassa os": Q.MORE_THAN,
        "ultrapassou as": Q.MORE_THAN,
        "ultrapassou os": Q.MORE_THAN,
        "supera as": Q.MORE_THAN,
        "supera os": Q.MORE_THAN,
        "superou as": Q.MORE_THAN,
        "superou os": Q.MORE_THAN,
        # a verb of passing or approaching with an adverb or a tense, then the article:
        # "ultrapassou já as 400", "roça as 430" (not reached), "ronda as 425" (about)
        **{
            f"{verb}{adverb}{article}": qualifier
            for verbs, articles, qualifier in (
                (
                    (
                        "ultrapassa",
                        "ultrapassou",
                        "ultrapassava",
                        "supera",
                        "superou",
                        "superava",
                        "excede",
                        "excedeu",
                    ),
                    (" as", " os"),
                    Q.MORE_THAN,
                ),
                (("roça", "roçava", "beira", "beirava"), (" as", " os"), Q.NEARLY),
                (("aproxima-se", "aproximava-se", "se aproxima"), (" das", " dos"), Q.NEARLY),
                (("ronda", "rondava"), (" as", " os"), Q.ABOUT),
                # "passar de" with the article: past a threshold ("a rede já passa das 300
                # cidades"; not the past "passou das 356 às 425", a change)
                (("passa", "passava", "passaria"), (" das", " dos"), Q.MORE_THAN),
            )
            for verb in verbs
            # an adverb of degree too: "a rede ultrapassa largamente as 400 cidades"
            for adverb in (
                "",
                " já",
                " agora",
                " hoje",
                " assim",
                " largamente",
                " amplamente",
                " bem",
                " folgadamente",
                " de longe",
            )
            for article in articles
        },
    },
    # a word of exactly after a count in talk: "Son 300 exactas" (elliptic.subjectless_counts)
    qualifiers_after={
        "ou mais": Q.AT_LEAST,
        "exatas": Q.EXACT,
        "exatos": Q.EXACT,
        "certinhas": Q.EXACT,
    },
    other_before=("outras", "outros"),
    # "são 115 as cidades", "onze das novas cidades"
    unit_linkers=("de", "as", "os", "das", "dos"),
    population_heads=(r"população",),
    units={
        "províncias": Unit.CITY,  # a place word: the network's only beside a verb of joining
        "novas adesões": Unit.MEMBER,
        # the newcomers named as such: "As recém-chegadas vêm de 46 países"
        "recém-chegadas": Unit.MEMBER,
        "recém-chegados": Unit.MEMBER,
        "adesões": Unit.MEMBER,
        "novas admissões": Unit.MEMBER,  # "54 admissões", as "adesões"
        "admissões": Unit.MEMBER,
        # "aprovou 72 candidaturas": applications, an intake once approved (a verb of
        # entering), else candidates (Language.candidate_cues)
        "candidaturas": Unit.MEMBER,
        "cidades": Unit.CITY,
        "cidades-membro": Unit.CITY,
        "cidades-membros": Unit.CITY,
        "municípios": Unit.CITY,
        "governos locais": Unit.CITY,  # "meia centena de governos locais de 27 países"
        "localidades": Unit.CITY,
        # Portugal's words for a municipality: "uma das 14 autarquias portuguesas"
        "concelhos": Unit.CITY,
        "autarquias": Unit.CITY,
        # "um dos três locais na Tailândia a integrar a rede": with a cue only
        "locais": Unit.CITY,
        # "são agora onze os representantes portugueses": a country's members, with a cue
        "representantes": Unit.MEMBER,
        # "dezassete vagas nesta rodada", "72 centros urbanos": with a cue only
        "vagas": Unit.CITY,
        "centros urbanos": Unit.CITY,
        "membros": Unit.MEMBER,
        "integrantes": Unit.MEMBER,
        "learning cities": Unit.CITY,  # "o Brasil tem três Learning Cities"
        "países": Unit.COUNTRY,
        "países membros": Unit.COUNTRY,  # of UNESCO, often: says nothing of the network
        "nações": Unit.COUNTRY,
        "cidadãos": Unit.CITIZEN,
        "habitantes": Unit.CITIZEN,
        "pessoas": Unit.CITIZEN,
        "moradores": Unit.CITIZEN,  # "cerca de 390 milhões de moradores"
        "residentes": Unit.CITIZEN,
        "capitais": Unit.CAPITAL,
    },
    singular_units={
        "cidade": Unit.CITY,
        "cidade-membro": Unit.CITY,  # "Cabo Verde tem uma só cidade-membro"
        "município": Unit.CITY,
        "concelho": Unit.CITY,
        "autarquia": Unit.CITY,
        "localidade": Unit.CITY,
        "membro": Unit.MEMBER,
        "país": Unit.COUNTRY,
    },
    modifiers_before={
        # "uma só cidade": only so many
        "só": Role.PLAIN,
        "única": Role.PLAIN,  # "uma única cidade"
        "único": Role.PLAIN,
        "primeiras": Role.PLAIN,  # "les deux premières villes": which ones, after a number
        "primeiros": Role.PLAIN,
        "diferentes": Role.PLAIN,  # "72 cidades de 46 diferentes países"
        "distintos": Role.PLAIN,
        "novas": Role.NEW,
        "novos": Role.NEW,
        "nova": Role.NEW,
        "novo": Role.NEW,
        # "são agora dezasseis os municípios membros": the article between the number
        # and what it counts
        "os": Role.PLAIN,
        "as": Role.PLAIN,
        # "sobe para sete o número de municípios brasileiros": the count before what it
        # counts
        "o número de": Role.MEMBER,
    },
    modifiers_after={
        "premiadas": Role.AWARDED,  # "as 28 cidades premiadas"
        "galardoadas": Role.AWARDED,
        # "170 miembros activos en 53 países": active members
        "ativos": Role.MEMBER,
        "ativas": Role.MEMBER,
        "novas": Role.NEW,
        "novos": Role.NEW,
        "nova": Role.NEW,
        "novo": Role.NEW,
        # "as cidades escolhidas em fevereiro": the ones a round chose
        **dict.fromkeys(
            # (and as Portugal and Africa spelt it before the 1990 agreement)
            (
                "escolhidas",
                "escolhidos",
                "selecionadas",
                "selecionados",
                "seleccionadas",
                "seleccionados",
            ),
            Role.NEW,
        ),
        "membro": Role.MEMBER,
        "membros": Role.MEMBER,
        "de aprendizagem": Role.LEARNING,
        "que aprendem": Role.LEARNING,
        "aprendentes": Role.LEARNING,
        "participantes": Role.PLAIN,
        "de todo o mundo": Role.PLAIN,
        "em todo o mundo": Role.PLAIN,
        "do mundo": Role.PLAIN,
        **{f"d{a}unesco": Role.PLAIN for a in ("a ",)},  # "cidades da unesco"
    },
    demonyms=_DEMONYMS,
    country_names=_COUNTRIES,
    regions={
        "áfrica": "africa",
        "africanas": "africa",
        "africanos": "africa",
        "estados árabes": "arab-states",
        "árabes": "arab-states",
        "ásia e pacífico": "asia-pacific",
        "ásia e o pacífico": "asia-pacific",
        "ásia-pacífico": "asia-pacific",
        "europa e américa do norte": "europe-north-america",
        "europa": "europe-north-america",
        "europeias": "europe-north-america",
        "européias": "europe-north-america",
        "europeus": "europe-north-america",
        "américa latina e caribe": "latin-america-caribbean",
        "américa latina e o caribe": "latin-america-caribbean",
        "américa latina e no caribe": "latin-america-caribbean",
        "américa latina e nas caraíbas": "latin-america-caribbean",
        "américa latina e caraíbas": "latin-america-caribbean",
        "américa latina": "latin-america-caribbean",
        "latino-americanas": "latin-america-caribbean",
        "latino-americanos": "latin-america-caribbean",
    },
    place_connectors=(
        "abrangendo",
        "que abrangem",
        "de",
        "do",
        "da",
        "dos",
        "das",
        "em",
        "no",
        "na",
        "nos",
        "nas",
        "espalhadas por",
        "espalhados por",
        "distribuídas por",
        "distribuídos por",
        "localizadas em",
        "situadas em",
        "provenientes de",
        "oriundas de",
        "pertencentes a",
        "presentes em",
        "presente em",
    ),
    possession_words=(
        "também",  # "o Vietname também tem", "ainda": adverbs of the verb
        "até",  # "O Brasil tinha até agora cinco cidades": "until now" after the verb
        # "Portugal, que tem 17 municípios na rede": the relative clause's verb is the
        # country's (as en "which")
        "que",
        "ainda",
        "sobe",
        "alcança",  # "Portugal chega às 17", "atinge as 17"
        "alcançou",
        "atinge",
        "atingiu",
        "às",
        "aos",
        "as",
        "subiu",
        "passa",
        "passou",
        "chega",
        "chegou",
        "cresce",
        "cresceu",
        "para",
        "a",
        "assim",
        "portanto",
        "apenas",
        "só",
        "somente",
        "hoje",
        "já",
        "agora",
        "atualmente",
        "tem",
        # "a Coreia do Sul está muito presente com uma vintena de cidades"
        "muito",
        "presente com",
        "representada por",
        "representado por",
        "teria",  # the conditional of hearsay: "o Brasil teria uma dezena"
        "contaria com",
        "possui",
        "conta com",
        "contava com",  # "o Brasil contava com seis cidades"
        "tinha",
        "somava",
        "possuía",
        "reúne",
        "soma",
        "um total de",
        "no total",
        "passa a contar com",  # "Portugal passa a contar com catorze cidades"
        "passou a contar com",
        "segue com",  # "o Brasil segue com seis cidades na rede"
        "continua com",
        "participa com",
        "passa a ter",  # "Portugal passa a ter 17 cidades"
        "passou a ter",
        "são",  # "em Portugal, são já oito os municípios"
        "agora",
        "há",
        "com",
        # "A região Ásia-Pacífico contribuiu com 21 novos membros": a share contributed
        "contribuiu",
        "contribui",
        "forneceu",
        "é",  # "Portugal é, com 15 cidades, um dos países mais representados"
        # "a Alemanha continua representada por quatro cidades"
        "continua",
        "está",
        "representada",
        "representado",
        "por",
        # "Vietnam, dessen zwei Mitglieder ...": whose
        "cujas",
        "cujos",
    ),
    # "a rede GNLC", "na Rede Global de Learning Cities": the network's word and its name
    # are one name, so that "a rede" in them is no reference of its own.
    # Every fragment's longest literal word (its anchor, found with str.find) must be
    # the name's own, not a word that names no network by itself ("rede", "città",
    # "netzwerk", a unit); such words stand in non-capturing groups, which anchors skip.
    network_names=(
        rf"{_REDE} (?:cidades )?learning cities(?: da unesco)?",
        rf"{_REDE} (?:cidades) (?:de |da )?aprendizagem(?: da unesco)?",
        rf"{_REDE} (?:cidades) que aprendem(?: da unesco)?",
        rf"{_REDE} (?:cidades) aprendentes(?: da unesco)?",
        # Brazilian usage: "Rede Mundial de Cidades do Aprendizado"
        rf"{_REDE} (?:cidades) (?:do|de) aprendizado(?: da unesco)?",
        r"(?:rede) (?:unesco )?gnlc",
        r"(?:cidades?) (?:d[ae] |da )?aprendizagem",  # "Cidades Aprendizagem" too
        r"(?:cidades?) que aprendem",
        r"(?:cidades?) aprendentes",
        r"(?:cidades?) (?:do|de) aprendizado",
        r"global network of learning cities",
        r"learning cit(?:y|ies)",
        r"gnlc",
    ),
    network_references=(
        r"(?:a|esta|essa|dita|tal|da|na|à) rede(?: global| mundial)?\b(?!\s+(?:municipal"
        r"|estadual|pública|privada|social|sociais|elétrica|de (?:ensino|escolas|saúde"
        r"|esgoto|água|transportes?|hotéis|lojas|farmácias|supermercados)|hoteleira))",
    ),
    other_networks=(
        r"cittaslow",  # the international league of small towns
        # a city's own networks: on a page about the GNLC they own the figures near them
        r"rede (?:municipal|estadual|pública|privada|hoteleira) (?:de (?:ensino|saúde|escolas))?",
        r"cidades educadoras",
        r"cidades criativas",
        # "trata-se de outra rede da UNESCO, que reúne cerca de 350 cidades"
        r"outra rede",
        # "É um programa distinto da UNESCO, com cerca de 400 cidades": set apart
        r"programa (?:distinto|diferente|separado|à parte|independente)",
        r"outro programa",
        r"rede (?:distinta|diferente|separada|à parte|independente)",
        r"cidades amigas d[ao]s? (?:idos[ao]s|crianças|pessoas idosas)",
        r"cidades saudáveis",
        r"municípios saudáveis",
        r"cidades inteligentes",
        r"prefeitos pela paz",
        r"autarcas pela paz",
        r"escolas associadas",
        r"\bmercocidades\b",
        r"cidades inclusivas e sustentáveis",  # UNESCO's ICCAR
        r"\biccar\b",
    ),
    other_programmes=(
        r"patrim[ôó]nio (?:mundial|da humanidade|cultural imaterial)",
        r"reservas? da biosfera",
        r"geoparques?",
        r"pr[êé]mios? (?:unesco )?(?:de |das )?cidades? (?:de |da )?aprendizagem",
        r"learning city award",
        # a country's own schemes: "o programa estadual de municípios leitores, que reúne
        # 25 municípios"
        r"programas? (?:estadual|estaduais|municipal|municipais|nacional|nacionais|regional"
        r"|regionais|distrital|distritais)(?!\w)",
    ),
    elsewhere=(
        r"(?:leia|veja|saiba) (?:também|mais)",
        r"not[íi]cias relacionadas",
        r"mais (?:lidas|vistas|not[íi]cias)",
        r"(?:conteúdos?|artigos?|matérias?) relacionad[ao]s",
        r"você (?:também )?pode gostar",
    ),
    # the intake told before includes them: "Inclui duas cidades portuguesas"
    included_words=(r"\binclu(?:i|em|iu|íram)\b", r"\bfaz(?:em)? parte dela\b"),
    subset_cues=(
        r"\bentre (?:elas|eles|as novas|os novos)\b",
        r"\bdestas\b",
        r"\bdestes\b",
        r"\b(?:entre )?(?:as|os|das|dos) quais\b",  # "115 cidades, das quais mais de cem entraram"
        # "Na lista constam três cidades brasileiras": the list an intake named before
        r"\bna lista\b(?! d[aoe]s? (?:membros|cidades-membro))",
    ),
    # ... and a verb of growth before "até": the end of the change, not a bound ("a rede
    # cresceu até 425 cidades")
    # "Passo Fundo é um dos 72 selecionados pela Unesco": one of the round's chosen, the
    # noun left out after the participle (phrase._one_of_elided)
    elided_one_of=("uma das ", "um dos "),
    elided_among=("entre as ", "entre os "),
    elided_after=(
        # (not the chosen of a grant or a course: "uma das 40 selecionadas para o programa")
        r"(?P<new>(?:selecionad|seleccionad|escolhid|admitid|aprovad|aceit|eleit|nov)[ao]s)\b"
        r"(?!\s+(?:para|como)\b)"
        r"|(?=é\b)"
    ),
    elided_capital="capital",
    elided_count_nouns=("cidades", "membros", "municípios", "concelhos"),
    fronted_with=("com",),
    fronted_links=r"\s*,\s*(?:(?:o|a|os|as)\s+)?",
    before_dates=("até", "até ao", "até o", "antes de", "antes do"),
    number_range=("entre {low} e",),
    asked_of_network=("da rede", "na rede", "gnlc"),
    network_adverbials=(  # the longest first: "Portugal tem na rede catorze cidades"
        r"na rede (?:global|mundial) (?:de|das) cidades (?:de|da) aprendizagem(?: da unesco)?",
        r"(?:na|dentro da) (?:rede|gnlc)(?: da unesco)?",
        r"no gnlc",
    ),
    qualifier_blockers=(
        "espalhadas",
        "espalhados",
        "distribuídas",
        "distribuídos",
        "cresceu",
        "crescido",
        "aumentou",
        "subiu",
        "chegou",
        "ampliou",
    ),
    unit_roles={
        "províncias": (Role.WEAK,),
        "novas adesões": (Role.NEW,),
        "novas admissões": (Role.NEW,),
        "admissões": (Role.NEW,),
        "recém-chegadas": (Role.NEW,),
        "recém-chegados": (Role.NEW,),
        "países membros": (Role.WEAK,),
        "localidades": (Role.WEAK,),
        "locais": (Role.WEAK,),
        "representantes": (Role.WEAK,),
        "vagas": (Role.WEAK, Role.SEAT),
        "centros urbanos": (Role.WEAK,),
    },
    one_of=("uma das", "um dos", "entre as", "entre os"),
    adjectives_as_nouns=True,
    rank_articles=("a", "o"),  # "a nona cidade portuguesa ..., Cascais a décima"
    rank_ends=(
        "em",
        "no",
        "na",
        "do",
        "da",
        "de",
        r"a (?:aderir|entrar|integrar)",
        "depois",
        r"e (?:a|o) únic[ao]",
    ),
    copulas=(
        "são",
        "estão",
        "ficam",
        "eram",  # "Dos 54 novos membros, três eram portugueses" (as fr "étaient")
        "estavam",  # "294 cidades; elas estavam em 76 países"
        "ficavam",
        "localizadas",
        "situadas",
        "distribuídas",
        "espalhadas",
        "agora",
    ),
    money_nouns=("orçamento", "custo", "financiamento", "verba", "montante", "preço", "gasto"),
    count_heads=("número", "total", "quantidade"),
    count_links=("de", "das", "dos", "da", "do"),
    count_verbs=(
        r"(?:já |agora )?(?:(?:chega|chegou|chegava|sobe|subiu|passa|passou|vai|ascende"
        r"|ascendeu|ascendia|eleva-se|elevou-se|cresce|cresceu|aumenta|aumentou)(?: agora)?"
        r" (?:a|para)(?: ser)?|(?:alcança|alcançou|atinge|atingiu|soma|somava|totaliza|totalizava"
        r"|é|era|foi)"
        r"(?: agora| [a-zãõáéíóúâêôç]{3,}mente)?"
        r"(?: de)?)",
    ),
    negative_subjects=(
        r"associação",
        # (not a club of cities: "entramos num clube de quase 400 cidades" is the body
        # the city joins, said as "rede de" is)
        r"\bclubes?\b(?! de (?:mais de |cerca de |quase |perto de )?\d[\d\s.]*"
        r" (?:cidades|municípios|localidades|membros)\b)"
        # nor a club whose own clause counts its cities: "o clube soma já 425 cidades"
        r"(?![^.;:!?]{0,40}?\d[\d\s.]* (?:cidades|municípios)\b)",
        r"sindicato",
        r"federação",
        r"\bpartido\b",
        r"confederação",
        r"\bescolas?\b",
        r"\balunos\b",
        r"\bestudantes\b",
        r"\buniversidade\b",  # "a universidade teve 54 admissões": students
    ),
    # "da creche à universidade", "nas escolas": a place, not who counts
    list_spans=("entre",),  # "tra Fermo e Lucca": two ends, not a list
    negative_governors=(
        r"(?:até )?(?:à |às |ao |aos )",
        r"(?:na |nas |no |nos |numa |num |em )",
    ),
    intake_cues=(
        # an accepted application: "viram admitida a candidatura", "cuja candidatura foi
        # aprovada", "a rede aprovou a candidatura de"
        r"\bcandidaturas?(?: de adesão)?(?: (?:foi|foram|já foi|já foram))? (?:admitid[ao]s?"
        r"|aprovad[ao]s?|aceites?|aceit[ao]s?|acolhid[ao]s?)(?!\w)",
        r"\b(?:admitid|aprovad|aceit|acolhid)[ao]s? (?:a|as) (?:sua |suas )?candidaturas?\b",
        r"\b(?:aprov|aceit)(?:ou|aram) (?:a|as) (?:sua |suas )?candidaturas?\b",
        r"\badmit(?:iu|iram) (?:a|as) (?:sua |suas )?candidaturas?\b",
        # "foram aceites 72 candidaturas": the acceptance before the applications counted
        r"\b(?:foram|são|serão) (?:aceites|aceitas|aprovadas|admitidas|acolhidas)"
        r"(?= (?:\S+ )?candidaturas\b)",
        r"\bfaz a sua (?:estreia|entrada)\b",
        r"\bfez a sua (?:estreia|entrada)\b",
        r"\b(?:se )?junt(?:a|am|ou|aram)(?:-se)?\b",
        r"\bingress(?:a|am|ou|aram|ar)\b",
        # an entry into the network, not a building's entrance nor a ticket: "o painel
        # no ingresso da biblioteca ainda indica 230 cidades", "ingresso gratuito"
        r"\bingresso\b(?! (?:gratuito|livre|pago)\b| (?:da|do|no|na) (?:biblioteca|museu"
        r"|edifício|escola|sala|teatro|câmara|estádio|parque|auditório|universidade)\w*)",
        r"\bader(?:e|em|iu|iram|ir)\b",
        r"\badesão\b",
        # not "a rede passou a integrar 294 cidades": the network came to comprise them
        r"\b(?<!rede )(?:passa|passam|passou|passaram) a (?:integrar|fazer parte)\b",
        # "conseguiu integrar a Rede": the infinitive; the present is being part of it
        # ("uma das 14 autarquias que integra a rede", "a rede, que integra 14 municípios")
        r"\bintegr(?:ou|aram|ar)\b",
        # the round's group or list, though: "três municípios brasileiros integram o grupo"
        r"\bintegr(?:a|am) (?:o|este|esse) grupo\b",
        r"\bintegr(?:a|am) (?:a|esta|essa) (?:nova )?(?:lista|turma|leva)\b",
        r"\bentr(?:a|am|ou|aram|ar)\b",  # "conseguiu entrar": the infinitive after a verb
        r"\b(?:foi|foram|é|são|sendo) (?:admitid[ao]s?|incluíd[ao]s?|selecc?ionad[ao]s?"
        r"|reconhecid[ao]s?|aceit[ao]s?|aprovad[ao]s?|designad[ao]s?)\b",
        r"\bdá (?:as )?boas-vindas\b",
        r"\bdeu (?:as )?boas-vindas\b",
        # not a host's: "acolhe a conferência", "acolheu o fórum"
        r"\bacolhe(?:u)?\b(?! (?:a|o|as|os|uma?|esta|este) ?(?:\w+ )?(?:conferência|reunião"
        r"|encontro|fórum|cúpula|evento|congresso|festival|seminário|oficina|assembleia"
        r"|delegação|delegados|participantes|especialistas|edição)s?\b)",
        r"\b(?:anunciad|reconhecid|selecc?ionad|designad|admitid|escolhid)[ao]s?\b",
        r"\ba integrar\b",
        r"\bobt(?:eve|iveram|ém|êm) (?:o título|o estatuto|o status|a adesão)\b",
        r"\bnov[ao]s (?:integrantes|membros)\b",
        r"\baprov(?:ou|aram)\b",  # "a UNESCO aprovou 72 candidaturas"
        # the round itself, named as the intake it was: "dezassete vagas nesta rodada"
        # (not "antes desta rodada, a rede tinha 356 cidades": a total before it)
        # a round named by its year: "a única cidade portuguesa da rodada de 2025"
        r"\bda rodada (?:de )?(?=(?:19|20)\d\d\b)",
        *(
            rf"\b(?:n|d)?esta {n}\b(?<!antes desta {n})(?<!após esta {n})(?<!depois desta {n})"
            for n in ("rodada", "leva", "ronda", "geração", "turma", "fornada")
        ),
        *(
            rf"\b(?:a|na|da) última {n}\b(?<!antes da última {n})(?<!após a última {n})"
            rf"(?<!depois da última {n})"
            for n in ("rodada", "leva", "ronda", "geração", "turma", "fornada")
        ),
        # the active verb of admitting: "a UNESCO admitiu ontem 77 novas cidades"
        # (past only: "a rede admite até 425 cidades" says what it may take)
        r"\badmit(?:iu|iram)\b",
    ),
    total_cues=(
        r"\bcont(?:a|ava|ará) com\b",
        r"\bpass(?:a|ou) a contar(?: com)?\b",  # "o país passou a contar 11"
        r"\brede (?:passa|passou) a integrar\b",  # the network came to comprise
        r"\bpass(?:a|ou) a ter\b",
        r"\breún(?:e|em)\b",
        r"\binclu(?:i|ía|em|íam)\b",
        r"\breunia\b",
        r"\bagrega\b",
        r"\babrange\b",
        r"\b(?:é )?(?:formada|composta|integrada|constituída) por\b",
        r"\brede de\b",
        r"\b(?:um|no) total de\b",
        r"\bno total\b",
        r"\btotaliza(?:ndo)?\b",
        r"\bsoma\b",
        r"\b(?:chega|chegou|chegando|sobe|subiu|subindo|eleva|elevou|elevando)"
        r"(?: assim| já| agora)? (?:a|para)\b",  # "e a rede chegou assim a 425 cidades"
        r"\balcança(?:ndo)?\b",
        # reached, with its count right after: "entraram 77 e a rede atingiu 294 membros"
        r"\b(?:alcançou|alcançaram|ating(?:iu|e|em|ia|indo|iram))(?=\s+(?:(?:já|assim|agora"
        r"|os|as|mais de|quase)\s+)?\d)",
        # the verb that takes its object to a count: "esta rodada levou a rede a 294"
        r"\blev(?:a|am|ou|aram|ava|ando)\b(?= (?:a|o|as|os) )",
        r"\b(?:tem|tinha|possui|possuía|reúne)\b",
        # "Contagem junta-se às 425 cidades da rede": the article says they are all of them
        r"\b(?:às|as|aos|os|suas)(?=\s+(?:cerca\s+de\s+|mais\s+de\s+)?\d)",
        # ... also in words after a verb's "a": "junta-se às seis cidades que já faziam parte"
        r"\b(?:às|aos)(?=\s+(?:duas|dois|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze"
        r"|treze|catorze|quatorze|quinze|dezasseis|dezesseis|dezassete|dezessete)\s)",
    ),
    along_cues=(r"\bjunto com\b", r"\bjuntamente com\b", r"\bao lado de\b"),
    besides_cues=(r"\balém de\b", r"\bfora\b", r"\bexceto\b"),
    company_words=("com",),  # "junto a otras 71": others, their noun left out
    others_prepositions=("a", "às", "com"),  # "junta-se às outras 71": 72 in all
    # "Participarão 40 municípios", "confirmaram presença 40 cidades": the places people
    # come from to a meeting, not members
    attending_before=(
        r"(?<!\w)(?:participarão|estarão presentes|marcaram presença|marcarão presença"
        r"|confirmaram (?:a sua )?(?:presença|participação))"
    ),
    pronoun_counts=(
        # a count that rises, of a country or the network, its unit said before or in
        # the title: "Portugal sobe para 17", "... leva o Brasil a 18"
        r"sobe (?:já |assim )?(?:para|a|às|aos)",
        r"subiu (?:já |assim )?(?:para|a|às|aos)",
        r"passa (?:já |assim )?(?:para|a|às|aos)",
        r"passou (?:já |assim )?(?:para|a|às|aos)",
        r"chega (?:já |assim )?(?:para|a|às|aos)",
        r"chegou (?:já |assim )?(?:para|a|às|aos)",
        r"cresce (?:já |assim )?(?:para|a|às|aos)",
        r"cresceu (?:já |assim )?(?:para|a|às|aos)",
        # "a rede alcança (já) as 425", "atinge as 425"
        r"alcança",
        r"alcançou",
        r"atinge",
        r"atingiu",
        r"leva [^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,3} (?:para|a)",
        r"levou [^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,3} (?:para|a)",
        r"eleva [^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,3} (?:para|a)",
        r"elevou [^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,3} (?:para|a)",
        # an intake, the cities left out after a verb of admitting whose subject is the
        # agency or the network (as "l'UNESCO ne ha accolte 64"): "em fevereiro a UNESCO
        # acolheu 64, vindas de 35 países", "a rede incorporou outras 64"
        r"(?:admitiu|incorporou|acolheu|integrou|somou|(?:tem|têm) (?:admitido|acolhido))"
        r"(?: (?:mais|outras))?",
    ),
    plural_articles=("as", "os"),
    count_predicates=(
        # "seriam": hearsay; "eram apenas três": only
        r"(?:são|eram|foram|seriam)(?: (?:agora|hoje|já|então))?(?: (?:só|apenas|ainda))?",
        r"(?:somam|somavam|somaram)",
        r"(?:chegam|chegavam|chegaram|ascendem|ascendiam) (?:já )?a",
        r"(?:passam|passaram|passavam) a ser",
    ),
    count_predicates_first=(r"(?:hoje |já )?(?:são|eram|foram|seriam)(?: já| hoje| agora)?",),
    country_subjects=("o país", "o reino", "a república", "o sultanato", "o emirado"),
    speech_cues=(
        # a page that shows a figure is its speaker, not its owner
        r"mostra(?:va|m|vam)?",
        r"exibe",
        r"fala(?:va)? (?:em|de)",
        r"menciona(?:va)?",
        r"cita(?:va)?",
        r"refere(?:-se a)?",
        r"disse",
        r"disseram",
        r"afirmou",
        r"afirmaram",
        r"declarou",
        r"explicou",
        r"lembrou",
        # the same said before ("», tinha dito o presidente em março")
        r"(?:tinha|tinham|havia|haviam) (?:dito|afirmado|declarado|explicado|lembrado)",
        r"segundo",
    ),
    presence_words=(
        "presença",  # "con presencia en 91 países": the noun too
        "presente",
        "presentes",
        "ativa",
        "ativo",
        "representada",
        "espalhada",
        # "a rede estende-se agora a 91 países" (not "chega a": a delegation arrives too)
        "estende-se",
        "estende",
        "estendia-se",
        "estão",
        "encontram",
    ),  # "os seus membros estão em 79 países"
    # cities spread over countries, their subject the cities:
    # "as cidades estão distribuídas por 62 países"
    spread_words=(
        "distribuídas",
        "distribuídos",
        "espalhadas",
        "espalhados",
        "repartidas",
    ),
    among_new_cues=(
        # without a verb, the intake counted: "una delle due città italiane tra le 72 nuove"
        r"entre (?:os|as) \d+ nov[oa]s",
        r"(?:fazem|faziam) parte d[oa]s (?:\d+ )?nov[oa]s",
        r"(?:estão|figuram) entre (?:os|as) (?:\d+ )?nov[oa]s",
        r"(?:estão|figuram) entre (?:os|as) \d+ (?:admitid|escolhid|selecionad)[oa]s",
    ),
    difference_before=(
        r"(?:aumentou|cresceu|aumentado|crescido) (?:em )?(?:mais de |quase |cerca de )?(?=\d)",
    ),
    # "so far": joined so far, a total
    # "O Brasil tem três cidades que passam a integrar a rede", "duas cidades admitidas":
    # the count is the subject of a verb of joining right after it, the intake's (not
    # after a word of "so far" or "now", nor "que integram a rede": its members)
    joined_after=(
        r"\s+(?:que\s+)?(?:pass(?:am|aram) a (?:integrar|fazer parte)|ader(?:em|iram)"
        r"|entr(?:am|aram)|ingress(?:am|aram)|se junt(?:am|aram)|junt(?:am|aram)-se)\b"
        r"|\s+(?:admitid|selecionad|seleccionad|escolhid|aceit|distinguid)[ao]s\b"
    ),
    cumulative_cues=(
        r"\baté (?:agora|hoje|à data|o momento)\b",
        r"\bdesde a sua (?:criação|fundação)\b",
    ),
    part_linkers=("dos", "das"),
    # "e Portugal participa com catorze delas": the share of the country before
    share_words=(
        "participa",
        "participava",
        "com",
        "contribui",
        "contribuía",
        "tem",
        "tinha",
        "conta",
        "contava",
    ),
    comparatives=("que", "do que"),
    comparative_degrees=("menos", "mais"),
    closing_count_verbs=("soma", "conta com", "contava com", "somava"),
    intake_lists=(r"\b(?:a|na) (?:nova )?lista\b(?! d[eo]s? (?:membros|cidades)\b)",),
    rank_for=("para", "para o", "para a"),
    later_clause=(r"\bantes d[aoe]s?\b", r"\bantes que\b", r"\baté\b"),
    announcement_cues=(r"\banúncio\b", r"\banunci", r"\bcomunicado\b"),
    correction_cues=(r"\bcorrigi", r"\bcorre[cç][aã]o\b", r"\bretific"),
    retraction_cues=(
        # a correction notice: "Numa versão anterior desta notícia, referia-se que 55",
        # "por lapso, foi indicado", "erradamente noticiado" (not "como noticiado
        # anteriormente, a rede tem 425": no notice)
        r"\bversão (?:anterior|original|inicial)(?: dest[ae] \w+)?,?"
        r" (?:referia(?:-se)?|dizia(?:-se)?|indicava(?:-se)?|informava|dava"
        r"|(?:foi|era) (?:referido|dito|indicado|noticiado|publicado)"
        r"|(?:se )?(?:disse|indicou|referiu))\b",
        r"\b(?:por lapso|por erro|erradamente|erroneamente),? (?:foi |se )?"
        r"(?:referid|indicad|noticiad|publicad|divulgad|dit)[oa]s?\b",
    ),
    superseded_cues=(
        r"\binicialmente\b",
        r"\boriginalmente\b",
        r"\bnum primeiro momento\b",
        r"\b(?:anúncio|comunicado) inicial\b",  # "o anúncio inicial falava em 55"
        r"\b(?:primeiro anúncio|primeiro comunicado|primeira lista|primeira versão)\b",
    ),
    count_predicate_words=("são", "eram", "foram", "seriam", "soma", "cheg", "ascend", "passa"),
    respective_new=(r"(?:número de )?(?:novos membros|novas cidades|adesões|novas adesões)",),
    respective_total=(
        r"(?:número )?total(?: de (?:membros|cidades))?",
        r"número de (?:membros|cidades membros)",
    ),
    respective_countries=(r"(?:número de )?países",),
    respective_articles=("o", "a", "os", "as", "seu", "sua", "seus", "suas"),
    # "o primeiro anúncio deu os números de 55 e 230"
    respective_anaphora=(r"(?:os|ambos os|estes|esses) (?:números|dados)", r"ambos"),
    respective_links=("em", "de", "para"),
    conjunctions=("e",),
    capital_predicates=(r"(?:(?:são|eram) )?capitais\b",),
    adjective_scopes={
        **dict.fromkeys(("na rede", "da rede", "nela", "nesta rede"), Role.MEMBER),
        **dict.fromkeys(
            (
                "desta ronda",
                "da rodada",  # "a única cidade portuguesa da rodada de 2025"
                "da última rodada",
                "deste ano",
                "desta edição",
                "desta seleção",
                "que entraram este ano",
                "que entram este ano",
            ),
            Role.NEW,
        ),
    },
    rank_verbs=tuple(
        f"{verb} {article}"
        for verb in (
            "é",
            "era",
            "foi",
            "será",
            "torna-se",
            "tornou-se",
            "passa a ser",
            "passou a ser",
            "se tornou",
            "tinha sido",
        )
        for article in ("a", "o")
    ),
    past_rank_verbs=(
        "foi",
        "era",
        "tinha sido",
        "tornou-se",
        "se tornou",
        "passou a ser",
        "foram",
        "eram",
    ),
    newcomer_sets=(
        # "Das 72 cidades admitidas em dezembro de 2025, dezasseis ficam em África"
        r"(?:d|dentre |entre )(?:as|os) (?:\d{1,3} )?(?:cidades|municípios|membros"
        r"|integrantes) (?:admitid|incorporad|selecionad|seleccionad|escolhid|eleit|integrad)"
        r"[ao]s(?: (?:em|no|na) [^,;.]{1,25}?)?(?=,)",
        r"(?:d|dentre |entre )(?:as|os) (?:\d{1,3} )?(?:recém[- ])?(?:nov[ao]s )?(?:chegad[ao]s"
        r"|admitid[ao]s|incorporad[ao]s|nov[ao]s|escolhid[ao]s|selecionad[ao]s"
        r"|seleccionad[ao]s|eleit[ao]s|integrad[ao]s)(?: (?:cidades|municípios|membros"
        r"|integrantes))?(?: (?:então|este ano|desta vez|nesta ronda|desta ronda"
        r"|desta edição))?",
    ),
    newcomer_words=(
        "chegad",
        "admitid",
        "incorporad",
        "nov",
        "escolhid",
        "selecionad",
        "seleccionad",
        "eleit",
        "integrad",
    ),
    newcomer_verbs=("pertencem", "vêm", "localizam-se", "situam-se", "se situam", "se localizam"),
    in_all=("no total", "ao todo", "em total", "no conjunto"),
    first_time_cues=(
        # "13 dos quais não tinham até então nenhuma cidade membro"
        r"não (?:tinham|tinha|contavam com) (?:até então |ainda )?nenhuma cidade",
        r"primeira cidade admitida",
        r"pela primeira vez",
        # "treze países com a sua primeira cidade na rede", "na sua primeira adesão"
        r"com a (?:sua )?primeira cidade\b",
        r"na (?:sua )?primeira (?:adesão|admissão|participação)",
        r"novos na rede\b",  # "46 países, 13 deles novos na rede"
        r"(?:se )?estrei(?:a|am|aram|ou)(?:-se)?\b",
        r"\bestreantes?\b",  # "Países estreantes na rede: 13"
        # "para 13 países trata-se da primeira adesão", "é a sua primeira entrada"
        r"(?:trata-se d[ao]|é a sua|é a|marca a|representa a) (?:sua )?primeira (?:adesão|entrada"
        r"|admissão|cidade membro)",
    ),
    member_verbs=(
        r"(?:são|eram|continuam) (?:já )?membros\b",
        r"fazem parte\b",
        r"pertencem\b",
    ),
    quota_cues=(
        r"cada (?:país|estado|comissão nacional)",
        r"por país",
        r"por (?:convocatória|ano|ciclo|ronda)\b",  # "só três candidaturas por convocatória"
    ),
    candidate_cues=(
        # not an accepted one: "tiveram a candidatura aceite" is an intake (intake_cues)
        r"\bcandidat(?:a|as|os|ura|uras)\b(?!(?: de adesão)?(?: (?:foi|foram|já foi|já foram))?"
        r" (?:admitid|aprovad|aceit|acolhid))",
        r"\binteressad[ao]s?\b",
        r"\bpleite(?:ia|iam|ar)\b",
        r"pedidos? de adesão",
        r"em processo de adesão",
        r"\bsolicita(?:ção|ções|ram|m)\b",
        # "outras quatro cidades que querem entrar na rede", "que aspiram a aderir"
        r"\baspir(?:a|am|ava|avam|ante|antes)\b",
        r"\b(?:quer|querem|pretende|pretendem|deseja|desejam) (?:entrar|aderir|integrar"
        r"|fazer parte|juntar-se)\b",
        r"\bcandidat(?:ar|am|ou|aram)(?:-se)?\b",
        # verbs of applying and competing: "inscreveram-se cerca de 300 cidades",
        # "concorreram", "disputaram um lugar"
        r"\binscrev(?:e|em|eu|eram|er)(?:-se)?\b",
        r"\bse inscrev(?:e|em|eu|eram)\b",
        r"\bconcorr(?:e|em|eu|eram|er|entes)\b",
        r"\bdisput(?:a|am|ou|aram)\b",
    ),
    circulation_markers=(
        # uma fonte que "ainda diz" um número o diz hoje
        r"\bainda (?:diz|dizem|indica|indicam|menciona|mencionam|fala|falam|cita|citam|mostra"
        r"|mostram|anuncia|anunciam|descreve|descrevem|refere|referem|aparece|aparecem|consta"
        r"|constam|se lê)\b",
        # ... ou que ainda circula: "um folheto de 2022, ainda distribuído na câmara",
        # "quem ainda consulta o folheto de 2022"
        r"\bainda (?:distribuíd[oa]s?|em circulação|em uso|circula|circulam|consulta"
        r"|consultam|se distribui|distribuímos)\b",
        r"\bpor atualizar\b",
        r"\bnão (?:foi |foram )?(?:ainda )?atualizad[oa]s?\b",
        r"\bnunca (?:foi |foram )?atualizad[oa]s?\b",
    ),
    still_words=(r"ainda", r"continua a ser", r"continuam a ser", r"segue sendo"),
    in_use_words=(
        *(r"disponíve(?:l|is)", r"distribuíd[oa]s?", r"usad[oa]s?", r"utilizad[oa]s?"),
        *(r"em uso", r"em circulação", r"online", r"expost[oa]s?", r"afixad[oa]s?"),
        *(r"se distribui", r"circula", r"circulam", r"se encontra", r"exibid[oa]s?"),
    ),
    present_markers=(
        r"\bagora\b",
        r"\batualmente\b",
        r"\bactualmente\b",
        r"\bhoje\b",
        r"\bjá\b",
        r"até (?:o momento|agora|hoje)",
        r"neste ano",
        r"este ano",
    ),
    historic_markers=(
        # a dated document dates what it says: "our 2021 leaflet", "folleto de 2021"
        r"(?:folheto|relatório|edição|versão|guia|brochura|panfleto"
        r"|comunicado|dados|números?|cifras?)(?: municipal| anual| oficial| inicial| original)?"
        # "um relatório da UNESCO de 2023": its publisher between
        r"(?: (?:da|do) (?:unesco|uil|onu|câmara|prefeitura|ministério))?"
        r" (?:de|do ano de) ",
        # a round of admissions dates what it brought: "após a ronda de 2022 chegou a 294"
        # ... or by the year alone: "com a rodada 2022 a rede chegou a 294"
        r"(?:convocatória|ronda|rodada|leva|turma|ampliação|seleção|selecção|alargamento"
        r"|expansão)"
        r" (?:de |do ano de )?",
        r"em ",
        r"(?:n[oa]|em) ano (?:de )?",  # "No ano de 2020 a rede tinha 229"
        r"(?<!\w)(?:n)?a de ",  # "a ronda anterior, a de 2022": the one of
        r"(?:no |em |ao )?(?:final|fim|início|começo|princípio) de ",
        r"em (?:meados|fins|inícios) de ",
        r"até ",
        r"no dia ",
        r"(?<!\w)a (?=\d{1,2} de )",  # "anunciada a 4 de dezembro de 2025" (pt-PT)
        # a season dates a figure by its year: "no outono de 2020"
        r"(?:n[oa] |em )?(?:outono|inverno|verão|primavera) (?:de )?",
        # a document dates what it says: "o plano municipal de 2022 fala de 294 cidades"
        r"(?:plano|relatório|documento|folheto|brochura|site|sítio|edição|versão|anuário)"
        r"(?: \w+)? de ",
    ),
    founding_words=(
        r"fundad[ao]",
        r"criad[ao]",
        r"lançad[ao]",
        r"estabelecid[ao]",
        r"instituíd[ao]",
        r"criação",
        r"lançamento",
        r"nascid[ao]",
        r"inaugurad[ao]",
    ),
    intake_points=(
        r"\b(?:após|depois d[aoe]s?|antes d[aoe]s?|desde)\b ?(?:(?:a|o|as|os|cada|esta|este) )?"
        r"(?:adesão|admissão|integração|seleção|rodada|ronda|anúncio|entrada|ingresso)",
    ),
    since_words=(
        # not "desde ... até", a range; not a city's own joining
        r"desde(?![^,.;]{0,80}\baté\b)(?! (?:a (?:sua )?(?:adesão|entrada)|que (?:aderiu"
        r"|entrou))\b)",
    ),
    # "la ciudad número 14 de México", "a cidade nº 14 de Portugal": a rank said by a number
    rank_numbers=("número", "numero", "n.º", "nº", "n.o", "no."),
    rank_after=("depois de", "após", "a seguir a"),
    city_titles=r"(?:as? )?cidades? de",
    superlatives=(
        r"(?:é o país com|tem|conta com) (?:o maior número de |mais )(?:membros|cidades)"
        r"(?: membros?)?,?(?: com)?|lidera (?:a lista )?com"
        r"|lidera(?: [\w-]+){1,3} com"  # "a Tailândia lidera a região com 13"
    ),
    title_abbreviations=("sr", "sra", "dr", "dra", "prof", "profa", "av", "sto", "eng"),
    attendance_before=(
        r"(?:representantes|delegados|delegações|participantes)"
        r" (?:de|vindos de)(?: (?:mais de|cerca de|quase))?",
        # "quase 700 pessoas, vindas de mais de 80 países"
        r"(?:pessoas|participantes|delegados|congressistas|convidados)\b[^.;:!?]{0,40}?"
        r"(?:vind[oa]s|chegad[oa]s|provenientes|oriund[oa]s) de(?: (?:mais de|cerca de|quase))?",
        # "Estiveram presentes 40 representantes": the people of an event
        r"(?:estiveram|estavam|estão|estarão) presentes|reuniu|reuniram|juntou",
    ),
    # "40 representantes de municípios da rede": people who stand for cities
    attendance_after=(
        r"participaram|estiveram representadas|marcaram presença",
        r"(?<=representantes\s)(?:de|dos|das) (?:[^\W\d]+ ){0,2}(?:cidades|municípios|concelhos"
        r"|autarquias|câmaras)",
    ),
    # a table's column of the network's counts beside another: "| Năm | Mới | Tổng số |"
    column_heads={
        "total": Role.MEMBER,
        "total acumulado": Role.MEMBER,
        "acumulado": Role.MEMBER,
        "novos": Role.NEW,
        "novas": Role.NEW,
    },
    months={
        name: number
        for number, names in enumerate(
            (
                ("janeiro", "jan"),
                ("fevereiro", "fev"),
                ("março", "mar"),
                ("abril", "abr"),
                ("maio", "mai"),
                ("junho", "jun"),
                ("julho", "jul"),
                ("agosto", "ago"),
                ("setembro", "set"),
                ("outubro", "out"),
                ("novembro", "nov"),
                ("dezembro", "dez"),
            ),
            start=1,
        )
        for name in names
    },
    date_forms=(
        r"{year_first}-{month_number}-{day}(?!\d)",
        r"{day}\.{month_number}\.{year}",
        r"{day}-{month_number}-{year}",
        # "setembro 2022" in a table's cell or a heading, without "de"
        r"{day}º? de {month}(?: de)? {year}",
        r"(?<![^\W\d_]){month}(?: de)? {year}",  # not the "mar" of "Gondomar 2017"
        r"{day}/{month_number}/{year}",
        r"{year}",
    ),
    membership_before_number=(
        r"(?:(?<=\bo )|(?<=\belevando )|(?<=\beleva )|(?<=\belevou ))"
        r"(?:número (?:total )?de (?:cidades(?:-membro| membro)?|membros|integrantes)"
        r"|total(?: de (?:cidades|membros))?)"
        r"(?:\s+d[ao]\s+(?:rede|gnlc))?"
        r"\s+(?:(?:agora\s+)?(?:chega|chegou|sobe|subiu|passa|passou|vai)\s+(?:a|para)"
        # "elevando o total para 425": the verb before the total
        r"|para"
        r"|(?:é|era|foi)\s+de"
        r"|(?P<more>ultrapassa|ultrapassou|supera|superou))"
    ),
    membership_anchors=("número ", "total "),
    joined_clause=(
        r"\bquando (?:(?P<self>(?:a|a nossa|esta) cidade"
        r"|(?:o|o nosso|este) (?:município|concelho)) "
        r"|(?P<who>(?:[^\W\d][^\s,;:.!?\d]* ){1,4}?))??"
        r"(?:(?:nos |se )?(?:entr(?:ou|ámos|amos)|ader(?:iu|imos)|ingress(?:ou|ámos|amos)"
        r"|junt(?:ou|ámos|amos)|integr(?:ou|ámos|amos))(?:-(?:se|nos))?"
        r"|(?:foi|fomos) (?:admitid|aceit|selecionad|escolhid)[oa]s?"
        r"|(?:passou|passámos|passamos) a (?:integrar|fazer parte))(?!\w)"
    ),
    joined_words=("quando",),
    # a repost's original date follows: "Originally published 5 September 2022"
    republished=r"\bpublicad[oa] (?:originalmente|pela primeira vez|inicialmente)\b",
    past_states=(
        r"(?:tinha|tinham|contava com|contavam com|somava|somavam|reunia|reuniam"
        r"|agrupava|integrava|abrangia|rondava|ultrapassava|alcançava|eram"
        r"|(?:estava|era) (?:formada|composta|integrada) por"
        # the preterite of a count's change: "Em 2022 entraram 77, e a rede chegou às 294"
        r"|chegou (?:a|às|aos)|alcançou|passou (?:a|para)|subiu (?:a|para)|ascendeu a)(?!\w)"
    ),
    earlier_date=(
        r"(?<!\w)(?:na época|naquela época|naquele momento|naquele ano|nesse ano"
        r"|àquela altura|naquela altura|nessa altura|na altura|à época|nessa época|então"
        r"|(?:nessa|naquela) ocasião"  # on that occasion
        # "Aquela ronda deixou Portugal com 14": that round, said before
        r"|(?:aquela|essa|naquela|nessa) (?:ronda|convocatória|edição|rodada|leva))(?!\w)"
    ),
    relative_dates={
        # "since February": a figure of it is current since then, so it dates none; it
        # is what "at the time" in a later sentence points back to
        "before_month": (r"antes de {month}(?! \d)",),  # the month before: "before December"
        "since_month": (r"desde {month}(?! de \d)",),
        # "two years earlier": counted back from the date said before it
        "years_before": (
            r"{years} anos antes",
            r"um ano antes",
        ),
        # "a year later": counted on from the date said before it
        "years_after": (
            r"{years} anos (?:depois|mais tarde)",
            r"um ano (?:depois|mais tarde)",
            r"no ano seguinte",
        ),
        # "poucos dias depois": the date said before
        "days_after": (r"(?:poucos|alguns|dois|três) (?:dias|semanas) (?:depois|mais tarde)",),
        # "two years ago": the year, counted back from the text's
        "years_ago": (
            # "há quase quatro anos": about as many years back
            r"há (?:(?:quase|cerca de|uns|mais de|pouco mais de) )?{years} anos",
            r"{years} anos atrás",
            r"há (?:(?:quase|cerca de|mais de|pouco mais de) )?um ano",
        ),
        "last_month": (r"no mês passado", r"o mês passado"),
        "last_year": (r"(?:em )?{month} do ano passado", r"(?:n)?o ano passado"),
        "this_year": (
            r"(?:em )?{month} (?:deste|do corrente) ano",  # "em março deste ano"
            r"em {month}(?! (?:de )?\d)",
            r"(?:n)?o (?:último|passado) (?:mês de )?{month}(?! (?:de )?\d)",
            r"(?:em )?{month} passado(?! (?:de )?\d)",
            r"(?:n|e)?o dia {day} de {month}(?! (?:de )?\d)",
            r"em {day} de {month}(?! (?:de )?\d)",
            # "no fim de agosto a rede tinha 115": a part of a month of the text's year
            r"(?:n[oa]|em) (?:fim|final|início|princípio|meados) de {month}(?! (?:de )?\d)",
        ),
    },
    origin_words=(
        r"(?:provenientes?|oriund[oa]s?|originári[oa]s?|vind[oa]s?|(?:que )?(?:vêm|provêm|chegam))"
        r" de",
    ),
    change_from=r"(?:passou|passa|passando|cresceu|aumentou|subiu) de",
    change_to=r"para",
    year_span=r"(?:entre|de|desde) (?:o )?{first} (?:e|a|até) (?:o )?{last}",
    # "425 membros, contra (os) 356 de 2024", "face aos 356": a comparison's start
    change_back=r"contra(?: as| os)?|face a(?:os|às)?|em comparação com(?: as| os)?",
    since_year=r"(?<!\w)desde (?:o (?:ano (?:de )?)?)?{year}",  # "desde o ano de 2013"
    # a joining since which the main clause's present state holds
    relative_pronouns=("que", "cujo", "cuja", "cujos", "cujas", "o qual", "a qual", "onde"),
    some_words=("vários", "várias", "alguns", "algumas", "muitos", "muitas", "a maioria"),
    first_ones=(r"\bprimeir[oa]s\b",),
    since_event=(
        r"(?<!\w)desde (?:a sua |a nossa |sua |nossa )?(?:adesão|entrada|admissão)"
        r"(?: (?:à|na) rede)? em {year},(?: [^,.;:]{1,40}?)? (?:tem|têm|é|são|trabalha"
        r"|trabalham|partilha|compartilha|faz)(?!\w)"
    ),
    future_cues=(
        r"(?:poderá|deverá|poderia|deveria|poderão|deverão) (?:alcançar|ultrapassar|chegar|ser)",
        r"(?:alcançará|ultrapassará|chegará a|seria|será a|será o|se tornará)",
        r"(?:somará|atingirá|passará a)(?!\w)",
        r"(?:aspira|pretende) (?:a )?(?:ser|tornar-se|alcançar)",
    ),
    size_linkers=("de", "com"),
    subset_words=("das quais", "entre as quais", "entre elas", "incluindo"),
    country_references=("do país", "nacionais", "total nacional"),
    weak_present=("já",),
    subject_pronouns=("elas", "eles", "estas", "essas", "esses"),  # "Vêm de 46 países"
    out_of=("de um total de", "num total de"),  # a country's count out of the total
    # "Antes deste anúncio, as cidades portuguesas eram 14": just before the news
    before_this=(
        r"(?<!\w)antes (?:(?:deste|desse|do) (?:anúncio|ingresso|reconhecimento)"
        r"|(?:desta|da) (?:(?:última|nova|mais recente) )?(?:ronda|rodada|convocatória|edição"
        r"|ampliação|seleção|lista))\b"
        # a named newcomer's arrival: "antes da chegada de Hanói"
        r"|(?<!\w)antes (?:da (?:chegada|entrada|adesão) d[eao]|de (?:[^\W\d_][\w.'\u2019-]*\s)"
        r"{1,4}(?:entrar|aderir)\b)"
    ),
    until_now=(
        r"(?<!\w)(?:até agora|até hoje|até então"
        # "até à semana passada", "até há poucos dias": just before the news
        r"|até (?:(?:à|a) semana passada|ao mês passado|o mês passado|ontem"
        r"|há (?:pouco|poucos dias|uma semana))"
        r")\b[^.!?;]{0,40}?(?<!\w)"
        r"(?:contava|tinha|reunia|agrupava|somava|integrava|eram|somavam|havia)(?!\w)"
        # the verb first: "A rede, que reunia até então 292 membros, conta agora com 356"
        r"|(?<!\w)(?:contava|tinha|reunia|agrupava|somava|integrava)"
        r" (?:até (?:então|agora|hoje))(?!\w)"
        # the members before the news: "às 15 portuguesas que já pertenciam à rede"
        # a figure "valid until last week": "O número de 356 cidades, válido até à semana
        # passada, ..."
        r"|(?<!\w)(?:válid[ao]|em vigor) até (?:à |a )?(?:semana passada|mês passado|ontem)(?!\w)"
        r"|(?<!\w)já (?:faziam parte|pertenciam|integravam|eram membros|estavam na rede)(?!\w)"
        # ... and those a city joins, named by their number: "O Fundão junta-se às quinze
        # portuguesas da rede" (fifteen before it; not "às outras": with it)
        r"|(?<!\w)(?:junta-se|soma-se|une-se|se junta|se soma|se une) (?:às|aos)"
        r"(?! outr[ao]s)(?!(?: \S+)? nov[ao]s)(?!\w)"
    ),
    # "Quando aderimos, a rede tinha 294 cidades": when the text's city joined
    joining_time=(
        r"(?<!\w)quando (?:aderimos|entramos|ingressamos|(?:a cidade |o município )?"
        r"(?:aderiu|entrou|ingressou))(?!\w)"
        r"|(?<!\w)(?:no momento d[ae]|aquando d[ae]|na (?:altura|época) d[ae]) (?:nossa|sua)"
        r" (?:adesão|entrada|admissão)(?!\w)"
        r"|(?<!\w)(?:tinha|havia) (?:aderido|entrado|ingressado|sido admitida)(?!\w)"
    ),
    national_networks=("rede nacional",),  # not "Rede Portuguesa": Educating Cities'
    result_connectors=("de modo que", "de forma que", "pelo que", "com o que", "de maneira que"),
    list_links=(
        r"\b(?:são|eram|é|foi|incluem|inclui|incluíam|entre elas|representad[ao] por)\b|:"
        # "a Rede em Portugal integra atualmente as cidades de A, B e C": the members, named
        # with their noun (not "integra também A e B": some, the others said before)
        r"|\bintegra(?:m|va)?(?: (?:atualmente|actualmente|hoje|agora))? (?:as|os)"
        r" (?:seguintes )?(?:cidades|municípios|concelhos)\b"
    ),
    list_partial=r"\b(?:inclu\w*|como|entre (?:elas|eles|outras)|fazem parte)",
    sole_words=r"\búnic[ao]\b",
    award_words=("premiadas", "premiados", "galardoadas", "galardoados"),
    zeros=Zeros(
        forms=(
            r"(?:nenhuma|nenhum) (?:(?:outra|nova) )?(?:cidade|município"
            r"|municipio|localidade)s? (?:(?:membro|aprendente|educadora) )?{demonym}(?!\w)",
            r"(?:nenhuma|nenhum) (?:cidade|município|municipio|localidade) (?:(?:membro) )?"
            r"(?:de |do |da |em |no |na ){country}(?!\w)",
        ),
        words=("nenhum",),
        owned=(
            # "o país não tem, ao que sei, nenhuma cidade": "o país", the one named before
            r"(?:{country}|{subject}) (?:(?:ainda) )?não (?:tem|tinha|possui|conta com|contava"
            r" com)(?:, [^,.;:!?]{{1,40}},)? (?:(?:ainda) )?"
            r"(?:nenhuma|nenhum) (?:cidade|município|municipio|membro)(?!\w)",
        ),
        owned_words=("nenhum",),
        members=("membro", "integr", "aderi", "ingress", "a rede", "gnlc", "junt", "parte"),
        still=(
            "ainda",
            "até agora",
            "até hoje",
            "até ao momento",
            "até o momento",
            "por enquanto",
        ),
        blockers=("prêmio", "prémio", "award", "premiad", "galardo"),
    ),
    how_many=r"quant[ao]s",
    repeat_articles=("os", "as"),
    fitting_words=(r"é o correto", r"está (?:mais )?certo", r"é (?:mais )?exato"),
    repeat_verbs=("fique com", "fiquem com", "mantenha", "usem"),
    repeat_markers=(
        r"que (?:eu )?(?:disse|mencionei|citei|dissemos|referi)",
        r"(?:mencionad[oa]s|citad[oa]s|referid[oa]s) (?:antes|acima)",
    ),
    country_questions=("e em", "e no", "e na", "e", "e quanto a"),
    label_links=("há", "havia"),
    now_totals={
        "hoje": (
            r"hoje (?:já )?são",
            r"hoje (?:já )?há",
        ),
        "agora": (
            r"agora (?:já )?são",
            r"agora (?:já )?há",
        ),
        "atualmente": (r"atualmente são",),
        "já": (
            r"já são",
            r"são já",
        ),
    },
    ask_links=("de", "do", "da"),
    answer_nows=("hoje", "agora"),
    answer_just=("apenas",),
    answer_ones=("uma",),
    answer_only=("única", "só"),
    answer_leads=("são", "eram", "foram", "há", "havia", "no total", "resposta:", "r:"),
    answer_words=("a resposta é",),
    question_words=("que", "qual", "quais", "quem", "onde", "quando", "por que", "porque"),
    alternatives=("ou",),
    added_words=("outras", "outros", "mais"),
    also_words=("também", "além", "ainda"),
    all_words=("todos os",),
    reached_words=("para", "chegando a", "elevando o total para", "num total de", "passando a"),
    count_followers=(
        "em",
        "a",
        "ao",
        "à",
        "de",
        "do",
        "da",
        "dos",
        "das",
        "desde",
        "após",
        "e",
        "ou",
        "com",
        "para",
        "por",
        "se",
        "foram",
        "são",
        "eram",
        "têm",
        "que",
        "este",
        "esta",
        "estes",
        "estas",
        "as",
        "os",
        "o",
        "no",
        "na",
        "nos",
        "nas",
        "hoje",
        "já",
        "então",
        "agora",
        "é",
        "era",
        "será",
        "serão",
        "seriam",
        "seria",
        "sido",
        "ser",
        "ainda",
        "só",
        "apenas",
    ),
    pronoun_parts=("delas", "deles"),
    count_clitics=(),
    pronoun_subjects=("foram", "são", "eram"),
    aside_list_openers=("com",),
    of_words=("de", "do", "da", "dos", "das"),
    joining_nouns=("entrada", "adesão", "admissão"),
    whose_words=("cuj[ao]s?",),
    network_of=("rede de",),
    other_calls=(r"(?:a|ao|à|para)?\s*(?:programa|prémio|prêmio|concurso)",),
    only_adjectives=("única", "único"),
    our_country=("nosso país",),
    opening_places=(r"(?:em|no|na) (?:(?:o|a) ?)?",),
    negations=("não", "nem"),
    passive_auxiliaries=("sido", "foram"),
    admitting_verbs=("admitiu", "acolheu", "incorporou"),
    list_ends=("a", "com", "e", "de", "da"),
    aside_articles=("o", "os", "a", "as"),
    aside_nouns=("cidade", "capital"),
    before_verb_words=("são", "se", "também", "oficialmente", "feito", "por", "da"),
    subordinators=("quando", "desde que"),
    time_openers=("no ano passado", "ontem", "hoje"),
    year_prepositions=("em", "no"),
    numbered_articles=("as", "os", "estes"),
    numbered_years=("este", "esta", "em", "no"),
    both_forms=(
        r"(?:ambos|ambas|as duas|os dois)\s+(?:(?:os|as)\s+)?(?:municípios|cidades|localidades)",
    ),
    into_the_network=(r"(?:a|na|à)\s+(?:a\s+)?rede",),
    the_others=(r"(?:às|aos|as|os)\s+(?:outras|outros)?",),
    region_nouns=("região",),
    got_verbs=(
        "obteve",
        "obtém",
        "conseguiu",
        "recebeu",
        # past verbs of adding say the share of one round: "a África somou sete cidades"
        "somou",
        "emplacou",
        "ganhou",
        "colocou",
        "somaram",
        "obtiveram",
    ),
    placed_verbs=("ganha", "ganham", "emplaca", "emplacam", "soma", "envia", "obtêm"),
    share_verbs=("emplaca", "emplacam", "emplacou", "coloca", "colocam", "colocou"),
    side_words=("lado",),
    where_words=("onde",),
    country_articles=("o", "a", "os", "as"),
    network_nouns=("rede",),
    demonstratives=("essas", "esses", "estes"),
    into_words=("na", "no", "a"),
    part_words=("dessas", "desses", "delas", "deles"),
    part_before_words=("d(?:os|as) quais",),
    whole_openers=("das", "dos", "destas", "destes", "entre (?:as|os|estas|estes)"),
    elided_ends=("e", "a", "após", "desde", "da", "de", "no", "na"),
    network_places=("na", "no"),
    time_prepositions=("depois", "antes", "até", "ate", "após", "desde"),
    that_words=("que",),
    part_openers=("entre elas", "das quais", "dentre elas", "dos quais"),
    of_them_cities=("dessas", "delas"),
    of_them_others=("desses", "deles"),
    joined_ends=("e", "em", "delas", "deles"),
    name_tail_words=("de", "da", "do"),
    having_adverbs=("já", "hoje", "agora", "então", "assim", "sozinho", "sozinha", "por si só"),
    one_words=("outro", "outra"),
    stated_followers=("e", "a", "após", "desde", "da", "de", "no", "na", "em", "depois", "antes"),
    document_figures=(r"(?:uns|um|o|os|a)\s+(?:números?|cifras?)",),
    not_name_words=("seu", "sua", "o", "os", "as"),
    setting_words=("foi", "em", "e", "no", "ao", "de", "do", "da"),
    list_nouns=(r"(?:lista|balanço)(?: (?:de|das|dos) (?:membros|cidades))?(?: atualizad[oa])?",),
    bounding_words=("até", "desde", "de", "a"),
    percent_words=(r"por\s?cento",),
    money_words=("euros?", "dólares", "reais"),
    glue_words=("a", "de"),
    coordinated_articles=("a", "o"),
    rank_place_articles=("o", "a"),
    rank_place_links=(r"(?:de|da|do)\s*(?:o\s+)?",),
    subject_count_ends=("e", "sobre", "de", "da", "com", "entre"),
    apposition_indefinites=("uma?",),
    apposition_definites=("o",),
    day_suffixes=("º",),
    indefinite_articles=("um", "uma"),
    region_openers=(r"em ", r"n[oa] ", r"neste ", r"para (?:o |a )?"),
    continents=("continente",),
)
