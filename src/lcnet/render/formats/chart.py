"""The chart for the terminal: the command's own (lcnet growth's bars, lcnet.render.chart)."""

from __future__ import annotations

from typing import TextIO

from lcnet.render.formats import OutputFormat
from lcnet.render.formats.interface import Listing, Renderer


class Chart(Renderer):
    output = OutputFormat.CHART

    def listing(self, stream: TextIO, listing: Listing) -> None:
        self.own(listing.chart, listing)(stream)
