"""`lcnet show ID`: any record with everything linked to it."""

from __future__ import annotations

from typing import Annotated

import typer

from lcnet.cli.options import StoreOption, finish, format_option
from lcnet.cli.runtime import Runtime, runtime_of
from lcnet.exitcodes import ExitCode
from lcnet.render.formats import OutputFormat


def register(app: typer.Typer) -> None:
    app.command("show")(show)


def show(
    context: typer.Context,
    record_id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="A source (unesco-2024-02-14), claim (unesco-2024-02-14#total), "
            "city (vn/hanoi), intake (2024-02) or finding/resolution key.",
        ),
    ],
    output: Annotated[OutputFormat, format_option("show")] = OutputFormat.TABLE,
    store: StoreOption = None,
) -> None:
    """Show a record with what is linked to it: claims and verdicts, copies, sources."""
    finish(run(runtime_of(context), record_id, output, store))


def run(runtime: Runtime, record_id: str, output: OutputFormat, store_option: str | None) -> int:
    from lcnet.cli.listing import write_report

    store = runtime.store(store_option)
    write_report(runtime, store, output, store.record_report(record_id))
    return ExitCode.OK
