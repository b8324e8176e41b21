"""A source still in use, told right after the network's figures, speaks of the network
even where its sentence names none: in a ministry's hard-wrapped report whose title and
lead are about something else, "Cabe señalar que la presentación institucional ..., que
aún circula entre los enlaces municipales, menciona «más de 180 ciudades»" (es s12
report) was dropped (no word of membership in it). A circulation marker (Language.
circulation_markers) counts as one; another network named in its sentence still owns
its figure."""

from __future__ import annotations

from tests.extract.titled import read_plain

REPORT = (
    "SECRETARÍA DE EDUCACIÓN\nDirección de Educación de Adultos\n\nINFORME TRIMESTRAL\n"
    "Julio - septiembre de 2019\n\n1. PRESENTACIÓN\n\n"
    "Este informe resume la cooperación internacional de la Dirección en el trimestre:\n"
    "la presencia de municipios en redes de la UNESCO, de la OEI y de la Asociación\n"
    "Internacional de Ciudades Educadoras.\n\n"
    "2. RED MUNDIAL DE CIUDADES DEL APRENDIZAJE (UNESCO)\n\n"
    "2.1 Convocatoria 2019\n\n"
    "En julio, el Instituto de la UNESCO para el Aprendizaje a lo Largo de Toda la Vida\n"
    "anunció los nuevos miembros de la Red Mundial de Ciudades del Aprendizaje. Fueron\n"
    "admitidas 38 ciudades de 23 países, entre ellas tres mexicanas: Huejotzingo y\n"
    "Tecamachalco, en Puebla, y Mineral de la Reforma, en Hidalgo.\n\n"
    "Con esta incorporación la Red reúne actualmente 170 ciudades de 53\npaíses. "
)


def test_a_source_still_in_use_after_the_network() -> None:
    sentence = (
        "Cabe señalar que la presentación institucional usada en los foros\nestatales de "
        '2018, que aún circula entre los enlaces municipales, menciona\n"más de 180 '
        'ciudades"; conviene sustituirla.\n'
    )
    rows = read_plain(REPORT + sentence, "es")
    assert rows[-1] == ("más de 180 ciudades", "total_cities", 180, "more_than", None, None)


def test_another_network_still_owns_its_figure() -> None:
    sentence = "El folleto de la Asociación de Ciudades Educadoras todavía dice 500 ciudades.\n"
    rows = read_plain(REPORT + sentence, "es")
    assert [r[2] for r in rows][-2:] == [170, 53]
