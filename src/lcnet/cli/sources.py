"""`lcnet sources`: the sources, how many claims each made, how many were stale or wrong."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

import typer

from lcnet.cli.options import StoreOption, finish
from lcnet.cli.runtime import Runtime, store_line, store_summary
from lcnet.errors import UsageError
from lcnet.exitcodes import ExitCode

CSV_COLUMNS = [
    "id",
    "publisher",
    "kind",
    "language",
    "published",
    "url",
    "claims",
    "stale",
    "wrong",
    "copies",
    "supersedes",
]


class SourcesFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"


def register(app: typer.Typer) -> None:
    app.command("sources")(sources)


def sources(
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
    output: Annotated[
        SourcesFormat, typer.Option("--format", "-f", help="Output format.")
    ] = SourcesFormat.TABLE,
    store: StoreOption = None,
) -> None:
    """List sources with how many claims each made and how many were stale or wrong."""
    from lcnet.cli.errors import run_guarded

    finish(run_guarded(lambda: run(publisher, kind, language, since, until, output, store)))


def run(
    publisher: str | None,
    kind: str | None,
    language: str | None,
    since: str | None,
    until: str | None,
    output: SourcesFormat,
    store: str | None,
) -> int:
    from lcnet.check.timeline import Timeline
    from lcnet.dates import DateError, parse_date_argument
    from lcnet.model import SourceKind
    from lcnet.query.sources import SourceQuery, source_rows

    runtime = Runtime.from_process()
    try:
        first = parse_date_argument(since).first_day if since else None
        last = parse_date_argument(until).last_day if until else None
    except DateError as error:
        raise UsageError(f"--from/--to: {error}") from None
    try:
        source_kind = SourceKind(kind) if kind else None
    except ValueError:
        raise UsageError(f"--kind {kind}: use primary, news, government or other") from None
    opened = runtime.open_store(store)
    timeline = Timeline(opened.facts, runtime.today)
    query = SourceQuery(publisher, source_kind, language, first, last)
    records = [_record(row) for row in source_rows(timeline, query)]
    _write(runtime, opened, records, output)
    return ExitCode.OK


def _record(row: Any) -> dict[str, Any]:
    source = row.source
    return {
        "id": source.id,
        "publisher": source.publisher,
        "kind": str(source.kind),
        "language": source.language,
        "published": str(source.published) if source.published else None,
        "url": source.url,
        "claims": row.claims,
        "stale": row.stale,
        "wrong": row.wrong,
        "verdicts": {str(v): n for v, n in sorted(row.verdicts.items())},
        "copies": source.copies,
        "supersedes": source.supersedes,
    }


def _write(
    runtime: Runtime, opened: Any, records: list[dict[str, Any]], output: SourcesFormat
) -> None:
    if output is SourcesFormat.JSON:
        from lcnet.render.jsonout import envelope, write_json

        document = envelope("sources", store_summary(opened), runtime.today.isoformat())
        document["sources"] = records
        write_json(runtime.stdout, document)
        return
    if output is SourcesFormat.JSONL:
        from lcnet.render.jsonout import write_jsonl

        write_jsonl(runtime.stdout, records)
    elif output is SourcesFormat.CSV:
        from lcnet.render.csvout import write_csv

        write_csv(runtime.stdout, CSV_COLUMNS, records)
    else:
        from lcnet.render.table import print_table

        rows = [
            [
                r["id"],
                r["publisher"],
                r["kind"],
                r["published"] or "",
                r["claims"],
                r["stale"],
                r["wrong"],
            ]
            for r in records
        ]
        columns = ["Source", "Publisher", "Kind", "Published", "Claims", "Stale", "Wrong"]
        print_table(runtime.stdout, f"{len(records)} sources", columns, rows)
    runtime.message(store_line(opened))
