"""Run the real checking pipeline on pages: `lcnet check --format json`, in-process.

The harness measures the command users run, through its documented JSON, rather than
re-assembling the pipeline from internal functions: whatever `lcnet check` does to a
text (its date, its language, the store's member lists, the timeline's verdicts), the
scores see.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from typer.testing import CliRunner

from lcnet.cli import COMMANDS, build_app

REPO = Path(__file__).resolve().parent.parent.parent
STORE = REPO / "facts"
TODAY = "2026-12-05"  # pinned, so that the scores do not move with the calendar


class Reported(NamedTuple):
    """One figure lcnet reported in a page (a record of lcnet/check's `figures`)."""

    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    metric: str
    value: int
    qualifier: str
    country: str | None
    region: str | None
    as_of: str | None
    verdict: str

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Reported:
        return cls(*(record[name] for name in cls._fields))


class Checked(NamedTuple):
    """What lcnet made of one page: the date it judged it at, the language it read."""

    date: str | None
    date_origin: str | None
    language: str | None
    figures: tuple[Reported, ...]


class EngineError(Exception):
    """lcnet did not check the pages (a usage error, a broken store, a bug)."""


def check_pages(dated: Iterable[tuple[Path, str | None]]) -> dict[Path, Checked]:
    """Each page checked as `lcnet check --format json [--date DATE] PAGE...`: pages that
    state their date are checked without --date, the others at the date given."""
    groups: dict[str | None, list[Path]] = defaultdict(list)
    for path, date in dated:
        groups[date].append(path.resolve())
    results: dict[Path, Checked] = {}
    for date, paths in groups.items():
        results.update(_check(paths, date))
    return results


def _check(paths: list[Path], date: str | None) -> dict[Path, Checked]:
    arguments = ["check", "--format", "json", "--store", str(STORE), "--fail-on", "never"]
    if date is not None:
        arguments += ["--date", date]
    arguments += [str(p) for p in paths]
    environment = {"LCNET_TODAY": TODAY, "LCNET_STORE": None, "LCNET_DEBUG": None}
    result = CliRunner().invoke(build_app(COMMANDS), arguments, env=environment)
    if result.exit_code != 0:
        raise EngineError(
            f"lcnet {' '.join(arguments[:7])} ... exited {result.exit_code}: "
            f"{result.stderr.strip() or result.exception}"
        )
    document = json.loads(result.stdout)
    figures: dict[str, list[Reported]] = defaultdict(list)
    for record in document["figures"]:
        figures[record["path"]].append(Reported.from_record(record))
    checked = {}
    for text in document["texts"]:
        found = tuple(figures.get(text["path"], ()))
        checked[Path(text["path"])] = Checked(
            text["date"], text["date_origin"], text["language"], found
        )
    unreadable = [f for f in document["findings"] if f["code"] == "unreadable-text"]
    if unreadable:
        raise EngineError(f"{unreadable[0]['path']}: {unreadable[0]['message']}")
    return checked
