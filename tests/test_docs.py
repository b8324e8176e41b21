"""Every command has help and is documented; every finding code is documented."""

from __future__ import annotations

import re

import pytest

from lcnet.check.findings import KINDS
from lcnet.cli import COMMANDS, build_app
from tests import console_examples
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


# ---------------------------------------------------------------- console examples


DOCUMENTS = ("README.md", "facts/README.md")


@pytest.fixture(scope="module", params=DOCUMENTS)
def readme_run(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, list[console_examples.Block]]:
    """Every console example of a README, run in order against the shipped store."""
    import os
    import shutil

    name: str = request.param
    text = (REPO / name).read_text(encoding="utf-8")
    cwd = tmp_path_factory.mktemp("readme")
    shutil.copytree(REPO / "facts", cwd / "facts")
    found = console_examples.blocks(text)
    console_examples.run(found, cwd)
    if os.environ.get("LCNET_REGENERATE_GOLDEN"):
        (REPO / name).write_text(console_examples.regenerated(text, found), encoding="utf-8")
    return name, found


def test_the_readme_has_console_examples() -> None:
    assert len(console_examples.blocks(README)) >= 15


def test_every_readme_console_example_prints_what_it_shows(
    readme_run: tuple[str, list[console_examples.Block]],
) -> None:
    name, found = readme_run
    wrong = [
        f"{name}:{e.line}: $ {e.command}\n" + "\n".join(e.actual)
        for block in found
        for e in block.examples
        if not console_examples.matches(e.expected, e.actual)
    ]
    assert wrong == [], "\n\n".join(wrong)


# ---------------------------------------------------------------- help and completion


def _help_commands() -> list[str]:
    from lcnet.cli.examples import EXAMPLES

    return sorted(EXAMPLES)


def test_every_command_and_subcommand_has_examples() -> None:
    from lcnet.cli.examples import EXAMPLES

    app = build_app(COMMANDS)
    names = {c.name for c in app.registered_commands}
    for group in app.registered_groups:
        names.add(group.name)
        assert group.typer_instance is not None
        names |= {f"{group.name} {c.name}" for c in group.typer_instance.registered_commands}
    assert sorted(EXAMPLES) == sorted(n for n in names if n)
    assert all(2 <= len(examples) <= 3 for examples in EXAMPLES.values())


@pytest.mark.parametrize("command", _help_commands())
def test_every_help_ends_with_its_examples(command: str) -> None:
    from lcnet.cli.examples import EXAMPLES

    outcome = run_cli(*command.split(), "--help")
    assert outcome.exit_code == 0
    text = outcome.stdout
    tail = " ".join(text[text.rindex("Examples:") :].split())
    expected = " ".join(" ".join(EXAMPLES[command]).split())
    assert tail == f"Examples: {expected}"


@pytest.mark.parametrize("command", _help_commands())
def test_every_example_is_a_command_line_lcnet_accepts(command: str) -> None:
    """Each example's options and arguments parse (nothing is run)."""
    import shlex

    import typer

    from lcnet.cli.examples import EXAMPLES

    root = typer.main.get_command(build_app(COMMANDS))
    names = command.split()
    for example in EXAMPLES[command]:
        words = shlex.split(example)[1:]
        assert words[: len(names)] == names
        context = root.make_context("lcnet", list(words))
        target = root
        for name in names:
            target = target.get_command(context, name)  # type: ignore[attr-defined]
        target.make_context(command, words[len(names) :])  # raises on a bad option


def test_shell_completion_is_on() -> None:
    outcome = run_cli("--show-completion", "bash")
    assert outcome.exit_code == 0
    assert "_LCNET_COMPLETE=complete_bash" in outcome.stdout


def test_the_command_list_of_lcnet_help_is_the_commands_own() -> None:
    """`lcnet --help` lists the commands from lcnet.cli.SUMMARIES without loading them:
    each summary is its command's help, and the page is the one the loaded tree gives."""
    import typer

    from lcnet.cli import SUMMARIES, summary_app

    def page(app: typer.Typer) -> tuple[dict[str, str | None], str]:
        root = typer.main.get_command(app)
        context = root.make_context("lcnet", [], resilient_parsing=True)
        names = root.list_commands(context)  # type: ignore[attr-defined]
        helps = {n: root.get_command(context, n).help for n in names}  # type: ignore[attr-defined]
        return helps, root.get_help(context)

    helps, loaded = page(build_app(COMMANDS))
    assert helps == SUMMARIES
    assert page(summary_app()) == (helps, loaded)


def test_lcnet_help_loads_no_command_only_the_boundary() -> None:
    import subprocess
    import sys

    probe = (
        "import sys\nfrom lcnet.cli import main\ntry:\n    main(['--help'])\n"
        "except SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('lcnet.cli.')), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.stderr.strip().splitlines()[-1] == "['lcnet.cli.errors', 'lcnet.cli.streams']"
