"""`lcnet sources` as data: a source's record of the JSON contract, and its CSV columns."""

from __future__ import annotations

from typing import Any

from lcnet.query.sources import SourceRow

CSV_COLUMNS = [
    "id",
    "publisher",
    "kind",
    "language",
    "published",
    "url",
    "claims",
    "stale",
    "wrong",
    "copies",
    "supersedes",
]


def source_record(row: SourceRow) -> dict[str, Any]:
    source = row.source
    return {
        "id": source.id,
        "publisher": source.publisher,
        "kind": str(source.kind),
        "language": source.language,
        "published": str(source.published) if source.published else None,
        "url": source.url,
        "claims": row.claims,
        "stale": row.stale,
        "wrong": row.wrong,
        "verdicts": {str(v): n for v, n in sorted(row.verdicts.items())},
        "copies": source.copies,
        "supersedes": source.supersedes,
    }


__all__ = ["CSV_COLUMNS", "source_record"]
