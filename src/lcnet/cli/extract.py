"""`lcnet extract PATH --source ID`: an article's figures as claim records to review."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from lcnet.cli.options import StoreOption, finish
from lcnet.cli.runtime import Runtime, runtime_of
from lcnet.exitcodes import ExitCode


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)


def extract(
    context: typer.Context,
    path: Annotated[str, typer.Argument(metavar="PATH", help="The article (- for stdin).")],
    source: Annotated[
        str,
        typer.Option("--source", "--source-id", metavar="ID", help="The source it is."),
    ],
    write: Annotated[
        bool,
        typer.Option("--write", help="Append the claims to the source's file, validated."),
    ] = False,
    store: StoreOption = None,
) -> None:
    """Propose the figures an article states as claim records (TOML) for its source."""
    finish(run(runtime_of(context), path, source, write, store))


def run(runtime: Runtime, path: str, source_id: str, write: bool, store_option: str | None) -> int:
    from lcnet.check.reading import Limits, shown
    from lcnet.cli.curating import target_store

    writes = "lcnet extract --write" if write else None
    curation = target_store(runtime, store_option, writes)
    runtime.open_store(store_option)  # the store must validate first (exit 3 if not)
    limits = Limits.from_environment(runtime.environ)
    found = curation.propose_claims(source_id, path, _recorded(path, runtime.cwd), limits)
    for unread in found.unread:
        runtime.message(f"warning: {unread.file}:{unread.line}: {unread.message}")
    if not found.proposed and not found.known:
        runtime.message(f"no GNLC figure found in {shown(path)}")
        return ExitCode.OK
    if found.known:
        runtime.message(_known(found.known, source_id))
    if not found.proposed:
        return ExitCode.OK
    if write:
        addition = curation.add_claims(found)
        runtime.stdout.write(f"{curation.display}/{addition.relative}:{addition.line}\n")
        runtime.message(f"added the {addition.record}; review them before you commit")
        return ExitCode.OK
    runtime.stdout.write(curation.claims_text(found))  # shown, not written
    count = len(found.proposed)
    runtime.message(
        f"{count} claim{'s' if count != 1 else ''} proposed for {source_id}; "
        "review them, then add them with --write"
    )
    return ExitCode.OK


def _known(count: int, source_id: str) -> str:
    if count == 1:
        return f"1 figure found is already a claim of {source_id}; it is left out."
    return f"{count} figures found are already claims of {source_id}; they are left out."


def _recorded(path: str, cwd: Path) -> str:
    """The article's path as a fact file may record it: relative to the working
    directory, or only its name, never this machine's absolute path."""
    from lcnet.cli.check_texts import STDIN, shown

    if path == STDIN:
        return shown(path)
    absolute = (cwd / path).resolve()
    try:
        return absolute.relative_to(cwd.resolve()).as_posix()
    except ValueError:
        return absolute.name
