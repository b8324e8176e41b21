"""lcnet.render.baseline: the baseline file's document, sorted for review in a diff."""

from __future__ import annotations

import json

from lcnet.check.baseline import fingerprint, read_baseline
from lcnet.check.findings import Finding, Severity
from lcnet.render.baseline import baseline_document

STALE = Finding("stale-figure", Severity.WARNING, "356 is stale: 425 since 2025", "s", "./b.md", 3)
WRONG = Finding("wrong-figure", Severity.ERROR, "300 was never the count", "w", "a.md", 9)


def test_entries_are_sorted_by_path_code_and_fingerprint_paths_made_plain() -> None:
    assert baseline_document([STALE, WRONG]) == {
        "lcnet_baseline": 1,
        "findings": [
            {
                "fingerprint": fingerprint(WRONG),
                "code": "wrong-figure",
                "path": "a.md",
                "message": "300 was never the count",
            },
            {
                "fingerprint": fingerprint(STALE),
                "code": "stale-figure",
                "path": "b.md",
                "message": "356 is stale: 425 since 2025",
            },
        ],
    }


def test_the_document_written_is_the_baseline_read() -> None:
    text = json.dumps(baseline_document([STALE, WRONG]))
    baseline = read_baseline(text, "baseline.json")
    assert baseline.fingerprints == {fingerprint(STALE), fingerprint(WRONG)}
    assert not baseline.is_new(STALE)
