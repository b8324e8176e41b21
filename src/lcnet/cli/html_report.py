"""`lcnet check --format html`: gather what the report shows (the texts read again, to
show their figures in place; the charts of the store), then render it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lcnet.render.html import Page, TextView, write_store_report, write_texts_report
from lcnet.render.passages import Prose, figure_spans, page_prose, passages, plain_prose

if TYPE_CHECKING:
    from lcnet.check.findings import Finding, Severity
    from lcnet.cli.check_texts import TextReport
    from lcnet.cli.runtime import Runtime
    from lcnet.render.findings import Summary
    from lcnet.store import OpenedStore

LARGEST_SHOWN = 16 << 20  # bytes: a bigger text is reported figure by figure, not in place


def write_html(
    runtime: Runtime,
    opened: OpenedStore,
    visible: list[Finding],
    summary: Summary,
    fail_on: Severity | None,
    texts: list[TextReport] | None,
    figures: list[dict[str, Any]],
) -> None:
    """The report of the store (findings, charts) or of texts (figures in place)."""
    from lcnet.render.findings import finding_record, summary_record
    from lcnet.render.jsonout import store_record

    mode = "store" if texts is None else "texts"
    totals = summary_record(summary, fail_on)
    page = Page(mode, runtime.today.isoformat(), store_record(opened), totals)
    charts = _charts(opened, runtime)
    if texts is None:
        records = [finding_record(f) for f in visible]
        write_store_report(runtime.stdout, page, records, charts)
        return
    problems = [finding_record(f) for f in visible if f.column == 0]
    views = _views(texts, [dict(f) for f in figures], problems)
    write_texts_report(runtime.stdout, page, views, charts[:1])


def _views(
    texts: Sequence[TextReport], figures: list[dict[str, Any]], problems: list[dict[str, Any]]
) -> list[TextView]:
    from lcnet.render.texts import text_record

    indexed = list(enumerate(figures, start=1))
    views = []
    for text in texts:
        own = [(i, f) for i, f in indexed if f["path"] == text.path]
        mine = [p for p in problems if p["path"] == text.path]
        prose, note = _prose(text.path)
        shown = None
        if prose is not None:
            places = [(i, f["line"], f["column"], f["end_line"], f["end_column"]) for i, f in own]
            shown = passages(prose, figure_spans(prose, places))
        views.append(TextView(text_record(text), shown, own, mine, note))
    return views


def _prose(path: str) -> tuple[Prose | None, str | None]:
    """The text as shown, or why it is not: stdin was read once, a file may be too big."""
    from lcnet.cli.check_texts import STDIN, shown
    from lcnet.extract import kind_of, read_document

    if path == shown(STDIN):
        return None, "Read from stdin: the figures are listed, the text is not shown."
    try:
        if Path(path).stat().st_size > LARGEST_SHOWN:
            return None, "The text is too long to show in place: its figures are listed."
        with Path(path).open(encoding="utf-8", errors="replace", newline="") as file:
            raw = file.read().replace("\r\n", "\n").removeprefix("\ufeff")
    except OSError as error:
        return None, f"The text cannot be read again: {error.strerror or error}."
    if kind_of(path) != "html":
        return plain_prose(raw), None
    document = read_document(raw, "html")
    if document.source_map is None:
        return plain_prose(document.text), None
    return page_prose(document.text, document.source_map), None


def _charts(opened: OpenedStore, runtime: Runtime) -> list[tuple[str, str]]:
    from lcnet.check.timeline import Timeline
    from lcnet.query.growth import network_growth
    from lcnet.render.svg import figure_charts, growth_chart

    timeline = Timeline(opened.facts, runtime.today)
    growth = growth_chart(network_growth(opened.facts))
    return [(chart.title, chart.svg()) for chart in (growth, *figure_charts(timeline))]
