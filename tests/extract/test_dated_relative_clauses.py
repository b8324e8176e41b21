"""A figure in a relative clause dated after it ("The network, which had 115 members in
2016, now gathers 425 cities"): the "now" of the main clause made the 115 current, so a
true historic figure was judged stale (a false alarm), in en, fr and de; es, it, pt and
vi read it already. A date between the figure and the comma that closes its clause now
sets that clause, as a date before the figure did (lcnet.extract.historic._present_end);
German also dates a bare year right after the relative pronoun ("das 2016 noch 115
Mitglieder hatte"), where the verb comes last."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

RELATIVE = [
    ("en", "The network, which had 115 members in 2016, now gathers 425 cities.",
     "115 members", "425 cities"),
    ("en", "The network, which counted 294 cities in 2022, now gathers 425 cities.",
     "294 cities", "425 cities"),
    ("fr", "Le réseau, qui comptait 115 membres en 2016, réunit aujourd'hui 425 villes.",
     "115 membres", "425 villes"),
    ("de", "Das Netzwerk, das 2016 noch 115 Mitglieder hatte, umfasst heute 425 Städte.",
     "115 Mitglieder", "425 Städte"),
    ("es", "La red, que tenía 115 miembros en 2016, agrupa hoy a 425 ciudades.",
     "115 miembros", "425 ciudades"),
    ("it", "La rete, che contava 115 membri nel 2016, riunisce oggi 425 città.",
     "115 membri", "425 città"),
    ("pt", "A rede, que tinha 115 membros em 2016, agrupa hoje 425 cidades.",
     "115 membros", "425 cidades"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "then", "now"), RELATIVE)
def test_the_relative_clause_keeps_its_date_and_the_main_clause_is_current(
    language: str, text: str, then: str, now: str
) -> None:
    old_value = int(then.split()[0])
    assert read_titled(language, text) == [
        (then, "total_cities", old_value, "exact", "2016" if old_value == 115 else "2022", None),
        (now, "total_cities", 425, "exact", None, None),
    ]


def test_a_date_past_the_comma_is_not_the_clause_s() -> None:
    """ "425 members in 91 countries, now the largest": no date, the figure is current."""
    assert read_titled("en", "The network has 425 members in 91 countries, now its largest.") == [
        ("425 members", "total_cities", 425, "exact", None, None),
        ("91 countries", "total_countries", 91, "exact", None, None),
    ]
