"""Every format every command offers is handled: it writes something and exits as the
command does, never falling back to another format."""

from __future__ import annotations

import json

import pytest

from lcnet.cli import COMMANDS, build_app
from lcnet.render.formats import OFFERED, OutputFormat
from tests.conftest import run_cli

# The arguments each command with --format needs besides it.
ARGUMENTS = {
    "check": ["--fail-on", "never"],
    "cities": ["--country", "VN"],
    "figures": ["--metric", "total_cities"],
    "claims": ["--metric", "total_cities"],
    "growth": [],
    "show": ["vn/hanoi"],
    "sources": [],
}


def offered() -> list[tuple[str, str]]:
    """(command, format) for every choice of every command's --format option."""
    import typer

    root = typer.main.get_command(build_app(COMMANDS))
    pairs = []
    for name, command in sorted(root.commands.items()):  # type: ignore[attr-defined]
        for parameter in command.params:
            choices = getattr(parameter.type, "choices", None)
            if "--format" in parameter.opts and choices:
                pairs += [(name, str(getattr(c, "value", c))) for c in choices]
    return pairs


CHOICES = offered()


def test_every_command_with_formats_is_exercised() -> None:
    assert {command for command, _ in CHOICES} == set(ARGUMENTS)


def test_each_command_offers_the_formats_its_list_names_in_that_order() -> None:
    listed = [(command, str(f)) for command in sorted(OFFERED) for f in OFFERED[command]]
    assert listed == CHOICES


def test_each_commands_default_format_is_the_first_it_offers() -> None:
    import typer

    root = typer.main.get_command(build_app(COMMANDS))
    for name, offered in OFFERED.items():
        command = root.commands[name]  # type: ignore[attr-defined]
        (option,) = [p for p in command.params if "--format" in p.opts]
        assert option.default is offered[0], name


@pytest.mark.parametrize(("command", "output"), CHOICES)
def test_every_offered_format_is_one_of_the_vocabulary_and_is_written(
    command: str, output: str
) -> None:
    assert OutputFormat(output)
    outcome = run_cli(command, *ARGUMENTS[command], "--format", output)
    assert outcome.exit_code == 0, outcome.stderr
    assert outcome.stdout.strip()
    if output == "json":
        assert json.loads(outcome.stdout)["schema"] == f"lcnet/{command}"
