"""A timeline's "now" in a past tense: "- **Februar 2024:** 64 Städte kamen dazu; das
Netzwerk hatte nun 356 Mitglieder" on a 2026 page. The "nun" made the line's figures the
text's own (judged stale); a "now" beside a verb of the past is the time of the line's
date (Language.narrative_now in en and de; a verb of a past state, Language.past_states,
in es, fr, it and pt). A "now" with a verb of the present still speaks for the text."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

NARRATED = [
    ("de", "- **Februar 2024:** 64 Städte kamen dazu; das Netzwerk hatte nun 356 Mitglieder."),
    ("de", "- Februar 2024: 64 Städte kamen dazu; nun zählte das Netzwerk 356 Mitglieder."),
    ("en", "- **February 2024:** 64 cities joined; the network now had 356 members."),
    ("en", "- February 2024: 64 cities joined, and the network was now 356 members strong."),
    ("fr", "- Février 2024 : 64 villes arrivent ; le réseau comptait désormais 356 membres."),
    ("es", "- Febrero de 2024: entran 64 ciudades; la red tenía ahora 356 miembros."),
    ("it", "- Febbraio 2024: entrano 64 città; la rete contava ora 356 membri."),
    ("pt", "- Fevereiro de 2024: entram 64 cidades; a rede tinha agora 356 membros."),
]


def dates(language: str, text: str) -> list[tuple[int, str | None]]:
    return [(m.value, m.as_of and str(m.as_of)) for m in mentions(language, text, "2026-03-02")]


@pytest.mark.parametrize(("language", "text"), NARRATED)
def test_now_in_a_past_tense_is_the_line_s_date(language: str, text: str) -> None:
    assert dates(language, text) == [(64, "2024-02"), (356, "2024-02")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "- Februar 2024: 64 Städte kamen dazu; das Netzwerk hat nun 356 Mitglieder."),
        ("en", "- February 2024: 64 cities join; the network now has 356 members."),
    ],
)
def test_now_in_the_present_speaks_for_the_text(language: str, text: str) -> None:
    assert dates(language, text) == [(64, "2024-02"), (356, None)]
