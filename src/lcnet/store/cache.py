"""A cache of the validated store, so that a query does not re-read and re-validate it.

One JSON file per store directory. JSON carries plain data only: reading a cache file
can never run code, whoever wrote it (the pickle it replaces could). Even so, a cache is
used only when its directory and the file belong to the user running lcnet and nobody
else may write to them; otherwise it is refused, with a note, and the store is read.

The key is each store file's size, inode, modification and status-change times (a
restored modification time still changes the status-change time), and a checksum of
its content, checked again for every file changed so close to the cache's own writing
that a coarse filesystem clock could not tell the two apart (git's "racy" rule). It
also holds the "today" the store was validated for: a store valid on one day stays valid
on any later day (no date moves past today by time passing), so the cache is used only
when today is that day or later.

Every query starts by reading this file (#14), so it is laid out to be read fast: a
first line holds the key (each file's key one string, compared as it is) and where each
kind of record lies in the rest of the file, so that a kind is parsed only when the
query first asks for it (lcnet.store.facts.StoreRecords); a checksum of the rest is
compared up front, so that a damaged file is refused before anything is used. Each
record type's fields are stored column by column, so that a column's values are
converted back (dates, enum members, tuples) by C loops over the column, not field by
field in Python.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import fields
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from lcnet.countries import CountryIndex
from lcnet.dates import PartialDate
from lcnet.model import (
    UNKNOWN,
    City,
    Claim,
    CountryList,
    Intake,
    IntakeKind,
    Metric,
    Qualifier,
    Region,
    Resolution,
    Source,
    SourceKind,
    StoreInfo,
)
from lcnet.store.facts import KINDS, StoreRecords
from lcnet.version import __version__

FORMAT = 4
RACY_NS = 2_000_000_000  # a change this close to the cache's writing is checked by content
KEEP = 16  # cache files kept in the directory, the most recently written
STALE_NS = 30 * 24 * 3600 * 10**9  # older than the newest by this much: pruned
_TYPES: dict[str, type] = {
    "info": StoreInfo,
    "sources": Source,
    "claims": Claim,
    "intakes": Intake,
    "countries": CountryList,
    "cities": City,
    "resolutions": Resolution,
}
_ENUMS: tuple[type[Enum], ...] = (Metric, Qualifier, SourceKind, Region, IntakeKind)


class Cached:
    __slots__ = ("countries", "records")

    def __init__(self, records: StoreRecords, countries: CountryIndex) -> None:
        self.records = records
        self.countries = countries


class FileKeys:
    """The store's .toml files as the cache knows them, in store order."""

    __slots__ = ("changed", "lines", "names")

    def __init__(self) -> None:
        self.names: list[str] = []  # relative to the store's root
        self.lines: list[str] = []  # name, size, inode, modification, status change (ns)
        self.changed: list[int] = []  # st_ctime_ns of each


class Refused(Exception):
    """The cache location is not safe to use: the reason, for a note."""


# ----------------------------------------------------------------------------- the key


def file_keys(root: Path) -> FileKeys | None:
    """The key of every .toml file of the store, or None when one cannot be read (a
    dangling symlink, a loop): the store is then read, and the problem reported."""
    from lcnet.store.files import FOLDERS

    keys = FileKeys()
    for folder in FOLDERS:
        try:
            with os.scandir(root / folder) as found:
                entries = [e for e in found if e.name.endswith(".toml") and e.name[0] != "."]
        except OSError:
            continue
        entries.sort(key=lambda e: e.name)
        prefix = f"{folder}/" if folder else ""
        for entry in entries:
            try:
                status = entry.stat()
            except OSError:
                return None
            name = prefix + entry.name
            keys.names.append(name)
            keys.lines.append(
                f"{name}\t{status.st_size}\t{status.st_ino}\t{status.st_mtime_ns}"
                f"\t{status.st_ctime_ns}"
            )
            keys.changed.append(status.st_ctime_ns)
    return keys


