"""A date alone in brackets right after a figure: "The network had 229 members (2020) and
294 members (2022)", "229 miembros (2020) y 294 (2022)", "356 Mitglieder (Februar 2024)".
The sentence's dates had no word of time before them, so each figure was read at the
text's date and judged stale (a false alarm per figure, in en, fr, es, it, de of a variant
sweep). Such a date now dates its figure; one of the text's own period dates nothing."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

BRACKETED = [
    ("en", "The network had 229 members (2020) and 294 members (2022).", [("229", "2020"),
     ("294", "2022")]),
    ("fr", "Le réseau comptait 229 membres (2020).", [("229", "2020")]),
    ("es", "La red reunía 229 miembros (2020) y 294 (2022).", [("229", "2020"), ("294", "2022")]),
    ("it", "La rete contava 229 membri (2020) e 294 (2022).", [("229", "2020"), ("294", "2022")]),
    ("de", "Das Netzwerk hatte 356 Mitglieder (Februar 2024).", [("356", "2024-02")]),
    ("pt", "A rede tinha 294 membros [setembro de 2022].", [("294", "2022-09")]),
]  # fmt: skip


def dated(language: str, text: str, date: str) -> list[tuple[str, str | None]]:
    return [(str(m.value), m.as_of and str(m.as_of)) for m in mentions(language, text, date)]


@pytest.mark.parametrize(("language", "text", "expected"), BRACKETED)
def test_a_date_in_brackets_dates_the_figure_before_it(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert dated(language, text, "2026-03-01") == expected


def test_a_bracketed_date_of_the_text_s_own_period_is_its_news() -> None:
    assert dated("en", "The network has 425 members (2025).", "2025-12-20") == [("425", None)]
