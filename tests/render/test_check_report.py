"""lcnet.render.check_report: `lcnet check`'s formats, one dispatch over the enum for the
store and one for texts; every format check offers is handled by both, each in its own
way (no fallback to the table), and every other format is refused."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from lcnet.check.findings import Finding, Severity
from lcnet.check.judging import TextReport
from lcnet.render.check_report import (
    Destination,
    NotACheckFormat,
    text_sink,
    write_store_report,
)
from lcnet.render.findings import Summary
from lcnet.render.formats import CHECK_FORMATS, OutputFormat

UNREAD = Finding(
    "language-not-read", Severity.NOTE, "a part in Klingon was not read", "k", "a.md", 3
)
SUMMARY = Summary(0, 0, 1, 0, False)
TEXT = TextReport("a.md", None, "today", None, [], [])


class Written:
    """A destination that keeps what each stream was given."""

    def __init__(self) -> None:
        self.stdout = io.StringIO()
        self.said: list[str] = []
        self.html: list[tuple[Any, ...]] = []

    def destination(self) -> Destination:
        def html(*gathered: Any) -> None:
            self.html.append(gathered)
            self.stdout.write("<!doctype html>\n")

        store = {"path": "facts", "origin": "--store", "name": "test"}
        return Destination(
            self.stdout, self.said.append, store, "store: facts", "2026-11-23", Path.cwd(), html
        )


def store_report(output: OutputFormat) -> Written:
    written = Written()
    write_store_report(output, written.destination(), [UNREAD], SUMMARY, Severity.ERROR)
    return written


def texts_report(output: OutputFormat) -> Written:
    written = Written()
    sink = text_sink(output, written.destination())
    sink.finding(UNREAD)
    sink.text(TEXT)
    sink.close(SUMMARY, Severity.ERROR)
    return written


FIRST_LINES = {
    OutputFormat.TABLE: "",  # the store's: by severity; the texts': by text
    OutputFormat.JSON: "{",
    OutputFormat.JSONL: '{"',
    OutputFormat.GITHUB: "::notice file=a.md,line=3,title=language-not-read::",
    OutputFormat.SARIF: "{",
    OutputFormat.HTML: "<!doctype html>",
}


@pytest.mark.parametrize("output", CHECK_FORMATS)
@pytest.mark.parametrize("report", [store_report, texts_report])
def test_every_check_format_writes_the_finding_in_its_own_shape(
    output: OutputFormat, report: Any
) -> None:
    written = report(output)
    first = written.stdout.getvalue().splitlines()[0]
    assert first.startswith(FIRST_LINES[output]), first
    summary = [] if output is OutputFormat.GITHUB else [SUMMARY.line()]
    assert written.said == ["store: facts", *summary]


def test_the_tables_of_the_store_and_of_texts_differ() -> None:
    store = store_report(OutputFormat.TABLE).stdout.getvalue()
    texts = texts_report(OutputFormat.TABLE).stdout.getvalue()
    assert store.startswith("note language-not-read (1): ")
    assert texts == "a.md: 0 figures\n  3 note language-not-read: a part in Klingon was not read\n"


def test_the_store_json_puts_the_summary_before_the_findings() -> None:
    document = json.loads(store_report(OutputFormat.JSON).stdout.getvalue())
    assert list(document)[-3:] == ["mode", "summary", "findings"]
    assert (document["mode"], [f["code"] for f in document["findings"]]) == (
        "store",
        ["language-not-read"],
    )


def test_the_texts_json_has_figures_texts_findings_then_the_summary() -> None:
    document = json.loads(texts_report(OutputFormat.JSON).stdout.getvalue())
    assert list(document)[-5:] == ["mode", "figures", "texts", "findings", "summary"]


def test_the_html_report_is_gathered_by_the_command_line_once() -> None:
    (gathered,) = store_report(OutputFormat.HTML).html
    assert gathered == ([UNREAD], SUMMARY, Severity.ERROR, None, [])
    (gathered,) = texts_report(OutputFormat.HTML).html
    assert gathered == ([UNREAD], SUMMARY, Severity.ERROR, [TEXT], [])


@pytest.mark.parametrize("output", [f for f in OutputFormat if f not in CHECK_FORMATS])
def test_a_format_check_does_not_offer_is_refused(output: OutputFormat) -> None:
    with pytest.raises(NotACheckFormat, match=f"{output}: not a format of lcnet check"):
        store_report(output)
    with pytest.raises(NotACheckFormat, match=f"{output}: not a format of lcnet check"):
        texts_report(output)
