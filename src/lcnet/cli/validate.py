"""`lcnet validate`: read and validate the fact store, and say what it holds."""

from __future__ import annotations

import typer

from lcnet.cli.options import StoreOption, finish
from lcnet.cli.runtime import Runtime, runtime_of, store_line
from lcnet.exitcodes import ExitCode


def register(app: typer.Typer) -> None:
    app.command("validate")(validate)


def validate(context: typer.Context, store: StoreOption = None) -> None:
    """Validate the fact store: every problem is listed as path:line: message."""
    finish(run(runtime_of(context), store))


def run(runtime: Runtime, store_option: str | None) -> int:
    # The cache holds only a store that validated, keyed by every file's size, inode,
    # times and (for a change within a clock tick) content, and by this lcnet's version
    # and record layout (lcnet.store.cache): a hit proves these files validate today.
    store = runtime.store(store_option)
    runtime.message(store_line(store.opened))
    runtime.stdout.write(f"the fact store is valid: {store.contents()}\n")
    return ExitCode.OK
