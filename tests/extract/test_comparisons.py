"""Another network named after "than" is the other side of a comparison, not the owner
of the figure before it: "With more than 350 members, it is larger than the Creative
Cities Network" (the GNLC's, named in the sentence before)."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

T = "total_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("en", "Today the network counts 356 cities. With more than 350 members, it is larger "
     "than the Creative Cities Network, which has 350 cities after its own 2023 round.",
     [("356 cities", T, 356, "exact", None, None),
      ("more than 350 members", T, 350, "more_than", None, None)]),
    ("de", "Heute zählt das Netzwerk 356 Städte. Mit über 350 Mitgliedern ist es größer als "
     "das Netzwerk der Kreativen Städte.",
     [("356 Städte", T, 356, "exact", None, None),
      ("über 350 Mitgliedern", T, 350, "more_than", None, None)]),
    ("fr", "Aujourd'hui le réseau compte 356 villes. Avec plus de 350 membres, il est plus "
     "grand que le Réseau des villes créatives.",
     [("356 villes", T, 356, "exact", None, None),
      ("plus de 350 membres", T, 350, "more_than", None, None)]),
    # the other network's own figure stays its own
    ("en", "The Creative Cities Network has 350 members.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_network_compared_with_owns_no_figure(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected
