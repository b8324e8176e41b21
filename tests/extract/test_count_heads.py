"""A count named by a head before its number ("the number of ... has reached"): the
adjective after the unit places it, and an owner before the head owns the figure even
when the unit follows the number."""

from __future__ import annotations

import pytest

from tests.extract.titled import Row, read_titled

C = "country_cities"

PLACED_AFTER: list[tuple[str, str, list[Row]]] = [
    (
        "fr",
        "Le nombre de villes thaïlandaises du réseau passe à 10.",
        [("nombre de villes thaïlandaises du réseau passe à 10", C, 10, "exact", None, "TH")],
    ),
    (
        "fr",
        "Le nombre de villes égyptiennes du réseau s'élève désormais à dix.",
        [
            (
                "nombre de villes égyptiennes du réseau s'élève désormais à dix",
                C, 10, "exact", None, "EG",
            )
        ],
    ),
    (
        "es",
        "El número de ciudades colombianas en la red asciende a nueve.",
        [("número de ciudades colombianas en la red asciende a nueve", C, 9, "exact", None, "CO")],
    ),
    (
        "it",
        "Il numero delle città italiane nella rete sale a otto.",
        [("numero delle città italiane nella rete sale a otto", C, 8, "exact", None, "IT")],
    ),
    (
        "pt",
        "O número de cidades brasileiras na rede chega a 14.",
        [("número de cidades brasileiras na rede chega a 14", C, 14, "exact", None, "BR")],
    ),
    # an adjective that places nothing leaves the network's total
    (
        "fr",
        "Le nombre de villes membres passe à 425.",
        [("nombre de villes membres passe à 425", "total_cities", 425, "exact", None, None)],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), PLACED_AFTER)
def test_an_adjective_after_the_unit_of_a_count_places_it(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected


OWNED: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        "Thailand's representation in the network has expanded to 10 cities.",
        [("representation in the network has expanded to 10 cities", C, 10, "exact", None, "TH")],
    ),
    (
        "en",
        "Vietnam's tally in the network now stands at six cities.",
        [("tally in the network now stands at six cities", C, 6, "exact", None, "VN")],
    ),
    (
        "en",
        "Thailand's presence grew to 10 cities.",
        [("presence grew to 10 cities", C, 10, "exact", None, "TH")],
    ),
    # the network's own head: a total
    (
        "en",
        "Its membership reached 425 cities.",
        [("membership reached 425 cities", "total_cities", 425, "exact", None, None)],
    ),
    # a head that shares no number with the figure after it does not own it
    (
        "en",
        "Thailand's membership dates from 2019; 10 cities joined since.",
        [("10 cities", "new_cities", 10, "exact", None, None)],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), OWNED)
def test_an_owner_before_a_count_head_owns_the_figure_its_unit_ends(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected


# The count said with a verb of being ("the total number of members is 425"): the English
# form's copula ended with a space and the form put another before the number, so none of
# these was read.
BEING: list[tuple[str, str, list[Row]]] = [
    ("en", "The total number of members is 425.",
     [("total number of members is 425", "total_cities", 425, "exact", None, None)]),
    ("en", "The number of member cities was then 294.",
     [("number of member cities was then 294", "total_cities", 294, "exact", None, None)]),
    ("en", "The number of Vietnamese member cities is now six.",
     [("number of Vietnamese member cities is now six", C, 6, "exact", None, "VN")]),
    ("es", "El número total de miembros es de 425.",
     [("número total de miembros es de 425", "total_cities", 425, "exact", None, None)]),
    ("fr", "Le nombre total de membres est aujourd'hui 425.",
     [("nombre total de membres est aujourd'hui 425", "total_cities", 425, "exact", None, None)]),
    ("fr", "Le nombre de villes françaises est actuellement huit.",
     [("nombre de villes françaises est actuellement huit", C, 8, "exact", None, "FR")]),
    ("it", "Il numero delle città membri è 425.",
     [("numero delle città membri è 425", "total_cities", 425, "exact", None, None)]),
    ("vi", "Số thành viên của mạng lưới là 425.",
     [("Số thành viên của mạng lưới là 425", "total_cities", 425, "exact", None, None)]),
]  # fmt: skip

# After an intake, the total with its unit left out ("...; total 356", "for a total of").
TOTAL_AFTER_AN_INTAKE: list[tuple[str, str, list[Row]]] = [
    ("en", "- 2024: 64 new cities from 35 countries; total 356",
     [("64 new cities", "new_cities", 64, "exact", None, None),
      ("35 countries", "new_countries", 35, "exact", None, None),
      ("total 356", "total_cities", 356, "exact", None, None)]),
    ("en", "64 new cities from 35 countries, for a total of 356.",
     [("64 new cities", "new_cities", 64, "exact", None, None),
      ("35 countries", "new_countries", 35, "exact", None, None),
      ("total of 356", "total_cities", 356, "exact", None, None)]),
    ("vi", "- 2024: 64 thành phố mới từ 35 quốc gia; tổng số 356",
     [("64 thành phố mới", "new_cities", 64, "exact", None, None),
      ("35 quốc gia", "new_countries", 35, "exact", None, None),
      ("tổng số 356", "total_cities", 356, "exact", None, None)]),
    # a total with its own unit is read as that unit
    ("en", "64 new cities, total 91 countries.",
     [("64 new cities", "new_cities", 64, "exact", None, None),
      ("91 countries", "total_countries", 91, "exact", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), BEING + TOTAL_AFTER_AN_INTAKE)
def test_counts_said_with_being_and_totals_after_an_intake(
    language: str, text: str, expected: list[Row]
) -> None:
    assert read_titled(language, text) == expected
