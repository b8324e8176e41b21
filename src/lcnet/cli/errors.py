"""The one error boundary: domain errors become messages and exit codes."""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from typing import TextIO

from lcnet.cli.streams import safe_stream
from lcnet.errors import LcnetError
from lcnet.exitcodes import ExitCode
from lcnet.text import one_line

REPORT = (
    "this is a bug in lcnet; please report it with the command you ran "
    "(LCNET_DEBUG=1 shows the traceback)"
)


def run_guarded(body: Callable[[], int], stderr: TextIO | None = None) -> int:
    """Run a command body and turn every way it can end into an exit code."""
    err = safe_stream(stderr or sys.stderr)
    try:
        return body()
    except LcnetError as error:
        *problems, summary = error.lines()
        for line in problems:
            err.write(f"{one_line(line)}\n")
        err.write(f"lcnet: error: {one_line(summary)}\n")
        return error.exit_code
    except KeyboardInterrupt:
        err.write("lcnet: interrupted\n")
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return ExitCode.OK
    except Exception as error:  # the boundary: anything else is a bug
        if os.environ.get("LCNET_DEBUG"):
            traceback.print_exc(file=err)
        err.write(
            f"lcnet: internal error: {type(error).__name__}: {one_line(str(error))}; {REPORT}\n"
        )
        return ExitCode.INTERNAL


def _silence_stdout() -> None:
    """After a closed pipe (lcnet ... | head), stop Python from complaining at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
