"""Texts read from files or stdin as the extractor's documents, in chunks.

Files are read line by line in the extractor's chunks, so that memory stays flat however
big a file is; a text that stops being UTF-8 or passes a limit says where (Unreadable).
"""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, nullcontext
from typing import BinaryIO, NamedTuple

from lcnet.check.walk import STDIN
from lcnet.errors import UsageError
from lcnet.extract import Document, kind_of, read_stream

Meter = Callable[[int], None]
"""Told how many bytes each line had (for a progress bar)."""


class Limits(NamedTuple):
    """How much lcnet reads, so that memory stays flat whatever it is given
    (README, "Limits"): one line of a text, and stdin in all."""

    line: int = 8 << 20  # bytes; LCNET_MAX_LINE
    stdin: int = 1 << 30  # bytes; LCNET_MAX_STDIN

    @classmethod
    def from_environment(cls, environ: Mapping[str, str]) -> Limits:
        return cls(
            _limit(environ, "LCNET_MAX_LINE", cls._field_defaults["line"]),
            _limit(environ, "LCNET_MAX_STDIN", cls._field_defaults["stdin"]),
        )


DEFAULT_LIMITS = Limits()


def _limit(environ: Mapping[str, str], name: str, default: int) -> int:
    text = environ.get(name)
    if not text:
        return default
    if not text.isdigit() or int(text) < 1:
        raise UsageError(f"{name}={text}: write a number of bytes, 1 or more, or unset it")
    return int(text)


class Unreadable(Exception):
    """Where and why a text stops being readable."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line, self.reason = line, reason

    def message(self) -> str:
        return self.reason


class NotUtf8(Unreadable):
    def __init__(self, line: int, column: int, byte: int) -> None:
        super().__init__(
            line,
            f"not UTF-8 text (byte 0x{byte:02x} at line {line}, column {column}); "
            "save it as UTF-8",
        )


class NotARegularFile(Exception):
    """A FIFO, a device, a socket: reading it could block or never end."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def shown(path: str) -> str:
    """A path as reports name it."""
    return "<stdin>" if path == STDIN else path


def text_documents(
    path: str, limits: Limits = DEFAULT_LIMITS, meter: Meter | None = None
) -> Iterator[Document]:
    """A text file (or stdin, for "-") as the extractor's documents, read in chunks;
    `meter` is told how many bytes each line had (for a progress bar).

    Raises Unreadable where the text stops being UTF-8 or a limit is passed,
    NotARegularFile for anything but a regular file or stdin, and OSError when it cannot
    be read.
    """
    with _open(path) as binary:
        total = limits.stdin if path == STDIN else None
        kind = _kind(path, binary)
        yield from read_stream(_Utf8Text(binary, limits.line, total, meter), kind)


def string_documents(text: str, kind: str) -> Iterator[Document]:
    """A text given as a string, as the extractor's documents: read as a file holding it
    would be ("\\r\\n" read as "\\n", a byte order mark dropped), in the same chunks."""
    return read_stream(_string_lines(text), kind)


def _string_lines(text: str) -> Iterator[str]:
    for number, line in enumerate(io.StringIO(text, newline="\n")):
        shown = line.removeprefix("\ufeff") if number == 0 else line
        yield shown[:-2] + "\n" if shown.endswith("\r\n") else shown


def _open(path: str) -> AbstractContextManager[BinaryIO]:
    """The file to read; NotARegularFile before anything could block on it."""
    if path == STDIN:
        return nullcontext(sys.stdin.buffer)  # stdin is read, not closed
    # Opened without blocking (a FIFO with no writer would hang the open), then checked
    # on the descriptor itself, so that nothing can be swapped in between.
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise NotARegularFile(_file_kind(mode))
        os.set_blocking(descriptor, True)
    except BaseException:
        os.close(descriptor)
        raise
    return os.fdopen(descriptor, "rb")


def _file_kind(mode: int) -> str:
    kinds = (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def _kind(path: str, binary: BinaryIO) -> str:
    if path != STDIN:
        return kind_of(path)
    head = binary.peek(64)[:64] if hasattr(binary, "peek") else b""
    stripped = head.lstrip()
    if stripped.startswith(b"---"):
        return "markdown"
    if stripped[:1] == b"<":
        return "html"
    return "text"


_BLOCK = 1 << 18  # bytes read at a time


class _Utf8Text:
    """A file's text decoded as UTF-8 ("\\r\\n" read as "\\n"), read in blocks of whole
    lines (`read`, as read_stream takes a file); Unreadable says where it breaks: not
    UTF-8, a line longer than `longest` bytes, more than `total` bytes in all.

    A block is checked and decoded at once, in C; only a block that breaks a rule is
    read line by line, to say where: the text before that line is returned first, and
    the next read raises."""

    def __init__(
        self, binary: BinaryIO, longest: int, total: int | None, meter: Meter | None
    ) -> None:
        self._binary, self._longest, self._total, self._meter = binary, longest, total, meter
        self._read = 0  # bytes
        self._lines = 0  # lines read
        self._broken: Unreadable | None = None

    def __iter__(self) -> Iterator[str]:
        return iter(self.read, "")

    def read(self, size: int = _BLOCK) -> str:
        if self._broken is not None:
            raise self._broken
        raw = self._binary.read(size)
        if raw and not raw.endswith(b"\n"):  # the rest of its last line
            raw += self._binary.readline(self._longest + 1)
        if not raw:
            return ""
        text = self._whole(raw)
        if text is None:
            return self._by_line(raw)
        if self._lines == 0:
            text = text.removeprefix("\ufeff")  # a byte order mark is not text
        self._lines += raw.count(b"\n") + (not raw.endswith(b"\n"))
        self._read += len(raw)
        if self._meter is not None:
            self._meter(len(raw))
        return text.replace("\r\n", "\n") if "\r" in text else text

    def _whole(self, raw: bytes) -> str | None:
        """The block decoded, or None if it breaks a rule (or might: a long block)."""
        if len(raw) > self._longest:
            return None
        if self._total is not None and self._read + len(raw) > self._total:
            return None
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return None

    def _by_line(self, raw: bytes) -> str:
        good: list[str] = []
        try:
            *lines, last = raw.split(b"\n")  # as readline cuts them: after each "\n"
            for each in lines:
                good.append(self._line(each + b"\n"))
            if last:
                good.append(self._line(last))
        except Unreadable as error:
            if not good:
                raise
            self._broken = error
        return "".join(good)

    def _line(self, raw: bytes) -> str:
        """One line, checked as it was read alone."""
        number = self._lines + 1
        if len(raw) > self._longest:
            raise Unreadable(
                number, _too_long(f"line {number} is", self._longest, "LCNET_MAX_LINE")
            )
        self._lines = number
        self._read += len(raw)
        if self._meter is not None:
            self._meter(len(raw))
        if self._total is not None and self._read > self._total:
            raise Unreadable(number, _too_long("stdin is", self._total, "LCNET_MAX_STDIN"))
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            column = len(raw[: error.start].decode("utf-8", errors="replace")) + 1
            raise NotUtf8(number, column, raw[error.start]) from None
        if number == 1:
            line = line.removeprefix("\ufeff")  # a byte order mark is not text
        return line[:-2] + "\n" if line.endswith("\r\n") else line


def _too_long(what: str, limit: int, variable: str) -> str:
    return f"{what} longer than {limit:,} bytes; not read further (raise {variable} to read it)"
