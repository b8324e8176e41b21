"""Select claims and judge them: the rows of `lcnet claims`."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from lcnet.check.timeline import Timeline
from lcnet.check.verdicts import Judgement, Verdict, judge_claim
from lcnet.model import Claim, Metric


class ClaimQuery(NamedTuple):
    verdicts: frozenset[Verdict] = frozenset()
    metrics: frozenset[Metric] = frozenset()
    source: str | None = None
    as_of: date | None = None  # only claims published by this day


class JudgedClaim(NamedTuple):
    claim: Claim
    judgement: Judgement


def judged_claims(timeline: Timeline, query: ClaimQuery) -> list[JudgedClaim]:
    rows = []
    for claim in timeline.store.claims:
        if query.metrics and claim.metric not in query.metrics:
            continue
        if query.source is not None and claim.source != query.source:
            continue
        if query.as_of is not None and not _known_by(timeline, claim, query.as_of):
            continue
        judgement = judge_claim(timeline, claim)
        if query.verdicts and judgement.verdict not in query.verdicts:
            continue
        rows.append(JudgedClaim(claim, judgement))
    return sorted(rows, key=lambda r: (_date_key(timeline, r.claim), r.claim.key))


def _known_by(timeline: Timeline, claim: Claim, day: date) -> bool:
    """Whether the claim had been published by `day` (undated sources: not known)."""
    published = timeline.store.source_by_id[claim.source].published
    return published is not None and published.first_day <= day


def _date_key(timeline: Timeline, claim: Claim) -> date:
    held = timeline.held(claim)
    return held.first if held else date.max
