"""Findings as data: the JSON contract shared by `lcnet check` on the store and on texts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from lcnet.check.findings import Finding, Severity


class Summary(NamedTuple):
    errors: int
    warnings: int
    notes: int
    resolved: int
    failed: bool

    def line(self) -> str:
        def count(n: int, noun: str) -> str:
            return f"{n} {noun}{'' if n == 1 else 's'}"

        parts = [
            count(self.errors, "error"),
            count(self.warnings, "warning"),
            count(self.notes, "note"),
        ]
        text = ", ".join(parts) + f" ({self.resolved} resolved)"
        return f"{text}: {'FAILED' if self.failed else 'passed'}"


def summarise(findings: Iterable[Finding], fail_on: Severity | None) -> Summary:
    active = [f for f in findings if not f.resolved]
    resolved = sum(1 for f in findings if f.resolved)
    by = {s: sum(1 for f in active if f.severity is s) for s in Severity}
    failed = fail_on is not None and any(f.severity >= fail_on for f in active)
    return Summary(by[Severity.ERROR], by[Severity.WARNING], by[Severity.NOTE], resolved, failed)


def shown(findings: Iterable[Finding], minimum: Severity, include_resolved: bool) -> list[Finding]:
    return [f for f in findings if f.severity >= minimum and (include_resolved or not f.resolved)]


def finding_record(item: Finding) -> dict[str, Any]:
    record: dict[str, Any] = {
        "code": item.code,
        "severity": item.severity.label,
        "title": item.title,
        "message": item.message,
        "key": item.key,
        "path": item.file,
        "line": item.line,
    }
    if item.column:
        record |= {
            "column": item.column,
            "end_line": item.end_line,
            "end_column": item.end_column,
        }
    record["evidence"] = [e._asdict() for e in item.evidence]
    record["resolved"] = item.resolved
    record["resolution"] = _resolution(item)
    return record


def summary_record(summary: Summary, fail_on: Severity | None) -> dict[str, Any]:
    return {
        "errors": summary.errors,
        "warnings": summary.warnings,
        "notes": summary.notes,
        "resolved": summary.resolved,
        "fail_on": fail_on.label if fail_on else "never",
        "failed": summary.failed,
    }


def _resolution(item: Finding) -> dict[str, Any] | None:
    resolution = item.resolution
    if resolution is None:
        return None
    return {
        "reason": resolution.reason,
        "reviewed": str(resolution.reviewed),
        "until": str(resolution.until) if resolution.until else None,
        "expired": item.expired,
    }
