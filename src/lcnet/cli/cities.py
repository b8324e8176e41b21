"""`lcnet cities`: list member cities.

No `from __future__ import annotations` here: typer reads the command's annotations, and
as strings each would be compiled again at every run (0.5 ms of start-up, #14).
"""

from typing import TYPE_CHECKING, Annotated, TextIO

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

if TYPE_CHECKING:
    from lcnet.query.cities import CityQuery, CitySelection
    from lcnet.store import OpenedStore


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
    from lcnet.query.cities import CityQuery, select_cities

    day = day_argument("--as-of", as_of)
    opened = runtime.open_store(store_option)
    code = opened.countries.resolve(country) if country is not None else None
    query = CityQuery(code, region_argument("--region", region), joined, name, day)
    country_name = opened.countries.name(code) if code else None
    selection = select_cities(opened.facts, query, runtime.today, country_name)
    _write(runtime, opened, selection, query, output)
    return ExitCode.OK


def _write(
    runtime: Runtime,
    opened: "OpenedStore",
    selection: "CitySelection",
    query: "CityQuery",
    output: OutputFormat,
) -> None:
    from lcnet.cli.listing import write_listing
    from lcnet.render import cities as view

    facts, countries = opened.facts, opened.countries
    records = [view.city_record(facts, countries, row) for row in selection.rows]
    coverage = view.coverage_record(selection.coverage)

    def table(stream: TextIO) -> None:
        from lcnet.render.table_cities import print_cities

        print_cities(stream, selection, records, query, countries)

    extra = {"query": view.query_record(selection, query), "coverage": coverage}
    write_listing(
        runtime,
        opened,
        output,
        "cities",
        records,
        table=table,
        csv_columns=view.CSV_COLUMNS,
        csv_row=view.csv_row,
        extra=extra,
    )
    if coverage and coverage["message"]:
        runtime.message(f"note: {coverage['message']}")
