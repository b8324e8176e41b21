"""SARIF 2.1.0, for code scanning (lcnet.render.sarif)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lcnet.render.formats import OutputFormat
from lcnet.render.formats.checking import Destination, QuietSink, Sink, said
from lcnet.render.formats.interface import Renderer

if TYPE_CHECKING:
    from lcnet.check.findings import Finding, Severity
    from lcnet.render.findings import Summary


class Sarif(Renderer):
    output = OutputFormat.SARIF

    def store_check(
        self,
        to: Destination,
        visible: list[Finding],
        summary: Summary,
        fail_on: Severity | None,
    ) -> None:
        from lcnet.render.jsonout import write_json
        from lcnet.render.sarif import sarif_log

        write_json(to.stdout, sarif_log(visible, to.cwd))
        said(to, summary)

    def text_sink(self, to: Destination) -> Sink:
        return SarifSink(to)


class SarifSink(QuietSink):
    def __init__(self, to: Destination) -> None:
        from lcnet.render.sarif import SarifWriter

        super().__init__(to)
        self.log = SarifWriter(self.stdout, to.cwd)

    def finding(self, item: Finding) -> None:
        self.log.result(item)

    def close(self, summary: Summary, fail_on: Severity | None) -> None:
        self.log.close()
        said(self.to, summary)
