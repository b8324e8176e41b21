"""JSON: one document per run (README, "Machine output"): the envelope, the command's
fields and its list. `lcnet check` streams its arrays, byte for byte as the whole
document would be written, so that memory stays flat."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from lcnet.render.formats import OutputFormat
from lcnet.render.formats.checking import Destination, QuietSink, Sink, said
from lcnet.render.formats.interface import Listing, Record, Renderer

if TYPE_CHECKING:
    from lcnet.check.findings import Finding, Severity
    from lcnet.check.judging import TextReport
    from lcnet.render.findings import Summary


class Json(Renderer):
    output = OutputFormat.JSON

    def listing(self, stream: TextIO, listing: Listing) -> None:
        from lcnet.render.jsonout import write_json

        write_json(stream, listing.document())

    def store_check(
        self,
        to: Destination,
        visible: list[Finding],
        summary: Summary,
        fail_on: Severity | None,
    ) -> None:
        """The document, its findings streamed one by one after the summary."""
        from lcnet.render.findings import finding_record, summary_record
        from lcnet.render.jsonout import StreamedDocument, envelope

        head = envelope("check", to.store, to.today)
        head |= {"mode": "store", "summary": summary_record(summary, fail_on)}
        document = StreamedDocument(to.stdout, head)
        document.open_array("findings")
        for item in visible:
            document.item(finding_record(item))
        document.close_array()
        document.close()
        said(to, summary)

    def text_sink(self, to: Destination) -> Sink:
        return JsonSink(to)


class JsonSink(QuietSink):
    """The document's "figures" array written as it grows; the texts (one small record
    each) and the findings (spooled to a temporary file) follow, the summary last."""

    def __init__(self, to: Destination) -> None:
        from lcnet.render.jsonout import StreamedDocument, envelope

        super().__init__(to)
        head = envelope("check", to.store, to.today)
        self.document = StreamedDocument(self.stdout, head | {"mode": "texts"})
        self.document.open_array("figures")
        self.texts: list[Record] = []
        self.findings = self.document.spool()

    def figure(self, record: Record) -> None:
        self.document.item(record)

    def finding(self, item: Finding) -> None:
        from lcnet.render.findings import finding_record

        self.findings.item(finding_record(item))

    def text(self, report: TextReport) -> None:
        from lcnet.render.texts import text_record

        self.texts.append(text_record(report))

    def close(self, summary: Summary, fail_on: Severity | None) -> None:
        from lcnet.render.findings import summary_record

        self.document.close_array()
        self.document.member("texts", self.texts)
        self.document.spooled_member("findings", self.findings)
        self.document.member("summary", summary_record(summary, fail_on))
        self.document.close()
        said(self.to, summary)
