"""The read commands' output: one renderer interface (Listing) and one dispatch over the
format enum, ending in assert_never: a format added to OutputFormat fails mypy until it
is placed here.

JSON is the common envelope (schema, version, today, store) plus the command's fields
and its list; JSON Lines is one record per line; CSV is a header and one row per record.
The table, the chart, the SVG and the ClaimReview document are the command's own, each
written by its module (lcnet.render.table_*, chart, svg, claimreview); a command offers
only those it hands over, and a format it does not hand over is refused, never replaced.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple, TextIO, TypeVar, assert_never

from lcnet.render.formats import OutputFormat

Record = dict[str, Any]
V = TypeVar("V")


class NotAListingFormat(ValueError):
    """A format the command does not render (lcnet check's own, or a view it lacks)."""


class Listing(NamedTuple):
    """A read command's records, and how its own formats show them."""

    kind: str  # lcnet/<kind> in JSON
    records: Sequence[Record]
    head: Record  # the JSON envelope and the command's fields
    field: str | None  # the list's field in JSON; None: the document is the head alone
    table: Callable[[], None] | None = None
    csv_columns: Sequence[str] = ()
    csv_row: Callable[[Record], Record] = dict
    chart: Callable[[], None] | None = None
    svg: Callable[[], str] | None = None  # the SVG document
    claimreview: Callable[[], Any] | None = None  # the ClaimReview JSON-LD document


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
            _own(listing.table, output, listing)()
        case OutputFormat.CHART:
            _own(listing.chart, output, listing)()
        case OutputFormat.SVG:
            stream.write(_own(listing.svg, output, listing)())
        case OutputFormat.CLAIMREVIEW:
            from lcnet.render.jsonout import write_json

            write_json(stream, _own(listing.claimreview, output, listing)())
        case OutputFormat.GITHUB | OutputFormat.SARIF | OutputFormat.HTML:
            raise NotAListingFormat(f"{output}: not a format of lcnet {listing.kind}")
        case _:
            assert_never(output)


def _own(view: V | None, output: OutputFormat, listing: Listing) -> V:
    """The command's own view for `output`, or the refusal: no other view stands in."""
    if view is None:
        raise NotAListingFormat(f"{output}: not a format of lcnet {listing.kind}")
    return view


def _json(stream: TextIO, listing: Listing) -> None:
    from lcnet.render.jsonout import write_json

    if listing.field is None:
        write_json(stream, listing.head)
    else:
        write_json(stream, listing.head | {listing.field: list(listing.records)})


__all__ = ["Listing", "NotAListingFormat", "write_listing"]
