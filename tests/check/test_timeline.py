"""Accepted figures, period by period, and the evidence for them."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

from lcnet.check.figures import Figure, Subject
from lcnet.check.timeline import Held, Timeline
from lcnet.check.verdicts import Verdict, judge, judge_claim
from lcnet.dates import PartialDate
from lcnet.model import Metric, Qualifier
from lcnet.store.facts import FactStore
from tests.check.conftest import load
from tests.conftest import TINY, TODAY

TOTAL = Subject(Metric.TOTAL_CITIES)


def table(timeline: Timeline, subject: Subject) -> list[tuple[str, str | None, str]]:
    return [
        (e.period.label, str(e.figure) if e.figure else None, e.basis)
        for e in timeline.entries(subject)
    ]


def test_periods_are_bounded_by_announcements_and_a_correction_mends_its_intake(
    timeline: Timeline,
) -> None:
    assert table(timeline, TOTAL) == [
        ("until 2016-08-22", None, "no primary source"),
        ("2016-08-23 to 2020-09-22", "115", "intake 2016-08"),
        ("2020-09-23 to 2020-09-30", "229", "intake 2020-09-correction"),  # 230 official too
        ("2020-10-01 to 2022-09-01", "229", "intake 2020-09-correction"),
        ("2022-09-02 to 2024-02-13", "294", "intake 2022-09"),
        ("since 2024-02-14", "356", "intake 2024-02"),
    ]


def test_intake_metrics_have_periods_from_intakes_only(timeline: Timeline) -> None:
    assert table(timeline, Subject(Metric.NEW_CITIES)) == [
        ("until 2020-09-22", None, "no primary source"),
        ("2020-09-23 to 2020-09-30", "54", "intake 2020-09-correction"),  # 55 official too
        ("2020-10-01 to 2022-09-01", "54", "intake 2020-09-correction"),
        ("2022-09-02 to 2024-02-13", "77", "intake 2022-09"),
        ("since 2024-02-14", "64", "intake 2024-02"),
    ]


def test_a_complete_member_list_counts_a_countrys_members(timeline: Timeline) -> None:
    figures = [str(e.figure) for e in timeline.entries(Subject(Metric.COUNTRY_CITIES, "VN"))]
    assert figures == ["None", "0", "1", "2", "3"]


def test_a_complete_member_list_counts_a_countrys_new_members_per_intake(
    timeline: Timeline,
) -> None:
    entries = timeline.entries(Subject(Metric.NEW_CITIES, "VN"))
    assert [(e.period.id, str(e.figure), e.basis) for e in entries] == [
        ("before", "None", "no primary source"),
        ("2020-09", "1", "complete list cities/vn.toml"),
        ("2022-09", "1", "complete list cities/vn.toml"),
        ("2024-02", "1", "complete list cities/vn.toml"),
    ]


def test_without_an_intake_figure_primary_sources_establish_it(timeline: Timeline) -> None:
    entry = timeline.at(Subject(Metric.CITIZENS), date(2024, 6, 1))
    assert (entry.figure, entry.basis, entry.sources) == (
        Figure(390_000_000),
        "primary sources",
        ("unesco-2024",),
    )


def test_secondary_sources_never_establish_a_figure(timeline: Timeline) -> None:
    entry = timeline.at(Subject(Metric.COUNTRY_CITIES, "FR"), date(2024, 6, 1))
    assert entry.figure is None
    assert [c.key for c in entry.disagree] == ["blog-2024-06-10#fr-cities"]


def test_agreeing_and_disagreeing_claims_are_kept_as_evidence(timeline: Timeline) -> None:
    entry = timeline.at(TOTAL, date(2024, 6, 1))
    assert sorted(c.key for c in entry.agree) == [
        "blog-2024-06-10#loose",
        "paper-2024-03-02#total",
        "unesco-2024#total",
        "wire-2024-03-01#total",
    ]
    assert sorted(c.key for c in entry.disagree) == [
        "blog-2024-06-10#stale",
        "blog-2024-06-10#too-many",
    ]


def test_a_copy_counts_once_with_its_original(timeline: Timeline) -> None:
    assert timeline.independent(["wire-2024-03-01", "paper-2024-03-02"]) == 1
    assert timeline.independent(["wire-2024-03-01", "unesco-2024"]) == 2


def test_a_correction_supersedes_only_what_it_restates(timeline: Timeline) -> None:
    assert timeline.superseded == {
        "uil-2020#new": "uil-fix-2020",
        "uil-2020#total": "uil-fix-2020",
    }


def test_the_shipped_store_gives_the_figures_of_the_issue(real_timeline: Timeline) -> None:
    def at(metric: Metric, day: date) -> str:
        return str(real_timeline.at(Subject(metric), day).figure)

    june_2025 = date(2025, 6, 1)
    assert [at(m, june_2025) for m in (Metric.TOTAL_CITIES, Metric.TOTAL_COUNTRIES)] == [
        "356",
        "79",
    ]
    assert at(Metric.CITIZENS, june_2025) == "390 million"
    assert real_timeline.at(Subject(Metric.TOTAL_CITIES), june_2025).basis == "intake 2024-02"
    assert [at(m, date(2021, 1, 1)) for m in (Metric.TOTAL_CITIES, Metric.TOTAL_COUNTRIES)] == [
        "229",
        "64",
    ]
    assert [at(m, date(2026, 2, 1)) for m in (Metric.TOTAL_CITIES, Metric.TOTAL_COUNTRIES)] == [
        "425",
        "91",
    ]
    citizens = real_timeline.at(Subject(Metric.CITIZENS), date(2026, 2, 1)).figure
    assert citizens == Figure(500_000_000, Qualifier.NEARLY)


def test_an_intakes_figure_comes_from_its_last_correction_that_states_it(
    store: FactStore,
) -> None:
    intake = store.intake_by_id["2020-09"]
    first = store.intake_by_id["2020-09-correction"]
    assert store.figure_record(intake, Metric.TOTAL_CITIES) is first
    assert store.figure_record(intake, Metric.TOTAL_COUNTRIES) is intake  # not restated
    assert store.effective_figure(intake, "total_cities") == 229
    assert store.effective_figure(intake, Metric.TOTAL_COUNTRIES) == 64

    # A second correction that restates only the total wins for the total alone.
    second = replace(first, id="2020-09-correction-2", new_cities=None, total_cities=228)
    amended = FactStore(store.records.replace(intakes=(*store.intakes, second)), "facts")
    assert amended.figure_record(intake, Metric.TOTAL_CITIES) is second
    assert amended.effective_figure(intake, "total_cities") == 228
    assert amended.figure_record(intake, Metric.NEW_CITIES) is first
    assert amended.effective_figure(intake, "new_cities") == 54


def test_in_years_of_rolling_admissions_a_steady_complete_list_still_counts(
    real_timeline: Timeline,
) -> None:
    """Viet Nam's list is complete and none of its cities joined before 2020: in 2017 it
    had no member (a text saying two is wrong), though no network total holds then."""
    may_2017 = date(2017, 5, 19)
    viet_nam = real_timeline.at(Subject(Metric.COUNTRY_CITIES, country="VN"), may_2017)
    assert (str(viet_nam.figure), viet_nam.basis) == ("0", "complete list cities/vn.toml")
    assert viet_nam.period.rolling
    assert real_timeline.at(Subject(Metric.TOTAL_CITIES), may_2017).figure is None


def test_a_complete_list_that_grew_in_rolling_years_gives_no_figure_then(
    real_timeline: Timeline,
) -> None:
    portugal = real_timeline.at(Subject(Metric.COUNTRY_CITIES, country="PT"), date(2017, 5, 19))
    assert portugal.figure is None


def test_a_complete_list_gives_no_count_while_a_member_may_not_have_joined_yet(
    real_timeline: Timeline,
) -> None:
    """Portugal on 23 August 2016: Anadia (1 July 2016) and Lagoa (July 2016) were
    members, and four more joined "in 2016" (maybe after that day). The list used to
    give 2, the certain ones, as the figure: a range is no figure. Colombia's list, whose
    one uncertain member is one that left at an unknown date, still counts."""
    day = date(2016, 8, 23)
    portugal = real_timeline.at(Subject(Metric.COUNTRY_CITIES, country="PT"), day)
    assert portugal.figure is None
    colombia = real_timeline.at(Subject(Metric.COUNTRY_CITIES, country="CO"), date(2026, 1, 5))
    assert (str(colombia.figure), colombia.basis) == ("9", "complete list cities/co.toml")


def test_two_claims_with_one_key_each_hold_for_their_own_days(
    store: FactStore, timeline: Timeline
) -> None:
    """A claim's days come from its as_of or its source's date, not from its key: an
    edited copy of a record (same source, same id) dated to 2021 is judged at 2021,
    before and after the record itself was asked about."""
    record = store.claim_by_key["paper-2024-03-02#total"]
    dated = replace(record, as_of=PartialDate(2021))
    assert dated.key == record.key
    assert timeline.held(record) == Held(date(2024, 3, 2), date(2024, 3, 2), False)
    assert timeline.held(dated) == Held(date(2021, 1, 1), date(2021, 12, 31), True)
    assert timeline.held(record) == Held(date(2024, 3, 2), date(2024, 3, 2), False)
    assert judge_claim(timeline, record).verdict is Verdict.CURRENT
    wrong = judge_claim(timeline, dated)
    assert (wrong.verdict, str(wrong.expected.figure)) == (Verdict.WRONG, "229")


def _announcing_store(root: Path) -> Path:
    """The tiny store with Viet Nam's list complete (Cao Lanh 2022-09; Son La and Hanoi
    2024-02), Son La announced by its city in January 2024 and Hanoi on 20 Dec 2023."""
    target = root / "facts"
    shutil.copytree(TINY, target)
    path = target / "cities" / "vn.toml"
    text = path.read_text().replace(
        'region = "asia-pacific"\n', 'region = "asia-pacific"\ncomplete = true\n'
    )
    text = text.replace(
        'intake = "2024-02"\nsources = ["unesco-2024-02-14"]',
        'intake = "2024-02"\nannounced_by = "son-la-2024-01"\nsources = ["unesco-2024-02-14"]',
    )
    text = text.replace(
        'intake = "2024-02"\nsources = ["unesco-2024-02-14", "daily',
        'intake = "2024-02"\nannounced_by = "hanoi-2023-12-20"\n'
        'sources = ["unesco-2024-02-14", "daily',
    )
    path.write_text(text)
    for name, day in (("son-la-2024-01", "2024-01"), ("hanoi-2023-12-20", "2023-12-20")):
        (target / "sources" / f"{name}.toml").write_text(
            f'[source]\npublisher = "City hall"\nlanguage = "vi"\nkind = "government"\n'
            f'published = "{day}"\n'
        )
    return target


def test_a_citys_own_early_announcement_makes_its_count_official_until_the_release(
    tmp_path: Path,
) -> None:
    timeline = Timeline(load(_announcing_store(tmp_path)), TODAY)
    vn = Subject(Metric.COUNTRY_CITIES, "VN")
    parts = [
        (e.period.label, str(e.figure), [(str(f), s) for f, s in e.official])
        for e in timeline.entries(vn)
    ]
    assert parts == [
        ("until 2022-09-01", "None", []),
        ("2022-09-02 to 2023-12-19", "1", []),
        ("2023-12-20 to 2024-01-30", "1", [("2", ("hanoi-2023-12-20",))]),
        # a month: out by its last day
        ("2024-01-31 to 2024-02-13", "1", [("3", ("hanoi-2023-12-20", "son-la-2024-01"))]),
        ("since 2024-02-14", "3", []),
    ]

    def verdict(value: int, day: date) -> str:
        return str(judge(timeline, vn, Figure(value), Held(day, day, historic=False)).verdict)

    assert [verdict(v, date(2023, 12, 1)) for v in (1, 2, 3)] == ["current", "wrong", "wrong"]
    assert [verdict(v, date(2024, 1, 10)) for v in (1, 2, 3)] == ["current", "current", "wrong"]
    assert [verdict(v, date(2024, 2, 10)) for v in (1, 2, 3)] == ["current", "stale", "current"]
    assert [verdict(v, date(2024, 3, 1)) for v in (1, 2, 3)] == ["stale", "stale", "current"]
