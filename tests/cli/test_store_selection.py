"""Which store a command reads, and what happens when it is not valid."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lcnet.cli.errors import run_guarded
from lcnet.exitcodes import ExitCode
from tests.conftest import TINY, run_cli


def validate_line(*args: str, env: dict[str, str] | None = None) -> tuple[str, str]:
    outcome = run_cli("validate", *args, env=env)
    assert outcome.exit_code == 0, outcome.stderr
    return outcome.stdout, outcome.stderr


def test_the_shipped_store_is_used_from_any_directory() -> None:
    stdout, stderr = validate_line()
    assert stdout.startswith("the fact store is valid: ")
    assert stderr.endswith("(shipped with lcnet)\n")


def test_a_facts_directory_in_the_working_directory_is_used() -> None:
    shutil.copytree(TINY, Path.cwd() / "facts")
    stdout, stderr = validate_line()
    assert stdout == (
        "the fact store is valid: 3 sources, 5 claims, 2 intakes, 3 cities in 1 countries, "
        "0 resolutions\n"
    )
    assert stderr == "lcnet: store: facts (working directory)\n"


def test_a_facts_directory_without_store_toml_is_not_taken_for_a_store() -> None:
    (Path.cwd() / "facts").mkdir()
    _, stderr = validate_line()
    assert stderr.endswith("(shipped with lcnet)\n")


def test_the_environment_variable_overrides_the_working_directory() -> None:
    shutil.copytree(TINY, Path.cwd() / "facts")
    shutil.copytree(TINY, Path.cwd() / "other")
    _, stderr = validate_line(env={"LCNET_STORE": "other"})
    assert stderr == "lcnet: store: other (LCNET_STORE)\n"


def test_the_option_overrides_the_environment_variable() -> None:
    shutil.copytree(TINY, Path.cwd() / "mine")
    _, stderr = validate_line("--store", "mine", env={"LCNET_STORE": "nowhere"})
    assert stderr == "lcnet: store: mine (--store)\n"


def test_a_missing_store_directory_is_a_usage_error() -> None:
    outcome = run_cli("cities", "--store", "nowhere")
    assert (outcome.exit_code, outcome.stderr) == (
        ExitCode.USAGE,
        "lcnet: error: --store nowhere: no such directory; point it at a fact store\n",
    )


def test_an_invalid_store_exits_with_its_own_code_and_every_problem() -> None:
    store = Path.cwd() / "facts"
    shutil.copytree(TINY, store)
    path = store / "sources" / "daily-news-2024-03.toml"
    path.write_text(path.read_text().replace("value = 3", 'value = "three"'))
    outcome = run_cli("cities", "--country", "VN")
    assert outcome.exit_code == ExitCode.INVALID_DATA == 3
    assert outcome.stdout == ""
    assert outcome.stderr == (
        'facts/sources/daily-news-2024-03.toml:11: "value" must be a whole number, '
        'not a string ("three")\n'
        "lcnet: error: the fact store does not validate (1 problem)\n"
    )


def test_a_bad_pinned_today_is_a_usage_error() -> None:
    outcome = run_cli("validate", env={"LCNET_TODAY": "yesterday"})
    assert (outcome.exit_code, outcome.stderr) == (
        2,
        "lcnet: error: LCNET_TODAY=yesterday: not a date; write YYYY-MM-DD or unset it\n",
    )


def test_an_unexpected_error_is_one_line_and_a_request_to_report_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken() -> int:
        raise ZeroDivisionError("division by zero")

    assert run_guarded(broken) == ExitCode.INTERNAL
    assert capsys.readouterr().err == (
        "lcnet: internal error: ZeroDivisionError: division by zero; this is a bug in lcnet; "
        "please report it with the command you ran (LCNET_DEBUG=1 shows the traceback)\n"
    )


def test_ctrl_c_exits_with_130(capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted() -> int:
        raise KeyboardInterrupt

    assert run_guarded(interrupted) == ExitCode.INTERRUPTED == 130
    assert capsys.readouterr().err == "lcnet: interrupted\n"
