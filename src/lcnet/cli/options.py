"""Options shared by every command, with one spelling and one help text each."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer

from lcnet.dates import DateError, parse_date_argument
from lcnet.errors import UsageError

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
