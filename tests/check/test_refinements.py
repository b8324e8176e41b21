"""Rolling admissions, primary sources dated across an intake, and rounded estimates."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from lcnet.check.figures import Figure, Interval, Subject, rounding_interval
from lcnet.check.reconcile import reconcile
from lcnet.check.timeline import Held, Timeline
from lcnet.check.verdicts import Verdict, judge
from lcnet.model import Metric, Qualifier
from tests.check.conftest import RECONCILE, load
from tests.conftest import TODAY

TOTAL = Subject(Metric.TOTAL_CITIES)


@pytest.fixture
def store_copy(tmp_path: Path) -> Path:
    target = tmp_path / "facts"
    shutil.copytree(RECONCILE, target)
    return target


def on(day: date) -> Held:
    return Held(day, day, historic=False)


def test_a_rolling_milestone_holds_on_its_day_only(store_copy: Path) -> None:
    intakes = store_copy / "intakes.toml"
    intakes.write_text(
        intakes.read_text().replace(
            "total_countries = 28\n", "total_countries = 28\nrolling = true\n"
        )
    )
    timeline = Timeline(load(store_copy), TODAY)
    labels = [(e.period.label, str(e.figure)) for e in timeline.entries(TOTAL)][:3]
    assert labels == [
        ("until 2016-08-22", "None"),
        ("2016-08-23 to 2016-08-23", "115"),
        ("2016-08-24 to 2020-09-22 (rolling admissions)", "None"),
    ]
    judgement = judge(timeline, TOTAL, Figure(182), on(date(2018, 3, 1)))
    assert (judgement.verdict, judgement.reason) == (
        Verdict.UNVERIFIABLE,
        "no accepted figure for member cities on 2018-03-01",
    )
    assert judge(timeline, TOTAL, Figure(115), on(date(2016, 8, 23))).verdict is Verdict.CURRENT


def test_a_primary_source_dated_across_periods_conflicts_when_it_fits_none(
    store_copy: Path,
) -> None:
    (store_copy / "sources" / "uil-teaser-2022.toml").write_text(
        '[source]\npublisher = "UIL"\nlanguage = "en"\nkind = "primary"\npublished = "2022"\n\n'
        '[[claim]]\nid = "total"\nmetric = "total_cities"\nvalue = 240\nphrase = "240 members"\n'
    )
    _, findings = reconcile(load(store_copy), TODAY)
    conflict = {f.key: f for f in findings}["conflicting-primary-sources:total_cities:2022-09"]
    assert conflict.message == (
        "member cities 2022-09-02 to 2024-02-13: the accepted figure is 294 (intake 2022-09), "
        "but uil-page-2023 says 292, uil-teaser-2022 says 240"
    )


def test_a_primary_source_dated_across_periods_is_fine_when_it_fits_one(
    store_copy: Path,
) -> None:
    (store_copy / "sources" / "uil-teaser-2022.toml").write_text(
        '[source]\npublisher = "UIL"\nlanguage = "en"\nkind = "primary"\npublished = "2022"\n\n'
        '[[claim]]\nid = "total"\nmetric = "total_cities"\nvalue = 229\nphrase = "229 members"\n'
    )
    _, findings = reconcile(load(store_copy), TODAY)
    conflict = {f.key: f for f in findings}["conflicting-primary-sources:total_cities:2022-09"]
    assert "uil-teaser-2022" not in conflict.message


def test_an_estimate_is_read_as_rounded_against_a_bound(timeline: Timeline) -> None:
    citizens = Subject(Metric.CITIZENS)
    loose = judge(
        timeline, citizens, Figure(390_000_000, Qualifier.MORE_THAN), on(date(2024, 6, 1))
    )
    assert loose.verdict is Verdict.BOUND_OK
    far = judge(timeline, citizens, Figure(450_000_000, Qualifier.MORE_THAN), on(date(2024, 6, 1)))
    assert far.verdict is Verdict.BOUND_VIOLATED
    exact = judge(timeline, citizens, Figure(390_000_000), on(date(2024, 6, 1)))
    assert exact.verdict is Verdict.CURRENT
    assert judge(timeline, citizens, Figure(400_000_000), on(date(2024, 6, 1))).verdict is (
        Verdict.WRONG
    )


@pytest.mark.parametrize(
    ("value", "qualifier", "verdict"),
    [
        # The accepted "390 million" (June 2024) stands for [385, 395) million: a bound
        # beyond that interval on either side does not hold, one inside it does.
        (400_000_000, Qualifier.MORE_THAN, Verdict.BOUND_VIOLATED),
        (380_000_000, Qualifier.FEWER_THAN, Verdict.BOUND_VIOLATED),
        (390_000_000, Qualifier.FEWER_THAN, Verdict.BOUND_OK),
        (390_000_000, Qualifier.MORE_THAN, Verdict.BOUND_OK),
        # the edges: 395 million would be rounded to 400, 385 million to 390
        (395_000_000, Qualifier.AT_LEAST, Verdict.BOUND_VIOLATED),
        (394_000_000, Qualifier.MORE_THAN, Verdict.BOUND_OK),
        (385_000_000, Qualifier.AT_MOST, Verdict.BOUND_OK),
        (385_000_000, Qualifier.FEWER_THAN, Verdict.BOUND_VIOLATED),
        (400_000_000, Qualifier.NEARLY, Verdict.BOUND_OK),  # [360, 400] million
        (350_000_000, Qualifier.ABOUT, Verdict.BOUND_OK),  # [315, 385] million
        (340_000_000, Qualifier.ABOUT, Verdict.BOUND_VIOLATED),  # [306, 374] million
    ],
)
def test_a_rounded_estimate_stands_for_the_interval_it_was_rounded_from(
    timeline: Timeline, value: int, qualifier: Qualifier, verdict: Verdict
) -> None:
    citizens = Subject(Metric.CITIZENS)
    judgement = judge(timeline, citizens, Figure(value, qualifier), on(date(2024, 6, 1)))
    assert judgement.verdict is verdict


@pytest.mark.parametrize(
    ("value", "low", "high"),
    [
        (390_000_000, 385_000_000, 395_000_000),  # rounded to the ten million
        (393_000_000, 392_500_000, 393_500_000),  # to the million
        (500_000_000, 475_000_000, 525_000_000),  # not [450, 550): at most 5 % either way
        (1_500_000_000, 1_450_000_000, 1_550_000_000),
        (310_400_000, 310_350_000, 310_450_000),
        (0, 0, 0),
    ],
)
def test_the_interval_of_a_rounded_figure(value: int, low: int, high: int) -> None:
    assert rounding_interval(value) == Interval(low, high, high_closed=False)


def test_counts_are_not_estimates(timeline: Timeline) -> None:
    judgement = judge(timeline, TOTAL, Figure(356, Qualifier.MORE_THAN), on(date(2024, 6, 1)))
    assert judgement.verdict is Verdict.BOUND_VIOLATED


def test_an_exact_match_is_current_even_if_a_neighbouring_period_is_qualified(
    store_copy: Path,
) -> None:
    (store_copy / "sources" / "uil-story-2023.toml").write_text(
        '[source]\npublisher = "UIL"\nlanguage = "en"\nkind = "primary"\n'
        'published = "2023-05-01"\n\n[[claim]]\nid = "citizens"\nmetric = "citizens"\n'
        'value = 310_000_000\nqualifier = "more_than"\nphrase = "over 310 million people"\n'
    )
    timeline = Timeline(load(store_copy), TODAY)
    citizens = Subject(Metric.CITIZENS)
    before = timeline.at(citizens, date(2024, 1, 1)).figure
    assert before == Figure(310_000_000, Qualifier.MORE_THAN)
    february = Held(date(2024, 2, 1), date(2024, 2, 29), historic=False)
    assert judge(timeline, citizens, Figure(390_000_000), february).verdict is Verdict.CURRENT
