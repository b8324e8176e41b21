"""A count given by a verb after its unit, inside a quote that opens on its article
('aggiunge: "Le Learning Cities italiane ... sono otto'), with the network's name between
the unit and the verb, and the cities that would apply (candidates, not members)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

Row = tuple[str, str, int, str | None]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("it", 'Novelli aggiunge: "Le Learning Cities italiane riconosciute dall\'Unesco sono '
         'otto in tutta Italia, di cui due in Friuli Venezia Giulia."',
         [("otto", "country_cities", 8, "IT")]),
        ("it", "Novelli aggiunge: «Le città italiane della rete delle Learning Cities sono otto.»",
         [("otto", "country_cities", 8, "IT")]),
        ("fr", "Il ajoute : « Les villes françaises du réseau des villes apprenantes sont huit. »",
         [("huit", "country_cities", 8, "FR")]),
        ("it", "La rete delle Learning Cities conta 229 città. Secondo un dirigente, le città "
         'interessate ad aderire nel mondo sono "circa mille".',
         [("229 città", "total_cities", 229, None),
          ("circa mille", "candidate_cities", 1000, None)]),
    ],
)  # fmt: skip
def test_a_quoted_count_by_its_verb(language: str, text: str, expected: list[Row]) -> None:
    found = [
        (m.text, m.metric.value, m.value, m.country)
        for m in find_mentions(read_document(text, "text"), language)
    ]
    assert found == expected
