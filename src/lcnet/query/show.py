"""Any record by its id, with everything linked to it (`lcnet show`)."""

from __future__ import annotations

import difflib
from typing import Any

from lcnet.check.findings import Finding
from lcnet.check.timeline import Timeline
from lcnet.check.verdicts import judge_claim
from lcnet.errors import UsageError
from lcnet.model import City, Claim, Intake, Resolution, Source
from lcnet.render.claims import claim_record
from lcnet.render.findings import finding_record


class RecordView:
    """Builds the JSON-ready view of one record and its links."""

    def __init__(self, timeline: Timeline, findings: list[Finding]) -> None:
        self.timeline = timeline
        self.store = timeline.store
        self.findings = findings

    def show(self, wanted: str) -> dict[str, Any]:
        store = self.store
        if wanted in store.source_by_id:
            return self.source(store.source_by_id[wanted])
        if wanted in store.claim_by_key:
            return self.claim(store.claim_by_key[wanted])
        if wanted in store.city_by_key:
            return self.city(store.city_by_key[wanted])
        if wanted in store.intake_by_id:
            return self.intake(store.intake_by_id[wanted])
        for resolution in store.resolutions:
            if resolution.finding == wanted:
                return self.resolution(resolution)
        for item in self.findings:
            if item.key == wanted:
                return {"kind": "finding", "id": item.key, "finding": finding_record(item)}
        raise UsageError(f'no record with id "{wanted}"{self._suggestion(wanted)}')

    # ----------------------------------------------------------------- records

    def source(self, source: Source) -> dict[str, Any]:
        store = self.store
        claims = store.claims_by_source.get(source.id, [])
        return {
            "kind": "source",
            "id": source.id,
            "record": _fields(source),
            "claims": [self._judged(c) for c in claims],
            "copies": source.copies,
            "copied_by": sorted(s.id for s in store.sources if s.copies == source.id),
            "supersedes": source.supersedes,
            "superseded_by": sorted(s.id for s in store.sources if s.supersedes == source.id),
            "cities": sorted(c.key for c in store.cities if source.id in c.sources),
            "intakes": [i.id for i in store.intakes if i.source == source.id],
        }

    def claim(self, claim: Claim) -> dict[str, Any]:
        source = self.store.source_by_id[claim.source]
        return {
            "kind": "claim",
            "id": claim.key,
            "record": _fields(claim),
            "judgement": self._judged(claim),
            "source": _fields(source),
        }

    def city(self, city: City) -> dict[str, Any]:
        store = self.store
        intake = store.intake_by_id.get(city.intake) if city.intake else None
        return {
            "kind": "city",
            "id": city.key,
            "record": _fields(city),
            "intake": _fields(intake) if intake else None,
            "sources": [_fields(store.source_by_id[s]) for s in city.sources],
            "claims": [self._judged(c) for c in store.claims if c.city == city.key],
        }

    def intake(self, intake: Intake) -> dict[str, Any]:
        store = self.store
        corrections = [i for i in store.intakes if i.corrects == intake.id]
        joined = sorted(c.key for c in store.cities if intake.id in (c.intake, c.readmitted))
        related = [f for f in self.findings if f.key.endswith(f":{intake.id}")]
        return {
            "kind": "intake",
            "id": intake.id,
            "record": _fields(intake),
            "source": _fields(store.source_by_id[intake.source]),
            "corrections": [_fields(c) for c in corrections],
            "cities_listed": joined,
            "findings": [finding_record(f) for f in related],
        }

    def resolution(self, resolution: Resolution) -> dict[str, Any]:
        resolved = [f for f in self.findings if f.key == resolution.finding]
        return {
            "kind": "resolution",
            "id": resolution.finding,
            "record": _fields(resolution),
            "finding": finding_record(resolved[0]) if resolved else None,
        }

    # ----------------------------------------------------------------- helpers

    def _judged(self, claim: Claim) -> dict[str, Any]:
        from lcnet.query.claims import JudgedClaim

        return claim_record(self.timeline, JudgedClaim(claim, judge_claim(self.timeline, claim)))

    def _suggestion(self, wanted: str) -> str:
        store = self.store
        ids = [
            *store.source_by_id,
            *store.claim_by_key,
            *store.city_by_key,
            *store.intake_by_id,
            *(r.finding for r in store.resolutions),
            *(f.key for f in self.findings),
        ]
        hint = nearest_ids(wanted, ids)
        return (
            hint + " Ids look like unesco-2024-02-14, unesco-2024-02-14#total, vn/hanoi, 2024-02."
        )


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


def _fields(record: object) -> dict[str, Any]:
    """A record's fields as JSON values (dates as strings, tuples as lists)."""
    from dataclasses import fields

    values: dict[str, Any] = {}
    for field in fields(record):  # type: ignore[arg-type]
        value = getattr(record, field.name)
        if isinstance(value, tuple) and not hasattr(value, "_fields"):
            values[field.name] = list(value)
        elif value is None or isinstance(value, bool | int | str):
            values[field.name] = value
        else:
            values[field.name] = str(value)
    return values
