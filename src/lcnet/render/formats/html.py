"""The HTML report: one page, which the command line gathers (the texts read again to
show their figures in place, the store's charts) and lcnet.render.html writes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lcnet.render.formats import OutputFormat
from lcnet.render.formats.checking import Destination, QuietSink, Sink, said
from lcnet.render.formats.interface import Record, Renderer

if TYPE_CHECKING:
    from lcnet.check.findings import Finding, Severity
    from lcnet.check.judging import TextReport
    from lcnet.render.findings import Summary


class Html(Renderer):
    output = OutputFormat.HTML

    def store_check(
        self,
        to: Destination,
        visible: list[Finding],
        summary: Summary,
        fail_on: Severity | None,
    ) -> None:
        to.html(visible, summary, fail_on, None, [])
        said(to, summary)

    def text_sink(self, to: Destination) -> Sink:
        return HtmlSink(to)


class HtmlSink(QuietSink):
    """The report shows every text whole: what it shows is collected, written at the end."""

    def __init__(self, to: Destination) -> None:
        super().__init__(to)
        self.figures: list[Record] = []
        self.findings: list[Finding] = []
        self.texts: list[TextReport] = []

    def figure(self, record: Record) -> None:
        self.figures.append(record)

    def finding(self, item: Finding) -> None:
        self.findings.append(item)

    def text(self, report: TextReport) -> None:
        self.texts.append(report)

    def close(self, summary: Summary, fail_on: Severity | None) -> None:
        self.to.html(self.findings, summary, fail_on, self.texts, self.figures)
        said(self.to, summary)
