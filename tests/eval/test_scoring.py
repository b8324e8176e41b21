"""The harness's matching and counting, on figures and reports built by hand."""

from __future__ import annotations

from tests.eval.engine import Reported
from tests.eval.labels import Figure, Spot
from tests.eval.scoring import Counts, covers, reads_right, score_page


def report(
    line: int,
    column: int,
    end_column: int,
    metric: str = "total_cities",
    value: int = 425,
    verdict: str = "current",
    *,
    end_line: int | None = None,
    qualifier: str = "exact",
    country: str | None = None,
    as_of: str | None = None,
) -> Reported:
    return Reported(
        line, column, end_line or line, end_column, "phrase", metric, value, qualifier,
        country, None, as_of, verdict,
    )  # fmt: skip


def figure(
    line: int,
    column: int,
    number: str = "425",
    metric: str = "total_cities",
    value: int = 425,
    verdict: str = "current",
    *,
    as_of: str | None = None,
    country: str | None = None,
) -> Figure:
    spot = Spot(line, column, column + len(number))
    return Figure(spot, number, metric, value, "exact", country, None, as_of, verdict, "why")


def test_a_report_covers_a_number_inside_its_span() -> None:
    assert covers(report(3, 10, 20), Spot(3, 10, 13))
    assert covers(report(3, 10, 20), Spot(3, 17, 20))


def test_a_report_does_not_cover_a_number_it_only_touches() -> None:
    assert not covers(report(3, 10, 20), Spot(3, 18, 21))
    assert not covers(report(3, 10, 20), Spot(3, 7, 10))
    assert not covers(report(3, 10, 20), Spot(4, 12, 15))


def test_a_report_over_two_lines_covers_the_number_on_its_first_line() -> None:
    assert covers(report(3, 70, 8, end_line=4), Spot(3, 75, 78))
    assert not covers(report(3, 70, 8, end_line=4), Spot(4, 9, 12))


def test_reading_right_needs_metric_value_qualifier_and_country() -> None:
    label = figure(1, 1, "six", "country_cities", 6, country="VN")
    assert reads_right(report(1, 1, 20, "country_cities", 6, country="VN"), label)
    assert not reads_right(report(1, 1, 20, "country_cities", 6), label)
    assert not reads_right(report(1, 1, 20, "total_cities", 6, country="VN"), label)
    assert not reads_right(report(1, 1, 20, "country_cities", 5, country="VN"), label)
    more = report(1, 1, 20, "country_cities", 6, country="VN", qualifier="more_than")
    assert not reads_right(more, label)


def test_as_of_counts_only_when_labelled() -> None:
    historic = figure(1, 1, "229", value=229, verdict="historic", as_of="2020")
    assert reads_right(report(1, 1, 9, value=229, as_of="2020"), historic)
    assert not reads_right(report(1, 1, 9, value=229), historic)
    assert reads_right(report(1, 1, 9, value=425, as_of="2025"), figure(1, 1))


def test_an_as_of_within_the_labelled_period_reads_right() -> None:
    month = figure(1, 1, "229", value=229, verdict="historic", as_of="2020-09")
    assert reads_right(report(1, 1, 9, value=229, as_of="2020-09-23"), month)
    assert reads_right(report(1, 1, 9, value=229, as_of="2020-09"), month)
    assert not reads_right(report(1, 1, 9, value=229, as_of="2020"), month)  # coarser
    assert not reads_right(report(1, 1, 9, value=229, as_of="2020-10-01"), month)
    assert not reads_right(report(1, 1, 9, value=229, as_of="2020-091"), month)


def test_a_page_read_perfectly() -> None:
    figures = [figure(1, 5), figure(2, 1, "91", "total_countries", 91)]
    reports = [report(1, 5, 15), report(2, 1, 13, "total_countries", 91)]
    score = score_page(figures, [Spot(3, 1, 5)], reports)
    assert score.counts == Counts(
        pages=1, figures=2, found=2, correct=2, sortable=2, sorted=2, fine=2, false_alarms=0,
        flagged=0, caught=0, distractors=1, distractors_reported=0, reports=2,
        right_reports=2, unlabelled=0,
    )  # fmt: skip
    assert score.issues == ()


