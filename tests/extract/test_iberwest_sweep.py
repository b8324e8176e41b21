"""The variant sweeps of tests/extract/iberwest_sweep.py: every case in every language, read
on a page titled with the network's name (tests/extract/sweep.py). The cases the engine
does not read yet are listed in OPEN and expected to fail (strictly: one that starts
passing must leave the list)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.extract.iberwest_sweep import BEFORE_ROUND, CASES
from tests.extract.sweep import Case, check, param
from tests.extract.titled import mentions

# (language, the body's first 40 characters) of the cases not read yet
OPEN: frozenset[tuple[str, str]] = frozenset(
    {
        # "Neuen" is a weak unit (an adjective of any noun): read only with a cue of the
        # network in its sentence, which "stammen aus" is not
        ("de", "Die 72 Neuen stammen aus 46 Ländern."),
    }
)


@pytest.mark.parametrize("case", [param(c, OPEN) for c in CASES])
def test_the_sweep_reads_every_variant(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(("language", "body", "expected"), BEFORE_ROUND)
def test_a_figure_before_the_latest_round_is_of_the_time_before_the_news(
    language: str, body: str, expected: list[tuple[str, int, bool]]
) -> None:
    found = mentions(language, body, "2025-12-12")
    assert [(m.metric.value, m.value, m.earlier) for m in found] == expected


_ARCHIVE = """---
title: Archivo de prensa
date: 2026-01-20
---

# Archivo de comunicados sobre la Red Mundial de Ciudades del Aprendizaje

## 16 de febrero de 2024 — Tunja sigue en la red

La red quedó en 356 miembros de 79 países.

## 24 de septiembre de 2020 — Tunja ingresa a la red

Colombia, que hasta ahora tenía tres ciudades en la red, duplica su presencia: son seis
desde hoy.
"""


def test_until_now_in_an_archive_entry_is_until_that_entry() -> None:
    # "hasta ahora" under an entry dated September 2020: the count before that entry's
    # news (its month), not the archive page's month (January 2026: a false 'wrong')
    found = find_mentions(read_document(_ARCHIVE, "markdown"), "es")
    assert [(m.text, m.value, m.country, str(m.as_of)) for m in found] == [
        ("356 miembros", 356, None, "2024-02-16"),
        ("79 países", 79, None, "2024-02-16"),
        ("tres ciudades", 3, "CO", "2020-09"),
        ("seis", 6, "CO", "2020-09-24"),
    ]
