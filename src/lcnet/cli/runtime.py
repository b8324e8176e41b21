"""What a command needs from the process: today, the environment, streams, the store.

This is the only module that reads the clock and the environment; everything below the
CLI receives "today" and streams as arguments.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TextIO

from lcnet.cli.streams import SafeStream, safe_stream
from lcnet.errors import UsageError
from lcnet.text import one_line

if TYPE_CHECKING:  # the store is imported when a command opens it, not for --help
    import typer

    from lcnet.api import Store
    from lcnet.store import OpenedStore, StoreLocation


class Runtime:
    """A plain class: every command defines it at start, and a NamedTuple costs ~0.1 ms
    to define (#14)."""

    __slots__ = ("cwd", "environ", "stderr", "stdin", "stdout", "today")

    def __init__(
        self,
        today: date,
        cwd: Path,
        environ: Mapping[str, str],
        stdout: TextIO,
        stderr: TextIO,
        stdin: TextIO | None = None,
    ) -> None:
        self.today = today
        self.cwd = cwd
        self.environ = environ
        self.stdout = stdout
        self.stderr = stderr
        self.stdin = stdin  # read by the commands that speak a protocol on it (lsp)

    def in_directory(self, cwd: Path) -> Runtime:
        """This runtime, working in another directory."""
        return Runtime(self.today, cwd, self.environ, self.stdout, self.stderr, self.stdin)

    @classmethod
    def from_process(cls) -> Runtime:
        environ = dict(os.environ)
        return cls(
            _today(environ),
            Path.cwd(),
            environ,
            safe_stream(sys.stdout),
            safe_stream(sys.stderr),
            sys.stdin,
        )

    def protocol_streams(self) -> tuple[BinaryIO, BinaryIO]:
        """stdin and stdout as bytes, for a protocol spoken on them (`lcnet lsp`): its
        messages are written as they are, not through the sanitiser of lcnet.cli.streams
        (which would rewrite the protocol's own line ends)."""
        if self.stdin is None:
            raise UsageError("this command needs a standard input to read its protocol from")
        stdout = self.stdout.terminal if isinstance(self.stdout, SafeStream) else self.stdout
        return self.stdin.buffer, stdout.buffer

    def cache_dir(self) -> Path | None:
        if self.environ.get("LCNET_NO_CACHE"):
            return None
        explicit = self.environ.get("LCNET_CACHE_DIR")
        if explicit:
            return Path(explicit)
        base = self.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        return Path(base) / "lcnet"

    def locate_store(self, option: str | None) -> StoreLocation:
        """The store a command reads: --store, else $LCNET_STORE, else ./facts or the
        shipped one (lcnet.store.locate), from this runtime's working directory."""
        from lcnet.store import locate_store

        return locate_store(option, self.environ.get("LCNET_STORE"), self.cwd)

    def open_store(self, option: str | None) -> OpenedStore:
        from lcnet.store import open_store

        location = self.locate_store(option)
        opened = open_store(location, location.display(self.cwd), self.today, self.cache_dir())
        for note in opened.notes:
            self.message(f"note: {note}")
        return opened

    def store(self, option: str | None) -> Store:
        """The library's store (lcnet.api) over the store this command opens."""
        from lcnet.api.store import Store

        return Store.of(self.open_store(option), self.today)

    def message(self, text: str) -> None:
        """A line for people, on stderr: values quoted in it cannot start a line."""
        self.stderr.write(f"lcnet: {one_line(text)}\n")


def runtime_of(context: typer.Context) -> Runtime:
    """The runtime lcnet.cli.main handed the command (through typer's context object);
    a command run without main, by typer's own test runner, gets one of this process."""
    handed = context.obj
    if isinstance(handed, Runtime):
        return handed
    return handed() if callable(handed) else Runtime.from_process()


def _today(environ: Mapping[str, str]) -> date:
    pinned = environ.get("LCNET_TODAY")
    if not pinned:
        return date.today()
    try:
        return date.fromisoformat(pinned)
    except ValueError:
        raise UsageError(
            f"LCNET_TODAY={pinned}: not a date; write YYYY-MM-DD or unset it"
        ) from None


def store_line(opened: OpenedStore) -> str:
    return f"store: {opened.facts.root} ({opened.location.origin})"
