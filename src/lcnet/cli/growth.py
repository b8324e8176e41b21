"""`lcnet growth`: the network's size at each announcement, as a chart."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from lcnet.cli.options import StoreOption, finish, format_option
from lcnet.cli.runtime import Runtime, runtime_of
from lcnet.exitcodes import ExitCode
from lcnet.render.formats import OutputFormat

if TYPE_CHECKING:
    from lcnet.store.facts import FactStore


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

    opened = runtime.open_store(store)
    rows = growth_rows(opened.facts)

    def chart() -> None:
        from lcnet.render.chart import print_growth

        print_growth(runtime.stdout, rows)

    def svg() -> str:
        from lcnet.render.svg import growth_chart

        return growth_chart(rows, corrected_intakes(opened.facts)).svg()

    write_listing(
        runtime, opened, output, "growth", rows, field="announcements", chart=chart, svg=svg
    )
    return ExitCode.OK


def growth_rows(store: FactStore) -> list[dict[str, Any]]:
    rows = []
    for event in store.announcements():
        figures = {
            name: store.effective_figure(event, name)
            for name in ("total_cities", "total_countries", "new_cities", "new_countries")
        }
        row = {"intake": event.id, "kind": str(event.kind), "date": str(event.date)}
        rows.append(row | figures)
    return rows


def corrected_intakes(store: FactStore) -> set[str]:
    """The intakes a correction mends."""
    return {i.corrects for i in store.intakes if i.corrects is not None}
