"""The lcnet command line.

Commands are registered lazily: `lcnet cities ...` imports only the cities command, so
that start-up stays close to typer's own (see benchmarks/startup.py). `lcnet --version`
needs no command tree at all: it is answered before typer is imported.
"""

from __future__ import annotations

import gc
import importlib
import os
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from lcnet.version import __version__

if TYPE_CHECKING:
    import typer

    from lcnet.cli.runtime import Runtime

# command name -> module that defines it (each module has `register(app)`)
COMMANDS = {
    "cities": "lcnet.cli.cities",
    "validate": "lcnet.cli.validate",
    "check": "lcnet.cli.check",
    "figures": "lcnet.cli.figures",
    "claims": "lcnet.cli.claims",
    "growth": "lcnet.cli.growth",
    "show": "lcnet.cli.show",
    "sources": "lcnet.cli.sources",
    "add": "lcnet.cli.add",
    "fmt": "lcnet.cli.fmt",
    "schema": "lcnet.cli.schema",
    "extract": "lcnet.cli.extract",
    "scan": "lcnet.cli.scan",
    "lsp": "lcnet.cli.lsp",
}

# command name -> its help, for `lcnet --help`, which lists the commands without loading
# them (as pip's commands_dict does); tests/test_docs.py pins these to the commands' own.
SUMMARIES = {
    "cities": "List member cities, with the intake each joined with and its sources.",
    "validate": "Validate the fact store: every problem is listed as path:line: message.",
    "check": "Check the store (sums, conflicts, what sources said), or texts against it.",
    "figures": "Show the accepted figure of each period and the sources that agree or not.",
    "claims": "List recorded claims with their verdicts and the reason for each.",
    "growth": "Chart the members and countries after each intake (as corrected).",
    "show": "Show a record with what is linked to it: claims and verdicts, copies, sources.",
    "sources": "List sources with how many claims each made and how many were stale or wrong.",
    "add": "Add a source, a claim or a city to the fact store.",
    "fmt": "Rewrite the fact files in canonical form (comments kept); the store must validate.",
    "schema": (
        "Print the JSON Schemas of the fact files; --write puts them in the store's schema/."
    ),
    "extract": "Propose the figures an article states as claim records (TOML) for its source.",
    "scan": "Judge the GNLC figures of a news archive; JSONL of figures to stdout.",
    "lsp": "A language server for Markdown, HTML and text: GNLC figures checked as you write.",
}
GROUPS = {"add"}  # commands with subcommands: typer lists them after the others

HELP = (
    "Fact-check figures about the UNESCO Global Network of Learning Cities against a "
    "curated, sourced fact store."
)


def build_app(names: Iterable[str]) -> typer.Typer:
    app = _root()
    for name in names:
        importlib.import_module(COMMANDS[name]).register(app)
    _with_examples(app)
    return app


def summary_app() -> typer.Typer:
    """The command tree as `lcnet --help` shows it: each command its name and help, none
    of them loaded (typer's conversion of fourteen commands' options is most of the
    time `lcnet --help` would take)."""
    import typer

    app = _root()
    for name, summary in SUMMARIES.items():
        if name in GROUPS:
            app.add_typer(typer.Typer(name=name, help=summary), name=name)
        else:
            app.command(name, help=summary)(_unloaded)
    return app


def _unloaded() -> None:
    """A command of summary_app: never run, only listed."""


def _root() -> typer.Typer:
    import typer

    app = typer.Typer(
        name="lcnet",
        help=HELP,
        no_args_is_help=True,
        add_completion=True,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,  # plain help and errors: rich costs 45 ms to import
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback()(_root_callback())
    return app


def _with_examples(app: typer.Typer) -> None:
    """Every command's --help ends with its examples (lcnet.cli.examples)."""
    from lcnet.cli.examples import epilog

    for command in app.registered_commands:
        command.epilog = epilog(command.name or "")
    for group in app.registered_groups:
        group.epilog = epilog(group.name or "")
        if group.typer_instance is not None:
            for sub in group.typer_instance.registered_commands:
                sub.epilog = epilog(f"{group.name} {sub.name}")


VERSION_LINE = f"lcnet {__version__}\n"


def _root_callback() -> Callable[..., None]:
    """The root command, with its --version option (built once typer is imported)."""
    import typer

    def print_version(value: bool) -> None:
        if value:
            sys.stdout.write(VERSION_LINE)
            raise typer.Exit(0)

    def root(
        version: bool = typer.Option(
            False,
            "--version",
            help="Print lcnet's version and exit.",
            is_eager=True,
            callback=print_version,
        ),
    ) -> None:
        """Fact-check figures about the UNESCO Global Network of Learning Cities."""

    return root


def command_name(args: list[str]) -> str | None:
    """The command a command line asks for: its first word that is not an option."""
    for arg in args:
        if not arg.startswith("-"):
            return arg
    return None


def main(args: list[str] | None = None) -> None:
    """The command line's one entry and its one error boundary (lcnet.cli.errors)."""
    gc.set_threshold(50_000, 100, 100)  # records live to the end: collect less often (#14)
    argv = sys.argv[1:] if args is None else args
    if argv == ["--version"]:
        sys.stdout.write(VERSION_LINE)  # as the eager option does, with no typer to load
        sys.stdout.flush()
        return
    from lcnet.cli.errors import StdoutWatch, run_guarded

    watch = StdoutWatch.start()
    code = watch.exit_code(run_guarded(lambda: run_app(argv)))
    if args is None:
        # The process ends here: freeze the heap, so that the collections the interpreter
        # runs while it shuts down do not walk every object lcnet and typer made (6 ms of
        # a query's 55, #14); better, skip the shutdown when nothing waits for it. Not
        # when called in-process (tests): their heap lives on.
        gc.freeze()
        end_process(code)
    sys.exit(code)


def end_process(code: int) -> None:
    """End the process now, without the interpreter's shutdown, which frees one by one
    every object typer and lcnet made (2-3 ms of `lcnet cities`, #14), when the shutdown
    has nothing else to do: no exit handler registered (a pool of processes registers
    one, so does coverage), no other thread to wait for. The standard streams are flushed
    first; the files lcnet writes are closed by then (lcnet.atomic). Otherwise, or when
    a flush fails, it returns, and the process exits as usual."""
    import atexit
    import threading

    handlers = getattr(atexit, "_ncallbacks", None)  # CPython's count of exit handlers
    if handlers is None or handlers() or threading.active_count() > 1:
        return
    try:
        for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return
    os._exit(code)


def run_app(argv: list[str]) -> int:
    """Run the command `argv` asks for, handing it the process's runtime (made when the
    command first asks for it: --help needs none). typer ends by raising SystemExit."""
    from functools import cache

    name = command_name(argv)
    if asks_for_the_command_list(argv):
        app = summary_app()
    else:
        app = build_app([name] if name in COMMANDS else COMMANDS)
    app(args=argv, prog_name="lcnet", obj=cache(_process_runtime))
    return 0


def asks_for_the_command_list(argv: list[str]) -> bool:
    """`lcnet`, `lcnet --help`: the root's help, which lists the commands by name and help
    only. Shell completion (which calls `lcnet` with no arguments) needs them all."""
    return argv in ([], ["--help"], ["-h"]) and "_LCNET_COMPLETE" not in os.environ


def _process_runtime() -> Runtime:
    from lcnet.cli.runtime import Runtime

    return Runtime.from_process()
