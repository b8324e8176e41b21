"""Parts of an intake named by their place, the newcomers' noun left out ("De las recién
llegadas, siete están en África y once en Asia y el Pacífico"), in every language that
says it so."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

Row = tuple[str, str, int, str | None, str | None]

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "es",
        "De las recién llegadas, siete están en África y once en la región de Asia y el Pacífico.",
        [
            ("siete están en África", "new_cities", 7, None, "africa"),
            ("once en la región de Asia y el Pacífico", "new_cities", 11, None, "asia-pacific"),
        ],
    ),
    (
        "es",
        "De las recién admitidas, dieciséis se encuentran en África y nueve en los Estados "
        "Árabes.",
        [
            ("dieciséis se encuentran en África", "new_cities", 16, None, "africa"),
            ("nueve en los Estados Árabes", "new_cities", 9, None, "arab-states"),
        ],
    ),
    (
        "es",
        "Entre las recién llegadas, once son capitales nacionales y diez pertenecen a América "
        "Latina y el Caribe.",
        [
            ("once son capitales nacionales", "new_capitals", 11, None, None),
            (
                "diez pertenecen a América Latina y el Caribe",
                "new_cities",
                10,
                None,
                "latin-america-caribbean",
            ),
        ],
    ),
    (
        "pt",
        "Das recém-admitidas, dez estão na América Latina e no Caribe e onze são capitais "
        "nacionais.",
        [
            (
                "dez estão na América Latina e no Caribe",
                "new_cities",
                10,
                None,
                "latin-america-caribbean",
            ),
            ("onze são capitais nacionais", "new_capitals", 11, None, None),
        ],
    ),
    (  # a number in the set is the intake; a part after a dash-less list is the country's
        "pt",
        "Das 64 escolhidas, sete ficam na África e três no Brasil.",
        [
            ("64", "new_cities", 64, None, None),
            ("sete ficam na África", "new_cities", 7, None, "africa"),
            ("três no Brasil", "new_cities", 3, "BR", None),
        ],
    ),
    (
        "pt",
        "Das novas, três são portuguesas.",
        [("três são portuguesas", "new_cities", 3, "PT", None)],
    ),
    (
        "en",
        "Of the newcomers, seven are in Africa and 11 are capitals.",
        [
            ("seven are in Africa", "new_cities", 7, None, "africa"),
            ("11 are capitals", "new_capitals", 11, None, None),
        ],
    ),
    (
        "fr",
        "Parmi les nouvelles, sept sont en Afrique et trois sont marocaines.",
        [
            ("sept sont en Afrique", "new_cities", 7, None, "africa"),
            ("trois sont marocaines", "new_cities", 3, "MA", None),
        ],
    ),
    (
        "it",
        "Delle nuove, sette sono in Africa e tre sono italiane.",
        [
            ("sette sono in Africa", "new_cities", 7, None, "africa"),
            ("tre sono italiane", "new_cities", 3, "IT", None),
        ],
    ),
    (
        "de",
        "Von den neuen Mitgliedern, sieben liegen in Afrika und drei sind deutsche.",
        [
            ("sieben liegen in Afrika", "new_cities", 7, None, "africa"),
            ("drei sind deutsche", "new_cities", 3, "DE", None),
        ],
    ),
    # not the newcomers: no part of an intake
    ("es", "De las ciudades de la red, siete están en África.", []),
    ("es", "De las recién llegadas, la mayoría están en África.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_parts_of_the_newcomers(language: str, text: str, expected: list[Row]) -> None:
    found = [
        (m.text, m.metric.value, m.value, m.country, m.region)
        for m in mentions(language, text, "2025-12-06")
    ]
    assert found == expected


NATIONALS: list[tuple[str, str, list[Row]]] = [
    (
        "es",
        "Las mexicanas en la red son ya diez, de acuerdo con el Instituto.",
        [("diez", "country_cities", 10, "MX", None)],
    ),
    (  # counted in an intake: new
        "es",
        "Las mexicanas de esta ronda son tres: La Paz, Mérida y San Luis Potosí.",
        [("tres", "new_cities", 3, "MX", None)],
    ),
    (
        "es",
        "Las venezolanas en la red son, por ahora, una.",
        [("una", "country_cities", 1, "VE", None)],
    ),
    (
        "pt",
        "As brasileiras na rede passam a ser seis.",
        [("seis", "country_cities", 6, "BR", None)],
    ),
    (
        "pt",
        "E as portuguesas na rede são agora dezasseis.",
        [("dezasseis", "country_cities", 16, "PT", None)],
    ),
    ("it", "Le italiane nella rete sono ormai nove.", [("nove", "country_cities", 9, "IT", None)]),
    # not a count of cities
    ("es", "Las mexicanas ganaron 3 medallas.", []),
]

RANKS: list[tuple[str, str, list[Row]]] = [
    (
        "es",
        '"Es la décima de México, y la primera del Altiplano", dijo.',
        [("décima de México", "country_cities", 10, "MX", None)],
    ),
    (
        "pt",
        "É a décima sexta de Portugal, lembrou o vereador.",
        [("décima sexta de Portugal", "country_cities", 16, "PT", None)],
    ),
    (
        "fr",
        "Sa voisine est la quatrième de Tunisie.",
        [("quatrième de Tunisie", "country_cities", 4, "TN", None)],
    ),
    ("es", "Sería la segunda de España si prospera.", []),  # a hope, not a rank
]


@pytest.mark.parametrize(("language", "text", "expected"), NATIONALS + RANKS)
def test_nationals_and_ranks_in_a_country(language: str, text: str, expected: list[Row]) -> None:
    found = [
        (m.text, m.metric.value, m.value, m.country, m.region)
        for m in mentions(language, text, "2024-03-01")
    ]
    assert found == expected


MORE: list[tuple[str, str, str, list[tuple[str, str, int, str | None]]]] = [
    (  # the new ones as the subject of a count: the intake
        "pt",
        "Depois da correção, as novas são 54, de 27\npaíses, e a rede tem agora 229 cidades.",
        "2020-10-12",
        [
            ("54", "new_cities", 54, None),
            ("27 países", "new_countries", 27, None),
            ("229 cidades", "total_cities", 229, None),
        ],
    ),
    (  # a round of admissions dates what it brought; members are in countries
        "es",
        "En 2016 la red tenía 115 ciudades; tras la convocatoria de 2022 llegó a 294. Hoy sus "
        "miembros están en 79 países.",
        "2024-02-16",
        [
            ("115 ciudades", "total_cities", 115, "2016"),
            ("294", "total_cities", 294, "2022"),
            ("79 países", "total_countries", 79, None),
        ],
    ),
    (
        "pt",
        "Após a ronda de 2022 eram 294 cidades; hoje os seus membros estão em 79 países.",
        "2024-02-16",
        [("294 cidades", "total_cities", 294, "2022"), ("79 países", "total_countries", 79, None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "date", "expected"), MORE)
def test_the_new_ones_rounds_and_members_places(
    language: str, text: str, date: str, expected: list[tuple[str, str, int, str | None]]
) -> None:
    found = [
        (m.text, m.metric.value, m.value, None if m.as_of is None else str(m.as_of))
        for m in mentions(language, text, date)
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "La ciudad participa en el programa departamental de municipios lectores, que "
            "reúne a 25 municipios.",
        ),
        ("pt", "A cidade integra o programa estadual de leitura, que reúne 25 municípios."),
    ],
)
def test_a_countrys_own_programme_owns_its_count(language: str, text: str) -> None:
    assert mentions(language, text, "2024-03-01") == []
