"""A country a clause opens with owns the count its verb gives ("In Italia le città della
rete sono cinque"); "the only" member of a country counts one ("l'unica Learning City",
"la seule ville suisse", "the only Canadian member"), also with an article elided onto
it ("l'ottava città italiana"); "ne sono state riconosciute 229" is a total, "ne sono
entrate altre 64" an intake; "46 diversi Paesi" are countries."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

Row = tuple[str, str, int, str | None]


def _found(language: str, text: str) -> list[Row]:
    return [
        (m.text, m.metric.value, m.value, m.country)
        for m in find_mentions(read_document(text, "text"), language)
    ]


OPENING: list[tuple[str, str, list[Row]]] = [
    (
        "it",
        "La rete delle Learning Cities si allarga. In Italia le città della rete sono cinque: "
        "Torino, Fermo, Palermo, Lucca e Trieste.",
        [("cinque", "country_cities", 5, "IT")],
    ),
    (
        "it",
        "La rete delle Learning Cities cresce. In Italia le Learning City sono ora otto su 425.",
        [("otto", "country_cities", 8, "IT"), ("425", "total_cities", 425, None)],
    ),
    (
        "fr",
        "Le réseau des villes apprenantes grandit. En France, les villes membres sont "
        "désormais huit.",
        [("huit", "country_cities", 8, "FR")],
    ),
    (
        "es",
        "La Red Mundial de Ciudades del Aprendizaje crece. En Colombia, las ciudades miembro "
        "son ya nueve.",
        [("nueve", "country_cities", 9, "CO")],
    ),
    (
        "en",
        "The Global Network of Learning Cities grows. In Viet Nam, the member cities now "
        "number six.",
        [("six", "country_cities", 6, "VN")],
    ),
    (
        "pt",
        "A Rede Global de Cidades de Aprendizagem cresce. Em Portugal, as cidades-membro são "
        "agora 17.",
        [("17", "country_cities", 17, "PT")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), OPENING)
def test_the_country_a_clause_opens_with_owns_its_count(
    language: str, text: str, expected: list[Row]
) -> None:
    assert _found(language, text) == expected


ONLY: list[tuple[str, str, list[Row]]] = [
    (
        "it",
        "La rete delle Learning Cities cresce. In Svizzera, Losanna è finora l'unica Learning "
        "City.",
        [("unica Learning City", "country_cities", 1, "CH")],
    ),
    (
        "it",
        "Losanna è l'unica città svizzera della rete delle Learning Cities.",
        [("unica città svizzera", "country_cities", 1, "CH")],
    ),
    (
        "it",
        "Cividale è l'ottava città italiana della rete delle Learning Cities.",
        [("ottava città italiana", "country_cities", 8, "IT")],
    ),
    (
        "fr",
        "Liège est l'unique ville belge du réseau des villes apprenantes.",
        [("unique ville belge", "country_cities", 1, "BE")],
    ),
    (
        "fr",
        "Le réseau des villes apprenantes s'étend. En Suisse, Lausanne reste la seule ville "
        "membre.",
        [("seule ville membre", "country_cities", 1, "CH")],
    ),
    (
        "en",
        "Edmonton is the only Canadian member of the Global Network of Learning Cities.",
        [("only Canadian member", "country_cities", 1, "CA")],
    ),
    (
        "es",
        "Montevideo es la única ciudad uruguaya de la Red Mundial de Ciudades del Aprendizaje.",
        [("única ciudad uruguaya", "country_cities", 1, "UY")],
    ),
    (
        "pt",
        "Lisboa é a única cidade portuguesa na Rede Global de Cidades de Aprendizagem.",
        [("única cidade portuguesa", "country_cities", 1, "PT")],
    ),
    (
        "de",
        "Lausanne ist die einzige Schweizer Stadt im Globalen Netzwerk lernender Städte der "
        "UNESCO.",
        [("einzige Schweizer Stadt", "country_cities", 1, "CH")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), ONLY)
def test_the_only_member_of_a_country_counts_one(
    language: str, text: str, expected: list[Row]
) -> None:
    assert _found(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "Puebla es la única ciudad mexicana admitida en la Red Mundial de Ciudades del "
            "Aprendizaje de la UNESCO en esta convocatoria.",
            [("única ciudad mexicana", "new_cities", 1, "MX")],
        ),
        (
            "pt",
            "O Fundão foi a única cidade portuguesa admitida na Rede Global de Cidades de "
            "Aprendizagem da UNESCO.",
            [("única cidade portuguesa", "new_cities", 1, "PT")],
        ),
        (
            "it",
            "Palermo fu l'unica città italiana ammessa quell'anno nella rete delle "
            "Learning Cities.",
            [("unica città italiana", "new_cities", 1, "IT")],
        ),
    ],
)
def test_the_only_one_admitted_is_the_countrys_intake_of_one(
    language: str, text: str, expected: list[Row]
) -> None:
    assert _found(language, text) == expected


def test_only_cities_that_qualify_are_no_count() -> None:
    text = "Only cities with a strong commitment join the Global Network of Learning Cities."
    assert _found("en", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Rete globale delle città dell'apprendimento cresce. Ad oggi ne sono state "
            "riconosciute 229, in 64 Paesi.",
            [("229", "total_cities", 229, None), ("64 Paesi", "total_countries", 64, None)],
        ),
        (
            "Dalla nascita della rete delle Learning Cities ne sono state riconosciute 425.",
            [("425", "total_cities", 425, None)],
        ),
        (
            "Le città della Rete globale delle città dell'apprendimento sono 356: con l'ultima "
            "tornata ne sono entrate altre 64.",
            # a number before a colon is read now (only "10:30" is a time)
            [("356", "total_cities", 356, None), ("64", "new_cities", 64, None)],
        ),
        (
            "Quest'anno nella rete delle Learning Cities ne sono state ammesse 72.",
            [("72", "new_cities", 72, None)],
        ),
        (
            "La Rete globale delle città dell'apprendimento accoglie 72 città di 46 diversi "
            "Paesi.",
            [
                ("72 città", "new_cities", 72, None),
                ("46 diversi Paesi", "new_countries", 46, None),
            ],
        ),
    ],
)
def test_italian_clitic_counts_and_different_countries(text: str, expected: list[Row]) -> None:
    assert _found("it", text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "La Red Mundial de Ciudades del Aprendizaje suma 72 ciudades de 46 diferentes países.",
            [
                ("72 ciudades", "new_cities", 72, None),
                ("46 diferentes países", "new_countries", 46, None),
            ],
        ),
        (
            "pt",
            "A Rede Global de Cidades de Aprendizagem recebe 72 cidades de 46 diferentes países.",
            [
                ("72 cidades", "new_cities", 72, None),
                ("46 diferentes países", "new_countries", 46, None),
            ],
        ),
    ],
)
def test_different_countries_are_countries(language: str, text: str, expected: list[Row]) -> None:
    assert [(t, m, v) for t, m, v, _ in _found(language, text)] == [
        (t, m, v) for t, m, v, _ in expected
    ]


def test_the_one_city_named_before_only_is_the_count_of_one() -> None:
    """ "Torino è l'unica città italiana della rete": the named city is the count, as a
    list the store checks city by city; the "only" figure is not said twice."""
    from lcnet.dates import PartialDate
    from lcnet.extract import Gazetteer, Place

    places = Gazetteer(
        {
            "torino": Place("it/turin", "IT", PartialDate(2016, 1)),
            "lausanne": Place("ch/lausanne", "CH", PartialDate(2022, 9)),
        }
    )
    cases = [
        ("it", "Torino è l'unica città italiana della rete globale delle Learning Cities.", "IT"),
        ("fr", "Lausanne reste la seule ville suisse du réseau des villes apprenantes.", "CH"),
    ]
    for language, text, country in cases:
        found = [
            (m.metric.value, m.value, m.country, m.cities)
            for m in find_mentions(read_document(text, "text"), language, places=places)
        ]
        key = "it/turin" if country == "IT" else "ch/lausanne"
        assert found == [("country_cities", 1, country, (key,))]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "it",
            "La rete delle Learning Cities cresce. Con Brescia e Cividale del Friuli, le due "
            "nuove\nitaliane, le città del nostro Paese salgono a otto.",
            [("otto", "country_cities", 8, "IT")],
        ),
        (
            "fr",
            "Le réseau des villes apprenantes grandit. Avec Lille, la dernière ville française "
            "admise, les villes de notre pays sont désormais huit.",
            [("huit", "country_cities", 8, "FR")],
        ),
        (
            "en",
            "The Global Network of Learning Cities grows. With Cork, the newest Irish member, "
            "the cities of our country now number four.",
            [("four", "country_cities", 4, "IE")],
        ),
    ],
)
def test_our_country_is_the_one_named_before(
    language: str, text: str, expected: list[Row]
) -> None:
    assert _found(language, text) == expected


def test_the_one_city_stays_beside_its_countrys_count() -> None:
    """The list of one that stands for "the only" stays when the country's own count
    follows close by ("São agora 16 os municípios portugueses")."""
    from lcnet.dates import PartialDate
    from lcnet.extract import Gazetteer, Place

    places = Gazetteer({"fundão": Place("pt/fundao", "PT", PartialDate(2024, 2))})
    text = (
        "O Fundão foi a única cidade portuguesa escolhida na nova ronda da Rede Global de "
        "Cidades de Aprendizagem da UNESCO. São agora 16 os municípios portugueses na rede."
    )
    found = [
        (m.metric.value, m.value, m.country, m.cities)
        for m in find_mentions(read_document(text, "text"), "pt", places=places)
    ]
    assert found == [
        ("new_cities", 1, "PT", ("pt/fundao",)),
        ("country_cities", 16, "PT", ()),
    ]
