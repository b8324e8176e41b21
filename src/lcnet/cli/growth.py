"""`lcnet growth`: the network's size at each announcement, as a chart."""

from __future__ import annotations

from typing import Annotated, TextIO

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


def run(runtime: Runtime, output: OutputFormat, store: str | None) -> int:
    from lcnet.cli.listing import write_listing
    from lcnet.query.growth import network_growth
    from lcnet.render.growth import growth_record

    opened = runtime.open_store(store)
    points = network_growth(opened.facts)

    def chart(stream: TextIO) -> None:
        from lcnet.render.chart import print_growth

        print_growth(stream, points)

    def svg() -> str:
        from lcnet.render.svg import growth_chart

        return growth_chart(points).svg()

    records = [growth_record(p) for p in points]
    write_listing(
        runtime, opened, output, "growth", records, field="announcements", chart=chart, svg=svg
    )
    return ExitCode.OK
