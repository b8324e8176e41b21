"""Shared test set-up: a pinned "today", an isolated cache, and a CLI runner."""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from lcnet.cli import main

# No timed assertions: Hypothesis's per-example deadline fails a property on a loaded
# machine (the first example compiles a language's patterns), never on a wrong value.
settings.register_profile("lcnet", deadline=None)
settings.load_profile("lcnet")

TODAY = date(2026, 11, 23)
FIXTURES = Path(__file__).parent / "fixtures"
TINY = FIXTURES / "stores" / "tiny"
REPO = Path(__file__).parent.parent


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's environment, cache or working directory."""
    monkeypatch.setenv("LCNET_TODAY", TODAY.isoformat())
    monkeypatch.setenv("LCNET_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("LCNET_STORE", raising=False)
    monkeypatch.delenv("LCNET_NO_CACHE", raising=False)
    monkeypatch.delenv("LCNET_DEBUG", raising=False)
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))


@pytest.fixture
def tiny_store(tmp_path: Path) -> Path:
    """A copy of the tiny store that a test may change."""
    target = tmp_path / "facts"
    shutil.copytree(TINY, target)
    return target


@dataclass(frozen=True)
class Outcome:
    exit_code: int
    stdout: str
    stderr: str


def run_cli(
    *args: str, env: dict[str, str] | None = None, stdin: str | bytes | None = None
) -> Outcome:
    """Run lcnet in-process, as `lcnet ARGS` (through main and its error boundary), with
    stdout and stderr apart."""
    with CliRunner().isolation(input=stdin, env=env) as (stdout, stderr, _):
        try:
            main(list(args))
            code = 0
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else int(done.code is not None)
        sys.stdout.flush()
        sys.stderr.flush()
        return Outcome(code, _text(stdout.getvalue()), _text(stderr.getvalue()))


def _text(written: bytes) -> str:
    return written.decode("utf-8", "replace").replace("\r\n", "\n")  # as CliRunner reads
