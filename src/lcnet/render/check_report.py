"""`lcnet check`'s output formats: one dispatch over OutputFormat for the store's
findings, one for the texts' figures and findings, each ending in assert_never: a format
added to OutputFormat fails mypy until both place it.

For texts, each format is a sink that writes as items come (JSON Lines, GitHub
annotations, SARIF results at once; JSON its "figures" array as it grows; the table
text by text); the HTML report collects, and the command line gathers what it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TextIO, assert_never

from lcnet.check.findings import Finding, Severity
from lcnet.render.formats import CHECK_FORMATS, OutputFormat

if TYPE_CHECKING:
    from lcnet.check.judging import TextReport
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

Record = dict[str, Any]
HtmlReport = Callable[
    [list[Finding], "Summary", Severity | None, "list[TextReport] | None", list[Record]], None
]


class NotACheckFormat(ValueError):
    """A format of OutputFormat that `lcnet check` does not offer."""


class Destination(NamedTuple):
    """Where the report goes, and what it says of the run."""

    stdout: TextIO
    say: Callable[[str], None]  # a line for people, on stderr
    store: Record  # the store used, for JSON
    store_line: str
    today: str
    cwd: Path
    html: HtmlReport  # the HTML report: the command line gathers what it shows


class Sink(Protocol):
    """Where one output format writes: each call comes as soon as its item is known."""

    def figure(self, record: Record) -> None: ...
    def finding(self, item: Finding) -> None: ...  # shown ones only
    def text(self, report: TextReport) -> None: ...
    def close(self, summary: Summary, fail_on: Severity | None) -> None: ...


def text_sink(output: OutputFormat, to: Destination) -> Sink:
    """The sink of `lcnet check PATH... --format OUTPUT`."""
    match output:
        case OutputFormat.JSON:
            return JsonSink(to)
        case OutputFormat.JSONL:
            return JsonlSink(to)
        case OutputFormat.GITHUB:
            return GithubSink(to)
        case OutputFormat.SARIF:
            return SarifSink(to)
        case OutputFormat.TABLE:
            return TableSink(to)
        case OutputFormat.HTML:
            return HtmlSink(to)
        case OutputFormat.CHART | OutputFormat.CSV | OutputFormat.SVG | OutputFormat.CLAIMREVIEW:
            raise NotACheckFormat(f"{output}: not a format of lcnet check")
        case _:
            assert_never(output)


def write_store_report(
    output: OutputFormat,
    to: Destination,
    visible: list[Finding],
    summary: Summary,
    fail_on: Severity | None,
) -> None:
    """`lcnet check --format OUTPUT` on the store: its findings, then the summary."""
    match output:
        case OutputFormat.JSON:
            _store_json(to, visible, summary, fail_on)
        case OutputFormat.JSONL:
            from lcnet.render.findings import finding_record
            from lcnet.render.jsonout import write_jsonl

            write_jsonl(to.stdout, (finding_record(f) for f in visible))
        case OutputFormat.GITHUB:
            from lcnet.render.github import write_annotations

            write_annotations(to.stdout, visible, summary)
            to.say(to.store_line)
            return  # the summary is the annotations' last line
        case OutputFormat.SARIF:
            from lcnet.render.jsonout import write_json
            from lcnet.render.sarif import sarif_log

            write_json(to.stdout, sarif_log(visible, to.cwd))
        case OutputFormat.HTML:
            to.html(visible, summary, fail_on, None, [])
        case OutputFormat.TABLE:
            from lcnet.render.table_findings import print_findings

            print_findings(to.stdout, visible)
        case OutputFormat.CHART | OutputFormat.CSV | OutputFormat.SVG | OutputFormat.CLAIMREVIEW:
            raise NotACheckFormat(f"{output}: not a format of lcnet check")
        case _:
            assert_never(output)
    _said(to, summary)


def _store_json(
    to: Destination, visible: list[Finding], summary: Summary, fail_on: Severity | None
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


def _said(to: Destination, summary: Summary) -> None:
    """The store line and the summary, on stderr, after the data."""
    to.say(to.store_line)
    to.say(summary.line())


class _Sink:
    def __init__(self, to: Destination) -> None:
        self.to = to
        self.stdout = to.stdout

    def figure(self, record: Record) -> None:
        pass

    def text(self, report: TextReport) -> None:
        pass

    def close(self, summary: Summary, fail_on: Severity | None) -> None:
        _said(self.to, summary)


class JsonlSink(_Sink):
    """One line per figure; one per problem finding, where it is found."""

    def figure(self, record: Record) -> None:
        from lcnet.render.jsonout import write_jsonl

        write_jsonl(self.stdout, [{"type": "figure"} | record])

    def finding(self, item: Finding) -> None:
        if item.code in PROBLEM_CODES:
            from lcnet.render.findings import finding_record
            from lcnet.render.jsonout import write_jsonl

            write_jsonl(self.stdout, [{"type": "finding"} | finding_record(item)])


class JsonSink(_Sink):
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
        _said(self.to, summary)


class GithubSink(_Sink):
    def __init__(self, to: Destination) -> None:
        from lcnet.render.github import Annotations

        super().__init__(to)
        self.annotations = Annotations(self.stdout)

    def finding(self, item: Finding) -> None:
        self.annotations.add(item)

    def close(self, summary: Summary, fail_on: Severity | None) -> None:
        self.annotations.close(summary)
        self.to.say(self.to.store_line)  # the summary is the annotations' last line


class SarifSink(_Sink):
    def __init__(self, to: Destination) -> None:
        from lcnet.render.sarif import SarifWriter

        super().__init__(to)
        self.log = SarifWriter(self.stdout, to.cwd)

    def finding(self, item: Finding) -> None:
        self.log.result(item)

    def close(self, summary: Summary, fail_on: Severity | None) -> None:
        self.log.close()
        _said(self.to, summary)


class TableSink(_Sink):
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


class HtmlSink(_Sink):
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
        _said(self.to, summary)


__all__ = [
    "CHECK_FORMATS",
    "Destination",
    "NotACheckFormat",
    "Sink",
    "text_sink",
    "write_store_report",
]
