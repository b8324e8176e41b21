"""A count compared with an earlier one after it ("Le réseau compte 425 membres, contre
356 en 2024"): the earlier count was not read, and its date dated the current figure,
so a true 425 was judged wrong in 2025 (a false alarm). Comparison words now give a
change's start after its end (Language.change_back) in en, es, fr, it, pt and vi, as
"up from" and "gegenüber" did; the current figure keeps the text's date; a compared
count followed by its own countries ("contro i 115 in 28 Paesi") counts cities, not the
countries just before it; and a "now" before the comparison does not make the compared
countries current."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

COMPARED = [
    ("en", "The network now has 425 members, compared with 356 in 2024.", "2024"),
    ("en", "The network now has 425 members, against 356 in 2024.", "2024"),
    ("fr", "Le réseau compte 425 membres, contre 356 en 2024.", "2024"),
    ("es", "La red tiene hoy 425 miembros, frente a 356 en 2024.", "2024"),
    ("vi", "Mạng lưới hiện có 425 thành viên, so với 356 vào năm 2024.", "2024"),
    # undated after the comparison: the store finds the period whose figure it states
    ("it", "La rete conta 425 membri, rispetto ai 356 del 2024.", None),
    ("pt", "A rede tem hoje 425 membros, face aos 356 de 2024.", None),
]


@pytest.mark.parametrize(("language", "text", "year"), COMPARED)
def test_the_compared_count_is_read_and_leaves_the_current_one_current(
    language: str, text: str, year: str | None
) -> None:
    now, then = read_titled(language, text)
    assert now[1:5] == ("total_cities", 425, "exact", None)
    assert then == ("356", "total_cities", 356, "exact", year, None)


def test_a_compared_count_with_its_own_countries_counts_cities() -> None:
    assert read_titled(
        "it", "La rete conta oggi 294 membri in 76 Paesi, contro i 115 in 28 Paesi."
    ) == [
        ("294 membri", "total_cities", 294, "exact", None, None),
        ("76 Paesi", "total_countries", 76, "exact", None, None),
        ("115", "total_cities", 115, "exact", None, None),
        ("28 Paesi", "total_countries", 28, "exact", None, None),
    ]


def test_a_compared_count_without_countries_counts_what_it_follows() -> None:
    assert read_titled(
        "en", "The network now has 425 cities in 91 countries, compared with 76 in 2022."
    )[-1] == ("76", "total_countries", 76, "exact", "2022", None)


def test_now_before_the_comparison_does_not_make_its_countries_current() -> None:
    assert read_titled(
        "fr",
        "Le réseau compte aujourd'hui 425 villes dans 91 pays, contre 294 dans 76 pays en 2022.",
    )[2:] == [  # the compared count is of its countries' date (a date past them)
        ("294", "total_cities", 294, "exact", "2022", None),
        ("76 pays", "total_countries", 76, "exact", "2022", None),
    ]


CLAUSE_END = [
    ("en", "Today 425 cities from 91 countries belong to the network, against 294 in 2022."),
    ("fr", "Aujourd'hui 425 villes de 91 pays font partie du réseau, contre 294 en 2022."),
    ("pt", "Atualmente fazem parte da rede 425 cidades de 91 países, contra 294 em 2022."),
    ("de", "Heute gehören 425 Städte aus 91 Ländern zum Netzwerk, gegenüber 294 im Jahr 2022."),
]


@pytest.mark.parametrize(("language", "text"), CLAUSE_END)
def test_a_comparison_at_the_clause_end_compares_the_cities(language: str, text: str) -> None:
    """The compared count after the clause's own words and a comma: too many for
    countries, it is the cities' (the figure it follows is the countries')."""
    assert read_titled(language, text)[-1] == ("294", "total_cities", 294, "exact", "2022", None)


def test_words_with_a_number_between_are_no_comparison_of_the_figure() -> None:
    """ "425 cities, 12 of them in Spain, against 294": the 294 compares no figure read."""
    assert read_titled("en", "The network has 425 cities, 12 of them in Spain, against 294.") == [
        ("425 cities", "total_cities", 425, "exact", None, None),
        # the placed part is Spain's count (lcnet.extract.elliptic._placed_part)
        ("12 of them in Spain", "country_cities", 12, "exact", None, "ES"),
    ]
