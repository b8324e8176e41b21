"""Why lcnet misses or misjudges a labelled figure: the stage of the engine that lost it.

`python -m tests.eval --why` replays, for every labelled figure that `lcnet check` did not
report or reported wrong, the engine's stages on its page one by one (as lcnet.extract.
find_mentions runs them), and names the first that lost or misjudged it:

- a language stage: the figure is in no part of the page read in a language lcnet reads;
- "stretch: far from a GNLC name": the page is not about the network (its title or lead
  names no GNLC) and the figure lies outside every stretch near a name of the GNLC
  (engine._near_the_gnlc): the phrases there are never looked for;
- "phrase: no figure phrase": no figure phrase (phrase.phrases_in: a unit noun, a number
  form) covers the number;
- "impossible value": metric.possible refused its value for its unit;
- the stages of engine._judged, as its `dropped` hook names them: "relevance: not the
  network" (relevance.about_network), "metric unread" (metric.read_metric), and each
  guard ("guard: awarded", "guard: bracketed part", "guard: corrected away", "guard:
  superseded", "guard: undated start of a change");
- "after the scan": the engine found it, but what find_mentions does after (lists, ranks,
  repeats, joinings) took it away;
- "span elsewhere": the engine reported something near, but no report covers the number;
- for a figure reported wrong, the first field wrong: "metric wrong", "country/region
  wrong", "value/qualifier wrong", "dated wrongly"; read right but sorted into the other
  class (fine/flagged): "verdict".

Nothing here changes what lcnet does: the engine's hook (`scan(..., dropped=[])`) only
records, and costs nothing when not asked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import NamedTuple

from lcnet.dates import PartialDate
from lcnet.extract import (  # the pipeline's own steps
    Document,
    Gazetteer,
    _about_the_gnlc,
    _Locator,
    home_joined,
    kind_of,
    language_parts,
    read_document,
)
from lcnet.extract.engine import Found, _near_the_gnlc, _overlaps, lowered, read_text, scan
from lcnet.extract.grammar import grammar
from lcnet.extract.phrase import phrases_in
from lcnet.extract.sentence import Span
from tests.eval.corpus import PageResult
from tests.eval.engine import STORE, TODAY, Reported
from tests.eval.labels import Figure, verdict_class
from tests.eval.scoring import covers, reads_right

LANGUAGE = "language: not read"
STRETCH = "stretch: far from a GNLC name"
PHRASE = "phrase: no figure phrase"
AFTER = "after the scan"
ELSEWHERE = "span elsewhere"
METRIC = "metric wrong"
SCOPE = "country/region wrong"
VALUE = "value/qualifier wrong"
DATED = "dated wrongly"
VERDICT = "verdict"
UNLOCATED = "number not located"

# In the engine's order, for the table.
STAGES = (
    LANGUAGE,
    STRETCH,
    PHRASE,
    "impossible value",
    "relevance: not the network",
    "relevance: the model",
    "guard: awarded",
    "guard: hearsay question",
    "guard: bracketed part",
    "metric unread",
    "guard: corrected away",
    "guard: superseded",
    "guard: undated start of a change",
    AFTER,
    ELSEWHERE,
    METRIC,
    SCOPE,
    VALUE,
    DATED,
    VERDICT,
    UNLOCATED,
)


class Lost(NamedTuple):
    """A labelled figure lcnet missed or misjudged, and the stage that did."""

    page: str
    language: str
    figure: Figure
    stage: str
    detail: str


def lost_figures(results: Iterable[PageResult]) -> list[Lost]:
    """Every missed or misjudged figure of the pages, with its stage."""
    lost: list[Lost] = []
    for result in results:
        page = result.page
        reports = result.checked.figures
        for figure in page.figures:
            stage = _judged_stage(figure, reports)
            if stage is None:
                continue
            if stage == "":
                stage, detail = missed_stage(page.path, figure, result.checked.date)
            else:
                detail = _reported(figure, reports)
            lost.append(Lost(page.name, page.language, figure, stage, detail))
    return lost


def _judged_stage(figure: Figure, reports: Sequence[Reported]) -> str | None:
    """None when lcnet got the figure right; "" when it missed it; else what it got wrong
    in the report the scores keep (scoring.score_page)."""
    covering = [r for r in reports if covers(r, figure.spot)]
    if not covering:
        return ""
    right = [r for r in covering if reads_right(r, figure)]
    if not right:
        best = covering[0]
        if best.metric != figure.metric:
            return METRIC
        if best.country != figure.country or best.region != figure.region:
            return SCOPE
        if best.value != figure.value or best.qualifier != figure.qualifier:
            return VALUE
        return DATED
    labelled = figure.verdict_class
    if labelled in ("fine", "flagged") and verdict_class(right[0].verdict) != labelled:
        return VERDICT
    return None


def _reported(figure: Figure, reports: Sequence[Reported]) -> str:
    best = next(r for r in reports if covers(r, figure.spot))
    when = f" as of {best.as_of}" if best.as_of else ""
    scope = "".join(f" {s}" for s in (best.country, best.region) if s)
    return f"lcnet: {best.metric}{scope} {best.qualifier} {best.value}{when}, {best.verdict}"


def missed_stage(path: Path, figure: Figure, written: str | None) -> tuple[str, str]:
    """The stage that lost a figure no report covers, and a word on where."""
    raw = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    document = read_document(raw, kind_of(path))
    return stage_in(document, figure, written, _places())


def stage_in(
    document: Document, figure: Figure, written: str | None, places: Gazetteer | None
) -> tuple[str, str]:
    """The stage of find_mentions that lost `figure` in `document` (see the module)."""
    lead = len(document.lead_in)
    text = document.lead_in + document.text if lead else document.text
    at = _offset(document, lead, text, figure)
    if at is None:
        return UNLOCATED, f"{figure.number!r} not found at line {figure.spot.line}"
    parts = language_parts(document)
    spans: dict[str, list[Span]] = {}
    for part in parts:
        if part.read:
            spans.setdefault(part.language, []).append(Span(part.start + lead, part.end + lead))
    code = next((c for c, within in spans.items() for s in within if s.start <= at < s.end), None)
    if code is None:
        where = next((p.language for p in parts if p.start + lead <= at < p.end + lead), "?")
        return LANGUAGE, f"its part is read as {where!r}"
    topic = _about_the_gnlc(document, spans)
    rules = grammar(code)
    low = lowered(text)
    read = read_text(text, rules, low)
    within = spans[code]
    whole = len(spans) == 1 and within[0].start == lead and within[-1].end == len(text)
    stretches = [Span(lead, len(low))] if topic else _near_the_gnlc(low, lead, read.anchors)
    if not whole:
        stretches = _overlaps(stretches, within)
    stretch = next((s for s in stretches if s.start <= at < s.end), None)
    if stretch is None:
        return STRETCH, f"read as {code}; {len(read.anchors)} GNLC anchors in the page"
    phrase = next(
        (p for p in phrases_in(low, stretch.start, stretch.end, rules) if p.start <= at < p.end),
        None,
    )
    if phrase is None:
        return PHRASE, f"read as {code}: {_around(text, at)!r}"
    dropped: list[tuple[int, str]] = []
    day = PartialDate.parse(written) if written else document.date
    home = home_joined(document.head, places) if places is not None else None
    found: list[Found] = list(
        scan(
            text,
            code,
            lead,
            None if whole else within,
            topic=topic,
            written=day,
            quoted_lines=document.kind == "text",
            home=home,
            read=read,
            dropped=dropped,
        )
    )
    shown = " ".join(text[phrase.start : phrase.end].split())
    stage = next((why for start, why in dropped if start == phrase.start), None)
    if stage is not None:
        return stage, f"phrase {shown!r}"
    if any(f.start <= at < f.end for f in found):
        return AFTER, f"phrase {shown!r}"
    return ELSEWHERE, f"phrase {shown!r}"


def _offset(document: Document, lead: int, text: str, figure: Figure) -> int | None:
    """Where the labelled number starts in the scanned text."""
    want = (figure.spot.line, figure.spot.column)
    at = text.find(figure.number, lead)
    while at >= 0:
        if _Locator(document, lead).start(at) == want:
            return at
        at = text.find(figure.number, at + 1)
    return None


def _around(text: str, at: int) -> str:
    return " ".join(text[max(0, at - 40) : at + 40].split())


@cache
def _places() -> Gazetteer:
    from lcnet.api.store import Store

    return Store(STORE, date.fromisoformat(TODAY)).places


def stage_table(lost: Iterable[Lost], figures: dict[str, int]) -> list[str]:
    """Counts of lost figures per stage (rows) and language (columns), with each
    language's labelled figures on top."""
    lost = list(lost)
    languages = list(figures)
    counts = Counter((each.stage, each.language) for each in lost)
    width = max(len(s) for s in STAGES)
    head = f"{'stage':{width}} " + " ".join(f"{lang:>4}" for lang in languages) + "  all"
    lines = [head, f"{'figures':{width}} " + _row([figures[x] for x in languages])]
    for stage in STAGES:
        row = [counts[(stage, lang)] for lang in languages]
        if any(row):
            lines.append(f"{stage:{width}} " + _row(row))
    totals = [sum(counts[(stage, x)] for stage in STAGES) for x in languages]
    lines.append(f"{'lost':{width}} " + _row(totals))
    return lines


def _row(values: list[int]) -> str:
    return " ".join(f"{v:4d}" for v in values) + f" {sum(values):4d}"
