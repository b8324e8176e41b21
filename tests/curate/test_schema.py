"""The JSON Schemas of the fact files: generated from the records, and true to the store."""

from __future__ import annotations

import json
import tomllib
from dataclasses import fields
from datetime import date
from typing import Any

import jsonschema
import pytest

from lcnet.curate.canonical import file_fields, key_order
from lcnet.curate.fielddocs import field_docs, summary
from lcnet.curate.kinds import SCHEMA_FOLDER, FileKind, file_kind
from lcnet.curate.schema import file_schemas, schema_text
from lcnet.model import City, Claim, CountryList, Intake, Resolution, Source, StoreInfo
from tests.conftest import REPO

SCHEMAS = file_schemas()
SHIPPED = REPO / "facts"
SHIPPED_FILES = sorted(
    p.relative_to(SHIPPED).as_posix() for p in SHIPPED.rglob("*.toml") if "schema" not in p.parts
)
RECORDS = [StoreInfo, Source, Claim, Intake, CountryList, City, Resolution]
# keywords every JSON Schema draft from 4 on reads alike (Taplo documents Draft 4)
PORTABLE = {
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
}


def as_json(value: Any) -> Any:
    """TOML data as JSON data: dates (unquoted TOML dates) as their ISO strings."""
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


@pytest.mark.parametrize("relative", SHIPPED_FILES)
def test_every_shipped_file_validates_against_its_schema(relative: str) -> None:
    data = as_json(tomllib.loads((SHIPPED / relative).read_text(encoding="utf-8")))
    schema = SCHEMAS[file_kind(relative)]
    jsonschema.Draft7Validator.check_schema(schema)
    jsonschema.validate(data, schema, cls=jsonschema.Draft7Validator)


@pytest.mark.parametrize("kind", list(FileKind))
def test_the_shipped_schema_files_are_the_generated_ones(kind: FileKind) -> None:
    shipped = (SHIPPED / SCHEMA_FOLDER / kind.schema_file).read_text(encoding="utf-8")
    assert shipped == schema_text(SCHEMAS[kind]), "run: lcnet schema --write --store facts"


def test_each_file_schema_lists_the_tables_of_its_file() -> None:
    tables = {kind: list(SCHEMAS[kind]["properties"]) for kind in FileKind}
    assert tables == {
        FileKind.STORE: ["store"],
        FileKind.INTAKES: ["intake"],
        FileKind.RESOLUTIONS: ["resolution"],
        FileKind.SOURCES: ["source", "claim"],
        FileKind.CITIES: ["region", "complete", "anchors", "complete_intakes", "note", "city"],
    }
    required = {kind: SCHEMAS[kind].get("required") for kind in FileKind}
    assert required == {
        FileKind.STORE: ["store"],
        FileKind.INTAKES: None,
        FileKind.RESOLUTIONS: None,
        FileKind.SOURCES: ["source"],
        FileKind.CITIES: ["region"],
    }


def record_schema(record: type) -> dict[str, Any]:
    for kind in FileKind:
        for shape in kind.tables:
            if shape.record is record:
                if shape.name is None:
                    return dict(SCHEMAS[kind])
                table = SCHEMAS[kind]["properties"][shape.name]
                return dict(table["items"] if shape.array else table)
    raise AssertionError(record)


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.__name__)
def test_record_schemas_hold_the_file_fields_in_canonical_order(record: type) -> None:
    properties = list(record_schema(record)["properties"])
    if record is CountryList:
        properties.remove("city")
    assert properties == list(key_order(record))


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.__name__)
def test_every_field_in_a_schema_has_its_description(record: type) -> None:
    properties = record_schema(record)["properties"]
    docs = field_docs(record)
    assert {name: properties[name].get("description") for name in file_fields(record)} == {
        name: docs[name] for name in file_fields(record)
    }


def test_required_fields_and_defaults_come_from_the_model() -> None:
    claim = record_schema(Claim)
    assert claim["required"] == ["id", "metric", "value", "phrase"]
    assert claim["properties"]["qualifier"]["default"] == "exact"
    assert claim["properties"]["metric"]["enum"][:2] == ["total_cities", "total_countries"]
    assert claim["properties"]["value"] == {
        "description": field_docs(Claim)["value"],
        "type": "integer",
        "minimum": 0,
    }
    assert claim["description"] == "One figure a source states."


def keywords(schema: Any, found: set[str]) -> set[str]:
    if isinstance(schema, dict):
        for key, value in schema.items():
            found.add(key)
            if key == "properties":
                for prop in value.values():
                    keywords(prop, found)
            elif key not in ("enum", "default", "required"):
                keywords(value, found)
    elif isinstance(schema, list):
        for item in schema:
            keywords(item, found)
    return found


@pytest.mark.parametrize("kind", list(FileKind))
def test_schemas_use_only_keywords_every_draft_reads_alike(kind: FileKind) -> None:
    assert keywords(SCHEMAS[kind], set()) <= PORTABLE


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"source": {"publisher": "X", "language": "en", "kind": "blog"}}, "'blog' is not one of"),
        ({"source": {"publisher": "X", "language": "en"}}, "'kind' is a required property"),
        (
            {"source": {"publisher": "X", "language": "en", "kind": "news", "id": "x"}},
            "Additional properties are not allowed ('id' was unexpected)",
        ),
        (
            {"source": {"publisher": "X", "language": "en", "kind": "news", "published": "4 Dec"}},
            "'4 Dec' does not match",
        ),
    ],
)
def test_the_sources_schema_refuses_what_validation_refuses(
    data: dict[str, Any], error: str
) -> None:
    with pytest.raises(jsonschema.ValidationError) as caught:
        jsonschema.validate(data, SCHEMAS[FileKind.SOURCES], cls=jsonschema.Draft7Validator)
    assert caught.value.message.startswith(error)


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.__name__)
def test_the_docstring_documents_every_file_field_and_nothing_else(record: type) -> None:
    written = set(file_fields(record))
    derived = {f.name for f in fields(record)} - written
    assert set(field_docs(record)) - derived == written


def test_a_record_summary_is_the_first_paragraph_of_its_docstring() -> None:
    assert summary(Source) == "One source document: a release, an article, a web page."


def test_schema_text_is_indented_json_with_a_final_newline() -> None:
    assert schema_text({"a": ["é"]}) == '{\n  "a": [\n    "é"\n  ]\n}\n'
    assert json.loads(schema_text(SCHEMAS[FileKind.STORE])) == SCHEMAS[FileKind.STORE]
