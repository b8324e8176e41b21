"""`lcnet figures`: which figure belongs to which period, on which sources."""

from __future__ import annotations

from typing import Annotated

import typer

from lcnet.cli.options import AsOfOption, StoreOption, day_argument, finish, format_option
from lcnet.cli.runtime import Runtime, runtime_of
from lcnet.errors import UsageError
from lcnet.exitcodes import ExitCode
from lcnet.render.formats import OutputFormat


def register(app: typer.Typer) -> None:
    app.command("figures")(figures)


def figures(
    context: typer.Context,
    as_of: AsOfOption = None,
    year: Annotated[
        int | None,
        typer.Option("--year", help="Every period that overlaps YEAR.", show_default=False),
    ] = None,
    metric: Annotated[
        list[str] | None,
        typer.Option(
            "--metric",
            "-m",
            help="Only this metric (total_cities, citizens, ...), or a subject like "
            "country_cities:VN; repeatable.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[OutputFormat, format_option("figures")] = OutputFormat.TABLE,
    store: StoreOption = None,
) -> None:
    """Show the accepted figure of each period and the sources that agree or not."""
    finish(run(runtime_of(context), as_of, year, metric or [], output, store))


def run(
    runtime: Runtime,
    as_of: str | None,
    year: int | None,
    metrics: list[str],
    output: OutputFormat,
    store_option: str | None,
) -> int:
    from lcnet.cli.listing import write_report

    if as_of is not None and year is not None:
        raise UsageError("give --as-of or --year, not both")
    day = day_argument("--as-of", as_of)
    store = runtime.store(store_option)
    write_report(runtime, store, output, store.figures_report(metrics, day, year))
    return ExitCode.OK
