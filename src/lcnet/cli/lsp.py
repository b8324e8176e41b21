"""`lcnet lsp`: the language server, for editors (see lcnet.lsp)."""

from __future__ import annotations

from typing import Annotated

import typer

from lcnet.cli.options import StoreOption, finish
from lcnet.cli.runtime import Runtime, runtime_of
from lcnet.errors import UsageError


def register(app: typer.Typer) -> None:
    app.command("lsp")(lsp)


def lsp(
    context: typer.Context,
    store: StoreOption = None,
    stdio: Annotated[
        bool, typer.Option("--stdio", help="Speak LSP on stdin and stdout (the default).")
    ] = True,
) -> None:
    """A language server for Markdown, HTML and text: GNLC figures checked as you write."""
    finish(run(runtime_of(context), store))


def run(runtime: Runtime, store: str | None) -> int:
    try:
        from lcnet.lsp import serve
    except ImportError:
        raise UsageError("lcnet lsp needs pygls: pip install 'lcnet[lsp]'") from None
    serve(runtime, store)
    return 0
