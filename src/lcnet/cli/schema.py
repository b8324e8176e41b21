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
    from lcnet.curate.schema import file_schemas, schema_text

    schemas = file_schemas()
    kinds = [kind] if kind is not None else list(FileKind)
    if write:
        _write(runtime, store_option, {k: schema_text(schemas[k]) for k in kinds})
    elif kind is not None:
        runtime.stdout.write(schema_text(schemas[kind]))
    else:
        runtime.stdout.write(schema_text({str(k): schemas[k] for k in kinds}))
    return ExitCode.OK


def _write(runtime: Runtime, store_option: str | None, texts: dict[FileKind, str]) -> None:
    from lcnet.atomic import write_text_atomic
    from lcnet.cli.curating import target_store
    from lcnet.curate.kinds import SCHEMA_FOLDER

    root, display = target_store(runtime, store_option, "lcnet schema --write")
    folder = root / SCHEMA_FOLDER
    folder.mkdir(exist_ok=True)
    written = []
    for kind, text in texts.items():
        path = folder / kind.schema_file
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            write_text_atomic(path, text)
            written.append(kind.schema_file)
    if written:
        runtime.message(f"wrote {', '.join(written)} to {display}/{SCHEMA_FOLDER}")
    else:
        runtime.message(f"the schemas in {display}/{SCHEMA_FOLDER} are up to date")
