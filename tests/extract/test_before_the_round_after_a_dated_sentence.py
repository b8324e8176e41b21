"""A count "before the round" after a sentence dated otherwise: "En 2020 la red tenía 229
ciudades. Antes de la ronda de diciembre, la red sumaba 356 ciudades" dated the 356 by
the sentence before (2020: wrong, a false alarm of a variant sweep in es, it, fr); the
verb of a past state no longer points back where "before this round"
(Language.before_this) governs the clause: the 356 is of the time before the round."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES


def read(language: str, body: str) -> list[tuple[int, str | None, bool]]:
    page = f"---\ntitle: {TITLES[language]}\ndate: 2026-03-10\n---\n\n{body}\n"
    found = find_mentions(read_document(page, "markdown"), language)
    return [(m.value, str(m.as_of) if m.as_of else None, m.earlier) for m in found]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("es", "En 2020 la red tenía 229 ciudades. Antes de la ronda de diciembre, la red "
               "sumaba 356 ciudades."),
        ("it", "Nel 2020 la rete aveva 229 città. Prima della tornata di dicembre, la rete "
               "contava 356 città."),
        ("fr", "En 2020, le réseau comptait 229 villes. Avant la vague de décembre, le réseau "
               "comptait 356 villes."),
        ("pt", "Em 2020, a rede tinha 229 cidades. Antes da ronda de dezembro, a rede contava "
               "356 cidades."),
    ],
)  # fmt: skip
def test_before_the_round(language: str, body: str) -> None:
    assert read(language, body) == [(229, "2020", False), (356, None, True)]


def test_a_past_state_still_points_back() -> None:
    body = "Loures entrou em 2020. A rede tinha 229 cidades."
    assert read("pt", body) == [(229, "2020", False)]
