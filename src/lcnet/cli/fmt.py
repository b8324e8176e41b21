"""`lcnet fmt`: rewrite the fact files in canonical form, keeping their comments."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from lcnet.cli.options import StoreOption, finish
from lcnet.cli.runtime import Runtime, runtime_of
from lcnet.exitcodes import ExitCode

if TYPE_CHECKING:
    from lcnet.curate.formatting import Change


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
    from lcnet.curate.formatting import store_changes
    from lcnet.store.files import store_files
    from lcnet.store.read import read_records

    root, display = target_store(runtime, store_option, None if check else "lcnet fmt")
    if check:
        read_records(root, display, runtime.today)
        return _report(runtime, display, store_changes(root, display))
    count = _rewrite(runtime, root, display)
    total = len(store_files(root))
    if count:
        runtime.message(f"formatted {count} of {total} files in {display}")
    else:
        runtime.message(f"all {total} files in {display} were already in canonical form")
    return ExitCode.OK


def _report(runtime: Runtime, display: str, changes: list[Change]) -> int:
    from lcnet.curate.formatting import unified_diff

    for change in changes:
        runtime.stdout.write(unified_diff(change, display))
    if not changes:
        runtime.message(f"every file in {display} is in canonical form")
        return ExitCode.OK
    count = len(changes)
    what = "file is" if count == 1 else "files are"
    them = "it" if count == 1 else "them"
    runtime.message(
        f"{count} {what} not in canonical form; lcnet fmt --store {display} rewrites {them}"
    )
    return ExitCode.FINDINGS


def _rewrite(runtime: Runtime, root: Path, display: str) -> int:
    """Under the store's lock: validate, format, check nothing but the form changed, write."""
    from lcnet.curate.formatting import check_same_records, store_changes
    from lcnet.curate.writing import store_lock, write_store_file
    from lcnet.store.read import read_records

    with store_lock(root, display):
        before = read_records(root, display, runtime.today)
        changes = store_changes(root, display)
        check_same_records(root, display, runtime.today, changes, before)
        for change in changes:
            write_store_file(root, display, change.relative, change.new)
    return len(changes)
