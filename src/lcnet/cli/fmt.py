"""`lcnet fmt`: rewrite the fact files in canonical form, keeping their comments."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from lcnet.cli.options import StoreOption, finish
from lcnet.cli.runtime import Runtime, runtime_of
from lcnet.exitcodes import ExitCode

if TYPE_CHECKING:
    from lcnet.api.curating import FormatReport


def register(app: typer.Typer) -> None:
    app.command("fmt")(fmt)


def fmt(
    context: typer.Context,
    check: Annotated[
        bool,
        typer.Option(
            "--check",
            help="Change nothing: print a diff of what would change; exit 1 if a file would.",
        ),
    ] = False,
    store: StoreOption = None,
) -> None:
    """Rewrite the fact files in canonical form (comments kept); the store must validate."""
    finish(run(runtime_of(context), check, store))


def run(runtime: Runtime, check: bool, store_option: str | None) -> int:
    from lcnet.cli.curating import target_store

    curation = target_store(runtime, store_option, None if check else "lcnet fmt")
    display = curation.display
    if check:
        return _report(runtime, display, curation.format_check())
    formatted = curation.format()
    if formatted.changes:
        count = len(formatted.changes)
        runtime.message(f"formatted {count} of {formatted.files} files in {display}")
    else:
        runtime.message(f"all {formatted.files} files in {display} were already in canonical form")
    return ExitCode.OK


def _report(runtime: Runtime, display: str, report: FormatReport) -> int:
    runtime.stdout.write(report.diff(display))
    if not report.changes:
        runtime.message(f"every file in {display} is in canonical form")
        return ExitCode.OK
    count = len(report.changes)
    what = "file is" if count == 1 else "files are"
    them = "it" if count == 1 else "them"
    runtime.message(
        f"{count} {what} not in canonical form; lcnet fmt --store {display} rewrites {them}"
    )
    return ExitCode.FINDINGS
