"""English."""

from __future__ import annotations

from fractions import Fraction

from lcnet.extract.lang import Correction, Language, Role, Unit, Zeros
from lcnet.extract.lang.places_en import COUNTRY_NAMES, DEMONYMS, REGIONS
from lcnet.model import Qualifier as Q

_UNITS_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORDINAL_WORDS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]

LANGUAGE = Language(
    code="en",
    # lcnet.extract.ranks: the text's own city as a rank's subject, a rank's year
    self_subjects="(?:the|our) (?:municipality|town|city)",
    rank_year_prepositions=("in",),
    # lcnet.extract.elliptic: 'only' before a count whose noun is left out
    only_placed=("only", "just"),
    # lcnet.extract.joining: the article before a member's rank after its name
    apposed_articles=("the", "its"),
    # lcnet.extract.predicates: what may follow a count that ends its clause
    count_ends=("and", "in", "by", "since", "from", "of", "at", "as", "across", "worldwide"),
    clock_words=r"hrs?\b|o['\u2019]clock|[ap]\.?m\b",
    # lcnet.extract.hypothetical: a figure denied
    answer_no=("no", "nope"),
    denial_links=("and",),
    denial_words=("not",),
    verdict_words=("true", "false", "mostly true", "misleading"),
    denied_sayings=(
        r"stop (?:saying|repeating|writing|claiming)",
        r"quit (?:saying|repeating|claiming)",
    ),
    doubt_questions=(
        "is that right",
        "is that true",
        "is that correct",
        "is that so",
        "is this right",
        "is this true",
        "is this correct",
        "is it true",
        "is it right",
        "is that accurate",
        "which figure should we use",
        "which figure is right",
        "which figure is correct",
        "which number should we use",
        "which number is right",
        "which one is right",
        "which is right",
        "which is correct",
        "true",
        "right",
    ),
    rejection_words=(
        "an error",
        "a mistake",
        "a typo",
        "is wrong",
        "was wrong",
        "are wrong",
        "incorrect",
        "not correct",
        "not right",
        "not true",
        "never true",
        "never been",
        "mistaken",
    ),
    # lcnet.extract.origins: a group of newcomers named by a noun of its own
    group_nouns=("cohort", "intake", "batch"),
    # lcnet.extract.newcomers: parts of an intake by place
    among_words=("among",),
    place_articles=("the",),
    region_words=("region of", "region"),
    part_connectors=("in", "to"),
    copula_adverbs=("now",),
    # lcnet.extract.ranks: a plural verb before two members' ranks
    plural_rank_verbs=("are", "were", "became", "become"),
    # lcnet.extract.historic: the next sentence says what the figure was
    that_figure="that (?:is|was|'s) the (?:figure|number|count|total)|that figure (?:is|was)",
    # lcnet.extract.openings: parts of an intake opening their sentence
    these_countries="of (?:these|those) countries",
    of_them="of (?:them|these)",
    of_them_words=("of them", "of these"),
    cue_stems=("first", "capita"),
    # lcnet.extract.closing_counts: a country's count closing its clause
    superlative_words=("the most", "largest number", "highest number"),
    closing_subject_adverbs=("now", "also"),
    closing_number_adverbs=("now", "already", "also", "too", "still"),
    # lcnet.extract.elliptic: totals stated by a noun of counting, answers
    answer_sources="according to",
    stated_determiners=(
        "(?:the|its|their|that|this)(?: (?:official|exact|correct|current|overall))?"
    ),
    stated_nouns=(
        "(?:total|figure|count|number|tally)(?: (?:now|then|today|currently|still))? (?:is"
        "|was|stands at|stood at|sits at|sat at|came to|comes to|reached|rose to|is now"
        "|was then|has reached|has risen to|had reached)"
    ),
    stated_keys=("total", "number", "count", "tally", "figure"),
    stated_after=(
        " (?:was|is) (?:then |now |still )?the (?:official |exact |correct "
        "|current )?(?:figure|total|count|number)"
    ),
    # lcnet.extract.elliptic: counts whose noun is left out
    plural_ends=("s",),
    having_verbs=(
        "has",
        "had",
        "counts",
        "reached",
        "rose to",
        # "Korea on its own accounts for 59", "the network is at 450 now"
        "accounts for",
        "is at",
        "stands at",
        "sits at",
    ),
    having_now=("has", "counts", "is at", "stands at", "sits at"),
    having_country="the country",
    # lcnet.extract.corrected: the figures a correction set
    correction=Correction(
        words=r"(?:correct\w*|revis\w*|figures?)",
        links=r"(?:to|at)",
        starts=("correct", "revis", "figure"),
        conjunctions=r"and",
    ),
    stopwords=frozenset(
        [
            "the",
            "and",
            "of",
            "with",
            "has",
            "have",
            "is",
            "are",
            "was",
            "from",
            "which",
            "that",
            "this",
            "its",
        ]
    ),
    number_words={w: i for i, w in enumerate(_UNITS_WORDS)}
    | {w: 20 + 10 * i for i, w in enumerate(_TENS_WORDS)}
    | {"a dozen": 12, "dozen": 12},
    approximate_numbers=("dozen",),  # "a dozen British cities": about twelve
    multipliers={"hundred": 100},
    scales={
        "thousand": 1_000,
        "million": 10**6,
        "millions": 10**6,
        "billion": 10**9,
        "lakh": 10**5,  # Indian numbering: "3.9 lakh", "39 crore"
        "lakhs": 10**5,
        "crore": 10**7,
        "crores": 10**7,
    },
    scale_suffixes={"m": 10**6, "mn": 10**6, "bn": 10**9},  # "500m citizens"
    fractions={"half a": Fraction(1, 2), "a quarter of a": Fraction(1, 4), "a": Fraction(1)},
    number_joiners=("and",),
    decimal_mark=".",
    marks=("the mark of", "the threshold of", "the milestone of", "the barrier of"),
    mark_articles=("the",),
    world_words=(
        "worldwide",
        "world-wide",
        "around the world",
        "across the world",
        "around the globe",
        "across the globe",
        "globally",
        "in the world",
        "of the world",
        "on the planet",
        "across the planet",
    ),
    mark_verbs={
        **dict.fromkeys(
            (
                "passed",
                "passes",
                "passing",
                "crossed",
                "crosses",
                "crossing",
                "surpassed",
                "surpasses",
                "broke",
                "broken",
                "breaks",
                "topped",
                "tops",
                "exceeded",
                "exceeds",
                "past",
                "beyond",
                "above",
                "over",
                "cleared",
            ),
            Q.MORE_THAN,
        ),
        **dict.fromkeys(
            ("approaching", "approaches", "approached", "nearing", "nears", "near"), Q.NEARLY
        ),
        **dict.fromkeys(("below", "under"), Q.FEWER_THAN),
    },
    # "only", "sole": one ("Lausanne is Switzerland's sole member city")
    ordinals={w: i + 1 for i, w in enumerate(_ORDINAL_WORDS)} | {"only": 1, "sole": 1},
    ordinal_digits=r"(?P<n>\d{1,3})(?:st|nd|rd|th)",
    ordinal_after_unit=False,
    qualifiers={
        "more than": Q.MORE_THAN,
        "more": Q.MORE_THAN,  # "over 225 cities in more 60 countries": its "than" dropped
        "over": Q.MORE_THAN,
        "just over": Q.MORE_THAN,
        "well over": Q.MORE_THAN,
        "upwards of": Q.MORE_THAN,
        "in excess of": Q.MORE_THAN,
        "at least": Q.AT_LEAST,
        "no fewer than": Q.AT_LEAST,
        "no less than": Q.AT_LEAST,
        "about": Q.ABOUT,
        "around": Q.ABOUT,
        "some": Q.ABOUT,
        "approximately": Q.ABOUT,
        "roughly": Q.ABOUT,
        "an estimated": Q.ABOUT,
        "nearly": Q.NEARLY,
        "almost": Q.NEARLY,
        "close to": Q.NEARLY,
        "nearer": Q.ABOUT,  # "the list was nearer 130 now"
        "nearer to": Q.ABOUT,
        "closer to": Q.ABOUT,
        "more like": Q.ABOUT,  # "ours is more like the 180 I said"
        "just under": Q.NEARLY,
        "fewer than": Q.FEWER_THAN,
        "less than": Q.FEWER_THAN,
        "under": Q.FEWER_THAN,
        "up to": Q.AT_MOST,
        "at most": Q.AT_MOST,
        "no more than": Q.AT_MOST,
        "surpassed": Q.MORE_THAN,  # a verb of passing
        "has passed": Q.MORE_THAN,
        "crossed": Q.MORE_THAN,
        "nearing": Q.NEARLY,  # a verb of approaching, before a threshold (marks) too
        "approaching": Q.NEARLY,
        "moved past": Q.MORE_THAN,
        "surpasses": Q.MORE_THAN,
        "surpassing": Q.MORE_THAN,
        "exceeds": Q.MORE_THAN,
        "exceeded": Q.MORE_THAN,
        "exceeding": Q.MORE_THAN,
        "topped": Q.MORE_THAN,
        "tops": Q.MORE_THAN,
        "passed": Q.MORE_THAN,  # "by August 2016 it had passed 100 members"
        "gone past": Q.MORE_THAN,
        "went past": Q.MORE_THAN,
        # what speakers and local papers say: "something like two hundred towns", "the
        # best part of 300 cities", "north of 400 members"
        "something like": Q.ABOUT,
        "in the region of": Q.ABOUT,
        "in the order of": Q.ABOUT,
        "on the order of": Q.ABOUT,
        "roughly about": Q.ABOUT,
        "the best part of": Q.NEARLY,
        "getting on for": Q.NEARLY,
        "close on": Q.NEARLY,
        "nigh on": Q.NEARLY,
        "just shy of": Q.NEARLY,
        "a little under": Q.NEARLY,
        "slightly under": Q.NEARLY,
        "slightly fewer than": Q.FEWER_THAN,
        "well under": Q.FEWER_THAN,
        "north of": Q.MORE_THAN,
        "a little over": Q.MORE_THAN,
        "a little more than": Q.MORE_THAN,
        "slightly more than": Q.MORE_THAN,
        "slightly over": Q.MORE_THAN,
        "comfortably over": Q.MORE_THAN,
        "comfortably more than": Q.MORE_THAN,
        "significantly more than": Q.MORE_THAN,
        "considerably more than": Q.MORE_THAN,
        "far more than": Q.MORE_THAN,
        # a bound said as a place on a scale: "well past 450 cities now", "just beyond 400
        # members", "a touch over 200", "well above 350", "just below 300"
        **dict.fromkeys(
            (
                "past",
                "well past",
                "just past",
                "comfortably past",
                "beyond",
                "well beyond",
                "just beyond",
                "above",
                "well above",
                "just above",
                "a touch over",
                "a shade over",
                "well north of",
                "well in excess of",
            ),
            Q.MORE_THAN,
        ),
        **dict.fromkeys(
            (
                "just below",
                "a shade under",
                "a touch under",
                "not quite",
                "shy of",
                "the better part of",
                "not far off",
                "pushing",
            ),
            Q.NEARLY,
        ),
        **dict.fromkeys(("below", "well below", "south of"), Q.FEWER_THAN),
    },
    qualifiers_after={
        "or more": Q.AT_LEAST,
        "and more": Q.AT_LEAST,
        "plus": Q.MORE_THAN,
        "or so": Q.ABOUT,  # "200 or so cities"
        "odd": Q.ABOUT,  # "200 odd cities" ("200-odd" is read with its number)
    },
    addition_after=("more",),
    addition_before=("another",),
    other_before=(),
    unit_linkers=("of the",),  # a part of a count: "accounted for nine of the new members"
    population_heads=(r"population",),  # "the combined population was put at 310 million"
    units={
        "locations": Unit.CITY,  # a place word: the network's only beside a verb of joining
        "cities": Unit.CITY,
        "member cities": Unit.CITY,
        "learning cities": Unit.CITY,
        # the network's acronym as a count noun: "one of 64 GNLCs from 35 countries"
        "gnlcs": Unit.CITY,
        "municipalities": Unit.CITY,
        "towns": Unit.CITY,  # "three Indian towns to join", "294 cities and towns"
        "cities and towns": Unit.CITY,
        "local governments": Unit.CITY,
        "local authorities": Unit.CITY,  # British usage: "three local authorities joined"
        "councils": Unit.CITY,  # "Two councils we work with are drafting applications"
        "members": Unit.MEMBER,
        # a chronicle's line: "2 September 2022: 77 admissions, the network reaches 294"
        "admissions": Unit.MEMBER,
        "new admissions": Unit.MEMBER,
        # a threshold after its number: "passed the 400 mark", "the 400-member mark"
        "mark": Unit.MEMBER,
        "member mark": Unit.MEMBER,
        "city mark": Unit.MEMBER,
        "milestone": Unit.MEMBER,
        "member milestone": Unit.MEMBER,
        "barrier": Unit.MEMBER,
        "threshold": Unit.MEMBER,
        "others": Unit.OTHERS,
        "countries": Unit.COUNTRY,
        "countries and territories": Unit.COUNTRY,
        "nations": Unit.COUNTRY,
        "member states": Unit.COUNTRY,
        "localities": Unit.CITY,
        "counties": Unit.CITY,
        "provinces": Unit.CITY,
        "newcomers": Unit.CITY,
        "new arrivals": Unit.MEMBER,  # "The new arrivals come from 46 countries"
        "new entrants": Unit.MEMBER,  # "welcomed 72 new entrants, 11 of them capitals"
        "new additions": Unit.MEMBER,
        "new joiners": Unit.MEMBER,
        "places": Unit.CITY,
        "urban centres": Unit.CITY,
        "urban centers": Unit.CITY,
        "entries": Unit.CITY,  # "three Kenyan entries were admitted", "entries from 44 countries"
        "representatives": Unit.CITY,  # "Two Vietnamese representatives enter the network"
        "citizens": Unit.CITIZEN,
        "people": Unit.CITIZEN,
        "inhabitants": Unit.CITIZEN,
        "residents": Unit.CITIZEN,
        "learners": Unit.CITIZEN,  # "some 500 million learners" in the network's cities
        "capitals": Unit.CAPITAL,
        "capital cities": Unit.CAPITAL,
    },
    singular_units={
        "city": Unit.CITY,
        "member city": Unit.CITY,
        "learning city": Unit.CITY,
        "municipality": Unit.CITY,
        "town": Unit.CITY,
        "locality": Unit.CITY,
        "member": Unit.MEMBER,
        "country": Unit.COUNTRY,
    },
    modifiers_before={
        "award-winning": Role.AWARDED,  # "10 award-winning cities"
        "prize-winning": Role.AWARDED,
        "new": Role.NEW,
        "newly admitted": Role.NEW,
        "newly designated": Role.NEW,
        "additional": Role.NEW,
        "more": Role.NEW,
        "other": Role.OTHER,
        "member": Role.MEMBER,
        "learning": Role.LEARNING,
        "unesco": Role.PLAIN,
        "unesco learning": Role.LEARNING,
        "gnlc": Role.LEARNING,  # the network named between number and unit: "the 229 GNLC
        "unesco gnlc": Role.LEARNING,  # member cities", "the 173 UNESCO GNLC members"
        # the full name too: "the 173 UNESCO Global Network of Learning Cities (GNLC)
        # members", "its 425 Global Network of Learning Cities member cities"
        "unesco global network of learning cities": Role.LEARNING,
        "unesco global network of learning cities (gnlc)": Role.LEARNING,
        "global network of learning cities": Role.LEARNING,
        "global network of learning cities (gnlc)": Role.LEARNING,
        "global learning": Role.LEARNING,
        "first-time": Role.FIRST_TIME,
        "first time": Role.FIRST_TIME,
        "capital": Role.CAPITAL,
        "national": Role.PLAIN,  # "11 national capitals"
        "participating": Role.MEMBER,
        "different": Role.PLAIN,
        "active": Role.MEMBER,
        "newly added": Role.NEW,
        "newly joined": Role.NEW,
        "newly accepted": Role.NEW,
        "newly selected": Role.NEW,
        "newly named": Role.NEW,
        "newly recognised": Role.NEW,
        "newly recognized": Role.NEW,
        "recently admitted": Role.NEW,
        "recently added": Role.NEW,
    },
    modifiers_after={},
    demonyms=DEMONYMS,
    country_names=COUNTRY_NAMES,
    regions=REGIONS,
    place_connectors=(
        "covering",
        "that cover",
        "which cover",
        "that span",
        "which span",
        "in",
        "of",
        "from",
        "across",
        "spanning",
        "representing",
        "within",
        "spread over",
        "spread across",
        "located in",
        "based in",
        "scattered across",
        # "The 425 members are distributed over 91 countries"
        "distributed over",
        "distributed across",
        "distributed among",
        "spread among",
    ),
    possession_words=(
        "also",  # "Vietnam also has four member cities": adverbs of the verb
        "until",  # "Brazil had until now five member cities": "until now" after the verb
        "rises",
        "reaches",  # "Colombia reaches ten"
        "reached",
        "rose",
        "climbs",
        "climbed",
        "grows",
        "grew",
        "goes",
        "went",
        "moves",
        "moved",
        "to",
        "represented",  # "Kenya is represented by three members"
        "by",
        "with",  # "Germany is still represented with four cities"
        "remains",
        "is",
        # a row's or a line's label: "| Viet Nam's member cities | 6 |"
        "member",
        "members",
        "cities",
        "learning",
        "cities:",
        "members:",
        "thus",
        "therefore",
        "so far",
        "only",
        "just",
        "now",
        "currently",
        "already",
        "still",
        "also",  # "Neighbouring Qatar also has eight"
        "likewise",
        "alone",  # "Korea alone has probably over 20 members": hedges and focus
        "probably",
        "likely",
        "perhaps",
        "maybe",
        "reportedly",
        "has",
        "have",
        "had",
        "counts",
        "counted",
        "lists",  # "the Korean national commission lists 40 member cities"
        "listed",
        "boasts",
        "is home to",
        "a total of",
        "in total",
        "total",
        "of",
        "there are",
        "now has",
        "has got",
        "added",
        "has added",
        "gained",
        "has gained",
        "will have",
        "alone",  # "South Korea alone now has"
        "whose",  # "Viet Nam, whose two members are ..."
        # "Portugal, which now counts six member municipalities": the relative clause's
        # verb is the country's
        "which",
        "that",
        "accounts for",
        "accounted for",
        "first",  # "Viet Nam's first two members"
    ),
    network_names=(
        r"global network of learning cities",
        r"global learning cities network",
        r"learning cities network(?!s)",
        r"network of (?:unesco )?learning cities",
        # a headline's short name: "13 new African cities join UNESCO's global learning
        # network"
        r"unesco(?:'|\u2019)s global learning network",
        # not the award, a programme of its own ("the UNESCO Learning City Award")
        r"learning cit(?:y|ies)(?! networks? \(lcn\)| networks? programme|[- ]awards?\b)",
        r"gnlc",
    ),
    network_references=(
        r"(?:the|this|that|unesco(?:'|\u2019)s|its|our|a|an) (?:(?:global|international|unesco"
        r"|enlarged|expanded|growing|wider|larger|learning[- ]cities|learning|worldwide) )*"
        r"network\b",
        r"\bit (?:now |still |already |then )?(?:has|had|counts|counted|includes|included"
        r"|comprises|comprised|numbers|numbered|spans|spanned|covers|covered|brings together"
        r"|brought together|unites|united|connects|connected)\b",
        r"\bits (?:membership|members|member cities)\b",
    ),
    other_networks=(
        r"cittaslow",  # the international league of small towns
        r"creative cit(?:y|ies)",
        r"network of creative cities",
        r"\buccn\b",
        r"pascal(?:'s|\u2019s)?(?: international observatory)?",
        r"learning cities networks",
        r"national (?:network of learning cities|learning cit(?:y|ies) network)",
        r"educating cities",
        r"healthy cities",
        r"age-friendly (?:cities|communities)",
        r"child-friendly cities",
        r"\blcn\b",
        r"global geoparks network",
        r"smart cities network",
        r"healthy cities",
        r"age-friendly cities",
        r"child[- ]friendly cities",
        r"cities for peace",
        r"mayors for peace",
        r"sister cities",
        r"eurocities",
        r"\bc40\b",
        r"inclusive and sustainable cities",
        r"inclusive municipalities",  # the Canadian coalition of UNESCO's ICCAR
        r"\biccar\b",
        r"associated schools",
        r"\baspnet\b",
        # a body set apart from the one just named: "one of 116 cities in that separate
        # network", "No. That is a separate UNESCO programme with around 400 members"
        # (each form led by a literal word: names are found from their anchors)
        r"separate (?:unesco )?(?:network|programme|program|scheme)\b",
        r"distinct (?:unesco )?(?:network|programme|program|scheme)\b",
        r"different (?:unesco )?(?:network|programme|program|scheme)\b",
        r"another (?:unesco )?(?:network|programme|program|scheme)\b",
        r"that other (?:network|programme|program|scheme)\b",
    ),
    other_programmes=(
        r"world heritage",
        r"intangible (?:cultural )?heritage",
        r"memory of the world",
        r"biosphere reserves?",
        r"geoparks?",
        r"learning cit(?:y|ies) awards?",
        r"national (?:lifelong )?learning cit(?:y|ies)",
        r"korea(?:'|\u2019)s (?:lifelong )?learning cit(?:y|ies)",
        r"korean (?:lifelong )?learning cit(?:y|ies)",
        r"chinese (?:lifelong )?learning cit(?:y|ies)",
        r"japanese (?:lifelong )?learning cit(?:y|ies)",
        r"lifelong learning cit(?:y|ies) (?:programme|program|project|scheme)",
        # a country's own designations: "Korea has been designating its own lifelong
        # learning cities since 2001", "designated as the first lifelong learning city"
        r"(?:its|their) own (?:national )?(?:lifelong )?learning cit(?:y|ies)",
        r"designat(?:es|ed|ing) (?:as )?(?:a |an |the )?(?:first |national )?lifelong "
        r"learning cit(?:y|ies)",
        # a country's own title or seal: "more than 190 cities and counties hold the
        # national title" (of lifelong learning city or any other)
        r"(?:hold|holds|held|bear|bears|carry|carries|have|has) (?:the|a|this|that|their) "
        r"national (?:titles?|labels?|seals?|designations?)",
    ),
    elsewhere=(
        r"related news",
        r"related articles?",
        r"related stories",
        r"related posts",
        r"read more",
        r"read also",
        r"read next",
        r"most read",
        r"most viewed",
        r"most popular",
        r"see also",
        r"more news",
        r"more stories",
        r"you (?:may|might) also like",
        r"recommended for you",
        r"latest news",
        r"trending now",
    ),
    bare_count_before=r"to|reach(?:es|ed)|reaching|totall?(?:ing|ed)|totals|now",
    compound_units={
        "city": Unit.CITY,
        "member": Unit.MEMBER,
        "country": Unit.COUNTRY,
        "nation": Unit.COUNTRY,
        "strong": Unit.MEMBER,  # "the 425-strong network"
    },
    compound_network=r"(?:unesco\s+|global\s+|learning[- ]cities\s+)*(?:network|gnlc)\b",
    group_cues=(
        r"\bjoin(?:s|ed|ing)?(?= (?:the |a |some |more than |over |nearly |about |almost "
        r"|around |roughly |something like |well over |just over |close to )?"
        r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine) hundred))",
        # "we were one of 229 cities": the group, whatever joined in the clause before
        r"\bone of(?= (?:the |some |more than |over |nearly |about |almost )?\d)",
    ),
    cumulative_cues=(
        r"\balready (?:joined|been members|were members)\b",
        r"\b(?:were|are|was|had been|have been) already (?:members|in the network)\b",
        r"\b(?:had|have) (?:already )?joined (?:earlier|previously|before)\b",
        r"\bsince (?:its|the network(?:'|\u2019)s|the gnlc(?:'|\u2019)s|the) (?:launch|creation"
        r"|establishment|founding|inception|start|beginning)\b",
        r"\bso far\b",
        r"\bto date\b",
        r"\bcurrently\b",
        # "By August 2016 more than 100 cities had joined": all that joined until then
        r"\bby (?:the end of |late |early |mid-)?(?:[a-z]+ )?(?:19|20)\d\d\b",
    ),
    subset_cues=(
        r"\bamong (?:them|these|those|the (?:new|latest|newest)(?: members| cities"
        r"| entrants)?)\b",
        r"\bof (?:them|these|which)\b",
        r"\bincluding\b",
        # "The list includes two Thai cities": the list an intake named before
        r"\b(?:on|in) the list\b(?! of (?:all )?(?:the )?members)",
        r"\bthe list (?:includes|features|contains)\b",
    ),
    asked_of_network=(
        "network",
        "gnlc",
        # "How many people live in UNESCO learning cities?", "in these cities", "in its
        # member cities": the network's, on a page about it
        r"(?:unesco |the )?learning cities",
        r"(?:these|those|its|their|the) (?:member )?cities",
        "member cities",
    ),
    network_adverbials=(
        r"in the (?:unesco )?(?:network|gnlc)",
        r"in the (?:unesco )?global network of learning cities(?: \(gnlc\))?",
    ),
    qualifier_blockers=(
        "spread",
        "spreading",
        "scattered",
        "distributed",
        "dispersed",
        "stretches",  # "the network stretches over 91 countries"
        "stretched",
        "stretching",
        "extends",
        "extended",
        "extending",
    ),
    blocker_gaps=("now", "today", "already"),
    elided_one_of=("one of ", "one of the "),
    elided_among=("among ", "among the "),
    # "one of the 72 chosen this year": the round's chosen, the noun left out
    elided_after=(
        # (not the chosen of a grant: "one of the 30 selected for the fellowship")
        r"(?P<new>to be admitted|admitted|to join|joining|chosen|selected|newly admitted)\b"
        r"(?!\s+(?:for|as)\b)"
        r"|(?=is\b)"
    ),
    elided_capital="capital",
    elided_count_nouns=("cities", "members", "towns"),
    fronted_with=("with",),
    fronted_links=r"\s*,\s*(?:the\s+)?",
    before_dates=("until", "till", "before", "prior to", "up to", "up until"),
    number_range=("between {low} and", "{low} to"),
    number_range_not_after=("from", "by"),  # "grew from 356 to 425", "rose by 35 to 64": changes
    unit_roles={
        "learners": (Role.WEAK,),  # people as learners: after the network's name
        "locations": (Role.WEAK,),
        "member states": (Role.WEAK,),
        "localities": (Role.WEAK,),
        "counties": (Role.WEAK,),
        "provinces": (Role.WEAK,),
        "representatives": (Role.WEAK,),
        "urban centres": (Role.WEAK,),
        "urban centers": (Role.WEAK,),
        "places": (Role.WEAK,),  # "one of 77 places in 44 countries to join": with a verb
        "councils": (Role.WEAK,),  # "a survey of 62 councils": a country's
        "local authorities": (Role.WEAK,),
        "mark": (Role.WEAK, Role.MARK),
        "member mark": (Role.WEAK, Role.MARK),
        "city mark": (Role.WEAK, Role.MARK),
        "milestone": (Role.WEAK, Role.MARK),
        "member milestone": (Role.WEAK, Role.MARK),
        "barrier": (Role.WEAK, Role.MARK),
        "threshold": (Role.WEAK, Role.MARK),
        "newcomers": (Role.NEW,),
        "admissions": (Role.NEW, Role.WEAK),
        "new admissions": (Role.NEW, Role.WEAK),
        "new arrivals": (Role.NEW,),
        "new entrants": (Role.NEW,),
        "new additions": (Role.NEW,),
        "new joiners": (Role.NEW,),
    },
    negative_subjects=(
        r"association",
        # a ministry's national designations: "the Ministry of Education has designated 180"
        r"ministry of education[^.]{0,40}(?:designated|recognized|recognised|certified)",
        # (not a club of cities: "we join a club of almost 300 cities" is the body the
        # city joins, said as "a network of" is)
        r"club(?! of (?:more than |over |almost |nearly |some |about )?\d[\d\s,]*"
        r" (?:cities|towns|municipalities|members)\b)"
        # nor a club whose own clause counts its cities: "the club now counts 425 cities"
        r"(?![^.;:!?]{0,40}?\d[\d\s,]* (?:cities|towns|municipalities)\b)",
        r"trade union",
        r"\bunion\b",
        r"federation",
        r"\bparty\b",
        r"league",
        r"cooperative",
        r"alliance",
        r"chamber of commerce",
    ),
    list_spans=("between",),  # "tra Fermo e Lucca": two ends, not a list
    negative_governors=(),
    intake_cues=(
        r"\bmakes? (?:its|their) debut\b",
        r"\bmade (?:its|their) debut\b",
        r"\bjoin(?:s|ed|ing)?\b",
        # not the noun's modifier: "the welcome flyer says we are one of 229 cities"
        r"\bwelcom(?:e|es|ed|ing)\b(?! (?:flyer|leaflet|pack|letter|desk|cent(?:re|er)|event"
        r"|speech|message|day|week|ceremony|reception|sign|banner|board|note|address|video"
        r"|page|brochure|booklet|kit)s?\b)"
        # nor a host's: "Ireland's two member cities welcome the network", "welcomes the
        # conference delegates"
        r"(?! (?:the |a |an |this |our |its |their )?(?:\w+ )?(?:network|conference|meeting"
        r"|forum|summit|event|congress|festival|seminar|workshop|assembly|delegation|delegates"
        r"|participants|experts|guests|visitors|mayors|world)s?\b)",
        r"\badmit(?:s|ted|ting)?\b",
        r"\badd(?:s|ed|ing)?\b",
        r"\baddition of\b",
        r"\bbec(?:ame|ome|omes|oming) (?:members|part)\b",
        r"\b(?:were|was|have been|has been|are|is|be|being) (?:named|designated|recogni[sz]ed"
        r"|accepted|selected|admitted|included|inducted|enlisted|enrolled|approved)\b"
        # "was selected to host the conference": a role, not membership
        r"(?! to (?:host|lead|chair|organi[sz]e|co-?ordinate|represent|present|speak)\b)",
        # the active verb over the applications: "UNESCO accepted the applications of 64
        # cities" (lcnet.extract.metric._applications_of: the count they head is an intake)
        r"\b(?:approved|accepted|approves|accepts) (?:the |their |its )?(?:applications?"
        r"|candidac(?:y|ies)|bids?)\b",
        r"\b(?:gained|gains|earned|earns|won|wins|obtained|obtains|granted|received) (?:the )?"
        r"(?:membership|status|title)\b",
        r"\brecogni[sz](?:es|ed|ing)\b",
        r"\bnam(?:es|ed|ing)\b(?! (?:as )?to (?:host|lead|chair|organi[sz]e|co-?ordinate|represent"
        r"|present|speak)\b)",
        r"\bintake\b",
        # the active forms of the passive "were enrolled": "thirteen cities have now also
        # enrolled", "another thirteen have signed up to the network"
        r"\benroll?(?:s|ed|ing)\b",
        r"\bsign(?:s|ed|ing)? up\b",
        r"\bnewcomers\b",
        r"\barriv(?:es|ed|ing) with\b",  # "The Netherlands arrives with two cities"
        r"\b(?:latest|newest) (?:members|cities|intake|cohort)\b",
        r"\bannounc(?:es|ed|ing) (?:the )?(?:new|latest|newest)\b",
        r"\bent(?:er|ers|ered|ering)\b",
        # "brings 72 cities into the network": the words before the network's name only
        r"\binto (?:the|this|that|its|our)\b(?= (?:[\w'-]+ ){0,4}(?:network|gnlc)\b)",
        r"\bnew (?:entrants|arrivals|additions)\b",
        # "Three Indian towns make UNESCO's learning cities list": a list's intake
        # (the verb alone: the words after it may be the network's name)
        r"\bma(?:ke|kes|de|king)(?= (?:it (?:on)?to )?(?:the |a |unesco(?:'|\u2019)s )?"
        r"(?:[\w-]+ ){0,3}list\b(?! of\b))",
    ),
    total_cues=(
        # "had risen to 229 members": a change to a total
        r"\b(?:rose|risen|rising|rises|grew|grown|growing|grows|increased|increases|climbed"
        r"|climbs|jumped|jumps|went up|goes up) to\b",
        r"\bnetwork of\b",
        # a body the city enters, as "network of": "joins a community of more than 150
        # cities", "a select group of 49 cities", "a family of 425 learning cities"
        r"\b(?:group|community|family) of\b",
        # not "has become one of two British cities admitted": a copula, the verb after says
        r"\b(?:now |currently |today )?(?:(?:has|have|had)(?! become\b)|counts|counted|includes"
        r"|included|comprises|comprised|consists of|consisted of|numbers|numbered|encompasses"
        r"|spans|covers|connects|unites|brings together|groups|totals|totalled|reached"
        r"|reaches|stands at|stood at)\b",
        r"\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took|lifting|lifts"
        r"|lifted|pushing|pushes|pushed|boosting|boosts|boosted|increasing|increases|increased"
        r"|grows|grew|growing|expanding|expands|expanded) (?:the |its )?(?:network(?:'|\u2019)s "
        r"|gnlc(?:'|\u2019)s )?(?:total|number|membership|network|tally|count)",
        r"\bto a total of\b",
        r"\ba total of\b",
        r"\bin total\b",
        r"\btotall?ing\b",  # "..., totalling 425 cities in 91 countries"
        r"\bin all\b",  # "54 newcomers and 229 in all"
        r"\bnow\b",
        r"\bmembership of\b",
    ),
    along_cues=(r"\balong with\b", r"\btogether with\b", r"\balongside\b"),
    besides_cues=(r"\baside from\b", r"\bbesides\b", r"\bapart from\b", r"\bin addition to\b"),
    plural_articles=("the",),
    count_predicates=(
        r"(?:now |then |already )?number(?:ed)?",
        r"total(?:l?ed)?",
        r"(?:now |then )?stood at",
    ),
    country_subjects=(
        "the country",
        "the kingdom",
        "the sultanate",
        "the republic",
        "the emirate",
        "the nation",
    ),
    speech_cues=(
        # a page that shows a figure is its speaker, not its owner
        r"shows",
        r"showed",
        r"displays",
        r"displayed",
        r"speaks of",
        r"spoke of",
        r"mentions",
        r"mentioned",
        r"cites",
        r"cited",
        r"describes",
        r"described",
        r"said",
        r"says",
        r"told",
        r"stated",
        r"noted",
        r"explained",
        r"pointed out",
        r"according to",
    ),
    presence_words=(
        "present",
        "active",
        "represented",
        "spread",
        "presence",
        # verbs of extent: "the network stretches across 91 countries"
        "stretches",
        "stretched",
        "stretching",
        "extends",
        "extended",
        "extending",
        "spreads",
        "reaches",
    ),
    # "The 72 new members include three Thai cities": the country's share of the intake
    included_words=(r"\binclud(?:e|es|ed)\b",),
    among_new_cues=(
        # without a verb, the intake counted: "una delle due città italiane tra le 72 nuove"
        r"among (?:the )?\d+ new(?:ly)?",
        r"(?:are|were) represented among (?:the )?(?:\d+ )?new",
        r"(?:are|were|is|was) (?:among|part of|one of) (?:the )?(?:\d+ )?"
        r"(?:new(?:ly)?|latest|newest)",
        # "two Philippine cities are also on this year's list"
        r"(?:are|were|is|was) (?:also )?(?:on|in) (?:the |this )?"
        r"(?:year's |round's |latest |new )?list",
        # no verb: "India is represented by three towns in the new list"
        r"(?:on|in) (?:the |this )?(?:year's |round's |latest |new |newest )list\b",
    ),
    difference_before=(
        # "grew by 72 cities", "grew in 2025 by 72 cities", "rose sharply by"
        r"(?:(?:grew|grown|increased|rose|risen|expanded|swelled|jumped|climbed)(?: \S+){0,3}?"
        r"|up) by(?: (?:more than|over|nearly|about|some|roughly|almost))?",
    ),
    aside_openers=r"(?:[a-z]+ed|which|who|whose|when|after)\b",
    # "13 of the network's 425 cities", "13 of its 425 members"
    part_linkers=(
        "of the",
        "of the network's",
        "of the network\u2019s",
        "of its",
        "of the gnlc's",
    ),
    share_words=("accounts", "account", "accounted", "for", "makes", "make", "made", "up"),
    comparatives=("than",),
    comparative_degrees=("fewer", "less", "more", "smaller", "larger", "bigger"),
    closing_count_verbs=("counts", "numbers", "totals"),
    # "in Germany there are still three", "in Italy, there are now eight"
    closing_locatives=r"in {country},? there (?:are|were)",
    intake_lists=(
        r"\b(?:the|this year(?:'|\u2019)s|this round(?:'|\u2019)s|the new|the latest"
        r"|the year(?:'|\u2019)s) list\b(?! of (?:all |the )?(?:members|member cities|cities)\b)",
    ),
    # a rank whose noun is left out after a member's name: "Umm Salal became the seventh in
    # 2024", "Fayoum became the third" (lcnet.extract.ranks)
    bare_rank_verbs=("is the", "was the", "became the", "becomes the", "has become the"),
    past_rank_verbs=("was", "became", "has become", "had become", "were", "had been"),
    rank_ends=("in", "after", "to join", "to be admitted", "from", "and the only"),
    rank_for=("for",),
    later_clause=(r"\bbefore\b", r"\buntil\b", r"\bprior to\b", r"\bahead of\b"),
    announcement_cues=(r"\bannounce(?:d|ment|s)?\b", r"\b(?:press )?release\b"),
    correction_cues=(r"\bcorrect(?:ed|ion|ing)\b", r"\brevised\b", r"\bcorrigendum\b"),
    superseded_cues=(
        r"\bfirst (?:announced|put|reported|given|stated|published)\b",
        r"\binitially\b",
        r"\boriginally\b",
        r"\b(?:initial|first|original) (?:announcement|release|list|version)\b",
        # "the first press release spoke of 55 cities, a day later it was corrected"
        r"\b(?:initial|first|original|early) (?:press release|reports?|statement|count|figures?)\b"
        r"(?=[^.!?]{0,200}?\b(?:correct|revis|amend))",
    ),
    retraction_cues=(
        # a correction notice: "An earlier version of this story said", "a prior draft
        # listed", "an earlier headline referred to"
        r"\b(?:earlier|previous|prior) (?:version|draft|headline)(?: (?:of|on|in) this \w+)?"
        r" (?:said|stated|reported|gave|listed|referred|described|put|named|included|had"
        r"|misstated|incorrectly|wrongly|mistakenly|erroneously)\b",
        # "It previously said", "we wrongly reported", "incorrectly stated that"
        # (not "as previously reported, the network now has 425 members")
        r"\b(?:previously|wrongly|incorrectly|mistakenly|erroneously)(?<!\bas previously)"
        r"(?<!\bas we previously) (?:said|stated|"
        r"reported|gave|given|put|listed|described|referred|claimed|cited|named)\b",
        r"\bmis(?:stated|reported|quoted)\b",
    ),
    count_predicate_words=("number", "total", "stood at"),
    conjunctions=("and",),
    rank_after=("after", "following", "behind"),
    relative_pronouns=("which", "who", "whose"),
    capital_predicates=(
        r"(?:(?:are|were|being) )?(?:(?:all )?(?:national|state) )?capital(?:s| cities)\b",
    ),
    newcomer_sets=(
        # "Of those 72 newcomers, fourteen came from Latin America and the Caribbean"
        r"(?:of|among) (?:the|those|these|this year(?:'|\u2019)s|this round(?:'|\u2019)s"
        r"|the latest) (?:\d{1,3} )?(?:newcomers|new members|new cities)",
        # "Among new members drawn from 44 countries, 13 are Asian cities"
        r"among (?:newcomers|new members|new cities)",
        # "Of the 72 cities admitted in December 2025, sixteen are in Africa"
        r"(?:of|among) the (?:\d{1,3} )?(?:cities|members) (?:admitted|named|selected"
        r"|designated)(?: (?:in|on|this) [^,;.]{1,25}?)?(?=,)",
    ),
    newcomer_words=("newcomers", "new members,", "new cities,", "cities admitted", "cities named"),
    newcomer_verbs=(
        "belong",
        "come",
        "hail",
        "lie",
        "are located",
        "are based",
        # the past of a story: "fourteen came from Latin America and the Caribbean"
        "came",
        "hailed",
        "were located",
        "were based",
    ),
    in_all=("in all", "in total", "altogether", "all told"),
    first_time_cues=(
        # "13 of which had no member city until then"
        r"(?:that|which) had (?:had )?no (?:member|learning) cit(?:y|ies)"
        r" (?:before|until then|so far)",
        r"first (?:city|member) (?:admitted|to join)",
        # "For 13 countries, this is their first member city"
        r"their (?:very )?first (?:(?:member|learning|unesco learning) )?(?:city|member)\b",
        # "13 of them new to the network", "13 of which had never had a member before"
        r"new to the (?:network|gnlc)",
        r"(?:had )?never (?:before |previously |yet )?(?:had|been) (?:a |any )?"
        r"(?:member|learning cit(?:y|ies))",
        # "13 countries that had not had a member city before", "without a member city
        # until then"
        r"(?:had not|hadn't|did not have|didn't have|without) (?:had )?(?:a |any )?"
        r"(?:member|learning) cit(?:y|ies) (?:before|until (?:then|now)|so far|previously)",
        r"for the first time",
        r"first-time",
        r"first time",
    ),
    member_verbs=(
        r"(?:are|were|remain|became|have become) (?:now |already |all )?members\b",
        r"belong to\b",
        r"(?:are|is) part of\b",
        r"(?:are|is|were|was) (?:now |already |so far |currently )?represented\b",
    ),
    quota_cues=(r"(?:each|every|per) (?:country|member state|national commission)",),
    candidate_cues=(
        r"interest(?:ed)? in joining",
        r"expressed (?:their |an )?interest",
        # "more than 1,000 cities are interested", "have shown interest", "want to join"
        # (each opens with a letter the other cues open with, or a rare one: the cues'
        # pattern is tried only where one of their first letters stands)
        r"\binterested\b",
        r"\binterest\b(?:(?<=shown interest)|(?<=showed interest)|(?<=shows interest))",
        r"\bjoin\b(?:(?<=want to join)|(?<=wants to join)|(?<=hope to join)"
        r"|(?<=hopes to join)|(?<=seek to join)|(?<=seeking to join)|(?<=wish to join))",
        r"in the process of joining",
        r"\bappl(?:ied|y|ying|icants?|ications?)\b",
        r"\bcandidates?\b",
        r"\baspir(?:e|ing)\b",
    ),
    circulation_markers=(
        # a source that "still says" a figure says it today, whatever its own date
        r"\bstill (?:says|say|lists|list|reads|read|claims|claim|states|state|shows|show"
        r"|gives|give|quotes|quote|cites|cite|mentions|mention|speaks of|speak of|describes"
        r"|describe|puts|put|carries|carry|refers to|refer to)\b",
        # ... or is still in use: "a 2022 leaflet, still handed out at the town hall"
        r"\bstill (?:being )?(?:handed out|distributed|displayed|in circulation|in use"
        r"|circulating|on display|on (?:the|our) (?:shelves|website|site|wall))\b",
        r"\b(?:you|visitors|readers|one) (?:will|can|may|might) still find\b",
        r"\b(?:has|have) not (?:yet )?been updated\b",
        r"\bnot (?:yet )?updated\b",
        r"\bnever (?:been )?updated\b",
    ),
    still_words=(r"still", r"continues? to be"),
    in_use_words=(
        *(r"available", r"handed out", r"hand(?:s|ing)? out", r"given out", r"distributed"),
        *(r"distribut(?:e|es|ing)", r"displayed", r"on display", r"used", r"in use", r"posted"),
        *(r"in circulation", r"circulat(?:es|ing)", r"online", r"on (?:the|our) shelves"),
        *(r"hang(?:s|ing)", r"lying (?:around|about)", r"on the wall", r"shown"),
    ),
    present_markers=(
        # not beside a verb in the past: "the network now had 356 members" is the "now"
        # of a story told (its date's)
        r"\bnow\b(?<!\bhad now)(?<!\bwas now)(?<!\bwere now)"
        r"(?! (?:had|counted|numbered|comprised|stood|totalled|totaled|included|spanned)\b)",
        r"\btoday\b",
        r"\bcurrently\b",
        r"\bso far\b",
        r"\bto date\b",
        r"\bat present\b",
        r"\bthis year\b",
        r"\bpresently\b",
    ),
    historic_markers=(
        # a dated document dates what it says: "our 2021 leaflet", "folleto de 2021"
        # (a publisher's name or possessive may stand around the year: "UIL's 2018 notice",
        # "the 2018 UIL notice")
        r"(?:our |the |a |an |its |their |this |that |[a-z][\w-]*(?:'|\u2019)s )"
        r"(?=(?:19|20)\d\d (?:bid |annual |city |municipal |council |campaign |uil |unesco "
        r"|ministry |government |official )?(?:leaflet|brochure|report|flyer|factsheet"
        r"|fact sheet|booklet|pamphlet|edition|version|guide|application|bid|press release"
        r"|release|poster|notice|newsletter|bulletin|circular|announcement|statement|memo"
        r"|briefing|presentation|slide)s?\b)",
        r"(?:leaflet|brochure|report|flyer|factsheet|booklet|pamphlet|edition|version"
        r"|guide|press release|release|notice|newsletter|bulletin|circular|announcement"
        r"|statement|memo|briefing|presentation|figures?|data|numbers|count|tally|total)"
        # "a brochure of the adult education centre from 2021": its publisher between
        r"(?: (?:of|by) (?:the|our|a|its|their) [\w-]+(?: [\w-]+){0,2}(?= from))?"
        r" (?:of|from|for) (?:early |late )?",
        # "the 2020 count was 229", "the 2022 tally: 294 cities": a count named by its year
        r"the (?=(?:19|20)\d\d (?:count|tally|total|figures?|numbers|membership|member list"
        r"|data|census|headcount)\b)",
        r"(?:back )?in (?:early |late |mid-|mid )?",
        r"(?:back )?in the year ",  # "In the year 2020 the network had 229 cities"
        r"as (?:of|at):? (?:the end of )?",
        r"by (?:the end of )?",
        r"until ",
        r"up to ",
        r"on ",
        # a season dates a figure by its year: "in autumn 2020", "the fall of 2020"
        r"(?:(?:back )?in )?(?:the )?(?:early |late )?(?:spring|summer|autumn|winter) (?:of )?",
        r"in (?:the )?(?:early |late )?fall (?:of )?",
        r"during ",
        # "up from five after the February 2024 round": the round dates what it left
        r"after the (?=(?:[a-z]+ )?(?:19|20)\d\d (?:round|intake|cohort|call|admissions?"
        r"|selection|announcement)\b)",
        r"at the (?:end|start|beginning) of ",
        # "the 2024 round took the total to 425": a year that names an intake dates it
        r"the (?=(?:19|20)\d\d (?:round|intake|cohort|call|edition|designations?|admissions?"
        r"|selection|expansion|enlargement|extension|wave|batch|class)\b)",
        # "the September 2020 announcement first gave 55": a dated release dates its figures
        r"the (?=[a-z]+ (?:19|20)\d\d (?:announcement|release|press release|round|intake"
        r"|list)\b)",
        # ... whoever's it is: "in its July 2019 intake", "in UIL's 2019 round"
        r"(?:its|their|uil(?:'|\u2019)s|unesco(?:'|\u2019)s) (?=(?:[a-z]+ )?(?:19|20)\d\d"
        r" (?:round|intake|cohort|call|admissions?|selection|announcement|designations?)\b)",
        # "in the round of July 2019", "the admissions of 2022": the round named by its date
        r"(?:round|intake|cohort|call|admissions|selection|wave|batch|designations)"
        r" (?:of|from) (?:early |late )?",
    ),
    founding_words=(
        r"found(?:ed|ing)",
        r"establish(?:ed|ing|ment)",
        r"launch(?:ed|ing)?",
        r"creat(?:ed|ion|ing)",
        r"set up",
        r"start(?:ed|ing)",
        r"inception",
        r"\bborn\b",
        r"inaugurated",
    ),
    intake_points=(
        # "| Members after the intake |", "| Total following the 2024 round |"
        r"\b(?:after|following|before|prior to|post|since)\b[ -](?:(?:the|this|that|each|every"
        r"|its|an?|latest) )?(?:(?:19|20)\d\d |[a-z]+ (?:19|20)\d\d )?(?:intake|round|admissions?"
        r"|call|selection|announcement|joining|accession)",
    ),
    since_words=(
        # not a city's own joining: "a member since joining in 2022, was the fifth"
        r"since(?! (?:joining|becoming|(?:its|their|our|his|her) (?:accession|admission|entry"
        r"|joining|membership)|(?:it|they|we|the city) (?:joined|became))\b)",
    ),
    city_titles=r"(?:the )?cit(?:y|ies) of",
    superlatives=(
        r"(?:has|have|had|counts|boasts) the (?:most|largest number of|highest number of)"
        # "has the most members in Europe, with", "has the most in Africa, with nine"
        r"(?:(?: \w+){0,2} (?:members|cities))?(?: (?:in|of|among) (?:the )?[\w-]+(?: [\w-]+)?)?"
        r",?(?: with)?"
        r"|\bleads?(?: the (?:way|list|table|pack))? with"
        # "Thailand leads the region with 13", "remains the Asian country with the most
        # members, 13"
        r"|\bleads?(?: [\w-]+){1,3} with"
        r"|(?:is|remains|was) the (?:[\w-]+ )?country with the most (?:members|cities),?"
    ),
    title_abbreviations=("mr", "mrs", "ms", "dr", "st", "prof", "gov", "sen", "rep", "hon"),
    attendance_before=(
        r"(?:representatives|delegates|delegations|participants|attendees)"
        r" (?:from|of)(?: (?:some|more than|over|about"
        r"|around|nearly|almost|at least))?",
        # "Nearly 700 people gathered there, coming from more than 80 countries"
        r"(?:people|participants|delegates|attendees|guests)\b[^.;:!?]{0,40}?"
        r"(?:coming|who came|travelling|traveling|arriving) from(?: (?:some|more than|over"
        r"|about|around|nearly|almost))?",
    ),
    attendance_after=(
        r"attended|took part|take part|participated|participate|were represented",
        r"and (?:their )?(?:guests|visitors)",  # "34 members and guests heard ..."
    ),
    months={
        name: number
        for number, names in enumerate(
            (
                ("january", "jan"),
                ("february", "feb"),
                ("march", "mar"),
                ("april", "apr"),
                ("may",),
                ("june", "jun"),
                ("july", "jul"),
                ("august", "aug"),
                ("september", "sept", "sep"),
                ("october", "oct"),
                ("november", "nov"),
                ("december", "dec"),
            ),
            start=1,
        )
        for name in names
    },
    narrative_now=(
        r"\b(?:now (?:had|counted|numbered|stood at|comprised|included|totalled)"
        r"|(?:had|was|were) now)\b"
    ),
    date_forms=(
        r"{year_first}-{month_number}-{day}(?!\d)",  # ISO 8601, as archives and CMS pages print it
        r"{day}(?:st|nd|rd|th)? {month},? {year}",
        r"{month} {day}(?:st|nd|rd|th)?,? {year}",
        r"{month},? {year}",
        r"{year}",
    ),
    # "bringing its membership to 294", "the total stood at 425", "the count had passed 200"
    membership_before_number=(
        r"(?:(?<=\bthe )|(?<=\bits )|(?<=['\u2019]s )|(?<=\bbringing )|(?<=\bbrings )"
        r"|(?<=\bbrought )|(?<=\braising )|(?<=\braises )|(?<=\braised ))"
        r"(?:membership|total|tally|member count|count|members|member cities)"
        r"(?:\s+of\s+(?:the\s+)?(?:network|gnlc))?"
        r"\s+(?:(?:now\s+)?(?:to|at|stands\s+at|stood\s+at|reached|hit)"
        r"|(?:has\s+|had\s+)?(?P<more>passed|exceeded|topped|surpassed))"
        # after an intake, the total with its unit left out: "64 new cities; total 356",
        # "..., for a total of 356"
        r"|(?:(?<=; )|(?<=, )|(?<=\bfor a )|(?<=\bto a ))total(?:\s+of)?:?(?!\s+(?:number|count))"
        # a possessive's members, the count as the verb: "Colombia's learning cities now
        # number nine" (after "the", "the member cities number six" is the predicates')
        r"|(?<=['\u2019]s )(?:members|member cities|learning cities)"
        r"\s+(?:now\s+|currently\s+)?(?:number|numbers)"
        # "the network now has a membership of 425", "a total membership of 425"
        r"|(?<=\ba )(?:total |combined )?membership\s+of"
    ),
    membership_anchors=(
        "membership ",
        "total ",
        "tally ",
        "count ",
        "members ",
        "member cities ",
        "learning cities ",
    ),
    one_of=("one of", "among the"),
    copulas=("are", "is", "were", "was", "now", "which are", "that are", "which is"),
    money_nouns=(
        "budget",
        "cost",
        "costs",
        "fee",
        "fees",
        "funding",
        "grant",
        "price",
        "spending",
        "expenditure",
    ),
    count_heads=(
        "total number",
        "overall number",
        "number",
        "count",
        "total",
        "tally",
        "membership",
        "size",
        "representation",  # "Thailand's representation ... has expanded to 10 cities"
        "presence",
        "list",  # "the list was nearer 130 now", "the member list stands at 130"
    ),
    count_links=("of", "of the"),
    # "The latest round brings to 425 the number of cities in the GNLC", "takes to 91 the
    # number of countries": the number before its head
    count_verb_first=r"(?:brings?|bringing|brought|takes?|taking|took|raises?|raising|raised"
    r"|lifts?|lifting|lifted|pushes|pushing|pushed) to",
    count_verbs=(
        r"(?:has |have |had )?(?:now |already |recently |since |just )*(?:reached|reaches"
        r"|risen to|rose to|rises to|gone up to|went up to|goes up to|climbed to|climbs to"
        r"|grown to|grew to|grows to|increased to|increases to|jumped to|jumps to|hit|hits"
        r"|topped|tops|totals|totalled|totaled|come to|came to|comes to|amounts to"
        r"|expanded to|expands to|swelled to|swells to"
        r"|amounted to|fallen to|fell to|dropped to|been cut (?:back )?to|cut back to)",
        r"(?:now |currently |today )?(?:stands|stood) at",
        # "membership has since grown from 229 in 2020 to the present 294": the start is
        # read as a change's (lcnet.extract.changes)
        r"(?:has |have |had )?(?:now |since |recently |already )*(?:grown|grew|risen|rose"
        r"|increased|climbed|jumped|expanded|gone up|went up|swelled) from [^.;:!?\n]{1,40}?"
        r" to(?: the present| the current| today(?:'|\u2019)s)?",
        r"(?:been )?(?:brought |pushed |raised )?up to",
        r"to",  # "bringing the total number of cities within the GNLC to 294"
        # the object of a verb of stating before the head: "had put the number of
        # first-time countries at 12" (not "as": "gave ... the new size as 55 and 230",
        # a release's pair that lcnet.extract.respective reads)
        r"at",
        # no space at its end: the form puts one between the verb and the number
        r"(?:is|was|are|were)(?: now| currently| today| then)?(?: at)?",
    ),
    # "In 2022 we joined. At the time, ..."
    joined_clause=(
        r"\bwhen (?:(?P<self>we|the city|our city|the town|the municipality) "
        r"|(?P<who>(?:[^\W\d][^\s,;:.!?\d]* ){1,4}?))??"
        r"(?:joined|was admitted|were admitted|became a member|entered the network)(?!\w)"
    ),
    joined_words=("when",),
    # a repost's original date follows: "Originally published 5 September 2022"
    republished=r"\b(?:originally|first) (?:published|posted|appeared|ran)\b",
    joined_when=(
        r"\bwhen (?P<who>[^,.;:]{1,80}?) (?:first )?(?:joined|was admitted|were admitted"
        r"|became (?:a )?members?|entered)\b"
    ),
    earlier_date=(
        r"\b(?:at the time|at that time|at that point|back then|by then|by that time"
        # "The then report described a network of 294": of the date said before
        r"|the then(?= (?:report|paper|brochure|leaflet|note|briefing|figure|count|total))"
        r"|that year|on that occasion"
        # "By August 2016 ... the count published that month": the month said before
        r"|that (?:same )?month|the same month|that same year|the same year"
        # "That round left Colombia with six members": the round said before
        r"|that (?:round|intake|cohort|call|edition)"
        # not "in the same round": the round of the sentence's own news, often undated
        r"|(?:in|during|with|after) that (?:round|intake|cohort|call|year|edition|selection)"
        # the state right after the event said before: "The network afterwards counted 229"
        r"|afterwards|after that|thereafter"
        # a bare "then" beside a verb of stating a count: "UIL then described 170
        # members", "the network had then 229" (not "then grew to", "was then admitted")
        r"|then (?:had|counted|numbered|described|listed|included|comprised|stood at"
        r"|reported|spoke of|gave|put|set|showed)"
        r"|(?:had|counted|numbered|comprised|included) then)\b"
    ),
    relative_dates={
        # "since February": a figure of it is current since then, so it dates none; it
        # is what "at the time" in a later sentence points back to
        "before_month": (
            r"before {month}(?! \d)",  # the month before: "before December"
            # "before the February round", "before the round of February"
            r"(?:before|until) (?:the|this) {month} (?:round|intake|announcement|admissions?"
            r"|expansion"
            r"|enlargement)\b",
            r"(?:before|until) the (?:round|intake|announcement|admissions?|expansion"
            r"|enlargement) (?:of|in) {month}(?! \d)",
        ),
        "since_month": (r"since {month}(?!,? \d)",),
        # "two years earlier": counted back from the date said before it
        "years_before": (
            r"{years} years? (?:earlier|before(?= (?:that|then)\b))",
            r"(?:a|one) year (?:earlier|before(?= (?:that|then)\b))",
        ),
        # "a year later": counted on from the date said before it
        "years_after": (
            r"{years} years? later",
            r"(?:a|one) year later",
            r"the following year",
        ),
        # "days later": the date said before, a correction's or a second release's
        "days_after": (r"(?:a few |some |several |two |three |four |five )?(?:days|weeks) later",),
        # "two years ago": the year, counted back from the text's
        "years_ago": (
            r"{years} years? ago",
            r"(?:a|one) year ago",
        ),
        "last_month": (r"last month", r"the previous month"),
        "last_year": (r"(?:in )?{month} (?:of )?last year", r"last year", r"the previous year"),
        "this_year": (
            r"(?:in )?{month} (?:of )?this year",  # "raised to 173 in March this year"
            r"(?:back |earlier )?in {month}(?!,? (?:\d|of (?:19|20)))",
            r"last {month}(?!,? \d)",
            r"(?:on )?{month} {day}(?:st|nd|rd|th)?(?!,? \d)",
            r"(?:on )?{day}(?:st|nd|rd|th)? {month}(?!,? \d)",
        ),
    },
    origin_words=(r"(?:coming|come|comes|came|hailing|hail|drawn|originating) from",),
    change_from=r"(?:grew|grown|risen|rose|climbed|increased|gone|went|jumped|expanded) from",
    change_to=r"to(?: the present| the current| today(?:'|\u2019)s)?",
    year_span=r"(?:between|from) {first} (?:and|to) {last}",
    # ... and compared with an earlier count: "425 members, compared with 356 in 2024"
    change_back=r"(?:up|down) from|compared (?:with|to)|against|versus|vs\.?",
    since_year=r"(?<!\w)since (?:the year )?{year}",
    # a joining since which the main clause's present state holds
    some_words=("several", "some", "a few", "many", "most"),
    first_ones=(r"\bfirst(?! time)",),
    joining_after_figure=(
        r"(?:following|after|since|upon) (?:its|their) (?:designation|admission|accession"
        r"|entry|inclusion)",
        r"(?:following|after|since|upon) (?:joining|being designated|being admitted"
        r"|becoming a member)",
        r"(?:which|that) (?:it|they) joined",
    ),
    past_copulas=("was", "were", "had", "became"),
    since_event=(
        r"(?<!\w)(?:since|after|following) (?:joining|its (?:accession|admission|entry"
        r"|designation)|becoming a member|being designated|(?:it|they|we) joined)"
        r"(?: (?:as )?a member(?: of)?)?(?: the (?:network|gnlc))? in {year},"
        r"(?: [^,.;:]{1,40}?)? (?:has|have|is|are|works|shares|counts)(?!\w)"
    ),
    future_cues=(
        r"(?:will|would|could|should|may|might)(?: soon| likely| eventually)? "
        r"(?:reach|top|exceed|surpass|become|be|have|number|count|grow to|rise to)",
        r"(?:is|are) (?:expected|set|projected|likely) to",
        r"aims? to (?:reach|have|become|be)",
        r"on track to",
        r"hopes? to (?:become|be)",
        # a target, not a state: "the province aims to see two more cities apply", "our
        # goal is to have three member cities by 2030", "plans to add two more"
        r"(?:aim(?:s|ed|ing)?|hop(?:es|ed|ing)|plan(?:s|ned|ning)?|want(?:s|ed|ing)?"
        r"|strives?|striving|seeks?|seeking) to (?:see|get|add|have|field|put forward)",
        r"(?:goal|target|aim|ambition) (?:is|was|of) (?:to )?(?:see|get|add|have|having"
        r"|adding|getting|seeing)",
    ),
    size_linkers=("of", "with"),
    # a word class of parts: "including", "notably", "among them", "include(s)"
    subset_words=(
        "including",
        "of which",
        "among them",
        "among which",
        "among these",
        "notably",
        "include",
        "includes",
        "included",
    ),
    country_references=(
        "the country's",
        "the country’s",
        # a headline drops the article: "Three Thai cities bring country's tally to 13"
        "bring country's",
        "brings country's",
        "bring country’s",
        "brings country’s",
        "the nation's",
        "the nation’s",
        "its national",
        # the country's own head, after its intake: "Thailand added three, taking its total
        # to 13", "its tally now stands at 13" (a count too small for the network's)
        *("its total", "its tally", "its count", "its membership", "their total"),
    ),
    weak_present=("already",),
    subject_adverbs=("together", "taken together", "altogether", "between them", "in all"),
    subject_pronouns=("they", "these"),  # "They come from 46 countries"
    out_of=("out of",),  # a country's count out of the total
    # A wording quoted from a sign, panel or leaflet: "the panel in the association's hall
    # still reads \"55 new cities joined\"" (the holder of the sign owns no figure)
    document_quotes=(
        *("still reads", "still read", "still says", "still say", "still shows"),
        *("still show", "still displays", "still carries", "still bears", "still states"),
        *("is printed", "are printed", "bears the words", "carries the words"),
    ),
    # "Before this announcement, Portugal had 14": the time just before the text's news
    before_this=(
        r"\b(?:before|prior to|until|ahead of) (?:this|the|today(?:'|\u2019)s"
        # "before this week's list", "until this year's intake": the news said by its time
        r"|(?:this|last) (?:week|month|year)(?:'|\u2019)s)"
        r"(?: latest| last| new| most recent| newest)?"
        r" (?:announcement|admissions?|intake|round|expansion|enlargement|list|batch|cohort"
        r"|additions|designations?|selection)\b"
        # a newcomer named alone before the comma: "Before Hanoi, Viet Nam had five"
        r"|\b(?:before|prior to) (?!(?:that|then|this|the|now|long|today|\w+ing)\b)"
        r"(?:[^\W\d_][\w.'\u2019-]* ){0,3}[^\W\d_][\w.'\u2019-]*,"
        # a named newcomer's arrival: "Vietnam had five member cities before Hanoi joined",
        # "before Hanoi's admission", "prior to the entry of Hanoi", "until Hanoi joined"
        r"|\b(?:before|prior to|until|ahead of) (?:the (?:arrival|admission|entry|accession)"
        r" of\b|(?:[^\W\d_][\w.-]*\s){0,2}[^\W\d_][\w.-]*(?:'|\u2019)s?"
        r" (?:arrival|admission|entry|accession|joining)\b"
        r"|(?:[^\W\d_][\w.'\u2019-]*\s){1,4}(?:joined|was admitted|was added|came in|entered"
        r"|became a member)\b)"
    ),
    until_now=(
        r"\b(?:until now|until today|up to now|previously"
        # "until last week", "until a few days ago": just before the news
        r"|until (?:last (?:week|month)|yesterday|(?:a few days|a week|recently) ago|recently)"
        r")\b[^.!?;]{0,40}?\b"
        r"(?:had|counted|numbered|comprised|included|brought together|were)\b"
        # the members before the news: "six cities which already joined", "joined earlier"
        r"|\balready (?:joined|been members|were members|members)\b"
        r"|\b(?:were|are|was|had been|have been) already (?:members|in the network)\b"
        r"|\b(?:joined|admitted) (?:earlier|previously|before)\b"
    ),
    # the cities counted before as the subject: "Today they number 425"
    pronoun_counts=(
        # a count that rises, of a country or the network, its unit said before or in
        # the title: "Colombia rises to ten", "... takes Viet Nam to six"
        r"rises to",
        r"rose to",
        r"climbs to",
        r"grows to",
        # "the network reaches 425", "... now stands at 425": the unit said before
        r"reaches",
        r"reached",
        r"stands at",
        r"takes [^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,3} to",
        r"brings [^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,3} to",
        r"they (?:now |today |currently )?number(?:ed)?",
    ),
    # "When we joined, the network had 294 members": when the text's city joined
    joining_time=(
        r"\b(?:when|by the time) (?:we|the city|it) (?:joined|was admitted|were admitted)\b"
        r"|\b(?:on|upon|at the time of) (?:our|its) (?:joining|admission|accession|entry)\b"
        r"|\bhad (?:joined|been admitted)\b"  # the pluperfect
    ),
    rank_places=("from", "in"),
    rank_references=tuple(
        f"{preposition} the {country}"
        for preposition in ("from", "in")
        for country in ("kingdom", "country", "emirate", "sultanate", "republic", "nation")
    ),
    respective_new=(
        r"(?:new )?intake",
        r"(?:number of )?(?:newcomers|new members|new cities|admissions|new entrants)",
    ),
    respective_total=(
        r"(?:new |overall |grand )?total",
        r"(?:total )?membership",
        r"(?:total )?number of (?:members|member cities|cities)",
        r"network(?:'|\u2019)s size",
        r"tally",
    ),
    respective_countries=(r"(?:number of )?countries",),
    respective_articles=("the", "its", "their", "the network's", "the network\u2019s"),
    respective_links=(
        "at",
        "to",
        "as",
        "of",
        "were",
        "was",
        "are",
        "stood at",
        "came to",
        "numbered",
    ),
    respective_anaphora=(
        r"(?:the|both|these|those) (?:figures|numbers|counts)",
        r"them",
        r"both",
    ),
    # ... and a colon after the members named ("The Vietnamese members of the network: A, B")
    result_connectors=("so that", "which means that", "which means"),
    list_links=(
        r"\b(?:are|were|is|was|include[sd]?|including|namely|comprise[sd]?|represented by)\b|:"
    ),
    # (a list said to belong may be some of them: "A, B and C belong to the network")
    list_partial=r"\b(?:includ\w*|such as|among|like|e\.g\.|belong(?:s|ed)? to)",
    sole_words=r"\b(?:only|sole)\b",
    column_heads={
        "total": Role.MEMBER,
        "overall": Role.MEMBER,
        "running total": Role.MEMBER,
        "cumulative": Role.MEMBER,
        "new": Role.NEW,
    },
    member_state=(
        r"\bwhen (?P<who>(?:[^\W\d][^\s;:.!?\d]* ){1,8}?)"
        r"(?:were|was) already (?:members?|a member|in the network)\b"
    ),
    award_words=("were honoured", "were honored", "were awarded", "won the award", "won awards"),
    zeros=Zeros(
        forms=(
            r"no (?:(?:other|new|single) )?{demonym}"
            r" (?:(?:member|learning) )?"
            r"(?:cit(?:y|ies)|municipalit(?:y|ies)|towns?|members?)(?!\w)",
            r"no (?:(?:member|learning) )?(?:cit(?:y|ies)"
            r"|municipalit(?:y|ies))"
            r" (?:from|in) (?:the )?{country}(?!\w)",
        ),
        words=("no ",),
        owned=(
            r"{country} (?:(?:still|so far|yet) )?(?:has|had|have) (?:(?:still|yet)"
            r" )?no (?:(?:member|learning"
            r"|gnlc) )*(?:cit(?:y|ies)|municipalit(?:y|ies)|members?)(?!\w)",
        ),
        owned_words=("no ",),  # "has no": the form holds the word
        members=("member", "network", "gnlc", "learning cit", "part of", "belong", "join"),
        still=("yet", "so far", "still", "to date", "ever", "until now"),
        blockers=("award", "prize", "winner", " won ", "honour", "honor"),
    ),
    how_many=r"how many",
    repeat_articles=("the",),
    fitting_words=(
        r"is (?:closer|nearer)(?: the mark| to the truth)?",
        r"is (?:more like it|about right|right|correct)",
    ),
    repeat_verbs=("stick with", "stick to", "keep to", "go with", "keep using"),
    repeat_markers=(
        r"(?:i|we|you|he|she|they) (?:said|mentioned|gave|quoted|cited|told you about)",
        r"(?:i|we) (?:have|had|'ve|\u2019ve) (?:said|mentioned|given|quoted|cited)",
        r"(?:said|mentioned|given|quoted|cited) (?:earlier|before|above)",
    ),
    country_questions=("and in", "and what about", "what about", "how about", "and"),
    label_links=("there are", "there were"),
    now_totals={
        "now": (
            r"now it(?:'s|\u2019s| is)",
            r"it(?:'s|\u2019s| is) now",
            r"now there are",
            r"there are now",
            r"by now there are",
            r"by now there (?:should|must|would) be",
            r"by now it(?:'s|\u2019s| is)",
            r"we(?:'re|\u2019re| are) now at",
        ),
        "today": (
            r"today there are",
            r"today it(?:'s|\u2019s| is)",
        ),
    },
    ask_links=("of", "the"),
    answer_nows=("today", "now"),
    answer_just=("just", "only"),
    answer_ones=("one",),
    answer_only=("single", "only"),
    answer_leads=(
        "there are",
        "there were",
        "it is",
        "it was",
        "in all",
        "answer:",
        "a:",
        "a.",
        # the figure to use, after a question of doubt: "Which figure should we use? Use 425."
        "use",
        "please use",
        "go with",
        "take",
        "quote",
        "the right figure is",
        "the correct figure is",
        # an answer given twice, each labelled: "The short version: 425. The longer
        # version: 425, spread over 91 countries"
        "the short version:",
        "the long version:",
        "the longer version:",
        "short answer:",
        "the short answer:",
        "long answer:",
        "the long answer:",
        "in short:",
        # a count hedged by its speaker: "By my count three cities"
        "by my count",
        "as far as i know",
        "i think",
        "i believe",
    ),
    answer_words=("the answer is", "the answer was"),
    question_words=("what", "which", "who", "where", "when", "why", "whose"),
    alternatives=("or",),
    added_words=("another", "more", "further"),
    all_words=("all", "all the"),
    reached_words=(
        "to",
        "taking it to",
        "taking the total to",
        "bringing it to",
        "bringing the total to",
        "raising the total to",
        "for a total of",
    ),
    count_followers=(
        "in",
        "at",
        "on",
        "by",
        "as",
        "and",
        "or",
        "when",
        "after",
        "before",
        "following",
        "since",
        "with",
        "from",
        "of",
        "to",
        "for",
        "across",
        "were",
        "are",
        "was",
        "is",
        "have",
        "had",
        "has",
        "will",
        "would",
        "then",
        "this",
        "that",
        "the",
        "these",
        "those",
        "all",
        "altogether",
        "so",
        "far",
        "now",
        "today",
        "each",
        "apiece",
        "followed",
        "came",
        "arrived",
        "joining",
        "be",
        "been",
        "being",
        "still",
        "already",
        "only",
        "new",
    ),
    pronoun_parts=("of them",),
    count_clitics=(),
    pronoun_subjects=("they were", "they are", "they number", "there were"),
    aside_list_openers=("with", "after"),
    of_words=("of",),
    from_words=("from",),
    joining_nouns=("entry", "accession", "admission"),
    whose_words=("whose",),
    network_of=("network of",),
    other_calls=(r"(?:for|to the|the)?\s*(?:programme|program|award|contest|competition)",),
    only_adjectives=("only",),
    our_country=("our country",),
    opening_places=(r"in (?:the ?)?",),
    negations=("not", "no", "nor"),
    with_words=("with",),
    passive_auxiliaries=("were", "was", "been", "being"),
    admitting_verbs=("admitted", "welcomed", "accepted"),
    list_ends=("with", "to", "and"),
    aside_articles=("the", "a", "an"),
    aside_nouns=("city", "capital"),
    before_verb_words=(
        "are",
        "were",
        "have",
        "has",
        "had",
        "now",
        "today",
        "also",
        "officially",
        "both",
        "their",
        "made",
        "by",
    ),
    subordinators=("since", "when", "after"),
    time_openers=("last year", "yesterday", "today"),
    year_prepositions=("in",),
    numbered_articles=("the", "these", "those"),
    numbered_years=("in",),
    both_forms=(r"both\s+(?:the\s+)?(?:cities|towns|municipalities)",),
    into_the_network=(r"(?:a|in|into)\s+(?:the\s+|a\s+)?network",),
    the_others=(r"the\s+(?:other\s+)?",),
    region_nouns=("region",),
    got_verbs=("won", "wins", "gained", "gains", "got", "gets", "obtained", "secured", "received"),
    # (new ones only) a place's share of an intake said by what it gave: "the Asia-Pacific
    # region supplied 21 of the newcomers", "Africa contributed 13 of the new members"
    placed_verbs=(
        *("places", "sends", "adds", "contributes", "brings", "in", "placed", "sent", "added"),
        *("contributed", "brought", "supplied", "supplies", "provided", "provides", "took"),
        *("takes", "claimed", "claims"),
    ),
    side_words=("side",),
    where_words=("where",),
    country_articles=("the",),
    network_nouns=("network",),
    demonstratives=("these", "those"),
    into_words=("in", "into", "to"),
    part_words=("of (?:them|which|these)",),
    part_before_words=("of which",),
    whole_openers=("(?:of|out of|among) (?:the|these|those)",),
    network_places=("in the",),
    time_prepositions=("before", "after", "until", "since"),
    that_words=("that",),
    part_openers=("including", "among them", "of which"),
    of_them_others=("of (?:them|which|these)",),
    joined_ends=("in", "now", "today"),
    name_tail_words=("of", "the"),
    having_adverbs=("now", "still", "then", "thus", "alone", "by itself", "on its own"),
    one_words=("another",),
    stated_followers=(
        "in",
        "at",
        "on",
        "by",
        "as",
        "and",
        "when",
        "after",
        "before",
        "following",
        "since",
        "with",
    ),
    document_figures=(r"(?:the|a)\s+(?:figures?|data|numbers?)",),
    not_name_words=("the", "a", "an", "its", "their", "this", "that", "joining", "being"),
    setting_words=("it", "was", "in", "and", "of"),
    now_words=("now", "current"),
    list_nouns=(r"(?:list|tally|count)(?: of (?:members|cities))?(?: updated)?",),
    bounding_words=("until", "since", "from"),
    percent_words=(r"per\s?cent", "percent"),
    money_words=("euros?", "dollars?", "francs?", "pesos", "yen", "yuan", "rupees?"),
    glue_words=("a", "of", "and", "the"),
    coordinated_articles=("the",),
    subject_count_ends=("and", "in"),
    apposition_indefinites=("an?",),
    apposition_definites=("the", "this", "its"),
    partitive_linkers=("of the",),
    indefinite_articles=("a", "an"),
    region_openers=(
        r"in ",
        r"on (?:the |this )",
        r"across (?:the |this )",
        r"for (?:the |this )?",
    ),
    continents=("continent",),
)
