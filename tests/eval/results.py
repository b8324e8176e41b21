"""The pinned counts of the dev split and the round trip (tests/eval/results.json).

Regenerated on purpose only, with `python -m tests.eval --update`; tests/eval/
test_results.py fails when lcnet's counts differ from it, so that every change in what
lcnet finds shows in review.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.eval.engine import TODAY
from tests.eval.labels import load_page, page_files

RESULTS = Path(__file__).parent / "results.json"


def current_results() -> dict[str, Any]:
    """Run the dev split and the round trip; their counts, per language."""
    from tests.eval.corpus import counts_by_group, run_pages
    from tests.eval.roundtrip import counts_by_language, run_trips, store_trips

    pages = [load_page(p) for p in page_files(splits=("dev",))]
    groups = counts_by_group(run_pages(pages))
    trips, skipped = store_trips()
    trip_counts = counts_by_language(run_trips(trips))
    return {
        "about": "regenerate on purpose with: python -m tests.eval --update",
        "today": TODAY,
        "dev": {language: counts._asdict() for (language, _), counts in sorted(groups.items())},
        "roundtrip": {language: c._asdict() for language, c in sorted(trip_counts.items())},
        "roundtrip_left_out": skipped,
    }


def read_results() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(RESULTS.read_text(encoding="utf-8"))
    return data


def write_results(results: dict[str, Any]) -> None:
    text = json.dumps(results, indent=2, ensure_ascii=False) + "\n"
    temporary = RESULTS.with_name(RESULTS.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(RESULTS)
