"""True historic totals that were judged stale (false alarms), in every language that has
the construction:

- "on that occasion" dates its clause by the date said before it, as "at the time" does
  ("Reggio Calabria entrò nella rete nel settembre 2022. In quell'occasione la rete salì a
  294 città" on a 2025 page);
- a round named by its year alone, without a preposition ("Con l'edizione 2022 la rete ha
  raggiunto 294 membri", "Avec la promotion 2022, le réseau a atteint 294 villes"), as "the
  2022 round" already did in English.
"""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

OCCASIONS = [
    ("it", "Reggio Calabria entrò nella rete nel settembre 2022. In quell'occasione la rete "
     "salì a 294 città.", "294 città"),
    ("fr", "Nanterre a rejoint le réseau en septembre 2022. À cette occasion, le réseau est "
     "passé à 294 villes.", "294 villes"),
    ("es", "Envigado entró en septiembre de 2022. En aquella ocasión la red llegó a 294 "
     "ciudades.", "294 ciudades"),
    ("pt", "Setúbal entrou em setembro de 2022. Nessa ocasião a rede chegou a 294 cidades.",
     "294 cidades"),
    ("de", "Dresden trat im September 2022 bei. Bei dieser Gelegenheit wuchs das Netzwerk auf "
     "294 Städte.", "294 Städte"),
    ("en", "Hanoi joined in September 2022. On that occasion the network grew to 294 cities.",
     "294 cities"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "figure"), OCCASIONS)
def test_on_that_occasion_is_the_date_said_before(language: str, text: str, figure: str) -> None:
    (found,) = mentions(language, text, "2025-06-10")
    assert (found.text, found.metric.value, found.value, str(found.as_of)) == (
        figure,
        "total_cities",
        294,
        "2022-09",
    )


ROUND_YEARS = [
    ("it", "Con l'edizione 2022 la rete ha raggiunto 294 membri.", "294 membri"),
    ("it", "La selezione 2022 ha portato la rete a 294 città.", "294 città"),
    ("fr", "Avec la promotion 2022, le réseau a atteint 294 villes.", "294 villes"),
    ("fr", "La sélection 2022 a porté le réseau à 294 villes.", "294 villes"),
    ("es", "Con la convocatoria 2022 la red llegó a 294 ciudades.", "294 ciudades"),
    ("pt", "Com a rodada 2022 a rede chegou a 294 cidades.", "294 cidades"),
]


@pytest.mark.parametrize(("language", "text", "figure"), ROUND_YEARS)
def test_a_round_named_by_its_year_dates_what_it_brought(
    language: str, text: str, figure: str
) -> None:
    (found,) = mentions(language, text, "2025-06-10")
    assert (found.text, found.metric.value, found.value, str(found.as_of)) == (
        figure,
        "total_cities",
        294,
        "2022",
    )
