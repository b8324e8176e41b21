"""`lcnet figures` as a table for people."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TextIO

from lcnet.render.table import print_table


def print_figures(stream: TextIO, title: str, records: Sequence[dict[str, Any]]) -> None:
    rows = []
    for record in records:
        figure = record["figure"]["text"] if record["figure"] else "(none)"
        also = [o["text"] for o in record.get("official", [])]
        if also:  # another figure official for the period too (UIL's 292 beside 294)
            figure += "\nalso official: " + ", ".join(also)
        rows.append(
            [
                _period(record),
                record["subject"],
                figure,
                record["basis"] or "",
                _agreeing(record["agree"]),
                _sources(record["disagree"], with_values=True),
            ]
        )
    columns = ["Period", "Metric", "Figure", "Established by", "Agree", "Disagree"]
    print_table(stream, title, columns, rows)


def _period(record: dict[str, Any]) -> str:
    start, end = record["from"], record["to"]
    if start and end:
        return f"{start}\nto {end}"
    if start:
        return f"since {start}"
    return f"until {end}" if end else "all dates"


def _agreeing(claims: list[dict[str, Any]]) -> str:
    """Primary sources by name; the others as a count, to keep the table readable."""
    primary = [c for c in claims if c["kind"] == "primary"]
    text = _sources(primary, with_values=False)
    others = len(claims) - len(primary)
    if others:
        text += f"\n+ {others} other source{'s' if others > 1 else ''}"
    return text.strip()


def _sources(claims: list[dict[str, Any]], with_values: bool) -> str:
    names = []
    for claim in claims:
        name = claim["source"] + (" (primary)" if claim["kind"] == "primary" else "")
        if claim["copies"]:
            name += f" (copy of {claim['copies']})"
        if with_values:
            name += f": {claim['value']}"
        names.append(name)
    return "\n".join(names)
