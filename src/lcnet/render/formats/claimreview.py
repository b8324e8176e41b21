"""ClaimReview: the command's schema.org JSON-LD document (lcnet.render.claimreview)."""

from __future__ import annotations

from typing import TextIO

from lcnet.render.formats import OutputFormat
from lcnet.render.formats.interface import Listing, Renderer


class ClaimReview(Renderer):
    output = OutputFormat.CLAIMREVIEW

    def listing(self, stream: TextIO, listing: Listing) -> None:
        from lcnet.render.jsonout import write_json

        write_json(stream, self.own(listing.claimreview, listing)())
