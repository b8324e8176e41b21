"""SVG: the document the command draws (lcnet.render.svg)."""

from __future__ import annotations

from typing import TextIO

from lcnet.render.formats import OutputFormat
from lcnet.render.formats.interface import Listing, Renderer


class Svg(Renderer):
    output = OutputFormat.SVG

    def listing(self, stream: TextIO, listing: Listing) -> None:
        stream.write(self.own(listing.svg, listing)())
