"""`lcnet check DIR --jobs N`: texts judged in N processes, the output of one."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from lcnet.cli import parallel
from tests.conftest import run_cli

PAGE = """---
title: Page {n}
date: 2024-0{month}-15
---

# Page {n}

The UNESCO Global Network of Learning Cities now has {total} member cities in
{countries} countries, the city's office said on its page number {n}.
"""


@pytest.fixture
def site(tmp_path: Path) -> Path:
    for n in range(7):
        total, countries = (294, 76) if n % 2 else (356, 79)
        page = PAGE.format(n=n, month=n % 9 + 1, total=total, countries=countries)
        (tmp_path / f"page-{n}.md").write_text(page, encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"The network has 356 cities \xff\xfe in 79.\n")
    (tmp_path / "notes.txt").write_text("Nothing about figures here.\n", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.md")  # skipped with a note on stderr
    return tmp_path


@pytest.mark.parametrize("output", ["json", "table", "github"])
def test_many_processes_write_what_one_writes_byte_for_byte(
    site: Path, output: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "BATCH_FILES", 2)  # five batches: four go to workers
    one = run_cli("check", str(site), "--format", output, "--jobs", "1")
    many = run_cli("check", str(site), "-j", "2", "--format", output)
    assert one.exit_code == many.exit_code == 1  # 294 in 76 countries is stale
    assert many.stdout == one.stdout
    assert many.stderr == one.stderr
    assert "skipped" in one.stderr


def test_batches_keep_the_files_order_and_cut_at_the_count() -> None:
    files = [f"f{n}" for n in range(5)]
    assert parallel._batches(files) == [files]  # missing files weigh nothing
    original = parallel.BATCH_FILES
    try:
        parallel.BATCH_FILES = 2
        assert parallel._batches(files) == [["f0", "f1"], ["f2", "f3"], ["f4"]]
    finally:
        parallel.BATCH_FILES = original


def test_batches_cut_at_the_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "BATCH_BYTES", 100)
    names = []
    for n, size in enumerate([60, 60, 10, 200, 5]):
        path = tmp_path / f"{n}.txt"
        path.write_text("x" * size)
        names.append(str(path))
    assert parallel._batches(names) == [names[:2], names[2:4], names[4:]]


def test_jobs_must_be_at_least_one(site: Path) -> None:
    outcome = run_cli("check", str(site), "--jobs", "0")
    assert outcome.exit_code == 2
    assert "--jobs" in outcome.stderr


_ORIGINAL_JUDGE = parallel._judge_batch
_LOG: list[Path] = []  # where the workers write their pid and batch size


def _logged_judge(paths: list[str]) -> parallel._Batch:
    with _LOG[0].open("a") as file:
        file.write(f"{os.getpid()} {len(paths)}\n")
    return _ORIGINAL_JUDGE(paths)


def test_the_batches_after_the_first_are_judged_in_other_processes(
    site: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path_factory.mktemp("log") / "pids"
    monkeypatch.setattr(parallel, "BATCH_FILES", 3)
    monkeypatch.setattr(parallel, "_judge_batch", _logged_judge)  # forked workers see it
    monkeypatch.setattr(sys.modules[__name__], "_LOG", [log])
    outcome = run_cli("check", str(site), "--format", "json", "-j", "2")
    assert outcome.exit_code == 1
    rows = [line.split() for line in log.read_text().splitlines()]
    assert sorted(int(count) for _, count in rows) == [1, 3, 3]  # 10 files: 3 here, 7 there
    assert str(os.getpid()) not in {pid for pid, _ in rows}
