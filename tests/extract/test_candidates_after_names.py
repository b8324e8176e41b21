"""Candidates whose names stand between their count and the word of applying ("Altri due
comuni calabresi, Cosenza e Lamezia Terme, hanno avviato l'iter di candidatura", an it
dev page): the names set off by commas do not use up the reach; a clause of its own after
them does not lend its candidacy ("dos municipios poblanos, Huejotzingo y Tecamachalco, y
otros ayuntamientos preparan su solicitud")."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

CANDIDATES = [
    ("it", "Altri due comuni calabresi, Cosenza e Lamezia Terme, hanno avviato l'iter di"
     " candidatura.", ("Altri due comuni", 2)),
    ("it", "Tre comuni toscani, Prato, Pisa e Arezzo, stanno preparando la candidatura.",
     ("Tre comuni", 3)),
    ("fr", "Deux autres communes wallonnes, Namur et Mons, préparent depuis l'an dernier"
     " leur candidature.", ("Deux autres communes", 2)),
    ("es", "Otros dos municipios andaluces, Málaga y Córdoba, preparan desde hace meses su"
     " candidatura.", ("Otros dos municipios", 2)),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), CANDIDATES)
def test_candidates_named_in_an_aside(
    language: str, sentence: str, expected: tuple[str, int]
) -> None:
    text, value = expected
    rows = read_titled(language, sentence)
    assert [(r[0], r[1], r[2]) for r in rows] == [(text, "candidate_cities", value)]


def test_another_clause_after_the_names_does_not_apply() -> None:
    sentence = (
        "México participa con dos municipios poblanos, Huejotzingo y Tecamachalco, y otros"
        " ayuntamientos del estado preparan su solicitud."
    )
    assert all(r[1] != "candidate_cities" for r in read_titled("es", sentence))
