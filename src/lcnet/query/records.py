"""Any record by its id, with what is linked to it (`lcnet show ID`)."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from typing import NamedTuple

from lcnet.check.findings import Finding
from lcnet.check.timeline import Timeline
from lcnet.check.verdicts import judge_claim
from lcnet.errors import UsageError
from lcnet.model import City, Claim, Intake, Resolution, Source
from lcnet.query.claims import JudgedClaim


class SourceLinks(NamedTuple):
    source: Source
    claims: list[JudgedClaim]
    copied_by: list[str]  # ids of the sources that copy it
    superseded_by: list[str]
    cities: list[str]  # keys of the cities it lists
    intakes: list[str]  # ids of the intakes it announced


class ClaimLinks(NamedTuple):
    judged: JudgedClaim
    source: Source


class CityLinks(NamedTuple):
    city: City
    intake: Intake | None  # the intake it joined with
    sources: list[Source]
    claims: list[JudgedClaim]  # claims about the city


class IntakeLinks(NamedTuple):
    intake: Intake
    source: Source
    corrections: list[Intake]
    cities_listed: list[str]  # keys of the cities that joined (or rejoined) with it
    findings: list[Finding]  # the store's findings about it


class ResolutionLinks(NamedTuple):
    resolution: Resolution
    finding: Finding | None  # the finding it resolves, if the store still has it


class FindingLinks(NamedTuple):
    finding: Finding


Linked = SourceLinks | ClaimLinks | CityLinks | IntakeLinks | ResolutionLinks | FindingLinks


def linked_record(timeline: Timeline, findings: Sequence[Finding], wanted: str) -> Linked:
    """The record whose id is `wanted`, with its links; a UsageError names the nearest
    ids when there is none."""
    store = timeline.store
    if wanted in store.source_by_id:
        return _source(timeline, store.source_by_id[wanted])
    if wanted in store.claim_by_key:
        claim = store.claim_by_key[wanted]
        return ClaimLinks(_judged(timeline, claim), store.source_by_id[claim.source])
    if wanted in store.city_by_key:
        return _city(timeline, store.city_by_key[wanted])
    if wanted in store.intake_by_id:
        return _intake(timeline, findings, store.intake_by_id[wanted])
    for resolution in store.resolutions:
        if resolution.finding == wanted:
            resolved = [f for f in findings if f.key == resolution.finding]
            return ResolutionLinks(resolution, resolved[0] if resolved else None)
    for item in findings:
        if item.key == wanted:
            return FindingLinks(item)
    raise UsageError(f'no record with id "{wanted}"{_suggestion(timeline, findings, wanted)}')


def _source(timeline: Timeline, source: Source) -> SourceLinks:
    store = timeline.store
    return SourceLinks(
        source,
        [_judged(timeline, c) for c in store.claims_by_source.get(source.id, [])],
        sorted(s.id for s in store.sources if s.copies == source.id),
        sorted(s.id for s in store.sources if s.supersedes == source.id),
        sorted(c.key for c in store.cities if source.id in c.sources),
        [i.id for i in store.intakes if i.source == source.id],
    )


def _city(timeline: Timeline, city: City) -> CityLinks:
    store = timeline.store
    return CityLinks(
        city,
        store.intake_by_id.get(city.intake) if city.intake else None,
        [store.source_by_id[s] for s in city.sources],
        [_judged(timeline, c) for c in store.claims if c.city == city.key],
    )


def _intake(timeline: Timeline, findings: Sequence[Finding], intake: Intake) -> IntakeLinks:
    store = timeline.store
    return IntakeLinks(
        intake,
        store.source_by_id[intake.source],
        [i for i in store.intakes if i.corrects == intake.id],
        sorted(c.key for c in store.cities if intake.id in (c.intake, c.readmitted)),
        [f for f in findings if f.key.endswith(f":{intake.id}")],
    )


def _judged(timeline: Timeline, claim: Claim) -> JudgedClaim:
    return JudgedClaim(claim, judge_claim(timeline, claim))


def _suggestion(timeline: Timeline, findings: Sequence[Finding], wanted: str) -> str:
    store = timeline.store
    ids = [
        *store.source_by_id,
        *store.claim_by_key,
        *store.city_by_key,
        *store.intake_by_id,
        *(r.finding for r in store.resolutions),
        *(f.key for f in findings),
    ]
    hint = nearest_ids(wanted, ids)
    return hint + " Ids look like unesco-2024-02-14, unesco-2024-02-14#total, vn/hanoi, 2024-02."


_CUTOFF = 0.6
_TIE = 0.05


def nearest_ids(wanted: str, ids: list[str], count: int = 3) -> str:
    """'; did you mean "a", "b" or "c"?' for the ids most similar to `wanted`, or ''.

    Similarity is difflib's ratio, ignoring case: the nearest id is named, with the
    others as near as it (within 0.05), at most `count`."""
    folded: dict[str, str] = {}
    for known in dict.fromkeys(ids):
        folded.setdefault(known.lower(), known)
    scored = sorted(
        ((difflib.SequenceMatcher(None, wanted.lower(), k).ratio(), k) for k in folded),
        key=lambda pair: -pair[0],
    )
    if not scored or scored[0][0] < _CUTOFF:
        return ""
    best = scored[0][0]
    # as near as the nearest: a clear best is named alone, a tie is named in full
    close = [k for score, k in scored[:count] if score >= best - _TIE]
    quoted = [f'"{folded[c]}"' for c in close]
    listed = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]
    return f"; did you mean {listed}?"


__all__ = [
    "CityLinks",
    "ClaimLinks",
    "FindingLinks",
    "IntakeLinks",
    "Linked",
    "ResolutionLinks",
    "SourceLinks",
    "linked_record",
    "nearest_ids",
]
