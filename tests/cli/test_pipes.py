"""`lcnet ... | head -1` exits 0 and says nothing; Ctrl-C exits 130. Real processes,
real pipes: the in-process runner cannot close a pipe under lcnet."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lcnet.cli import COMMANDS
from tests.conftest import FIXTURES

LCNET = [sys.executable, "-m", "lcnet"]
ARTICLE = str(FIXTURES / "texts" / "site" / "posts" / "2025-hanoi.md")
# Each command, with arguments that succeed and (for most) write more than a pipe holds.
RUNS = {
    "cities": ["cities"],
    "validate": ["validate"],
    "check": ["check", "--all"],
    "figures": ["figures"],
    "claims": ["claims"],
    "growth": ["growth"],
    "show": ["show", "vn/hanoi"],
    "sources": ["sources"],
    "add": ["add", "--help"],
    "fmt": ["fmt", "--check"],
    "schema": ["schema"],
    "extract": ["extract", ARTICLE, "--source", "unesco-sufe-2025-12-04"],
    "scan": ["scan", "ARCHIVE", "--workers", "1"],
    "lsp": ["lsp", "--help"],
}
FORMATS = ["table", "json", "jsonl", "github", "sarif"]


def first_line_then_close(args: list[str]) -> tuple[int, str]:
    """Run lcnet as `lcnet ARGS | head -1` would: read one line, close the pipe."""
    process = subprocess.Popen(
        [*LCNET, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read().decode()
    return process.wait(timeout=120), stderr


def quiet(stderr: str) -> bool:
    """Nothing but lcnet's own notes: no traceback, no complaint about the pipe."""
    lines = stderr.splitlines()
    complaints = ("broken pipe", "brokenpipe", "traceback", "exception", "error")
    return all(line.startswith("lcnet: ") for line in lines) and not any(
        word in stderr.lower() for word in complaints
    )


def test_every_command_is_run() -> None:
    assert sorted(RUNS) == sorted(COMMANDS)


def archive(directory: Path) -> str:
    """A news archive for `lcnet scan`: many articles, each with a stale figure."""
    path = directory / "news.jsonl"
    line = '{"text": "The GNLC has 356 member cities.", "date": "2026-06-01", "url": "u"}\n'
    path.write_text(line * 3000, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("command", sorted(RUNS))
def test_every_command_piped_into_head_exits_0_quietly(command: str, tmp_path: Path) -> None:
    args = [archive(tmp_path) if word == "ARCHIVE" else word for word in RUNS[command]]
    code, stderr = first_line_then_close(args)
    assert code == 0, stderr
    assert quiet(stderr), stderr


@pytest.mark.parametrize("output", FORMATS)
def test_a_failing_check_piped_into_head_exits_0_quietly(output: str, tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    big.write_text("The GNLC has 356 member cities.\n\n" * 5000, encoding="utf-8")
    code, stderr = first_line_then_close(["check", str(big), "--date", "2026", "--format", output])
    assert code == 0, stderr
    assert quiet(stderr), stderr


def test_help_piped_into_head_exits_0() -> None:
    code, stderr = first_line_then_close(["--help"])
    assert (code, stderr) == (0, "")


def test_a_real_shell_pipe_into_head(tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    big.write_text("The GNLC has 356 member cities.\n\n" * 5000, encoding="utf-8")
    command = " ".join([*LCNET, "check", str(big), "--format", "jsonl"])
    done = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {command} 2>err.txt | head -1 >/dev/null"],
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0
    assert quiet((tmp_path / "err.txt").read_text())


def waiting_for_stdin(pid: int) -> None:
    """Return once the process sleeps reading a pipe (its stdin: the only pipe lcnet
    reads), as Linux's /proc says (a running process's wchan is "0"), or after 60 s
    where /proc does not say. A fixed pause may end on a loaded machine before start-up
    does, and Ctrl-C then comes before main()."""
    wchan = Path(f"/proc/{pid}/wchan")
    for _ in range(6000):
        try:
            if wchan.read_text().endswith("pipe_read"):
                return
        except OSError:
            time.sleep(3)
            return
        time.sleep(0.01)


def test_ctrl_c_exits_130() -> None:
    process = subprocess.Popen(
        [*LCNET, "check", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # as from a terminal: a shell's background job (CI's, say) starts its children
        # with SIGINT ignored, and Python then never raises KeyboardInterrupt
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    waiting_for_stdin(process.pid)  # past start-up, inside main's boundary
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert stderr.decode().endswith("lcnet: interrupted\n")
