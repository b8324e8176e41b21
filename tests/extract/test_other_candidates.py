"""Other candidates that open their sentence are the count ("Altri due comuni hanno
avviato la candidatura": two, besides the members told before), while others that join
still count the city told before."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

Row = tuple[str, str, int, str | None]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("it", "La rete delle Learning Cities conta 425 città. Altri due comuni calabresi hanno "
         "avviato l'iter di candidatura.",
         [("425 città", "total_cities", 425, None),
          ("Altri due comuni", "candidate_cities", 2, None)]),
        ("es", "La Red Mundial de Ciudades del Aprendizaje tiene 425 ciudades. Otras dos "
         "ciudades mexicanas preparan su candidatura.",
         [("425 ciudades", "total_cities", 425, None),
          ("Otras dos ciudades mexicanas", "candidate_cities", 2, "MX")]),
        ("pt", "A Rede Global de Cidades de Aprendizagem tem 425 cidades. Outras duas cidades "
         "portuguesas preparam a candidatura.",
         [("425 cidades", "total_cities", 425, None),
          ("Outras duas cidades portuguesas", "candidate_cities", 2, "PT")]),
    ],
)  # fmt: skip
def test_other_candidates_that_open_their_sentence_are_the_count(
    language: str, text: str, expected: list[Row]
) -> None:
    found = [
        (m.text, m.metric.value, m.value, m.country)
        for m in find_mentions(read_document(text, "text"), language)
    ]
    assert found == expected


def test_others_that_join_still_count_the_city_told_before() -> None:
    text = (
        "La Rete globale delle città dell'apprendimento accoglie Brescia. Altre 71 città sono "
        "entrate nella rete."
    )
    found = [(m.text, m.value) for m in find_mentions(read_document(text, "text"), "it")]
    assert found == [("Altre 71 città", 72)]
