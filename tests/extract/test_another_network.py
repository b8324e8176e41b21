"""Another network said as such is not the GNLC: "si tratta di un'altra rete UNESCO, che
conta circa 350 città" (Creative Cities, unnamed) was read as the GNLC's total (a
distractor reported on it s12-verbale-consiglio-montebruno-2024); "otra red", "un autre
réseau", "outra rede", "mạng lưới khác" likewise. An event's entrance is no intake:
"L'ingresso è libero fino a esaurimento dei 250 posti" read 250 seats as newcomers."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES


def read(language: str, body: str) -> list[tuple[int, str]]:
    page = f"---\ntitle: {TITLES[language]}\ndate: 2024-03-10\n---\n\n{body}\n"
    found = find_mentions(read_document(page, "markdown"), language)
    return [(m.value, m.metric.value) for m in found]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("it", "L'Assessora chiarisce che si tratta di un'altra rete UNESCO, che conta circa 350 "
               "città."),
        ("es", "Se trata de otra red de la UNESCO, que reúne a unas 350 ciudades."),
        ("fr", "Il s'agit d'un autre réseau de l'UNESCO, qui compte quelque 350 villes."),
        ("pt", "Trata-se de outra rede da UNESCO, que reúne cerca de 350 cidades."),
        ("vi", "Đó là một mạng lưới khác của UNESCO, gồm khoảng 350 thành phố."),
        ("it", "L'ingresso è libero fino a esaurimento dei 250 posti."),
    ],
)  # fmt: skip
def test_not_this_network(language: str, body: str) -> None:
    assert read(language, body) == []


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("it", "La rete conta 356 città."),
        ("es", "La red cuenta con 356 ciudades."),
    ],
)
def test_the_network_itself(language: str, body: str) -> None:
    assert read(language, body) == [(356, "total_cities")]
