"""Figures on a page that is not about the GNLC as a whole (its title and lead name
another network): a number whose unit the figure before gave, and cities with their
countries, belong to the network named last before them; a plain count of cities
does not."""

from __future__ import annotations

from lcnet.extract import find_mentions, read_document

PAGE = """---
title: Cinque reti UNESCO da conoscere
---

# Cinque reti UNESCO da conoscere

La Rete delle città creative conta 408 città in oltre 100 Paesi, divise in otto ambiti.

## Seconda rete

La Rete globale delle città dell'apprendimento conta 425 città in 91 Paesi. Nel 2024, dopo
la tornata di febbraio, erano 356.

Diverse brochure regionali riportano ancora "356 città di 79 Paesi". Una mostra itinerante
toccherà 40 città.
"""


def test_gapped_numbers_and_cities_with_countries_are_the_network_named_last() -> None:
    document = read_document(PAGE, "markdown")
    found = [(m.line, m.text, m.metric.value, m.value) for m in find_mentions(document, "it")]
    assert found == [
        (11, "425 città", "total_cities", 425),
        (11, "91 Paesi", "total_countries", 91),
        (12, "356", "total_cities", 356),
        (14, "356 città", "total_cities", 356),
        (14, "79 Paesi", "total_countries", 79),
    ]
