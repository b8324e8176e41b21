"""A count whose subject the verb holds (elliptic.elided) after a clause of time said by
a preposition: "Antes de esa convocatoria eran 356" (es s11 FAQ) was lost, the clause
before the verb being neither a date nor adverbs; its model, an FAQ's answer
("Cuatrocientas veinticinco"), was read only after it. A preposition of time and at most
five words may now stand before the verb (es, pt, it: the languages whose verb holds the
subject), and an FAQ's answer is a model of the counts after it."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

CASES: list[tuple[str, str, list[Row]]] = [
    ("es",
     "¿Cuántas ciudades forman la red? Cuatrocientas veinticinco, repartidas"
     " en 91 países. Antes de esa convocatoria eran 356.",
     [("Cuatrocientas veinticinco", "total_cities", 425, "exact", None, None),
      ("91 países", "total_countries", 91, "exact", None, None),
      ("356", "total_cities", 356, "exact", None, None)]),
    ("es", "La red reúne hoy 425 ciudades. Hasta esa convocatoria eran 356.",
     [("425 ciudades", "total_cities", 425, "exact", None, None),
      ("356", "total_cities", 356, "exact", None, None)]),
    ("es",
     "La red reúne hoy 425 ciudades. Después de la ronda de febrero fueron "
     "356.",
     [("425 ciudades", "total_cities", 425, "exact", None, None),
      ("356", "total_cities", 356, "exact", None, None)]),
    ("pt", "A rede reúne hoje 425 cidades. Antes dessa ronda eram 356.",
     [("425 cidades", "total_cities", 425, "exact", None, None),
      ("356", "total_cities", 356, "exact", None, None)]),
    ("pt", "A rede reúne hoje 425 cidades. Até à última ronda eram 356.",
     [("425 cidades", "total_cities", 425, "exact", None, None),
      ("356", "total_cities", 356, "exact", None, None)]),
    ("pt",
     "Quantas cidades fazem parte da rede? Quatrocentas e vinte e cinco. "
     "Antes dessa ronda eram 356.",
     [("Quatrocentas e vinte e cinco", "total_cities", 425, "exact", None, None),
      ("356", "total_cities", 356, "exact", None, None)]),
    ("it", "La rete conta oggi 425 città. Prima di quella tornata erano 356.",
     [("425 città", "total_cities", 425, "exact", None, None),
      ("356", "total_cities", 356, "exact", None, None)]),
    ("it", "La rete conta oggi 425 città. Prima dell'ultima tornata erano 356.",
     [("425 città", "total_cities", 425, "exact", None, None),
      ("356", "total_cities", 356, "exact", None, None)]),
    ("it", "La rete conta oggi 425 città. Dopo la tornata del 2022 erano 294.",
     [("425 città", "total_cities", 425, "exact", None, None),
      ("294", "total_cities", 294, "exact", "2022", None)]),
    # a clause of no time: whose count it is, is not said
    ("it", "La rete conta oggi 425 città. Per quella tornata erano 356.",
     [("425 città", "total_cities", 425, "exact", None, None)]),
    ("es", "La red reúne hoy 425 ciudades. Según el alcalde eran 356.",
     [("425 ciudades", "total_cities", 425, "exact", None, None)]),
    # a clause of time that goes on too long, a count of another size
    ("es",
     "La red reúne hoy 425 ciudades. Antes de que el alcalde presentara su "
     "plan de lectura en el barrio eran 356.",
     [("425 ciudades", "total_cities", 425, "exact", None, None)]),
    ("es", "La red reúne hoy 425 ciudades. Antes de esa convocatoria eran 12.",
     [("425 ciudades", "total_cities", 425, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_an_elided_count_after_a_time(language: str, text: str, expected: list[Row]) -> None:
    assert read_titled(language, text) == expected
