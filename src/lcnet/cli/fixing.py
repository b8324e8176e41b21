"""`lcnet check --fix` and `--diff`: rewrite the texts' figures, or show how.

The rewriting itself is lcnet.check.rewrite (pure); this module reads the files again,
writes them atomically or prints a unified diff, and says what it could not fix.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from lcnet.check.findings import Finding
from lcnet.check.rewrite import Edit, fixable, rewrite
from lcnet.check.texts import TEXT_CODES
from lcnet.extract import Mention

if TYPE_CHECKING:
    from lcnet.cli.check_texts import TextReport
    from lcnet.cli.runtime import Runtime

Place = tuple[str, int, int]  # path, line, column of a figure


class Fixes(NamedTuple):
    fixed: frozenset[Place]  # the figures rewritten (or, for --diff, that would be)
    refused: dict[Place, str]  # the figures that could not be, and why
    files: int  # files changed (or that would be)


def fix_texts(runtime: Runtime, reports: Iterable[TextReport], *, write: bool) -> Fixes:
    """Rewrite every text with a fixable figure: in place when `write`, else print the
    unified diff of what would change to stdout."""
    fixed: set[Place] = set()
    refused: dict[Place, str] = {}
    files = 0
    for report in reports:
        if not any(fixable(f) for f in report.figures):
            continue
        path = Path(report.path)
        before = path.read_bytes().decode("utf-8")
        result = rewrite(before, report.figures)
        for item in result.not_fixable:
            mention = item.figure.mention
            refused[(report.path, mention.line, mention.column)] = item.reason
            runtime.message(f"{report.path}:{mention.line}:{mention.column}: not fixable: "
                            f"{item.reason}")  # fmt: skip
        if result.text == before:
            continue
        files += 1
        fixed.update(_places(report, result.edits))
        if write:
            from lcnet.atomic import write_atomic

            write_atomic(path, result.text.encode("utf-8"))
        else:
            runtime.stdout.writelines(_diff(report.path, before, result.text))
    verb = "fixed" if write else "would fix"
    runtime.message(f"{verb} {len(fixed)} figure{'s' * (len(fixed) != 1)} in {files} "
                    f"file{'s' * (files != 1)}")  # fmt: skip
    return Fixes(frozenset(fixed), refused, files)


def _places(report: TextReport, edits: Iterable[Edit]) -> set[Place]:
    """The figures whose numbers the edits rewrote."""
    where = {(e.line, e.column) for e in edits}
    places = set()
    for figure in report.figures:
        mention = figure.mention
        if fixable(figure) and any(_within(mention, line, col) for line, col in where):
            places.add((report.path, mention.line, mention.column))
    return places


def _within(mention: Mention, line: int, column: int) -> bool:
    start = (mention.line, mention.column)
    return start <= (line, column) < (mention.end_line, mention.end_column)


def _diff(path: str, before: str, after: str) -> Iterable[str]:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=path if Path(path).is_absolute() else f"a/{path}",
        tofile=path if Path(path).is_absolute() else f"b/{path}",
    )
    return (line if line.endswith("\n") else line + "\n" for line in lines)


def with_reasons(findings: Iterable[Finding], fixes: Fixes) -> list[Finding]:
    """The findings, each refused figure's message saying why it was not fixed."""
    codes = set(TEXT_CODES.values())
    left = []
    for item in findings:
        place = (item.file, item.line, item.column)
        if item.code in codes and place in fixes.refused:
            item = item._replace(message=f"{item.message}; not fixable: {fixes.refused[place]}")
        left.append(item)
    return left
