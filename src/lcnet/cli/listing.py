"""The output vocabulary the read commands share: table, json, jsonl and csv.

JSON is the common envelope (schema, version, today, store) plus the command's fields
and its list; JSON Lines is one record per line; CSV is a header and one row per record;
the table is the command's own. Every format but JSON names the store on stderr.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from lcnet.cli.runtime import Runtime, store_line, store_summary

if TYPE_CHECKING:
    from lcnet.store import OpenedStore

Record = dict[str, Any]


def write_listing(
    runtime: Runtime,
    opened: OpenedStore,
    output: str,
    kind: str,
    records: Sequence[Record],
    *,
    table: Callable[[], None],
    csv_columns: Sequence[str] = (),
    csv_row: Callable[[Record], Record] = lambda record: record,
    extra: Record | None = None,
    field: str | None = None,
) -> None:
    """Write `records` as lcnet/<kind> in `output` ("table", "json", "jsonl", "csv"); in
    JSON the list is the field `field` (default: `kind`)."""
    if output == "json":
        from lcnet.render.jsonout import envelope, write_json

        document = envelope(kind, store_summary(opened), runtime.today.isoformat())
        document |= extra or {}
        document[field or kind] = list(records)
        write_json(runtime.stdout, document)
        return
    if output == "jsonl":
        from lcnet.render.jsonout import write_jsonl

        write_jsonl(runtime.stdout, records)
    elif output == "csv":
        from lcnet.render.csvout import write_csv

        write_csv(runtime.stdout, csv_columns, (csv_row(r) for r in records))
    else:
        table()
    runtime.message(store_line(opened))
