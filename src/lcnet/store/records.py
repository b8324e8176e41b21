"""Turn one TOML table into one record, or into problems that name their line.

This is the only module that uses pydantic to validate records. Each record is validated
on its own, so that one run reports every problem of every record.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import fields
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from lcnet.dates import type_name
from lcnet.errors import Problem
from lcnet.model import IntakeKind, Metric, Qualifier, Region, SourceKind, derived_fields
from lcnet.store.lines import KeyLines, Path

R = TypeVar("R")

_ENUM_NAMES: dict[frozenset[str], str] = {
    frozenset(m.value for m in Metric): "metric",
    frozenset(q.value for q in Qualifier): "qualifier",
    frozenset(k.value for k in SourceKind): "source kind",
    frozenset(r.value for r in Region): "region",
    frozenset(k.value for k in IntakeKind): "intake kind",
}


_ADAPTERS: dict[type, TypeAdapter[Any]] = {}


def _adapter(record_type: type[R]) -> TypeAdapter[R]:
    """One TypeAdapter per record type: building one costs more than using it."""
    if record_type not in _ADAPTERS:
        _ADAPTERS[record_type] = TypeAdapter(record_type)
    adapter: TypeAdapter[R] = _ADAPTERS[record_type]
    return adapter


def file_fields(record_type: type) -> list[str]:
    """The fields a person writes in a file for this record type."""
    hidden = derived_fields(record_type)
    return [f.name for f in fields(record_type) if f.name not in hidden]


_DERIVED: dict[type, frozenset[str]] = {}


def _derived(record_type: type) -> frozenset[str]:
    """derived_fields, once per type (it walks the dataclass fields: per record and
    key it was a fifth of reading a large store)."""
    found = _DERIVED.get(record_type)
    if found is None:
        found = _DERIVED[record_type] = derived_fields(record_type)
    return found


class RecordReader:
    """Reads the records of one file, collecting problems instead of stopping."""

    def __init__(self, display_path: str, file: str, lines: KeyLines) -> None:
        self.display_path = display_path
        self.file = file
        self.lines = lines
        self.problems: list[Problem] = []

    def problem(self, path: Path, message: str) -> None:
        self.problems.append(Problem(self.display_path, self.lines.line_of(path), message))

    def read(
        self, record_type: type[R], data: Any, path: Path, label: str, **derived: Any
    ) -> R | None:
        """Validate `data` (the table at `path`) as a `record_type`, or report why not."""
        if not isinstance(data, dict):
            self.problem(path, f"{label} must be a table, not {type_name(data)}")
            return None
        hidden = _derived(record_type)
        written = [key for key in data if key in hidden]
        for key in written:
            self.problem(
                (*path, key), f'{label}: "{key}" is not written in the file; lcnet sets it'
            )
        if written:
            return None
        line = self.lines.line_of(path)
        values = {**data, **derived, "file": self.file, "line": line}
        try:
            record: R = _adapter(record_type).validate_python(values)
            return record
        except ValidationError as error:
            reported: set[object] = set()
            for detail in error.errors():
                loc = tuple(detail["loc"])
                reported.add(loc[0] if loc else "")
                self.problem((*path, *loc), _message(detail, loc, label, record_type))
            self._field_rules(record_type, data, path, reported)
            return None

    def _field_rules(
        self, record_type: type, data: dict[str, Any], path: Path, reported: set[object]
    ) -> None:
        """Apply to an invalid record the single-field rules that the cross-record checks
        apply to valid ones, so that a record reports all its problems at once."""
        for name, rule in _FIELD_RULES.get(record_type.__name__, ()):
            value = data.get(name)
            if name in reported or not isinstance(value, str):
                continue
            problem = rule(value)
            if problem:
                self.problem((*path, name), problem)


def _language(code: str) -> str | None:
    from lcnet.languages import language_problem

    problem = language_problem(code)
    return f'"language": {problem}' if problem else None


def _script(code: str) -> str | None:
    from lcnet.languages import script_problem

    problem = script_problem(code)
    return f'"script": {problem}' if problem else None


def _country(code: str) -> str | None:
    from lcnet.countries import country_code_problem

    problem = country_code_problem(code)
    return f'"country": {problem}' if problem else None


MAX_PHRASE_WORDS = 12


def phrase_problem(phrase: str) -> str | None:
    """Why `phrase` is more than a figure phrase (the message), or None."""
    words = len(phrase.split())
    if words <= MAX_PHRASE_WORDS:
        return None
    limit = MAX_PHRASE_WORDS
    return f'"phrase" has {words} words; quote at most {limit} (the figure phrase only)'


FieldRule = Callable[[str], "str | None"]
# by record type name: the model's types are dataclasses and their names are stable
_FIELD_RULES: dict[str, tuple[tuple[str, FieldRule], ...]] = {
    "Source": (("language", _language),),
    "Claim": (("country", _country), ("phrase", phrase_problem)),
    "City": (("script", _script),),
}


def _message(detail: Any, loc: tuple[str | int, ...], label: str, record_type: type) -> str:
    kind = detail["type"]
    name = _field_name(loc)
    given = detail.get("input")
    if kind == "unexpected_keyword_argument":
        return f'unknown field "{name}" in {label}' + _did_you_mean(
            str(loc[-1]), file_fields(record_type)
        )
    if kind in ("missing", "missing_argument"):
        return f'{label} is missing the required field "{name}"'
    if kind == "enum":
        return _enum_message(name, given, detail)
    if kind == "value_error":
        text = str(detail["msg"]).removeprefix("Value error, ")
        return f'"{name}": {text}'
    expected = _EXPECTED.get(kind)
    if expected is not None:
        return f'"{name}" must be {expected}, not {type_name(given)} ({_show(given)})'
    if kind == "greater_than_equal":
        return f'"{name}" must be 0 or more, not {given}'
    if kind == "string_too_short":
        return f'"{name}" must not be empty'
    if kind == "string_pattern_mismatch":
        return f'"{name}": {_pattern_message(str(detail["ctx"]["pattern"]), given)}'
    return f'"{name}": {detail["msg"]}'


_EXPECTED = {
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "string_type": "a string",
    "bool_type": "true or false",
    "tuple_type": "an array",
    "list_type": "an array",
    "dataclass_type": "a table",
    "dataclass_exact_type": "a table",
}


def _pattern_message(pattern: str, given: object) -> str:
    if pattern.startswith("^[a-z0-9]"):
        return f'"{given}" is not an id: use lower-case letters, digits and "-"'
    if pattern.startswith("^https?"):
        return f'"{given}" is not a web address (http:// or https://)'
    return "must not contain control characters"


def _enum_message(name: str, given: object, detail: Any) -> str:
    expected = str(detail.get("ctx", {}).get("expected", ""))
    options = [part.strip().strip("'") for part in expected.replace(" or ", ",").split(",")]
    options = [o for o in options if o]
    noun = _ENUM_NAMES.get(frozenset(options), name)
    hint = _did_you_mean(str(given), options) or f" (expected one of: {', '.join(options)})"
    return f'unknown {noun} "{given}"{hint}'


def _did_you_mean(given: str, options: list[str]) -> str:
    close = difflib.get_close_matches(given, options, n=1, cutoff=0.6)
    return f'; did you mean "{close[0]}"?' if close else ""


def did_you_mean(given: str, options: list[str]) -> str:
    """'; did you mean "x"?' for the option closest to `given`, or ''."""
    return _did_you_mean(given, options)


def _field_name(loc: tuple[str | int, ...]) -> str:
    name = ""
    for part in loc:
        if isinstance(part, int):
            name += f"[{part}]"
        else:
            name += f".{part}" if name else part
    return name or "record"


def _show(value: object) -> str:
    text = repr(value) if not isinstance(value, str) else f'"{value}"'
    if isinstance(value, bool):
        text = "true" if value else "false"
    return text if len(text) <= 40 else text[:37] + "..."
