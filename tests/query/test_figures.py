"""lcnet.query.figures: which accepted figures a listing asks for, on the tiny store."""

from __future__ import annotations

from datetime import date

import pytest

from lcnet.check.timeline import Timeline
from lcnet.errors import UsageError
from lcnet.query.figures import select_figures


def periods(tiny_timeline: Timeline, metrics: list[str], day: object, year: int | None) -> list:
    return [
        (entry.subject.key, entry.period.id, entry.figure.value if entry.figure else None)
        for entry in select_figures(tiny_timeline, metrics, day, year)
    ]


def test_on_a_day_only_the_figure_that_held_then(tiny_timeline: Timeline) -> None:
    assert periods(tiny_timeline, ["total_cities"], date(2023, 6, 1), None) == [
        ("total_cities", "2022-09", 294)
    ]


def test_a_year_gives_every_period_that_overlaps_it(tiny_timeline: Timeline) -> None:
    assert periods(tiny_timeline, ["total_cities"], None, 2024) == [
        ("total_cities", "2022-09", 294),
        ("total_cities", "2024-02", 356),
    ]


def test_a_metric_names_its_subjects_and_a_day_wants_an_accepted_figure(
    tiny_timeline: Timeline,
) -> None:
    # Viet Nam's count has a claim the timeline does not accept: the period is listed
    # with the claim that disagrees, and no day finds a figure that held.
    assert periods(tiny_timeline, ["country_cities"], None, None) == [
        ("country_cities:VN", "2024-02", None)
    ]
    assert periods(tiny_timeline, ["country_cities"], date(2024, 6, 1), None) == []


def test_an_unknown_metric_is_a_usage_error_that_names_the_known(tiny_timeline: Timeline) -> None:
    with pytest.raises(UsageError, match="--metric membres: no such metric or subject; known:"):
        select_figures(tiny_timeline, ["membres"], None, None)
