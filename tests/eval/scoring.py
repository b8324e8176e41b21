"""Match what lcnet reported in a page to the page's labels, and count (pure functions).

A reported figure covers a label when the label's number lies inside its span. For each
labelled figure the harness keeps the covering report that reads it right, if any, else
the first. The counts add up across pages; the rates are derived from them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from tests.eval.engine import Reported
from tests.eval.labels import Figure, Spot, verdict_class


class Counts(NamedTuple):
    pages: int = 0
    figures: int = 0  # labelled GNLC figures
    found: int = 0  # covered by a report
    correct: int = 0  # covered by a report with the label's metric, value, qualifier, scope
    sortable: int = 0  # found, labelled fine or flagged
    sorted: int = 0  # ... and lcnet's verdict is in the same class
    fine: int = 0  # labelled fine (current, bound_ok, historic)
    false_alarms: int = 0  # labelled fine, judged flagged
    flagged: int = 0  # labelled flagged (stale, wrong, bound_violated)
    caught: int = 0  # labelled flagged, found and judged flagged
    distractors: int = 0
    distractors_reported: int = 0
    reports: int = 0  # figures lcnet reported
    right_reports: int = 0  # reports that are the right reading of a labelled figure
    unlabelled: int = 0  # reports that cover no label at all

    def __add__(self, other: object) -> Counts:
        assert isinstance(other, Counts)
        return Counts(*(a + b for a, b in zip(self, other, strict=True)))

    @property
    def precision(self) -> float:
        return _share(self.right_reports, self.reports)

    @property
    def recall(self) -> float:
        return _share(self.correct, self.figures)


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


class Issue(NamedTuple):
    """One thing to look at: a miss, a misreading, a wrong verdict, a false positive."""

    kind: str  # missed, misread, missorted, distractor, unlabelled
    line: int
    column: int
    detail: str


class PageScore(NamedTuple):
    counts: Counts
    issues: tuple[Issue, ...]


def covers(report: Reported, spot: Spot) -> bool:
    """Whether the labelled number lies inside the reported figure's span."""
    starts_before = (report.line, report.column) <= (spot.line, spot.column)
    ends_after = (spot.line, spot.end_column) <= (report.end_line, report.end_column)
    return starts_before and ends_after


def reads_right(report: Reported, figure: Figure) -> bool:
    """Same metric, value, qualifier, country and region; the same as_of when labelled,
    or a day or month within the labelled period: "back then" read as the day a city
    joined (2020-09-23, from the store) where the label gives its month (2020-09)."""
    same = (
        report.metric == figure.metric
        and report.value == figure.value
        and report.qualifier == figure.qualifier
        and report.country == figure.country
        and report.region == figure.region
    )
    return same and (figure.as_of is None or _within(report.as_of, figure.as_of))


def _within(read: str | None, labelled: str) -> bool:
    return read is not None and (read == labelled or read.startswith(labelled + "-"))


def score_page(
    figures: Iterable[Figure],
    distractors: Iterable[Spot],
    reports: Iterable[Reported],
    unscored: Iterable[Spot] = (),
) -> PageScore:
    """Counts and issues of one page. Reports that cover an `unscored` spot (a figure in
    the page's metadata) count neither way."""
    reports = tuple(reports)
    skipped = {i for i, r in enumerate(reports) if any(covers(r, s) for s in unscored)}
    counts = Counts(pages=1, reports=len(reports) - len(skipped))
    issues: list[Issue] = []
    right_readings: set[int] = set()  # reports kept as the right reading of a figure
    labelled: set[int] = set(skipped)  # reports that cover some label
    for figure in figures:
        covering = [i for i, r in enumerate(reports) if covers(r, figure.spot)]
        labelled.update(covering)
        right = [i for i in covering if reads_right(reports[i], figure)]
        best = (right or covering or [None])[0]
        if right:
            right_readings.add(right[0])
        counts += _figure_counts(figure, None if best is None else reports[best], bool(right))
        issues.extend(_figure_issues(figure, None if best is None else reports[best], bool(right)))
    for spot in distractors:
        covering = [i for i, r in enumerate(reports) if covers(r, spot)]
        labelled.update(covering)
        counts += Counts(distractors=1, distractors_reported=int(bool(covering)))
        issues.extend(
            Issue("distractor", spot.line, spot.column, f"{_shown(reports[i])} (a distractor)")
            for i in covering[:1]
        )
    unlabelled = [r for i, r in enumerate(reports) if i not in labelled]
    counts += Counts(right_reports=len(right_readings), unlabelled=len(unlabelled))
    issues.extend(Issue("unlabelled", r.line, r.column, _shown(r)) for r in unlabelled)
    return PageScore(counts, tuple(sorted(issues, key=lambda issue: (issue.line, issue.column))))


def _figure_counts(figure: Figure, best: Reported | None, right: bool) -> Counts:
    label_class = figure.verdict_class
    found_class = verdict_class(best.verdict) if best is not None else None
    sortable = best is not None and label_class in ("fine", "flagged")
    return Counts(
        figures=1,
        found=int(best is not None),
        correct=int(right),
        sortable=int(sortable),
        sorted=int(sortable and found_class == label_class),
        fine=int(label_class == "fine"),
        false_alarms=int(label_class == "fine" and found_class == "flagged"),
        flagged=int(label_class == "flagged"),
        caught=int(label_class == "flagged" and found_class == "flagged"),
    )


def _figure_issues(figure: Figure, best: Reported | None, right: bool) -> list[Issue]:
    line, column = figure.spot.line, figure.spot.column
    expected = _label_shown(figure)
    if best is None:
        return [Issue("missed", line, column, expected)]
    issues = []
    if not right:
        issues.append(Issue("misread", line, column, f"{expected}; lcnet: {_shown(best)}"))
    label_class = figure.verdict_class
    if label_class in ("fine", "flagged") and verdict_class(best.verdict) != label_class:
        issues.append(
            Issue("missorted", line, column, f"{expected}; lcnet: {best.verdict} ({best.text!r})")
        )
    return issues


def _label_shown(figure: Figure) -> str:
    scope = "".join(f" {s}" for s in (figure.country, figure.region) if s)
    when = f" as of {figure.as_of}" if figure.as_of else ""
    return (
        f'"{figure.number}": {figure.metric}{scope} {figure.qualifier} {figure.value}{when}, '
        f"{figure.verdict}"
    )


def _shown(report: Reported) -> str:
    scope = "".join(f" {s}" for s in (report.country, report.region) if s)
    when = f" as of {report.as_of}" if report.as_of else ""
    return (
        f"{report.text!r} {report.metric}{scope} {report.qualifier} {report.value}{when}, "
        f"{report.verdict}"
    )
