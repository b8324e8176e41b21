"""The output vocabulary the read commands share: table, json, jsonl and csv.

JSON is the common envelope (schema, version, today, store) plus the command's fields
and its list; JSON Lines is one record per line; CSV is a header and one row per record;
the table is the command's own. One dispatch over the format enum, ending in
assert_never: a format added to OutputFormat fails mypy until it is placed here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple, TextIO, assert_never

from lcnet.render.formats import OutputFormat

Record = dict[str, Any]


class NotAListingFormat(ValueError):
    """A format that the command renders itself (SVG, ClaimReview), or none offers."""


class Listing(NamedTuple):
    """A read command's records, and how its own formats show them."""

    kind: str  # lcnet/<kind> in JSON
    records: Sequence[Record]
    head: Record  # the JSON envelope and the command's fields
    field: str  # the list's field in JSON
    table: Callable[[], None]
    csv_columns: Sequence[str] = ()
    csv_row: Callable[[Record], Record] = dict


def write_listing(stream: TextIO, output: OutputFormat, listing: Listing) -> None:
    match output:
        case OutputFormat.JSON:
            _json(stream, listing)
        case OutputFormat.JSONL:
            from lcnet.render.jsonout import write_jsonl

            write_jsonl(stream, listing.records)
        case OutputFormat.CSV:
            from lcnet.render.csvout import write_csv

            write_csv(stream, listing.csv_columns, (listing.csv_row(r) for r in listing.records))
        case OutputFormat.TABLE:
            listing.table()
        case (
            OutputFormat.CHART
            | OutputFormat.GITHUB
            | OutputFormat.SARIF
            | OutputFormat.HTML
            | OutputFormat.SVG
            | OutputFormat.CLAIMREVIEW
        ):
            raise NotAListingFormat(f"{output}: not a format of lcnet {listing.kind}'s list")
        case _:
            assert_never(output)


def _json(stream: TextIO, listing: Listing) -> None:
    from lcnet.render.jsonout import write_json

    write_json(stream, listing.head | {listing.field: list(listing.records)})


__all__ = ["Listing", "NotAListingFormat", "write_listing"]
