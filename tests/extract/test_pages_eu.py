"""Whole pages in Portuguese, German and Italian: a title naming the network makes its
plain figures the network's, while other programmes and the city's own networks keep
theirs (our own words)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

PAGES = {
    "pt": """---
title: Contagem entra para a Rede Global de Cidades de Aprendizagem da UNESCO
date: 2024-02-20
---

Contagem é uma das 64 cidades de 35 países anunciadas nesta semana. Com elas, a rede
passa a contar com 356 cidades em 79 países.

A cidade também tem um sítio do Patrimônio Mundial; a lista das reservas da biosfera
soma 748 reservas em 134 países.

A rede municipal de ensino atende 38 mil alunos em 112 escolas e 12 municípios vizinhos.
""",
    "de": """---
title: Stadt tritt dem Globalen Netzwerk lernender Städte der UNESCO bei
date: 2024-02-20
---

Die Stadt ist eine von 64 Städten aus 35 Ländern, die in dieser Woche aufgenommen
wurden. Damit zählt das Netzwerk 356 Städte in 79 Ländern.

Zum UNESCO-Welterbe gehören über 1.100 Stätten in 168 Ländern.

Das Straßenbahnnetz verbindet 12 Gemeinden der Region.
""",
    "it": """---
title: Cosenza entra nella Rete globale delle città dell'apprendimento dell'UNESCO
date: 2024-02-20
---

Cosenza è una delle 64 città di 35 Paesi annunciate questa settimana. La rete conta ora
356 città in 79 Paesi.

Il patrimonio mondiale dell'UNESCO comprende oltre 1.100 siti in 168 Paesi.

La rete ferroviaria regionale collega 40 comuni.
""",
}

EXPECTED = {
    "pt": [
        (6, "64 cidades", "new_cities", 64),
        (6, "35 países", "new_countries", 35),
        (7, "356 cidades", "total_cities", 356),
        (7, "79 países", "total_countries", 79),
    ],
    "de": [
        (6, "64 Städten", "new_cities", 64),
        (6, "35 Ländern", "new_countries", 35),
        (7, "356 Städte", "total_cities", 356),
        (7, "79 Ländern", "total_countries", 79),
    ],
    "it": [
        (6, "64 città", "new_cities", 64),
        (6, "35 Paesi", "new_countries", 35),
        (7, "356 città", "total_cities", 356),
        (7, "79 Paesi", "total_countries", 79),
    ],
}


@pytest.mark.parametrize("code", PAGES)
def test_a_page_about_the_network_gives_its_figures_and_no_others(code: str) -> None:
    document = read_document(PAGES[code], "markdown")
    found = [(m.line, m.text, m.metric.value, m.value) for m in find_mentions(document)]
    assert found == EXPECTED[code]
    assert {m.language for m in find_mentions(document)} == {code}
