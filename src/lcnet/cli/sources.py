"""`lcnet sources`: the sources, how many claims each made, how many were stale or wrong."""

from __future__ import annotations

from typing import Annotated

import typer

from lcnet.cli.options import StoreOption, finish, format_option
from lcnet.cli.runtime import Runtime, runtime_of
from lcnet.errors import UsageError
from lcnet.exitcodes import ExitCode
from lcnet.render.formats import OutputFormat


def register(app: typer.Typer) -> None:
    app.command("sources")(sources)


def sources(
    context: typer.Context,
    publisher: Annotated[
        str | None,
        typer.Option("--publisher", help="Part of the publisher's name.", show_default=False),
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option("--kind", help="primary, news, government or other.", show_default=False),
    ] = None,
    language: Annotated[
        str | None,
        typer.Option("--language", help="ISO 639-1 code, e.g. vi.", show_default=False),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option("--from", metavar="DATE", help="Published on or after.", show_default=False),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option("--to", metavar="DATE", help="Published on or before.", show_default=False),
    ] = None,
    output: Annotated[OutputFormat, format_option("sources")] = OutputFormat.TABLE,
    store: StoreOption = None,
) -> None:
    """List sources with how many claims each made and how many were stale or wrong."""
    finish(run(runtime_of(context), publisher, kind, language, since, until, output, store))


def run(
    runtime: Runtime,
    publisher: str | None,
    kind: str | None,
    language: str | None,
    since: str | None,
    until: str | None,
    output: OutputFormat,
    store_option: str | None,
) -> int:
    from lcnet.cli.listing import write_report
    from lcnet.dates import DateError, parse_date_argument
    from lcnet.model import SourceKind

    try:
        first = parse_date_argument(since).first_day if since else None
        last = parse_date_argument(until).last_day if until else None
    except DateError as error:
        raise UsageError(f"--from/--to: {error}") from None
    try:
        source_kind = SourceKind(kind) if kind else None
    except ValueError:
        raise UsageError(f"--kind {kind}: use primary, news, government or other") from None
    store = runtime.store(store_option)
    report = store.sources_report(publisher, source_kind, language, first, last)
    write_report(runtime, store, output, report)
    return ExitCode.OK
