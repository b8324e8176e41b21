"""Figures found in texts, as data: the JSON contract of `lcnet check PATH`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from lcnet.check.texts import TextFigure, expected_sources
from lcnet.check.timeline import Timeline

if TYPE_CHECKING:
    from lcnet.cli.check_texts import TextReport
    from lcnet.extract import LanguagePart


def figure_record(timeline: Timeline, item: TextFigure) -> dict[str, Any]:
    mention, judgement = item.mention, item.judgement
    expected = judgement.expected
    suppression = mention.suppression if item.suppressed else None
    return {
        "path": item.path,
        "line": mention.line,
        "column": mention.column,
        "end_line": mention.end_line,
        "end_column": mention.end_column,
        "text": mention.text,
        "metric": str(mention.metric),
        "value": mention.value,
        "qualifier": str(mention.qualifier),
        "country": mention.country,
        "region": mention.region,
        "language": mention.language,
        "as_of": str(mention.as_of) if mention.as_of else None,
        "date": str(item.judged_at),
        "date_origin": item.date_origin,
        "verdict": str(judgement.verdict),
        "reason": judgement.reason,
        "expected": _expected(expected),
        "sources": [_source(timeline, s) for s in expected_sources(timeline, expected)],
        "replacement": item.replacement,
        "review": mention.review,
        "suppressed": (
            {"reason": suppression.reason, "codes": list(suppression.codes)}
            if suppression
            else None
        ),
    }


def text_record(text: TextReport) -> dict[str, Any]:
    return {
        "path": text.path,
        "date": str(text.date) if text.date else None,
        "date_origin": text.date_origin,
        "language": text.language,
        "figures": text.figure_count or len(text.figures),
        "languages": languages_record(text.parts),
    }


def languages_record(parts: Sequence[LanguagePart]) -> list[dict[str, Any]]:
    """Each language of a text, in the order it first appears: whether lcnet read it,
    and the lines of its parts."""
    from lcnet.extract.langid import language_name

    records: dict[str, dict[str, Any]] = {}
    for part in parts:
        record = records.setdefault(
            part.language,
            {
                "language": part.language,
                "name": language_name(part.language),
                "read": part.read,
                "lines": [],
            },
        )
        record["lines"].append([part.line, part.end_line])
    return list(records.values())


def _expected(expected: Any) -> dict[str, Any] | None:
    if expected is None or expected.figure is None:
        return None
    period = expected.period
    return {
        "value": expected.figure.value,
        "qualifier": str(expected.figure.qualifier),
        "text": str(expected.figure),
        "period": period.id,
        "from": period.start.isoformat() if period.start else None,
        "to": period.end.isoformat() if period.end else None,
        "basis": expected.basis,
    }


def _source(timeline: Timeline, source_id: str) -> dict[str, Any]:
    source = timeline.store.source_by_id[source_id]
    return {
        "id": source.id,
        "publisher": source.publisher,
        "url": source.url,
        "published": str(source.published) if source.published else None,
    }
