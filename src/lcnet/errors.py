"""Errors are values with a location, raised as one type and caught once at the CLI."""

from __future__ import annotations

from lcnet.exitcodes import ExitCode


class Problem:
    """One problem with a file, at a line (0 when the whole file is meant). A plain
    class: every command imports this module, and a NamedTuple costs ~0.1 ms to define
    (#14)."""

    __slots__ = ("line", "message", "path")

    def __init__(self, path: str, line: int, message: str) -> None:
        self.path = path
        self.line = line
        self.message = message

    def _values(self) -> tuple[str, int, str]:
        return (self.path, self.line, self.message)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return f"Problem{self._values()!r}"

    def __str__(self) -> str:
        if self.line:
            return f"{self.path}:{self.line}: {self.message}"
        return f"{self.path}: {self.message}"


class LcnetError(Exception):
    """A user's mistake or bad data: shown as a message, never as a traceback."""

    exit_code: ExitCode = ExitCode.USAGE

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def lines(self) -> list[str]:
        return [self.message]


class UsageError(LcnetError):
    """A bad argument or option value."""

    exit_code = ExitCode.USAGE


class InvalidStore(LcnetError):
    """The fact store does not validate; carries every problem found."""

    exit_code = ExitCode.INVALID_DATA

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.path, p.line, p.message))
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"the fact store does not validate ({count} {noun})")

    def lines(self) -> list[str]:
        return [str(p) for p in self.problems] + [self.message]


class InvalidInput(LcnetError):
    """A file given to lcnet (not the store) cannot be read."""

    exit_code = ExitCode.INVALID_DATA
