"""JSON Lines: one record per line, written as each is known."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from lcnet.render.formats import OutputFormat
from lcnet.render.formats.checking import Destination, QuietSink, Sink, said
from lcnet.render.formats.interface import Listing, Record, Renderer

if TYPE_CHECKING:
    from lcnet.check.findings import Finding, Severity
    from lcnet.render.findings import Summary

PROBLEM_CODES = frozenset(
    {
        "unreadable-text",
        "suppression-without-reason",
        "malformed-suppression",
        "unreadable-date",
        "language-not-read",
    }
)
"""The findings of texts that no figure's row shows: JSON Lines gives them a line."""


class Jsonl(Renderer):
    output = OutputFormat.JSONL

    def listing(self, stream: TextIO, listing: Listing) -> None:
        from lcnet.render.jsonout import write_jsonl

        self.own(listing.lines or None, listing)
        write_jsonl(stream, listing.records)

    def store_check(
        self,
        to: Destination,
        visible: list[Finding],
        summary: Summary,
        fail_on: Severity | None,
    ) -> None:
        from lcnet.render.findings import finding_record
        from lcnet.render.jsonout import write_jsonl

        write_jsonl(to.stdout, (finding_record(f) for f in visible))
        said(to, summary)

    def text_sink(self, to: Destination) -> Sink:
        return JsonlSink(to)


class JsonlSink(QuietSink):
    """One line per figure; one per problem finding, where it is found."""

    def figure(self, record: Record) -> None:
        from lcnet.render.jsonout import write_jsonl

        write_jsonl(self.stdout, [{"type": "figure"} | record])

    def finding(self, item: Finding) -> None:
        if item.code in PROBLEM_CODES:
            from lcnet.render.findings import finding_record
            from lcnet.render.jsonout import write_jsonl

            write_jsonl(self.stdout, [{"type": "finding"} | finding_record(item)])
