"""GitHub Actions annotations, one per finding; the summary is their last line
(lcnet.render.github)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lcnet.render.formats import OutputFormat
from lcnet.render.formats.checking import Destination, QuietSink, Sink
from lcnet.render.formats.interface import Renderer

if TYPE_CHECKING:
    from lcnet.check.findings import Finding, Severity
    from lcnet.render.findings import Summary


class Github(Renderer):
    output = OutputFormat.GITHUB

    def store_check(
        self,
        to: Destination,
        visible: list[Finding],
        summary: Summary,
        fail_on: Severity | None,
    ) -> None:
        from lcnet.render.github import write_annotations

        write_annotations(to.stdout, visible, summary)
        to.say(to.store_line)  # the summary is the annotations' last line

    def text_sink(self, to: Destination) -> Sink:
        return GithubSink(to)


class GithubSink(QuietSink):
    def __init__(self, to: Destination) -> None:
        from lcnet.render.github import Annotations

        super().__init__(to)
        self.annotations = Annotations(self.stdout)

    def finding(self, item: Finding) -> None:
        self.annotations.add(item)

    def close(self, summary: Summary, fail_on: Severity | None) -> None:
        self.annotations.close(summary)
        self.to.say(self.to.store_line)  # the summary is the annotations' last line
