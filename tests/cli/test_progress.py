"""The progress line: on a terminal only, after a second of work, cleared at the end."""

from __future__ import annotations

import io
from pathlib import Path

from lcnet.cli.check_texts import TextReport
from lcnet.cli.progress import Progress
from tests.conftest import run_cli


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_no_progress_when_stderr_is_no_terminal() -> None:
    stderr = io.StringIO()
    progress = Progress.for_files(stderr, [])
    assert progress.meter() is None
    with progress:
        progress.advance(TextReport("a.md", None, None, None, [], []))
    assert stderr.getvalue() == ""


def test_no_progress_for_work_under_a_second() -> None:
    terminal, clock = Terminal(), Clock()
    with Progress(terminal, 2, 10_000_000, clock) as progress:
        clock.now += 0.9
        progress.read(5_000_000)
    assert terminal.getvalue() == ""


def test_progress_shows_files_megabytes_and_rate_then_clears() -> None:
    terminal, clock = Terminal(), Clock()
    with Progress(terminal, 2, 10_000_000, clock) as progress:
        clock.now += 2.0
        progress.read(5_000_000)
        clock.now += 0.05  # too soon to redraw
        progress.advance(TextReport("a.md", None, None, None, [], []))
        clock.now += 0.5
        progress.advance(TextReport("b.md", None, None, None, [], []))
    line = "lcnet: 0/2 files, 5.0/10.0 MB, 2.5 MB/s"
    again = "lcnet: 2/2 files, 5.0/10.0 MB, 2.0 MB/s"
    assert terminal.getvalue() == f"\r{line}\r{again}\r{' ' * len(again)}\r"


def test_the_file_sizes_are_the_total() -> None:
    Path("a.md").write_bytes(b"x" * 1500)
    progress = Progress.for_files(Terminal(), ["a.md", "missing.md", "-"])
    assert (progress.files, progress.total) == (3, 1500)


def test_check_writes_no_progress_into_a_log() -> None:
    Path("a.md").write_text("The GNLC has 425 member cities.\n", encoding="utf-8")
    outcome = run_cli("check", "a.md")
    assert "MB/s" not in outcome.stderr
