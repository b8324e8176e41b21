"""The streams lcnet writes to: untrusted text is shown there, never obeyed.

Every command writes through a SafeStream, which passes each write through the one
sanitiser (lcnet.text.printable): whatever a renderer forgot, no escape sequence from an
article, a file name, a data file or an argument reaches the terminal. rich draws its
tables on the stream underneath (`terminal`), because its own colours are escape
sequences; the cells it draws are sanitised one by one (lcnet.render.table.safe).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO, cast

from lcnet.text import printable


class SafeStream:
    """A text stream that shows control characters instead of writing them."""

    def __init__(self, terminal: TextIO) -> None:
        self.terminal = terminal  # the stream underneath, for rich (see above)

    def write(self, text: str) -> int:
        self.terminal.write(printable(text))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        self.terminal.flush()

    def isatty(self) -> bool:
        return self.terminal.isatty()

    def fileno(self) -> int:
        return self.terminal.fileno()

    @property
    def encoding(self) -> str:
        return getattr(self.terminal, "encoding", None) or "utf-8"


def safe_stream(stream: TextIO) -> TextIO:
    """`stream`, wrapped once."""
    if isinstance(stream, SafeStream):
        return cast(TextIO, stream)
    return cast(TextIO, SafeStream(stream))
