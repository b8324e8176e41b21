"""The canonical form of the values in fact files: key order, defaults, dates, numbers.

The rules, which `lcnet fmt` applies and `lcnet add` writes in:

- keys in the order of the examples in facts/README.md (KEY_ORDER); a field that the
  table does not name yet goes right after the field it follows in the model;
- a value equal to the field's default (`qualifier = "exact"`, `kind = "intake"`,
  `complete = false`, `uncertain = []`) is left out, unless a comment is attached to it;
- dates are quoted strings in their canonical form (`2025-12-04` -> `"2025-12-04"`);
- strings are double-quoted basic strings on one line, with TOML's escapes;
- whole numbers of 10_000 and more are grouped by thousands with `_` (`390_000_000`),
  smaller ones are not (a year stays `2016`).
"""

from __future__ import annotations

import typing
from dataclasses import MISSING, Field, fields
from datetime import date
from functools import cache

from lcnet.dates import DateError, PartialDate
from lcnet.model import (
    UNKNOWN,
    City,
    Claim,
    CountryList,
    Intake,
    Resolution,
    Source,
    StoreInfo,
    derived_fields,
)

KEY_ORDER: dict[type, tuple[str, ...]] = {
    StoreInfo: ("format", "name", "note"),
    Source: (
        "publisher",
        "title",
        "url",
        "language",
        "kind",
        "published",
        "retrieved",
        "copies",
        "supersedes",
        "uncertain",
        "note",
    ),
    Claim: (
        "id",
        "metric",
        "value",
        "qualifier",
        "phrase",
        "as_of",
        "country",
        "region",
        "city",
        "intake",
        "note",
        "uncertain",
    ),
    Intake: (
        "id",
        "kind",
        "date",
        "source",
        "new_cities",
        "new_countries",
        "first_time_countries",
        "new_capitals",
        "total_cities",
        "total_countries",
        "corrects",
        "uncertain",
        "note",
    ),
    CountryList: ("region", "complete", "anchors", "complete_intakes", "note"),
    City: (
        "id",
        "name",
        "local_name",
        "script",
        "other_names",
        "subdivision",
        "intake",
        "announced_by",
        "joined",
        "left",
        "left_by",
        "readmitted",
        "sources",
        "note",
        "uncertain",
    ),
    Resolution: ("finding", "reason", "reviewed", "until"),
}

GROUP_FROM = 10_000  # smallest whole number written with "_" separators


def file_fields(record: type) -> list[str]:
    """The fields a person writes in a file, in the model's order."""
    hidden = derived_fields(record)
    return [f.name for f in fields(record) if f.name not in hidden]


@cache
def key_order(record: type) -> tuple[str, ...]:
    """The canonical order of a record's keys (KEY_ORDER, completed from the model)."""
    model = file_fields(record)
    order = [name for name in KEY_ORDER.get(record, ()) if name in model]
    for index, name in enumerate(model):
        if name not in order:
            before = model[index - 1] if index else None
            order.insert(order.index(before) + 1 if before in order else len(order), name)
    return tuple(order)


def key_rank(record: type, key: str) -> int:
    """Where `key` goes among the record's keys; unknown keys go last."""
    order = key_order(record)
    return order.index(key) if key in order else len(order)


@cache
def date_fields(record: type) -> frozenset[str]:
    """Fields that hold a date (PartialDate, possibly "unknown")."""
    hints = typing.get_type_hints(record)
    return frozenset(
        name
        for name, hint in hints.items()
        if hint is PartialDate or PartialDate in typing.get_args(hint)
    )


def canonical_value(record: type, key: str, value: object) -> object:
    """The value as the canonical form writes it: dates as canonical strings."""
    if isinstance(value, date):  # an unquoted TOML date or date-time
        return str(PartialDate.of(value))
    if isinstance(value, str) and key in date_fields(record) and value.strip() != UNKNOWN:
        try:
            return str(PartialDate.parse(value))
        except DateError:
            return value  # left for validation to report
    if isinstance(value, list | tuple):
        return [canonical_value(record, key, item) for item in value]
    return value


def is_default(record: type, key: str, value: object) -> bool:
    """True when writing `key = value` says nothing the model does not already assume."""
    found = _fields(record).get(key)
    if found is None:
        return False
    if found.default is not MISSING:
        default: object = found.default
    elif found.default_factory is not MISSING:
        default = found.default_factory()
    else:
        return False
    if isinstance(value, list | tuple) and isinstance(default, list | tuple):
        return list(value) == list(default)
    if isinstance(value, bool) or isinstance(default, bool):  # 0 is not false here
        return type(value) is type(default) and value == default
    return value == default  # a string equals its StrEnum default


@cache
def _fields(record: type) -> dict[str, Field[object]]:
    return {f.name: f for f in fields(record)}
