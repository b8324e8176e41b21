"""The one renderer interface: what each output format is asked to write.

A command hands its typed answer over as one of three kinds of report:

- a Listing (the read commands: cities, figures, claims, sources, growth, show): its
  records, the JSON envelope and fields, and the views that are the command's own (its
  table, chart, SVG, ClaimReview document);
- the store's findings (`lcnet check` without paths), with their summary;
- a check of texts (`lcnet check PATH...`), through a Sink that takes each figure,
  finding and text as soon as it is known, so that memory stays flat.

Each format's Renderer writes the kinds it can and refuses the others (NotOffered): no
format stands in for another, and no if/elif falls back to a table. The types of
`lcnet check`'s reports (Destination, Sink) are in lcnet.render.formats.checking, which
the read commands need not import.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

if TYPE_CHECKING:
    from lcnet.check.findings import Finding, Severity
    from lcnet.render.findings import Summary
    from lcnet.render.formats import OutputFormat
    from lcnet.render.formats.checking import Destination, Sink

Record = dict[str, Any]
V = TypeVar("V")


class NotOffered(ValueError):
    """A format that does not write this kind of report (or a view the command lacks)."""


class Listing:
    """A read command's records, and how its own formats show them. (A plain class: a
    named tuple would cost the read commands' start-up a tenth of a millisecond.)"""

    __slots__ = (
        "chart",
        "claimreview",
        "csv_columns",
        "csv_row",
        "field",
        "head",
        "kind",
        "lines",
        "records",
        "svg",
        "table",
    )

    def __init__(
        self,
        kind: str,  # lcnet/<kind> in JSON
        records: Sequence[Record],
        head: Record,  # the JSON envelope and the command's fields
        field: str | None,  # the list's field in JSON; None: the document is the head alone
        table: Callable[[TextIO], None] | None = None,
        csv_columns: Sequence[str] = (),
        csv_row: Callable[[Record], Record] = dict,
        chart: Callable[[TextIO], None] | None = None,
        svg: Callable[[], str] | None = None,  # the SVG document
        claimreview: Callable[[], Any] | None = None,  # the ClaimReview JSON-LD document
        lines: bool = True,  # its records one per line (JSON Lines), when it has a list
    ) -> None:
        self.kind = kind
        self.records = records
        self.head = head
        self.field = field
        self.table = table
        self.csv_columns = csv_columns
        self.csv_row = csv_row
        self.chart = chart
        self.svg = svg
        self.claimreview = claimreview
        self.lines = lines and field is not None

    def document(self) -> Record:
        """The JSON document: the head, and the records in their field."""
        if self.field is None:
            return dict(self.head)
        return self.head | {self.field: list(self.records)}


class Renderer:
    """One output format. Each method writes one kind of report; the base refuses all."""

    output: OutputFormat

    def listing(self, stream: TextIO, listing: Listing) -> None:
        """Write a read command's records."""
        raise NotOffered(f"{self.output}: not a format of lcnet {listing.kind}")

    def store_check(
        self,
        to: Destination,
        visible: list[Finding],
        summary: Summary,
        fail_on: Severity | None,
    ) -> None:
        """Write the store's findings (those shown), then say the summary."""
        raise NotOffered(f"{self.output}: not a format of lcnet check")

    def text_sink(self, to: Destination) -> Sink:
        """The sink that writes a check of texts as it goes."""
        raise NotOffered(f"{self.output}: not a format of lcnet check")

    def own(self, view: V | None, listing: Listing) -> V:
        """The command's own view for this format, or the refusal: no other stands in."""
        if view is None:
            raise NotOffered(f"{self.output}: not a format of lcnet {listing.kind}")
        return view


__all__ = ["Listing", "NotOffered", "Record", "Renderer"]
