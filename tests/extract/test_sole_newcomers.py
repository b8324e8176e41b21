"""A country's only newcomer of a round, and its newcomers counted by nationality, where
the round is named by its year or as the last one ("c'est la seule commune française de
cette promotion", a fresh fr dev page's miss; "l'unica città italiana della tornata
2025"), and French "commune" as a city; a bare participle of admission ("la seule ville
française retenue cette année")."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

SOLE = [
    ("fr", "C'est la seule commune française de cette promotion.",
     ("seule commune française", "new_cities", 1, "exact", None, "FR")),
    ("fr", "Lille est la seule ville française retenue cette année.",
     ("seule ville française", "new_cities", 1, "exact", None, "FR")),
    ("fr", "Sarcelles est l'unique ville française de la promotion 2025.",
     ("unique ville française", "new_cities", 1, "exact", "2025", "FR")),
    ("it", "Brescia non è l'unica città italiana della tornata 2025.",
     ("unica città italiana", "new_cities", 1, "exact", "2025", "IT")),
    ("es", "Es la única ciudad chilena de la convocatoria 2025.",
     ("única ciudad chilena", "new_cities", 1, "exact", "2025", "CL")),
    ("pt", "É a única cidade portuguesa da rodada de 2025.",
     ("única cidade portuguesa", "new_cities", 1, "exact", "2025", "PT")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "expected"), SOLE)
def test_the_only_newcomer_of_a_country(
    language: str, sentence: str, expected: tuple[str, str, int, str, str | None, str]
) -> None:
    assert read_titled(language, sentence) == [expected]


NATIONALS = [
    ("fr", "Les françaises de la dernière promotion sont deux.", "FR"),
    ("it", "Le italiane dell'ultima tornata sono due.", "IT"),
    ("es", "Las chilenas de la convocatoria son dos.", "CL"),
    ("pt", "As portuguesas da rodada são duas.", "PT"),
]


@pytest.mark.parametrize(("language", "sentence", "country"), NATIONALS)
def test_the_nationals_of_a_round(language: str, sentence: str, country: str) -> None:
    ((_, metric, value, _, _, found),) = read_titled(language, sentence)
    assert (metric, value, found) == ("new_cities", 2, country)


def test_a_commune_of_something_else() -> None:
    assert read_titled("fr", "La commune compte 12 écoles.") == []
