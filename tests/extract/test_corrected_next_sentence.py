"""A figure the next sentence of its paragraph corrects, to a number close to it, is the
figure corrected away (a distractor), as one corrected later in its own sentence is: "O
comunicado falava em 55 cidades. Após a correção, foram 54." A far number after a
correction is another time's and leaves the figure alone."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

N, T = "new_cities", "total_cities"

CASES: list[tuple[str, str, list[Row]]] = [
    ("pt", "O comunicado de setembro falava em 55 cidades. Após a correção, foram 54.",
     [("54", N, 54, "exact", None, None)]),
    ("pt", "A UNESCO admitiu 55 cidades, segundo o comunicado de setembro. Das 54 admitidas "
     "após a correção, três são portuguesas.",
     [("54", N, 54, "exact", None, None),
      ("três são portuguesas", N, 3, "exact", None, "PT")]),
    # the number the correction set is read, with the unit of the one it corrects
    # (lcnet.extract.corrected); the figure corrected away is not
    ("pt", "O portal citava 230 cidades. Dias depois, uma correção fixou o total em 229.",
     [("229", T, 229, "exact", None, None)]),
    ("es", "El comunicado de septiembre hablaba de 55 ciudades. Tras la corrección, fueron 54.",
     [("54", N, 54, "exact", None, None)]),
    ("es", "La nota de prensa anunció 230 ciudades en total. Una corrección posterior dejó "
     "la cifra en 229.", [("229", T, 229, "exact", None, None)]),
    ("it", "Il comunicato di settembre parlava di 55 città. Dopo la correzione, erano 54.",
     [("54", N, 54, "exact", None, None)]),
    ("fr", "Le communiqué de septembre annonçait 55 villes. Après correction, elles étaient 54.",
     []),
    # another time's figure after a correction: far from it, the figure stays
    ("es", "En 2022 eran 294. Tras la corrección de 2020, la red tenía 229.",
     [("294", T, 294, "exact", "2022", None)]),
    ("pt", "A rede tem 229 cidades. A correção de setembro não mudou o total de 64 países.",
     [("229 cidades", T, 229, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_figure_the_next_sentence_corrects_is_dropped(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected
