"""`lcnet figures`: which figure belongs to which period, on which sources."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from lcnet.cli.options import AsOfOption, StoreOption, day_argument, finish, format_option
from lcnet.cli.runtime import Runtime, runtime_of
from lcnet.errors import UsageError
from lcnet.exitcodes import ExitCode
from lcnet.render.formats import OutputFormat

if TYPE_CHECKING:
    from lcnet.check.figures import Subject
    from lcnet.check.timeline import Accepted, Timeline
    from lcnet.store import OpenedStore


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
    store: str | None,
) -> int:
    from lcnet.check.timeline import Timeline
    from lcnet.query.figures import select_figures

    if as_of is not None and year is not None:
        raise UsageError("give --as-of or --year, not both")
    day = day_argument("--as-of", as_of)
    opened = runtime.open_store(store)
    timeline = Timeline(opened.facts, runtime.today)
    entries = select_figures(timeline, metrics, day, year)
    chosen = {e.subject for e in entries} if metrics else None
    _write(runtime, opened, timeline, entries, output, _title(day, year), chosen)
    return ExitCode.OK


def _title(day: object, year: int | None) -> str:
    if day is not None:
        return f"Figures that held on {day}"
    if year is not None:
        return f"Figures that belong to {year}"
    return "Accepted figures, period by period"


def _write(
    runtime: Runtime,
    opened: OpenedStore,
    timeline: Timeline,
    entries: list[Accepted],
    output: OutputFormat,
    title: str,
    chosen: set[Subject] | None,
) -> None:
    from lcnet.cli.listing import write_listing
    from lcnet.render import figures as view

    records = [view.entry_record(timeline, e) for e in entries]

    def table(stream: TextIO) -> None:
        from lcnet.render.table_figures import print_figures

        print_figures(stream, title, records)

    def svg() -> str:
        from lcnet.render.svg import figure_charts, stacked

        return stacked(figure_charts(timeline, chosen))

    write_listing(
        runtime,
        opened,
        output,
        "figures",
        records,
        field="periods",
        table=table,
        csv_columns=view.CSV_COLUMNS,
        csv_row=view.csv_row,
        svg=svg,
    )
