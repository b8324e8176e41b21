"""Score lcnet on other layouts of the dev pages: the same labels, the same scorer.

For each transformation of tests/eval/perturb.py, every dev page it applies to is written
that way into a scratch folder, its labels moved with it, checked by `lcnet check` like
any page (tests/eval/corpus.py), and compared figure by figure with the original page.
A label a transformation could not follow is left out of both sides. Dev pages only:
the blind split is never transformed, read or run here.
"""

from __future__ import annotations

import tempfile
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from tests.eval import perturb
from tests.eval.corpus import PageResult, run_pages
from tests.eval.engine import Reported
from tests.eval.labels import Distractor, Figure, Page, Spot, verdict_class
from tests.eval.scoring import Counts, covers, reads_right, score_page

SUFFIXES = {"text": ".txt", "markdown": ".md", "html": ".html"}
KINDS = {suffix: kind for kind, suffix in SUFFIXES.items()}


class Pair(NamedTuple):
    """A page, the same page laid out another way, and how each scored (same labels)."""

    original: PageResult
    variant: PageResult
    lost: int  # labels the transformation could not follow (left out of both)


class Change(NamedTuple):
    page: str
    line: int  # in the original page
    variant: tuple[int, int]  # line and column in the variant
    what: str  # the label
    before: str
    after: str
    why: str = ""


def variant_page(page: Page, name: str, folder: Path) -> tuple[Page, Page, int] | None:
    """The page transformed by `name`, written under `folder`, with its labels moved;
    and the original with the same labels. None when the transformation does not apply."""
    if page.split != "dev":
        raise ValueError(f"{page.name}: only dev pages are laid out again")
    text = page.path.read_text(encoding="utf-8").removeprefix("\ufeff")
    spots = [*(f.spot for f in page.figures), *(d.spot for d in page.distractors)]
    spots += [f.spot for f in page.metadata]
    starts = _line_starts(text)
    spans = tuple(
        (starts[s.line - 1] + s.column - 1, starts[s.line - 1] + s.end_column - 1) for s in spots
    )
    source = perturb.Page(text, KINDS[page.path.suffix], page.language, spans)
    variant = perturb.TRANSFORMATIONS[name](source)
    if variant is None:
        return None
    moved = [_spot(variant.text, _line_starts(variant.text), span) for span in variant.spans]
    path = folder / page.language / "dev" / (page.path.stem + SUFFIXES[variant.kind])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(variant.text, encoding="utf-8")
    kept = [i for i, spot in enumerate(moved) if spot is not None]
    original = _relabelled(page, page.path, spots, kept)
    transformed = _relabelled(page, path, moved, kept)
    return original, transformed, len(spots) - len(kept)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def _spot(text: str, starts: list[int], span: perturb.Span | None) -> Spot | None:
    if span is None or "\n" in text[span[0] : span[1]]:
        return None
    line = bisect_right(starts, span[0])
    column = span[0] - starts[line - 1] + 1
    return Spot(line, column, column + span[1] - span[0])


def _relabelled(page: Page, path: Path, spots: Sequence[Spot | None], kept: list[int]) -> Page:
    figures, distractors = len(page.figures), len(page.distractors)

    def at(index: int) -> Spot:
        spot = spots[index]
        assert spot is not None
        return spot

    return page._replace(
        path=path,
        figures=tuple(f._replace(spot=at(i)) for i, f in enumerate(page.figures) if i in kept),
        distractors=tuple(
            d._replace(spot=at(figures + i))
            for i, d in enumerate(page.distractors)
            if figures + i in kept
        ),
        metadata=tuple(
            f._replace(spot=at(figures + distractors + i))
            for i, f in enumerate(page.metadata)
            if figures + distractors + i in kept
        ),
    )


def run_transformation(name: str, results: Sequence[PageResult], folder: Path) -> list[Pair]:
    """Each page of `results` (the originals, checked) laid out by `name`, checked, and
    scored beside its original on the labels both keep."""
    made = []
    for result in results:
        found = variant_page(result.page, name, folder / name)
        if found is not None:
            made.append((result, *found))
    variants = run_pages(transformed for _, _, transformed, _ in made)
    pairs = []
    for (result, original, _, lost), variant in zip(made, variants, strict=True):
        pairs.append(Pair(_rescored(result, original), variant, lost))
    return pairs


def _rescored(result: PageResult, page: Page) -> PageResult:
    reports = result.checked.figures
    score = score_page(
        page.figures, [d.spot for d in page.distractors], reports, [f.spot for f in page.metadata]
    )
    return PageResult(page, result.checked, score)


