"""The output formats of `lcnet check PATH...`, each a sink of figures and findings
(lcnet.cli.check_stream.Sink). The machine formats write as items come; the table (and
any format for people) collects them and is written at the end."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from lcnet.check.findings import Finding, Severity
from lcnet.cli.check import CheckFormat, CheckOptions, write_report
from lcnet.cli.check_stream import FIGURE_CODES, PROBLEM_CODES, Sink
from lcnet.cli.check_texts import TextReport
from lcnet.cli.runtime import store_line, store_summary

if TYPE_CHECKING:
    from lcnet.cli.runtime import Runtime
    from lcnet.render.findings import Summary
    from lcnet.store import OpenedStore


def sink_for(runtime: Runtime, opened: OpenedStore, options: CheckOptions) -> Sink:
    match options.output:
        case CheckFormat.JSON:
            return JsonSink(runtime, opened)
        case CheckFormat.JSONL:
            return JsonlSink(runtime, opened)
        case CheckFormat.GITHUB:
            return GithubSink(runtime, opened)
        case CheckFormat.SARIF:
            return SarifSink(runtime, opened)
        case CheckFormat.TABLE:
            return TableSink(runtime, opened)
        case _:
            return CollectingSink(runtime, opened, options)


class _Messages:
    """The store line and the summary, on stderr, after the data."""

    def __init__(self, runtime: Runtime, opened: OpenedStore) -> None:
        self.runtime, self.opened = runtime, opened
        self.stdout: TextIO = runtime.stdout

    def said(self, summary: Summary) -> None:
        self.runtime.message(store_line(self.opened))
        self.runtime.message(summary.line())

    def text(self, report: TextReport) -> None:
        pass


class JsonlSink(_Messages):
    """One line per figure; one per problem finding, where it is found."""

    def figure(self, record: dict[str, object]) -> None:
        from lcnet.render.jsonout import write_jsonl

        write_jsonl(self.stdout, [{"type": "figure"} | record])

    def finding(self, item: Finding) -> None:
        if item.code in PROBLEM_CODES:
            from lcnet.render.findings import finding_record
            from lcnet.render.jsonout import write_jsonl

            write_jsonl(self.stdout, [{"type": "finding"} | finding_record(item)])

    def close(self, summary: Summary, fail_on: Severity | None) -> None:
        self.said(summary)


class JsonSink(_Messages):
    """The document's "figures" array written as it grows; the texts (one small record
    each) and the findings (spooled to a temporary file) follow, the summary last."""

    def __init__(self, runtime: Runtime, opened: OpenedStore) -> None:
        from lcnet.render.jsonout import StreamedDocument, envelope

        super().__init__(runtime, opened)
        head = envelope("check", store_summary(opened), runtime.today.isoformat())
        self.document = StreamedDocument(self.stdout, head | {"mode": "texts"})
        self.document.open_array("figures")
        self.texts: list[dict[str, object]] = []
        self.findings = self.document.spool()

    def figure(self, record: dict[str, object]) -> None:
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
        self.said(summary)


class GithubSink(_Messages):
    def __init__(self, runtime: Runtime, opened: OpenedStore) -> None:
        from lcnet.render.github import Annotations

        super().__init__(runtime, opened)
        self.annotations = Annotations(self.stdout)

    def figure(self, record: dict[str, object]) -> None:
        pass

    def finding(self, item: Finding) -> None:
        self.annotations.add(item)

    def close(self, summary: Summary, fail_on: Severity | None) -> None:
        self.annotations.close(summary)
        self.runtime.message(store_line(self.opened))


class SarifSink(_Messages):
    def __init__(self, runtime: Runtime, opened: OpenedStore) -> None:
        from lcnet.render.sarif import SarifWriter

        super().__init__(runtime, opened)
        self.log = SarifWriter(self.stdout, runtime.cwd)

    def figure(self, record: dict[str, object]) -> None:
        pass

    def finding(self, item: Finding) -> None:
        self.log.result(item)

    def close(self, summary: Summary, fail_on: Severity | None) -> None:
        self.log.close()
        self.said(summary)


class TableSink(_Messages):
    """One table per text, written when the text is done; a text with more than ROWS
    figures has them written ROWS at a time, so that memory holds ROWS rows at most."""

    ROWS = 1000

    def __init__(self, runtime: Runtime, opened: OpenedStore) -> None:
        super().__init__(runtime, opened)
        self.figures: list[dict[str, object]] = []
        self.problems: list[Finding] = []
        self.written = 0  # rows of the current text already written

    def figure(self, record: dict[str, object]) -> None:
        self.figures.append(record)
        if len(self.figures) >= self.ROWS:
            from lcnet.render.table_texts import print_rows

            first, last = self.written + 1, self.written + len(self.figures)
            print_rows(self.stdout, f"{record['path']}: figures {first}-{last}", self.figures)
            self.written, self.figures = last, []

    def finding(self, item: Finding) -> None:
        if item.code not in FIGURE_CODES:
            self.problems.append(item)

    def text(self, report: TextReport) -> None:
        from lcnet.render.table_texts import print_texts

        print_texts(self.stdout, [report], self.figures, self.problems, self.written)
        self.figures, self.problems, self.written = [], [], 0

    def close(self, summary: Summary, fail_on: Severity | None) -> None:
        self.said(summary)


class CollectingSink(_Messages):
    """For the table (and formats for people): what is shown, collected, written at
    the end by lcnet.cli.check."""

    def __init__(self, runtime: Runtime, opened: OpenedStore, options: CheckOptions) -> None:
        super().__init__(runtime, opened)
        self.options = options
        self.figures: list[dict[str, object]] = []
        self.findings: list[Finding] = []
        self.texts: list[TextReport] = []

    def figure(self, record: dict[str, object]) -> None:
        self.figures.append(record)

    def finding(self, item: Finding) -> None:
        self.findings.append(item)

    def text(self, report: TextReport) -> None:
        self.texts.append(report)

    def close(self, summary: Summary, fail_on: Severity | None) -> None:
        write_report(
            self.runtime,
            self.opened,
            self.findings,
            summary,
            fail_on,
            self.options,
            "texts",
            self.texts,
            self.figures,
        )
