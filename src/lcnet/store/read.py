"""Read the files of a fact store into validated records, reporting every problem."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from lcnet.dates import type_name
from lcnet.errors import InvalidStore, Problem
from lcnet.model import (
    City,
    Claim,
    CountryList,
    Intake,
    Resolution,
    Source,
    StoreInfo,
)
from lcnet.store.facts import StoreRecords
from lcnet.store.files import store_files
from lcnet.store.lines import KeyLines
from lcnet.store.records import RecordReader

STORE_FORMAT = 1
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_TOML_POSITION = re.compile(r"^(.*) \(at line (\d+), column (\d+)\)$")
_KNOWN_TOP = {"store.toml", "intakes.toml", "resolutions.toml"}


@dataclass
class _Collected:
    info: StoreInfo | None = None
    sources: list[Source] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    intakes: list[Intake] = field(default_factory=list)
    countries: list[CountryList] = field(default_factory=list)
    cities: list[City] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # ids written in the files, valid or not: a reference to an invalid record is not
    # reported again as a reference to a missing one
    seen: dict[str, set[str]] = field(
        default_factory=lambda: {"source": set(), "intake": set(), "city": set()}
    )
    key_lines: dict[str, KeyLines] = field(default_factory=dict)


def read_records(
    root: Path,
    display_root: str,
    today: date,
    overrides: Mapping[str, str] | None = None,
) -> StoreRecords:
    """Validate the store at `root`; raise InvalidStore with every problem found.

    `overrides` maps files (relative to `root`, like "sources/x.toml") to texts read in
    their place, new files included: the store is validated as it would be after a
    write, before anything is written.
    """
    from lcnet.store.checks import check_references

    collected = _Collected()
    if not (root / "store.toml").is_file():
        problem = Problem(display_root, 0, "not a fact store: it has no store.toml")
        raise InvalidStore([problem])
    texts = dict(overrides or {})
    paths = store_files(root)
    paths = paths + [root / name for name in texts if root / name not in paths]
    for path in paths:
        text = texts.get(path.relative_to(root).as_posix())
        _read_file(root, path, display_root, collected, text)
    records = StoreRecords(
        info=collected.info or StoreInfo(format=STORE_FORMAT),
        sources=tuple(collected.sources),
        claims=tuple(collected.claims),
        intakes=tuple(collected.intakes),
        countries=tuple(collected.countries),
        cities=tuple(collected.cities),
        resolutions=tuple(collected.resolutions),
    )
    problems = collected.problems + check_references(
        records, root, display_root, today, collected.seen, collected.key_lines
    )
    if problems:
        raise InvalidStore(problems)
    return records


def _read_file(
    root: Path, path: Path, display_root: str, collected: _Collected, text: str | None
) -> None:
    relative = path.relative_to(root).as_posix()
    display = f"{display_root}/{relative}"
    if text is None:
        text = _decode(path, display, collected)
    if text is None:
        return
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        collected.problems.append(_toml_problem(display, error, text))
        return
    except RecursionError:  # tomllib recurses into nested arrays and inline tables
        collected.problems.append(_too_deep(display, text))
        return
    collected.key_lines[relative] = KeyLines(text)
    reader = RecordReader(display, relative, collected.key_lines[relative])
    if not _shallow(data, reader):
        collected.problems.extend(reader.problems)
        return
    if "/" not in relative:
        _read_top_file(relative, data, reader, collected)
    elif relative.startswith("sources/"):
        _read_source_file(path.stem, data, reader, collected)
    else:
        _read_city_file(path.stem, data, reader, collected)
    collected.problems.extend(reader.problems)


def _decode(path: Path, display: str, collected: _Collected) -> str | None:
    try:
        data = path.read_bytes()
    except OSError as error:  # a directory, a dangling symlink, a loop, no permission
        reason = error.strerror or str(error)
        collected.problems.append(Problem(display, 1, f"cannot read the file: {reason}"))
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        byte = data[error.start]
        message = f"not UTF-8 text (byte 0x{byte:02x} at column {column}); save the file as UTF-8"
        collected.problems.append(Problem(display, line, message))
        return None


def _toml_problem(display: str, error: tomllib.TOMLDecodeError, text: str) -> Problem:
    match = _TOML_POSITION.match(str(error))
    if match is None:  # "(at end of document)": the last line
        return Problem(display, max(1, len(text.splitlines())), f"invalid TOML: {error}")
    reason, line, column = match.groups()
    return Problem(display, int(line), f"invalid TOML: {reason} (column {column})")


def _read_top_file(
    name: str, data: dict[str, Any], reader: RecordReader, collected: _Collected
) -> None:
    if name not in _KNOWN_TOP:
        known = ", ".join(sorted(_KNOWN_TOP))
        reader.problem((), f"unknown file {name}: a store holds {known}, sources/ and cities/")
        return
    if name == "store.toml":
        _only_tables(data, {"store"}, reader)
        info = reader.read(StoreInfo, data.get("store", {}), ("store",), "[store]")
        if info is not None and info.format > STORE_FORMAT:
            reader.problem(
                ("store", "format"),
                f"store format {info.format} is newer than this lcnet reads "
                f"({STORE_FORMAT}); upgrade lcnet",
            )
        collected.info = info
    elif name == "intakes.toml":
        _only_tables(data, {"intake"}, reader)
        for index, table in _array(data, "intake", reader):
            _see(collected, "intake", table.get("id") if isinstance(table, dict) else None)
            label = f'[[intake]] "{table.get("id", index + 1)}"'
            intake = reader.read(Intake, table, ("intake", index), label)
            if intake is not None:
                collected.intakes.append(intake)
    else:
        _only_tables(data, {"resolution"}, reader)
        for index, table in _array(data, "resolution", reader):
            resolution = reader.read(Resolution, table, ("resolution", index), "[[resolution]]")
            if resolution is not None:
                collected.resolutions.append(resolution)


def _read_source_file(
    stem: str, data: dict[str, Any], reader: RecordReader, collected: _Collected
) -> None:
    if not _SLUG.match(stem):
        reader.problem(
            (), f'file name "{stem}" is not a source id: use lower-case letters, digits and "-"'
        )
        return
    collected.seen["source"].add(stem)
    _only_tables(data, {"source", "claim"}, reader)
    if "source" not in data:
        reader.problem((), "missing the [source] table")
        return
    source = reader.read(Source, data["source"], ("source",), "[source]", id=stem)
    if source is not None:
        collected.sources.append(source)
    for index, table in _array(data, "claim", reader):
        label = f'[[claim]] "{table.get("id", index + 1)}"'
        claim = reader.read(Claim, table, ("claim", index), label, source=stem)
        if claim is not None:
            collected.claims.append(claim)


def _read_city_file(
    stem: str, data: dict[str, Any], reader: RecordReader, collected: _Collected
) -> None:
    from lcnet.countries import is_country_code

    code = stem.upper()
    if stem != stem.lower() or not is_country_code(code):
        reader.problem(
            (),
            f'file name "{stem}" is not a country code: name the file after the '
            "country's ISO 3166-1 alpha-2 code in lower case (vn.toml)",
        )
        return
    top = {key: value for key, value in data.items() if key != "city"}
    country = reader.read(CountryList, top, (), f"cities/{stem}.toml", code=code)
    if country is None:
        return
    collected.countries.append(country)
    for index, table in _array(data, "city", reader):
        city_id = table.get("id") if isinstance(table, dict) else None
        _see(collected, "city", f"{stem}/{city_id}" if isinstance(city_id, str) else None)
        label = f'[[city]] "{table.get("id", index + 1)}"'
        city = reader.read(
            City, table, ("city", index), label, country=code, region=country.region
        )
        if city is not None:
            collected.cities.append(city)


def _only_tables(data: dict[str, Any], allowed: set[str], reader: RecordReader) -> None:
    for key in data:
        if key not in allowed:
            tables = " and ".join(f"[{name}]" for name in sorted(allowed))
            reader.problem((key,), f'unknown table or key "{key}": this file holds {tables}')


def _array(
    data: dict[str, Any], name: str, reader: RecordReader
) -> list[tuple[int, dict[str, Any]]]:
    value = data.get(name, [])
    if isinstance(value, dict):
        reader.problem((name,), f"write [[{name}]] (one per record), not [{name}]")
        return []
    if not isinstance(value, list):
        reader.problem((name,), f'"{name}" must be [[{name}]] tables, not {type_name(value)}')
        return []
    tables = []
    for index, item in enumerate(value):
        if isinstance(item, dict):
            tables.append((index, item))
        else:
            reader.problem(
                (name, index),
                f'"{name}" must be [[{name}]] tables; item {index + 1} is {type_name(item)}',
            )
    return tables


def _too_deep(display: str, text: str) -> Problem:
    """Arrays or inline tables nested too deeply for the TOML reader: at the line where
    the nesting passes what a fact file ever needs."""
    depth = 0
    for number, line in enumerate(text.splitlines(), start=1):
        for char in line:
            depth += (char in "[{") - (char in "]}")
            if depth > MAX_DEPTH:
                return Problem(display, number, _DEEP)
    return Problem(display, 1, _DEEP)


MAX_DEPTH = 16  # no fact file nests deeper than 3: a table, an array, its items
_DEEP = f"values nested more than {MAX_DEPTH} deep: a fact file holds tables of plain values"
INT_RANGE = range(-(2**63), 2**63)  # TOML's integers are 64-bit


def _shallow(data: dict[str, Any], reader: RecordReader) -> bool:
    """Whether the data is nested no deeper than MAX_DEPTH (a problem at the offending
    key if not); integers TOML does not allow are reported on the way. Walked without
    recursion: what follows may recurse into what passes."""
    if _plainly_shallow(data, 0):
        return True
    pending: list[tuple[tuple[str | int, ...], object]] = [((), data)]
    while pending:
        path, value = pending.pop()
        if len(path) > MAX_DEPTH:
            reader.problem(path[:3], _DEEP)
            return False
        if isinstance(value, dict):
            pending.extend(((*path, key), item) for key, item in value.items())
        elif isinstance(value, list):
            pending.extend(((*path, index), item) for index, item in enumerate(value))
        elif isinstance(value, int) and not isinstance(value, bool) and value not in INT_RANGE:
            key = next((part for part in reversed(path) if isinstance(part, str)), "value")
            reader.problem(path, f'"{key}" is {value}: larger than TOML allows (64 bits)')
    return True


def _plainly_shallow(value: dict[str, Any] | list[Any], depth: int) -> bool:
    """A quick yes for `_shallow` (no path built per value: that walk was a tenth of
    reading a large store): nesting well within MAX_DEPTH, every integer in range. No
    means only that `_shallow` walks the data to say what is wrong; recursion stops at
    MAX_DEPTH."""
    if depth >= MAX_DEPTH:
        return False
    for item in value.values() if isinstance(value, dict) else value:
        if isinstance(item, dict | list):
            if not _plainly_shallow(item, depth + 1):
                return False
        elif isinstance(item, int) and item not in INT_RANGE:
            return False
    return True


def _see(collected: _Collected, kind: str, name: object) -> None:
    if isinstance(name, str):
        collected.seen[kind].add(name)