def totals(pairs: Iterable[Pair]) -> tuple[Counts, Counts, int]:
    original = variant = Counts()
    lost = 0
    for pair in pairs:
        original += pair.original.score.counts
        variant += pair.variant.score.counts
        lost += pair.lost
    return original, variant, lost


def changes(pair: Pair) -> list[Change]:
    """What lcnet read differently on the variant: each label whose outcome moved, and
    a change in the reports that cover no label."""
    before, after = pair.original, pair.variant
    name = before.page.name
    found: list[Change] = []
    for old, new in zip(before.page.figures, after.page.figures, strict=True):
        was, now = outcome(old, before.checked.figures), outcome(new, after.checked.figures)
        if was != now:
            what = f'"{old.number}" {old.metric} {old.value}'
            found.append(Change(name, old.spot.line, new.spot[:2], what, was, now))
    for old_d, new_d in zip(before.page.distractors, after.page.distractors, strict=True):
        was = _reported(old_d, before.checked.figures)
        now = _reported(new_d, after.checked.figures)
        if was != now:
            what = f'"{old_d.number}" distractor'
            found.append(Change(name, old_d.spot.line, new_d.spot[:2], what, was, now))
    counted = before.score.counts.unlabelled, after.score.counts.unlabelled
    if counted[0] != counted[1]:
        was, now = str(counted[0]), str(counted[1])
        found.append(Change(name, 0, (0, 0), "reports covering no label", was, now))
    return found


def outcome(figure: Figure, reports: Sequence[Reported]) -> str:
    """read, misread or missed; ", missorted" when the verdict is in the other class."""
    covering = [r for r in reports if covers(r, figure.spot)]
    if not covering:
        return "missed"
    right = [r for r in covering if reads_right(r, figure)]
    best = (right or covering)[0]
    state = f"read as {best.verdict}" if right else f"misread ({_shown(best)})"
    labelled = figure.verdict_class
    if labelled in ("fine", "flagged") and verdict_class(best.verdict) != labelled:
        state += ", missorted"
    return state


def _reported(distractor: Distractor, reports: Sequence[Reported]) -> str:
    covering = [r for r in reports if covers(r, distractor.spot)]
    return f"reported ({_shown(covering[0])})" if covering else "unreported"


def _shown(report: Reported) -> str:
    scope = "".join(f" {s}" for s in (report.country, report.region) if s)
    return f"{report.metric}{scope} {report.qualifier} {report.value}"


def with_why(pair: Pair, found: list[Change]) -> list[Change]:
    """The changes with the variant's lost stage (tests/eval/why.py) where it lost one."""
    from tests.eval.why import lost_figures

    lost = {
        (each.figure.spot.line, each.figure.spot.column): each
        for each in lost_figures([pair.variant])
    }
    shown = []
    for change in found:
        stage = lost.get(change.variant)
        shown.append(change._replace(why=f"{stage.stage}: {stage.detail}") if stage else change)
    return shown


HEADER = (
    f"{'transformation':<15}{'pages':>6}{'figures':>8}  {'found':<14}{'correct':<14}"
    f"{'false alarms':<13}{'distractors':<12}{'unlabelled':<11}{'changed':>7}{'lost':>5}"
)


def report(name: str, pairs: Sequence[Pair], why: bool) -> tuple[str, list[str]]:
    """The transformation's row of the table (under HEADER), and a line per change."""
    before, after, lost = totals(pairs)
    details: list[str] = []
    changed = 0
    for pair in pairs:
        found = changes(pair)
        if found and why:
            found = with_why(pair, found)
        changed += bool(found)
        details += [_change_line(name, c) for c in found]
    cells = [
        _moved(before.found, after.found).ljust(14),
        _moved(before.correct, after.correct).ljust(14),
        _moved(before.false_alarms, after.false_alarms).ljust(13),
        _moved(before.distractors_reported, after.distractors_reported).ljust(12),
        _moved(before.unlabelled, after.unlabelled).ljust(11),
    ]
    row = f"{name:<15}{before.pages:>6}{before.figures:>8}  {''.join(cells)}{changed:>7}{lost:>5}"
    return row, details


def _moved(before: int, after: int) -> str:
    return str(before) if before == after else f"{before} -> {after}"


def _change_line(name: str, change: Change) -> str:
    where = f"{change.page}:{change.line}" if change.line else change.page
    moved = f" (variant {change.variant[0]}:{change.variant[1]})" if change.line else ""
    why = f"\n      {change.why}" if change.why else ""
    return f"{name}: {where}{moved}: {change.what}: {change.before} -> {change.after}{why}"


def scratch() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="lcnet-layouts-")
