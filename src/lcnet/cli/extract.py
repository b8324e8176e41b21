"""`lcnet extract PATH --source ID`: an article's figures as claim records to review."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from lcnet.cli.options import StoreOption, finish
from lcnet.cli.runtime import Runtime, runtime_of
from lcnet.exitcodes import ExitCode

if TYPE_CHECKING:
    from lcnet.extract import LanguagePart, Mention


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
    from lcnet.cli.curating import target_store
    from lcnet.curate.adding import add_record, new_claims, recorded_claims, require_source
    from lcnet.curate.extracting import proposals, unrecorded

    root, display = target_store(runtime, store_option, "lcnet extract --write" if write else None)
    runtime.open_store(store_option)  # the store must validate first (exit 3 if not)
    require_source(root, source_id)
    mentions, shown, unread = _mentions(path, runtime)
    _say_unread(runtime, shown, unread)
    proposed = proposals(mentions, _recorded(path, runtime.cwd))
    if not proposed:
        runtime.message(f"no GNLC figure found in {shown}")
        return ExitCode.OK
    proposed, known = unrecorded(proposed, recorded_claims(root, source_id))
    if known:
        runtime.message(_known(known, source_id))
    claims = [(p.values, p.comments) for p in proposed]
    if not claims:
        return ExitCode.OK
    if write:
        addition = add_record(
            root, display, runtime.today, lambda: new_claims(root, source_id, claims)
        )
        runtime.stdout.write(f"{display}/{addition.relative}:{addition.line}\n")
        runtime.message(f"added the {addition.record}; review them before you commit")
        return ExitCode.OK
    runtime.stdout.write(new_claims(root, source_id, claims).added)  # shown, not written
    runtime.message(
        f"{len(claims)} claim{'s' if len(claims) != 1 else ''} proposed for {source_id}; "
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


def _mentions(path: str, runtime: Runtime) -> tuple[list[Mention], str, list[LanguagePart]]:
    """The text's figures, its name as shown, and its parts in languages not read."""
    from lcnet.cli.check_texts import (
        Limits,
        NotARegularFile,
        Unreadable,
        shown,
        text_documents,
    )
    from lcnet.errors import InvalidInput
    from lcnet.extract import find_mentions, language_parts

    name = shown(path)
    documents = text_documents(path, Limits.from_environment(runtime.environ))
    mentions: list[Mention] = []
    unread: list[LanguagePart] = []
    try:
        for document in documents:
            parts = language_parts(document)
            mentions.extend(find_mentions(document, parts=parts))
            unread.extend(part for part in parts if not part.read)
    except Unreadable as error:
        raise InvalidInput(f"{name}:{error.line}: {error.message()}") from None
    except NotARegularFile as error:
        raise InvalidInput(
            f"{name}: not a regular file ({error.kind}); give a text file or -"
        ) from None
    except OSError as error:
        raise InvalidInput(f"{name}: cannot read the file: {error.strerror or error}") from None
    return mentions, name, unread


def _say_unread(runtime: Runtime, name: str, unread: list[LanguagePart]) -> None:
    """What was not read is said: no claim can be proposed from it."""
    from lcnet.check.texts import unread_findings

    for found in unread_findings(name, unread):
        runtime.message(f"warning: {name}:{found.line}: {found.message}")
