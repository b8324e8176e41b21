"""Phrasing seen on new Italian and French pages, read in every language that has it:
the modifiers of a counted subject ("le nuove città erano 38"), a count in quotes
('sono "oltre 400"'), a figure dated by what it is ("dati del 2022", "chiffres de
2016"), an announcement's date ("à l'annonce de février 2024, 356"), a placed part
"of them" ("seize d'entre elles sont africaines"), masculine connectors ("425 membri,
sparsi in 91 Paesi")."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

Row = tuple[str, str, int, str, str | None, str | None]

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "it",
        "Quando Palermo è entrata, nel luglio 2019, le nuove città erano 38 da 23 Paesi.",
        [
            ("38", "new_cities", 38, "exact", None, "2019-07"),
            ("23 Paesi", "new_countries", 23, "exact", None, "2019-07"),
        ],
    ),
    (
        "es",
        "En 2019 las nuevas ciudades fueron 38.",
        [("38", "new_cities", 38, "exact", None, "2019")],
    ),
    (
        "it",
        'Su un sito turistico si legge che le città dell\'apprendimento sono "oltre 400".',
        [("oltre 400", "total_cities", 400, "more_than", None, None)],
    ),
    (
        "fr",
        "Selon un guide, les villes membres sont « plus de 450 ».",
        [("plus de 450", "total_cities", 450, "more_than", None, None)],
    ),
    (
        "it",
        "Il sito riporta 294 città in 76 Paesi, dati del 2022.",
        [
            ("294 città", "total_cities", 294, "exact", None, "2022"),
            ("76 Paesi", "total_countries", 76, "exact", None, "2022"),
        ],
    ),
    (
        "fr",
        "Le site affiche 115 villes de 28 pays (chiffres de 2016).",
        [
            ("115 villes", "total_cities", 115, "exact", None, "2016"),
            ("28 pays", "total_countries", 28, "exact", None, "2016"),
        ],
    ),
    (
        "en",
        "The site shows 294 cities in 76 countries, figures from 2022.",
        [
            ("294 cities", "total_cities", 294, "exact", None, "2022"),
            ("76 countries", "total_countries", 76, "exact", None, "2022"),
        ],
    ),
    (
        "fr",
        "Il rassemble désormais 425 villes ; à l'annonce de février 2024, 356.",
        [
            ("425 villes", "total_cities", 425, "exact", None, None),
            ("356", "total_cities", 356, "exact", None, "2024-02"),
        ],
    ),
    (
        "it",
        "La rete conta 425 città; all'annuncio di febbraio 2024 erano 356.",
        [
            ("425 città", "total_cities", 425, "exact", None, None),
            ("356", "total_cities", 356, "exact", None, "2024-02"),
        ],
    ),
    (
        "fr",
        "Les 77 villes admises cette année viennent de 44 pays ; seize d'entre elles sont "
        "africaines.",
        [
            ("77 villes", "new_cities", 77, "exact", None, None),
            ("44 pays", "new_countries", 44, "exact", None, None),
            ("seize d'entre elles sont africaines", "new_cities", 16, "exact", "africa", None),
        ],
    ),
    (
        "it",
        "Le nuove città sono 64, da 35 Paesi; sette di queste sono africane.",
        [
            ("64", "new_cities", 64, "exact", None, None),
            ("35 Paesi", "new_countries", 35, "exact", None, None),
            ("sette di queste sono africane", "new_cities", 7, "exact", "africa", None),
        ],
    ),
    (
        "it",
        "Con loro la rete è arrivata a 425 membri, sparsi in 91 Paesi.",
        [
            ("425 membri", "total_cities", 425, "exact", None, None),
            ("91 Paesi", "total_countries", 91, "exact", None, None),
        ],
    ),
    (
        "fr",
        "Le réseau compte 425 membres, répartis dans 91 pays.",
        [
            ("425 membres", "total_cities", 425, "exact", None, None),
            ("91 pays", "total_countries", 91, "exact", None, None),
        ],
    ),
]


MORE: list[tuple[str, str, list[Row]]] = [
    (  # a first-time cue after a count of countries is the nearest count's
        "fr",
        "L'annonce a ajouté 72 villes issues de 46 pays, dont treize pays qui y entrent pour "
        "la première fois.",
        [
            ("72 villes", "new_cities", 72, "exact", None, None),
            ("46 pays", "new_countries", 46, "exact", None, None),
            ("treize pays", "first_time_countries", 13, "exact", None, None),
        ],
    ),
    (  # ... and may hold the next figure: "la prima città ammessa"
        "it",
        "Le nuove città sono 72. Per tredici Paesi si tratta della prima città ammessa.",
        [
            ("72", "new_cities", 72, "exact", None, None),
            ("tredici Paesi", "first_time_countries", 13, "exact", None, None),
        ],
    ),
    (  # the names after "along with" and the subject: 1 + 1 + 70
        "it",
        "Il borgo è entrato insieme a Brescia e ad altre 70 città di tutto il mondo.",
        [("altre 70 città di tutto il mondo", "new_cities", 72, "exact", None, None)],
    ),
    (
        "en",
        "Hanoi joined along with Hue and 70 other cities.",
        [("70 other cities", "new_cities", 72, "exact", None, None)],
    ),
    (
        "en",
        "Hanoi joined along with 71 other cities.",
        [("71 other cities", "new_cities", 72, "exact", None, None)],
    ),
]


SPOKEN: list[tuple[str, str, list[Row]]] = [
    (  # a speaker's claim: the school says it, it owns no count of its own
        "fr",
        "Une présentation en ligne d'une haute école avance, elle, « plus de 450 villes "
        "membres ».",
        [("plus de 450 villes membres", "total_cities", 450, "more_than", None, None)],
    ),
    (  # wire copy without accents
        "fr",
        "Les francaises sont desormais quatre, apres Clermont-Ferrand et Mantes-la-Jolie.",
        [("quatre", "country_cities", 4, "exact", None, None)],
    ),
    (
        "fr",
        "Le site affiche 115 villes de 28 pays, un chiffre de l'ete 2016.",
        [
            ("115 villes", "total_cities", 115, "exact", None, "2016"),
            ("28 pays", "total_countries", 28, "exact", None, "2016"),
        ],
    ),
    (  # a number over 31 is no day of the month after it
        "fr",
        "Le réseau comptait 229 villes en 2021 et 356 en février 2024.",
        [
            ("229 villes", "total_cities", 229, "exact", None, "2021"),
            ("356", "total_cities", 356, "exact", None, "2024-02"),
        ],
    ),
    (  # towns ready to apply
        "it",
        "La delegazione cita almeno tre comuni pronti a candidarsi.",
        [("almeno tre comuni", "candidate_cities", 3, "at_least", None, None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES + MORE + SPOKEN)
def test_phrasing(language: str, text: str, expected: list[Row]) -> None:
    found = [
        (m.text, m.metric.value, m.value, m.qualifier.value, m.region, m.as_of and str(m.as_of))
        for m in mentions(language, text)
    ]
    assert found == expected
