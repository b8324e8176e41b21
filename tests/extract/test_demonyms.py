"""Adjectives of nationality tie "N <adjective> cities" to a country, in every inflected
form a news text uses (lcnet.extract.lang.<code>: demonyms), and name real countries."""

from __future__ import annotations

import pycountry
import pytest

from lcnet.extract.lang import language
from tests.extract.titled import mentions

Row = tuple[str, str, int, str | None]

SENTENCES: list[tuple[str, str, list[Row]]] = [
    # French: masculine and feminine, singular and plural
    (
        "fr",
        "Le réseau compte désormais trois villes qataries.",
        [("trois villes qataries", "country_cities", 3, "QA")],
    ),
    (
        "fr",
        "L'UNESCO a ajouté deux nouvelles villes sud-africaines au réseau.",
        [("deux nouvelles villes sud-africaines", "new_cities", 2, "ZA")],
    ),
    (
        "fr",
        "Le réseau compte désormais quatre villes ouzbèkes.",
        [("quatre villes ouzbèkes", "country_cities", 4, "UZ")],
    ),
    (
        "fr",
        "Le réseau compte désormais deux villes bissau-guinéennes.",
        [("deux villes bissau-guinéennes", "country_cities", 2, "GW")],
    ),
    (
        "fr",
        "Le réseau compte désormais cinq villes émiraties.",
        [("cinq villes émiraties", "country_cities", 5, "AE")],
    ),
    # "guinéen" is GN's and GW's: no country is guessed, and no figure reported
    ("fr", "Le réseau compte désormais deux villes guinéennes.", []),
    # Italian
    (
        "it",
        "La rete conta ora tre città qatariote.",
        [("tre città qatariote", "country_cities", 3, "QA")],
    ),
    (
        "it",
        "Sono entrate nella rete due nuove città ungheresi.",
        [("due nuove città ungheresi", "new_cities", 2, "HU")],
    ),
    (
        "it",
        "La rete conta ora quattro città russe.",
        [("quattro città russe", "country_cities", 4, "RU")],
    ),
    (
        "it",
        "La rete conta ora cinque città rumene.",
        [("cinque città rumene", "country_cities", 5, "RO")],
    ),
    (
        "it",
        "Le città olandesi sono sei.",
        [("città olandesi sono sei", "country_cities", 6, "NL")],
    ),
    # Portuguese: -o/-a/-os/-as and -ês/-esa/-eses/-esas
    (
        "pt",
        "A rede conta agora com três cidades dinamarquesas.",
        [("três cidades dinamarquesas", "country_cities", 3, "DK")],
    ),
    (
        "pt",
        "A UNESCO acrescentou duas novas cidades sul-africanas à rede.",
        [("duas novas cidades sul-africanas", "new_cities", 2, "ZA")],
    ),
    (
        "pt",
        "A rede conta agora com quatro cidades eslovenas.",
        [("quatro cidades eslovenas", "country_cities", 4, "SI")],
    ),
    (
        "pt",
        "A rede conta agora com cinco municípios suíços.",
        [("cinco municípios suíços", "country_cities", 5, "CH")],
    ),
    # German: the declined forms
    (
        "de",
        "Dem Netzwerk gehören jetzt drei katarische Städte an.",
        [("drei katarische Städte", "country_cities", 3, "QA")],
    ),
    (
        "de",
        "Das Netzwerk zählt nun zwei neue südafrikanische Städte.",
        [("zwei neue südafrikanische Städte", "new_cities", 2, "ZA")],
    ),
    (
        "de",
        "Dem Netzwerk gehören jetzt vier russische Städte an.",
        [("vier russische Städte", "country_cities", 4, "RU")],
    ),
    (
        "de",
        "Das Netzwerk zählt nun fünf rumänische Städte.",
        [("fünf rumänische Städte", "country_cities", 5, "RO")],
    ),
    # English
    (
        "en",
        "The network now counts three South African cities.",
        [("three South African cities", "country_cities", 3, "ZA")],
    ),
    (
        "en",
        "UNESCO added two new Hungarian cities to the network.",
        [("two new Hungarian cities", "new_cities", 2, "HU")],
    ),
    (
        "en",
        "The network now counts four Cape Verdean cities.",
        [("four Cape Verdean cities", "country_cities", 4, "CV")],
    ),
    (
        "en",
        "The network now counts two Guinean cities and one Bissau-Guinean city.",
        [
            ("two Guinean cities", "country_cities", 2, "GN"),
            ("one Bissau-Guinean city", "country_cities", 1, "GW"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SENTENCES)
def test_an_adjective_of_nationality_names_the_country(
    lang: str, text: str, expected: list[Row]
) -> None:
    found = [(m.text, m.metric.value, m.value, m.country) for m in mentions(lang, text)]
    assert found == expected


@pytest.mark.parametrize("lang", ["de", "en", "es", "fr", "it", "pt"])
def test_every_adjective_names_an_iso_country(lang: str) -> None:
    codes = set(language(lang).demonyms.values())
    assert codes
    assert sorted(c for c in codes if pycountry.countries.get(alpha_2=c) is None) == []


@pytest.mark.parametrize(
    ("lang", "shared"),
    [("fr", "guinéen"), ("it", "guineano"), ("pt", "guineense"), ("de", "guineische")],
)
def test_an_adjective_two_countries_share_names_neither(lang: str, shared: str) -> None:
    assert shared not in language(lang).demonyms
