"""'Before December' dates a figure to the month before the last December up to the
text's date: "Prima di dicembre la rete contava 356 città", on a page of February 2026,
is the count of November 2025 (historic), not a stale figure of the page's own date."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

CASES: list[tuple[str, str, str, str]] = [
    ("it", "Prima di dicembre la rete contava 356 città.", "356 città", "2025-11"),
    ("it", "Prima di dicembre le città italiane della rete erano sei.", "sei", "2025-11"),
    ("fr", "Avant décembre, le réseau comptait 356 villes.", "356 villes", "2025-11"),
    ("en", "Before December the network had 356 cities.", "356 cities", "2025-11"),
    ("es", "Antes de diciembre la red tenía 356 ciudades.", "356 ciudades", "2025-11"),
    ("pt", "Antes de dezembro a rede tinha 356 cidades.", "356 cidades", "2025-11"),
    ("de", "Vor dem Dezember hatte das Netzwerk 356 Städte.", "356 Städte", "2025-11"),
    # January: the December of the year before
    ("fr", "Avant janvier, le réseau comptait 356 villes.", "356 villes", "2025-12"),
]


@pytest.mark.parametrize(("language", "text", "figure", "as_of"), CASES)
def test_before_a_month_dates_the_month_before(
    language: str, text: str, figure: str, as_of: str
) -> None:
    found = [(m.text, str(m.as_of)) for m in mentions(language, text, "2026-02-09")]
    assert found == [(figure, as_of)]
