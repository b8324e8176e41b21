"""The read commands' listings, written by lcnet.render.listing; every format but JSON
names the store on stderr."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from lcnet.cli.runtime import Runtime, store_line, store_summary

if TYPE_CHECKING:
    from lcnet.render.formats import OutputFormat
    from lcnet.store import OpenedStore

Record = dict[str, Any]


def write_listing(
    runtime: Runtime,
    opened: OpenedStore,
    output: OutputFormat,
    kind: str,
    records: Sequence[Record],
    *,
    table: Callable[[], None],
    csv_columns: Sequence[str] = (),
    csv_row: Callable[[Record], Record] = lambda record: record,
    extra: Record | None = None,
    field: str | None = None,
) -> None:
    """Write `records` as lcnet/<kind> in `output` (table, json, jsonl or csv); in JSON
    the list is the field `field` (default: `kind`)."""
    from lcnet.render.formats import OutputFormat
    from lcnet.render.jsonout import envelope
    from lcnet.render.listing import Listing
    from lcnet.render.listing import write_listing as write

    head = envelope(kind, store_summary(opened), runtime.today.isoformat()) | (extra or {})
    listing = Listing(kind, records, head, field or kind, table, csv_columns, csv_row)
    write(runtime.stdout, output, listing)
    if output is not OutputFormat.JSON:
        runtime.message(store_line(opened))
