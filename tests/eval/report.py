"""The harness's printed report: a table of counts, and with --verbose every issue."""

from __future__ import annotations

from collections.abc import Iterable

from tests.eval.corpus import PageResult
from tests.eval.labels import page_lines
from tests.eval.roundtrip import TripCounts, TripResult
from tests.eval.scoring import Counts

HEADER = (
    f"{'lang':4} {'split':5} {'pages':>5} {'figures':>7}  {'found':13} {'correct':13} "
    f"{'sorted':15} {'flagged caught':15} {'false alarms':15} {'distractors':12} "
    f"{'unlabelled':>10} {'precision':>9} {'recall':>6}"
)
TARGETS = (
    "targets: found >= 95%, sorted >= 95%, flagged caught >= 90%, false alarms <= 2%, "
    "distractors reported 0"
)


def counts_table(groups: dict[tuple[str, str], Counts]) -> list[str]:
    lines = [HEADER]
    for (language, split), counts in groups.items():
        lines.append(counts_row(language, split, counts))
    for split in sorted({split for _, split in groups}, key=("dev", "blind").index):
        parts = [c for (_, s), c in groups.items() if s == split]
        if len(parts) > 1:
            lines.append(counts_row("all", split, sum(parts, Counts())))
    return lines


def counts_row(language: str, split: str, c: Counts) -> str:
    return (
        f"{language:4} {split:5} {c.pages:5d} {c.figures:7d}  "
        f"{_part(c.found, c.figures):13} {_part(c.correct, c.figures):13} "
        f"{_ratio(c.sorted, c.sortable):15} {_ratio(c.caught, c.flagged):15} "
        f"{_ratio(c.false_alarms, c.fine):15} {f'{c.distractors_reported}/{c.distractors}':12} "
        f"{c.unlabelled:10d} {c.precision:9.3f} {c.recall:6.3f}"
    )


def _part(part: int, whole: int) -> str:
    return f"{part} ({_percent(part, whole)})"


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} ({_percent(part, whole)})"


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def date_notes(results: Iterable[PageResult]) -> list[str]:
    """Pages lcnet judged at another date than their labels say. A blind page is counted,
    not named: its name and dates would tell the engine's workers what it failed."""
    missed = [r for r in results if not r.date_read]
    notes = [
        f"  {r.page.name}: labelled {r.page.date}, lcnet judged it at {r.checked.date} "
        f"({r.checked.date_origin})"
        for r in missed
        if r.page.split != "blind"
    ]
    blind = sum(1 for r in missed if r.page.split == "blind")
    if blind:
        notes.append(f"  and {blind} blind page(s), not named")
    return notes


def page_issues(result: PageResult) -> list[str]:
    """Every miss, misreading, wrong verdict and false positive of a page, with its line."""
    issues = result.score.issues
    if not issues:
        return []
    page, checked = result.page, result.checked
    lines = page_lines(page.path)
    out = [f"{page.name} (labelled {page.date}; lcnet: {checked.date}, {checked.language})"]
    for issue in issues:
        out.append(f"  {issue.line:4d}  {issue.kind:10} {printable(issue.detail)}")
        out.append(f"        | {printable(excerpt(lines[issue.line - 1], issue.column))}")
    return out


def roundtrip_table(counts: dict[str, TripCounts], skipped: int) -> list[str]:
    lines = [f"{'lang':4} {'claims':>6}  {'found':13} {'correct':13}"]
    for language, c in counts.items():
        lines.append(
            f"{language:4} {c.claims:6d}  {_part(c.found, c.claims):13} "
            f"{_part(c.correct, c.claims):13}"
        )
    total = sum(counts.values(), TripCounts())
    lines.append(
        f"{'all':4} {total.claims:6d}  {_part(total.found, total.claims):13} "
        f"{_part(total.correct, total.claims):13}"
    )
    lines.append(f"({skipped} claims of a city's join year left out: no prose figure states one)")
    return lines


def trip_issues(results: Iterable[TripResult]) -> list[str]:
    out = []
    for result in results:
        if result.correct:
            continue
        trip = result.trip
        country = f" {trip.country}" if trip.country else ""
        got = "; ".join(
            f"{r.text!r} {r.metric}{' ' + r.country if r.country else ''} {r.qualifier} {r.value}"
            for r in result.reports
        )
        out.append(
            f"{trip.claim} [{trip.language}] {trip.metric}{country} {trip.qualifier} "
            f"{trip.value}: {printable(trip.phrase)!s}"
        )
        out.append(f"    lcnet: {printable(got) if got else 'nothing found'}")
    return out


def printable(text: str) -> str:
    """Text from pages and the store, safe for a terminal: control characters escaped."""
    return "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


def excerpt(line: str, column: int, width: int = 100) -> str:
    """The part of a long line around a column."""
    if len(line) <= width:
        return line.strip()
    start = max(0, min(column - 1 - width // 3, len(line) - width))
    text = line[start : start + width]
    return ("…" if start else "") + text + ("…" if start + width < len(line) else "")
