"""Forms of joining and totalling that real es/pt pages used and lcnet did not read
(session 8): a gerund of totalling after an intake ("totalizando así 425 ciudades"), the
infinitive of a verb of joining after another verb ("logró entrar", "conseguiu entrar"),
and a country said right after the unit of a figure a verb of joining governs ("Entraron
tres ciudades de Colombia"): each in every language where the form exists."""

from __future__ import annotations

import pytest

from lcnet.dates import PartialDate
from lcnet.extract import Gazetteer, Place
from tests.extract.titled import Row, read_titled

TOTALLING = [
    ("es", "Talca y Pucón se suman a las 72 nuevas ciudades de 46 países que la red recibió "
     "en diciembre, totalizando así 425 ciudades en 91 países."),
    ("pt", "Renca e San Nicolás juntaram-se às 72 novas cidades de 46 países que a UNESCO "
     "admitiu este mês na rede, totalizando assim 425 cidades em 91 países."),
    ("fr", "Lille et Nantes ont rejoint les 72 nouvelles villes de 46 pays que l'UNESCO a "
     "intégrées ce mois-ci au réseau, totalisant ainsi 425 villes dans 91 pays."),
    ("en", "Renca and San Nicolás joined the 72 new cities from 46 countries that UNESCO "
     "admitted this month to the network, totalling 425 cities in 91 countries."),
    ("it", "Bergamo e Lecce si sono unite alle 72 nuove città di 46 paesi che l'UNESCO ha "
     "accolto questo mese nella rete, totalizzando così 425 città in 91 paesi."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence"), TOTALLING)
def test_a_gerund_of_totalling_after_an_intake_makes_totals(language: str, sentence: str) -> None:
    found = [(r[1], r[2]) for r in read_titled(language, sentence)]
    assert found == [
        ("new_cities", 72), ("new_countries", 46), ("total_cities", 425), ("total_countries", 91)
    ]  # fmt: skip


def test_totalling_alone_is_a_total() -> None:
    assert read_titled("es", "La red totaliza hoy 425 ciudades.") == [
        ("425 ciudades", "total_cities", 425, "exact", None, None)
    ]
    assert read_titled("en", "UNESCO welcomed 64 new cities, totaling 356 members.") == [
        ("64 new cities", "new_cities", 64, "exact", None, None),
        ("356 members", "total_cities", 356, "exact", None, None),
    ]


PLACED_AFTER = [
    ("es", "Entraron tres ciudades de Colombia en la red.",
     ("tres ciudades", "new_cities", 3, "exact", None, "CO")),
    ("pt", "Entraram três cidades do Brasil nesta edição.",
     ("três cidades", "new_cities", 3, "exact", None, "BR")),
    ("en", "Joining are three cities from Brazil this year.",
     ("three cities", "new_cities", 3, "exact", None, "BR")),
    ("es", "Este año ingresaron cuatro ciudades de México.",
     ("cuatro ciudades", "new_cities", 4, "exact", None, "MX")),
    ("pt", "A rede conta com três cidades do Brasil.",  # a total's verb: the country's count
     ("três cidades", "country_cities", 3, "exact", None, "BR")),
    ("es", "Con la entrada de Chía, la red cuenta con nueve ciudades de Colombia.",
     ("nueve ciudades", "country_cities", 9, "exact", None, "CO")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), PLACED_AFTER)
def test_a_country_after_the_unit_places_an_intake_share(
    language: str, sentence: str, expected: tuple[str, str, int, str, None, str]
) -> None:
    assert read_titled(language, sentence) == [expected]


INFINITIVES = [
    ("es", "Este año Tunja logró entrar en la red con otras 63 ciudades.", 64),
    ("es", "Chía consiguió ingresar a la red junto a otras 71 ciudades.", 72),
    ("es", "Jesús María logró incorporarse a la red con otras 71 ciudades.", 72),
    ("pt", "Este ano Fundão conseguiu entrar na rede com outras 63 cidades.", 64),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "value"), INFINITIVES)
def test_the_infinitive_of_joining_after_a_verb_makes_an_intake(
    language: str, sentence: str, value: int
) -> None:
    assert [(r[1], r[2]) for r in read_titled(language, sentence)] == [("new_cities", value)]


PLACES = Gazetteer(
    {
        "fundão": Place("pt/fundao", "PT", PartialDate(2024, 2)),
        "l'alcora": Place("es/l-alcora", "ES", PartialDate(2020, 9)),
        "renca": Place("cl/renca", "CL", PartialDate(2025, 12)),
        "lausanne": Place("ch/lausanne", "CH", PartialDate(2022, 9)),
    }
)


def read_places(language: str, body: str) -> list[Row]:
    return read_titled(language, body, places=PLACES)


ONLY_JOINED = [
    ("pt", "O Fundão foi a única cidade portuguesa que na edição passada conseguiu entrar "
     "na rede.", ("Fundão foi a única", "PT")),
    ("pt", "O Fundão foi a única cidade portuguesa que conseguiu integrar a rede nesta edição.",
     ("Fundão foi a única", "PT")),
    ("es", "L'Alcora fue la única ciudad española que logró entrar en la red ese año.",
     ("L'Alcora fue la única", "ES")),
    ("es", "Renca fue la única ciudad chilena que consiguió ingresar a la red.",
     ("Renca fue la única", "CL")),
    ("es", "Renca es la única comuna chilena en incorporarse a la red este año.",
     ("Renca es la única", "CL")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), ONLY_JOINED)
def test_the_only_city_that_managed_to_join_is_its_countrys_share_of_an_intake(
    language: str, sentence: str, expected: tuple[str, str]
) -> None:
    """ "the only Portuguese city that managed to join": the intake's 1, not Portugal's."""
    text, country = expected
    assert read_places(language, sentence) == [(text, "new_cities", 1, "exact", None, country)]


def test_the_only_member_without_joining_is_its_country_count() -> None:
    assert read_places("pt", "O Fundão é a única cidade portuguesa da rede.") == [
        ("Fundão é a única", "country_cities", 1, "exact", None, "PT")
    ]
