"""Figures found in texts, one table per text, for people."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from rich.table import Table
from rich.text import Text

from lcnet.check.findings import Finding
from lcnet.render.table import console, safe

if TYPE_CHECKING:
    from lcnet.cli.check_texts import TextReport

STYLES = {
    "current": "green",
    "bound_ok": "green",
    "historic": "green",
    "stale": "bold red",
    "wrong": "bold red",
    "bound_violated": "bold red",
    "unverifiable": "yellow",
}


def print_texts(
    stream: TextIO,
    texts: Sequence[TextReport],
    figures: Sequence[dict[str, Any]],
    problems: Sequence[Finding],
    earlier: int = 0,
) -> None:
    """Each text's heading, its other findings, and the table of its figures; `earlier`
    figures of a (single) long text were written before, by print_rows."""
    out = console(stream)
    for text in texts:
        mine = [f for f in figures if f["path"] == text.path]
        trouble = [p for p in problems if p.file == text.path]
        count = len(mine) + earlier
        title = f"{text.path}: {count} figure{'s' if count != 1 else ''}"
        if text.date is not None:
            title += f", judged at {text.date} ({text.date_origin})"
        out.print(safe(title, style="bold"))
        for problem in trouble:
            where = f"{problem.line}:{problem.column}" if problem.column else str(problem.line)
            label = problem.severity.label
            out.print(safe(f"  {where} {label} {problem.code}: {problem.message}"))
        if mine:
            out.print(_table(mine))


def print_rows(stream: TextIO, title: str, figures: Sequence[dict[str, Any]]) -> None:
    """Part of a long text's figures, under a title of its own."""
    out = console(stream)
    out.print(safe(title, style="bold"))
    out.print(_table(figures))


def _table(figures: Sequence[dict[str, Any]]) -> Table:
    table = Table(show_header=True)
    for column in ("Where", "As written", "Verdict", "Current figure", "Write instead"):
        table.add_column(column, overflow="fold")
    for figure in figures:
        expected = figure["expected"]
        current = expected["text"] if expected else "(none)"
        if figure["sources"]:
            current += f"\n{figure['sources'][0]['id']}"
        verdict = Text(figure["verdict"], style=STYLES.get(figure["verdict"], ""))
        if figure["suppressed"]:
            verdict.append(safe(f"\nignored: {figure['suppressed']['reason']}", style="dim"))
        table.add_row(
            safe(f"{figure['line']}:{figure['column']}"),
            safe(figure["text"]),
            verdict,
            safe(current),
            safe(figure["replacement"] or ""),
        )
    return table
