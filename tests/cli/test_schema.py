"""`lcnet schema`: print the file schemas, or write them into a store."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from lcnet.curate.kinds import FileKind
from lcnet.curate.schema import file_schemas, schema_text
from lcnet.exitcodes import ExitCode
from tests.conftest import TINY, run_cli


def test_one_kind_prints_that_schema() -> None:
    outcome = run_cli("schema", "sources")
    assert (outcome.exit_code, outcome.stderr) == (0, "")
    assert outcome.stdout == schema_text(file_schemas()[FileKind.SOURCES])


def test_without_a_kind_every_schema_is_printed_keyed_by_kind() -> None:
    outcome = run_cli("schema")
    assert outcome.exit_code == 0
    document = json.loads(outcome.stdout)
    assert list(document) == ["store", "intakes", "resolutions", "sources", "cities"]
    assert document["cities"] == file_schemas()[FileKind.CITIES]


def test_an_unknown_kind_is_a_usage_error() -> None:
    assert run_cli("schema", "claims").exit_code == ExitCode.USAGE


def test_write_puts_the_schemas_where_the_directives_point() -> None:
    shutil.copytree(TINY, Path.cwd() / "facts")
    outcome = run_cli("schema", "--write", "--store", "facts")
    assert (outcome.exit_code, outcome.stdout, outcome.stderr) == (
        0,
        "",
        "lcnet: wrote store.schema.json, intakes.schema.json, resolutions.schema.json, "
        "sources.schema.json, cities.schema.json to facts/schema\n",
    )
    written = Path.cwd() / "facts" / "schema" / "cities.schema.json"
    assert written.read_text() == schema_text(file_schemas()[FileKind.CITIES])
    again = run_cli("schema", "--write", "--store", "facts")
    assert again.stderr == "lcnet: the schemas in facts/schema are up to date\n"


def test_write_does_not_touch_the_store_shipped_with_lcnet() -> None:
    outcome = run_cli("schema", "--write")
    assert (outcome.exit_code, outcome.stderr) == (
        ExitCode.USAGE,
        "lcnet: error: lcnet schema --write writes to the fact store: run it in the directory "
        "that holds facts/, or give --store DIR (the store shipped with lcnet is not written "
        "to)\n",
    )
