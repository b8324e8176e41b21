"""Cities an award went to are not the network's members: "tra le 28 città premiate
dall'UNESCO" (the Learning City Award's winners) is no figure of the GNLC, while the
network's count in the same sentence stays."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("it", "La Global Network of Learning Cities conta 205 città, e tra le 28 città "
         "premiate dall'UNESCO finora nessuna è italiana.", [("205 città", 205)]),
        ("es", "La Red Mundial de Ciudades del Aprendizaje tiene 229 ciudades; las 28 ciudades "
         "premiadas reciben un diploma.", [("229 ciudades", 229)]),
        ("pt", "A Rede Global de Cidades de Aprendizagem tem 229 cidades; as 28 cidades "
         "premiadas recebem um diploma.", [("229 cidades", 229)]),
        ("en", "The Global Network of Learning Cities has 229 members, and 28 award-winning "
         "cities.", [("229 members", 229)]),
    ],
)  # fmt: skip
def test_award_winners_are_no_figure(
    language: str, text: str, expected: list[tuple[str, int]]
) -> None:
    found = [(m.text, m.value) for m in find_mentions(read_document(text, "text"), language)]
    assert found == expected
