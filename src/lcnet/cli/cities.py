"""`lcnet cities`: list member cities.

No `from __future__ import annotations` here: typer reads the command's annotations, and
as strings each would be compiled again at every run (0.5 ms of start-up, #14).
"""

from typing import Annotated

import typer

from lcnet.cli.options import (
    AsOfOption,
    StoreOption,
    day_argument,
    finish,
    format_option,
    region_argument,
)
from lcnet.cli.runtime import Runtime, runtime_of
from lcnet.exitcodes import ExitCode
from lcnet.render.formats import OutputFormat


def register(app: typer.Typer) -> None:
    app.command("cities")(cities)


def cities(
    context: typer.Context,
    name: Annotated[
        str | None,
        typer.Argument(help="Part of a city's name; case and diacritics are ignored."),
    ] = None,
    country: Annotated[
        str | None,
        typer.Option(
            "--country", "-c", help="Country: VN, VNM, Viet Nam, Vietnam...", show_default=False
        ),
    ] = None,
    region: Annotated[
        str | None,
        typer.Option(
            "--region",
            help="UNESCO region, e.g. asia-pacific or 'Arab States'.",
            show_default=False,
        ),
    ] = None,
    joined: Annotated[
        int | None,
        typer.Option(
            "--joined", metavar="YEAR", help="Only cities admitted in YEAR.", show_default=False
        ),
    ] = None,
    as_of: AsOfOption = None,
    output: Annotated[OutputFormat, format_option("cities")] = OutputFormat.TABLE,
    store: StoreOption = None,
) -> None:
    """List member cities, with the intake each joined with and its sources."""
    finish(run(runtime_of(context), name, country, region, joined, as_of, output, store))


def run(
    runtime: Runtime,
    name: str | None,
    country: str | None,
    region: str | None,
    joined: int | None,
    as_of: str | None,
    output: OutputFormat,
    store_option: str | None,
) -> int:
    from lcnet.cli.listing import write_report

    day = day_argument("--as-of", as_of)
    store = runtime.store(store_option)
    code = store.country(country) if country is not None else None
    area = region_argument("--region", region)
    report = store.cities_report(code, area, joined, name, day)
    write_report(runtime, store, output, report)
    if report.note:
        runtime.message(f"note: {report.note}")
    return ExitCode.OK
