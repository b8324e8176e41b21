"""The read commands' output: the report the library gave (lcnet.api.reports), written
by the format's renderer (lcnet.render.formats); every format but the JSON documents
names the store on stderr."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lcnet.cli.runtime import Runtime, store_line

if TYPE_CHECKING:
    from lcnet.api import Report, Store
    from lcnet.render.formats import OutputFormat


def write_report(runtime: Runtime, store: Store, output: OutputFormat, report: Report) -> None:
    """Write `report` in `output` on stdout, and the store line on stderr."""
    from lcnet.render.formats import OutputFormat, renderer

    renderer(output).listing(runtime.stdout, report.listing)
    if output not in (OutputFormat.JSON, OutputFormat.CLAIMREVIEW):
        runtime.message(store_line(store.opened))
