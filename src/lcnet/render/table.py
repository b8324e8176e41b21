"""Tables for people, drawn with rich. Untrusted text is shown, never interpreted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from lcnet.text import printable


def console(stream: TextIO) -> Console:
    """A rich console on the stream under a SafeStream (rich's colours are escape
    sequences): every cell must come through `safe`."""
    terminal = getattr(stream, "terminal", stream)
    return Console(file=terminal, highlight=False, emoji=False, soft_wrap=False)


def safe(value: object, style: str = "") -> Text:
    """Text that rich will not parse for markup and that holds no control characters."""
    return Text("" if value is None else printable(str(value)), style=style)


def print_table(
    stream: TextIO,
    title: str | None,
    columns: Sequence[str],
    rows: Sequence[Sequence[object]],
    caption: str | None = None,
) -> None:
    table = Table(title=safe(title) if title else None, caption=safe(caption) if caption else None)
    for column in columns:
        table.add_column(column, overflow="fold", no_wrap=column == "Sources")
    for row in rows:
        table.add_row(*(safe(value) for value in row))
    console(stream).print(table)
