"""A count said with "only" or "still" ("le italiane erano soltanto tre", "les villes
françaises n'étaient que deux", "eran apenas tres"), and a word of joining that "before"
governs ("prima dell'ingresso di Lucca e Trieste, le italiane erano tre"): the count
before an intake, not the intake."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

C, T = "country_cities", "total_cities"

ONLY: list[tuple[str, str, list[Row]]] = [
    ("it", "Le città italiane della rete sono ancora sei.", [("sei", C, 6, "exact", None, "IT")]),
    ("it", "Nel 2019 le italiane erano soltanto tre.", [("tre", C, 3, "exact", "2019", "IT")]),
    ("fr", "En 2019, les villes françaises n'étaient que deux.",
     [("deux", C, 2, "exact", "2019", "FR")]),
    ("fr", "En 2019, les villes françaises étaient seulement deux.",
     [("deux", C, 2, "exact", "2019", "FR")]),
    ("es", "En 2019 las ciudades colombianas de la red eran apenas tres.",
     [("tres", C, 3, "exact", "2019", "CO")]),
    ("pt", "Em 2019 as cidades portuguesas da rede eram apenas três.",
     [("três", C, 3, "exact", "2019", "PT")]),
    ("de", "Die Mitgliedsstädte des Netzwerks waren damals erst 170.",
     [("170", T, 170, "exact", None, None)]),
]  # fmt: skip

BEFORE: list[tuple[str, str, list[Row]]] = [
    ("it", "Nel 2019, prima dell'ingresso di Lucca e Trieste, le italiane erano soltanto tre.",
     [("tre", C, 3, "exact", "2019", "IT")]),
    ("fr", "En 2019, avant l'entrée de Lille, les villes françaises étaient seulement deux.",
     [("deux", C, 2, "exact", "2019", "FR")]),
    ("es", "Antes del ingreso de Chía, Colombia tenía seis ciudades en la red.",
     [("seis ciudades", C, 6, "exact", None, "CO")]),
    # the joining itself is still an intake
    ("it", "Lucca è entrata nella rete con altre 53 città.",
     [("altre 53 città", "new_cities", 54, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), ONLY)
def test_only_and_still_before_a_count(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), BEFORE)
def test_a_joining_after_before_is_no_intake(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected
