"""The baseline file's document (its rules and reading are lcnet.check.baseline)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from lcnet.check.baseline import VERSION, fingerprint, normal_path
from lcnet.check.findings import Finding


def baseline_document(findings: Iterable[Finding]) -> dict[str, Any]:
    """The baseline of these (numbered) findings, sorted for a stable, reviewable file."""
    entries = sorted(
        (
            {
                "fingerprint": fingerprint(f),
                "code": f.code,
                "path": normal_path(f.file),
                "message": f.message,
            }
            for f in findings
        ),
        key=lambda e: (e["path"], e["code"], e["fingerprint"]),
    )
    return {"lcnet_baseline": VERSION, "findings": entries}


__all__ = ["baseline_document"]
