"""The canonical form of a whole fact file, and of a whole store (lcnet fmt)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from lcnet.curate.canonical import canonical_value, is_default, key_rank
from lcnet.curate.document import Block, Document, Entry
from lcnet.curate.kinds import FileKind, file_kind, schema_directive
from lcnet.curate.reading import CannotFormat, read_document

if TYPE_CHECKING:
    from lcnet.store.facts import StoreRecords


class Change(NamedTuple):
    """A file whose text is not canonical, and its canonical text."""

    relative: str  # the path in the store, e.g. "sources/x.toml"
    old: str
    new: str


def canonical_text(text: str, relative: str) -> str:
    """The canonical form of one file's text (comments kept)."""
    document = read_document(text)
    canonicalize(document, file_kind(relative))
    return document.render(schema_directive(relative))


def canonicalize(document: Document, kind: FileKind) -> None:
    """Order tables and keys, write values canonically, leave out defaults."""
    shapes = {shape.name: (rank, shape.record) for rank, shape in enumerate(kind.tables)}
    for block in document.blocks:
        record = shapes.get(block.name, (0, None))[1]
        if record is not None:
            block.entries = _canonical_entries(block.entries, record)
    document.blocks.sort(key=lambda block: shapes.get(block.name, (len(shapes), None))[0])


def _canonical_entries(entries: list[Entry], record: type) -> list[Entry]:
    kept = []
    for entry in entries:
        entry.value = canonical_value(record, entry.key, entry.value)
        if entry.commented_items is not None:
            entry.commented_items = [
                (None if value is None else canonical_value(record, entry.key, value), comment)
                for value, comment in entry.commented_items
            ]
        if entry.has_comments or not is_default(record, entry.key, entry.value):
            kept.append(entry)
    return sorted(kept, key=lambda entry: key_rank(record, entry.key))


def record_block(name: str | None, array: bool, record: type, values: dict[str, object]) -> Block:
    """A new record's table in canonical form (for lcnet add)."""
    entries = [Entry(key, value) for key, value in values.items() if value is not None]
    return Block(name, array, _canonical_entries(entries, record))


# ----------------------------------------------------------------------------- the store


def store_changes(root: Path, display_root: str) -> list[Change]:
    """Every file of the store whose text is not canonical."""
    from lcnet.store.files import store_files

    changes = []
    for path in store_files(root):
        relative = path.relative_to(root).as_posix()
        old = path.read_text(encoding="utf-8")
        try:
            new = canonical_text(old, relative)
        except CannotFormat as error:
            raise CannotFormat(f"{display_root}/{relative}: cannot format: {error}") from None
        if new != old:
            changes.append(Change(relative, old, new))
    return changes


def check_same_records(
    root: Path, display_root: str, today: date, changes: list[Change], before: StoreRecords
) -> None:
    """Make sure the canonical texts hold exactly the records the files hold now
    (`before`, as read and validated from them).

    A difference is a bug in lcnet fmt, never the user's: it raises before anything is
    written, so that formatting cannot change what the store says.
    """
    from lcnet.store.read import read_records

    after = read_records(root, display_root, today, overrides={c.relative: c.new for c in changes})
    if _without_lines(before) != _without_lines(after):
        raise RuntimeError("the canonical form would change the store's records")


def _without_lines(records: StoreRecords) -> list[tuple[object, ...]]:
    """Every record as its type and field values, but for the line it starts at (the
    records may compare by identity, so their values are compared)."""
    from dataclasses import fields

    from lcnet.store.facts import KINDS

    flat = []
    for group in (getattr(records, kind) for kind in KINDS):
        for record in group if isinstance(group, tuple) else (group,):
            values = tuple(getattr(record, f.name) for f in fields(record) if f.name != "line")
            flat.append((type(record), *values))
    return flat


def unified_diff(change: Change, display_root: str) -> str:
    """What lcnet fmt would change in one file, as a unified diff (patch -p0 applies it)."""
    import difflib

    name = f"{display_root}/{change.relative}"
    lines = difflib.unified_diff(
        _diff_lines(change.old), _diff_lines(change.new), name, name, "current", "canonical"
    )
    return "".join(lines)


def _diff_lines(text: str) -> list[str]:
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n\\ No newline at end of file\n"
    return lines
