"""lcnet's counts on the dev split and the store's round trip, pinned exactly.

When lcnet reads better (or worse), this test fails: look at the change with
`python -m tests.eval --verbose` and `python -m tests.eval --roundtrip --verbose`, then
regenerate tests/eval/results.json on purpose with `python -m tests.eval --update`.
The blind split is never run here.
"""

from __future__ import annotations

from tests.eval.results import current_results, read_results


def test_dev_split_and_round_trip_counts_are_as_pinned() -> None:
    pinned = read_results()
    now = current_results()
    assert now == pinned, (
        "lcnet's counts changed; if that is intended, run: python -m tests.eval --update"
    )
