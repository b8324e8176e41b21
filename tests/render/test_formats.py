"""lcnet.render.formats: one renderer interface, one dispatch over the enum. A read
command's Listing is written by each format's own view or refused, never replaced by
another; `lcnet check`'s findings and texts by each format it offers, in its own shape."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any, TextIO

import pytest

from lcnet.check.findings import Finding, Severity
from lcnet.check.judging import TextReport
from lcnet.render.findings import Summary
from lcnet.render.formats import CHECK_FORMATS, LISTING_FORMATS, OFFERED, OutputFormat, renderer
from lcnet.render.formats.checking import Destination
from lcnet.render.formats.interface import Listing, NotOffered, Renderer

HEAD = {"schema": "lcnet/things", "schema_version": 1}
RECORDS = [{"id": "a", "tags": ["x", "y"]}, {"id": "b", "tags": []}]
OWN_VIEWS = (OutputFormat.TABLE, OutputFormat.CHART, OutputFormat.SVG, OutputFormat.CLAIMREVIEW)


def written(output: OutputFormat, *, views: bool = True, field: str | None = "items") -> str:
    stream = io.StringIO()

    def table(out: TextIO) -> None:
        out.write("a table\n")

    def chart(out: TextIO) -> None:
        out.write("a chart\n")

    listing = Listing(
        "things",
        RECORDS,
        HEAD,
        field,
        table if views else None,
        ("id", "tags"),
        lambda r: r | {"tags": ";".join(r["tags"])},
        chart if views else None,
        (lambda: "<svg/>\n") if views else None,
        (lambda: {"@graph": [r["id"] for r in RECORDS]}) if views else None,
    )
    renderer(output).listing(stream, listing)
    return stream.getvalue()


def test_each_format_has_its_renderer() -> None:
    for output in OutputFormat:
        made = renderer(output)
        assert isinstance(made, Renderer)
        assert made.output is output


def test_json_is_the_envelope_and_the_list_in_its_field() -> None:
    assert json.loads(written(OutputFormat.JSON)) == HEAD | {"items": RECORDS}


def test_json_without_a_list_is_the_head_alone() -> None:
    assert json.loads(written(OutputFormat.JSON, field=None)) == HEAD


def test_jsonl_is_one_record_a_line() -> None:
    assert [json.loads(line) for line in written(OutputFormat.JSONL).splitlines()] == RECORDS


def test_csv_is_a_header_and_a_row_a_record() -> None:
    assert written(OutputFormat.CSV).splitlines() == ["id,tags", "a,x;y", "b,"]


def test_the_table_and_the_chart_are_the_commands_own() -> None:
    assert written(OutputFormat.TABLE) == "a table\n"
    assert written(OutputFormat.CHART) == "a chart\n"


def test_the_svg_is_the_document_the_command_draws() -> None:
    assert written(OutputFormat.SVG) == "<svg/>\n"


def test_claimreview_is_the_commands_document_as_json() -> None:
    assert json.loads(written(OutputFormat.CLAIMREVIEW)) == {"@graph": ["a", "b"]}


@pytest.mark.parametrize("output", OWN_VIEWS)
def test_a_view_the_command_lacks_is_refused_not_replaced(output: OutputFormat) -> None:
    with pytest.raises(NotOffered, match=f"^{output}: not a format of lcnet things$"):
        written(output, views=False)


@pytest.mark.parametrize("output", [f for f in CHECK_FORMATS if f not in LISTING_FORMATS])
def test_lcnet_checks_own_formats_are_refused(output: OutputFormat) -> None:
    with pytest.raises(NotOffered, match=f"^{output}: not a format of lcnet things$"):
        written(output)


def test_every_format_is_a_listings_or_checks() -> None:
    assert set(LISTING_FORMATS) | set(OWN_VIEWS) | set(CHECK_FORMATS) == set(OutputFormat)


def test_every_command_but_check_offers_only_what_a_listing_can_write() -> None:
    for command, offered in OFFERED.items():
        if command != "check":
            assert set(offered) <= set(LISTING_FORMATS) | set(OWN_VIEWS), command


# `lcnet check`: the store's findings and a check of texts
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
    renderer(output).store_check(written.destination(), [UNREAD], SUMMARY, Severity.ERROR)
    return written


def texts_report(output: OutputFormat) -> Written:
    written = Written()
    sink = renderer(output).text_sink(written.destination())
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
def test_a_format_check_does_not_offer_is_refused_for_the_store_and_texts(
    output: OutputFormat,
) -> None:
    with pytest.raises(NotOffered, match=f"{output}: not a format of lcnet check"):
        store_report(output)
    with pytest.raises(NotOffered, match=f"{output}: not a format of lcnet check"):
        texts_report(output)


# Every command's real report, in every format: those it offers are written, each in its
# own way; the others are refused. (tests/cli/test_formats.py runs the same through the
# command line.)
@pytest.fixture(scope="module")
def reports() -> dict[str, Any]:
    import lcnet

    store = lcnet.open_store(today="2026-11-23")
    return {
        "cities": store.cities_report(country="VN"),
        "claims": store.claims_report(source="unesco-2024-02-14"),
        "figures": store.figures_report(["total_cities"]),
        "growth": store.growth_report(),
        "show": store.record_report("vn/hanoi"),
        "sources": store.sources_report(publisher="unesco"),
    }


READ_COMMANDS = sorted(command for command in OFFERED if command != "check")


def test_every_command_with_formats_has_a_report_here() -> None:
    assert READ_COMMANDS == ["cities", "claims", "figures", "growth", "show", "sources"]


@pytest.mark.parametrize("output", list(OutputFormat))
@pytest.mark.parametrize("command", READ_COMMANDS)
def test_a_command_offers_a_format_if_and_only_if_its_renderer_writes_its_report(
    reports: dict[str, Any], command: str, output: OutputFormat
) -> None:
    stream = io.StringIO()
    if output in OFFERED[command]:
        renderer(output).listing(stream, reports[command].listing)
        assert stream.getvalue().strip()
    else:
        with pytest.raises(NotOffered, match=f"^{output}: not a format of lcnet {command}$"):
            renderer(output).listing(stream, reports[command].listing)


@pytest.mark.parametrize("output", list(OutputFormat))
def test_check_offers_a_format_if_and_only_if_its_renderer_writes_both_reports(
    output: OutputFormat,
) -> None:
    if output in OFFERED["check"]:
        assert store_report(output).stdout.getvalue().strip()
        assert texts_report(output).stdout.getvalue().strip()
    else:
        with pytest.raises(NotOffered, match=f"^{output}: not a format of lcnet check$"):
            store_report(output)
        with pytest.raises(NotOffered, match=f"^{output}: not a format of lcnet check$"):
            texts_report(output)


def test_a_reports_json_is_its_to_dict(reports: dict[str, Any]) -> None:
    for command, report in reports.items():
        stream = io.StringIO()
        renderer(OutputFormat.JSON).listing(stream, report.listing)
        assert json.loads(stream.getvalue()) == report.to_dict(), command
