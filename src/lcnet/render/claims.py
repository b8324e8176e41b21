"""Judged claims as data: the JSON contract and CSV rows of `lcnet claims`."""

from __future__ import annotations

from typing import Any

from lcnet.check.timeline import Timeline
from lcnet.query.claims import JudgedClaim
from lcnet.render.figures import figure_record

CSV_COLUMNS = [
    "claim",
    "source",
    "publisher",
    "kind",
    "published",
    "metric",
    "country",
    "value",
    "qualifier",
    "phrase",
    "as_of",
    "verdict",
    "expected",
    "reason",
]


def claim_record(timeline: Timeline, row: JudgedClaim) -> dict[str, Any]:
    claim, judgement = row
    source = timeline.store.source_by_id[claim.source]
    expected = judgement.expected
    return {
        "claim": claim.key,
        "source": source.id,
        "publisher": source.publisher,
        "kind": str(source.kind),
        "url": source.url,
        "published": str(source.published) if source.published else None,
        "metric": str(claim.metric),
        "country": claim.country,
        "region": str(claim.region) if claim.region else None,
        "city": claim.city,
        "intake": claim.intake,
        "value": claim.value,
        "qualifier": str(claim.qualifier),
        "phrase": claim.phrase,
        "as_of": str(claim.as_of) if claim.as_of else None,
        "verdict": str(judgement.verdict),
        "expected": figure_record(expected.figure) if expected else None,
        "expected_period": expected.period.id if expected else None,
        "reason": judgement.reason,
        "path": f"{timeline.store.root}/{claim.file}",
        "line": claim.line,
    }


def csv_row(record: dict[str, Any]) -> dict[str, Any]:
    expected = record["expected"]
    return {**record, "expected": expected["text"] if expected else None}