def test_a_miss_a_misreading_and_a_false_alarm() -> None:
    figures = [
        figure(1, 5),  # missed
        figure(2, 1, "72", "new_cities", 72),  # read as a total, judged wrong
        figure(3, 1, "356", value=356, verdict="stale"),  # caught
    ]
    reports = [
        report(2, 1, 10, "total_cities", 72, "wrong"),
        report(3, 1, 9, value=356, verdict="stale"),
    ]
    score = score_page(figures, [], reports)
    assert score.counts == Counts(
        pages=1, figures=3, found=2, correct=1, sortable=2, sorted=1, fine=2, false_alarms=1,
        flagged=1, caught=1, distractors=0, distractors_reported=0, reports=2,
        right_reports=1, unlabelled=0,
    )  # fmt: skip
    assert [(i.kind, i.line) for i in score.issues] == [
        ("missed", 1),
        ("misread", 2),
        ("missorted", 2),
    ]


def test_a_flagged_figure_judged_fine_is_not_caught() -> None:
    score = score_page(
        [figure(1, 1, "294", value=294, verdict="stale")],
        [],
        [report(1, 1, 12, value=294, verdict="current")],
    )
    assert (score.counts.flagged, score.counts.caught, score.counts.sorted) == (1, 0, 0)


def test_unverifiable_labels_are_found_but_not_sorted() -> None:
    label = figure(1, 1, "200", value=200, verdict="unverifiable")
    score = score_page([label], [], [report(1, 1, 12, value=200, verdict="unverifiable")])
    counts = score.counts
    assert (counts.found, counts.correct, counts.sortable, counts.fine, counts.flagged) == (
        1, 1, 0, 0, 0,
    )  # fmt: skip


def test_distractors_reported_and_unlabelled_reports_are_false_positives() -> None:
    reports = [report(4, 1, 12, value=350), report(6, 3, 14, value=1200)]
    score = score_page([], [Spot(4, 1, 4)], reports)
    counts = score.counts
    assert (counts.distractors_reported, counts.unlabelled, counts.reports) == (1, 1, 2)
    assert counts.precision == 0.0
    assert [(i.kind, i.line) for i in score.issues] == [("distractor", 4), ("unlabelled", 6)]


def test_a_second_report_of_the_same_figure_is_not_a_right_report() -> None:
    score = score_page([figure(1, 5)], [], [report(1, 5, 15), report(1, 1, 20)])
    assert (score.counts.right_reports, score.counts.reports, score.counts.unlabelled) == (
        1, 2, 0,
    )  # fmt: skip
    assert score.counts.precision == 0.5


def test_the_right_reading_wins_over_an_earlier_wrong_one() -> None:
    label = figure(1, 5, "72", "new_cities", 72)
    reports = [report(1, 1, 20, "total_cities", 72, "wrong"), report(1, 5, 15, "new_cities", 72)]
    score = score_page([label], [], reports)
    assert (score.counts.correct, score.counts.sorted, score.counts.false_alarms) == (1, 1, 0)


def test_a_report_of_a_figure_in_metadata_counts_neither_way() -> None:
    score = score_page([], [], [report(2, 9, 20), report(9, 1, 10)], unscored=[Spot(2, 9, 12)])
    assert (score.counts.reports, score.counts.unlabelled) == (1, 1)
    assert [(i.kind, i.line) for i in score.issues] == [("unlabelled", 9)]


def test_counts_add_up_and_rates_follow() -> None:
    total = Counts(pages=1, figures=4, correct=3, reports=5, right_reports=3) + Counts(
        pages=1, figures=6, correct=6, reports=6, right_reports=6
    )
    assert (total.pages, total.figures, total.correct) == (2, 10, 9)
    assert total.recall == 0.9
    assert round(total.precision, 3) == 0.818
    assert Counts().precision == 1.0
