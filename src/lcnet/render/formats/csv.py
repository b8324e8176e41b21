"""CSV: a header and one row per record of a read command (lcnet.render.csvout)."""

from __future__ import annotations

from typing import TextIO

from lcnet.render.formats import OutputFormat
from lcnet.render.formats.interface import Listing, Renderer


class Csv(Renderer):
    output = OutputFormat.CSV

    def listing(self, stream: TextIO, listing: Listing) -> None:
        from lcnet.render.csvout import write_csv

        columns = self.own(listing.csv_columns or None, listing)  # no columns, no CSV
        write_csv(stream, columns, (listing.csv_row(r) for r in listing.records))
