"""A forecast is no figure, and its year dates nothing said after it: "La red sumará más
de 450 ciudades en 2027, según las previsiones" was read as a bound of 2027 (violated, a
false alarm in a variant sweep), and "Colombia tenía ocho ciudades en la red antes de la
incorporación de Chía" after it was dated 2027 by its verb of a past state (wrong). The
future of verbs of counting ("sumará", "conterà", "somará", "passera à") is a future cue
in es, it, pt and fr (not the verbs of gathering or having: "El evento reunirá a
representantes de las 229 ciudades"); a past state never points forward to a date after
the text's (historic.later_than)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES


def read(language: str, body: str) -> list[tuple[str, int, str | None]]:
    page = f"---\ntitle: {TITLES[language]}\ndate: 2026-03-10\n---\n\n{body}\n"
    found = find_mentions(read_document(page, "markdown"), language)
    return [(m.text, m.value, str(m.as_of) if m.as_of else None) for m in found]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("es", "La red sumará más de 450 ciudades en 2027, según las previsiones."),
        ("it", "La rete conterà oltre 450 città nel 2027."),
        ("pt", "A rede somará mais de 450 cidades em 2027."),
        ("pt", "A rede somará 500 cidades em 2030."),
        ("fr", "Le réseau passera à plus de 450 villes en 2027."),
    ],
)
def test_a_forecast_is_no_figure(language: str, body: str) -> None:
    assert read(language, body) == []


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("es", "La red sumará más de 450 ciudades en 2027. Colombia tenía ocho ciudades en la "
               "red antes de la incorporación de Chía.", [("ocho ciudades", 8, None)]),
        ("it", "La rete supererà le 450 città nel 2027. L'Italia aveva undici città nella rete "
               "prima dell'ingresso di Cividale.", [("undici città", 11, None)]),
        # a past state still points back to a date before the text's
        ("es", "Chía ingresó en 2025. La red tenía entonces 425 ciudades.",
         [("425 ciudades", 425, "2025")]),
    ],
)  # fmt: skip
def test_a_past_state_is_not_dated_by_a_later_year(
    language: str, body: str, expected: list[tuple[str, int, str | None]]
) -> None:
    assert read(language, body) == expected


def test_a_count_of_now_keeps_its_verb() -> None:
    assert read("es", "La red suma hoy 425 ciudades.") == [("425 ciudades", 425, None)]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("es", "El evento contará con representantes de las 229 ciudades de la red.",
         [("229 ciudades", 229, None)]),
        ("es", "Tres ciudades mexicanas quieren sumarse a la red en 2027.",
         [("Tres ciudades mexicanas", 3, "2027")]),
    ],
)  # fmt: skip
def test_an_events_guests_and_future_candidates_stay(
    language: str, body: str, expected: list[tuple[str, int, str | None]]
) -> None:
    assert read(language, body) == expected
