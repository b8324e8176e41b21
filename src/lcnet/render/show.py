"""`lcnet show ID` as data: the JSON-ready view of a record and its links (found by
lcnet.query.records), one case per kind of record, ending in assert_never."""

from __future__ import annotations

from typing import Any, assert_never

from lcnet.check.timeline import Timeline
from lcnet.query.claims import JudgedClaim
from lcnet.query.records import (
    CityLinks,
    ClaimLinks,
    FindingLinks,
    IntakeLinks,
    Linked,
    ResolutionLinks,
    SourceLinks,
)
from lcnet.render.claims import claim_record
from lcnet.render.findings import finding_record


def record_view(timeline: Timeline, linked: Linked) -> dict[str, Any]:
    match linked:
        case SourceLinks():
            return _source(timeline, linked)
        case ClaimLinks():
            return {
                "kind": "claim",
                "id": linked.judged.claim.key,
                "record": _fields(linked.judged.claim),
                "judgement": claim_record(timeline, linked.judged),
                "source": _fields(linked.source),
            }
        case CityLinks():
            return _city(timeline, linked)
        case IntakeLinks():
            return _intake(linked)
        case ResolutionLinks():
            return {
                "kind": "resolution",
                "id": linked.resolution.finding,
                "record": _fields(linked.resolution),
                "finding": finding_record(linked.finding) if linked.finding else None,
            }
        case FindingLinks():
            item = linked.finding
            return {"kind": "finding", "id": item.key, "finding": finding_record(item)}
        case _:
            assert_never(linked)


def _source(timeline: Timeline, linked: SourceLinks) -> dict[str, Any]:
    source = linked.source
    return {
        "kind": "source",
        "id": source.id,
        "record": _fields(source),
        "claims": _judged(timeline, linked.claims),
        "copies": source.copies,
        "copied_by": linked.copied_by,
        "supersedes": source.supersedes,
        "superseded_by": linked.superseded_by,
        "cities": linked.cities,
        "intakes": linked.intakes,
    }


def _city(timeline: Timeline, linked: CityLinks) -> dict[str, Any]:
    return {
        "kind": "city",
        "id": linked.city.key,
        "record": _fields(linked.city),
        "intake": _fields(linked.intake) if linked.intake else None,
        "sources": [_fields(s) for s in linked.sources],
        "claims": _judged(timeline, linked.claims),
    }


def _intake(linked: IntakeLinks) -> dict[str, Any]:
    return {
        "kind": "intake",
        "id": linked.intake.id,
        "record": _fields(linked.intake),
        "source": _fields(linked.source),
        "corrections": [_fields(c) for c in linked.corrections],
        "cities_listed": linked.cities_listed,
        "findings": [finding_record(f) for f in linked.findings],
    }


def _judged(timeline: Timeline, rows: list[JudgedClaim]) -> list[dict[str, Any]]:
    return [claim_record(timeline, row) for row in rows]


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


__all__ = ["record_view"]
