"""`lcnet check PATH...` writes as it reads: what the first text holds is out before the
second is opened (JSON Lines, GitHub, SARIF, JSON's figures, the table of each text)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import lcnet.check.judging as judging
import lcnet.cli.check_texts as check_texts
from lcnet.cli.check import CheckOptions, Level
from lcnet.cli.runtime import Runtime
from lcnet.extract import Document
from lcnet.render.formats import OutputFormat
from tests.conftest import TODAY

PAGE = "---\ndate: 2026-06-01\n---\nThe GNLC has 356 member cities.\n"


def written_before_the_second_text(output: OutputFormat, monkeypatch: pytest.MonkeyPatch) -> str:
    """What lcnet had written to stdout when it opened the second of two texts."""
    Path("a.md").write_text(PAGE, encoding="utf-8")
    Path("b.md").write_text(PAGE, encoding="utf-8")
    stdout = io.StringIO()
    seen: dict[str, str] = {}
    reader = judging.text_documents

    def spying(path: str, *args: object) -> Iterator[Document]:
        seen[path] = stdout.getvalue()
        return reader(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(judging, "text_documents", spying)
    runtime = Runtime(TODAY, Path.cwd(), {}, stdout, io.StringIO())
    options = CheckOptions(Level.ERROR, None, False, None, output, None)
    code = check_texts.check_texts(runtime, runtime.store(None), ["a.md", "b.md"], options)
    assert code == 1
    return seen["b.md"]


def test_jsonl_writes_each_figure_as_it_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    early = written_before_the_second_text(OutputFormat.JSONL, monkeypatch)
    (line,) = early.splitlines()
    assert (json.loads(line)["path"], json.loads(line)["verdict"]) == ("a.md", "stale")


def test_github_writes_each_annotation_as_it_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    early = written_before_the_second_text(OutputFormat.GITHUB, monkeypatch)
    assert early.startswith("::error file=a.md,line=4,col=14,")
    assert early.count("\n") == 1


def test_sarif_writes_each_result_as_it_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    early = written_before_the_second_text(OutputFormat.SARIF, monkeypatch)
    assert early.count('"ruleId": "stale-figure"') == 1
    assert early.rstrip().endswith("}")  # the first result, whole; the log still open


def test_json_streams_its_figures_array(monkeypatch: pytest.MonkeyPatch) -> None:
    early = written_before_the_second_text(OutputFormat.JSON, monkeypatch)
    assert early.count('"path": "a.md"') == 1
    assert '"figures": [' in early
    assert '"summary"' not in early  # the summary comes last


def test_the_table_writes_each_text_when_it_is_done(monkeypatch: pytest.MonkeyPatch) -> None:
    early = written_before_the_second_text(OutputFormat.TABLE, monkeypatch)
    assert early.startswith("a.md: 1 figure, judged at 2026-06-01 (front matter date)\n")
    assert "b.md" not in early


def test_a_long_text_has_its_table_written_in_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    from lcnet.render.formats.table import TableSink
    from tests.conftest import run_cli

    monkeypatch.setattr(TableSink, "ROWS", 2)
    Path("a.md").write_text(
        PAGE + "\nIt had 79 countries.\n\nViet Nam has five learning cities in the GNLC.\n",
        encoding="utf-8",
    )
    titles = [line for line in run_cli("check", "a.md").stdout.splitlines() if "a.md" in line]
    assert titles == [
        "a.md: figures 1-2",
        "a.md: 3 figures, judged at 2026-06-01 (front matter date)",
    ]
