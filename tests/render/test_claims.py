"""lcnet.render.claims: the records of `lcnet claims`."""

from __future__ import annotations

from lcnet.check.timeline import Timeline
from lcnet.query.claims import JudgedClaim
from lcnet.render.claims import CSV_COLUMNS, claim_record, csv_row

REASON = (
    "230 was the figure 2020-09-23 to 2020-09-30; the figure was 229 2020-10-01 to "
    "2022-09-01 (intake 2020-09-correction)"
)


def test_a_claims_record_carries_its_source_verdict_expected_figure_and_place(
    timeline: Timeline, stale: JudgedClaim
) -> None:
    record = claim_record(timeline, stale)
    assert {k: record[k] for k in ("claim", "published", "value", "verdict", "reason")} == {
        "claim": "gazette-2020-10#total",
        "published": "2020-10",
        "value": 230,
        "verdict": "stale",
        "reason": REASON,
    }
    assert record["expected"] == {"value": 229, "qualifier": "exact", "text": "229"}
    assert (record["expected_period"], record["path"], record["line"]) == (
        "2020-09",
        "r/sources/gazette-2020-10.toml",
        8,
    )
    assert csv_row(record)["expected"] == "229"
    assert set(CSV_COLUMNS) <= set(record)
