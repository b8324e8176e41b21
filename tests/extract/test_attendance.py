"""Cities counted by who came to an event, or as taking part in it, are its attendance,
not the network's members: "global representatives from over 100 learning cities" (a Cork
page on the 2017 conference), "representatives of 24 municipalities" (UIL on World Cities
Day 2019). Before, the first was read as the network's total, the second as an intake."""

from __future__ import annotations

import pytest

from tests.extract.titled import read_titled

ATTENDANCE = [
    ("en", "The event brought over 600 delegates, including global representatives from over "
           "100 learning cities."),
    ("en", "The conference brought together representatives of 24 municipalities."),
    ("en", "Delegates from more than 100 learning cities attended the conference."),
    ("en", "More than 100 learning cities took part in the festival."),
    ("en", "Cork is a learning city. At our meeting 34 members and guests heard its coordinator."),
    ("de", "Cork ist eine Learning City. Zum Vortrag kamen 34 Mitglieder und Gäste."),
    ("de", "Zur Konferenz kamen Vertreterinnen aus mehr als 100 Learning Cities."),
    ("de", "An dem Festival nahmen 120 Städte teil."),
    ("fr", "Des représentants de plus de 100 villes apprenantes ont assisté à la conférence."),
    ("es", "Participaron representantes de más de 100 ciudades del aprendizaje."),
    ("it", "Alla conferenza hanno partecipato delegati di oltre 100 città dell'apprendimento."),
    ("pt", "Participaram representantes de mais de 100 cidades de aprendizagem."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence"), ATTENDANCE)
def test_an_events_attendance_is_no_figure(language: str, sentence: str) -> None:
    assert read_titled(language, sentence) == []


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("en", "The network has 425 member cities in 91 countries.", ("425 member cities", 425)),
        ("de", "Heute sind 425 Städte Teil des Netzwerks.", ("425 Städte", 425)),
        ("en", "Its 425 members sent delegates to Hamburg.", ("425 members", 425)),
    ],
)
def test_the_networks_count_stays(language: str, sentence: str, expected: tuple[str, int]) -> None:
    assert [(r[0], r[2]) for r in read_titled(language, sentence)][:1] == [expected]


# The people's own count, told with the number of places they came from: the unit noun
# ("representatives") names the GNLC's members elsewhere, so the count was read as the
# network's total and judged wrong on a page about the network (a false alarm).
PEOPLE_FROM = [
    ("en", "The conference brought together 600 representatives from 80 countries."),
    ("en", "Some 250 representatives from more than 40 countries met in Medellín."),
    ("en", "Nearly 300 representatives of 50 countries took part in the forum."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence"), PEOPLE_FROM)
def test_people_counted_with_where_they_came_from_are_no_figure(
    language: str, sentence: str
) -> None:
    assert read_titled(language, sentence) == []


def test_representatives_that_join_stay_the_networks() -> None:
    assert read_titled("en", "Two Vietnamese representatives joined the network in 2020.") == [
        ("Two Vietnamese representatives", "new_cities", 2, "exact", "2020", "VN")
    ]
