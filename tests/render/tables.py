"""Helpers of the table tests: a table drawn to a string, and its cells read back."""

from __future__ import annotations

import io
from typing import Any


def drawn(write: Any, *args: Any) -> str:
    """What `write(stream, *args)` draws."""
    stream = io.StringIO()
    write(stream, *args)
    return stream.getvalue()


def cells(text: str) -> list[list[str]]:
    """The body and header rows of a drawn table, each a list of its cells (a record's
    second line is a row of its own)."""
    rows = [line for line in text.splitlines() if line.startswith(("│", "┃"))]
    return [[cell.strip() for cell in line[1:-1].replace("┃", "│").split("│")] for line in rows]


def title(text: str) -> str:
    return text.splitlines()[0].strip()
