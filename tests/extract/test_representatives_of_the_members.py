"""Representatives "of the 229 members of the GNLC" are the members' own: the network
named right after the unit makes the count its membership, not an attendance (UIL's
French page on its 2021 conference: "des représentants des 229 membres du GNLC").
Delegates from so many cities, with no network after them, stay an attendance."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

T = "total_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("fr", "L'événement rassemblera des représentants des 229 membres du GNLC de l'UNESCO.",
     [("229 membres", T, 229, "exact", None, None)]),
    ("en", "The event will bring together representatives of the 229 members of the GNLC.",
     [("229 members", T, 229, "exact", None, None)]),
    ("it", "L'evento riunirà i rappresentanti di 229 città della rete.",
     [("229 città", T, 229, "exact", None, None)]),
    ("es", "El evento reunirá a representantes de las 229 ciudades de la red.",
     [("229 ciudades", T, 229, "exact", None, None)]),
    ("fr", "Des représentants de 100 villes ont participé à la conférence.", []),
    ("en", "Delegates from 100 cities attended the conference.", []),
    ("it", "Delegati da 100 città hanno partecipato alla conferenza.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_representatives_of_the_network_members(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected
