"""'Reached' with its count is a total, after a clause of joining too: "77 nuove città
sono entrate e la rete ha raggiunto 294 membri" and "Con esta convocatoria la red alcanzó
294 ciudades" gave the 294 the intake's metric (judged wrong: a false alarm). "Hanno
raggiunto la rete" (reached the network: joined) stays a joining."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

N, T = "new_cities", "total_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("it", "77 nuove città sono entrate e la rete ha raggiunto 294 membri.",
     [("77 nuove città", N, 77, "exact", None, None),
      ("294 membri", T, 294, "exact", None, None)]),
    ("it", "77 nuove città sono entrate nella rete, che ha raggiunto 294 membri.",
     [("77 nuove città", N, 77, "exact", None, None),
      ("294 membri", T, 294, "exact", None, None)]),
    ("it", "Con la nuova tornata la rete raggiunge quota 425 città.",
     [("425 città", T, 425, "exact", None, None)]),
    ("es", "77 nuevas ciudades ingresaron y la red alcanzó 294 miembros.",
     [("77 nuevas ciudades", N, 77, "exact", None, None),
      ("294 miembros", T, 294, "exact", None, None)]),
    ("es", "Con esta convocatoria la red alcanzó 294 ciudades.",
     [("294 ciudades", T, 294, "exact", None, None)]),
    ("fr", "77 nouvelles villes sont entrées et le réseau a atteint 294 membres.",
     [("77 nouvelles villes", N, 77, "exact", None, None),
      ("294 membres", T, 294, "exact", None, None)]),
    ("pt", "77 novas cidades entraram e a rede atingiu 294 membros.",
     [("77 novas cidades", N, 77, "exact", None, None),
      ("294 membros", T, 294, "exact", None, None)]),
    ("de", "77 neue Städte traten bei und das Netzwerk erreichte 294 Mitglieder.",
     [("77 neue Städte", N, 77, "exact", None, None),
      ("294 Mitglieder", T, 294, "exact", None, None)]),
    ("it", "Brescia e Cividale hanno raggiunto la rete insieme ad altre 70 città.",
     [("altre 70 città", N, 71, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_reached_is_a_total(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
