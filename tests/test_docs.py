"""Every command has help and is documented; every finding code is documented."""

from __future__ import annotations

import pytest

from lcnet.check.findings import KINDS
from lcnet.cli import COMMANDS
from tests.conftest import REPO, run_cli

README = (REPO / "README.md").read_text(encoding="utf-8")
FACTS_README = (REPO / "facts" / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_help(command: str) -> None:
    outcome = run_cli(command, "--help")
    assert outcome.exit_code == 0
    assert "Usage:" in outcome.stdout


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"lcnet {command}" in README


@pytest.mark.parametrize("code", sorted(KINDS))
def test_every_finding_code_is_in_the_readme(code: str) -> None:
    assert f"`{code}`" in README


@pytest.mark.parametrize(
    "field",
    ["publisher", "language", "kind", "published", "copies", "supersedes", "as_of", "rolling"],
)
def test_the_fact_store_fields_are_documented(field: str) -> None:
    assert f"`{field}`" in FACTS_README or f"{field} =" in FACTS_README
