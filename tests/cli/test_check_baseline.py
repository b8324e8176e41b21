"""`--baseline` and `--write-baseline`: report only the findings a project has not
accepted yet, however its pages are reformatted."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli

FRONT = "---\ndate: 2026-06-01\n---\n"
PAGE = (
    FRONT + "# About\n\n"
    "The UNESCO Global Network of Learning Cities has 356 member cities in 79 countries.\n"
    "Viet Nam has five learning cities in the network.\n"
)
# The same page reflowed, re-emphasised and moved down the file by new lines.
REFORMATTED = (
    FRONT + "# About us\n\nSome words first.\n\n"
    "The UNESCO *Global Network of Learning Cities* has\n356 member cities in 79 countries.\n\n"
    "Viet   Nam has **five** learning cities\nin the network.\n"
)


def github(*args: str) -> tuple[int, list[str], str]:
    outcome = run_cli("check", "page.md", "--format", "github", *args)
    return outcome.exit_code, outcome.stdout.splitlines(), outcome.stderr


def test_the_baseline_file_is_sorted_json_with_fingerprints() -> None:
    Path("page.md").write_text(PAGE, encoding="utf-8")
    code, _, said = github("--write-baseline", "baseline.json")
    assert code == 1
    assert "lcnet: wrote 3 findings to the baseline baseline.json\n" in said
    document = json.loads(Path("baseline.json").read_text(encoding="utf-8"))
    assert document["lcnet_baseline"] == 1
    entries = document["findings"]
    assert [(e["path"], e["code"]) for e in entries] == [("page.md", "stale-figure")] * 3
    assert [e["fingerprint"] for e in entries] == sorted(e["fingerprint"] for e in entries)
    assert all(len(e["fingerprint"]) == 32 for e in entries)


def test_a_reformatted_page_reports_nothing_new() -> None:
    Path("page.md").write_text(PAGE, encoding="utf-8")
    github("--write-baseline", "baseline.json")
    Path("page.md").write_text(REFORMATTED, encoding="utf-8")
    code, lines, said = github("--baseline", "baseline.json")
    assert (code, lines) == (0, ["lcnet: 0 errors, 0 warnings, 0 notes (0 resolved): passed"])
    assert "lcnet: baseline baseline.json: 3 known findings left out\n" in said


def test_one_added_stale_sentence_reports_exactly_one() -> None:
    Path("page.md").write_text(PAGE, encoding="utf-8")
    github("--write-baseline", "baseline.json")
    added = PAGE.replace("# About\n\n", "# About\n\nThe GNLC counts 356 member cities.\n\n")
    Path("page.md").write_text(added, encoding="utf-8")
    code, lines, _ = github("--baseline", "baseline.json")
    assert code == 1
    assert lines[0].startswith(
        "::error file=page.md,line=6,col=17,endLine=6,endColumn=34,title=stale-figure::"
    )
    assert lines[1:] == ["lcnet: 1 error, 0 warnings, 0 notes (0 resolved): FAILED"]


def test_the_same_sentence_twice_is_two_findings() -> None:
    sentence = "The GNLC has 356 member cities.\n\n"
    Path("page.md").write_text(FRONT + sentence, encoding="utf-8")
    github("--write-baseline", "baseline.json")
    Path("page.md").write_text(FRONT + sentence * 2, encoding="utf-8")
    code, lines, _ = github("--baseline", "baseline.json")
    assert (code, len(lines)) == (1, 2)


def test_the_sarif_fingerprint_is_the_baseline_fingerprint() -> None:
    Path("page.md").write_text(PAGE, encoding="utf-8")
    github("--write-baseline", "baseline.json")
    baseline = json.loads(Path("baseline.json").read_text(encoding="utf-8"))
    log = json.loads(run_cli("check", "page.md", "--format", "sarif").stdout)
    prints = [r["partialFingerprints"]["lcnetFingerprint/v1"] for r in log["runs"][0]["results"]]
    assert sorted(prints) == [e["fingerprint"] for e in baseline["findings"]]


def test_a_file_that_is_no_baseline_is_a_usage_error() -> None:
    Path("page.md").write_text(PAGE, encoding="utf-8")
    Path("baseline.json").write_text('{"findings": []}', encoding="utf-8")
    code, _, said = github("--baseline", "baseline.json")
    assert code == 2
    assert said.endswith(
        "lcnet: error: --baseline baseline.json: not an lcnet baseline (version 1); "
        "write one with --write-baseline\n"
    )


def test_a_store_check_takes_a_baseline_too() -> None:
    from tests.conftest import FIXTURES

    store = str(FIXTURES / "stores" / "reconcile")
    first = run_cli("check", "--store", store, "--write-baseline", "store.json")
    assert first.exit_code == 1
    again = run_cli("check", "--store", store, "--baseline", "store.json", "--format", "github")
    assert again.exit_code == 0
    assert again.stdout.splitlines()[-1] == (
        "lcnet: 0 errors, 0 warnings, 0 notes (1 resolved): passed"
    )
