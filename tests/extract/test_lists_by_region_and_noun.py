"""A country's members listed in full, as national commissions and town halls list them
(the s16 iberia helper's sweep): a name's region joined to it by a hyphen ("Lagoa-Açores")
is the member the gazetteer knows, not the end of the list; items split by semicolons and
commas alike; "integra atualmente as cidades de A, B e C" ties the names to the network
as "são" and a colon do. Near-misses: "integra também A, B e C" (some of them, the rest
said before) and a list past a name lcnet does not know state no count."""

from __future__ import annotations

import pytest

from lcnet.dates import PartialDate
from lcnet.extract import Gazetteer
from lcnet.extract.lists import Place
from tests.extract.titled import read_titled

_PT = ("Câmara de Lobos", "Mação", "Cascais", "Anadia", "Lagoa", "Praia da Vitória")
_CO = ("Medellín", "Cali", "Bogotá", "Manizales")
PLACES = Gazetteer(
    {
        **{n.lower(): Place(f"pt/{i}", "PT", PartialDate(2016)) for i, n in enumerate(_PT)},
        **{n.lower(): Place(f"co/{i}", "CO", PartialDate(2018)) for i, n in enumerate(_CO)},
    }
)
_NAMES = "Câmara de Lobos, Mação, Cascais, Anadia, Lagoa-Açores e Praia da Vitória"
_SEMI = "Câmara de Lobos; Mação; Cascais; Anadia; Lagoa-Açores, Praia da Vitória"


@pytest.mark.parametrize(
    ("language", "body", "value"),
    [
        ("pt", f"As cidades portuguesas da rede são {_NAMES}.", 6),
        ("pt", f"A Rede em Portugal integra atualmente as seguintes cidades: {_SEMI}.", 6),
        ("pt", f"A Rede em Portugal integra as cidades de {_NAMES}.", 6),
        ("pt", f"Em Portugal, a rede integra hoje os municípios de {_SEMI}.", 6),
        ("pt", "Os membros portugueses são Câmara de Lobos, Mação, Lagoa (Açores) e Anadia.", 4),
        ("es", "Los miembros colombianos de la red son Medellín; Cali; Bogotá y Manizales.", 4),
        ("es", "En Colombia, la red integra actualmente las ciudades de Medellín, Cali, Bogotá "
         "y Manizales.", 4),
        ("en", "Portugal's member cities are Câmara de Lobos, Mação, Cascais, Anadia, "
         "Lagoa-Azores and Praia da Vitória.", 6),
    ],
)  # fmt: skip
def test_a_full_list_counts_its_country(language: str, body: str, value: int) -> None:
    rows = read_titled(language, body, places=PLACES)
    assert [(r[1], r[2], r[5]) for r in rows] == [("country_cities", value, rows[0][5])]
    assert rows[0][5] in ("PT", "CO")


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("pt", "A Rede em Portugal integra também Câmara de Lobos, Mação, Cascais e Anadia."),
        ("pt", "As cidades portuguesas da rede são Câmara de Lobos, Mação, Cascais, Anadia, "
         "Lagoa-Açores, Sintra e Praia da Vitória."),
        ("es", "Los miembros colombianos de la red son Medellín, Cali, Bogotá, Tunja y "
         "Manizales."),
    ],
)  # fmt: skip
def test_some_of_the_members_state_no_count(language: str, body: str) -> None:
    assert read_titled(language, body, places=PLACES) == []
