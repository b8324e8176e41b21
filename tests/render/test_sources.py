"""lcnet.render.sources: the records of `lcnet sources`."""

from __future__ import annotations

from lcnet.check.timeline import Timeline
from lcnet.query.sources import SourceQuery, source_rows
from lcnet.render.sources import CSV_COLUMNS, source_record
from lcnet.store.facts import FactStore
from tests.conftest import TODAY


def test_a_source_record_counts_its_claims_by_verdict(store: FactStore) -> None:
    timeline = Timeline(store, TODAY)
    (row,) = source_rows(timeline, SourceQuery(publisher="Example Blog"))
    record = source_record(row)
    assert record == {
        "id": "blog-2024-06-10",
        "publisher": "Example Blog",
        "kind": "other",
        "language": "en",
        "published": "2024-06-10",
        "url": "https://blog.example/learning-cities",
        "claims": 8,
        "stale": 2,
        "wrong": 2,
        "verdicts": {
            "bound_ok": 2,
            "bound_violated": 1,
            "historic": 1,
            "stale": 2,
            "unverifiable": 1,
            "wrong": 1,
        },
        "copies": None,
        "supersedes": None,
    }
    assert set(CSV_COLUMNS) == set(record) - {"verdicts"}
