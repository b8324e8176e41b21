"""Tables for people: the read command's own (lcnet.render.table_*), the store's
findings by severity, and the texts' figures text by text."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from lcnet.render.formats import OutputFormat
from lcnet.render.formats.checking import Destination, QuietSink, Sink, said
from lcnet.render.formats.interface import Listing, Record, Renderer

if TYPE_CHECKING:
    from lcnet.check.findings import Finding, Severity
    from lcnet.check.judging import TextReport
    from lcnet.render.findings import Summary


class Table(Renderer):
    output = OutputFormat.TABLE

    def listing(self, stream: TextIO, listing: Listing) -> None:
        self.own(listing.table, listing)(stream)

    def store_check(
        self,
        to: Destination,
        visible: list[Finding],
        summary: Summary,
        fail_on: Severity | None,
    ) -> None:
        from lcnet.render.table_findings import print_findings

        print_findings(to.stdout, visible)
        said(to, summary)

    def text_sink(self, to: Destination) -> Sink:
        return TableSink(to)


class TableSink(QuietSink):
    """One table per text, written when the text is done; a text with more than ROWS
    figures has them written ROWS at a time, so that memory holds ROWS rows at most."""

    ROWS = 1000

    def __init__(self, to: Destination) -> None:
        from lcnet.check.texts import TEXT_CODES

        super().__init__(to)
        self.figure_codes = frozenset(c.value for c in TEXT_CODES.values())  # in the rows
        self.figures: list[Record] = []
        self.problems: list[Finding] = []
        self.written = 0  # rows of the current text already written

    def figure(self, record: Record) -> None:
        self.figures.append(record)
        if len(self.figures) >= self.ROWS:
            from lcnet.render.table_texts import print_rows

            first, last = self.written + 1, self.written + len(self.figures)
            print_rows(self.stdout, f"{record['path']}: figures {first}-{last}", self.figures)
            self.written, self.figures = last, []

    def finding(self, item: Finding) -> None:
        if item.code not in self.figure_codes:
            self.problems.append(item)

    def text(self, report: TextReport) -> None:
        from lcnet.render.table_texts import print_texts

        print_texts(self.stdout, [report], self.figures, self.problems, self.written)
        self.figures, self.problems, self.written = [], [], 0
