"""The whole after an intake, its unit said before ("The 2022 expansion added 77 cities,
for 294 in all", "insgesamt 294", "pour 294 au total"): a bare number that a word of
Language.in_all makes the whole was no figure (predicates.wholes); "von insgesamt 425"
after a country's count stays the engine's out-of total, read once. And an expansion
named by its year dates what it brought, as a round did ("the 2022 expansion",
"l'élargissement de 2022", "die Erweiterung von 2022", "l'allargamento del 2022",
"o alargamento de 2022"): the 77 was judged stale at the text's date."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

EXPANSIONS = [
    ("en", "The 2022 expansion added 77 cities, for 294 in all.", "77 cities"),
    ("fr", "L'élargissement de 2022 a ajouté 77 villes, pour 294 au total.", "77 villes"),
    ("de", "Die Erweiterung von 2022 brachte 77 Städte, insgesamt 294.", "77 Städte"),
    ("es", "La ampliación de 2022 sumó 77 ciudades, hasta 294 en total.", "77 ciudades"),
    ("it", "L'allargamento del 2022 ha aggiunto 77 città, 294 in tutto.", "77 città"),
    ("pt", "O alargamento de 2022 acrescentou 77 cidades, 294 no total.", "77 cidades"),
]


@pytest.mark.parametrize(("language", "text", "said"), EXPANSIONS)
def test_a_dated_expansion_and_the_whole_after_it(language: str, text: str, said: str) -> None:
    assert read_titled(language, text) == [
        (said, "new_cities", 77, "exact", "2022", None),
        ("294", "total_cities", 294, "exact", "2022", None),
    ]


def test_in_all_without_a_number_beside_it_is_no_figure() -> None:
    assert read_titled("en", "In all, the delegates of 12 cities attended the meeting.") == []


def test_the_out_of_total_is_read_once() -> None:
    assert read_titled("de", "Deutschland zählt sechs Mitgliedsstädte von insgesamt 425.") == [
        ("sechs Mitgliedsstädte", "country_cities", 6, "exact", None, "DE"),
        ("425", "total_cities", 425, "exact", None, None),
    ]
