"""Findings as a table for people, grouped by severity and code.

A rich Table measures and lays out every cell several times over, which made the table
most of `lcnet check`'s time on a large store. So rich draws only the heading, the
header and the column widths (from a table of the few cells that decide them), and the
rows are written here, one at a time, in the same layout: the output is byte for byte
what rich gives for the whole table (a test compares the two).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import groupby, pairwise
from typing import TextIO

from rich.cells import cell_len
from rich.console import Console
from rich.control import strip_control_codes
from rich.table import Table
from rich.text import Text

from lcnet.check.findings import Finding
from lcnet.render.table import console, safe
from lcnet.text import printable

_WORD = re.compile(r"\s*\S+\s*")
STYLES = {"error": "bold red", "warning": "yellow", "note": "cyan"}


def print_findings(stream: TextIO, findings: Sequence[Finding], *, fast: bool = True) -> None:
    """The findings in tables, one for each severity and code. `fast=False` lets rich
    lay out every row (the reference the fast path is tested against)."""
    out = console(stream)
    if not findings:
        out.print(Text("No findings."))
        return
    ordered = sorted(findings, key=lambda f: (-f.severity, f.code, f.file, f.line))
    for (severity, code), group in groupby(ordered, key=lambda f: (f.severity, f.code)):
        items = list(group)
        label = severity.label
        heading = safe(f"{label} {code} ({len(items)}): {items[0].title}", style=STYLES[label])
        styled = any(item.resolution is not None for item in items)
        if fast and not (styled and out.color_system is not None):
            _write_rows(out, heading, items)
        else:
            out.print(_table(heading, [_cells(item) for item in items]))


def _table(heading: Text, rows: Iterable[tuple[Text, Text]]) -> Table:
    table = Table(title=heading, title_justify="left", show_header=True, expand=False)
    table.add_column("Where", overflow="fold", no_wrap=False)
    table.add_column("Finding", overflow="fold")
    for row in rows:
        table.add_row(*row)
    return table


def _write_rows(out: Console, heading: Text, items: list[Finding]) -> None:
    """The table rich would draw: the heading, header and widths from rich, on the cells
    that decide the column widths, then each row wrapped as rich wraps a cell. Only those
    few cells are made rich Text; the rows are the cells' plain text."""
    plain = [_plain_cells(item) for item in items]
    deciding: list[tuple[Text, Text]] = []
    for pick in (_widest_line, _widest_word):
        where = max(range(len(items)), key=lambda i: pick(plain[i][0]))
        message = max(range(len(items)), key=lambda i: pick(plain[i][1]))
        deciding.append((_cells(items[where])[0], _cells(items[message])[1]))
    with out.capture() as captured:
        out.print(_table(heading, deciding))
    lines = captured.get().split("\n")
    rule = max(i for i, line in enumerate(lines) if line.startswith("┡"))
    widths = [len(part) for part in lines[rule].strip("┡┩").split("╇")]
    write = out.file.write
    write("\n".join(lines[: rule + 1]) + "\n")
    for cells in plain:
        columns = [
            _cell_lines(out, text, width) for text, width in zip(cells, widths, strict=True)
        ]
        height = max(len(column) for column in columns)
        for index in range(height):
            parts = [
                column[index] if index < len(column) else " " * width
                for column, width in zip(columns, widths, strict=True)
            ]
            write("│" + "│".join(parts) + "│\n")
    write("└" + "┴".join("─" * width for width in widths) + "┘\n")
    out.file.flush()


def _cell_lines(out: Console, text: str, width: int) -> list[str]:
    """A cell's lines as rich lays them out: wrapped to the width less the padding of
    one space each side, folded where a word is longer, padded to the width."""
    inner = width - 2
    if "\t" in text or inner < 1:
        wrapped = Text(text).wrap(out, inner, justify="left", overflow="fold")
        return [f" {line.plain} " for line in wrapped]
    lines: list[str] = []
    for line in text.split("\n"):
        if line.isascii() and line.isprintable():
            lines.extend(f" {part} " for part in _wrap_ascii(line, inner))
            continue
        size = cell_len(line)
        if size <= inner:
            lines.append(f" {line}{' ' * (inner - size)} ")
        else:
            wrapped = Text(line).wrap(out, inner, justify="left", overflow="fold")
            lines.extend(f" {part.plain} " for part in wrapped)
    return lines


def _wrap_ascii(line: str, width: int) -> list[str]:
    """rich's word wrap with folding (rich._wrap.divide_line, then each piece cut and
    padded to the width), for a line in which every character is one cell wide."""
    if len(line) <= width:
        return [line.ljust(width)]
    if " " not in line:  # one word, longer than the width: folded
        breaks: list[int] | None = list(range(width, len(line), width))
    elif line[0] == " " or line[-1] == " " or "  " in line:
        breaks = None
    else:
        breaks = _single_spaced_breaks(line, width)
    if breaks is None:
        breaks = _breaks(line, width)
    bounds = [0, *breaks, len(line)]
    return [line[a:b][:width].ljust(width) for a, b in pairwise(bounds)]


def _single_spaced_breaks(line: str, width: int) -> list[int] | None:
    """`_breaks` for a line of words with one space between each (a finding's message):
    split on the spaces rather than matched word by word, a third of the table's time on
    30,000 findings. None when a word is longer than the width (folded: `_breaks`)."""
    breaks: list[int] = []
    offset = start = 0
    for word in line.split(" "):
        length = len(word)
        if width - offset >= length:
            offset += length + 1
        elif length > width:
            return None
        else:  # never the first word: it always fits
            breaks.append(start)
            offset = length + 1
        start += length + 1
    return breaks


def _breaks(line: str, width: int) -> list[int]:
    """Where rich's divide_line starts each line but the first."""
    breaks: list[int] = []
    offset = 0
    for match in _WORD.finditer(line):
        start, word = match.start(), match.group()
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:
            chunks = [word[i : i + width] for i in range(0, len(word), width)]
            for chunk in chunks[:-1]:
                if start:
                    breaks.append(start)
                start += len(chunk)
            if start:
                breaks.append(start)
            offset = len(chunks[-1])
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    return breaks


def _widest_line(text: str) -> int:
    if text.isascii() and text.isprintable():  # one line, a cell per character
        return len(text)
    return max((cell_len(line) for line in text.splitlines()), default=0)


def _widest_word(text: str) -> int:
    words = text.split()
    if words and text.isascii() and text.isprintable():
        return max(map(len, words))
    return max((cell_len(word) for word in words), default=_widest_line(text))


def _cells(item: Finding) -> tuple[Text, Text]:
    return safe(_where(item)), _message(item)


def _plain_cells(item: Finding) -> tuple[str, str]:
    """The plain text of `_cells` (what rich lays out), without making rich Text."""
    message = printable(item.message)
    if item.resolution is not None:
        state = "resolution expired" if item.expired else "resolved"
        message += f"\n{state}: {strip_control_codes(item.resolution.reason)}"
    return printable(_where(item)), message


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
