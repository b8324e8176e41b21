"""A progress line on stderr for long checks: files and megabytes done, and the rate.

Shown only when stderr is a terminal and the work has taken more than DELAY seconds, so
that short runs, pipes and CI logs never see it; updated at most every INTERVAL seconds
and cleared at the end. It names no file: nothing from the texts reaches the terminal.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TextIO

DELAY = 1.0  # seconds of work before the line appears
INTERVAL = 0.1  # seconds between updates
MB = 1_000_000


class Progress:
    def __init__(
        self,
        stream: TextIO | None,
        files: int,
        total: int,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream  # None: no progress is shown
        self.files, self.total, self.clock = files, total, clock
        self.started = clock()
        self.done_files = 0
        self.done_bytes = 0
        self.shown_at = 0.0
        self.width = 0

    @classmethod
    def for_files(cls, stderr: TextIO, files: list[str]) -> Progress:
        """A progress line for these files when stderr is a terminal; none otherwise."""
        if not stderr.isatty():
            return cls(None, 0, 0)
        total = sum(_size(path) for path in files)
        # the terminal itself: the line is lcnet's own words, with "\r" to redraw it
        return cls(getattr(stderr, "terminal", stderr), len(files), total)

    def meter(self) -> Callable[[int], None] | None:
        return self.read if self.stream is not None else None

    def read(self, size: int) -> None:
        self.done_bytes += size
        self._draw()

    def advance(self, event: object) -> None:
        from lcnet.cli.check_texts import TextReport

        if isinstance(event, TextReport):
            self.done_files += 1
            self._draw()

    def line(self, now: float) -> str:
        seconds = max(now - self.started, 1e-9)
        rate = self.done_bytes / MB / seconds
        return (
            f"lcnet: {self.done_files}/{self.files} files, "
            f"{self.done_bytes / MB:.1f}/{self.total / MB:.1f} MB, {rate:.1f} MB/s"
        )

    def _draw(self) -> None:
        if self.stream is None:
            return
        now = self.clock()
        if now - self.started < DELAY or now - self.shown_at < INTERVAL:
            return
        self.shown_at = now
        text = self.line(now)
        self.stream.write("\r" + text.ljust(self.width))
        self.stream.flush()
        self.width = len(text)

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self.stream is not None and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()


def _size(path: str) -> int:
    try:
        return Path(path).stat().st_size if path != "-" else 0
    except OSError:
        return 0
