"""JSON Schemas of the fact files, generated from the records with pydantic.

One schema per kind of file. They are self-contained (no "$ref": each record is written
out where it is used) and use only keywords that every JSON Schema draft from 4 on reads
alike, because Taplo, the TOML editor tooling, documents Draft 4 support.
"""

from __future__ import annotations

import json
from typing import Any

from lcnet.curate.canonical import key_order
from lcnet.curate.fielddocs import field_docs, summary
from lcnet.curate.kinds import FileKind
from lcnet.model import derived_fields

DIALECT = "http://json-schema.org/draft-07/schema#"

FILE_DESCRIPTIONS = {
    FileKind.STORE: "store.toml: marks the directory as a fact store; its format version.",
    FileKind.INTAKES: "intakes.toml: every intake, milestone and correction, oldest first.",
    FileKind.RESOLUTIONS: "resolutions.toml: findings of lcnet check that a curator reviewed.",
    FileKind.SOURCES: (
        "sources/<id>.toml: one source document and the figures it states; the file name "
        "is the source's id."
    ),
    FileKind.CITIES: (
        "cities/<cc>.toml: the member cities of one country; the file name is the country's "
        "ISO 3166-1 alpha-2 code in lower case."
    ),
}

_KEY_ORDER = (
    "$schema",
    "title",
    "description",
    "type",
    "enum",
    "pattern",
    "minLength",
    "minimum",
    "default",
    "items",
    "properties",
    "required",
    "additionalProperties",
)


def file_schemas() -> dict[FileKind, dict[str, Any]]:
    """The schema of every kind of file."""
    records = _record_schemas()
    return {kind: _file_schema(kind, records) for kind in FileKind}


def schema_text(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def _record_schemas() -> dict[type, dict[str, Any]]:
    from pydantic import TypeAdapter
    from pydantic.json_schema import JsonSchemaMode

    types = list(dict.fromkeys(shape.record for kind in FileKind for shape in kind.tables))
    mode: JsonSchemaMode = "validation"
    refs, top = TypeAdapter.json_schemas([(t, mode, TypeAdapter(t)) for t in types])
    definitions = top.get("$defs", {})
    schemas = {}
    for record in types:
        schema = _inline(refs[(record, mode)], definitions)
        schemas[record] = _documented(record, schema)
    return schemas


def _inline(schema: Any, definitions: dict[str, Any]) -> Any:
    """The schema with every "$ref" replaced by what it refers to."""
    if isinstance(schema, list):
        return [_inline(item, definitions) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        siblings = {k: v for k, v in schema.items() if k != "$ref"}
        return _inline({**definitions[name], **siblings}, definitions)
    return {key: _inline(value, definitions) for key, value in schema.items()}


def _documented(record: type, schema: dict[str, Any]) -> dict[str, Any]:
    """A record's schema without derived fields, in key order, with descriptions."""
    hidden = derived_fields(record)
    docs = field_docs(record)
    properties = schema["properties"]
    ordered = {}
    for name in key_order(record):
        prop = _optional(properties[name])
        prop.pop("title", None)
        if name in docs:
            prop["description"] = docs[name]
        ordered[name] = prop
    tidy = {**schema, "description": summary(record), "properties": ordered}
    required = [name for name in schema.get("required", []) if name not in hidden]
    tidy.pop("required", None)
    if required:
        tidy["required"] = required
    return tidy


def _optional(prop: dict[str, Any]) -> dict[str, Any]:
    """`X | None` as X: TOML has no null, an absent key is the None."""
    prop = dict(prop)
    if prop.get("default", ...) is None:
        del prop["default"]
    branches = prop.get("anyOf")
    if branches is not None:
        kept = [branch for branch in branches if branch != {"type": "null"}]
        if len(kept) == 1:
            del prop["anyOf"]
            prop = {**kept[0], **prop}
    return prop


def _ordered(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema with its keywords in one reading order, at every level."""
    keys = [key for key in _KEY_ORDER if key in schema]
    keys += [key for key in schema if key not in keys]
    ordered = {}
    for key in keys:
        value = schema[key]
        if key == "properties":  # field names: their order is the canonical key order
            value = {name: _ordered(prop) for name, prop in value.items()}
        elif isinstance(value, dict):
            value = _ordered(value)
        ordered[key] = value
    return ordered


def _file_schema(kind: FileKind, records: dict[type, dict[str, Any]]) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required: list[str] = []
    for shape in kind.tables:
        record = records[shape.record]
        if shape.name is None:  # the file's top-level keys
            properties.update(record["properties"])
            required += record.get("required", [])
            continue
        if shape.array:
            noun = shape.name
            properties[shape.name] = {
                "description": f"One [[{noun}]] table per {noun}.",
                "type": "array",
                "items": record,
            }
        else:
            properties[shape.name] = record
        if shape.required:
            required.append(shape.name)
    schema = {
        "$schema": DIALECT,
        "title": f"lcnet fact store: {kind.schema_file.removesuffix('.schema.json')} file",
        "description": FILE_DESCRIPTIONS[kind],
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
    return _ordered({key: value for key, value in schema.items() if value != []})