def _checksum(root: Path, name: str) -> int | None:
    try:
        return zlib.crc32((root / name).read_bytes())
    except OSError:
        return None


# -------------------------------------------------------------------- reading, writing


def cache_path(cache_dir: Path, root: Path) -> Path:
    name = zlib.crc32(str(root.resolve()).encode("utf-8"))
    return cache_dir / f"store-{name:08x}.json"


def read_cache(cache_dir: Path, root: Path, keys: FileKeys, today: date) -> Cached | None:
    """The cached store, or None when there is none or it does not match; Refused when
    the cache's directory or file could be written by someone else."""
    _check_directory(cache_dir)
    path = cache_path(cache_dir, root)
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(descriptor, "rb") as file:
        status = os.fstat(file.fileno())
        _check_owner(status, path, directory=False)
        raw = file.read()
    head, _, body = raw.partition(b"\n")
    try:
        return _matching(json.loads(head), body, root, keys, today, status.st_mtime_ns)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None  # damaged, or written by another version of lcnet


def write_cache(cache_dir: Path, root: Path, keys: FileKeys, today: date, cached: Cached) -> None:
    """Best effort: a cache that cannot be written is simply not used."""
    from lcnet.atomic import write_atomic

    checksums = [_checksum(root, name) for name in keys.names]
    spans, body = _encoded(cached.records)
    header = {
        "format": FORMAT,
        "lcnet": __version__,
        "root": str(root.resolve()),
        "layout": _layout(),
        "validated_for": today.isoformat(),
        "files": keys.lines,
        "checksums": checksums,
        "countries": [cached.countries.by_name, cached.countries.display],
        "kinds": spans,
        "checksum": zlib.crc32(body),
    }
    data = _ascii_json(header) + b"\n" + body
    with contextlib.suppress(OSError, Refused):
        cache_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        _check_directory(cache_dir)
        path = cache_path(cache_dir, root)
        write_atomic(path, data, mode=0o600)
        _prune(cache_dir, path)


def _ascii_json(value: object) -> bytes:
    # ASCII (names' diacritics escaped): every query reads it, and json reads ASCII text
    # faster than UTF-8 with a few accented names, which it first decodes (#14)
    return json.dumps(value, separators=(",", ":")).encode("ascii")


def _matching(
    data: dict[str, Any], body: bytes, root: Path, keys: FileKeys, today: date, written_ns: int
) -> Cached | None:
    if (data["format"], data["lcnet"], data["root"]) != (FORMAT, __version__, str(root.resolve())):
        return None
    if data["layout"] != _layout() or date.fromisoformat(data["validated_for"]) > today:
        return None
    if data["files"] != keys.lines:
        return None
    checksums = data["checksums"]
    racy = written_ns - RACY_NS
    for index, changed in enumerate(keys.changed):
        # changed within a clock tick of the cache: compare the content
        if changed >= racy and _checksum(root, keys.names[index]) != checksums[index]:
            return None
    spans: dict[str, list[int]] = data["kinds"]
    if zlib.crc32(body) != data["checksum"] or not _spans_fit(spans, len(body)):
        return None  # damaged: refused before any record is used

    kinds = {kind: _Kind(_TYPES[kind], body[start:end]) for kind, (start, end) in spans.items()}
    by_name, display = data["countries"]
    records = StoreRecords.on_demand(_Body(kinds))
    return Cached(records, CountryIndex(dict(by_name), dict(display)))


def _spans_fit(spans: dict[str, list[int]], size: int) -> bool:
    """Every kind of record has its place in the body."""
    return set(spans) == set(KINDS) and all(
        0 <= start <= end <= size for start, end in spans.values()
    )


