"""CSV: one header row, then one row per record; lists joined with "; "."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from lcnet.text import printable


def write_csv(stream: TextIO, columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell(row.get(column)) for column in columns])


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "; ".join(cell(v) for v in value)
    return printable(str(value))
