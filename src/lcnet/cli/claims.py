"""`lcnet claims`: what sources said, each with a verdict and the reason for it."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from lcnet.cli.options import AsOfOption, StoreOption, day_argument, finish, format_option
from lcnet.cli.runtime import Runtime, runtime_of
from lcnet.errors import UsageError
from lcnet.exitcodes import ExitCode
from lcnet.render.formats import OutputFormat

if TYPE_CHECKING:
    from lcnet.check.verdicts import Verdict
    from lcnet.model import Metric


E = TypeVar("E", bound=StrEnum)


def register(app: typer.Typer) -> None:
    app.command("claims")(claims)


def claims(
    context: typer.Context,
    verdict: Annotated[
        list[str] | None,
        typer.Option(
            "--verdict",
            "-v",
            help="Only claims with this verdict (current, stale, wrong, bound_ok, "
            "bound_violated, historic, superseded, unverifiable); repeatable.",
            show_default=False,
        ),
    ] = None,
    metric: Annotated[
        list[str] | None,
        typer.Option("--metric", "-m", help="Only this metric; repeatable.", show_default=False),
    ] = None,
    source: Annotated[
        str | None, typer.Option("--source", help="Only this source's claims.", show_default=False)
    ] = None,
    as_of: AsOfOption = None,
    output: Annotated[OutputFormat, format_option("claims")] = OutputFormat.TABLE,
    store: StoreOption = None,
) -> None:
    """List recorded claims with their verdicts and the reason for each."""
    finish(run(runtime_of(context), verdict or [], metric or [], source, as_of, output, store))


def run(
    runtime: Runtime,
    verdicts: list[str],
    metrics: list[str],
    source: str | None,
    as_of: str | None,
    output: OutputFormat,
    store_option: str | None,
) -> int:
    from lcnet.cli.listing import write_report

    day = day_argument("--as-of", as_of)
    store = runtime.store(store_option)
    chosen, measured = _verdicts(verdicts), _metrics(metrics)
    if source is not None and not store.has_source(source):
        raise UsageError(f"--source {source}: no such source in the store")
    report = store.claims_report(chosen, measured, source, day)
    write_report(runtime, store, output, report)
    return ExitCode.OK


def _verdicts(names: list[str]) -> frozenset[Verdict]:
    from lcnet.check.verdicts import Verdict

    return frozenset(_choice(name, Verdict, "--verdict") for name in names)


def _metrics(names: list[str]) -> frozenset[Metric]:
    from lcnet.model import Metric

    return frozenset(_choice(name, Metric, "--metric") for name in names)


def _choice(name: str, enum: type[E], option: str) -> E:
    try:
        return enum(name)
    except ValueError:
        options = ", ".join(e.value for e in enum)
        raise UsageError(f"{option} {name}: use one of {options}") from None
