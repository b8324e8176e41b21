""" "That round" dates a figure by the round said before it, as "at the time" does:
"Tunja fue admitida en septiembre de 2020 ... Aquella convocatoria dejó a Colombia con
seis miembros" (a dev page's six was judged stale, not historic)."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

CASES = [
    ("es", "Tunja fue admitida en septiembre de 2020. Aquella convocatoria dejó a Colombia con "
     "seis miembros.", ("seis miembros", 6, "2020-09", "CO")),
    ("pt", "Loures entrou em setembro de 2020. Aquela ronda deixou Portugal com 14 cidades.",
     ("14 cidades", 14, "2020-09", "PT")),
    ("en", "Tunja was admitted in September 2020. That round left Colombia with six members.",
     ("six members", 6, "2020-09", "CO")),
    ("it", "Trieste entrò nel settembre 2020. Quella tornata portò l'Italia a cinque città.",
     ("cinque città", 5, "2020-09", "IT")),
    ("fr", "Lille est entrée en février 2024. Cette promotion-là a porté la France à huit villes.",
     ("huit villes", 8, "2024-02", "FR")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_that_round_dates_the_figure_by_the_round_before(
    language: str, text: str, expected: tuple[str, int, str, str]
) -> None:
    said, value, as_of, country = expected
    assert read_titled(language, text)[-1] == (
        said, "country_cities", value, "exact", as_of, country
    )  # fmt: skip
