"""`lcnet check --fix` and `--diff`: rewrite the flagged figures of texts in place.

The rewriting itself is the core's (lcnet.check.rewrite); this module reads each file
whole as it is on disk (line endings kept), writes it atomically, or prints the unified
diff of what it would write, and says on stderr what it did and what it could not do.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from lcnet.atomic import write_atomic
from lcnet.check.rewrite import fixable, plan
from lcnet.extract import kind_of

if TYPE_CHECKING:
    from lcnet.cli.check_texts import TextReport
    from lcnet.cli.runtime import Runtime


def rewrite_texts(runtime: Runtime, reports: Iterable[TextReport], *, write: bool) -> bool:
    """Fix (write) or show the fix of (not write) every text's flagged figures. Returns
    whether anything changed (or would)."""
    changed = False
    for report in reports:
        candidates = [f for f in report.figures if fixable(f)]
        if not candidates:
            continue
        if report.path == "<stdin>":
            runtime.message("note: <stdin> is not rewritten: check a file to fix it")
            continue
        path = Path(report.path)
        path = path if path.is_absolute() else runtime.cwd / path
        with path.open(encoding="utf-8", newline="") as file:  # "\r\n" kept as written
            raw = file.read()
        planned = plan(raw, kind_of(report.path), candidates)
        for refused in planned.not_fixable:
            runtime.message(
                f"{report.path}:{refused.line}:{refused.column}: not fixed, "
                f'"{refused.text}": {refused.reason}'
            )
        if not planned.edits:
            continue
        new = planned.applied(raw)
        changed = True
        if write:
            write_atomic(path, new.encode("utf-8"))
            count = len(planned.edits)
            runtime.message(f"fixed {count} figure{'s' * (count != 1)} in {report.path}")
        else:
            runtime.stdout.writelines(_diff(report.path, raw, new))
    return changed


def _diff(name: str, old: str, new: str) -> Iterable[str]:
    lines = difflib.unified_diff(
        old.splitlines(keepends=True),
        new.splitlines(keepends=True),
        fromfile=f"a/{name}",
        tofile=f"b/{name}",
    )
    return (
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
        for line in lines
    )