def _prune(cache_dir: Path, kept: Path) -> None:
    """Drop old cache files (and the pickles of earlier versions, never read again)."""
    with contextlib.suppress(OSError):
        for legacy in cache_dir.glob("store-*.pickle"):
            legacy.unlink()
        found = sorted(
            ((p.stat().st_mtime_ns, p) for p in cache_dir.glob("store-*.json") if p != kept),
            reverse=True,
        )
        newest = kept.stat().st_mtime_ns
        for index, (written, path) in enumerate(found):
            if index >= KEEP - 1 or newest - written > STALE_NS:
                path.unlink()


# ---------------------------------------------------------------------------- safety


def _check_directory(cache_dir: Path) -> None:
    try:
        status = cache_dir.stat()
    except FileNotFoundError:
        return  # made with mode 0o700 when written
    except OSError as error:
        raise Refused(f"cannot use the cache directory {cache_dir}: {error.strerror}") from None
    if not stat.S_ISDIR(status.st_mode):
        raise Refused(f"the cache location {cache_dir} is not a directory")
    _check_owner(status, cache_dir, directory=True)


def _check_owner(status: os.stat_result, path: Path, *, directory: bool) -> None:
    """Only the user running lcnet may have written what lcnet reads as its own."""
    user = getattr(os, "geteuid", None)
    if user is None:  # no POSIX ownership (Windows): the user's profile protects it
        return
    if not directory and not stat.S_ISREG(status.st_mode):
        raise Refused(f"the cache file {path} is not a regular file")
    if status.st_uid != user():
        raise Refused(f"{path} belongs to another user (uid {status.st_uid})")
    if status.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise Refused(f"{path} can be written by other users (mode {status.st_mode & 0o777:o})")


# ------------------------------------------------------------------- records as data


def _layout() -> list[list[str]]:
    """The record types' fields: a cache written by other code is not read."""
    return [[f.name for f in fields(kind)] for kind in _TYPES.values()]


def _encoded(records: StoreRecords) -> tuple[dict[str, list[int]], bytes]:
    """Each kind of record's columns, one JSON text after the other, and where each
    kind's text starts and ends."""
    spans: dict[str, list[int]] = {}
    parts: list[bytes] = []
    size = 0
    for kind, record_type in _TYPES.items():
        found = getattr(records, kind)
        part = _ascii_json(_columns(record_type, (found,) if kind == "info" else found))
        spans[kind] = [size, size + len(part)]
        parts.append(part)
        size += len(part)
    return spans, b"".join(parts)


def _columns(kind: type, records: Sequence[object]) -> list[list[Any]]:
    """The records' fields, one list per field (dates as their canonical text)."""
    return [[_plain(getattr(record, name)) for record in records] for name in _layout_of(kind)[0]]


def _plain(value: object) -> object:
    if isinstance(value, PartialDate):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    return value


def _rebuilt(kind: type, columns: Sequence[list[Any]]) -> tuple[Any, ...]:
    """The records, set field by field as the validated originals were (no __init__ to
    run: they were validated when the cache was written). Each converted column is
    converted by one map() over it: every query rebuilds the whole store (#14)."""
    names, converters = _layout_of(kind)
    if len(columns) != len(names):
        raise ValueError(f"{kind.__name__}: {len(columns)} fields, expected {len(names)}")
    values = [
        column if convert is None else convert(column)
        for column, convert in zip(columns, converters, strict=True)
    ]
    new = object.__new__
    records: list[Any] = []
    append = records.append
    for row in zip(*values, strict=True):
        record: Any = new(kind)
        record.__dict__.update(zip(names, row, strict=False))  # widths checked above
        append(record)
    return tuple(records)


class _Body:
    """The records of a cache file, as lcnet.store.facts.StoreRecords asks for them."""

    def __init__(self, kinds: dict[str, _Kind]) -> None:
        self.kinds = kinds

    def records(self, kind: str) -> Any:
        rebuilt = self.kinds[kind].records()
        return rebuilt[0] if kind == "info" else rebuilt

    def by_id(self, kind: str) -> Mapping[str, Any]:
        return self.kinds[kind].by_id()

    def where(self, kind: str, field: str, value: object) -> list[Any]:
        return self.kinds[kind].where(field, value)


