"""A change whose sentence opens with its date ("En 2022, le réseau est passé de 229 à 294
villes", a variant sweep of 2022 written in a 2026 page): the change happened then, so its
end is of that date; it was read as now and called stale, in every language. Where words
touch, a date right before the start stays the start's ("2020년 35곳에서 44곳으로").
Also a date right before a dash dates what the dashes set off ("Le chiffre de 2022 — 294
villes dans 76 pays — a depuis été dépassé")."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions, row

CHANGES: list[tuple[str, str, str]] = [
    ("fr", "En 2022, le réseau est passé de 229 à 294 villes.", "294 villes"),
    ("it", "Nel 2022 la rete è passata da 229 a 294 città.", "294 città"),
    ("en", "In 2022, the network grew from 229 to 294 cities.", "294 cities"),
    ("es", "En 2022, la red pasó de 229 a 294 ciudades.", "294 ciudades"),
    ("pt", "Em 2022, a rede passou de 229 para 294 cidades.", "294 cidades"),
]


@pytest.mark.parametrize(("language", "sentence", "end"), CHANGES)
def test_the_end_of_a_change_is_of_the_opening_date(
    language: str, sentence: str, end: str
) -> None:
    rows = [row(m) for m in mentions(language, sentence, "2026-03-01")]
    assert (end, "total_cities", 294, "exact", "2022", None) in rows


STAYS_NOW: list[tuple[str, str, str]] = [
    # a bound of a stretch, not the time of the change
    ("fr", "Depuis 2016, le réseau est passé de 115 à 425 villes.", "425 villes"),
    ("en", "Since 2016 the network has grown from 115 to 425 cities.", "425 cities"),
    ("it", "Dal 2016 la rete è passata da 115 a 425 città.", "425 città"),
    # other counts between the date and the change: another clause's
    ("en", "In August 2016 the network had 115 members from 28 countries, and membership has"
     " since grown from 229 in 2020 to the present 425.", "425"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "end"), STAYS_NOW)
def test_an_end_the_opening_date_does_not_date(language: str, sentence: str, end: str) -> None:
    rows = [row(m) for m in mentions(language, sentence, "2026-03-01")]
    assert [r[4] for r in rows if r[0] == end] == [None]


def test_a_date_before_a_dash_dates_what_it_sets_off() -> None:
    sentence = "Le chiffre de 2022 — 294 villes dans 76 pays — a depuis été largement dépassé."
    assert [row(m) for m in mentions("fr", sentence, "2026-03-01")] == [
        ("294 villes", "total_cities", 294, "exact", "2022", None),
        ("76 pays", "total_countries", 76, "exact", "2022", None),
    ]
