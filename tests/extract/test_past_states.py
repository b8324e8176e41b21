"""A count's verb in the imperfect, the tense of a past state ("la red tenía", "a rede
tinha", "le réseau comptait", "la rete contava"), dates the figure by the sentence
before it, as "at the time" does: "Quando o Instituto divulgou a primeira lista, em
agosto de 2016, ... A lista completa tinha 115 membros de 28 países" (a pt dev page)
was judged as of the page's day. Only the figure's own verb counts (just before it,
no comma between); a "now" keeps it current; with no date before, nothing changes."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

PAST_STATES = [
    ("pt", "Quando o Instituto divulgou a primeira lista, em agosto de 2016, anunciou mais de "
     "cem cidades. A lista completa tinha 115 membros de 28 países.",
     [("mais de cem cidades", "2016-08"), ("115 membros", "2016-08"), ("28 países", "2016-08")]),
    ("es", "Tunja ingresó a la red en 2020. La red tenía 229 ciudades de 64 países.",
     [("229 ciudades", "2020"), ("64 países", "2020")]),
    ("pt", "Loures entrou na rede em 2020. As cidades da rede eram 229.", [("229", "2020")]),
    ("it", "Palermo è entrata nella rete nel 2019. La rete contava 170 città.",
     [("170 città", "2019")]),
    ("fr", "Lille a rejoint le réseau en 2020. Le réseau comptait 229 villes.",
     [("229 villes", "2020")]),
    # not the figure's verb: another clause's, behind a comma
    ("es", "Medellín ingresó en 2017. La red, que ya tenía presencia en Colombia, suma 425 "
     "ciudades.", [("425 ciudades", "None")]),
    # a "now" keeps it current; no date before, nothing to point back to
    ("pt", "Loures entrou na rede em 2020. Hoje a rede tinha 425 cidades.",
     [("425 cidades", "None")]),
    ("es", "La red tenía 425 ciudades.", [("425 ciudades", "None")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "expected"), PAST_STATES)
def test_a_verb_of_a_past_state_points_back_to_the_date_before(
    language: str, body: str, expected: list[tuple[str, str]]
) -> None:
    found = [(m.text, str(m.as_of)) for m in mentions(language, body, "2025-12-20")]
    assert found == expected
