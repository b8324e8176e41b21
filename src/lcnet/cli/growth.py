"""`lcnet growth`: the network's size at each announcement, as a chart."""

from __future__ import annotations

from typing import Annotated

import typer

from lcnet.cli.options import StoreOption, finish, format_option
from lcnet.cli.runtime import Runtime, runtime_of
from lcnet.exitcodes import ExitCode
from lcnet.render.formats import OutputFormat


def register(app: typer.Typer) -> None:
    app.command("growth")(growth)


def growth(
    context: typer.Context,
    output: Annotated[OutputFormat, format_option("growth")] = OutputFormat.CHART,
    store: StoreOption = None,
) -> None:
    """Chart the members and countries after each intake (as corrected)."""
    finish(run(runtime_of(context), output, store))


def run(runtime: Runtime, output: OutputFormat, store_option: str | None) -> int:
    from lcnet.cli.listing import write_report

    store = runtime.store(store_option)
    write_report(runtime, store, output, store.growth_report())
    return ExitCode.OK
