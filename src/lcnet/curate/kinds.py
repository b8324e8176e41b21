"""The kinds of file in a store: the tables each holds, and the schema that describes it."""

from __future__ import annotations

import functools
from enum import StrEnum
from typing import NamedTuple

SCHEMA_FOLDER = "schema"


class FileKind(StrEnum):
    STORE = "store"
    INTAKES = "intakes"
    RESOLUTIONS = "resolutions"
    SOURCES = "sources"
    CITIES = "cities"

    @property
    def schema_file(self) -> str:
        return f"{self.value}.schema.json"

    @property
    def tables(self) -> tuple[TableShape, ...]:
        return _tables()[self]


class TableShape(NamedTuple):
    """One kind of table in a file; `name` None stands for the file's top-level keys."""

    name: str | None
    record: type
    array: bool
    required: bool = False


@functools.cache
def _tables() -> dict[FileKind, tuple[TableShape, ...]]:
    """What each kind of file holds (the records' module is imported on first use: the
    command line names the kinds in `lcnet schema`'s help without loading it)."""
    from lcnet.model import City, Claim, CountryList, Intake, Resolution, Source, StoreInfo

    return {
        FileKind.STORE: (TableShape("store", StoreInfo, array=False, required=True),),
        FileKind.INTAKES: (TableShape("intake", Intake, array=True),),
        FileKind.RESOLUTIONS: (TableShape("resolution", Resolution, array=True),),
        FileKind.SOURCES: (
            TableShape("source", Source, array=False, required=True),
            TableShape("claim", Claim, array=True),
        ),
        FileKind.CITIES: (
            TableShape(None, CountryList, array=False, required=True),
            TableShape("city", City, array=True),
        ),
    }


def file_kind(relative: str) -> FileKind:
    """The kind of a store file, from its path relative to the store ("sources/x.toml")."""
    if relative.startswith("sources/"):
        return FileKind.SOURCES
    if relative.startswith("cities/"):
        return FileKind.CITIES
    return FileKind(relative.removesuffix(".toml"))


def schema_directive(relative: str) -> str:
    """The first line that points TOML editors (Taplo) at the file's schema."""
    up = "../" if "/" in relative else "./"
    return f"#:schema {up}{SCHEMA_FOLDER}/{file_kind(relative).schema_file}"
