"""A heading that dates a document dates the short items of the list below it ("La red
en cifras (folleto de 2021)" over "- 229 ciudades"), and a unit's words stay in their
list item ("- 64 países" then "- Más de 250 millones": not "64 more countries")."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

Row = tuple[str, str, int, str | None]

DATED: list[tuple[str, str, list[Row]]] = [
    (
        "es",
        "Algunas cifras.\n\n**La red en cifras (tríptico de 2021)**\n\n- 229 ciudades\n"
        "- 64 países\n- Más de 250 millones de habitantes\n",
        [
            ("229 ciudades", "total_cities", 229, "2021"),
            ("64 países", "total_countries", 64, "2021"),
            ("Más de 250 millones de habitantes", "citizens", 250_000_000, "2021"),
        ],
    ),
    (
        "pt",
        "## A rede em números (brochura de 2021)\n\n- 229 cidades\n- 64 países\n",
        [
            ("229 cidades", "total_cities", 229, "2021"),
            ("64 países", "total_countries", 64, "2021"),
        ],
    ),
    (  # the month of a bracketed date without a word that marks it
        "pt",
        "## Ficha da rede (dados de julho de 2019)\n\n- Cidades membros: 170\n- Países: 53\n",
        [("170", "total_cities", 170, "2019-07"), ("53", "total_countries", 53, "2019-07")],
    ),
    (  # HTML list items come as paragraphs of their own
        "es",
        "Datos de la red (según la memoria anual de 2021)\n\n \n\n229 ciudades miembros\n\n \n\n"
        "64 países\n",
        [
            ("229 ciudades miembros", "total_cities", 229, "2021"),
            ("64 países", "total_countries", 64, "2021"),
        ],
    ),
    (
        "en",
        "### Key figures (2021)\n\n- 229 cities\n- 64 countries\n",
        [
            ("229 cities", "total_cities", 229, "2021"),
            ("64 countries", "total_countries", 64, "2021"),
        ],
    ),
    (
        "fr",
        "### Chiffres clés (dépliant de 2021)\n\n- 229 villes\n- 64 pays\n",
        [("229 villes", "total_cities", 229, "2021"), ("64 pays", "total_countries", 64, "2021")],
    ),
    (
        "it",
        "**La rete in cifre (opuscolo del 2021)**\n\n- 229 città\n- 64 paesi\n",
        [("229 città", "total_cities", 229, "2021"), ("64 paesi", "total_countries", 64, "2021")],
    ),
    (
        "de",
        "## Das Netzwerk in Zahlen (Broschüre von 2021)\n\n- 229 Städte\n- 64 Länder\n",
        [
            ("229 Städte", "total_cities", 229, "2021"),
            ("64 Länder", "total_countries", 64, "2021"),
        ],
    ),
]

UNDATED: list[tuple[str, str, list[Row]]] = [
    (  # a sentence that opens the list is no heading
        "es",
        "La red se presentó en 2013 y sus cifras son:\n\n- 425 ciudades\n- 91 países\n",
        [("425 ciudades", "total_cities", 425, None), ("91 países", "total_countries", 91, None)],
    ),
    (
        "es",
        "La red nació en 2013 en Pekín.\n\n- 425 ciudades\n- 91 países\n",
        [("425 ciudades", "total_cities", 425, None), ("91 países", "total_countries", 91, None)],
    ),
    (  # a heading dates a list, not the prose below it
        "es",
        "## Noticias de 2024\n\nLa red suma hoy 425 ciudades en 91 países.\n",
        [("425 ciudades", "total_cities", 425, None), ("91 países", "total_countries", 91, None)],
    ),
    (
        "es",
        "## La red hoy (cifras de 2026)\n\n- 425 ciudades\n",
        [("425 ciudades", "total_cities", 425, None)],
    ),
]


def _found(language: str, text: str) -> list[Row]:
    return [
        (m.text, m.metric.value, m.value, None if m.as_of is None else str(m.as_of))
        for m in mentions(language, text, "2026-03-01")
    ]


@pytest.mark.parametrize(("language", "text", "expected"), DATED + UNDATED)
def test_a_heading_dates_the_list_below_it(language: str, text: str, expected: list[Row]) -> None:
    assert _found(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "- 229 ciudades\n- 64 países\n- Más de 250 millones\n"),
        ("es", "- 229 ciudades\n- 64 países\n\n- Más de 250 millones de habitantes\n"),
    ],
)
def test_a_units_words_stay_in_its_item(language: str, text: str) -> None:
    found = _found(language, text)
    assert ("64 países", "total_countries", 64, None) in found
