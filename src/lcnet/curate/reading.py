"""Read a fact file with tomlkit into a Document, keeping every comment.

tomlkit keeps comments and blank lines as items between the keys; this module turns
that stream into tables of keys, each key carrying the comments written above it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from lcnet.curate.document import Block, Document, Entry
from lcnet.errors import LcnetError
from lcnet.exitcodes import ExitCode

DIRECTIVE_PREFIX = "#:schema"


class CannotFormat(LcnetError):
    """A valid file written in a shape that lcnet fmt does not rewrite."""

    exit_code = ExitCode.INVALID_DATA


class _Comment(NamedTuple):
    text: str


class _Blank(NamedTuple):
    pass


class _Key(NamedTuple):
    key: str
    item: Any


class _Header(NamedTuple):
    name: str
    array: bool
    comment: str


_Event = _Comment | _Blank | _Key


@dataclass
class _Run:
    """Comment lines with no blank line between them."""

    lines: list[str] = field(default_factory=list)
    blank_after: bool = False


def read_document(text: str) -> Document:
    """The file's tables, keys and comments; CannotFormat for dotted keys and the like."""
    import tomlkit

    top, tables = _segments(tomlkit.parse(text))
    tables = _in_file_order(tables, text)
    document = Document()
    lead = _read_top(document, _without_directive(top), has_tables=bool(tables))
    for index, (head, events) in enumerate(tables):
        block = Block(head.name, head.array, comments=lead, header_comment=head.comment)
        tail = _fill(block, _group(events))
        lead, block.closing = _split_tail(tail, has_next=index + 1 < len(tables))
        document.blocks.append(block)
    return document


def _read_top(document: Document, events: list[_Event], has_tables: bool) -> list[str]:
    """Fill the preamble and top-level keys; return the comments for the first table."""
    grouped = _group(events)
    first = next((i for i, part in enumerate(grouped) if isinstance(part, Entry)), len(grouped))
    leading = [part for part in grouped[:first] if isinstance(part, _Run)]
    follows = first < len(grouped) or has_tables
    keep = leading[-1:] if leading and not leading[-1].blank_after and follows else []
    document.preamble = _paragraphs(leading[: len(leading) - len(keep)])
    top = Block(None)
    tail = _fill(top, [*keep, *grouped[first:]])
    if not top.entries:
        return _lines(tail)
    document.blocks.append(top)
    lead, top.closing = _split_tail(tail, has_next=has_tables)
    return lead


def _group(events: list[_Event]) -> list[_Run | Entry]:
    """Comment lines grouped into runs (split at blank lines), and the keys between."""
    grouped: list[_Run | Entry] = []
    run: _Run | None = None
    for event in events:
        if isinstance(event, _Comment):
            if run is None:
                run = _Run()
                grouped.append(run)
            run.lines.append(event.text)
        elif isinstance(event, _Blank):
            if run is not None:
                run.blank_after = True
            run = None
        else:
            grouped.append(_entry(event.key, event.item))
            run = None
    return grouped


def _fill(block: Block, grouped: list[_Run | Entry]) -> list[_Run]:
    """Give each key the comments above it; return the runs after the last key."""
    pending: list[_Run] = []
    for part in grouped:
        if isinstance(part, _Run):
            pending.append(part)
        else:
            part.comments = _lines(pending)
            block.entries.append(part)
            pending = []
    return pending


def _split_tail(tail: list[_Run], has_next: bool) -> tuple[list[str], list[str]]:
    """(comments of the next table, closing comments of this one)."""
    if has_next and tail and not tail[-1].blank_after:
        return tail[-1].lines, _lines(tail[:-1])
    return [], _lines(tail)


def _lines(runs: list[_Run]) -> list[str]:
    return [line for run in runs for line in run.lines]


def _paragraphs(runs: list[_Run]) -> list[str]:
    lines: list[str] = []
    for run in runs:
        lines += [""] if lines else []
        lines += run.lines
    return lines


def _without_directive(events: list[_Event]) -> list[_Event]:
    """The top events without the schema directive (lcnet fmt writes its own)."""
    return [e for e in events if not (isinstance(e, _Comment) and _is_directive(e.text))]


