"""Every command has help and is documented; every finding code is documented."""

from __future__ import annotations

import re

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


def test_the_guide_to_adding_a_language_is_linked_and_names_real_files() -> None:
    guide = (REPO / "docs" / "adding-a-language.md").read_text(encoding="utf-8")
    assert "(docs/adding-a-language.md)" in README
    paths = set(re.findall(r"`((?:src|tools|tests|benchmarks)/[\w/.-]+\.py)`", guide))
    # the language modules named as examples; Korean, Chinese, Japanese: the cjk branch
    modules = set(re.findall(r"`([a-z]{2})\.py`", guide)) - {"ko", "zh", "ja"}
    paths |= {f"src/lcnet/extract/lang/{code}.py" for code in modules}
    assert len(paths) > 8
    assert sorted(p for p in paths if not (REPO / p).exists()) == []
