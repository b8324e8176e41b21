"""The network's growth as a bar chart for the terminal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TextIO

from rich.table import Table
from rich.text import Text

from lcnet.render.table import console

WIDTH = 30


def print_growth(stream: TextIO, rows: Sequence[dict[str, Any]]) -> None:
    largest_cities = max((r["total_cities"] or 0 for r in rows), default=0) or 1
    largest_countries = max((r["total_countries"] or 0 for r in rows), default=0) or 1
    table = Table(title="Growth of the network, announcement by announcement", box=None)
    table.add_column("Date")
    table.add_column("Member cities")
    table.add_column("Countries")
    table.add_column("New")
    for row in rows:
        table.add_row(
            Text(row["date"]),
            _bar(row["total_cities"], largest_cities, "green"),
            _bar(row["total_countries"], largest_countries, "blue", width=WIDTH // 2),
            Text(f"+{row['new_cities']}" if row["new_cities"] is not None else ""),
        )
    console(stream).print(table)


def _bar(value: int | None, largest: int, style: str, width: int = WIDTH) -> Text:
    if value is None:
        return Text("(no total stated)", style="dim")
    filled = max(1, round(width * value / largest))
    text = Text("█" * filled, style=style)
    text.append(f" {value}")
    return text
