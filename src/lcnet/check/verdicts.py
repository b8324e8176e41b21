"""A verdict for a figure at the date it holds for, with the reason for it."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import NamedTuple

from lcnet.check.figures import ROUNDED_METRICS, Figure, Period, Subject, figure_of, subject_of
from lcnet.check.timeline import Accepted, Held, Timeline
from lcnet.model import Claim, Metric


class Verdict(StrEnum):
    CURRENT = "current"  # matches the accepted figure for its date
    STALE = "stale"  # matches an earlier period's figure, superseded by its date
    WRONG = "wrong"  # matches no period's figure
    BOUND_OK = "bound_ok"  # a qualified figure that holds ("more than 400" of 425)
    BOUND_VIOLATED = "bound_violated"  # a qualified figure that does not hold
    HISTORIC = "historic"  # explicitly about an earlier date, and correct for it
    SUPERSEDED = "superseded"  # a release its publisher corrected
    UNVERIFIABLE = "unverifiable"  # no accepted figure for that period and metric


PROBLEMS = frozenset({Verdict.STALE, Verdict.WRONG, Verdict.BOUND_VIOLATED})


class Judgement(NamedTuple):
    verdict: Verdict
    reason: str
    expected: Accepted | None  # the accepted figure at the date, when there is one
    belongs_to: Accepted | None = None  # for a stale figure: the period it was true for


def judge(
    timeline: Timeline,
    subject: Subject,
    figure: Figure,
    held: Held,
    intake: str | None = None,
) -> Judgement:
    """Judge `figure` about `subject`, stated for the days in `held`. The judgement
    depends on nothing else, so each is made once per timeline: a large store's claims
    and a site's pages repeat the same figures for the same days (100,000 claims of the
    benchmark store make 17,000 distinct judgements)."""
    key = (subject, figure, held, intake)
    found = timeline.judgements.get(key)
    if found is None:
        found = timeline.judgements[key] = _judge(timeline, subject, figure, held, intake)
    return found


def _judge(
    timeline: Timeline, subject: Subject, figure: Figure, held: Held, intake: str | None
) -> Judgement:
    if subject.metric is Metric.CANDIDATE_CITIES:
        reason = "lcnet keeps no accepted figure for cities joining or interested in joining"
        return Judgement(Verdict.UNVERIFIABLE, reason, None)
    entries = [e for e in timeline.entries(subject) if _applies(e.period, held, intake)]
    known = [e for e in entries if e.figure is not None]
    when = _when(held)
    if not known:
        reason = f"no accepted figure for {subject.label} {when}"
        return Judgement(Verdict.UNVERIFIABLE, reason, entries[-1] if entries else None)
    expected = known[-1]
    rounded = subject.metric in ROUNDED_METRICS
    matching = [e for e in known if e.figure is not None and figure.agrees(e.figure, rounded)]
    if not matching and held.historic:  # "when Vinh joined on 23 Sept 2020, 229 members"
        matching = [e for e in _as_corrected(timeline, subject, known) if e.figure is not None
                    and figure.agrees(e.figure, rounded)]  # fmt: skip
    if matching:
        entry = matching[-1]
        exact = figure.exact and entry.figure is not None and entry.figure.exact
        return _agreeing(figure, entry, held, intake, qualified=not exact)
    official = _official(known, figure, rounded)
    if official is not None:
        return _also_official(timeline, figure, official, held)
    qualified = not figure.exact or any(e.figure and not e.figure.exact for e in known)
    if len(known) < len(entries):
        reason = f"{figure} matches no accepted figure, and part of {when} has none"
        return Judgement(Verdict.UNVERIFIABLE, reason, expected)
    truth = _accepted_all(known)
    # An exact figure of an earlier period is stale, even where today's figure is an
    # estimate ("390 million citizens" after "nearly 500 million" replaced it).
    earlier = _match(timeline, subject, figure, lambda e: e.period.is_before(held.first))
    if earlier is not None and not held.historic and intake is None and figure.exact:
        reason = f"{figure} was the figure {earlier.period.label}; {truth}"
        return Judgement(Verdict.STALE, reason, expected, earlier)
    if qualified:
        reason = f"{figure} does not hold {when}: {truth}"
        return Judgement(Verdict.BOUND_VIOLATED, reason, expected)
    later = _match(timeline, subject, figure, lambda e: _starts_after(e.period, held))
    if later is not None:
        reason = f"{figure} became the figure only {later.period.label}; {truth}"
    else:
        reason = f"{figure} was never the figure; {truth}"
    return Judgement(Verdict.WRONG, reason, expected)


def judge_claim(timeline: Timeline, claim: Claim) -> Judgement:
    corrector = timeline.superseded.get(claim.key)
    if corrector is not None:
        restated = [
            c
            for c in timeline.store.claims_by_source[corrector]
            if subject_of(c) == subject_of(claim) and c.key not in timeline.superseded
        ]
        now = ", ".join(str(figure_of(c)) for c in restated)
        reason = f"corrected by {corrector}, which gives {now}"
        return Judgement(Verdict.SUPERSEDED, reason, None)
    held = timeline.held(claim)
    if held is None:
        reason = "the source's date is unknown and the claim gives no as_of date"
        return Judgement(Verdict.UNVERIFIABLE, reason, None)
    judgement = judge(timeline, subject_of(claim), figure_of(claim), held, claim.intake)
    return _with_repeated_correction(timeline, claim, judgement)


# --------------------------------------------------------------------------- helpers


def _applies(period: Period, held: Held, intake: str | None) -> bool:
    if intake is not None:
        return period.event is not None and period.event.id == intake
    return period.overlaps(held.first, held.last)


def _agreeing(
    figure: Figure, entry: Accepted, held: Held, intake: str | None, qualified: bool
) -> Judgement:
    assert entry.figure is not None
    about_the_past = held.historic or (intake is not None and entry.period.is_before(held.first))
    if about_the_past:
        reason = f"{figure} is right for {entry.period.label} ({entry.basis})"
        return Judgement(Verdict.HISTORIC, reason, entry)
    if qualified:
        reason = f"{figure} holds: {_accepted(entry)}"
        return Judgement(Verdict.BOUND_OK, reason, entry)
    return Judgement(Verdict.CURRENT, f"{_accepted(entry)}", entry)


def _as_corrected(timeline: Timeline, subject: Subject, known: list[Accepted]) -> list[Accepted]:
    """For the days an intake's first release stood before its correction, the corrected
    figure: a later text that dates a figure to those days ("on 23 September 2020 the
    network had 229 members") is right to give the intake as its publisher corrected it."""
    released = [e for e in known if e.basis.endswith("before its correction")]
    if not released:
        return []
    entries = timeline.entries(subject)
    events = {id(e.period.event) for e in released}
    return [
        e
        for e in entries
        if e.period.event is not None
        and id(e.period.event) in events
        and not e.basis.endswith("before its correction")
    ][:1]


def _official(
    known: list[Accepted], figure: Figure, rounded: bool
) -> tuple[Accepted, tuple[str, ...]] | None:
    """The period, and the sources, that make `figure` official beside the accepted one."""
    for entry in reversed(known):
        for other, sources in entry.official:
            if figure.agrees(other, rounded):
                return entry, sources
    return None


def _also_official(
    timeline: Timeline, figure: Figure, found: tuple[Accepted, tuple[str, ...]], held: Held
) -> Judgement:
    entry, sources = found
    said = ", ".join(sources)
    if any(timeline.store.source_by_id[s].is_primary for s in sources):
        reason = (
            f"{figure} is official {entry.period.label} too ({said}), beside {_accepted(entry)}"
        )
    else:  # a city's or a country's word on its admission, before the network's release
        reason = (
            f"{figure} counts a member whose admission was announced before the release "
            f"({said}), beside {_accepted(entry)}"
        )
    verdict = Verdict.HISTORIC if held.historic else Verdict.CURRENT
    return Judgement(verdict, reason, entry)


def _match(
    timeline: Timeline, subject: Subject, figure: Figure, where: Callable[[Accepted], bool]
) -> Accepted | None:
    """The latest period selected by `where` whose accepted figure (or another official
    one: the released figure of a corrected intake) is exactly `figure`."""
    found = None
    for entry in timeline.entries(subject):
        exact = entry.figure is not None and entry.figure.exact
        official = any(other == figure for other, _ in entry.official)
        if where(entry) and ((exact and entry.figure == figure) or official):
            found = entry
    return found


def _starts_after(period: Period, held: Held) -> bool:
    return period.start is not None and period.start > held.last


def _accepted(entry: Accepted) -> str:
    assert entry.figure is not None
    return f"the figure was {entry.figure} {entry.period.label} ({entry.basis})"


def _accepted_all(known: list[Accepted]) -> str:
    """The accepted figures over a date range, in order: "356 (...), then 425 (...)"."""
    parts = [f"{e.figure} {e.period.label} ({e.basis})" for e in known]
    return "the figure was " + ", then ".join(parts)


def _when(held: Held) -> str:
    if held.first == held.last:
        return f"on {held.first.isoformat()}"
    return f"between {held.first.isoformat()} and {held.last.isoformat()}"


def _with_repeated_correction(timeline: Timeline, claim: Claim, judgement: Judgement) -> Judgement:
    """A wrong figure that a corrected release printed: say so, it explains the error."""
    if judgement.verdict is not Verdict.WRONG:
        return judgement
    repeated = timeline.corrected_values().get((subject_of(claim), claim.value))
    if repeated is None:
        return judgement
    original, corrector = repeated
    reason = f"{judgement.reason}; it repeats {original.source}, which {corrector} corrected"
    return judgement._replace(reason=reason)
