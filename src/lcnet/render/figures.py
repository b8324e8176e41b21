"""The timeline of accepted figures as data (JSON contract and CSV rows)."""

from __future__ import annotations

from typing import Any

from lcnet.check.figures import Figure
from lcnet.check.timeline import Accepted, Timeline
from lcnet.model import Claim

CSV_COLUMNS = [
    "subject",
    "metric",
    "country",
    "region",
    "city",
    "period",
    "from",
    "to",
    "figure",
    "value",
    "qualifier",
    "basis",
    "sources",
    "agree",
    "disagree",
    "official",
]


def entry_record(timeline: Timeline, entry: Accepted) -> dict[str, Any]:
    subject, period = entry.subject, entry.period
    return {
        "subject": subject.key,
        "metric": str(subject.metric),
        "country": subject.country,
        "region": str(subject.region) if subject.region else None,
        "city": subject.city,
        "period": period.id,
        "from": period.start.isoformat() if period.start else None,
        "to": period.end.isoformat() if period.end else None,
        "figure": figure_record(entry.figure),
        "basis": entry.basis if entry.figure else None,
        "sources": list(entry.sources),
        "agree": [claim_ref(timeline, c) for c in _primary_first(timeline, entry.agree)],
        "disagree": [claim_ref(timeline, c) for c in _primary_first(timeline, entry.disagree)],
        "official": [
            {**(figure_record(figure) or {}), "sources": list(sources)}
            for figure, sources in entry.official
        ],
    }


def figure_record(figure: Figure | None) -> dict[str, Any] | None:
    if figure is None:
        return None
    return {"value": figure.value, "qualifier": str(figure.qualifier), "text": str(figure)}


def claim_ref(timeline: Timeline, claim: Claim) -> dict[str, Any]:
    source = timeline.store.source_by_id[claim.source]
    return {
        "claim": claim.key,
        "source": source.id,
        "kind": str(source.kind),
        "copies": source.copies,
        "value": claim.value,
        "qualifier": str(claim.qualifier),
    }


def csv_row(record: dict[str, Any]) -> dict[str, Any]:
    figure = record["figure"] or {}
    return {
        **record,
        "figure": figure.get("text"),
        "value": figure.get("value"),
        "qualifier": figure.get("qualifier"),
        "agree": [a["claim"] for a in record["agree"]],
        "disagree": [f"{d['claim']}={d['value']}" for d in record["disagree"]],
        "official": [o["text"] for o in record.get("official", [])],
    }


def _primary_first(timeline: Timeline, claims: tuple[Claim, ...]) -> list[Claim]:
    def order(claim: Claim) -> tuple[bool, str]:
        return (not timeline.store.source_by_id[claim.source].is_primary, claim.key)

    return sorted(claims, key=order)
