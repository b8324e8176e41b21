"""`lcnet show` for people: the record's fields, then what is linked to it."""

from __future__ import annotations

from typing import Any, TextIO

from rich.table import Table

from lcnet.render.table import console, safe


def print_record(stream: TextIO, view: dict[str, Any]) -> None:
    out = console(stream)
    out.print(safe(f"{view['kind']} {view['id']}", style="bold"))
    if "record" in view:
        out.print(_fields(view["record"]))
    for name, value in view.items():
        if name in ("kind", "id", "record") or value in (None, [], ""):
            continue
        label = name.replace("_", " ")
        if isinstance(value, dict) and "verdict" in value:
            out.print(_claims(label, [value]))
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            if "verdict" in value[0]:
                out.print(_claims(label, value))
            else:
                for item in value:
                    out.print(_fields(item, title=label))
        elif isinstance(value, dict):
            out.print(_fields(value, title=label))
        else:
            items = value if isinstance(value, list) else [value]
            out.print(safe(f"{label}: {', '.join(str(v) for v in items)}"))


def _fields(values: dict[str, Any], title: str | None = None) -> Table:
    table = Table(title=safe(title) if title else None, show_header=False, title_justify="left")
    table.add_column("field", style="dim")
    table.add_column("value", overflow="fold")
    for name, value in values.items():
        if value in (None, [], "", 0) and name in ("line", "uncertain", "note", "file"):
            continue
        if value is None or value == []:
            continue
        shown = ", ".join(map(str, value)) if isinstance(value, list) else value
        table.add_row(safe(name), safe(shown))
    return table


def _claims(title: str, claims: list[dict[str, Any]]) -> Table:
    table = Table(title=safe(title), title_justify="left")
    for column in ("Claim", "As printed", "Verdict", "Why"):
        table.add_column(column, overflow="fold")
    for claim in claims:
        table.add_row(
            safe(claim["claim"]),
            safe(claim["phrase"]),
            safe(claim["verdict"]),
            safe(claim["reason"]),
        )
    return table
