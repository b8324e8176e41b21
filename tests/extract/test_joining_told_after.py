"""The subject's own joining told after a present figure dates the joining, not the
figure: a Kenyan page of January 2025 said a county belongs to more than 350 learning
cities in 75 countries and only then named the year it was designated (2023), and the
figures were judged as of 2023. Language.joining_after_figure; a past verb before the
figure keeps the year ("was one of 294 members after joining in 2022"), and an intake
keeps the year of its designation. "After/following its designation in 2023," before the
figure is a joining since which the state holds (Language.since_event)."""

from __future__ import annotations

import pytest

from tests.extract.titled import mentions


@pytest.mark.parametrize(
    "body",
    [
        "Today Makueni counts among more than 350 learning cities, after its admission"
        " to the UNESCO Global Network of Learning Cities (GNLC) in 2023.",
        "Makueni is one of 356 member cities after joining the network in 2023.",
        "Makueni is part of a network of 356 cities, which it joined in 2023.",
        "Following its designation in 2023, Makueni is one of over 350 learning cities.",
        "After becoming a member in 2023, Makueni is one of 356 member cities.",
    ],
)
def test_the_joining_dates_itself_not_the_figure(body: str) -> None:
    assert [m.as_of for m in mentions("en", body, "2025-01-23")] == [None]


@pytest.mark.parametrize(
    ("body", "year"),
    [
        ("Makueni was one of 294 members when it joined the network in 2022.", 2022),
        ("Makueni was one of 294 member cities after joining the network in 2022.", 2022),
        ("The network welcomed 72 new members, following their designation in 2024.", 2024),
    ],
)
def test_a_past_figure_or_an_intake_keeps_the_year(body: str, year: int) -> None:
    assert [
        None if m.as_of is None else m.as_of.year for m in mentions("en", body, "2025-01-23")
    ] == [year]


@pytest.mark.parametrize(
    "body",
    [
        "Nach der Aufnahme 2023 ist Makueni eine von über 350 Mitgliedsstädten in 79 Ländern.",
        "Seit der Aufnahme ist Makueni eine von 356 Städten im Netzwerk.",
        "Nach ihrer Aufnahme ist die Stadt eine von 356 Mitgliedsstädten.",
    ],
)
def test_a_past_admission_before_the_figure_is_a_time(body: str) -> None:
    assert [m.metric.value for m in mentions("de", body, "2025-01-23")][:1] == ["total_cities"]
