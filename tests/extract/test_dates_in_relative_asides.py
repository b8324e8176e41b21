"""A date in an aside that a relative pronoun opens ("Morocco, which joined in 2020, has
nine member cities") dates the joining, not the main clause's figure after it; a figure
inside the aside keeps the aside's date. Language.relative_pronouns is now filled for fr,
es, it, pt and vi too (it was for en and de), which also lets another programme named
in such an aside leave the main clause's figure to the network (relevance)."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

JOINED_IN_AN_ASIDE = [
    ("en", "Morocco, which joined in 2020, has nine member cities.", "MA", 9),
    ("fr", "Le Maroc, qui a fait son entrée en 2020, compte neuf villes membres.", "MA", 9),
    ("es", "Colombia, que ingresó en 2019, tiene ocho ciudades en la red.", "CO", 8),
    ("it", "L'Italia, che è entrata nel 2016, conta otto città nella rete.", "IT", 8),
    ("pt", "O Brasil, que entrou em 2016, tem sete cidades na rede.", "BR", 7),
]


def _figures(code: str, line: str) -> list[tuple[str, int, str | None]]:
    found = mentions(code, line, "2026-03-11")
    return [(m.metric.value, int(m.value), m.as_of and str(m.as_of)) for m in found]


@pytest.mark.parametrize(("code", "line", "country", "count"), JOINED_IN_AN_ASIDE)
def test_a_date_in_a_relative_aside_does_not_date_the_count_after_it(
    code: str, line: str, country: str, count: int
) -> None:
    assert _figures(code, line) == [("country_cities", count, None)]


def test_a_figure_inside_the_aside_keeps_its_date() -> None:
    line = "The network, which had 229 members in 2020, has grown since."
    assert _figures("en", line) == [("total_cities", 229, "2020")]
