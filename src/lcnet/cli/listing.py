"""The read commands' output, written by the format's renderer (lcnet.render.formats);
every format but the JSON documents names the store on stderr."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

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
    records: Sequence[Record] | None,
    *,
    table: Callable[[TextIO], None] | None = None,
    csv_columns: Sequence[str] = (),
    csv_row: Callable[[Record], Record] = lambda record: record,
    extra: Record | None = None,
    field: str | None = None,
    chart: Callable[[TextIO], None] | None = None,
    svg: Callable[[], str] | None = None,
    claimreview: Callable[[], Any] | None = None,
) -> None:
    """Write `records` as lcnet/<kind> in `output`; in JSON the list is the field `field`
    (default: `kind`). Without records (None), the JSON document is the envelope and
    `extra` alone. The table, chart, SVG and ClaimReview views are the command's."""
    from lcnet.render.formats import OutputFormat, renderer
    from lcnet.render.formats.interface import Listing
    from lcnet.render.jsonout import envelope

    head = envelope(kind, store_summary(opened), runtime.today.isoformat()) | (extra or {})
    in_json = None if records is None else field or kind
    listing = Listing(
        kind, records or (), head, in_json, table, csv_columns, csv_row, chart, svg, claimreview
    )
    renderer(output).listing(runtime.stdout, listing)
    if output not in (OutputFormat.JSON, OutputFormat.CLAIMREVIEW):
        runtime.message(store_line(opened))
