"""The words each country uses for its municipalities count members as "cities" does
(pt "concelhos", "autarquias"; es "comunas", "cantones", "alcaldías"), and a country's
members may be counted as its representatives ("representantes") or as places ("locais",
"lugares"): those two only with the network named in their sentence, and never the
people of an event ("Estiveram presentes 40 representantes de municípios da rede")."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

C = "country_cities"

CASES: list[tuple[str, str, list[tuple[str, int, str | None]]]] = [
    ("pt", "Viseu é um dos 15 concelhos portugueses na Rede Global de Cidades de Aprendizagem.",
     [(C, 15, "PT")]),
    ("pt", "A rede da UNESCO conta agora com 15 concelhos portugueses.", [(C, 15, "PT")]),
    ("pt", "Portugal soma 15 autarquias na rede da UNESCO.", [(C, 15, "PT")]),
    ("pt", "Na rede, são hoje quinze os representantes portugueses.", [(C, 15, "PT")]),
    ("pt", "Portugal passou a ter quinze representantes na rede.", [(C, 15, "PT")]),
    ("es", "Valparaíso es una de las tres comunas chilenas en la red.", [(C, 3, "CL")]),
    ("es", "Cuenca es uno de los cinco cantones ecuatorianos de la red.", [(C, 5, "EC")]),
    ("es", "Ecuador suma ya cinco cantones en la red de la UNESCO.", [(C, 5, "EC")]),
    ("es", "Son ya 14 los representantes mexicanos en la red.", [(C, 14, "MX")]),
    ("es", "México cuenta con 14 representantes en la red.", [(C, 14, "MX")]),
    # near-misses: an event's people, places of no member
    ("pt", "Estiveram presentes 40 representantes de municípios da rede.", []),
    ("pt", "No encontro da rede participaram 40 representantes de cidades.", []),
    ("pt", "O encontro decorreu em três locais da cidade.", []),
    ("es", "Asistieron 40 representantes de municipios de la red.", []),
    ("es", "En el foro de la red hubo 40 representantes de municipios.", []),
    ("es", "La feria se celebró en tres lugares del centro histórico.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_municipalities_and_representatives_count_members(
    language: str, text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    found = [(m.metric.value, m.value, m.country) for m in mentions(language, text, "2025-12-20")]
    assert found == expected
