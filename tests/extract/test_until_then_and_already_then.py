"""Three forms of the s12 dev pages (another writer): "Le réseau, qui regroupait jusque-là
292 membres, en compte désormais 356" (the verb before "until then": the 292 was judged
stale where it is the total before the news), "Já em julho do ano passado a UNESCO
confirmou 170 membros" ("already" right before a date made the statement of now: stale
where it is historic) and "a rede andava pelas 180 cidades" (about, read as exact)."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document
from tests.eval.roundtrip import TITLES


def read(language: str, date: str, body: str) -> list[tuple[int, str, str | None]]:
    page = f"---\ntitle: {TITLES[language]}\ndate: {date}\n---\n\n{body}\n"
    found = find_mentions(read_document(page, "markdown"), language)
    return [(m.value, m.qualifier.value, str(m.as_of) if m.as_of else None) for m in found]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("fr", "Le réseau, qui regroupait jusque-là 292 membres, en compte désormais 356.",
         [(292, "exact", "2024-02"), (356, "exact", None)]),
        ("fr", "Le réseau, qui comptait jusqu'alors 292 membres, compte désormais 356 villes.",
         [(292, "exact", "2024-02"), (356, "exact", None)]),
        ("es", "La red, que reunía hasta ahora 292 miembros, cuenta desde hoy con 356.",
         [(292, "exact", "2024-02")]),
        ("it", "La rete, che contava finora 292 membri, ne conta ora 356.",
         [(292, "exact", "2024-02"), (356, "exact", None)]),
        ("pt", "A rede, que reunia até agora 292 membros, conta agora com 356.",
         [(292, "exact", "2024-02")]),
    ],
)  # fmt: skip
def test_the_count_until_then_before_its_verb(
    language: str, body: str, expected: list[tuple[int, str, str | None]]
) -> None:
    assert read(language, "2024-02-15", body) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("pt", "Já em julho do ano passado a UNESCO confirmou 170 membros em 53 países.",
         [(170, "exact", "2019-07"), (53, "exact", "2019-07")]),
        ("es", "Ya en julio del año pasado la red contaba con 170 miembros.",
         [(170, "exact", "2019-07")]),
        ("pt", "Já em 2019 a rede tinha 170 membros.", [(170, "exact", "2019")]),
        ("pt", "A rede já tem 229 membros.", [(229, "exact", None)]),
        ("pt", "Em 2017 a rede andava pelas 180 cidades.", [(180, "about", "2017")]),
        ("es", "En 2017 la red andaba por las 180 ciudades.", [(180, "about", "2017")]),
    ],
)  # fmt: skip
def test_already_then_and_about(
    language: str, body: str, expected: list[tuple[int, str, str | None]]
) -> None:
    assert read(language, "2020-10-02", body) == expected
