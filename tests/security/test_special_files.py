"""Only regular files (and stdin) are read, and never more than the limits: a FIFO with
no writer, /dev/zero or an endless stdin cannot hang lcnet or exhaust memory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run_cli

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")
LCNET = [sys.executable, "-m", "lcnet"]


def lcnet(
    *args: str, stdin: object = subprocess.DEVNULL, **env: str
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "LCNET_NO_CACHE": "1", **env}
    return subprocess.run(
        [*LCNET, *args], stdin=stdin, capture_output=True, text=True, env=environment, timeout=60
    )


def test_a_fifo_with_no_writer_is_skipped_with_a_note(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    outcome = run_cli("check", str(fifo))
    assert outcome.exit_code == 0
    assert f"lcnet: note: skipped {fifo}: not a regular file (a FIFO)\n" in outcome.stderr


def test_extract_refuses_a_fifo_without_waiting_for_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    outcome = run_cli("extract", str(fifo), "--source", "unesco-2024-02-14")
    assert (outcome.exit_code, outcome.stderr) == (
        3,
        f"lcnet: error: {fifo}: not a regular file (a FIFO); give a text file or -\n",
    )


def test_special_files_in_a_walked_directory_are_skipped(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "zero.md").symlink_to("/dev/zero")
    os.mkfifo(site / "pipe.txt")
    (site / "page.md").write_text("The GNLC has 425 member cities.\n", encoding="utf-8")
    outcome = run_cli("check", "--date", "2026-01", "--format", "jsonl", str(site))
    assert outcome.exit_code == 0
    assert [line[:60] for line in outcome.stdout.splitlines()] == [
        f'{{"type":"figure","path":"{site}/page.md","line":1,"column":14,'[:60]
    ]
    assert f"skipped {site}/pipe.txt: not a regular file (a FIFO)" in outcome.stderr
    assert f"skipped {site}/zero.md: not a regular file (a character device)" in outcome.stderr


def test_dev_zero_as_a_path_is_skipped() -> None:
    outcome = run_cli("check", "/dev/zero")
    assert outcome.exit_code == 0
    assert "skipped /dev/zero: not a regular file (a character device)" in outcome.stderr


def test_dev_zero_as_stdin_stops_at_the_line_limit() -> None:
    with Path("/dev/zero").open("rb") as zero:
        done = lcnet("check", "-", "--format", "jsonl", stdin=zero, LCNET_MAX_LINE="4096")
    assert done.returncode == 1
    assert (
        '"message":"line 1 is longer than 4,096 bytes; not read further '
        '(raise LCNET_MAX_LINE to read it)"' in done.stdout
    )


def test_an_endless_stdin_stops_at_the_stdin_limit() -> None:
    with subprocess.Popen(["yes", "no figure here"], stdout=subprocess.PIPE) as endless:
        done = lcnet(
            "check", "-", "--format", "jsonl", stdin=endless.stdout, LCNET_MAX_STDIN="65536"
        )
        endless.kill()
    assert done.returncode == 1
    assert (
        '"message":"stdin is longer than 65,536 bytes; not read further '
        '(raise LCNET_MAX_STDIN to read it)"' in done.stdout
    )


def test_a_long_line_in_a_file_is_reported_at_its_line(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("short\n" + "x" * 5000 + "\n", encoding="utf-8")
    outcome = run_cli("check", "--format", "jsonl", str(page), env={"LCNET_MAX_LINE": "1000"})
    assert '"line":2,' in outcome.stdout
    assert "line 2 is longer than 1,000 bytes" in outcome.stdout


def test_a_limit_that_is_no_number_is_a_usage_error(tmp_path: Path) -> None:
    outcome = run_cli("check", "-", env={"LCNET_MAX_LINE": "lots"}, stdin="")
    assert (outcome.exit_code, outcome.stderr) == (
        2,
        "lcnet: error: LCNET_MAX_LINE=lots: write a number of bytes, 1 or more, or unset it\n",
    )
