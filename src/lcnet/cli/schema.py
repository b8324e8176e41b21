"""`lcnet schema`: JSON Schemas of the fact files, generated from lcnet's records."""

from __future__ import annotations

from typing import Annotated

import typer

from lcnet.cli.options import StoreOption, finish
from lcnet.cli.runtime import Runtime, runtime_of
from lcnet.curate.kinds import FileKind
from lcnet.exitcodes import ExitCode


def register(app: typer.Typer) -> None:
    app.command("schema")(schema)


def schema(
    context: typer.Context,
    kind: Annotated[
        FileKind | None,
        typer.Argument(help="Only the schema of this kind of file.", show_default=False),
    ] = None,
    write: Annotated[
        bool,
        typer.Option("--write", help="Write the schemas to the store's schema/ folder."),
    ] = False,
    store: StoreOption = None,
) -> None:
    """Print the JSON Schemas of the fact files; --write puts them in the store's schema/."""
    finish(run(runtime_of(context), kind, write, store))


def run(runtime: Runtime, kind: FileKind | None, write: bool, store_option: str | None) -> int:
    from lcnet.api.curating import all_schemas_text, schema_texts
    from lcnet.cli.curating import target_store
    from lcnet.curate.kinds import SCHEMA_FOLDER

    if write:
        curation = target_store(runtime, store_option, "lcnet schema --write")
        written = curation.write_schemas([kind] if kind is not None else list(FileKind))
        where = f"{curation.display}/{SCHEMA_FOLDER}"
        if written:
            runtime.message(f"wrote {', '.join(written)} to {where}")
        else:
            runtime.message(f"the schemas in {where} are up to date")
    elif kind is not None:
        runtime.stdout.write(schema_texts([kind])[kind])
    else:
        runtime.stdout.write(all_schemas_text())
    return ExitCode.OK
