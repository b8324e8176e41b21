"""main() is the one error boundary, and it hands every command its runtime: commands
neither build a runtime nor catch errors, so each can be run as a plain function."""

from __future__ import annotations

import io
import re
from pathlib import Path

from lcnet.cli import validate
from lcnet.cli.errors import run_guarded
from lcnet.cli.runtime import Runtime
from tests.conftest import TINY, TODAY, run_cli

CLI = Path(__file__).parent.parent.parent / "src" / "lcnet" / "cli"


def test_a_command_runs_on_the_runtime_it_is_handed() -> None:
    stdout, stderr = io.StringIO(), io.StringIO()
    runtime = Runtime(TODAY, Path.cwd(), {}, stdout, stderr)
    assert validate.run(runtime, str(TINY)) == 0
    assert stdout.getvalue() == (
        "the fact store is valid: 3 sources, 5 claims, 2 intakes, 3 cities in 1 countries, "
        "0 resolutions\n"
    )
    assert stderr.getvalue() == f"lcnet: store: {TINY} (--store)\n"


def test_no_command_builds_its_own_runtime_or_boundary() -> None:
    builders = re.compile(r"Runtime\.from_process\(|run_guarded\(")
    found = {
        path.name for path in CLI.glob("*.py") if builders.search(path.read_text(encoding="utf-8"))
    }
    assert found == {"__init__.py", "errors.py", "runtime.py"}


def test_only_the_runtime_reads_the_environment_or_the_clock() -> None:
    readers = re.compile(r"os\.environ|os\.getenv|date\.today\(|datetime\.now\(")
    modules = [*CLI.glob("*.py"), CLI.parent / "lsp.py"]
    found = {p.name for p in modules if readers.search(p.read_text(encoding="utf-8"))}
    assert found == {"__init__.py", "errors.py", "runtime.py"}  # main, its boundary, runtime


def test_help_needs_no_runtime_so_a_bad_pinned_today_does_not_stop_it() -> None:
    outcome = run_cli("--help", env={"LCNET_TODAY": "yesterday"})
    assert (outcome.exit_code, outcome.stderr) == (0, "")
    assert outcome.stdout.startswith("Usage: lcnet [OPTIONS] COMMAND [ARGS]...")


def test_a_usage_error_found_by_typer_keeps_typers_message_and_code_2() -> None:
    outcome = run_cli("cities", "--bogus")
    assert outcome.exit_code == 2
    assert outcome.stderr.endswith("No such option: --bogus\n")


def test_ctrl_c_in_a_command_which_typer_ends_with_130_is_said_once() -> None:
    err = io.StringIO()

    def interrupted_in_typer() -> int:
        raise SystemExit(130)

    assert run_guarded(interrupted_in_typer, err) == 130
    assert err.getvalue() == "lcnet: interrupted\n"
