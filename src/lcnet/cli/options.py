"""Options shared by every command, with one spelling and one help text each."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.main import get_click_type
from typer.models import OptionInfo

from lcnet.dates import DateError, parse_date_argument
from lcnet.errors import UsageError
from lcnet.render.formats import OFFERED

if TYPE_CHECKING:
    from lcnet.model import Region

StoreOption = Annotated[
    str | None,
    typer.Option(
        "--store",
        metavar="DIR",
        help="Fact store to read (default: $LCNET_STORE, ./facts, or the one shipped).",
        show_default=False,
    ),
]

AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="DATE",
        help="As things stood on DATE (YYYY-MM-DD; YYYY-MM or YYYY mean the period's end).",
        show_default=False,
    ),
]


def format_option(command: str) -> Any:
    """--format/-f, offering the formats lcnet.render.formats lists for `command`.

    The parameter is typed OutputFormat, the one enum the renderers dispatch on. Its
    choices (in --help, in the error for a format not offered, in completion) are those
    typer makes of an enum of the offered formats alone, built here from the list."""
    members = [(f.name, f.value) for f in OFFERED[command]]
    offered = StrEnum("Offered", members)  # type: ignore[misc]  # mypy wants literal members
    choices = get_click_type(annotation=offered, parameter_info=OptionInfo())
    return typer.Option("--format", "-f", help="Output format.", click_type=choices)


def day_argument(name: str, text: str | None) -> date | None:
    """A date option as the last day it covers: --as-of 2024 is 31 Dec 2024."""
    if text is None:
        return None
    try:
        return parse_date_argument(text).last_day
    except DateError as error:
        raise UsageError(f"{name} {text}: {error}") from None


def region_argument(name: str, text: str | None) -> Region | None:
    """A UNESCO region, by its id or its name, ignoring case, accents and spacing."""
    if text is None:
        return None
    from lcnet.model import Region
    from lcnet.text import fold_compact

    wanted = fold_compact(text)
    for region in Region:
        if wanted in (fold_compact(region.value), fold_compact(region.label)):
            return region
    options = ", ".join(r.value for r in Region)
    raise UsageError(f"{name} {text}: unknown region; use one of {options}")


def finish(code: int) -> None:
    """End a command with its exit code (typer needs an exception for non-zero)."""
    if code:
        raise typer.Exit(code)
