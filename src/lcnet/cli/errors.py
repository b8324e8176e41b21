"""The one error boundary, run once by lcnet.cli.main: every way the command line can
end becomes a message on stderr and an exit code; a user never sees a traceback."""

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
    """Run the command line and turn every way it can end into an exit code."""
    err = safe_stream(stderr or sys.stderr)
    try:
        return body()
    except SystemExit as done:  # typer's end: help, its usage errors, a command's code
        code = done.code if isinstance(done.code, int) else int(done.code is not None)
        if code == ExitCode.INTERRUPTED:  # typer turns Ctrl-C in a command into 130
            err.write("lcnet: interrupted\n")
        return code
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


class StdoutWatch:
    """Whether the reader of stdout went away during a command (`lcnet ... | head -1`):
    then lcnet exits 0 and says nothing, as `cat` would. Whatever wrote last may have
    met the closed pipe: a command (run_guarded), typer (it swaps sys.stdout out), rich
    (it points stdout at /dev/null and exits 1), or the last flush, here.

    A plain class, as the others of every command's path are: a NamedTuple costs ~0.1 ms
    to define, at each start (#14)."""

    __slots__ = ("identity", "stream")

    def __init__(self, stream: TextIO, identity: tuple[int, int] | None) -> None:
        self.stream = stream
        self.identity = identity  # the device and inode of stdout at the start

    @classmethod
    def start(cls) -> StdoutWatch:
        return cls(sys.stdout, _identity())

    def exit_code(self, code: int) -> int:
        broken = sys.stdout is not self.stream or _identity() != self.identity
        try:
            self.stream.flush()
        except BrokenPipeError:
            broken = True
        except (OSError, ValueError):
            pass
        if broken:
            _silence_stdout()
            return ExitCode.OK
        return code


def _identity() -> tuple[int, int] | None:
    try:
        status = os.fstat(sys.__stdout__.fileno()) if sys.__stdout__ else None
    except (OSError, ValueError):
        return None
    return (status.st_dev, status.st_ino) if status else None


def _silence_stdout() -> None:
    """After a closed pipe (lcnet ... | head), stop Python from complaining at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
