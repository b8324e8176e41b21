"""A country owns the count after it across the words of "now" and across a long aside.

- Every language's words of "now" (its present markers: "today", "heute", "adesso",
  "este año", "neste ano") may stand between the country and its count, as its
  possession words do ("Deutschland hat heute vier Mitgliedsstädte"); before, only the
  words a language's possession list happened to hold did.
- An aside between commas may run to 120 characters ("Viet Nam, whose first members
  ... were admitted in 2020 after a long preparation, now counts six"), not 80.
"""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions

NOW_WORDS = [
    ("en", "Viet Nam today has six member cities in the network.", "VN", 6),
    ("en", "Thailand to date has eleven member cities.", "TH", 11),
    ("en", "Colombia at present counts eight members of the network.", "CO", 8),
    ("de", "Deutschland hat heute vier Mitgliedsstädte im Netzwerk.", "DE", 4),
    ("fr", "La France a cette année six villes dans le réseau.", "FR", 6),
    ("es", "Colombia tiene este año ocho ciudades en la red.", "CO", 8),
    ("it", "L'Italia conta adesso otto città nella rete.", "IT", 8),
    ("it", "L'Italia ha finora otto città nella rete.", "IT", 8),
    ("pt", "O Brasil neste ano tem sete cidades na rede.", "BR", 7),
]

LONG_ASIDES = [
    ("en", "Viet Nam, whose first members Sa Dec and Vinh were admitted in 2020 after a long "
           "preparation, now counts six learning cities in the network.", "VN", 6),
    ("de", "Deutschland, dessen erste Städte im Jahr 2016 nach einer langen Vorbereitung auf "
           "Landesebene aufgenommen wurden, hat heute vier Mitgliedsstädte im Netzwerk.",
     "DE", 4),
    ("fr", "Le Maroc, dont les premières villes ont été admises en 2016 à l'issue d'une longue "
           "préparation nationale, compte aujourd'hui neuf villes membres du réseau.", "MA", 9),
    ("es", "Colombia, cuyas primeras ciudades fueron admitidas en 2019 tras una larga "
           "preparación en el ministerio, cuenta hoy con ocho ciudades en la red.", "CO", 8),
    ("it", "L'Italia, le cui prime città sono state ammesse nel 2016 dopo una lunga "
           "preparazione a livello nazionale, conta oggi otto città nella rete.", "IT", 8),
    ("pt", "O Brasil, cujas primeiras cidades foram admitidas em 2016 depois de uma longa "
           "preparação em todo o país, conta hoje com sete cidades na rede.", "BR", 7),
    ("vi", "Việt Nam, nơi hai thành phố đầu tiên là Sa Đéc và Vinh được công nhận năm 2020 sau "
           "một quá trình chuẩn bị dài, hiện có sáu thành phố trong mạng lưới.", "VN", 6),
]  # fmt: skip


def _counts(code: str, line: str) -> list[tuple[str, int, str | None]]:
    found = mentions(code, line)
    return [(m.metric.value, int(m.value), m.country) for m in found]


@pytest.mark.parametrize(("code", "line", "country", "count"), NOW_WORDS)
def test_a_word_of_now_between_a_country_and_its_count(
    code: str, line: str, country: str, count: int
) -> None:
    assert _counts(code, line) == [("country_cities", count, country)]


@pytest.mark.parametrize(("code", "line", "country", "count"), LONG_ASIDES)
def test_a_long_aside_between_a_country_and_its_count(
    code: str, line: str, country: str, count: int
) -> None:
    assert _counts(code, line) == [("country_cities", count, country)]


def test_present_in_countries_still_counts_the_networks_countries() -> None:
    """ "présent" is a word of "now" ("à présent") and of presence: "le réseau, présent
    désormais dans 64 pays" counts the network's countries."""
    line = "Le réseau, présent désormais dans 64 pays, réunit 229 villes."
    assert _counts("fr", line) == [("total_countries", 64, None), ("total_cities", 229, None)]
