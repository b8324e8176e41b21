"""`lcnet check`: validate and reconcile the store, or check texts against it."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple

import typer

from lcnet.cli.options import StoreOption, finish, format_option
from lcnet.cli.runtime import Runtime, runtime_of, store_line
from lcnet.errors import UsageError
from lcnet.exitcodes import ExitCode
from lcnet.render.formats import OutputFormat

if TYPE_CHECKING:
    from lcnet.api import Store
    from lcnet.check.findings import Finding, Severity
    from lcnet.cli.check_texts import TextReport
    from lcnet.render.findings import Summary
    from lcnet.render.formats.checking import Destination
    from lcnet.store import OpenedStore


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"
    NEVER = "never"


def register(app: typer.Typer) -> None:
    app.command("check")(check)


def check(
    context: typer.Context,
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Texts to check (files, directories, - for stdin). Without any: the store.",
            show_default=False,
        ),
    ] = None,
    fail_on: Annotated[
        Level, typer.Option("--fail-on", help="Exit 1 when a finding is at or above this level.")
    ] = Level.ERROR,
    show: Annotated[
        Level | None,
        typer.Option(
            "--show",
            help="Lowest level to show (default: note for json/jsonl/sarif, warning otherwise).",
            show_default=False,
        ),
    ] = None,
    show_all: Annotated[
        bool, typer.Option("--all", help="Also show resolved findings, with their reasons.")
    ] = False,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="DATE",
            help="The texts' date (YYYY, YYYY-MM or YYYY-MM-DD), if they do not say.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[OutputFormat, format_option("check")] = OutputFormat.TABLE,
    fix: Annotated[
        bool,
        typer.Option(
            "--fix",
            help="Rewrite stale, wrong and violated figures in the files with the figure "
            "valid at each text's date, in the text's style.",
        ),
    ] = False,
    diff: Annotated[
        bool,
        typer.Option(
            "--diff",
            help="Print the unified diff --fix would make, change nothing; exit 1 if any.",
        ),
    ] = False,
    exclude: Annotated[
        list[str] | None,
        typer.Option(
            "--exclude",
            metavar="GLOB",
            help="Leave out files and directories matching GLOB (gitignore syntax; "
            "repeatable), given or found.",
            show_default=False,
        ),
    ] = None,
    baseline: Annotated[
        str | None,
        typer.Option(
            "--baseline",
            metavar="FILE",
            help="Report only findings not in this baseline (see --write-baseline).",
            show_default=False,
        ),
    ] = None,
    write_baseline: Annotated[
        str | None,
        typer.Option(
            "--write-baseline",
            metavar="FILE",
            help="Write every finding of this run to FILE (JSON, sorted), to pass to "
            "--baseline later.",
            show_default=False,
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            metavar="N",
            min=1,
            help="Judge texts in N processes (default: one per core; 1: in this one). "
            "The output is the same whatever N.",
            show_default=False,
        ),
    ] = None,
    store: StoreOption = None,
) -> None:
    """Check the store (sums, conflicts, what sources said), or texts against it."""
    options = CheckOptions(
        fail_on, show, show_all, date, output, store, fix, diff, baseline, write_baseline,
        tuple(exclude or ()), _jobs(jobs),
    )  # fmt: skip
    finish(run(runtime_of(context), paths or [], options))


def _jobs(given: int | None) -> int:
    if given is not None:
        return given
    from lcnet.cli.parallel import default_jobs

    return default_jobs()


class CheckOptions(NamedTuple):
    fail_on: Level
    show: Level | None
    show_all: bool
    date: str | None
    output: OutputFormat
    store: str | None
    fix: bool = False
    diff: bool = False
    baseline: str | None = None
    write_baseline: str | None = None
    exclude: tuple[str, ...] = ()
    jobs: int = 1

    def minimum(self) -> Level:
        """The lowest level shown: --show, else note for the machine formats and
        warning for people, but never above --fail-on: what fails the run is shown."""
        if self.show is not None and self.show is not Level.NEVER:
            return self.show
        machine = (OutputFormat.JSON, OutputFormat.JSONL, OutputFormat.SARIF)
        if self.output in machine or self.fail_on is Level.NOTE:
            return Level.NOTE
        return Level.WARNING


def run(runtime: Runtime, paths: list[str], options: CheckOptions) -> int:
    if (options.fix or options.diff) and not paths:
        raise UsageError("--fix and --diff rewrite texts: give the files or directories")
    if options.fix and options.diff:
        raise UsageError("--fix writes the files, --diff only shows the change: choose one")
    store = runtime.store(options.store)
    if paths:
        from lcnet.cli.check_texts import check_texts

        return check_texts(runtime, store, paths, options)
    return report(runtime, store, options)


def report(runtime: Runtime, store: Store, options: CheckOptions) -> int:
    """Write the store's findings in the chosen format; the exit code follows --fail-on.
    With --write-baseline, every finding that counts goes to the file first; with
    --baseline, only the new ones are reported."""
    from lcnet.check.findings import Severity
    from lcnet.render.formats import renderer

    fail_on = None if options.fail_on is Level.NEVER else Severity.parse(options.fail_on)
    minimum = Severity.parse(options.minimum())
    checked = store.store_check(fail_on, minimum, options.show_all)
    if options.write_baseline is not None:
        from lcnet.cli.baselines import write_baseline

        write_baseline(runtime, options.write_baseline, checked.counted)
    if options.baseline is not None:
        from lcnet.cli.baselines import load_baseline

        known = load_baseline(runtime, options.baseline)
        checked = store.store_check(fail_on, minimum, options.show_all, known)
        runtime.message(f"baseline {options.baseline}: {checked.known} known "
                        f"finding{'s' * (checked.known != 1)} left out")  # fmt: skip
    to = destination(runtime, store.opened)
    renderer(options.output).store_check(to, checked.visible, checked.summary, fail_on)
    return ExitCode.FINDINGS if checked.failed else ExitCode.OK


def destination(runtime: Runtime, opened: OpenedStore) -> Destination:
    """Where `lcnet check` reports (lcnet.render.formats), and how it gathers the
    HTML report (lcnet.cli.html_report)."""
    from lcnet.render.formats.checking import Destination
    from lcnet.render.jsonout import store_record

    def html(
        visible: list[Finding],
        summary: Summary,
        fail_on: Severity | None,
        texts: list[TextReport] | None,
        figures: list[dict[str, Any]],
    ) -> None:
        from lcnet.cli.html_report import write_html

        write_html(runtime, opened, visible, summary, fail_on, texts, figures)

    return Destination(
        runtime.stdout,
        runtime.message,
        store_record(opened),
        store_line(opened),
        runtime.today.isoformat(),
        runtime.cwd,
        html,
    )
