"""A section whose heading names the GNLC is about it as a whole page is: its figures
with a plain unit are the network's, up to the next heading, unless another network is
named in their paragraph."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

Row = tuple[str, str, int]

MARKDOWN = """# UNESCO city networks: a guide

## Creative Cities

The Creative Cities Network has 350 cities in more than 100 countries.

## {heading}

{body}

## World Heritage

The list holds 1,199 properties in 168 countries and 40 cities.
"""

HTML = """<html><head><title>UNESCO city networks: a guide</title></head><body>
<h1>UNESCO city networks: a guide</h1>
<h2>Creative Cities</h2>
<p>The Creative Cities Network has 350 cities in more than 100 countries.</p>
<h2>{heading}</h2>
<p>{body}</p>
<h2>World Heritage</h2>
<p>The list holds 1,199 properties in 168 countries and 40 cities.</p>
</body></html>
"""

CASES: list[tuple[str, str, str, list[Row]]] = [
    ("en", "Learning cities", "Today 425 cities in 91 countries take part.",
     [("425 cities", "total_cities", 425), ("91 countries", "total_countries", 91)]),
    ("it", "Città dell'apprendimento", "Oggi le città sono 425, in 91 Paesi. Alcuni "
     "opuscoli riportano ancora \"356 città di 79 Paesi\".",
     [("425", "total_cities", 425), ("91 Paesi", "total_countries", 91),
      ("356 città", "total_cities", 356), ("79 Paesi", "total_countries", 79)]),
    ("fr", "Villes apprenantes", "Le réseau réunit aujourd'hui 425 villes dans 91 pays.",
     [("425 villes", "total_cities", 425), ("91 pays", "total_countries", 91)]),
    ("es", "Ciudades del aprendizaje", "Hoy participan 425 ciudades de 91 países.",
     [("425 ciudades", "total_cities", 425), ("91 países", "total_countries", 91)]),
    # a heading that names another network makes nothing the GNLC's
    ("en", "Cities for Peace", "Today 425 cities in 91 countries take part.", []),
]  # fmt: skip


def rows(page: str, kind: str, language: str) -> list[Row]:
    found = find_mentions(read_document(page, kind), language)
    return [(m.text, m.metric.value, m.value) for m in found]


@pytest.mark.parametrize(("language", "heading", "body", "expected"), CASES)
@pytest.mark.parametrize(("kind", "page"), [("markdown", MARKDOWN), ("html", HTML)])
def test_a_heading_that_names_the_gnlc_makes_its_section_about_it(
    kind: str, page: str, language: str, heading: str, body: str, expected: list[Row]
) -> None:
    assert rows(page.format(heading=heading, body=body), kind, language) == expected


def test_another_network_named_in_the_section_holds_its_own_paragraph() -> None:
    body = (
        "Today 425 cities in 91 countries take part.\n\n"
        "The Creative Cities Network, for comparison, has 350 cities.\n\n"
        "In December 2025, 72 new cities joined."
    )
    assert rows(MARKDOWN.format(heading="Learning cities", body=body), "markdown", "en") == [
        ("425 cities", "total_cities", 425),
        ("91 countries", "total_countries", 91),
        ("72 new cities", "new_cities", 72),
    ]
