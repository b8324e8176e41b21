"""A clause of a later time after a figure ("before this year's intake", "bevor die
diesjährige Runde", "avant la vague de cette année") does not make a dated figure current:
its "this year" is the later time's."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, mentions, row

T = "total_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("en", "In 2020 the network had 229 members, before this year's intake raised it by a "
     "third.", [("229 members", T, 229, "exact", "2020", None)]),
    ("de", "Im Jahr 2020 zählte das Netzwerk 229 Mitglieder, bevor die diesjährige Runde es "
     "um ein Drittel wachsen ließ.", [("229 Mitglieder", T, 229, "exact", "2020", None)]),
    ("fr", "En 2020, le réseau comptait 229 membres, avant la vague de cette année.",
     [("229 membres", T, 229, "exact", "2020", None)]),
    ("es", "En 2020 la red tenía 229 miembros, antes de la ronda de este año.",
     [("229 miembros", T, 229, "exact", "2020", None)]),
    # "now" before the later clause is the figure's own: current
    ("en", "The network now has 294 members, before the next round in 2024.",
     [("294 members", T, 294, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_later_clause_leaves_a_dated_figure_dated(
    language: str, text: str, expected: list[Row]
) -> None:
    assert [row(m) for m in mentions(language, text, "2022-10-06")] == expected
