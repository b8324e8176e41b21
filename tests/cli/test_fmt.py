"""`lcnet fmt`: canonical files, a diff and exit 1 with --check, atomic writes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lcnet.exitcodes import ExitCode
from tests.conftest import TINY, run_cli
from tests.curate.test_formatting import CANONICAL_SOURCE, MESSY_SOURCE

DAILY = "sources/daily-news-2024-03.toml"


@pytest.fixture
def store() -> Path:
    """A canonical copy of the tiny store, as ./facts, with `--store facts` shown as facts."""
    root = Path.cwd() / "facts"
    shutil.copytree(TINY, root)
    assert run_cli("fmt", "--store", "facts").exit_code == 0
    return root


def texts(root: Path) -> dict[str, bytes]:
    files = sorted(p for p in root.rglob("*") if p.is_file())
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in files}


def test_check_on_a_canonical_store_prints_nothing_and_exits_0(store: Path) -> None:
    outcome = run_cli("fmt", "--check", "--store", "facts")
    assert (outcome.exit_code, outcome.stdout, outcome.stderr) == (
        0,
        "",
        "lcnet: every file in facts is in canonical form\n",
    )


def test_check_prints_a_diff_exits_1_and_changes_nothing(store: Path) -> None:
    path = store / DAILY
    path.write_text(path.read_text().replace('published = "2024-03"', "published = 2024-03-05"))
    before = texts(store)
    outcome = run_cli("fmt", "--check", "--store", "facts")
    assert outcome.exit_code == ExitCode.FINDINGS
    assert outcome.stdout == (
        "--- facts/sources/daily-news-2024-03.toml\tcurrent\n"
        "+++ facts/sources/daily-news-2024-03.toml\tcanonical\n"
        "@@ -5,7 +5,7 @@\n"
        ' url = "https://news.example/learning-cities"\n'
        ' language = "vi"\n'
        ' kind = "news"\n'
        "-published = 2024-03-05\n"
        '+published = "2024-03-05"\n'
        " \n"
        " [[claim]]\n"
        ' id = "vn-cities"\n'
    )
    assert outcome.stderr == (
        "lcnet: 1 file is not in canonical form; lcnet fmt --store facts rewrites it\n"
    )
    assert texts(store) == before


def test_fmt_rewrites_only_the_files_that_are_not_canonical(store: Path) -> None:
    (store / "sources" / "example-2024.toml").write_text(MESSY_SOURCE, encoding="utf-8")
    before = texts(store)
    outcome = run_cli("fmt", "--store", "facts")
    assert (outcome.exit_code, outcome.stdout, outcome.stderr) == (
        0,
        "",
        "lcnet: formatted 1 of 7 files in facts\n",
    )
    after = texts(store)
    assert after.pop("sources/example-2024.toml") == CANONICAL_SOURCE.encode()
    assert after == {k: v for k, v in before.items() if k != "sources/example-2024.toml"}


def test_fmt_twice_changes_nothing_the_second_time(store: Path) -> None:
    (store / "sources" / "example-2024.toml").write_text(MESSY_SOURCE, encoding="utf-8")
    run_cli("fmt", "--store", "facts")
    before = texts(store)
    outcome = run_cli("fmt", "--store", "facts")
    assert outcome.stderr == "lcnet: all 7 files in facts were already in canonical form\n"
    assert texts(store) == before
    assert run_cli("fmt", "--check", "--store", "facts").exit_code == 0


def test_the_first_run_on_the_tiny_store_adds_the_schema_directives() -> None:
    root = Path.cwd() / "facts"
    shutil.copytree(TINY, root)
    outcome = run_cli("fmt", "--check", "--store", "facts")
    assert outcome.exit_code == ExitCode.FINDINGS
    assert outcome.stdout.count("+#:schema ") == 6
    assert outcome.stderr == (
        "lcnet: 6 files are not in canonical form; lcnet fmt --store facts rewrites them\n"
    )


@pytest.mark.parametrize("check", [True, False])
def test_an_invalid_store_is_not_formatted(store: Path, check: bool) -> None:
    path = store / DAILY
    path.write_text(path.read_text().replace('kind = "news"', 'kind = "blog"'))
    before = texts(store)
    outcome = run_cli("fmt", *(["--check"] if check else []), "--store", "facts")
    assert (outcome.exit_code, outcome.stdout, outcome.stderr) == (
        ExitCode.INVALID_DATA,
        "",
        'facts/sources/daily-news-2024-03.toml:7: unknown source kind "blog" (expected one of: '
        "primary, news, government, other)\n"
        "lcnet: error: the fact store does not validate (1 problem)\n",
    )
    assert texts(store) == before


def test_fmt_does_not_write_to_the_store_shipped_with_lcnet() -> None:
    outcome = run_cli("fmt")
    assert (outcome.exit_code, outcome.stderr) == (
        ExitCode.USAGE,
        "lcnet: error: lcnet fmt writes to the fact store: run it in the directory that holds "
        "facts/, or give --store DIR (the store shipped with lcnet is not written to)\n",
    )


def test_an_interrupted_fmt_leaves_each_file_whole_and_no_temporary_file(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (store / "sources" / "example-2024.toml").write_text(MESSY_SOURCE, encoding="utf-8")
    before = texts(store)

    def interrupted(self: Path, target: Path) -> Path:
        raise KeyboardInterrupt

    monkeypatch.setattr(Path, "replace", interrupted)
    outcome = run_cli("fmt", "--store", "facts")
    assert (outcome.exit_code, outcome.stderr) == (ExitCode.INTERRUPTED, "lcnet: interrupted\n")
    assert texts(store) == before  # the lock file aside, nothing new either
