"""A round that takes the network to a total: "Con esta convocatoria la red alcanzó 294
ciudades en 76 países" was an intake of 294 (the round's words the nearest cue, the verb
of reaching none) and dated by the year a paragraph before named ("la pionera fue
Medellín, en 2018"). A verb of reaching or of taking the network to a count says a total,
in every language with one; and a verb of a past state alone does not date its figure by
the paragraph before (words that point back, "that year", "at the time", still do).
"""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

REACHED = [
    ("es", "Con esta convocatoria la red alcanzó 294 ciudades en 76 países.", "294 ciudades"),
    ("es", "Esta convocatoria llevó la red a 294 ciudades de 76 países.", "294 ciudades"),
    ("pt", "Com esta rodada a rede alcançou 294 cidades em 76 países.", "294 cidades"),
    ("pt", "Esta rodada levou a rede a 294 cidades de 76 países.", "294 cidades"),
    ("pt", "Com a nova leva, a rede atingiu 294 cidades em 76 países.", "294 cidades"),
    ("it", "Con questa tornata la rete ha raggiunto 294 città in 76 paesi.", "294 città"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "text"), REACHED)
def test_a_round_that_reaches_a_count_states_the_total(
    language: str, body: str, text: str
) -> None:
    found = [(m.text, m.metric.value, m.value, m.as_of) for m in mentions(language, body)]
    assert found == [(text, "total_cities", 294, None), (found[1][0], "total_countries", 76, None)]


def test_a_round_that_brings_new_cities_is_still_an_intake() -> None:
    found = mentions("pt", "A rodada levou 77 novas cidades à rede.")
    assert [(m.metric.value, m.value) for m in found] == [("new_cities", 77)]


PARAGRAPH_BEFORE = [
    ("es", "Las colombianas son ahora ocho; la pionera fue Medellín, en 2018.\n\n"
           "Con esta convocatoria la red alcanzó 294 ciudades.", "294 ciudades", None),
    ("pt", "As portuguesas são agora catorze; a primeira foi Mação, em 2016.\n\n"
           "Com esta rodada a rede alcançou 294 cidades.", "294 cidades", None),
    # words that point back still reach the paragraph before
    ("es", "Medellín ingresó en 2018.\n\nEn aquel momento, la red tenía 180 ciudades.",
     "180 ciudades", "2018"),
    ("en", "Vinh joined in September 2020.\n\nAt the time, the network had 229 cities.",
     "229 cities", "2020-09"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "body", "text", "as_of"), PARAGRAPH_BEFORE)
def test_a_past_state_alone_is_not_dated_by_the_paragraph_before(
    language: str, body: str, text: str, as_of: str | None
) -> None:
    found = {m.text: m.as_of for m in mentions(language, body, "2022-09-20")}
    assert (None if found[text] is None else str(found[text])) == as_of