def _is_directive(comment: str) -> bool:
    return comment.startswith(DIRECTIVE_PREFIX)


# ------------------------------------------------------------------------ tomlkit items


def _segments(doc: Any) -> tuple[list[_Event], list[tuple[_Header, list[_Event]]]]:
    """The top-level events, then each table's header and events, in file order."""
    from tomlkit.items import AoT, Table

    top: list[_Event] = []
    tables: list[tuple[_Header, list[_Event]]] = []
    for key, item in doc.body:
        if isinstance(item, AoT):
            for table in item.body:
                tables.append((_header(key.key, True, table), _events(table.value.body)))
        elif isinstance(item, Table):
            if key.is_dotted() or item.is_super_table():
                raise CannotFormat(f'"{key.as_string().strip()}" is a dotted key: {_ADVICE}')
            tables.append((_header(key.key, False, item), _events(item.value.body)))
        else:
            top.extend(_events([(key, item)]))
    return top, tables


_ADVICE = "write each record as a [table] or [[table]] of plain keys"


def _in_file_order(
    tables: list[tuple[_Header, list[_Event]]], text: str
) -> list[tuple[_Header, list[_Event]]]:
    """The tables in the order of their headers in the text.

    tomlkit groups the tables of an array ([[claim]]) even when other tables come
    between them in the file; the comments between tables only make sense in file order.
    """
    from lcnet.store.lines import KeyLines

    lines = KeyLines(text)
    seen: dict[str, int] = {}
    positions = []
    for head, _ in tables:
        index = seen.get(head.name, 0)
        seen[head.name] = index + 1
        positions.append(lines.line_of((head.name, index) if head.array else (head.name,)))
    order = sorted(range(len(tables)), key=positions.__getitem__)
    return [tables[i] for i in order]


def _header(name: str, array: bool, table: Any) -> _Header:
    return _Header(name, array, table.trivia.comment.rstrip())


def _events(body: list[tuple[Any, Any]]) -> list[_Event]:
    from tomlkit.items import AoT, Comment, InlineTable, Table, Whitespace

    events: list[_Event] = []
    for key, item in body:
        if isinstance(item, Comment):
            events.append(_Comment(item.trivia.comment.rstrip()))
        elif isinstance(item, Whitespace):
            if "\n" in item.as_string():
                events.append(_Blank())
        elif key.is_dotted():
            raise CannotFormat(f'"{key.as_string().strip()}" is a dotted key: {_ADVICE}')
        elif isinstance(item, Table | AoT | InlineTable) or _holds_tables(item):
            name = key.as_string().strip()
            raise CannotFormat(f'"{name}" is an inline table or a table in a table: {_ADVICE}')
        else:
            events.append(_Key(key.key, item))
    return events


def _holds_tables(item: Any) -> bool:
    from tomlkit.items import Array

    return isinstance(item, Array) and any(isinstance(value, dict) for value in item.unwrap())


def _entry(key: str, item: Any) -> Entry:
    from tomlkit.items import Array

    commented = _commented_items(item) if isinstance(item, Array) else None
    return Entry(
        key, item.unwrap(), comment=item.trivia.comment.rstrip(), commented_items=commented
    )


def _commented_items(array: Any) -> list[tuple[object | None, str]] | None:
    """The items of an array with comments inside, one per line; None without comments."""
    from tomlkit.items import Comment, Null, Whitespace

    parts = list(array._iter_items())  # tomlkit's only view of the comments in an array
    if not any(isinstance(part, Comment) for part in parts):
        return None
    items: list[tuple[object | None, str]] = []
    on_line = False  # whether the last value is on the current line
    for part in parts:
        if isinstance(part, Whitespace):
            on_line = on_line and "\n" not in part.as_string()
        elif isinstance(part, Comment):
            text = part.trivia.comment.rstrip()
            if on_line and items and not items[-1][1]:
                items[-1] = (items[-1][0], text)
            else:
                items.append((None, text))
        elif not isinstance(part, Null):
            items.append((part.unwrap(), ""))
            on_line = True
    return items
