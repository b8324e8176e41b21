"""Findings as a table for people, grouped by severity and code."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby
from typing import TextIO

from rich.table import Table
from rich.text import Text

from lcnet.check.findings import Finding
from lcnet.render.table import console, safe

STYLES = {"error": "bold red", "warning": "yellow", "note": "cyan"}


def print_findings(stream: TextIO, findings: Sequence[Finding]) -> None:
    out = console(stream)
    if not findings:
        out.print(Text("No findings."))
        return
    ordered = sorted(findings, key=lambda f: (-f.severity, f.code, f.file, f.line))
    for (severity, code), group in groupby(ordered, key=lambda f: (f.severity, f.code)):
        items = list(group)
        label = severity.label
        heading = safe(f"{label} {code} ({len(items)}): {items[0].title}", style=STYLES[label])
        table = Table(title=heading, title_justify="left", show_header=True, expand=False)
        table.add_column("Where", overflow="fold", no_wrap=False)
        table.add_column("Finding", overflow="fold")
        for item in items:
            table.add_row(safe(_where(item)), _message(item))
        out.print(table)


def _where(item: Finding) -> str:
    where = f"{item.file}:{item.line}"
    return f"{where}:{item.column}" if item.column else where


def _message(item: Finding) -> Text:
    text = safe(item.message)
    if item.resolution is not None:
        state = "resolution expired" if item.expired else "resolved"
        text.append(f"\n{state}: ", style="dim")
        text.append(item.resolution.reason, style="dim")
    return text
