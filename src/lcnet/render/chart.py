"""The network's growth as a bar chart for the terminal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from rich.table import Table
from rich.text import Text

from lcnet.query.growth import GrowthPoint
from lcnet.render.table import console

WIDTH = 30


def print_growth(stream: TextIO, points: Sequence[GrowthPoint]) -> None:
    largest_cities = max((p.total_cities or 0 for p in points), default=0) or 1
    largest_countries = max((p.total_countries or 0 for p in points), default=0) or 1
    table = Table(title="Growth of the network, announcement by announcement", box=None)
    table.add_column("Date")
    table.add_column("Member cities")
    table.add_column("Countries")
    table.add_column("New")
    for point in points:
        table.add_row(
            Text(str(point.date)),
            _bar(point.total_cities, largest_cities, "green"),
            _bar(point.total_countries, largest_countries, "blue", width=WIDTH // 2),
            Text(f"+{point.new_cities}" if point.new_cities is not None else ""),
        )
    console(stream).print(table)


def _bar(value: int | None, largest: int, style: str, width: int = WIDTH) -> Text:
    if value is None:
        return Text("(no total stated)", style="dim")
    filled = max(1, round(width * value / largest))
    text = Text("█" * filled, style=style)
    text.append(f" {value}")
    return text
