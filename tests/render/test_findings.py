"""lcnet.render.findings: findings as data (the JSON contract shared by `lcnet check` on
the store and on texts), the summary and what is shown."""

from __future__ import annotations

from datetime import date

from lcnet.check.findings import Evidence, Finding, Severity
from lcnet.model import Resolution
from lcnet.render.findings import Summary, finding_record, shown, summarise, summary_record

STALE = Finding(
    "stale-figure",
    Severity.WARNING,
    "294 was the figure until 2024-02-13",
    "stale-figure:a.md",
    "a.md",
    3,
    column=5,
    end_line=3,
    end_column=22,
)
CONFLICT = Finding(
    "conflicting-primary-sources",
    Severity.ERROR,
    "UIL says 229, UNESCO 230",
    "conflicting-primary-sources:total_cities:2020-09",
    "sources/uil.toml",
    12,
    evidence=(Evidence("uil-2020", "https://uil.example", "uil-2020#total"),),
)
UNREAD = Finding("language-not-read", Severity.NOTE, "a part in Korean", "k", "a.md", 9)


def resolved(item: Finding) -> Finding:
    return item._replace(resolution=_resolution())


def _resolution() -> Resolution:
    return Resolution(
        finding=CONFLICT.key, reason="UNESCO corrected it", reviewed=date(2024, 1, 5)
    )


def test_a_text_findings_record_has_its_span() -> None:
    assert finding_record(STALE) == {
        "code": "stale-figure",
        "severity": "warning",
        "title": "Stale figure",
        "message": "294 was the figure until 2024-02-13",
        "key": "stale-figure:a.md",
        "path": "a.md",
        "line": 3,
        "column": 5,
        "end_line": 3,
        "end_column": 22,
        "evidence": [],
        "resolved": False,
        "resolution": None,
    }


def test_a_store_findings_record_has_its_evidence_and_resolution_and_no_span() -> None:
    record = finding_record(resolved(CONFLICT))
    assert "column" not in record
    assert record["evidence"] == [
        {"source": "uil-2020", "url": "https://uil.example", "claim": "uil-2020#total"}
    ]
    assert (record["resolved"], record["resolution"]) == (
        True,
        {
            "reason": "UNESCO corrected it",
            "reviewed": "2024-01-05",
            "until": None,
            "expired": False,
        },
    )


def test_the_summary_counts_what_is_not_resolved_and_fails_at_the_level_asked() -> None:
    found = [STALE, resolved(CONFLICT), UNREAD, STALE]
    assert summarise(found, Severity.ERROR) == Summary(0, 2, 1, 1, False)
    assert summarise(found, Severity.WARNING) == Summary(0, 2, 1, 1, True)
    assert summarise(found, None).failed is False
    assert summarise([CONFLICT], Severity.ERROR).line() == (
        "1 error, 0 warnings, 0 notes (0 resolved): FAILED"
    )
    assert Summary(2, 1, 0, 3, False).line() == "2 errors, 1 warning, 0 notes (3 resolved): passed"


def test_the_summary_record_names_the_level_it_fails_on() -> None:
    assert summary_record(Summary(1, 0, 2, 0, True), Severity.ERROR) == {
        "errors": 1,
        "warnings": 0,
        "notes": 2,
        "resolved": 0,
        "fail_on": "error",
        "failed": True,
    }
    assert summary_record(Summary(0, 0, 0, 0, False), None)["fail_on"] == "never"


def test_shown_keeps_the_levels_at_or_above_and_resolved_ones_on_request() -> None:
    settled = resolved(CONFLICT)
    found = [STALE, settled, UNREAD]
    assert shown(found, Severity.WARNING, False) == [STALE]
    assert shown(found, Severity.WARNING, True) == [STALE, settled]
    assert shown(found, Severity.NOTE, False) == [STALE, UNREAD]
