"""lcnet.render.sarif: what GitHub code scanning needs from lcnet's SARIF."""

from __future__ import annotations

from pathlib import Path

from lcnet.check.findings import KINDS, Code, Finding, Severity
from lcnet.dates import PartialDate
from lcnet.model import Resolution
from lcnet.render.sarif import sarif_log

RUN = Path("/site")


def found(file: str, resolution: Resolution | None = None) -> Finding:
    return Finding(
        "stale-figure", Severity.ERROR, "stale", "key", file, 3, resolution=resolution, column=5,
        end_line=3, end_column=9,
    )  # fmt: skip


def result(item: Finding) -> dict[str, object]:
    (only,) = sarif_log([item], RUN)["runs"][0]["results"]
    return only  # type: ignore[no-any-return]


def test_paths_are_relative_to_the_run_with_a_base() -> None:
    log = sarif_log([found("content/a b.md")], RUN)
    run = log["runs"][0]
    assert run["originalUriBaseIds"] == {"SRCROOT": {"uri": "file:///site/"}}
    location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "content/a%20b.md", "uriBaseId": "SRCROOT"}


def test_a_path_outside_the_run_is_a_file_uri_and_stdin_stays_a_name() -> None:
    outside = result(found("/elsewhere/a.md"))["locations"]
    assert outside[0]["physicalLocation"]["artifactLocation"] == {"uri": "file:///elsewhere/a.md"}  # type: ignore[index]
    stdin = result(found("<stdin>"))["locations"]
    assert stdin[0]["physicalLocation"]["artifactLocation"] == {"uri": "%3Cstdin%3E"}  # type: ignore[index]


def test_an_inline_suppression_is_in_source_with_its_justification() -> None:
    marker = Resolution(
        "key", "inline suppression: quoting the 2020 release", PartialDate.parse("2026"),
        file="content/a.md",
    )  # fmt: skip
    assert result(found("content/a.md", marker))["suppressions"] == [
        {"kind": "inSource", "status": "accepted", "justification": "quoting the 2020 release"}
    ]


def test_a_resolution_in_the_store_is_external() -> None:
    reviewed = Resolution(
        "key", "the source says so", PartialDate.parse("2026"), file="facts/resolutions.toml"
    )
    assert result(found("content/a.md", reviewed))["suppressions"] == [
        {"kind": "external", "status": "accepted", "justification": "the source says so"}
    ]


def test_every_finding_code_is_a_rule_with_help() -> None:
    rules = sarif_log([], RUN)["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == list(KINDS)
    by_id = {r["id"]: r for r in rules}
    assert all(r["help"]["text"].startswith(r["fullDescription"]["text"]) for r in rules)
    assert "lcnet check --fix" in by_id[Code.STALE_FIGURE]["help"]["text"]
    assert "YYYY-MM-DD" in by_id[Code.UNREADABLE_DATE]["help"]["text"]
