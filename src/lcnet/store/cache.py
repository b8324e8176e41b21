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
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import zlib
from collections.abc import Callable, Sequence
from dataclasses import fields
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any, NamedTuple

from lcnet.countries import CountryIndex
from lcnet.dates import PartialDate
from lcnet.model import (
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
from lcnet.store.facts import StoreRecords
from lcnet.version import __version__

FORMAT = 2
RACY_NS = 2_000_000_000  # a change this close to the cache's writing is checked by content
KEEP = 16  # cache files kept in the directory, the most recently written
STALE_NS = 30 * 24 * 3600 * 10**9  # older than the newest by this much: pruned
_SECTIONS: tuple[tuple[str, type], ...] = (
    ("sources", Source),
    ("claims", Claim),
    ("intakes", Intake),
    ("countries", CountryList),
    ("cities", City),
    ("resolutions", Resolution),
)
_ENUMS: tuple[type[Enum], ...] = (Metric, Qualifier, SourceKind, Region, IntakeKind)


class Cached(NamedTuple):
    records: StoreRecords
    countries: CountryIndex


class FileKey(NamedTuple):
    name: str  # relative to the store's root
    size: int
    inode: int
    modified: int  # st_mtime_ns
    changed: int  # st_ctime_ns


class Refused(Exception):
    """The cache location is not safe to use: the reason, for a note."""


# ----------------------------------------------------------------------------- the key


def file_keys(root: Path) -> list[FileKey] | None:
    """The key of every .toml file of the store, or None when one cannot be read (a
    dangling symlink, a loop): the store is then read, and the problem reported."""
    from lcnet.store.files import FOLDERS

    keys = []
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
            keys.append(
                FileKey(
                    prefix + entry.name,
                    status.st_size,
                    status.st_ino,
                    status.st_mtime_ns,
                    status.st_ctime_ns,
                )
            )
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


def read_cache(cache_dir: Path, root: Path, keys: list[FileKey], today: date) -> Cached | None:
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
    try:
        data = json.loads(raw)
        return _matching(data, root, keys, today, status.st_mtime_ns)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None  # damaged, or written by another version of lcnet


def write_cache(
    cache_dir: Path, root: Path, keys: list[FileKey], today: date, cached: Cached
) -> None:
    """Best effort: a cache that cannot be written is simply not used."""
    from lcnet.atomic import write_atomic

    checksums = [_checksum(root, key.name) for key in keys]
    document = {
        "format": FORMAT,
        "lcnet": __version__,
        "root": str(root.resolve()),
        "layout": _layout(),
        "validated_for": today.isoformat(),
        "files": [[*key, checksum] for key, checksum in zip(keys, checksums, strict=True)],
        "records": _encoded(cached.records),
        "countries": [cached.countries.by_name, cached.countries.display],
    }
    data = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with contextlib.suppress(OSError, Refused):
        cache_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        _check_directory(cache_dir)
        path = cache_path(cache_dir, root)
        write_atomic(path, data, mode=0o600)
        _prune(cache_dir, path)


def _matching(
    data: dict[str, Any], root: Path, keys: list[FileKey], today: date, written_ns: int
) -> Cached | None:
    if (data["format"], data["lcnet"], data["root"]) != (FORMAT, __version__, str(root.resolve())):
        return None
    if data["layout"] != _layout() or date.fromisoformat(data["validated_for"]) > today:
        return None
    stored = data["files"]
    if [FileKey(*entry[:5]) for entry in stored] != keys:
        return None
    for entry in stored:  # changed within a clock tick of the cache: compare the content
        if entry[4] >= written_ns - RACY_NS and _checksum(root, entry[0]) != entry[5]:
            return None
    by_name, display = data["countries"]
    return Cached(_decoded(data["records"]), CountryIndex(dict(by_name), dict(display)))


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
    return [[f.name for f in fields(kind)] for kind in (StoreInfo, *(k for _, k in _SECTIONS))]


def _encoded(records: StoreRecords) -> dict[str, Any]:
    encoded: dict[str, Any] = {"info": _record(records.info)}
    for name, _ in _SECTIONS:
        encoded[name] = [_record(item) for item in getattr(records, name)]
    return encoded


def _record(record: object) -> list[Any]:
    return [_plain(getattr(record, f.name)) for f in fields(record)]  # type: ignore[arg-type]


def _plain(value: object) -> object:
    if isinstance(value, PartialDate):
        return [value.year, value.month, value.day]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return value


def _decoded(data: dict[str, Any]) -> StoreRecords:
    sections = {name: _rebuilt(kind, data[name]) for name, kind in _SECTIONS}
    (info,) = _rebuilt(StoreInfo, (data["info"],))
    return StoreRecords(info=info, **sections)


def _rebuilt(kind: type, rows: Sequence[Sequence[Any]]) -> tuple[Any, ...]:
    """The records, set field by field as the validated originals were (no __init__ to
    run: they were validated when the cache was written). One loop per record type:
    every query rebuilds the whole store (#14)."""
    names, converted = _layout_of(kind)
    width = len(names)
    new = object.__new__
    records: list[Any] = []
    for row in rows:
        if len(row) != width:
            raise ValueError(f"{kind.__name__}: {len(row)} fields, expected {width}")
        record: Any = new(kind)
        values = record.__dict__
        values.update(zip(names, row, strict=False))  # width checked above; runs in C
        for name, convert in converted:
            value = values[name]
            if value is not None:
                values[name] = convert(value)
        records.append(record)
    return tuple(records)


_LAYOUTS: dict[type, tuple[tuple[str, ...], tuple[tuple[str, Callable[[Any], Any]], ...]]] = {}


def _layout_of(
    kind: type,
) -> tuple[tuple[str, ...], tuple[tuple[str, Callable[[Any], Any]], ...]]:
    """A record type's field names, and the fields whose JSON value needs converting."""
    found = _LAYOUTS.get(kind)
    if found is None:
        names = tuple(f.name for f in fields(kind))
        converted = tuple(
            (f.name, convert) for f in fields(kind) if (convert := _converter(str(f.type)))
        )
        found = _LAYOUTS[kind] = (names, converted)
    return found


def _converter(type_text: str) -> Callable[[Any], Any] | None:
    """How a field's JSON value becomes its value again, from its annotation's text."""
    if "PartialDate" in type_text or "Departure" in type_text:
        return _date_or_word
    for enum in _ENUMS:
        if enum.__name__ in type_text.split("|")[0].strip():
            return enum._value2member_map_.__getitem__  # Enum(value), several times faster
    if type_text.startswith("tuple"):
        return tuple
    return None


def _date_or_word(value: Any) -> PartialDate | str:
    if isinstance(value, str):
        return value  # a departure known to have happened at an unknown time
    year, month, day = value
    return PartialDate(year, month, day)
