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
        if name in _SENTENCES and isinstance(value, str):
            value = sentence(value)
        table.add_row(safe(name), _cell(value))
    return table


_SENTENCES = {"message", "reason", "note"}  # prose fields, shown as sentences


def sentence(text: str) -> str:
    """`text` ending with a full stop, unless it already ends with punctuation."""
    stripped = text.rstrip()
    return stripped if not stripped or stripped[-1] in ".?!" else f"{stripped}."


def _cell(value: Any) -> Any:
    """A field's value as people read it: a list of records as a table, a record as
    its fields, a list as a comma-separated line; never a Python repr."""
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return _rows(value)
    if isinstance(value, dict):
        return _fields(value)
    if isinstance(value, list):
        return safe(", ".join(map(str, value)))
    if isinstance(value, bool):
        return safe("yes" if value else "no")
    return safe(value)


def _rows(records: list[dict[str, Any]]) -> Table:
    columns = list(dict.fromkeys(name for record in records for name in record))
    table = Table(show_edge=False, pad_edge=False)
    for column in columns:
        table.add_column(safe(column), overflow="fold")
    for record in records:
        table.add_row(*(safe("" if record.get(c) is None else record[c]) for c in columns))
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
            safe(sentence(claim["reason"])),
        )
    return table