class _Kind:
    """One kind of record in a cache file: its text parsed when first needed, its
    records rebuilt all at once or one by one (by id), the same objects either way."""

    def __init__(self, record_type: type, text: bytes) -> None:
        self.record_type = record_type
        self.text = text
        self.parsed: list[list[Any]] | None = None
        self.built: dict[int, Any] = {}
        self.all: tuple[Any, ...] | None = None
        self.groups: dict[str, dict[Any, list[int]]] = {}

    def columns(self) -> list[list[Any]]:
        if self.parsed is None:
            self.parsed = json.loads(self.text)
        return self.parsed

    def records(self) -> tuple[Any, ...]:
        if self.all is None:
            rebuilt = _rebuilt(self.record_type, self.columns())
            if self.built:  # records looked up by id already: keep those objects
                rebuilt = tuple(self.built.get(i, r) for i, r in enumerate(rebuilt))
            self.all = rebuilt
        return self.all

    def record(self, row: int) -> Any:
        if self.all is not None:
            return self.all[row]
        found = self.built.get(row)
        if found is None:
            columns = [[column[row]] for column in self.columns()]
            found = self.built[row] = _rebuilt(self.record_type, columns)[0]
        return found

    def by_id(self) -> Mapping[str, Any]:
        ids = self.column("id")
        return _ById({key: row for row, key in enumerate(ids)}, self.record)

    def where(self, field: str, value: object) -> list[Any]:
        groups = self.groups.get(field)
        if groups is None:
            groups = self.groups[field] = {}
            for row, key in enumerate(self.column(field)):
                groups.setdefault(key, []).append(row)
        return [self.record(row) for row in groups.get(value, [])]

    def column(self, field: str) -> list[Any]:
        """A field's values as the file holds them (plain JSON values)."""
        return self.columns()[_layout_of(self.record_type)[0].index(field)]


class _ById(Mapping[str, Any]):
    """Records by id, each built when first looked up."""

    def __init__(self, rows: dict[str, int], record: Callable[[int], Any]) -> None:
        self.rows = rows
        self.record = record

    def __getitem__(self, key: str) -> Any:
        return self.record(self.rows[key])

    def __contains__(self, key: object) -> bool:
        return key in self.rows

    def __iter__(self) -> Iterator[str]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


Converter = Callable[[list[Any]], list[Any]]
_LAYOUTS: dict[type, tuple[tuple[str, ...], tuple[Converter | None, ...]]] = {}


def _layout_of(kind: type) -> tuple[tuple[str, ...], tuple[Converter | None, ...]]:
    """A record type's field names, and how each field's JSON column becomes its values
    again (None: as it is)."""
    found = _LAYOUTS.get(kind)
    if found is None:
        items = fields(kind)
        found = _LAYOUTS[kind] = (
            tuple(f.name for f in items),
            tuple(_converter(str(f.type)) for f in items),
        )
    return found


def _converter(type_text: str) -> Converter | None:
    """How a field's JSON column becomes its values, from its annotation's text."""
    if "PartialDate" in type_text or "Departure" in type_text:
        return _dates
    for enum in _ENUMS:
        if enum.__name__ in type_text.split("|")[0].strip():
            members: dict[Any, Any] = {**enum._value2member_map_, None: None}
            return lambda column: list(map(members.__getitem__, column))
    if type_text.startswith("tuple"):
        return lambda column: list(map(tuple, column))
    return None


def _dates(column: list[Any]) -> list[Any]:
    """A column of dates (or the word of a departure at an unknown time): each distinct
    text read once."""
    read = {text: _date_or_word(text) for text in set(column)}
    return list(map(read.__getitem__, column))


def _date_or_word(text: str | None) -> PartialDate | str | None:
    if text is None or text == UNKNOWN:
        return text  # UNKNOWN: a departure known to have happened at an unknown time
    return PartialDate.written(text)
