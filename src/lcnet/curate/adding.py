"""New records for the store (lcnet add): where each goes, its text, and the check before
it is written.

A record is appended to its file as text, so the rest of the file stays byte for byte as
it was, comments included; the new record is written in canonical form. Before anything
is written, the whole store is validated as it would be with the new text.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import NamedTuple

from lcnet.curate.document import Block, Document
from lcnet.curate.formatting import record_block
from lcnet.curate.kinds import schema_directive
from lcnet.curate.tomltext import comment_line
from lcnet.errors import InvalidStore, Problem, UsageError
from lcnet.exitcodes import ExitCode
from lcnet.model import City, Claim, CountryList, Source
from lcnet.text import fold

_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class Addition(NamedTuple):
    """A record to add: the file it goes to, that file's new text, and where it starts."""

    relative: str  # the file, relative to the store
    text: str
    line: int  # the line of the record's header in `text`
    record: str  # what it is, for messages: 'claim "unesco-2024-02-14#total"'
    added: str = ""  # for records appended to a file: the text appended
    notice: str = ""  # what else changed in the file, for the curator


class RecordRefused(InvalidStore):
    """The store would not validate with the new record: nothing is written."""

    exit_code = ExitCode.USAGE

    def __init__(self, problems: list[Problem], record: str) -> None:
        super().__init__(problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        self.message = f"the {record} was not added ({count} {noun}); nothing was written"


def slug(text: str) -> str:
    """An id made from a name: "Huế" -> "hue", "Ho Chi Minh City" -> "ho-chi-minh-city";
    a name in another script by transliteration: "Київ" -> "kiiv", "北京" -> "beijing"."""
    if any(char.isalpha() and not fold(char) for char in text):  # a letter fold drops
        from anyascii import anyascii

        text = anyascii(text)
    return fold(text).replace(" ", "-")


def source_file(source_id: str) -> str:
    return f"sources/{source_id}.toml"


def country_file(code: str) -> str:
    return f"cities/{code.lower()}.toml"


# ------------------------------------------------------------------------------ planning


def new_source(
    root: Path, display_root: str, source_id: str, values: dict[str, object]
) -> Addition:
    if not _SLUG.match(source_id):
        raise UsageError(
            f'--id {source_id}: "{source_id}" is not a source id: use lower-case letters, '
            'digits and "-" (e.g. vnexpress-2025-12-05)'
        )
    relative = source_file(source_id)
    if (root / relative).exists():
        raise UsageError(f'source "{source_id}" already exists: {display_root}/{relative}')
    document = Document([record_block("source", False, Source, values)])
    return _new_file(relative, document, "[source]", f'source "{source_id}"')


def new_claim(root: Path, source_id: str, values: dict[str, object]) -> Addition:
    return new_claims(root, source_id, [(values, [])])


def require_source(root: Path, source_id: str) -> str:
    """The source's file, relative to the store; a UsageError with a hint if it has none."""
    relative = source_file(source_id)
    if not _SLUG.match(source_id) or not (root / relative).is_file():
        known = sorted(path.stem for path in (root / "sources").glob("*.toml"))
        raise UsageError(
            f'--source {source_id}: unknown source "{source_id}"{_hint(source_id, known)}'
        )
    return relative


def recorded_claims(root: Path, source_id: str) -> list[dict[str, object]]:
    """The claim tables already in the source's file, as written."""
    relative = require_source(root, source_id)
    return _tables((root / relative).read_text(encoding="utf-8"), "claim")


def new_claims(
    root: Path, source_id: str, claims: list[tuple[dict[str, object], list[str]]]
) -> Addition:
    """Claims appended to their source's file, each with comment lines above its id; a
    claim without an id gets one made from its metric."""
    relative = require_source(root, source_id)
    old = (root / relative).read_text(encoding="utf-8")
    taken = {table.get("id") for table in _tables(old, "claim")}
    blocks = []
    for values, comments in claims:
        if values.get("id") is None:
            base = slug(str(values.get("metric", "claim")))
            values = {**values, "id": _free_id(base, taken)}
        taken.add(values["id"])
        block = record_block("claim", True, Claim, values)
        block.comments[:0] = [comment_line(line) for line in comments]
        blocks.append(block)
    ids = [str(block.entries[0].value) for block in blocks if block.entries]
    noun = "claim" if len(ids) == 1 else "claims"
    record = f'{noun} "' + '", "'.join(f"{source_id}#{i}" for i in ids) + '"'
    return _appended(relative, old, blocks, record)


def new_city(
    root: Path,
    display_root: str,
    code: str,
    region: str | None,
    values: dict[str, object],
    today: date | None = None,
) -> Addition:
    """A city appended to its country's file (made when it is the first). A country
    marked complete stays so only when one of the city's sources counts the country's
    new number of members; otherwise the mark goes, with a note saying why."""
    relative = country_file(code)
    if values.get("id") is None:
        values = {**values, "id": _city_id(str(values.get("name", "")))}
    label = f'city "{code.lower()}/{values["id"]}"'
    block = record_block("city", True, City, values)
    path = root / relative
    if path.is_file():
        old = path.read_text(encoding="utf-8")
        _same_region(old, region, f"{display_root}/{relative}")
        addition = _appended(relative, old, block, label)
        addition = _keep_or_drop_complete(root, code, addition, values, today)
        return _keep_or_drop_complete_intake(root, code, addition, values, today)
    if region is None:
        raise UsageError(
            f"--region is needed: {display_root}/{relative} does not exist yet, and a "
            "country's file starts with its UNESCO region"
        )
    top = record_block(None, False, CountryList, {"region": region})
    return _new_file(relative, Document([top, block]), "[[city]]", label)


def _keep_or_drop_complete(
    root: Path, code: str, addition: Addition, values: dict[str, object], today: date | None
) -> Addition:
    from lcnet.curate.completeness import drop_complete, new_count_is_sourced

    try:
        data = tomllib.loads(addition.text)
    except tomllib.TOMLDecodeError:
        return addition  # validation reports it
    if data.get("complete") is not True:
        return addition
    members = [c for c in data.get("city", []) if isinstance(c, dict) and "left" not in c]
    sources = [str(s) for s in values.get("sources") or []]  # type: ignore[attr-defined]
    if new_count_is_sourced(root, sources, code, len(members)):
        return addition
    name = str(values.get("name", values["id"]))
    when = f" on {today.isoformat()}" if today is not None else ""
    reason = (
        f"No longer marked complete: {name} was added{when} without a source for the "
        f"new count of {len(members)} members."
    )
    text, line = drop_complete(addition.text, reason, addition.line)
    notice = f"{addition.relative} is no longer marked complete; its note says why"
    return addition._replace(text=text, line=line, notice=notice)


def _keep_or_drop_complete_intake(
    root: Path, code: str, addition: Addition, values: dict[str, object], today: date | None
) -> Addition:
    """A city added with an intake the file lists in full (`complete_intakes`): the
    intake stays listed only when one of the city's sources counts the country's new
    cities of that intake with the new number; otherwise it goes, with a note."""
    from lcnet.curate.completeness import drop_complete_intake, new_admissions_are_sourced

    intake = values.get("intake")
    try:
        data = tomllib.loads(addition.text)
    except tomllib.TOMLDecodeError:
        return addition  # validation reports it
    listed = data.get("complete_intakes")
    if not isinstance(intake, str) or not isinstance(listed, list) or intake not in listed:
        return addition
    cities = [c for c in data.get("city", []) if isinstance(c, dict)]
    admitted = sum(1 for c in cities if intake in (c.get("intake"), c.get("readmitted")))
    sources = [str(s) for s in values.get("sources") or []]  # type: ignore[attr-defined]
    if new_admissions_are_sourced(root, sources, code, intake, admitted):
        return addition
    name = str(values.get("name", values["id"]))
    when = f" on {today.isoformat()}" if today is not None else ""
    reason = (
        f"Intake {intake} no longer listed as complete: {name} was added{when} without a "
        f"source for the new count of {admitted} cities of that intake."
    )
    text, line = drop_complete_intake(addition.text, intake, reason, addition.line)
    notice = f"{addition.relative} no longer lists intake {intake} as complete; its note says why"
    notice = f"{addition.notice}; {notice}" if addition.notice else notice
    return addition._replace(text=text, line=line, notice=notice)


def _new_file(relative: str, document: Document, header: str, record: str) -> Addition:
    text = document.render(schema_directive(relative))
    return Addition(relative, text, text.splitlines().index(header) + 1, record)


def _appended(relative: str, old: str, blocks: Block | list[Block], record: str) -> Addition:
    """The file with the blocks added at its end (where its array of tables ends too)."""
    kept = old.rstrip("\r\n")
    prefix = kept + "\n\n" if kept else ""
    added = blocks if isinstance(blocks, list) else [blocks]
    appended = "\n\n".join("\n".join(block.lines()) for block in added) + "\n"
    header = prefix.count("\n") + 1 + len(added[0].comments)  # the first record's header
    return Addition(relative, prefix + appended, header, record, appended)


def _tables(text: str, name: str) -> list[dict[str, object]]:
    try:
        tables = tomllib.loads(text).get(name, [])
    except tomllib.TOMLDecodeError:
        return []  # validation reports it
    return (
        [table for table in tables if isinstance(table, dict)] if isinstance(tables, list) else []
    )


def _free_id(base: str, taken: set[object]) -> str:
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def _city_id(name: str) -> str:
    made = slug(name)
    if not made:
        raise UsageError(f"--name {name}: no id can be made from this name; give --id")
    return made


def _same_region(text: str, region: str | None, display: str) -> None:
    try:
        written = tomllib.loads(text).get("region")
    except tomllib.TOMLDecodeError:
        return  # validation reports it
    if region is not None and written != region:
        raise UsageError(f'--region {region}: {display} gives the region "{written}"')


def _hint(given: str, options: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(given, options, n=1, cutoff=0.6)
    return f'; did you mean "{close[0]}"?' if close else ""


# ------------------------------------------------------------------------------- writing


def add_record(
    root: Path, display_root: str, today: date, plan: Callable[[], Addition]
) -> Addition:
    """Under the store's lock: plan the addition, validate the store with it, write it."""
    from lcnet.curate.writing import store_lock, write_store_file

    with store_lock(root, display_root):
        addition = plan()
        check_addition(root, display_root, today, addition)
        write_store_file(root, display_root, addition.relative, addition.text)
    return addition


def check_addition(root: Path, display_root: str, today: date, addition: Addition) -> None:
    """Raise RecordRefused with the problems the record brings, or InvalidStore with the
    store's own when it was not valid to begin with."""
    from lcnet.store.read import read_records

    try:
        read_records(root, display_root, today, overrides={addition.relative: addition.text})
    except InvalidStore as refused:
        read_records(root, display_root, today)
        raise RecordRefused(refused.problems, addition.record) from None
