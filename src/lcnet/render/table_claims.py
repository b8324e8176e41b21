"""`lcnet claims` as a table for people."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TextIO

from lcnet.render.table import print_table


def print_claims(stream: TextIO, records: Sequence[dict[str, Any]]) -> None:
    rows = [
        [
            f"{r['claim']}\n{r['published'] or 'undated'}",
            r["phrase"],
            r["verdict"],
            r["reason"],
        ]
        for r in records
    ]
    title = f"{len(records)} claim{'s' if len(records) != 1 else ''}"
    print_table(stream, title, ["Claim", "As printed", "Verdict", "Why"], rows)
