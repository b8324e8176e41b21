"""`lcnet sources` as a table for people."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TextIO

from lcnet.render.table import print_table

COLUMNS = ["Source", "Publisher", "Kind", "Published", "Claims", "Stale", "Wrong"]
KEYS = ["id", "publisher", "kind", "published", "claims", "stale", "wrong"]


def print_sources(stream: TextIO, records: Sequence[dict[str, Any]]) -> None:
    rows = [[r[k] if r[k] is not None else "" for k in KEYS] for r in records]
    print_table(stream, f"{len(records)} sources", COLUMNS, rows)
