"""A count compared with another country's: "Viet Nam has six members, against 13 in
Thailand", "gegenüber 13 in Thailand", "contre 13 en Thaïlande", "frente a 13 en
Tailandia". The compared number was read as the first country's earlier count (the start
of a change, as in "against four in 2022"): Viet Nam's 13, a false alarm. A place named
right after it (Language.place_connectors and a country) makes it that country's count,
at the first one's date (engine._placed_after)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions
from tests.extract.titled import titled

Row = tuple[str, int, str | None, str | None]

CASES: list[tuple[str, str, list[Row]]] = [
    ("en", "Viet Nam has just six members in the network, against 13 in Thailand.",
     [("country_cities", 6, "VN", None), ("country_cities", 13, "TH", None)]),
    ("en", "Viet Nam has six member cities in the network, compared with 13 in Thailand.",
     [("country_cities", 6, "VN", None), ("country_cities", 13, "TH", None)]),
    ("en", "In 2022 Viet Nam had three member cities, against eight in Thailand.",
     [("country_cities", 3, "VN", "2022"), ("country_cities", 8, "TH", "2022")]),
    ("de", "Vietnam hat sechs Mitgliedsstädte im Netzwerk, gegenüber 13 in Thailand.",
     [("country_cities", 6, "VN", None), ("country_cities", 13, "TH", None)]),
    ("fr", "Le Viet Nam compte six villes membres du réseau, contre 13 en Thaïlande.",
     [("country_cities", 6, "VN", None), ("country_cities", 13, "TH", None)]),
    ("es", "Vietnam tiene seis ciudades en la red, frente a 13 en Tailandia.",
     [("country_cities", 6, "VN", None), ("country_cities", 13, "TH", None)]),
    ("it", "Il Vietnam ha sei città nella rete, contro le 13 in Thailandia.",
     [("country_cities", 6, "VN", None), ("country_cities", 13, "TH", None)]),
    # the same country's earlier count stays the start of a change
    ("en", "Viet Nam has six member cities in the network, compared with four in 2022.",
     [("country_cities", 6, "VN", None), ("country_cities", 4, "VN", "2022")]),
    ("de", "Vietnam hat sechs Mitgliedsstädte im Netzwerk, gegenüber vier im Jahr 2022.",
     [("country_cities", 6, "VN", None), ("country_cities", 4, "VN", "2022")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_count_compared_with_another_country_is_that_country_s(
    language: str, text: str, expected: list[Row]
) -> None:
    found = find_mentions(titled(language, text), language)
    assert [
        (m.metric.value, m.value, m.country, str(m.as_of) if m.as_of else None) for m in found
    ] == expected
